// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A local struct initialised with braces owns the pointers in its
// initialiser exactly as if they had been assigned field by field.
#include <stdlib.h>
#include <string.h>

struct Buffer {
  char *data;
  size_t len, cap;
};

// Reallocating a field of a local struct through the same field.
bool pushByte(char c) {
  Buffer b{(char *)malloc(8), 0, 8};
  if (!b.data)
    return false;
  b.cap *= 2;
  b.data = (char *)realloc(b.data, b.cap);
  // CHECK: :[[@LINE-1]]:10: warning: memory owned by 'b.data' leaks if 'realloc' fails: 'b.data' is overwritten by its null result [ownership-leak]
  // CHECK: :[[@LINE-6]]:20: note: allocated here by 'malloc'
  if (!b.data)
    return false;
  b.data[b.len++] = c;
  free(b.data);
  return true;
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

// Copy-list-initialised; the "empty" path forgets the buffer.
size_t copyLine(const char *s) {
  Buffer b = {strdup(s), 0, 0};
  if (!b.data)
    return 0;
  b.len = strlen(b.data);
  if (b.len == 0)
    return 0;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'strdup' leaks when 'b.data' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-7]]:15: note: allocated here by 'strdup'
  size_t n = b.len;
  free(b.data);
  return n;
}

// Every path frees the copy.
size_t copyLineFreed(const char *s) {
  Buffer b = {strdup(s), 0, 0};
  if (!b.data)
    return 0;
  b.len = strlen(b.data);
  size_t n = b.len;
  free(b.data);
  return n;
}

// A named pointer placed into the struct by its initialiser.
void wrapScratch(size_t n) {
  char *p = (char *)malloc(n);
  Buffer b{p, 0, n};
  if (b.data)
    memset(b.data, 0, n);
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'malloc' leaks when 'p' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-6]]:21: note: allocated here by 'malloc'
