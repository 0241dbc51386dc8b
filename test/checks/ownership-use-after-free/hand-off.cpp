// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A pointer handed to a function ownck cannot see may have been counted,
// kept or freed there; only the frees ownck sees make later uses wrong.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Device {
  int refs;
  int id;
};

void put(Device *d);
void get(Device *d);
void attach(Device *d);

// Look-alike: intrusive reference count; the count started at 2, so the
// device is still alive between the two put() calls.
int dropTwo(Device *d) {
  put(d);
  int id = d->id;
  put(d);
  return id;
}

// A real use after free beside it: the memory is freed directly, not put.
int dropAndFree(Device *d) {
  put(d);
  free(d);
  return d->id;
  // CHECK: :[[@LINE-1]]:10: warning: 'd' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here{{$}}
}

// Look-alike: attached to something that owns it now; reading it is fine.
int attachNew(int id) {
  Device *d = (Device *)calloc(1, sizeof(Device));
  if (!d)
    return -1;
  d->id = id;
  attach(d);
  return d->id;
}

// Look-alike: only the private copy is freed; the shared device, pinned by
// get(), is still read.
int snapshot(Device *d) {
  Device *copy = (Device *)malloc(sizeof(Device));
  if (!copy)
    return -1;
  get(d);
  memcpy(copy, d, sizeof(Device));
  free(copy);
  int id = d->id;
  put(d);
  return id;
}

// The private copy is read after it was freed.
int snapshotLate(Device *d) {
  Device *copy = (Device *)malloc(sizeof(Device));
  if (!copy)
    return -1;
  memcpy(copy, d, sizeof(Device));
  free(copy);
  return copy->id;
  // CHECK: :[[@LINE-1]]:10: warning: 'copy' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-7]]:28: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}
