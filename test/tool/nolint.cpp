// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
// NOLINT comments read as clang-tidy reads them; a leak is also silenced by
// a comment on its allocation line.

void lines() {
  int *a = new int; // NOLINT
  int *b = new int; // NOLINT(ownership-leak)
  int *c = new int; // NOLINT(ownership-double-*)
  // NOLINTNEXTLINE(ownership-*)
  int *d = new int;
  // NOLINTBEGIN(ownership-leak)
  int *e = new int;
  // NOLINTEND(ownership-leak)
  int *g = new int;
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'new' leaks when 'c' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-9]]:12: note: allocated here by 'new'
// CHECK: :[[@LINE-3]]:1: warning: memory allocated by 'new' leaks when 'g' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-5]]:12: note: allocated here by 'new'

void onTheFinding() {
  int *p = new int[4];
  delete p; // NOLINT(ownership-mismatched-dealloc)
  int *q = new int[4];
  delete q;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [ownership-mismatched-dealloc]
}

// NOLINTEND(ownership-leak)
// CHECK: :[[@LINE-1]]:4: error: unmatched '{{NOLINT}}END' comment without a previous '{{NOLINT}}BEGIN' comment [ownck-nolint]
