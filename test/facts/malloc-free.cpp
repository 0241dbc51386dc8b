// RUN: %ownck --dump-facts %s -- %cxxflags | FileCheck %s
// The lowering of an allocation, a null test, a release and the scope end.
#include <stdlib.h>

void f(int n) {
  char *p = (char *)malloc(n);
  if (!p)
    return;
  free(p);
}
// Blocks are dumped in the CFG's numbering (exit first).
// CHECK-LABEL: facts of 'f'
// CHECK:      site 0: allocation malloc nullable 'malloc' @6:21
// CHECK-DAG:  Release src=tmp{{[0-9]+}} family=malloc @9:3
// CHECK-DAG:  ScopeEnd dst=p @10:1
// CHECK:      Acquire dst=tmp{{[0-9]+}} site=0 @6:21
// CHECK-NEXT: Alias dst=tmp{{[0-9]+}} src=tmp{{[0-9]+}} @6:13
// CHECK-NEXT: Assign dst=p src=tmp{{[0-9]+}} @6:9
// CHECK-NEXT: FullExprEnd @6:3
// CHECK:      -> {{[0-9]+}} [null p]
// CHECK-NEXT: -> {{[0-9]+}} [nonnull p]
