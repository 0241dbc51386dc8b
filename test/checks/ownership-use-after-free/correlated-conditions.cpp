// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A free under one condition and a use under its negation never meet; nor
// do a free and an assert on the same condition.
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Look-alike: the short path frees, the long path prints.
void report(char *msg, bool brief) {
  if (brief)
    free(msg);
  fputs("report\n", stderr);
  if (!brief) {
    puts(msg);
    free(msg);
  }
  fputs("done\n", stderr);
}

// Look-alike: a "released" flag guards the use.
int summarize(char *text) {
  bool released = false;
  if (strlen(text) == 0) {
    free(text);
    released = true;
  }
  if (!released) {
    puts(text);
    free(text);
  }
  return released ? 0 : 1;
}

// Look-alike: the assert rules out the path that freed.
int firstOf(char *items, size_t n) {
  if (n == 0)
    free(items);
  assert(n != 0);
  int v = items[0];
  free(items);
  return v;
}

// A real use after free beside them: the flag is set but not tested.
int summarizeLate(char *text) {
  bool released = false;
  if (strlen(text) == 0) {
    free(text);
    released = true;
  }
  puts(text);
  // CHECK: :[[@LINE-1]]:8: warning: 'text' is passed to 'puts' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-5]]:5: note: freed here{{$}}
  return released ? 0 : 1;
}
