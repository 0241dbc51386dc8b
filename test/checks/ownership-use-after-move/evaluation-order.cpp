// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Evaluation order around a call. Braced initialisation evaluates left to
// right, and C++17 evaluates a member call's object before its arguments:
// no "may come first" note there. A move inside a nested call in one
// argument is unsequenced with a read in another argument.
#include <string>
#include <utility>

struct Entry {
  Entry(std::string name, size_t length);
  Entry(size_t length, std::string name);
};

class Builder {
public:
  Builder &add(std::string part);
  size_t size() const;
};
Builder makeBuilder(const std::string &base);

class Session {
public:
  Session();
  Session(const Session &);
  Session(Session &&) noexcept;
  ~Session();
  void merge(Session other);
};

std::string normalize(std::string s);
void logPair(std::string a, size_t n);

// Look-alike: braced initialisation reads the length first, then moves.
Entry lengthThenName(std::string name) {
  Entry e{name.size(), std::move(name)};
  return e;
}

// The move comes first in a braced initialisation: a use after move, but
// not an unsequenced one.
Entry nameThenLength(std::string name) {
  Entry e{std::move(name), name.size()};
  return e;
  // CHECK: :[[@LINE-2]]:28: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK-NOT: note: C++ does not specify
  // CHECK: :[[@LINE-4]]:11: note: 'name' was moved here into 'e'{{$}}
}

// Look-alike (C++17): makeBuilder(base) runs before the argument of add.
size_t build(std::string base) {
  return makeBuilder(base).add(std::move(base)).size();
}

// Look-alike (C++17): the same through a chain of calls on one object.
void buildChain(Builder &b, std::string part) {
  b.add(part).add(std::move(part));
}

// The argument always moves before merge reads its object.
void mergeWithSelf(Session s) {
  s.merge(std::move(s));
  // CHECK: :[[@LINE-1]]:3: warning: 's' is used after it was moved [ownership-use-after-move]
  // CHECK-NOT: note: C++ does not specify
  // CHECK: :[[@LINE-3]]:11: note: 's' was moved here into 'merge'{{$}}
}

// The move happens while the second argument is evaluated, which may be
// before the first argument copies s.
void logNormalized(std::string s) {
  logPair(s, normalize(std::move(s)).size());
  // CHECK: :[[@LINE-1]]:11: warning: 's' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:11: note: C++ does not specify the order in which the arguments of a call are evaluated: the move may come first{{$}}
  // CHECK: :[[@LINE-3]]:24: note: 's' was moved here into 'normalize'{{$}}
}

// The same, with the nested move written first.
void logNormalizedFirst(std::string s) {
  logPair(normalize(std::move(s)), s.size());
  // CHECK: :[[@LINE-1]]:36: warning: 's' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:36: note: C++ does not specify the order in which the arguments of a call are evaluated: the move may come first{{$}}
  // CHECK: :[[@LINE-3]]:21: note: 's' was moved here into 'normalize'{{$}}
}
