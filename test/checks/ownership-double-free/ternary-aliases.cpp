// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A conditional operator that chooses between two pointer variables,
// `first ? a : b`, is an alias of one of them; two ternaries on the same
// unchanged condition choose consistently.
#include <stdlib.h>

// The ternary chooses one of two buffers; freeing both afterwards frees the
// chosen one twice.
void dropOne(bool first) {
  char *a = (char *)malloc(16);
  char *b = (char *)malloc(16);
  char *victim = first ? a : b;
  free(victim);
  free(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'a' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-6]]:21: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'victim'{{$}}
  free(b);
  // CHECK: :[[@LINE-1]]:3: warning: 'b' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-9]]:21: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-8]]:3: note: freed here through 'victim'{{$}}
}

// Look-alike: the same ternary, then only the other buffer is freed.
void dropOther(bool first) {
  char *a = (char *)malloc(16);
  char *b = (char *)malloc(16);
  char *victim = first ? a : b;
  char *other = first ? b : a;
  free(victim);
  free(other);
}

// Freed directly through the conditional expression.
void dropInline(bool first) {
  char *a = (char *)malloc(16);
  char *b = (char *)malloc(16);
  free(first ? a : b);
  free(a);
  // CHECK: :[[@LINE-1]]:3: warning: 'a' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-5]]:21: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'first ? a : b'{{$}}
  free(b);
  // CHECK: :[[@LINE-1]]:3: warning: 'b' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-8]]:21: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-8]]:3: note: freed here through 'first ? a : b'{{$}}
}

// Look-alike: each buffer freed once, the ternary only picks which to keep.
char *keepOne(bool first) {
  char *a = (char *)malloc(16);
  char *b = (char *)malloc(16);
  if (first) {
    free(b);
    return a;
  }
  free(a);
  return b;
}
