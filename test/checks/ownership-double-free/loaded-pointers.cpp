// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Locals initialised from memory: c->buf, items[i], *slot. The local is an
// owner like any other; freeing it twice is a double free whatever it
// pointed to.
#include <stdlib.h>

struct Conn {
  int fd;
  char *buf;
};

void closeFd(int fd);

// The connection's buffer is freed through a local copy twice.
void closeConn(Conn *c) {
  char *buf = c->buf;
  closeFd(c->fd);
  free(buf);
  free(buf);
  // CHECK: :[[@LINE-1]]:3: warning: 'buf' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here{{$}}
}

// Look-alike: freed once and the struct forgets it.
void closeConnFixed(Conn *c) {
  char *buf = c->buf;
  c->buf = nullptr;
  closeFd(c->fd);
  free(buf);
}

// An element of an array of connections, deleted twice on the error path.
int dropFirst(Conn **all, int n) {
  Conn *first = all[0];
  if (n == 1) {
    delete first;
    all[0] = nullptr;
  }
  delete first;
  // CHECK: :[[@LINE-1]]:3: warning: 'first' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-5]]:5: note: freed here{{$}}
  return n - 1;
}

// Look-alike: the error path returns.
int dropFirstFixed(Conn **all, int n) {
  Conn *first = all[0];
  all[0] = nullptr;
  delete first;
  return n - 1;
}

// Through a pointer to the owner.
void clearSlot(char **slot) {
  char *old = *slot;
  free(old);
  *slot = nullptr;
  free(old);
  // CHECK: :[[@LINE-1]]:3: warning: 'old' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: the slot is cleared and the local freed once.
void clearSlotFixed(char **slot) {
  char *old = *slot;
  *slot = nullptr;
  free(old);
}
