// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Destroying a linked list with a cursor: each node is freed once, and the
// head freed again after the loop is a double free.
#include <stdlib.h>

struct Node {
  int value;
  Node *next;
};

// Look-alike: the textbook destroy loop.
void destroyList(Node *head) {
  Node *cur = head;
  while (cur) {
    Node *next = cur->next;
    delete cur;
    cur = next;
  }
}

// Look-alike: the same with free() and a for loop.
void freeList(Node *head) {
  for (Node *cur = head, *next = nullptr; cur; cur = next) {
    next = cur->next;
    free(cur);
  }
}

// Look-alike: the parameter itself is the cursor.
void destroyListInPlace(Node *head) {
  while (head) {
    Node *next = head->next;
    delete head;
    head = next;
  }
}

// A real double free beside them: the first node is deleted by the loop
// and then again through 'head'.
void destroyListTwice(Node *head) {
  Node *cur = head;
  while (cur) {
    Node *next = cur->next;
    delete cur;
    cur = next;
  }
  delete head;
  // CHECK: :[[@LINE-1]]:3: warning: 'head' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-5]]:5: note: freed here through 'cur'{{$}}
}
