// RUN: %ownck --dump-states %s -- %cxxflags | FileCheck %s
// Entry states: after the join, the object is null (the test failed) or
// released; on the then-edge of `if (p)` it is live. At the exit nothing
// points to it any more, so it is forgotten.
#include <stdlib.h>

void f(int n) {
  char *p = (char *)malloc(n);
  if (p)
    free(p);
}
// CHECK:      state at entry of block 0 of 'f'
// CHECK-NEXT: state at entry of block 1 of 'f'
// CHECK-NEXT:   object 0 {null,released}
// CHECK-NEXT:   p -> 0
// CHECK-NEXT: state at entry of block 2 of 'f'
// CHECK-NEXT:   object 0 {live}
// CHECK-NEXT:   p -> 0
