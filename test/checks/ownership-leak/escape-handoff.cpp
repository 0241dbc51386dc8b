// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Hand-offs: returning, storing in a global, a field of a non-local object,
// an out-parameter or a container, giving it to a smart pointer or to an
// unknown function through a non-const pointer all hand ownership on.
// Borrowers (const pointers, the C library's readers) do not.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <memory>
#include <utility>
#include <vector>

struct Header {
  size_t size;
  unsigned magic;
};

struct Config {
  char *path;
  int level;
};

char *g_lastError;
void logLine(const char *line);
void takeLine(char *line);
void releaseLater(void *p);

// The message is only borrowed by logLine, then dropped.
void reportError(const char *what) {
  char *line = (char *)malloc(128);
  if (!line)
    return;
  snprintf(line, 128, "error: %s", what);
  logLine(line);
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'malloc' leaks when 'line' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-7]]:24: note: allocated here by 'malloc'

// The message is kept in a global for later retrieval.
void rememberError(const char *what) {
  char *line = (char *)malloc(128);
  if (!line)
    return;
  snprintf(line, 128, "error: %s", what);
  free(g_lastError);
  g_lastError = line;
}

// An unknown function taking `char *` may keep it.
void forwardError(const char *what) {
  char *line = strdup(what);
  takeLine(line);
}

// Stored in the caller's config through a pointer: the caller owns it.
bool setPath(Config *cfg, const char *path) {
  char *copy = strdup(path);
  if (!copy)
    return false;
  cfg->path = copy;
  return true;
}

// Written through an out-parameter.
bool readName(char **out, const char *src) {
  char *name = strndup(src, 32);
  if (!name)
    return false;
  *out = name;
  return true;
}

// Handed to an RAII object that is returned.
std::unique_ptr<char[]> makeScratch(size_t n) {
  return std::unique_ptr<char[]>(new char[n]);
}

// A block with a hidden header: the caller gets a pointer past it.
void *allocWithHeader(size_t n) {
  char *p = (char *)malloc(sizeof(Header) + n);
  if (!p)
    return nullptr;
  ((Header *)p)->size = n;
  ((Header *)p)->magic = 0xC0FFEE;
  return p + sizeof(Header);
}

// The header is filled in but the block is never returned.
size_t headerSize(size_t n) {
  char *p = (char *)malloc(sizeof(Header) + n);
  if (!p)
    return 0;
  ((Header *)p)->size = n;
  return ((Header *)p)->size;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'malloc' leaks when 'p' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-6]]:21: note: allocated here by 'malloc'
}

// Copied with memcpy: the copy is a borrow, the source still ours.
void snapshot(char *dst, size_t n) {
  char *tmp = (char *)calloc(n, 1);
  if (!tmp)
    return;
  memcpy(dst, tmp, n);
  return;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'calloc' leaks when 'tmp' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-6]]:23: note: allocated here by 'calloc'
}

// A container of owned pointers whose owner frees them in its destructor.
class Bag {
public:
  ~Bag() {
    for (void *q : ptrs_)
      free(q);
  }
  void add(size_t n) {
    void *p = malloc(n);
    if (p)
      ptrs_.push_back(p);
  }

private:
  std::vector<void *> ptrs_;
};

// An RAII wrapper constructed from a malloc result and returned.
struct Scoped {
  explicit Scoped(void *p) : p(p) {}
  ~Scoped() { free(p); }
  void *p;
};
Scoped scopedBlock(size_t n) { return Scoped(malloc(n)); }

// Allocated by one helper and freed by another, both in this file.
void allocAll(int **slots, int n) {
  for (int i = 0; i < n; ++i)
    slots[i] = new int(i);
}
void freeAll(int **slots, int n) {
  for (int i = 0; i < n; ++i)
    delete slots[i];
}
int sumSlots(int n) {
  int **slots = new int *[n];
  allocAll(slots, n);
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += *slots[i];
  freeAll(slots, n);
  delete[] slots;
  return s;
}

// Library internals own what they were given.
void libraryOwned(size_t n) {
  std::vector<std::shared_ptr<int>> v;
  v.push_back(std::make_shared<int>(1));
  std::pair<std::unique_ptr<char[]>, int> d{std::unique_ptr<char[]>(new char[n]),
                                            int(n)};
  d.first[0] = 'x';
}

// Separate results of a factory, each adopted by its own smart pointer.
struct Foo {
  int v;
};
struct FooBox {
  Foo *get(int i);
};
int twoFoos(FooBox *b) {
  std::unique_ptr<Foo> x(b->get(0)), y(b->get(1));
  return x->v + y->v;
}

// The string is printed with puts, which only reads it.
void printUpper(const char *s) {
  char *u = strdup(s);
  if (!u)
    return;
  for (char *c = u; *c; ++c)
    if (*c >= 'a' && *c <= 'z')
      *c = *c - 'a' + 'A';
  puts(u);
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'strdup' leaks when 'u' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-9]]:13: note: allocated here by 'strdup'

// Given to a deferred-release queue that owns it from then on.
void printUpperDeferred(const char *s) {
  char *u = strdup(s);
  if (!u)
    return;
  puts(u);
  releaseLater(u);
}

// Moved into a smart pointer that lives in a container.
void adoptAll(std::vector<std::unique_ptr<Foo>> &out, int n) {
  for (int i = 0; i < n; ++i) {
    Foo *f = new Foo{i};
    out.push_back(std::unique_ptr<Foo>(f));
  }
}
