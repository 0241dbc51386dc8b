// RUN: not %{clang_tidy} --load=%{ownck_tidy} -checks='-*,ownership-*' %s -- %cxxflags 2>/dev/null | FileCheck %s --implicit-check-not=ownership-
// A file that does not compile is not analysed by the module either: the
// AST that error recovery builds is not the program.
#include <stdlib.h>
void f(int n) {
  char *p = (char *)malloc(n);
  int x = ;
}
// CHECK: error: expected expression [clang-diagnostic-error]
