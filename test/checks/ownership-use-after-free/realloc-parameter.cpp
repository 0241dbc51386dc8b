// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// realloc of a pointer ownck did not see allocated (a parameter) releases it
// all the same when it succeeds.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The caller's line is printed after realloc moved it.
char *widen(char *line, size_t n) {
  char *wide = (char *)realloc(line, 2 * n);
  if (!wide)
    return NULL;
  puts(line);
  // CHECK: :[[@LINE-1]]:8: warning: 'line' is passed to 'puts' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-5]]:24: note: reallocated here by 'realloc'{{$}}
  return wide;
}

// Look-alike: the failure path may still use the old line.
char *widenOrKeep(char *line, size_t n) {
  char *wide = (char *)realloc(line, 2 * n);
  if (!wide) {
    puts(line);
    return line;
  }
  puts(wide);
  return wide;
}

// An interior pointer into the caller's buffer survives the move.
char *extend(char *buf, size_t len) {
  char *end = buf + len;
  char *bigger = (char *)realloc(buf, 2 * len + 1);
  if (!bigger)
    return NULL;
  *end = '\0';
  // CHECK: :[[@LINE-1]]:3: warning: 'end' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-5]]:26: note: reallocated here by 'realloc'{{$}}
  return bigger;
}

// Look-alike: the end is recomputed from the new block.
char *extendFixed(char *buf, size_t len) {
  char *bigger = (char *)realloc(buf, 2 * len + 1);
  if (!bigger)
    return NULL;
  bigger[len] = '\0';
  return bigger;
}
