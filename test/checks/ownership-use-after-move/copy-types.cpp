// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Moving a value whose move is a copy leaves it unchanged: ints, pointers,
// enums, trivially copyable structs (Rust's Copy types), and classes with a
// copy constructor but no move constructor. None of these is reported; a
// class with a real move constructor next to them still is.
#include <string>
#include <utility>
#include <vector>

struct Point {
  int x;
  int y;
};

struct Span {
  const char *data;
  size_t length;
};

enum class Mode { Read, Write };

// Copyable, with no move constructor or move assignment: std::move(x)
// binds to the copy constructor.
class Timestamp {
public:
  Timestamp();
  Timestamp(const Timestamp &other);
  Timestamp &operator=(const Timestamp &other);
  ~Timestamp();
  long seconds() const;
};

struct Sample {
  Point where;
  std::string label;
};

void plot(Point p);
void plotNow(Point &&p);
void consumeCount(int &&n);
void stamp(Timestamp t);
void logLine(const std::string &line);
int report(long value);

// Look-alike: an int is copied by std::move.
int nextId(int id) {
  int assigned = std::move(id);
  return assigned + id;
}

// Look-alike: an int bound to `int &&` keeps its value.
void countDown(int remaining) {
  consumeCount(std::move(remaining));
  report(remaining);
}

// Look-alike: a raw pointer moved is a pointer copied.
char firstByte(char *cursor) {
  char *saved = std::move(cursor);
  return *cursor == *saved ? *cursor : 0;
}

// Look-alike: an enum.
bool isWrite(Mode mode) {
  Mode copy = std::move(mode);
  return mode == Mode::Write && copy == mode;
}

// Look-alike: a trivially copyable struct passed by value.
void plotTwice(Point p) {
  plot(std::move(p));
  plot(p);
}

// Look-alike: a trivially copyable struct bound to `T &&`.
int plotAndRead(Point p) {
  plotNow(std::move(p));
  return p.x + p.y;
}

// Look-alike: a struct of a pointer and a length.
size_t totalLength(Span s, std::vector<Span> &out) {
  out.push_back(std::move(s));
  return s.length;
}

// Look-alike: a discarded move of a trivially copyable struct.
int dropPoint(Point p) {
  std::move(p);
  return p.x;
}

// Look-alike: a std::pair of ints is trivially copyable too.
int sumPair(std::pair<int, int> range) {
  auto copy = std::move(range);
  return range.first + copy.second;
}

// Look-alike: a class with only a copy constructor, passed by value.
void stampTwice(Timestamp t) {
  stamp(std::move(t));
  stamp(t);
}

// Look-alike: and copy-initialised, and copy-assigned.
long elapsed(Timestamp start, Timestamp end) {
  Timestamp begin = std::move(start);
  Timestamp finish;
  finish = std::move(end);
  return end.seconds() - start.seconds() + finish.seconds() - begin.seconds();
}

// Look-alike: moved in every iteration, but each move is a copy.
void plotRepeatedly(Point p, int n) {
  for (int i = 0; i < n; ++i)
    plot(std::move(p));
}

// A struct with a std::string member is not a copy type: its move
// constructor moves the string.
void labelTwice(Sample s, std::vector<Sample> &out) {
  out.push_back(std::move(s));
  logLine(s.label);
  // CHECK: :[[@LINE-1]]:13: warning: 's' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 's' was moved here by 'push_back'{{$}}
}

// The string member of the struct, moved on its own.
void takeLabel(Sample s, std::vector<std::string> &labels) {
  labels.push_back(std::move(s.label));
  plot(s.where);
  logLine(s.label);
  // CHECK: :[[@LINE-1]]:13: warning: 's.label' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:3: note: 's.label' was moved here by 'push_back'{{$}}
}

// A std::string next to the ints: only the string is reported.
void mixed(int count, std::string name, Point at) {
  int c = std::move(count);
  std::string n = std::move(name);
  Point p = std::move(at);
  report(count + c + p.x + at.y);
  logLine(name);
  // CHECK: :[[@LINE-1]]:11: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:19: note: 'name' was moved here into 'n'{{$}}
  logLine(n);
}
