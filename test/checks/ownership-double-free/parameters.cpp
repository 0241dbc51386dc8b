// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Parameters hold someone else's pointer: the function does not know where
// it came from, but freeing it twice is a double free all the same.
#include <stdio.h>
#include <stdlib.h>

struct Packet {
  int len;
  char *payload;
};

void sendRaw(const Packet *p);
void queue(Packet *p);

// The packet is deleted after sending and again on the success path.
int sendAndDrop(Packet *p) {
  int rc = p->len > 0 ? 0 : -1;
  sendRaw(p);
  delete p;
  if (rc != 0)
    return rc;
  delete p;
  // CHECK: :[[@LINE-1]]:3: warning: 'p' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-5]]:3: note: freed here{{$}}
  return 0;
}

// Look-alike: the packet is deleted once, and only its length is kept.
int sendAndDropFixed(Packet *p) {
  sendRaw(p);
  int len = p->len;
  delete p;
  return len;
}

// Freed in the error branch, then again unconditionally.
int consume(char *msg, int level) {
  if (level < 0) {
    fprintf(stderr, "bad level for %s\n", msg);
    free(msg);
  }
  free(msg);
  // CHECK: :[[@LINE-1]]:3: warning: 'msg' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-4]]:5: note: freed here{{$}}
  return level;
}

// Look-alike: freed on exactly one path each.
int consumeFixed(char *msg, int level) {
  if (level < 0) {
    fprintf(stderr, "bad level for %s\n", msg);
    free(msg);
    return -1;
  }
  free(msg);
  return level;
}

// Two parameters that the caller may pass as the same pointer are not known
// to alias: freeing each once is fine.
void freeBoth(char *a, char *b) {
  free(a);
  free(b);
}

// Freeing through a copy of the parameter, then through the parameter.
void destroyPacket(Packet *p) {
  Packet *victim = p;
  delete victim;
  delete p;
  // CHECK: :[[@LINE-1]]:3: warning: 'p' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here through 'victim'{{$}}
}

// Look-alike: the parameter is re-pointed at a new packet before the
// second delete.
void recyclePacket(Packet *p) {
  delete p;
  p = new Packet{0, nullptr};
  queue(p);
}

// Look-alike: handed to an unknown function, which may keep it: a later
// delete is not a double free the function can prove.
void handOff(Packet *p, bool keep) {
  queue(p);
  if (!keep)
    delete p;
}

// A null check does not make the second free harmless.
void releaseIfSet(char *name) {
  if (name)
    free(name);
  free(name);
  // CHECK: :[[@LINE-1]]:3: warning: 'name' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-3]]:5: note: freed here{{$}}
}

// Look-alike: the null check guards the only free.
void releaseIfSetOnce(char *name) {
  if (name)
    free(name);
}
