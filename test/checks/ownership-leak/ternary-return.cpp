// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Returning `ok ? p : nullptr` hands p on only on the path where ok holds;
// on the other path p is still owned when it goes out of scope.
#include <stdlib.h>
#include <string.h>

// The copy is dropped when it is not valid.
char *validCopy(const char *s, bool ok) {
  char *p = strdup(s);
  return ok ? p : nullptr;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'strdup' leaks when 'p' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-3]]:13: note: allocated here by 'strdup'
}

// The copy is freed when it is not returned.
char *validCopyFreed(const char *s, bool ok) {
  char *p = strdup(s);
  if (!ok) {
    free(p);
    return nullptr;
  }
  return p;
}

// Through a named result chosen by a ternary.
char *validCopyNamed(const char *s, bool ok) {
  char *p = strdup(s);
  if (!p)
    return nullptr;
  char *result = ok ? p : nullptr;
  return result;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'strdup' leaks when 'p' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-6]]:13: note: allocated here by 'strdup'
}

// Either arm is owned by the caller.
char *eitherCopy(const char *a, const char *b, bool first) {
  char *x = strdup(a);
  char *y = strdup(b);
  if (first) {
    free(y);
    return x;
  }
  free(x);
  return y;
}
