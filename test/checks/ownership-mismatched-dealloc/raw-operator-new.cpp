// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Memory from the raw allocation functions `::operator new(n)` and
// `::operator new[](n)` is released by `::operator delete` and
// `::operator delete[]`; the advice names those, because a delete-expression
// on the `void *` they return is not valid.
#include <stdlib.h>

// The raw allocation function pairs with the raw deallocation function.
void rawStorage(size_t n) {
  void *p = ::operator new(n);
  ::operator delete(p);
}

// ...and not with free.
void rawStorageFreed(size_t n) {
  void *p = ::operator new(n);
  free(p);
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'operator new' is released with 'free'; use 'operator delete' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-3]]:13: note: allocated here by 'operator new'
}

// The array form pairs with its own deallocation function.
void rawArrayStorage(size_t n) {
  void *p = ::operator new[](n);
  ::operator delete[](p);
}

// ...and not with the scalar one.
void rawArrayStorageScalar(size_t n) {
  void *p = ::operator new[](n);
  ::operator delete(p);
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'operator new[]' is released with 'operator delete'; use 'operator delete[]' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-3]]:13: note: allocated here by 'operator new[]'
}

// The scalar form released by the array function.
void rawStorageArrayDelete(size_t n) {
  void *p = ::operator new(n);
  ::operator delete[](p);
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'operator new' is released with 'operator delete[]'; use 'operator delete' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-3]]:13: note: allocated here by 'operator new'
}

// malloc memory given to the raw deallocation function: free is right.
void mallocRawDelete(size_t n) {
  void *p = malloc(n);
  ::operator delete(p);
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'malloc' is released with 'operator delete'; use 'free' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-3]]:13: note: allocated here by 'malloc'
}

// malloc memory freed.
void mallocFreed(size_t n) {
  void *p = malloc(n);
  free(p);
}
