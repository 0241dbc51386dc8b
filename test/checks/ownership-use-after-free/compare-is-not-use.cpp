// RUN: %ownck %s -- %cxxflags | count 0
// What is not a use of freed memory: testing the pointer, comparing it,
// overwriting it, or naming it in an unevaluated operand. None of these
// reads the memory it points to.
#include <assert.h>
#include <stdlib.h>
#include <string.h>

struct Item {
  int key;
  Item *next;
};

// Testing the freed pointer for null reads the pointer, not the memory.
int closeIfOpen(char *handle) {
  free(handle);
  if (handle)
    return 1;
  return 0;
}

// Comparing the freed pointer with another pointer.
bool wasCurrent(Item *victim, Item *current) {
  delete victim;
  return victim == current;
}

// An assert on the freed pointer's value.
void dropChecked(size_t n) {
  char *p = (char *)malloc(n);
  assert(p != NULL);
  free(p);
  assert(p != NULL);
}

// Assigning over the freed pointer, then using the new value.
int reuse(size_t n) {
  int *v = (int *)malloc(n * sizeof(int));
  free(v);
  v = (int *)calloc(n, sizeof(int));
  if (!v)
    return -1;
  int first = v[0];
  free(v);
  return first;
}

// sizeof(*p) is not evaluated: the classic reallocation idiom.
Item *renew(Item *old) {
  free(old);
  Item *fresh = (Item *)malloc(sizeof(*old));
  if (fresh)
    memset(fresh, 0, sizeof *old);
  return fresh;
}

// The old address is remembered to recognise it later, never read through.
Item *unlinkCached(Item *cache, Item *found) {
  Item *old = cache;
  delete cache;
  if (found == old)
    return nullptr;
  return found;
}

// A cursor freed in the loop body is overwritten before the next use.
void destroyChain(Item *first) {
  for (Item *it = first->next, *next; it; it = next) {
    next = it->next;
    delete it;
  }
}

// The freed pointer is nulled, then tested.
int closeAndReport(size_t n) {
  char *p = (char *)malloc(n);
  free(p);
  p = NULL;
  if (!p)
    return 0;
  return p[0];
}

// A freed pointer compared against the end of a range.
bool releaseFirst(char **begin, char **end) {
  char *first = *begin;
  free(first);
  return first != *end;
}

// Look-alike: a new object replaces the old in the same variable inside
// the branch that freed it.
int restart(bool again) {
  Item *it = new Item{1, nullptr};
  if (again) {
    delete it;
    it = new Item{2, nullptr};
  }
  int key = it->key;
  delete it;
  return key;
}
