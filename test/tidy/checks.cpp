// RUN: %{clang_tidy} --load=%{ownck_tidy} -checks='-*,ownership-*' %s -- %cxxflags 2>/dev/null | FileCheck %s --implicit-check-not=warning:
// The clang-tidy module reports the same findings, with the same notes, as
// the ownck command; clang-tidy applies the NOLINT comments.
#include <stdlib.h>
#include <string>
#include <utility>

void leaks(int n) {
  char *p = (char *)malloc(n);
  char *q = (char *)malloc(n); // NOLINT(ownership-leak)
  char *r = (char *)malloc(n); // NOLINT(ownership-double-free)
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'malloc' leaks when 'p' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-5]]:21: note: allocated here by 'malloc'
// CHECK: :[[@LINE-3]]:1: warning: memory allocated by 'malloc' leaks when 'r' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-5]]:21: note: allocated here by 'malloc'

void frees() {
  int *a = new int[3];
  int *b = a;
  delete[] a;
  delete[] b;
  // CHECK: :[[@LINE-1]]:3: warning: 'b' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-5]]:12: note: allocated here by 'new[]'
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'a'
  int *c = new int;
  free(c); // NOLINT
}

void send(std::string body);

void moves(bool retry) {
  std::string body = "ping";
  send(std::move(body));
  if (retry)
    body = "again";
  send(body);
  // CHECK: :[[@LINE-1]]:8: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:8: note: 'body' was moved here into 'send'
  // CHECK: :[[@LINE-4]]:5: note: 'body' is re-initialised here, but not on every path to the use
  std::string kept = "pong";
  send(std::move(kept));
  send(kept); // NOLINT(ownership-use-after-move)
}
