// A move and a use in one expression: call arguments (unsequenced), braced
// initialisation and declarators (left to right), &&/||, built-in operators,
// and the C++17 rules for member calls and assignments.
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

void log(const std::string &line);
void logPair(const std::string &a, const std::string &b);
void record(std::string name, std::size_t len);
void recordSizeFirst(std::size_t len, std::string name);
std::size_t consume(std::string s);
bool store(std::string s);
std::size_t park(std::string job);
std::string normalize(std::string s);

void recordRef(std::string &&name, std::size_t len) {
  std::string owned = std::move(name);
  log(owned + ":" + std::to_string(len));
}

void recordName(std::string name) {
  record(std::move(name), name.size()); // BUG
}

void recordNameSizeFirst(std::string name) {
  recordSizeFirst(name.size(), std::move(name)); // BUG
}

void recordNameRef(std::string name) {
  recordRef(std::move(name), name.size());
}

void addEntry(std::vector<std::pair<std::string, std::size_t>> &v, std::string key) {
  v.emplace_back(std::move(key), key.size());
}

std::pair<std::string, std::size_t> tagged(std::string key) {
  return std::make_pair(std::move(key), key.size());
}

std::pair<std::string, std::size_t> taggedBraced(std::string key) {
  return std::pair<std::string, std::size_t>{std::move(key), key.size()};
}

struct Entry {
  std::string name;
  std::size_t len;
};

Entry makeEntry(std::string name) {
  return Entry{std::move(name), name.size()}; // BUG
}

struct Sized {
  std::size_t len;
  std::string name;
};

Sized makeSized(std::string name) {
  return Sized{name.size(), std::move(name)};
}

struct Doc {
  std::string text;
  void append(const std::string &more) { text += more; }
};

std::string render(Doc d);

void appendRendered(Doc d) {
  d.append(render(std::move(d))); // BUG
}

struct Conn {
  bool send(const char *msg);
  int fd() const;
  void setSlot(int slot);
};

std::unique_ptr<Conn> take(std::unique_ptr<Conn> c);

void chainTake(std::unique_ptr<Conn> up) {
  take(std::move(up))->setSlot(up->fd()); // BUG
}

bool validateThenStore(std::string s) {
  return !s.empty() && store(std::move(s));
}

bool storeThenCheck(std::string s) {
  return store(std::move(s)) && !s.empty(); // BUG
}

bool emptyOrStore(std::string s) {
  return s.empty() || store(std::move(s));
}

void declarators(std::string s, std::vector<std::string> &out) {
  std::string copy = s, owned = std::move(s);
  out.push_back(copy);
  out.push_back(owned);
}

void declaratorsReversed(std::string s, std::vector<std::string> &out) {
  std::string owned = std::move(s), copy = s; // BUG
  out.push_back(copy);
  out.push_back(owned);
}

bool grewBad(std::string s) {
  return s.size() < consume(std::move(s)); // BUG
}

bool shrankBad(std::string s) {
  return consume(std::move(s)) > s.size(); // BUG
}

void lengthsBySlot(std::map<std::size_t, std::size_t> &lengths, std::string job) {
  // C++17: the right operand of '=' is evaluated before the left one.
  lengths[park(std::move(job))] = job.size();
}

void slotsByJob(std::map<std::string, std::size_t> &slots, std::string job) {
  slots[job] = park(std::move(job)); // BUG
}

void normalizeAndAppend(std::string s) {
  s = normalize(std::move(s)) + s; // BUG
  log(s);
}

void normalizeInPlace(std::string s) {
  s = normalize(std::move(s));
  log(s);
}

void logBeforeAndAfter(std::string s) {
  logPair(s, normalize(std::move(s))); // BUG
}

void logOriginalAndNormalized(std::string s) {
  std::string n = normalize(s);
  logPair(s, n);
}
