// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Reading or writing through a pointer after its memory was freed: *p,
// p->field, p[i] and calls of member functions through p.
#include <stdlib.h>
#include <string.h>

struct Account {
  int id;
  long balance;
  long total() const { return balance; }
};

void audit(int id);

// The id is read after the account is deleted.
int closeAccount(Account *a) {
  delete a;
  return a->id;
  // CHECK: :[[@LINE-1]]:10: warning: 'a' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here{{$}}
}

// Look-alike: the id is read first.
int closeAccountFixed(Account *a) {
  int id = a->id;
  delete a;
  return id;
}

// A write through the freed pointer.
void zeroAfterFree(size_t n) {
  int *counts = (int *)calloc(n, sizeof(int));
  if (!counts)
    return;
  free(counts);
  counts[0] = 0;
  // CHECK: :[[@LINE-1]]:3: warning: 'counts' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-6]]:24: note: allocated here by 'calloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: the write comes before the free.
void zeroBeforeFree(size_t n) {
  int *counts = (int *)calloc(n, sizeof(int));
  if (!counts)
    return;
  counts[0] = 0;
  free(counts);
}

// Unary * on the freed value.
int lastValue() {
  int *v = new int(42);
  delete v;
  return *v;
  // CHECK: :[[@LINE-1]]:10: warning: 'v' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-4]]:12: note: allocated here by 'new'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: the value is copied out before the delete.
int lastValueFixed() {
  int *v = new int(42);
  int copy = *v;
  delete v;
  return copy;
}

// A member function called through the deleted object.
long settle(int id) {
  Account *a = new Account{id, 100};
  audit(a->id);
  delete a;
  return a->total();
  // CHECK: :[[@LINE-1]]:10: warning: 'a' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-5]]:16: note: allocated here by 'new'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: the object is used, then deleted, then the pointer reset.
long settleFixed(int id) {
  Account *a = new Account{id, 100};
  long t = a->total();
  delete a;
  a = nullptr;
  return t;
}

// (*p).field is a dereference too.
void touch() {
  Account *a = new Account{1, 0};
  delete a;
  (*a).balance = 5;
  // CHECK: :[[@LINE-1]]:4: warning: 'a' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-4]]:16: note: allocated here by 'new'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: the pointer is re-pointed at a fresh object before the write.
void touchFresh() {
  Account *a = new Account{1, 0};
  delete a;
  a = new Account{2, 0};
  (*a).balance = 5;
  delete a;
}

// An element write after the row was freed on one path.
void fillOrDrop(char *row, bool drop) {
  if (drop)
    free(row);
  row[0] = 'x';
  // CHECK: :[[@LINE-1]]:3: warning: 'row' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-3]]:5: note: freed here{{$}}
}

// Look-alike: the write only happens on the path that kept the row.
void fillOrDropFixed(char *row, bool drop) {
  if (drop) {
    free(row);
    return;
  }
  row[0] = 'x';
}
