// Check options: Strict makes a callee without a body borrow its argument.
// RUN: %{clang_tidy} --load=%{ownck_tidy} -checks='-*,ownership-leak' %s -- %cxxflags 2>/dev/null | count 0
// RUN: %{clang_tidy} --load=%{ownck_tidy} -checks='-*,ownership-leak' -config="{CheckOptions: {ownership-leak.Strict: true}}" %s -- %cxxflags 2>/dev/null | FileCheck %s --implicit-check-not=warning:
#include <stdlib.h>

void log_message(char *text);

void send(int n) {
  char *text = (char *)malloc(n);
  log_message(text);
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'malloc' leaks when 'text' goes out of scope [ownership-leak]
