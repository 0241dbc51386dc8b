// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// `do { ... } while (0)`: the C idiom for a block that `break` leaves early
// (and the body of most statement-like macros). Analysing a function that
// owns memory around one must work.
#include <stdlib.h>
#include <string.h>

#define CHECK_OR_BREAK(c) \
  if (!(c))               \
  break

// break leaves the block and reaches the single free.
int parseHeader(const char *s, size_t n) {
  int rc = -1;
  char *copy = (char *)malloc(n + 1);
  do {
    if (!copy)
      break;
    memcpy(copy, s, n);
    copy[n] = '\0';
    if (n < 4)
      break;
    rc = copy[0] == '#' ? 1 : 0;
  } while (0);
  free(copy);
  return rc;
}

// A return inside the block skips the free.
int parseHeaderReturn(const char *s, size_t n) {
  char *copy = (char *)malloc(n + 1);
  do {
    if (!copy)
      break;
    if (n < 4)
      return -2;
    // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'malloc' leaks when 'copy' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-7]]:24: note: allocated here by 'malloc'
    memcpy(copy, s, n);
  } while (0);
  free(copy);
  return 0;
}

// The macro form.
int parseHeaderMacro(const char *s, size_t n) {
  int rc = -1;
  char *copy = strdup(s);
  do {
    CHECK_OR_BREAK(copy);
    CHECK_OR_BREAK(n >= 4);
    rc = 0;
  } while (0);
  free(copy);
  return rc;
}
