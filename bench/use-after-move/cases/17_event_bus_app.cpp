// Application code: an event bus, a blocking queue, an LRU cache, a message
// router with retries, a session table and a config reloader.
#include <condition_variable>
#include <deque>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

void log(const std::string &line);

struct Event {
  std::string topic;
  std::string payload;
};

class EventBus {
public:
  using Handler = std::function<void(const Event &)>;

  void subscribe(std::string topic, Handler h) {
    handlers_[topic].push_back(std::move(h));
    log("subscribed to " + topic);
  }

  void subscribeBad(std::string topic, Handler h) {
    handlers_[std::move(topic)].push_back(std::move(h));
    log("subscribed to " + topic); // BUG
  }

  void publish(Event e) {
    auto it = handlers_.find(e.topic);
    if (it == handlers_.end()) {
      dead_.push_back(std::move(e));
      return;
    }
    for (Handler &h : it->second)
      h(e);
    history_.push_back(std::move(e));
  }

  void publishBad(Event e) {
    history_.push_back(std::move(e));
    auto it = handlers_.find(e.topic); // BUG
    if (it != handlers_.end())
      for (Handler &h : it->second)
        h(e);
  }

private:
  std::unordered_map<std::string, std::vector<Handler>> handlers_;
  std::vector<Event> dead_;
  std::vector<Event> history_;
};

class StringQueue {
public:
  void push(std::string item) {
    {
      std::lock_guard<std::mutex> lk(m_);
      q_.push_back(std::move(item));
    }
    cv_.notify_one();
  }

  void pushLogged(std::string item) {
    std::lock_guard<std::mutex> lk(m_);
    q_.push_back(std::move(item));
    log("queued " + item); // BUG
  }

  std::string pop() {
    std::unique_lock<std::mutex> lk(m_);
    cv_.wait(lk, [this] { return !q_.empty(); });
    std::string item = std::move(q_.front());
    q_.pop_front();
    return item;
  }

private:
  std::mutex m_;
  std::condition_variable cv_;
  std::deque<std::string> q_;
};

class LruCache {
public:
  void put(std::string key, std::string value) {
    auto it = index_.find(key);
    if (it != index_.end()) {
      it->second->second = std::move(value);
      order_.splice(order_.begin(), order_, it->second);
      return;
    }
    order_.emplace_front(key, std::move(value));
    index_[std::move(key)] = order_.begin();
  }

  void putBad(std::string key, std::string value) {
    order_.emplace_front(std::move(key), std::move(value));
    index_[key] = order_.begin(); // BUG
  }

private:
  using Entry = std::pair<std::string, std::string>;
  std::list<Entry> order_;
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

struct Message {
  std::string to;
  std::string body;
};

bool deliver(Message m);

void routeWithRetry(const Message &m, int maxAttempts) {
  for (int i = 0; i < maxAttempts; ++i)
    if (deliver(m))
      return;
  log("giving up on " + m.to);
}

void routeWithRetryBad(Message m, int maxAttempts) {
  for (int i = 0; i < maxAttempts; ++i)
    if (deliver(std::move(m))) // BUG
      return;
  log("giving up after " + std::to_string(maxAttempts));
}

struct Sess {
  void touch();
  void close();
};

class SessionTable {
public:
  void adopt(int id, std::unique_ptr<Sess> s) {
    s->touch();
    live_[id] = std::move(s);
  }

  void adoptBad(int id, std::unique_ptr<Sess> s) {
    live_[id] = std::move(s);
    s->touch(); // BUG
  }

  void replace(int id, std::unique_ptr<Sess> s) {
    std::unique_ptr<Sess> old = std::move(live_[id]);
    live_[id] = std::move(s);
    if (old)
      old->close();
    if (s)
      s->close();
  }

private:
  std::unordered_map<int, std::unique_ptr<Sess>> live_;
};

void reload(std::string &current, std::string fresh) {
  std::string previous = std::exchange(current, std::move(fresh));
  log("was " + previous + " now " + current);
}

void reloadBad(std::string &current, std::string fresh) {
  current = std::move(fresh);
  log("reloaded " + fresh); // BUG
}
