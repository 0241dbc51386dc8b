// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A bare `std::move(x);` statement moves x, as Rust's `x;` does: nothing
// takes the value, but the code says it is done with x. Moving a value a
// second time reads it, so that is a use too.
#include <memory>
#include <new>
#include <string>
#include <utility>
#include <vector>

struct Record {
  std::string key;
  std::string value;
};

class Cache {
public:
  void put(std::string key, std::string value);
  void putShared(std::shared_ptr<Record> r);
  size_t size() const;
};

void logLine(const std::string &line);
void store(std::string s);
bool more();

// The result of std::move is thrown away, then the string is read.
void dropKey(std::string key) {
  std::move(key);
  logLine(key);
  // CHECK: :[[@LINE-1]]:11: warning: 'key' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'key' was moved here{{$}}
}

// Look-alike: a discarded move as the last thing done with the value.
void releaseKey(std::string key) {
  logLine(key);
  std::move(key);
}

// Moved twice with nothing in between: the second move reads a moved-from
// string.
void dropTwice(std::string token) {
  std::move(token);
  std::move(token);
  // CHECK: :[[@LINE-1]]:13: warning: 'token' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'token' was moved here{{$}}
}

// A discarded move, then a real one into a function.
void storeAfterDrop(std::string value) {
  std::move(value);
  store(std::move(value));
  // CHECK: :[[@LINE-1]]:19: warning: 'value' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'value' was moved here{{$}}
}

// The same value stored twice: the second call moves a moved-from string.
void putBoth(Cache &primary, Cache &backup, std::string key,
             std::string value) {
  primary.put(key, std::move(value));
  backup.put(key, std::move(value));
  // CHECK: :[[@LINE-1]]:29: warning: 'value' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:20: note: 'value' was moved here into 'put'{{$}}
}

// Look-alike: the second cache gets a copy made before the move.
void putBothFixed(Cache &primary, Cache &backup, std::string key,
                  std::string value) {
  backup.put(key, value);
  primary.put(key, std::move(value));
}

// One field discarded by a move, then read.
void dropValue(Record rec) {
  std::move(rec.value);
  logLine(rec.value);
  // CHECK: :[[@LINE-1]]:15: warning: 'rec.value' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'rec.value' was moved here{{$}}
}

// Look-alike: the other field is still whole.
void dropValueKeepKey(Record rec) {
  std::move(rec.value);
  logLine(rec.key);
}

// A discarded move in a loop moves the same string again in the next
// iteration.
void drain(std::string buffer) {
  while (more())
    std::move(buffer);
  // CHECK: :[[@LINE-1]]:15: warning: 'buffer' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:5: note: 'buffer' was moved here, in the previous iteration of the loop{{$}}
}

// Look-alike: a fresh string in each iteration.
void drainFresh(const std::string &seed) {
  while (more()) {
    std::string buffer = seed;
    std::move(buffer);
  }
}

// std::forward of an rvalue in a forwarding template is a move as well.
template <class T> void forwardAndLog(T &&item) {
  std::forward<T>(item);
  logLine(item);
  // CHECK: :[[@LINE-1]]:11: warning: 'item' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'item' was moved here{{$}}
}
void callForward(std::string s) { forwardAndLog(std::move(s)); }

// A discarded move of a unique_ptr leaves it null: dereferencing it is the
// use.
void dropOwner(std::unique_ptr<Record> rec) {
  std::move(rec);
  logLine(rec->key);
  // CHECK: :[[@LINE-1]]:11: warning: 'rec' is dereferenced after it was moved: a moved-from 'std::unique_ptr' is null [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'rec' was moved here{{$}}
}

// Look-alike: a moved-from unique_ptr may be tested and moved again.
void dropOwnerChecked(std::unique_ptr<Record> rec) {
  std::move(rec);
  std::move(rec);
  if (rec)
    logLine(rec->key);
}

// Look-alike: clear() and assignment give the string a new value.
void dropAndRefill(std::string line) {
  std::move(line);
  line.clear();
  logLine(line);
  std::move(line);
  line = "next";
  logLine(line);
}

// Look-alike: binding a reference to std::move(x) moves nothing.
void bindOnly(std::string line) {
  auto &&ref = std::move(line);
  const std::string &view = std::move(line);
  logLine(ref);
  logLine(view);
  logLine(line);
}

// Look-alike: calling a const member on std::move(x) reads it in place.
void measureInPlace(std::string line, std::vector<size_t> &sizes) {
  sizes.push_back(std::move(line).size());
  logLine(line);
}

// Look-alike: destroying a moved-from object is fine.
void dropAndDestroy(std::string line) {
  using std::string;
  std::move(line);
  line.~string();
  new (&line) std::string("again");
}
