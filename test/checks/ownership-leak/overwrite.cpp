// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Overwrite: assigning a new value to the only owner of an allocation
// leaks it, unless it was released, handed on or aliased first.
#include <stdlib.h>
#include <string.h>
#include <memory>

struct Widget {
  int id;
};
Widget *defaultWidget();
void consume(char *msg);

// The greeting is replaced by a custom one without freeing the default.
void greet(const char *name, bool formal) {
  char *msg = strdup("hello");
  if (formal)
    msg = strdup(name);
  // CHECK: :[[@LINE-1]]:9: warning: memory allocated by 'strdup' leaks when 'msg' is overwritten [ownership-leak]
  // CHECK: :[[@LINE-4]]:15: note: allocated here by 'strdup'
  consume(msg);
}

// The default is freed before it is replaced.
void greetFreed(const char *name, bool formal) {
  char *msg = strdup("hello");
  if (formal) {
    free(msg);
    msg = strdup(name);
  }
  consume(msg);
}

// Growing a buffer by hand: the copy is taken, the old buffer forgotten.
char *grow(size_t n) {
  char *buf = (char *)malloc(n);
  if (!buf)
    return nullptr;
  memset(buf, 0, n);
  char *bigger = (char *)malloc(2 * n);
  if (!bigger)
    return buf;
  memcpy(bigger, buf, n);
  buf = bigger;
  // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'malloc' leaks when 'buf' is overwritten [ownership-leak]
  // CHECK: :[[@LINE-10]]:23: note: allocated here by 'malloc'
  return buf;
}

// The same growth, keeping the old pointer in an alias that is freed.
char *growFreed(size_t n) {
  char *buf = (char *)malloc(n);
  if (!buf)
    return nullptr;
  memset(buf, 0, n);
  char *bigger = (char *)malloc(2 * n);
  if (!bigger)
    return buf;
  memcpy(bigger, buf, n);
  char *old = buf;
  buf = bigger;
  free(old);
  return buf;
}

// Resetting the pointer to null does not release the widget.
int widgetId(int id) {
  Widget *w = new Widget{id};
  int result = w->id;
  w = nullptr;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'new' leaks when 'w' is overwritten [ownership-leak]
  // CHECK: :[[@LINE-4]]:15: note: allocated here by 'new'
  return result;
}

// Deleted, then reset to null so that later code sees it is gone.
int widgetIdReset(int id) {
  Widget *w = new Widget{id};
  int result = w->id;
  delete w;
  w = nullptr;
  return result;
}

// The fallback widget replaces a freshly made one.
int pickWidget(bool useDefault) {
  Widget *w = new Widget{7};
  if (useDefault)
    w = defaultWidget();
  // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'new' leaks when 'w' is overwritten [ownership-leak]
  // CHECK: :[[@LINE-4]]:15: note: allocated here by 'new'
  return w->id;
}

// Only the path that made the widget deletes it.
int pickWidgetOwned(bool useDefault) {
  if (useDefault)
    return defaultWidget()->id;
  Widget *w = new Widget{7};
  int id = w->id;
  delete w;
  return id;
}

// A null result from the first allocator is replaced by a fallback: the
// overwritten pointer holds nothing.
char *copyOrDefault(const char *s) {
  char *copy = strdup(s);
  if (copy == nullptr)
    copy = strdup("");
  return copy;
}

// Assigning over a pointer that was only ever null.
Widget *lazyWidget(bool want) {
  Widget *w = nullptr;
  if (want)
    w = new Widget{1};
  return w;
}

// The second path overwrites an owner that was handed to a smart pointer.
int handedOver(int a, int b) {
  Widget *w = new Widget{a};
  std::unique_ptr<Widget> first(w);
  w = new Widget{b};
  std::unique_ptr<Widget> second(w);
  return first->id + second->id;
}

// One parameter replaced by another: the caller's memory is not ours.
const char *chooseName(const char *given, const char *fallback) {
  if (!given || !*given)
    given = fallback;
  return given;
}

// consume() is unknown and takes a non-const pointer: it owns each label.
void twoLabels(const char *a, const char *b) {
  char *label = strdup(a);
  if (!label)
    return;
  consume(label);
  label = strdup(b);
  if (!label)
    return;
  consume(label);
}
