// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Linked lists: the classic use after free reads a node that was just
// freed.
#include <stdio.h>
#include <stdlib.h>

struct Node {
  int value;
  Node *next;
};

// The sum reads the node after it was deleted.
int sumAndFree(int n) {
  Node *head = nullptr;
  for (int i = 0; i < n; ++i)
    head = new Node{i, head};
  int sum = 0;
  while (head) {
    Node *next = head->next;
    delete head;
    sum += head->value;
    // CHECK: :[[@LINE-1]]:12: warning: 'head' is dereferenced after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE-7]]:12: note: allocated here by 'new'{{$}}
    // CHECK: :[[@LINE-4]]:5: note: freed here{{$}}
    head = next;
  }
  return sum;
}

// Look-alike: the value is added before the delete.
int sumAndFreeFixed(int n) {
  Node *head = nullptr;
  for (int i = 0; i < n; ++i)
    head = new Node{i, head};
  int sum = 0;
  while (head) {
    Node *next = head->next;
    sum += head->value;
    delete head;
    head = next;
  }
  return sum;
}

// The popped node's value is read after it was freed.
int popFront(Node *head, Node **rest) {
  Node *first = head;
  *rest = first->next;
  free(first);
  return first->value;
  // CHECK: :[[@LINE-1]]:10: warning: 'first' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here{{$}}
}

// Look-alike: the value is read first.
int popFrontFixed(Node *head, Node **rest) {
  Node *first = head;
  *rest = first->next;
  int v = first->value;
  free(first);
  return v;
}

// Pushing onto a freed head: the new node links to freed memory, and the
// old head's value is printed.
Node *pushAfterClear(Node *head, int v) {
  int last = head->value;
  delete head;
  Node *node = new Node{v, nullptr};
  printf("replacing %d with %d\n", head->value, last);
  // CHECK: :[[@LINE-1]]:36: warning: 'head' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
  return node;
}

// Look-alike: the old head is read before it is deleted.
Node *pushAfterClearFixed(Node *head, int v) {
  printf("replacing %d with %d\n", head->value, v);
  delete head;
  return new Node{v, nullptr};
}
