// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Locals initialised from memory: c->buf, prev->next, items[i]. The local is
// an owner like any other; using it after freeing it is a use after free,
// whatever it pointed to.
#include <stdio.h>
#include <stdlib.h>

struct Conn {
  int fd;
  char *name;
};

struct Node {
  int value;
  Node *next;
};

// The connection's name is logged after the local copy freed it.
void closeConn(Conn *c) {
  char *name = c->name;
  free(name);
  printf("closed %s\n", name);
  // CHECK: :[[@LINE-1]]:25: warning: 'name' is passed to 'printf' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here{{$}}
}

// Look-alike: logged first.
void closeConnFixed(Conn *c) {
  char *name = c->name;
  printf("closed %s\n", name);
  c->name = nullptr;
  free(name);
}

// Unlinking after the free reads the freed node's link.
void removeAfter(Node *prev) {
  Node *victim = prev->next;
  free(victim);
  prev->next = victim->next;
  // CHECK: :[[@LINE-1]]:16: warning: 'victim' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here{{$}}
}

// Look-alike: unlinked first, then freed.
void removeAfterFixed(Node *prev) {
  Node *victim = prev->next;
  if (!victim)
    return;
  prev->next = victim->next;
  free(victim);
}

// An element of an array of connections, deleted and then returned.
Conn *takeFirst(Conn **all) {
  Conn *first = all[0];
  all[0] = nullptr;
  delete first;
  return first;
  // CHECK: :[[@LINE-1]]:10: warning: 'first' is returned after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here{{$}}
}

// Look-alike: handed to the caller without deleting it.
Conn *takeFirstFixed(Conn **all) {
  Conn *first = all[0];
  all[0] = nullptr;
  return first;
}
