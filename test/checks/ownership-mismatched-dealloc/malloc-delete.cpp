// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// malloc-family memory must go back to free (C17 7.22.3.3), new memory to
// delete ([expr.delete]); crossing the two families is undefined.
#include <cstdlib>
#include <stdlib.h>
#include <string.h>
#include <memory>

struct Packet {
  unsigned len;
  unsigned char body[64];
};

struct FreeDeleter {
  void operator()(void *p) const { free(p); }
};

// A C-allocated packet deleted like a C++ object.
unsigned packetLen(const unsigned char *wire) {
  Packet *p = (Packet *)malloc(sizeof(Packet));
  if (!p)
    return 0;
  memcpy(p, wire, sizeof(Packet));
  unsigned n = p->len;
  delete p;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'malloc' is released with 'delete'; use 'free' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-7]]:25: note: allocated here by 'malloc'
  return n;
}

// The packet is freed with free.
unsigned packetLenMatched(const unsigned char *wire) {
  Packet *p = (Packet *)malloc(sizeof(Packet));
  if (!p)
    return 0;
  memcpy(p, wire, sizeof(Packet));
  unsigned n = p->len;
  free(p);
  return n;
}

// A C++ object passed to free.
unsigned packetLenNew(const unsigned char *wire) {
  Packet *p = new Packet;
  memcpy(p, wire, sizeof(Packet));
  unsigned n = p->len;
  free(p);
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new' is released with 'free'; use 'delete' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-5]]:15: note: allocated here by 'new'
  return n;
}

// The C++ object deleted.
unsigned packetLenNewMatched(const unsigned char *wire) {
  Packet *p = new Packet;
  memcpy(p, wire, sizeof(Packet));
  unsigned n = p->len;
  delete p;
  return n;
}

// strdup returns malloc memory, not new[] memory.
size_t upperLen(const char *s) {
  char *u = strdup(s);
  if (!u)
    return 0;
  size_t n = strlen(u);
  delete[] u;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'strdup' is released with 'delete[]'; use 'free' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-6]]:13: note: allocated here by 'strdup'
  return n;
}

// strdup memory freed.
size_t upperLenMatched(const char *s) {
  char *u = strdup(s);
  if (!u)
    return 0;
  size_t n = strlen(u);
  free(u);
  return n;
}

// A zeroed table from calloc deleted as an array.
int histogramMax(const unsigned char *data, size_t n) {
  int *h = (int *)calloc(256, sizeof(int));
  if (!h)
    return -1;
  for (size_t i = 0; i < n; ++i)
    ++h[data[i]];
  int m = 0;
  for (int i = 0; i < 256; ++i)
    if (h[i] > m)
      m = h[i];
  delete[] h;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'calloc' is released with 'delete[]'; use 'free' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-11]]:19: note: allocated here by 'calloc'
  return m;
}

// A value-initialised new[] table, deleted as an array.
int histogramMaxNew(const unsigned char *data, size_t n) {
  int *h = new int[256]();
  for (size_t i = 0; i < n; ++i)
    ++h[data[i]];
  int m = 0;
  for (int i = 0; i < 256; ++i)
    if (h[i] > m)
      m = h[i];
  delete[] h;
  return m;
}

// new[] memory grown with realloc is already wrong; here it is freed.
char *concat(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  char *r = new char[la + 1];
  memcpy(r, a, la + 1);
  char *tmp = (char *)malloc(la + lb + 1);
  if (!tmp) {
    delete[] r;
    return nullptr;
  }
  memcpy(tmp, r, la);
  memcpy(tmp + la, b, lb + 1);
  free(r);
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'free'; use 'delete[]' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-11]]:13: note: allocated here by 'new[]'
  return tmp;
}

// The same concatenation with matching releases.
char *concatMatched(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  char *r = new char[la + 1];
  memcpy(r, a, la + 1);
  char *tmp = (char *)malloc(la + lb + 1);
  if (!tmp) {
    delete[] r;
    return nullptr;
  }
  memcpy(tmp, r, la);
  memcpy(tmp + la, b, lb + 1);
  delete[] r;
  return tmp;
}

// The block returned by realloc is malloc memory too.
int growAndDelete(size_t n) {
  int *v = (int *)malloc(n * sizeof(int));
  if (!v)
    return -1;
  int *w = (int *)realloc(v, 2 * n * sizeof(int));
  if (!w) {
    free(v);
    return -1;
  }
  w[0] = 1;
  int r = w[0];
  delete[] w;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'realloc' is released with 'delete[]'; use 'free' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-9]]:19: note: allocated here by 'realloc'
  return r;
}

// The reallocated block freed.
int growAndFree(size_t n) {
  int *v = (int *)malloc(n * sizeof(int));
  if (!v)
    return -1;
  int *w = (int *)realloc(v, 2 * n * sizeof(int));
  if (!w) {
    free(v);
    return -1;
  }
  w[0] = 1;
  int r = w[0];
  free(w);
  return r;
}

// Aligned allocation released with delete.
void alignedScratch() {
  float *f = (float *)aligned_alloc(64, 64 * sizeof(float));
  if (!f)
    return;
  f[0] = 1.0f;
  delete f;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'aligned_alloc' is released with 'delete'; use 'free' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-6]]:23: note: allocated here by 'aligned_alloc'
}

// Aligned allocation released with free.
void alignedScratchMatched() {
  float *f = (float *)aligned_alloc(64, 64 * sizeof(float));
  if (!f)
    return;
  f[0] = 1.0f;
  free(f);
}

// A smart pointer with a free-calling deleter owns malloc memory.
size_t ownedCopy(const char *s) {
  std::unique_ptr<char, FreeDeleter> c(strdup(s));
  if (!c)
    return 0;
  return strlen(c.get());
}

// std::free is the same function.
void stdFree(size_t n) {
  void *p = std::malloc(n);
  std::free(p);
}

// The raw allocation function pairs with the raw deallocation function.
void rawStorage(size_t n) {
  void *p = ::operator new(n);
  ::operator delete(p);
}

// A strndup prefix deleted after a failed check.
int prefixIs(const char *s, const char *p) {
  char *pre = strndup(s, strlen(p));
  if (!pre)
    return -1;
  int eq = strcmp(pre, p) == 0;
  delete pre;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'strndup' is released with 'delete'; use 'free' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-6]]:15: note: allocated here by 'strndup'
  return eq;
}
