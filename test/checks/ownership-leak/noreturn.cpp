// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// noreturn calls: a path that ends in exit(), abort() or a failed assert()
// never reaches the end of the scope, so nothing leaks on it; the paths
// that do return still must release.
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

[[noreturn]] void fatal(const char *msg);

// Out of memory or bad input ends the process.
char *mustCopy(const char *s) {
  char *p = strdup(s);
  if (!p) {
    fprintf(stderr, "out of memory\n");
    exit(1);
  }
  return p;
}

// The usage error path exits, but the "help" path returns and leaks.
int parseArgs(int argc, char **argv) {
  char *opts = (char *)calloc(argc, 1);
  if (!opts)
    abort();
  for (int i = 1; i < argc; ++i) {
    if (strcmp(argv[i], "--bad") == 0) {
      fputs("usage\n", stderr);
      exit(2);
    }
    if (strcmp(argv[i], "--help") == 0)
      return 0;
    // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'calloc' leaks when 'opts' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-11]]:24: note: allocated here by 'calloc'
    opts[i] = 1;
  }
  free(opts);
  return 1;
}

// Invariants checked with assert: the failing branch does not return.
int firstDigit(const char *s) {
  char *copy = strdup(s);
  assert(copy != nullptr);
  assert(copy[0] >= '0' && copy[0] <= '9');
  int d = copy[0] - '0';
  free(copy);
  return d;
}

// A user-declared [[noreturn]] error handler ends the path too.
int *mustAllocate(size_t n) {
  int *v = new int[n];
  if (n == 0)
    fatal("empty");
  return v;
}

// The error handler is only called for one of two error cases.
int loadTable(const char *path, size_t n) {
  int *table = new int[n];
  if (!path)
    fatal("no path");
  if (n > 1024)
    return -1;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'new[]' leaks when 'table' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-6]]:16: note: allocated here by 'new[]'
  table[0] = (int)strlen(path);
  int r = table[0];
  delete[] table;
  return r;
}

// abort() inside a loop's error branch.
long sumFields(const char *const *fields, int n) {
  long *vals = (long *)malloc(n * sizeof(long));
  if (!vals)
    abort();
  long s = 0;
  for (int i = 0; i < n; ++i) {
    if (!fields[i])
      abort();
    vals[i] = atoi(fields[i]);
    s += vals[i];
  }
  free(vals);
  return s;
}

// A printed warning is not the end of the process.
int warnAndReturn(size_t n) {
  char *p = (char *)malloc(n);
  if (!p)
    return -1;
  if (n < 8) {
    fputs("too small\n", stderr);
    return -2;
    // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'malloc' leaks when 'p' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-7]]:21: note: allocated here by 'malloc'
  }
  free(p);
  return 0;
}
