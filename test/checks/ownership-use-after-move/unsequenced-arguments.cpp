// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// C++ evaluates the arguments of a call in an unspecified order, so a
// by-value parameter may be move-constructed before another argument reads
// the same object, whichever comes first in the source. A `T &&` parameter
// moves nothing until the callee runs, after all the arguments.
#include <memory>
#include <string>
#include <utility>
#include <vector>

class Session {
public:
  Session();
  Session(const Session &);
  Session(Session &&) noexcept;
  ~Session();
  int id() const;
  void attach(int token);
};

struct Entry {
  Entry(std::string name, size_t length);
};

struct Labelled {
  size_t length;
  std::string name;
};

void record(std::string name, size_t length);
void recordLast(size_t length, std::string name);
void recordRef(std::string &&name, size_t length);
void recordRefLast(size_t length, std::string &&name);
void recordView(const std::string &name, size_t length);
void compare(Session moved, const Session &current);
int consume(Session s);
int consumeRef(Session &&s);
void logLine(const std::string &line);

// The move into the by-value parameter may run before size().
void recordName(std::string name) {
  record(std::move(name), name.size());
  // CHECK: :[[@LINE-1]]:27: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:27: note: C++ does not specify the order in which the arguments of a call are evaluated: the move may come first{{$}}
  // CHECK: :[[@LINE-3]]:10: note: 'name' was moved here into 'record'{{$}}
}

// The read written first does not help: the order is still unspecified.
void recordNameLast(std::string name) {
  recordLast(name.size(), std::move(name));
  // CHECK: :[[@LINE-1]]:14: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:14: note: C++ does not specify the order in which the arguments of a call are evaluated: the move may come first{{$}}
  // CHECK: :[[@LINE-3]]:27: note: 'name' was moved here into 'recordLast'{{$}}
}

// Look-alike: the size is read in its own statement, before the call.
void recordNameFixed(std::string name) {
  size_t length = name.size();
  record(std::move(name), length);
}

// Look-alike: a `T &&` parameter is bound, not constructed; the callee
// moves only after every argument was evaluated.
void recordNameByRef(std::string name) {
  recordRef(std::move(name), name.size());
}
void recordNameByRefLast(std::string name) {
  recordRefLast(name.size(), std::move(name));
}

// Look-alike: a const reference moves nothing.
void recordNameView(std::string name) {
  recordView(std::move(name), name.size());
}

// A constructor's arguments are unsequenced too.
Entry makeEntry(std::string name) {
  Entry e(std::move(name), name.size());
  return e;
  // CHECK: :[[@LINE-2]]:28: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:28: note: C++ does not specify the order in which the arguments of a call are evaluated: the move may come first{{$}}
  // CHECK: :[[@LINE-4]]:11: note: 'name' was moved here into 'e'{{$}}
}

// std::make_pair takes its arguments by value.
auto keyed(std::string key) {
  return std::make_pair(std::move(key), key.size());
  // CHECK: :[[@LINE-1]]:41: warning: 'key' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:41: note: C++ does not specify the order in which the arguments of a call are evaluated: the move may come first{{$}}
  // CHECK: :[[@LINE-3]]:25: note: 'key' was moved here into 'make_pair'{{$}}
}

// Look-alike: emplace_back and make_unique take forwarding references; the
// string is moved inside them, after size() was read.
void addEntries(std::vector<Entry> &entries, std::string a, std::string b) {
  entries.emplace_back(std::move(a), a.size());
  auto owned = std::make_unique<Entry>(std::move(b), b.size());
}

// The same object moved into one argument and read through a const
// reference in another.
void compareWithSelf(Session s) {
  compare(std::move(s), s);
  // CHECK: :[[@LINE-1]]:25: warning: 's' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:25: note: C++ does not specify the order in which the arguments of a call are evaluated: the move may come first{{$}}
  // CHECK: :[[@LINE-3]]:11: note: 's' was moved here into 'compare'{{$}}
}

// Look-alike: a copy is compared with the moved original.
void compareWithCopy(Session s) {
  Session current = s;
  compare(std::move(s), current);
}

// The object of a member call is used when the member runs, after its
// argument moved it: the order is not in doubt, so no note about it.
void attachToSelf(Session s) {
  s.attach(consume(std::move(s)));
  // CHECK: :[[@LINE-1]]:3: warning: 's' is used after it was moved [ownership-use-after-move]
  // CHECK-NOT: note: C++ does not specify
  // CHECK: :[[@LINE-3]]:20: note: 's' was moved here into 'consume'{{$}}
}

// The same with a `T &&` parameter that may move.
void attachToSelfByRef(Session s) {
  s.attach(consumeRef(std::move(s)));
  // CHECK: :[[@LINE-1]]:3: warning: 's' is used after it was moved [ownership-use-after-move]
  // CHECK-NOT: note: C++ does not specify
  // CHECK: :[[@LINE-3]]:12: note: 's' was moved here by 'consumeRef'{{$}}
}

// Look-alike: the id is read before the session is consumed.
int attachOwnId(Session s) {
  int token = s.id();
  return consume(std::move(s)) + token;
}

// Aggregate initialisation runs left to right: the move comes first, for
// certain, so this is a plain use after move, with no note about the order.
struct Named {
  std::string name;
  size_t length;
};
Named nameFirst(std::string name) {
  Named n{std::move(name), name.size()};
  return n;
  // CHECK: :[[@LINE-2]]:28: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK-NOT: note: C++ does not specify
  // CHECK: :[[@LINE-4]]:11: note: 'name' was moved here into a new 'std::string'{{$}}
}

// Look-alike: left to right, the length is read before the move.
Labelled lengthFirst(std::string name) {
  Labelled l{name.size(), std::move(name)};
  return l;
}
