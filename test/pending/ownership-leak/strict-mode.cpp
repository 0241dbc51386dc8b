// RUN: not %ownck --strict %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// --strict: an unknown function given a local struct by address borrows it,
// so the buffer the struct owns still leaks. PENDING: taking `&b` anywhere
// makes b's fields untracked on every path (the same gap as
// struct-address-taken.cpp, here in strict mode). The other strict-mode
// cases live in test/checks/ownership-leak/strict-mode.cpp.
#include <stdlib.h>

struct Buffer {
  char *data;
  size_t len;
};
void destroyBuffer(Buffer *b);

// A struct whose buffer an unknown function is given by address.
void destroyLocal(size_t n) {
  Buffer b;
  b.data = (char *)malloc(n);
  b.len = n;
  destroyBuffer(&b);
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'malloc' leaks when 'b.data' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-5]]:20: note: allocated here by 'malloc'
