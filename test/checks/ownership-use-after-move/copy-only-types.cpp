// RUN: %ownck %s -- %cxxflags | count 0
// A class with a copy constructor and no move constructor cannot be left in
// a moved-from state: every "move" of it is a copy. The same holds for a
// struct whose members are all such copy-only classes or trivially copyable
// values, although it has an implicit move constructor. Using these after a
// discarded std::move, after binding to a `T &&` parameter of a function
// whose body is not shown, or after moving them into a by-value parameter or
// a new local is not reported.
#include <string>
#include <utility>

class Timestamp {
public:
  Timestamp();
  Timestamp(const Timestamp &other);
  Timestamp &operator=(const Timestamp &other);
  ~Timestamp();
  long seconds() const;
};

struct Interval {
  Timestamp start;
  Timestamp end;
  int retries;
};

void touch(Timestamp &&t);
void schedule(Interval i);
long report(long value);

// A discarded std::move of a copy-only class changes nothing.
long dropStamp(Timestamp t) {
  std::move(t);
  return t.seconds();
}

// Bound to `T &&`: the callee has no move constructor to call.
long touchAndRead(Timestamp t) {
  touch(std::move(t));
  return t.seconds();
}

// A struct of copy-only members: its implicit move constructor copies each.
long scheduleAndRead(Interval i) {
  schedule(std::move(i));
  return report(i.start.seconds() + i.retries);
}

// The same, moved into a local.
long copyInterval(Interval i) {
  Interval saved = std::move(i);
  return i.end.seconds() - saved.start.seconds();
}
