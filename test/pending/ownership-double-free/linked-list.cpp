// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Destroying a linked list with a cursor. PENDING: the value loaded from
// cur->next is lowered to "points to nothing" (an empty points-to row), so
// at the loop head it joins with the first iteration's value and the cursor
// seems to point to the head node again, which is released (still held by
// 'head' for a separate cursor; left in the state with no place on it when
// the parameter is the cursor). ownck reports a use after free at
// cur->next and a double free at the delete (", in a previous iteration of
// the loop") on the canonical, correct loop; and the real double free
// through 'head' after the loop is missed, because the null test that ends
// the loop refines the cursor, believed to be the head node, to null.
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
