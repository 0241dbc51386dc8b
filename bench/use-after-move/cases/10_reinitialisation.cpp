// What gives a moved-from object a value again: assignment, clear, assign,
// swap, std::tie, out-parameters, and the ones that look like it but are not.
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

void sink(std::string s);
void sinkAll(std::vector<std::string> v);
void log(const std::string &line);
std::pair<std::string, std::string> split(std::string head, std::string tail);
std::pair<std::string, std::string> nextPair();

void loadDefaults(std::string &out) { out = "defaults"; }
void inspect(std::string &s) { log("inspect " + s); }
void appendSuffix(std::string &s) { s += ".bak"; }

void reuseAssign(std::vector<std::string> &out, std::string s) {
  out.push_back(std::move(s));
  s = "next";
  out.push_back(s);
}

void reuseClear(std::vector<std::string> &out, std::string s) {
  out.push_back(std::move(s));
  s.clear();
  s += "tail";
  out.push_back(s);
}

void reuseAssignMember(std::vector<std::string> v, const std::vector<std::string> &defaults) {
  sinkAll(std::move(v));
  v.assign(defaults.begin(), defaults.end());
  sinkAll(v);
}

void reuseSwap(std::string s, std::string spare) {
  sink(std::move(s));
  s.swap(spare);
  log(s);
}

void reuseStdSwap(std::string s, std::string spare) {
  sink(std::move(s));
  std::swap(s, spare);
  log(s);
}

void resplit(std::string head, std::string tail) {
  std::tie(head, tail) = split(std::move(head), std::move(tail));
  log(head);
  log(tail);
}

void tieOnlyHead(std::string head, std::string tail) {
  sink(std::move(head));
  sink(std::move(tail));
  std::tie(head, std::ignore) = nextPair();
  log(head);
  log(tail); // BUG
}

void reuseOutParam(std::string s) {
  sink(std::move(s));
  loadDefaults(s);
  log(s);
}

void inspectAfterMove(std::string s) {
  sink(std::move(s));
  inspect(s); // BUG
}

void appendAfterMove(std::string s) {
  sink(std::move(s));
  appendSuffix(s); // BUG
  sink(std::move(s));
}

void clearWrongObject(std::vector<std::string> a, std::vector<std::string> b) {
  sinkAll(std::move(a));
  b.clear();
  sinkAll(std::move(a)); // BUG
}

void reinitThenMoveAgain(std::string s) {
  sink(std::move(s));
  s = "again";
  sink(std::move(s));
  log(s); // BUG
}

void refillMaybe(std::string s, const std::vector<std::string> &extra) {
  sink(std::move(s));
  for (const std::string &e : extra)
    s = e;
  log(s); // BUG
}

void transformAndReassign(std::string s) {
  s = [](std::string in) { return in + "!"; }(std::move(s));
  log(s);
}

void braceReset(std::vector<std::string> v) {
  sinkAll(std::move(v));
  v = {};
  v.push_back("first");
  sinkAll(std::move(v));
}

void optionalEmplace(std::optional<std::string> opt) {
  std::optional<std::string> taken = std::move(opt);
  opt.emplace("fresh");
  log(*opt);
}

void optionalReset(std::optional<std::string> opt) {
  std::optional<std::string> taken = std::move(opt);
  opt.reset();
  log(opt.value_or("none"));
}

void resizeToZero(std::string s) {
  sink(std::move(s));
  s.resize(0);
  s += "header";
  log(s);
}
