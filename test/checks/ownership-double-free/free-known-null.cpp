// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// free(NULL) does nothing, so freeing a pointer that is known to be null
// any number of times is harmless.
#include <stdlib.h>
#include <string.h>

// Look-alike: a failed allocation is null; freeing it twice is harmless.
void freeFailed(size_t n) {
  char *maybe = (char *)malloc(n);
  if (maybe == NULL) {
    free(maybe);
    free(maybe);
    return;
  }
  free(maybe);
}

// Look-alike: the shared cleanup frees both buffers; when the first
// allocation failed, its free is a free(NULL), and the error path's own
// free of it was one too.
int openPair(size_t n) {
  char *in = (char *)malloc(n);
  char *out = (char *)malloc(n);
  if (!in) {
    free(in);
    free(out);
    out = NULL;
  }
  free(in);
  free(out);
  return 0;
}

// A real double free beside them: the non-null path frees twice.
void freeWhenSet(size_t n) {
  char *maybe = (char *)malloc(n);
  if (maybe != NULL)
    free(maybe);
  free(maybe);
  // CHECK: :[[@LINE-1]]:3: warning: 'maybe' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-5]]:25: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:5: note: freed here{{$}}
}
