// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Copying a C struct copies its pointers: a shallow copy shares the buffer
// with the original. PENDING, two mistakes:
// - a struct copy (`Buffer t = s;`, `t = s;`) does not alias t's pointer
//   fields to s's, so the double free through the copy is missed;
// - taking the address of a local struct once (`init(&b)`) makes it
//   "exposed" for the whole function, so even a plain double free of b.data
//   after the call is missed. After the call the fields are unknown, but a
//   free followed by a second free of the same field, with nothing in
//   between, is still a double free.
#include <stdlib.h>
#include <string.h>

struct Buffer {
  char *data;
  size_t len;
};

void initBuffer(Buffer *b, size_t n);

// The shallow copy frees the shared data a second time.
void duplicate(size_t n) {
  Buffer s;
  s.data = (char *)malloc(n);
  s.len = n;
  Buffer t = s;
  free(s.data);
  free(t.data);
  // CHECK: :[[@LINE-1]]:3: warning: 't.data' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-6]]:20: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 's.data'{{$}}
}

// Look-alike: a deep copy.
void duplicateDeep(size_t n) {
  Buffer s;
  s.data = (char *)malloc(n);
  s.len = n;
  Buffer t = s;
  t.data = (char *)malloc(n);
  free(s.data);
  free(t.data);
}

// Assignment of the whole struct shares the pointer too.
void assignCopy(size_t n) {
  Buffer s, t;
  s.data = (char *)malloc(n);
  s.len = n;
  t = s;
  free(t.data);
  free(s.data);
  // CHECK: :[[@LINE-1]]:3: warning: 's.data' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-6]]:20: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 't.data'{{$}}
}

// Initialised through its address, then freed twice.
void initAndFree(size_t n) {
  Buffer b;
  initBuffer(&b, n);
  free(b.data);
  free(b.data);
  // CHECK: :[[@LINE-1]]:3: warning: 'b.data' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here{{$}}
}

// Look-alike: initialised through its address, freed once.
void initAndFreeOnce(size_t n) {
  Buffer b;
  initBuffer(&b, n);
  free(b.data);
  b.data = NULL;
}
