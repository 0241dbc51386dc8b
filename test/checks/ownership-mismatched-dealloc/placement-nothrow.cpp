// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Placement new returns its argument and allocates nothing: the storage is
// released by whatever made it. nothrow new allocates like new and pairs
// with the same delete.
#include <stdlib.h>
#include <new>

struct Conn {
  explicit Conn(int fd) : fd(fd) {}
  ~Conn() {}
  int fd;
};

// A nothrow array deleted with the scalar form.
int openAll(int n) {
  int *fds = new (std::nothrow) int[n];
  if (!fds)
    return -1;
  for (int i = 0; i < n; ++i)
    fds[i] = i + 3;
  int last = fds[n - 1];
  delete fds;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-8]]:14: note: allocated here by 'new[]'
  return last;
}

// The nothrow array deleted with delete[].
int openAllMatched(int n) {
  int *fds = new (std::nothrow) int[n];
  if (!fds)
    return -1;
  for (int i = 0; i < n; ++i)
    fds[i] = i + 3;
  int last = fds[n - 1];
  delete[] fds;
  return last;
}

// A nothrow object passed to free.
int connFd(int fd) {
  Conn *c = new (std::nothrow) Conn(fd);
  if (!c)
    return -1;
  int r = c->fd;
  free(c);
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new' is released with 'free'; use 'delete' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-6]]:13: note: allocated here by 'new'
  return r;
}

// The nothrow object deleted.
int connFdMatched(int fd) {
  Conn *c = new (std::nothrow) Conn(fd);
  if (!c)
    return -1;
  int r = c->fd;
  delete c;
  return r;
}

// An object constructed in malloc'ed storage, then deleted as if new'ed.
int pooledConn(int fd) {
  void *mem = malloc(sizeof(Conn));
  if (!mem)
    return -1;
  Conn *c = new (mem) Conn(fd);
  int r = c->fd;
  delete c;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'malloc' is released with 'delete'; use 'free' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-7]]:15: note: allocated here by 'malloc'
  return r;
}

// Destroyed explicitly, then its storage freed.
int pooledConnMatched(int fd) {
  void *mem = malloc(sizeof(Conn));
  if (!mem)
    return -1;
  Conn *c = new (mem) Conn(fd);
  int r = c->fd;
  c->~Conn();
  free(mem);
  return r;
}

// Freeing through the object pointer is freeing the same block.
int pooledConnFreedThroughObject(int fd) {
  void *mem = malloc(sizeof(Conn));
  if (!mem)
    return -1;
  Conn *c = new (mem) Conn(fd);
  int r = c->fd;
  c->~Conn();
  free(c);
  return r;
}

// An object constructed in a stack buffer, then deleted.
int stackConn(int fd) {
  alignas(Conn) unsigned char storage[sizeof(Conn)];
  Conn *c = ::new (storage) Conn(fd);
  int r = c->fd;
  delete c;
  // CHECK: :[[@LINE-1]]:3: warning: 'delete' is called on the address of local 'storage', which is not heap memory [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-5]]:31: note: 'storage' is declared here
  return r;
}

// Only destroyed: the stack buffer needs no release.
int stackConnMatched(int fd) {
  alignas(Conn) unsigned char storage[sizeof(Conn)];
  Conn *c = ::new (storage) Conn(fd);
  int r = c->fd;
  c->~Conn();
  return r;
}

// An array of objects constructed in a new[]'ed byte buffer and the
// buffer released as bytes.
void pool(int n) {
  unsigned char *raw = new unsigned char[n * sizeof(Conn)];
  for (int i = 0; i < n; ++i)
    ::new (raw + i * sizeof(Conn)) Conn(i);
  for (int i = 0; i < n; ++i)
    reinterpret_cast<Conn *>(raw + i * sizeof(Conn))->~Conn();
  delete[] raw;
}

// The nothrow allocation function with its own deallocation function.
void rawNothrow(size_t n) {
  void *p = ::operator new(n, std::nothrow);
  if (!p)
    return;
  ::operator delete(p);
}

// nothrow new[] result passed to free.
void nothrowBytes(size_t n) {
  char *b = new (std::nothrow) char[n];
  if (!b)
    return;
  b[0] = 0;
  free(b);
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'free'; use 'delete[]' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-6]]:13: note: allocated here by 'new[]'
}
