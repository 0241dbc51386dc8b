// std::move into parameters that do not move: const references, T&& that is
// only read, conditional consumers, const objects, string_view, and moves
// through references.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

bool validate(const std::string &text);
void logLine(const std::string &line);
void logView(std::string_view text);
std::vector<std::string> &archive();

void checkAndLog(std::string text) {
  if (!validate(std::move(text)))
    logLine(text);
}

std::size_t payloadSize(std::string &&s) { return s.size(); }

void report(std::string msg) {
  if (payloadSize(std::move(msg)) == 0)
    logLine("empty");
  logLine(msg);
}

void store(std::string &&s) { archive().push_back(std::move(s)); }

void storeAndLog(std::string msg) {
  store(std::move(msg));
  logLine(msg); // BUG
}

class BoundedQueue {
public:
  explicit BoundedQueue(std::size_t cap) : cap_(cap) {}
  bool tryPush(std::string &&job) {
    if (items_.size() >= cap_)
      return false;
    items_.push_back(std::move(job));
    return true;
  }

private:
  std::vector<std::string> items_;
  std::size_t cap_;
};

void enqueueOrLog(BoundedQueue &q, std::string job) {
  if (!q.tryPush(std::move(job)))
    logLine("dropped " + job);
}

void enqueueStoredResult(BoundedQueue &q, std::string job) {
  bool ok = q.tryPush(std::move(job));
  if (!ok)
    logLine("dropped " + job);
}

void enqueueAndLog(BoundedQueue &q, std::string job) {
  if (q.tryPush(std::move(job)))
    logLine("queued " + job); // BUG
}

void constMove(std::vector<std::string> &out) {
  const std::string tag = "release";
  out.push_back(std::move(tag));
  logLine(tag);
}

void memberCallOnMove(std::string s) {
  std::size_t n = std::move(s).size();
  logLine(s + std::to_string(n));
}

void bindRvalue(std::string s) {
  auto &&r = std::move(s);
  logLine(r);
  logLine(s);
}

void aliasMove(std::string s, std::vector<std::string> &out) {
  std::string &r = s;
  out.push_back(std::move(r));
  logLine(s); // BUG
}

void consumeRef(std::string &&s, std::vector<std::string> &out) {
  out.push_back(std::move(s));
  logLine(s); // BUG
}

void takeFromCaller(std::string &src, std::vector<std::string> &out) {
  out.push_back(std::move(src));
  if (src.size() > 16) // BUG
    logLine("long");
}

void takeFromCallerAndReset(std::string &src, std::vector<std::string> &out) {
  out.push_back(std::move(src));
  src = "<taken>";
  logLine(src);
}

void viewAfterMove(std::string msg) {
  logView(std::move(msg));
  logLine(msg);
}

std::string &&passThrough(std::string &s) { return std::move(s); }

void passThroughOnly(std::string s) {
  std::string &&r = passThrough(s);
  logLine(r);
  logLine(s);
}

void passThroughAndTake(std::string s, std::vector<std::string> &out) {
  out.push_back(passThrough(s));
  logLine(s); // BUG
}

template <class T> void relay(T &&v, std::vector<std::string> &out) {
  out.push_back(std::forward<T>(v));
  logLine(v);
}

void relayLvalue(std::string s, std::vector<std::string> &out) {
  relay(s, out);
  logLine(s);
}

template <class T> void relayTwice(T &&v, std::vector<std::string> &out) {
  out.push_back(std::forward<T>(v));
  out.push_back(std::forward<T>(v)); // BUG
}

void relayTemporary(std::vector<std::string> &out) {
  relayTwice(std::string("x"), out);
}
