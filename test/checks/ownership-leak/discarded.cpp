// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Discarded results: an allocation whose pointer is never stored anywhere
// leaks at once; placement new and constructors that adopt it do not.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <memory>
#include <new>
#include <vector>

struct Widget {
  Widget() = default;
  explicit Widget(int id) : id(id) {}
  int id = 0;
};
void registerWidget(Widget *w);

// A warm-up allocation whose result is thrown away.
void warmUp(size_t n) {
  malloc(n);
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'malloc' leaks: the pointer to it is never stored [ownership-leak]
  // CHECK: :[[@LINE-2]]:3: note: allocated here by 'malloc'
}

// The allocation is kept and released.
void warmUpFreed(size_t n) {
  void *p = malloc(n);
  free(p);
}

// Constructing an object for its side effects only.
void touchWidget() {
  new Widget(3);
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new' leaks: the pointer to it is never stored [ownership-leak]
  // CHECK: :[[@LINE-2]]:3: note: allocated here by 'new'
}

// The temporary smart pointer owns the widget and deletes it.
void touchWidgetOwned() { std::unique_ptr<Widget>(new Widget(3)); }

// The copy is measured through a name and freed.
size_t copiedLengthFreed(const char *s) {
  char *c = strdup(s);
  if (!c)
    return 0;
  size_t n = strlen(c);
  free(c);
  return n;
}

// An unknown function taking a non-const pointer takes the widget.
void registerNew() { registerWidget(new Widget(1)); }

// Probing for memory: the test result is all that is kept.
bool canAllocate(size_t n) {
  if (calloc(1, n) == NULL)
    // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'calloc' leaks: the pointer to it is never stored [ownership-leak]
    // CHECK: :[[@LINE-2]]:7: note: allocated here by 'calloc'
    return false;
  return true;
}

// Probing with a name, then releasing.
bool canAllocateFreed(size_t n) {
  void *p = calloc(1, n);
  if (p == NULL)
    return false;
  free(p);
  return true;
}

// Placement new constructs in storage we already own: nothing to free.
void constructInPlace() {
  alignas(Widget) unsigned char storage[sizeof(Widget)];
  ::new (&storage) Widget(5);
  ::new (static_cast<void *>(storage)) Widget(6);
}

// An aligned block requested and dropped.
void alignedScratch() {
  aligned_alloc(64, 256);
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'aligned_alloc' leaks: the pointer to it is never stored [ownership-leak]
  // CHECK: :[[@LINE-2]]:3: note: allocated here by 'aligned_alloc'
}

// Straight into a container that owns it.
void fillRegistry(std::vector<Widget *> &registry) {
  registry.push_back(new Widget(2));
}

// Returned to the caller without a name.
Widget *makeWidget(int id) { return new Widget(id); }

// nothrow new adopted by a smart pointer, then checked.
int nothrowWidget() {
  std::unique_ptr<Widget> w(new (std::nothrow) Widget(4));
  if (!w)
    return -1;
  return w->id;
}
