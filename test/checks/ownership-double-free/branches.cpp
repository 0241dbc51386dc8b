// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Double frees on some path: an error path frees and falls through to the
// common cleanup, or a branch frees what the join frees again.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Config {
  int verbose;
};

int parseConfig(const char *text, Config *out);

// The error path frees the copy but forgets to return.
int loadConfig(const char *text, Config *out) {
  char *copy = strdup(text);
  if (!copy)
    return -1;
  if (parseConfig(copy, out) != 0) {
    fprintf(stderr, "bad config\n");
    free(copy);
  }
  free(copy);
  // CHECK: :[[@LINE-1]]:3: warning: 'copy' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-9]]:16: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-5]]:5: note: freed here{{$}}
  return 0;
}

// Look-alike: the error path returns after freeing.
int loadConfigChecked(const char *text, Config *out) {
  char *copy = strdup(text);
  if (!copy)
    return -1;
  if (parseConfig(copy, out) != 0) {
    fprintf(stderr, "bad config\n");
    free(copy);
    return -1;
  }
  free(copy);
  return 0;
}

// Look-alike: each arm of the if/else frees exactly once.
void logAndRelease(char *msg, bool toStderr) {
  if (toStderr) {
    fputs(msg, stderr);
    free(msg);
  } else {
    puts(msg);
    free(msg);
  }
}

// A switch case frees and falls through into the next case, which frees again.
void dispatch(int kind, size_t n) {
  char *scratch = (char *)malloc(n);
  switch (kind) {
  case 0:
    free(scratch);
  case 1:
    free(scratch);
    // CHECK: :[[@LINE-1]]:5: warning: 'scratch' is freed twice: the memory it points to was already freed [ownership-double-free]
    // CHECK: :[[@LINE-7]]:27: note: allocated here by 'malloc'{{$}}
    // CHECK: :[[@LINE-5]]:5: note: freed here{{$}}
    break;
  default:
    free(scratch);
    break;
  }
}

// Look-alike: the same switch with the break in place.
void dispatchFixed(int kind, size_t n) {
  char *scratch = (char *)malloc(n);
  switch (kind) {
  case 0:
    free(scratch);
    break;
  case 1:
    free(scratch);
    break;
  default:
    free(scratch);
    break;
  }
}

// A conditionally-allocated buffer: freed once on the short path, again at
// the end.
int render(bool big, size_t n) {
  char *buf = big ? new char[n] : nullptr;
  if (!buf)
    return -1;
  memset(buf, 0, n);
  if (n < 16)
    delete[] buf;
  delete[] buf;
  // CHECK: :[[@LINE-1]]:3: warning: 'buf' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-8]]:21: note: allocated here by 'new[]'{{$}}
  // CHECK: :[[@LINE-4]]:5: note: freed here{{$}}
  return 0;
}

// Look-alike: the null pointer from the ternary is deleted harmlessly.
void renderMaybe(bool big, size_t n) {
  char *buf = big ? new char[n] : nullptr;
  if (buf)
    memset(buf, 0, n);
  delete[] buf;
}

// Freed in a nested branch, then again after the outer branch.
void closeTwice(int a, int b) {
  int *v = new int[4];
  if (a > 0) {
    if (b > 0)
      delete[] v;
  }
  delete[] v;
  // CHECK: :[[@LINE-1]]:3: warning: 'v' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-7]]:12: note: allocated here by 'new[]'{{$}}
  // CHECK: :[[@LINE-5]]:7: note: freed here{{$}}
}

// Look-alike: the inner branch returns after freeing.
void closeOnce(int a, int b) {
  int *v = new int[4];
  if (a > 0) {
    if (b > 0) {
      delete[] v;
      return;
    }
  }
  delete[] v;
}
