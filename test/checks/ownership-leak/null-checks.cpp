// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Null checks: on the path where an allocation is known to be null there
// is nothing to free; on the other path there is.
#include <stdlib.h>
#include <string.h>
#include <new>

struct Node {
  int key;
  Node *next;
};

// `if (!p) return` first: nothing is owned on the early return.
char *duplicate(const char *s) {
  size_t n = strlen(s);
  char *p = (char *)malloc(n + 1);
  if (!p)
    return nullptr;
  memcpy(p, s, n + 1);
  return p;
}

// The null test is inverted: the early return happens when p is valid.
int checksumCopy(const unsigned char *s, size_t n) {
  unsigned char *p = (unsigned char *)malloc(n);
  if (p != NULL)
    return -1;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'malloc' leaks when 'p' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-4]]:39: note: allocated here by 'malloc'
  memcpy(p, s, n);
  int sum = 0;
  for (size_t i = 0; i < n; ++i)
    sum += p[i];
  free(p);
  return sum;
}

// Allocation inside the condition, compared with NULL.
int withScratch(size_t n) {
  char *scratch;
  if ((scratch = (char *)malloc(n)) == NULL)
    return -1;
  memset(scratch, 0, n);
  free(scratch);
  return 0;
}

// The same shape, but the "cannot proceed" path forgets the scratch block.
int withScratchTooBig(size_t n, size_t limit) {
  char *scratch;
  if ((scratch = (char *)malloc(n)) == NULL)
    return -1;
  if (n > limit)
    return -2;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'malloc' leaks when 'scratch' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-5]]:26: note: allocated here by 'malloc'
  memset(scratch, 0, n);
  free(scratch);
  return 0;
}

// Conditional allocation with a ternary, released under the same test.
int optionalNode(bool want, int key) {
  Node *n = want ? new Node{key, nullptr} : nullptr;
  int k = n ? n->key : 0;
  if (n)
    delete n;
  return k;
}

// The ternary made a node, but the cleanup tests the wrong variable.
int optionalNodeWrongTest(bool want, bool verbose, int key) {
  Node *n = want ? new Node{key, nullptr} : nullptr;
  int k = n ? n->key : 0;
  if (verbose)
    delete n;
  return k;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new' leaks when 'n' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-6]]:20: note: allocated here by 'new'
}

// nothrow new may fail: the failure path owns nothing.
int *makeCounters(size_t n) {
  int *c = new (std::nothrow) int[n];
  if (c == nullptr)
    return nullptr;
  for (size_t i = 0; i < n; ++i)
    c[i] = 0;
  return c;
}

// Either both blocks exist or the function gives up, freeing what it had.
bool makePair(char **a, char **b, size_t n) {
  char *x = (char *)malloc(n);
  char *y = (char *)malloc(n);
  if (!x || !y) {
    free(x);
    free(y);
    return false;
  }
  *a = x;
  *b = y;
  return true;
}

// Only the first block is freed when the second allocation fails.
bool makePairLeaky(char **a, char **b, size_t n) {
  char *x = (char *)malloc(n);
  char *y = (char *)malloc(n);
  if (!x || !y) {
    free(x);
    return false;
    // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'malloc' leaks when 'y' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-5]]:21: note: allocated here by 'malloc'
  }
  *a = x;
  *b = y;
  return true;
}

// A null test with nullptr on the left and an else branch.
int lengthOfCopy(const char *s) {
  char *c = strdup(s);
  int n;
  if (nullptr == c) {
    n = -1;
  } else {
    n = (int)strlen(c);
    free(c);
  }
  return n;
}

// The else branch frees, but the then branch's "is empty" early exit does
// not.
int lengthOfCopyEmpty(const char *s) {
  char *c = strdup(s);
  if (c) {
    if (c[0] == '\0')
      return 0;
    // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'strdup' leaks when 'c' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-5]]:13: note: allocated here by 'strdup'
    int n = (int)strlen(c);
    free(c);
    return n;
  }
  return -1;
}

// A pointer tested implicitly in a while condition: a list search.
Node *findKey(Node *head, int key) {
  Node *n = head;
  while (n && n->key != key)
    n = n->next;
  return n;
}
