// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// C++ does not specify the order in which the operands of a built-in `<`,
// `+`, `==`, `-`... are evaluated: a use in one operand may run after a move
// in the other, whichever is written first. `&&`, `||`, `,` and (C++17)
// `<<` evaluate their left operand first, and an assignment its right
// operand first: a use there is after the move only when the move comes
// first, and no "may come first" note is added.
#include <string>
#include <utility>

struct Ticket {
  int id;
  std::string owner;
};

size_t archive(std::string text);
size_t archiveRef(std::string &&text);
int file(Ticket t);
bool accept(std::string line);
void log(const std::string &line);

// The size may be read after archive took the text.
bool shrinks(std::string text) {
  return text.size() < archive(std::move(text));
  // CHECK: :[[@LINE-1]]:10: warning: 'text' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:10: note: C++ does not specify the order in which the operands of '<' are evaluated: the move may come first{{$}}
  // CHECK: :[[@LINE-3]]:32: note: 'text' was moved here into 'archive'{{$}}
}

// The same with the move written first.
bool grows(std::string text) {
  return archive(std::move(text)) < text.size();
  // CHECK: :[[@LINE-1]]:37: warning: 'text' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:37: note: C++ does not specify the order in which the operands of '<' are evaluated: the move may come first{{$}}
  // CHECK: :[[@LINE-3]]:18: note: 'text' was moved here into 'archive'{{$}}
}

// `+`: both sizes, in either order.
size_t totalSize(std::string text) {
  return text.size() + archive(std::move(text));
  // CHECK: :[[@LINE-1]]:10: warning: 'text' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:10: note: C++ does not specify the order in which the operands of '+' are evaluated: the move may come first{{$}}
  // CHECK: :[[@LINE-3]]:32: note: 'text' was moved here into 'archive'{{$}}
}

// `==` on a field of the ticket that file() takes.
bool filedUnderOwnId(Ticket t) {
  return t.id == file(std::move(t));
  // CHECK: :[[@LINE-1]]:12: warning: 't' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:12: note: C++ does not specify the order in which the operands of '==' are evaluated: the move may come first{{$}}
  // CHECK: :[[@LINE-3]]:23: note: 't' was moved here into 'file'{{$}}
}

// A `T &&` parameter moves inside the call, and the call may still run
// before the other operand.
size_t growth(std::string text) {
  return archiveRef(std::move(text)) - text.size();
  // CHECK: :[[@LINE-1]]:40: warning: 'text' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:40: note: C++ does not specify the order in which the operands of '-' are evaluated: the move may come first{{$}}
  // CHECK: :[[@LINE-3]]:10: note: 'text' was moved here by 'archiveRef'{{$}}
}

// Look-alike: `&&` checks the text before accept takes it.
bool acceptNonEmpty(std::string line) {
  return !line.empty() && accept(std::move(line));
}

// Look-alike: `||` likewise.
bool emptyOrAccepted(std::string line) {
  return line.empty() || accept(std::move(line));
}

// Look-alike: the comma logs before archiving.
void logThenArchive(std::string text) {
  log(text), archive(std::move(text));
}

// Look-alike: `<<` reads its left operand first (C++17).
size_t shifted(std::string text) {
  return text.size() << archive(std::move(text));
}

// Look-alike: the size is read into a local first.
bool shrinksFixed(std::string text) {
  size_t before = text.size();
  return before < archive(std::move(text));
}

// Look-alike: the other operand reads a different variable.
bool compareOther(std::string text, std::string other) {
  return other.size() < archive(std::move(text));
}

// `&&` runs accept first: the test reads the moved line, with no note.
bool acceptedButEmpty(std::string line) {
  return accept(std::move(line)) && line.empty();
  // CHECK: :[[@LINE-1]]:37: warning: 'line' is used after it was moved [ownership-use-after-move]
  // CHECK-NOT: note: C++ does not specify
  // CHECK: :[[@LINE-3]]:17: note: 'line' was moved here into 'accept'{{$}}
}

// `||` runs accept first too.
bool acceptedOrEmpty(std::string line) {
  return accept(std::move(line)) || line.empty();
  // CHECK: :[[@LINE-1]]:37: warning: 'line' is used after it was moved [ownership-use-after-move]
  // CHECK-NOT: note: C++ does not specify
  // CHECK: :[[@LINE-3]]:17: note: 'line' was moved here into 'accept'{{$}}
}

// The comma archives, then logs.
void archiveThenLog(std::string text) {
  archive(std::move(text)), log(text);
  // CHECK: :[[@LINE-1]]:33: warning: 'text' is used after it was moved [ownership-use-after-move]
  // CHECK-NOT: note: C++ does not specify
  // CHECK: :[[@LINE-3]]:11: note: 'text' was moved here into 'archive'{{$}}
}

// An assignment evaluates its right operand first: the index reads the
// moved text.
void bucket(size_t (&sizes)[4], std::string text) {
  sizes[text.size() % 4] = archive(std::move(text));
  // CHECK: :[[@LINE-1]]:9: warning: 'text' is used after it was moved [ownership-use-after-move]
  // CHECK-NOT: note: C++ does not specify
  // CHECK: :[[@LINE-3]]:36: note: 'text' was moved here into 'archive'{{$}}
}
