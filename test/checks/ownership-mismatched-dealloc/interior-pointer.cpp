// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Releasing must be given the pointer the allocator returned: a pointer
// advanced into the block is not one ([c.malloc], [expr.delete]p2).
#include <stdlib.h>
#include <string.h>

struct Header {
  size_t size;
  unsigned magic;
};

// The cursor moves, the original pointer is freed.
size_t trimmedLengthChecked(const char *s) {
  char *copy = strdup(s);
  if (!copy)
    return 0;
  char *p = copy;
  while (*p == ' ')
    ++p;
  size_t n = strlen(p);
  free(copy);
  return n;
}

// The pointer past the header is freed instead of the block.
void *allocTagged(size_t n, bool keep) {
  char *block = (char *)malloc(sizeof(Header) + n);
  if (!block)
    return nullptr;
  ((Header *)block)->size = n;
  char *user = block + sizeof(Header);
  if (!keep) {
    free(user);
    // CHECK: :[[@LINE-1]]:5: warning: 'free' is called on a pointer into the middle of the memory allocated by 'malloc'; pass the pointer it returned [ownership-mismatched-dealloc]
    // CHECK: :[[@LINE-8]]:25: note: allocated here by 'malloc'
    return nullptr;
  }
  return user;
}

// The block itself is freed when it is not kept.
void *allocTaggedChecked(size_t n, bool keep) {
  char *block = (char *)malloc(sizeof(Header) + n);
  if (!block)
    return nullptr;
  ((Header *)block)->size = n;
  if (!keep) {
    free(block);
    return nullptr;
  }
  return block + sizeof(Header);
}

// A separate cursor is advanced; the array is deleted by its own name.
void fillSequenceChecked(int n) {
  int *seq = new int[n];
  int *out = seq;
  for (int i = 0; i < n; ++i)
    *out++ = i;
  delete[] seq;
}

// The address of the second element is not the start of the block.
void dropFirst(size_t n) {
  double *v = (double *)calloc(n, sizeof(double));
  if (!v)
    return;
  double *rest = &v[1];
  rest[0] = 1.0;
  free(rest);
  // CHECK: :[[@LINE-1]]:3: warning: 'free' is called on a pointer into the middle of the memory allocated by 'calloc'; pass the pointer it returned [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-7]]:25: note: allocated here by 'calloc'
}

// The address of the first element is the start of the block.
void dropFirstChecked(size_t n) {
  double *v = (double *)calloc(n, sizeof(double));
  if (!v)
    return;
  double *first = &v[0];
  first[1] = 1.0;
  free(first);
}

// An offset of zero leaves the pointer at the start.
void skipNothing(const char *s) {
  char *line = strdup(s);
  if (!line)
    return;
  char *p = line + 0;
  free(p);
}

// Moved forward and back again before the release.
void peekAhead(const char *s) {
  char *line = strdup(s);
  if (!line)
    return;
  char *p = line;
  ++p;
  --p;
  free(p);
}

// The user pointer from a tagged block is stepped back to the header
// before it is freed.
void freeTagged(void *user) {
  if (!user)
    return;
  free((char *)user - sizeof(Header));
}

// A direct `p + 1` in the call.
void dropHeaderByte(size_t n) {
  unsigned char *msg = (unsigned char *)malloc(n + 1);
  if (!msg)
    return;
  msg[0] = 0x7f;
  free(msg + 1);
  // CHECK: :[[@LINE-1]]:3: warning: 'free' is called on a pointer into the middle of the memory allocated by 'malloc'; pass the pointer it returned [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-6]]:41: note: allocated here by 'malloc'
}
