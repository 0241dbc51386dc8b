// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// std::move is only a cast: when the result binds to a `const T &` (a
// parameter, a copy constructor, a copy assignment), nothing is moved and
// the object may be used again. A `T &&` overload or a by-value parameter
// does move it.
#include <map>
#include <string>
#include <utility>
#include <vector>

struct Item {
  std::string name;
  int quantity;
};

class Inventory {
public:
  void add(const Item &item);
  void add(Item &&item);
  void audit(const Item &item) const;
  void rename(const std::string &from, std::string to);
};

class Header {
public:
  explicit Header(const std::string &value);
};

void logLine(const std::string &line);
bool validate(const std::string &text);

// Look-alike: the parameter is a const reference, so std::move moves
// nothing.
void checkAndLog(std::string text) {
  if (!validate(std::move(text)))
    logLine(text);
}

// Look-alike: a member function taking `const T &`.
void auditThenKeep(const Inventory &inv, Item item, std::vector<Item> &out) {
  inv.audit(std::move(item));
  out.push_back(item);
}

// Look-alike: a constructor taking `const T &` copies.
void makeHeader(std::string value) {
  Header h(std::move(value));
  logLine(value);
}

// Look-alike: std::move of a const object binds to the copy constructor.
void copyConstName(const Item item, std::vector<std::string> &names) {
  std::string name = std::move(item.name);
  names.push_back(name);
  logLine(item.name);
}

// Look-alike: std::move of a const object picks push_back(const T &).
void keepConstItem(std::vector<Item> &items, const Item item) {
  items.push_back(std::move(item));
  logLine(item.name);
}

// Look-alike: and copy assignment, for a const source.
void assignFromConst(std::string &target, const std::string source) {
  target = std::move(source);
  logLine(source);
}

// Look-alike: comparison operators take const references.
bool sameAfterCompare(std::string a, const std::string &b) {
  bool same = std::move(a) == b;
  logLine(a);
  return same;
}

// Look-alike: std::map::operator[] takes its key by const reference.
void countWord(std::map<std::string, int> &counts, std::string word) {
  counts[std::move(word)] = 1;
  logLine(word);
}

// Look-alike: a function template whose parameter is `const T &`.
template <class T> void show(const T &value) { logLine(value); }
void showTwice(std::string line) {
  show(std::move(line));
  show(std::move(line));
}

// With an overload set, the `T &&` overload wins for an rvalue.
void restock(Inventory &inv, Item item) {
  inv.add(std::move(item));
  logLine(item.name);
  // CHECK: :[[@LINE-1]]:16: warning: 'item' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'item' was moved here by 'add'{{$}}
}

// Look-alike: the same overload set, called with an lvalue.
void restockCopy(Inventory &inv, Item item) {
  inv.add(item);
  logLine(item.name);
}

// The const reference and the by-value parameter of one call: only the
// by-value one moves.
void renameTo(Inventory &inv, std::string from, std::string to) {
  inv.rename(std::move(from), std::move(to));
  logLine(from);
  logLine(to);
  // CHECK: :[[@LINE-1]]:11: warning: 'to' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:31: note: 'to' was moved here into 'rename'{{$}}
}

// push_back of a non-const rvalue picks push_back(T &&).
void keepItem(std::vector<Item> &items, Item item) {
  items.push_back(std::move(item));
  logLine(item.name);
  // CHECK: :[[@LINE-1]]:16: warning: 'item' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'item' was moved here by 'push_back'{{$}}
}

// A non-const field moves: copy-initialisation picks the move constructor.
void takeName(Item item, std::vector<std::string> &names) {
  std::string name = std::move(item.name);
  names.push_back(name);
  logLine(item.name);
  // CHECK: :[[@LINE-1]]:16: warning: 'item.name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:22: note: 'item.name' was moved here into 'name'{{$}}
}

// Move assignment from a non-const string.
void assignFrom(std::string &target, std::string source) {
  target = std::move(source);
  logLine(source);
  // CHECK: :[[@LINE-1]]:11: warning: 'source' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:12: note: 'source' was moved here by a move assignment{{$}}
}

// The const-reference call does not move, but a later by-value one does.
void validateThenStore(std::string text, std::vector<std::string> &out) {
  if (validate(std::move(text)))
    out.push_back(std::move(text));
  logLine(text);
  // CHECK: :[[@LINE-1]]:11: warning: 'text' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:5: note: 'text' was moved here by 'push_back'{{$}}
}
