// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A lambda that captures an owner by reference, implicitly or explicitly,
// and frees it, is a scope guard: calling it releases the memory.
#include <stdlib.h>
#include <string.h>

// Implicit by-reference capture.
int firstIsX(const char *s) {
  char *copy = strdup(s);
  auto release = [&] { free(copy); };
  if (copy && *copy == 'x') {
    release();
    return 1;
  }
  release();
  return 0;
}

// Explicit by-reference capture.
int firstIsXExplicit(const char *s) {
  char *copy = strdup(s);
  auto release = [&copy] { free(copy); };
  if (copy && *copy == 'x') {
    release();
    return 1;
  }
  release();
  return 0;
}

// The lambda captures only the counter: the copy leaks on the early return.
int countX(const char *s) {
  char *copy = strdup(s);
  if (!copy)
    return -1;
  int count = 0;
  auto bump = [&] { ++count; };
  if (!*copy)
    return 0;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'strdup' leaks when 'copy' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-8]]:16: note: allocated here by 'strdup'
  for (const char *c = copy; *c; ++c)
    if (*c == 'x')
      bump();
  free(copy);
  return count;
}
