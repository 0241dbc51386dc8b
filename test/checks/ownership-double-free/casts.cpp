// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Casts do not make a new allocation: a pointer converted to void*, to a
// base class or to another object type still names the same memory.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct Shape {
  virtual ~Shape() {}
  int kind;
};
struct Circle : Shape {
  double r;
};

struct Header {
  unsigned magic;
  unsigned size;
};

// Deleted through the base pointer, then through the derived one.
void dropCircle() {
  Circle *c = new Circle;
  Shape *s = c;
  delete s;
  delete c;
  // CHECK: :[[@LINE-1]]:3: warning: 'c' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-5]]:15: note: allocated here by 'new'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 's'{{$}}
}

// Look-alike: two circles, one deleted through a base pointer.
void dropCircles() {
  Circle *c = new Circle;
  Circle *d = new Circle;
  Shape *s = c;
  delete s;
  delete d;
}

// The generic handle is freed, then the typed view of it.
void releaseHeader(size_t n) {
  void *block = malloc(n);
  Header *h = (Header *)block;
  free(block);
  free(h);
  // CHECK: :[[@LINE-1]]:3: warning: 'h' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-5]]:17: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'block'{{$}}
}

// Look-alike: only the typed view is freed.
unsigned readHeader(size_t n) {
  void *block = calloc(1, n);
  if (!block)
    return 0;
  Header *h = static_cast<Header *>(block);
  unsigned magic = h->magic;
  free(h);
  return magic;
}

// reinterpret_cast to bytes, freed through both.
void scrub(Header *h) {
  unsigned char *bytes = reinterpret_cast<unsigned char *>(h);
  memset(bytes, 0, sizeof(Header));
  free(bytes);
  free(h);
  // CHECK: :[[@LINE-1]]:3: warning: 'h' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here through 'bytes'{{$}}
}

// Look-alike: the byte view is only used to clear the header.
void scrubOnce(Header *h) {
  unsigned char *bytes = reinterpret_cast<unsigned char *>(h);
  memset(bytes, 0, sizeof(Header));
  free(h);
}

// A const_cast strips const, not the identity.
void releaseConst(const char *name) {
  char *owned = const_cast<char *>(name);
  free(owned);
  free((void *)name);
  // CHECK: :[[@LINE-1]]:3: warning: '(void *)name' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here through 'owned'{{$}}
}

// Look-alike: a duplicate, freed through its own pointer.
void releaseCopy(const char *name) {
  char *owned = strdup(name);
  free(owned);
}

// Look-alike: the integer round-trip hands the pointer to code we cannot
// follow; no double free can be shown.
void viaInteger() {
  char *p = (char *)malloc(4);
  uintptr_t bits = (uintptr_t)p;
  free((void *)bits);
}
