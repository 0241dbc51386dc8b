// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A pointer handed to a function ownck cannot see may have been kept,
// counted or freed there; only releases ownck sees count. These are the
// look-alikes other analyzers flag, each beside a real double free.
#include <stdlib.h>
#include <string.h>
#include <vector>

struct Device {
  int refs;
  int id;
};

// Intrusive reference count: the caller holds two references.
void put(Device *d);
Device *get(Device *d);

// Look-alike: each put() drops one reference; the count started at 2.
int releaseTwice(Device *d) {
  put(d);
  int id = d->id;
  put(d);
  return id;
}

// A real double free next to it: the last reference is dropped with put(),
// then the device is freed directly.
void releaseAndFree(Device *d) {
  put(d);
  free(d);
  free(d);
  // CHECK: :[[@LINE-1]]:3: warning: 'd' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here{{$}}
}

// Allocated in one helper, freed in another, then the array itself.
void allocAll(char **slots, int n);
void freeAll(char **slots, int n);

// Look-alike: freeAll frees the elements, not the array.
void cycle(int n) {
  char **slots = new char *[n];
  allocAll(slots, n);
  freeAll(slots, n);
  delete[] slots;
}

// The array itself deleted twice after the helpers ran.
void cycleTwice(int n) {
  char **slots = new char *[n];
  allocAll(slots, n);
  freeAll(slots, n);
  delete[] slots;
  delete[] slots;
  // CHECK: :[[@LINE-1]]:3: warning: 'slots' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-6]]:18: note: allocated here by 'new[]'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: a destroy function of a library takes the object; the local
// is not freed again.
struct Parser;
Parser *parserNew(const char *grammar);
void parserDestroy(Parser *p);
int parserRun(Parser *p, const char *input);

int parseOnce(const char *grammar, const char *input) {
  Parser *p = parserNew(grammar);
  if (!p)
    return -1;
  int rc = parserRun(p, input);
  parserDestroy(p);
  return rc;
}

// Look-alike: the pointer is stored in a table that owns it from then on.
char *table[16];
void remember(int slot, const char *text) {
  char *copy = strdup(text);
  table[slot] = copy;
}

// Look-alike: stored, then the table entry replaced and the old one freed.
void replaceEntry(int slot, const char *text) {
  char *old = table[slot];
  table[slot] = strdup(text);
  free(old);
}

// Look-alike: owned by a member container that the destructor frees; each
// element is freed once, through a fresh loop variable per iteration.
class Bag {
public:
  ~Bag() {
    for (auto q : ptrs_)
      free(q);
  }
  void add(size_t n) {
    char *p = (char *)malloc(n);
    ptrs_.push_back(p);
  }

private:
  std::vector<char *> ptrs_;
};
