// Fields of *this: an outbox that ships its pending messages, a segment
// writer that rotates, and a builder consumed by an &&-qualified build().
#include <string>
#include <utility>
#include <vector>

void ship(std::vector<std::string> batch);
void log(const std::string &line);
std::vector<std::string> loadBacklog();

class Outbox {
public:
  std::size_t shipAndCount() {
    ship(std::move(pending_));
    return pending_.size(); // BUG
  }

  void shipAndReset() {
    ship(std::move(pending_));
    pending_.clear();
    pending_.reserve(16);
  }

  void shipAndRefill() {
    ship(std::move(pending_));
    refill();
    if (!pending_.empty())
      log("backlog: " + pending_.front());
  }

  void shipAndReport() {
    ship(std::move(pending_));
    report(); // BUG
  }

  void shipAndLogName() {
    ship(std::move(pending_));
    ++sent_;
    log(name_);
  }

  std::string takeName() {
    std::string n = std::move(this->name_);
    log("took " + this->name_); // BUG
    return n;
  }

  void flushNow() {
    auto go = [this] { ship(std::move(pending_)); };
    go();
    log(std::to_string(pending_.size())); // BUG
  }

  void processPending() {
    std::vector<std::string> work = std::move(pending_);
    pending_.clear();
    for (const std::string &w : work)
      log(w);
    pending_.push_back("processed");
  }

  std::vector<std::string> drain() { return std::move(pending_); }

  void drainAndLog() {
    std::vector<std::string> batch = drain();
    log(std::to_string(batch.size()));
  }

private:
  void refill() { pending_ = loadBacklog(); }
  void report() {
    log(name_ + ": " + std::to_string(pending_.size()));
    ++reports_;
  }

  std::string name_;
  std::vector<std::string> pending_;
  int sent_ = 0;
  int reports_ = 0;
};

struct Segment {
  std::string path;
  std::vector<std::string> records;
};

class SegmentWriter {
public:
  void rotate() {
    archive_.push_back(std::move(current_));
    current_ = Segment{};
    current_.path = nextPath();
  }

  void rotateLeaky() {
    archive_.push_back(std::move(current_));
    current_.records.push_back("header"); // BUG
  }

  void rotatePathOnly() {
    archive_.push_back(std::move(current_));
    current_.path = nextPath();
    current_.records = {};
    log(current_.path);
  }

private:
  std::string nextPath() { return "seg-" + std::to_string(++counter_); }
  std::vector<Segment> archive_;
  Segment current_;
  int counter_ = 0;
};

struct HttpRequest {
  std::string url;
  std::vector<std::string> headers;
};

class RequestBuilder {
public:
  RequestBuilder &url(std::string u) {
    url_ = std::move(u);
    return *this;
  }
  RequestBuilder &header(std::string h) {
    headers_.push_back(std::move(h));
    return *this;
  }
  HttpRequest build() && {
    return HttpRequest{std::move(url_), std::move(headers_)};
  }

private:
  std::string url_;
  std::vector<std::string> headers_;
};

HttpRequest buildTwice(RequestBuilder b, std::vector<HttpRequest> &sent) {
  sent.push_back(std::move(b).build());
  b.header("x-retry: 1"); // BUG
  return std::move(b).build();
}

HttpRequest buildOnce(RequestBuilder b) {
  b.header("x-client: bench");
  return std::move(b).build();
}
