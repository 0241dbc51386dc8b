// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// goto cleanup: the C error-handling idiom. Jumping to a label that frees
// everything is correct; jumping past the free, or returning instead of
// jumping, leaks.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Image {
  int w, h;
  unsigned char *pixels;
};

// Every error jumps to the label that frees both buffers.
int decode(const unsigned char *src, size_t n, Image *out) {
  int rc = -1;
  unsigned char *rows = nullptr;
  unsigned char *palette = (unsigned char *)malloc(768);
  if (!palette)
    goto done;
  rows = (unsigned char *)malloc(n);
  if (!rows)
    goto done;
  if (n < 8)
    goto done;
  memcpy(rows, src, n);
  memcpy(palette, src, 8);
  out->pixels = rows;
  rows = nullptr;
  rc = 0;
done:
  free(rows);
  free(palette);
  return rc;
}

// One error path returns directly instead of jumping to the cleanup.
int decodeBadHeader(const unsigned char *src, size_t n, Image *out) {
  int rc = -1;
  unsigned char *rows = nullptr;
  unsigned char *palette = (unsigned char *)malloc(768);
  if (!palette)
    goto done;
  if (src[0] != 'P')
    return -2;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'malloc' leaks when 'palette' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-6]]:45: note: allocated here by 'malloc'
  rows = (unsigned char *)malloc(n);
  if (!rows)
    goto done;
  memcpy(rows, src, n);
  out->pixels = rows;
  rows = nullptr;
  rc = 0;
done:
  free(rows);
  free(palette);
  return rc;
}

// Two labels, unwound in reverse order of allocation.
int openPair(const char *a, const char *b) {
  int rc = -1;
  char *first = strdup(a);
  if (!first)
    goto fail;
  {
    char *second = strdup(b);
    if (!second)
      goto free_first;
    rc = strcmp(first, second);
    free(second);
  }
free_first:
  free(first);
fail:
  return rc;
}

// The jump goes one label too far and skips freeing `first`.
int openPairSkip(const char *a, const char *b) {
  int rc = -1;
  char *first = strdup(a);
  if (!first)
    goto fail;
  if (!b)
    goto fail;
  rc = strcmp(first, b);
  free(first);
fail:
  // `first` is still in scope at the label: it leaks where the function
  // returns.
  return rc;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'strdup' leaks when 'first' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-12]]:17: note: allocated here by 'strdup'
}

// A retry loop built with goto: the old attempt is freed before retrying.
char *readWithRetry(int tries) {
  char *buf;
again:
  buf = (char *)malloc(64);
  if (!buf)
    return nullptr;
  if (--tries > 0 && buf[0] == 0) {
    free(buf);
    goto again;
  }
  return buf;
}

// The retry jumps back without freeing the previous attempt.
char *readWithRetryLeaky(int tries) {
  char *buf;
again:
  buf = (char *)malloc(64);
  // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'malloc' in a previous iteration of the loop leaks when 'buf' is overwritten [ownership-leak]
  // CHECK: :[[@LINE-2]]:17: note: allocated here by 'malloc', in a previous iteration of the loop
  if (!buf)
    return nullptr;
  if (--tries > 0 && buf[0] == 0)
    goto again;
  return buf;
}
