// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// realloc releases the old block when it succeeds, whoever allocated it,
// and whether or not its result is ever tested.
#include <stdlib.h>
#include <string.h>

// The old pointer is freed once realloc has moved the data.
char *grow(char *data, size_t n) {
  char *bigger = (char *)realloc(data, 2 * n);
  if (bigger)
    free(data);
  // CHECK: :[[@LINE-1]]:5: warning: 'data' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-4]]:26: note: reallocated here by 'realloc'{{$}}
  return bigger;
}

// Look-alike: the old pointer is freed only when realloc failed.
char *growOrDrop(char *data, size_t n) {
  char *bigger = (char *)realloc(data, 2 * n);
  if (!bigger)
    free(data);
  return bigger;
}

// No test of the result at all: the old pointer may already be gone.
void shrink(size_t n) {
  char *buf = (char *)malloc(n);
  char *small = (char *)realloc(buf, n / 2);
  free(buf);
  // CHECK: :[[@LINE-1]]:3: warning: 'buf' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-4]]:23: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:25: note: reallocated here by 'realloc'{{$}}
  free(small);
}

// Look-alike: realloc of null is malloc; nothing is freed twice.
void fromNothing(size_t n) {
  char *buf = nullptr;
  char *fresh = (char *)realloc(buf, n);
  free(buf);
  free(fresh);
}
