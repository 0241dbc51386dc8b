// RUN: %ownck %s -- %cxxflags | count 0
// A `const T &&` parameter binds std::move(x) but cannot move from it: no
// move constructor or move assignment accepts a const rvalue. Passing
// std::move(x) to such a parameter of a function whose body is not shown
// leaves x usable, so nothing here is reported.
#include <string>
#include <utility>

void inspect(const std::string &&text);
void logLine(const std::string &line);

struct Query {
  std::string sql;
};
bool matches(const Query &&q, const std::string &pattern);

// An unknown function taking `const T &&`.
void inspectAndLog(std::string text) {
  inspect(std::move(text));
  logLine(text);
}

// The same in a condition, with the query read afterwards.
void runIfMatching(Query q, const std::string &pattern) {
  if (matches(std::move(q), pattern))
    logLine(q.sql);
}
