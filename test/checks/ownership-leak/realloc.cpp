// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// realloc: `p = realloc(p, n)` loses the only pointer to the old block
// when realloc fails and returns null; a temporary avoids it.
#include <stdlib.h>
#include <string.h>

struct Buffer {
  char *data;
  size_t len, cap;
};

// The classic: the old block leaks if the bigger one cannot be had.
char *appendByte(char *s, size_t len, char c) {
  char *r = (char *)malloc(len + 1);
  if (!r)
    return nullptr;
  memcpy(r, s, len);
  r = (char *)realloc(r, len + 2);
  // CHECK: :[[@LINE-1]]:5: warning: memory owned by 'r' leaks if 'realloc' fails: 'r' is overwritten by its null result [ownership-leak]
  // CHECK: :[[@LINE-6]]:21: note: allocated here by 'malloc'
  if (!r)
    return nullptr;
  r[len] = c;
  r[len + 1] = '\0';
  return r;
}

// The temporary keeps the old block reachable on failure.
char *appendByteChecked(char *s, size_t len, char c) {
  char *r = (char *)malloc(len + 1);
  if (!r)
    return nullptr;
  memcpy(r, s, len);
  char *bigger = (char *)realloc(r, len + 2);
  if (!bigger) {
    free(r);
    return nullptr;
  }
  r = bigger;
  r[len] = c;
  r[len + 1] = '\0';
  return r;
}

// Growing an array of ints in a loop, reallocating into the same name.
int *readInts(const int *src, int n) {
  int cap = 4;
  int *v = (int *)malloc(cap * sizeof(int));
  if (!v)
    return nullptr;
  for (int i = 0; i < n; ++i) {
    if (i == cap) {
      cap *= 2;
      v = (int *)realloc(v, cap * sizeof(int));
      // CHECK: :[[@LINE-1]]:9: warning: memory owned by 'v' leaks if 'realloc' fails: 'v' is overwritten by its null result [ownership-leak]
      // CHECK: :[[@LINE-8]]:19: note: allocated here by 'malloc'
      if (!v)
        return nullptr;
    }
    v[i] = src[i];
  }
  return v;
}

// The same loop with a temporary.
int *readIntsChecked(const int *src, int n) {
  int cap = 4;
  int *v = (int *)malloc(cap * sizeof(int));
  if (!v)
    return nullptr;
  for (int i = 0; i < n; ++i) {
    if (i == cap) {
      cap *= 2;
      int *w = (int *)realloc(v, cap * sizeof(int));
      if (!w) {
        free(v);
        return nullptr;
      }
      v = w;
    }
    v[i] = src[i];
  }
  return v;
}

// realloc of a null pointer is malloc: nothing is owned before the call.
char *firstChunk(size_t n) {
  char *p = nullptr;
  p = (char *)realloc(p, n);
  return p;
}

// Shrinking after use: a failed shrink still loses the block.
char *shrinkToFit(size_t used) {
  char *p = (char *)calloc(1, 4096);
  if (!p)
    return nullptr;
  memset(p, 'x', used);
  p = (char *)realloc(p, used);
  // CHECK: :[[@LINE-1]]:5: warning: memory owned by 'p' leaks if 'realloc' fails: 'p' is overwritten by its null result [ownership-leak]
  // CHECK: :[[@LINE-6]]:21: note: allocated here by 'calloc'
  return p;
}

// A failed shrink keeps the larger block, which is still fine to return.
char *shrinkToFitChecked(size_t used) {
  char *p = (char *)calloc(1, 4096);
  if (!p)
    return nullptr;
  memset(p, 'x', used);
  if (char *q = (char *)realloc(p, used))
    p = q;
  return p;
}

// The same with a temporary.
bool pushByteChecked(char c) {
  Buffer b{(char *)malloc(8), 0, 8};
  if (!b.data)
    return false;
  b.cap *= 2;
  char *grown = (char *)realloc(b.data, b.cap);
  if (!grown) {
    free(b.data);
    return false;
  }
  b.data = grown;
  b.data[b.len++] = c;
  free(b.data);
  return true;
}

// Abort on failure: the lost block does not matter to a process that ends.
char *growOrDie(char *p, size_t n) {
  char *q = (char *)realloc(p, n);
  if (!q)
    abort();
  return q;
}
