// RUN: not %ownck --strict %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// --strict: a call to an unknown function (no body, no model) borrows its
// pointer arguments, as a Rust `&mut` would; real hand-offs (returning,
// storing, containers, smart pointers) still pass ownership on.
#include <stdlib.h>
#include <string.h>
#include <memory>
#include <vector>

struct Widget {
  int id;
};
struct Buffer {
  char *data;
  size_t len;
};
void takeLine(char *line);
void transmit(char *msg);
void registerWidget(Widget *w);
void destroyBuffer(Buffer *b);
Widget *g_current;

// takeLine is unknown: in strict mode it only borrows the line.
void forwardLine(const char *text) {
  char *line = strdup(text);
  if (!line)
    return;
  takeLine(line);
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'strdup' leaks when 'line' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-6]]:16: note: allocated here by 'strdup'

// The line is borrowed, then freed here.
void forwardLineFreed(const char *text) {
  char *line = strdup(text);
  if (!line)
    return;
  takeLine(line);
  free(line);
}

// The new widget goes straight to an unknown function and nowhere else.
void registerNew(int id) {
  registerWidget(new Widget{id});
  // CHECK: :[[@LINE-1]]:18: warning: memory allocated by 'new' leaks: the pointer to it is never stored [ownership-leak]
  // CHECK: :[[@LINE-2]]:18: note: allocated here by 'new'
}

// Stored in a global after registration: the global owns it.
void registerCurrent(int id) {
  Widget *w = new Widget{id};
  registerWidget(w);
  g_current = w;
}

// A struct whose buffer an unknown function is given by address.
void destroyLocal(size_t n) {
  Buffer b;
  b.data = (char *)malloc(n);
  b.len = n;
  destroyBuffer(&b);
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'malloc' leaks when 'b.data' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-5]]:20: note: allocated here by 'malloc'

// Returned to the caller: a hand-off in every mode.
Widget *makeWidget(int id) {
  Widget *w = new Widget{id};
  registerWidget(w);
  return w;
}

// Adopted by a smart pointer: unique_ptr's constructor takes ownership.
int scopedWidget(int id) {
  std::unique_ptr<Widget> w(new Widget{id});
  registerWidget(w.get());
  return w->id;
}

// A container of owning pointers takes the element.
void collect(std::vector<Widget *> &out, int id) {
  Widget *w = new Widget{id};
  out.push_back(w);
}

// A helper defined in this file releases its argument.
void releaseWidget(Widget *w) { delete w; }
void makeAndRelease(int id) {
  Widget *w = new Widget{id};
  releaseWidget(w);
}

// Through an out-parameter.
void makeInto(Widget **out, int id) {
  Widget *w = new Widget{id};
  registerWidget(w);
  *out = w;
}

// Each message is only lent to transmit(); none is ever freed.
void sendAll(const char *const *texts, int n) {
  for (int i = 0; i < n; ++i) {
    char *msg = strdup(texts[i]);
    if (!msg)
      continue;
    transmit(msg);
  }
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'strdup' leaks when 'msg' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-6]]:17: note: allocated here by 'strdup'
}

// Each message is lent, then freed.
void sendAllFreed(const char *const *texts, int n) {
  for (int i = 0; i < n; ++i) {
    char *msg = strdup(texts[i]);
    if (!msg)
      continue;
    transmit(msg);
    free(msg);
  }
}

// Registered, used, and dropped: registration is only a borrow here.
int registeredId(int id) {
  Widget *w = new Widget{id};
  registerWidget(w);
  return w->id;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new' leaks when 'w' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-4]]:15: note: allocated here by 'new'
}
