// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Every deallocator counts: free, std::free, delete, delete[], and the
// operator delete functions called directly.
#include <cstdlib>
#include <cstring>
#include <new>

struct Frame {
  int pts;
};

// std::free is free.
void stdFreeTwice(std::size_t n) {
  char *p = static_cast<char *>(std::malloc(n));
  std::free(p);
  ::free(p);
  // CHECK: :[[@LINE-1]]:3: warning: 'p' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-4]]:33: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: std::free once, then the pointer reused for new memory.
void stdFreeOnce(std::size_t n) {
  char *p = static_cast<char *>(std::calloc(n, 1));
  std::free(p);
  p = static_cast<char *>(std::malloc(n));
  std::free(p);
}

// Raw storage from operator new, released twice.
void rawStorage() {
  void *mem = ::operator new(sizeof(Frame));
  ::operator delete(mem);
  ::operator delete(mem);
  // CHECK: :[[@LINE-1]]:3: warning: 'mem' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-4]]:15: note: allocated here by 'operator new'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: placement new builds a frame in the raw storage; only the
// storage is released.
void placedFrame() {
  void *mem = ::operator new(sizeof(Frame));
  Frame *f = ::new (mem) Frame{42};
  f->pts = 0;
  ::operator delete(mem);
}

// Arrays from new[] deleted twice.
void frames(int n) {
  Frame *all = new Frame[n];
  delete[] all;
  delete[] all;
  // CHECK: :[[@LINE-1]]:3: warning: 'all' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-4]]:16: note: allocated here by 'new[]'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: nothrow new may return null; the null test covers the delete.
void framesNothrow(int n) {
  Frame *all = new (std::nothrow) Frame[n];
  if (!all)
    return;
  delete[] all;
}

// aligned_alloc memory is freed with free, once.
void alignedTwice() {
  void *page = aligned_alloc(4096, 4096);
  free(page);
  free(page);
  // CHECK: :[[@LINE-1]]:3: warning: 'page' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-4]]:16: note: allocated here by 'aligned_alloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: strndup and strdup results are separate allocations.
void twoDuplicates(const char *s) {
  char *head = strndup(s, 4);
  char *all = strdup(s);
  free(head);
  free(all);
}
