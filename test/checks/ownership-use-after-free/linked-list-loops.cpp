// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Linked lists destroyed with a cursor: reading the next link after the
// free is a use after free in the same iteration; the textbook loop that
// saves it first is correct.
#include <stdio.h>
#include <stdlib.h>

struct Node {
  int value;
  Node *next;
};

struct Queue {
  Node *head;
  Node *tail;
};

// Look-alike: the textbook destroy loop with a cursor.
void destroyList(Node *head) {
  Node *cur = head;
  while (cur) {
    Node *next = cur->next;
    delete cur;
    cur = next;
  }
}

// The step reads n->next after the body freed n; each node is freed once.
void freeAll(Node *list) {
  for (Node *n = list; n; n = n->next)
    // CHECK: :[[@LINE-1]]:31: warning: 'n' is dereferenced after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE+1]]:5: note: freed here{{$}}
    free(n);
}

// Look-alike: the parameter itself is the cursor.
void destroyListInPlace(Node *head) {
  while (head) {
    Node *next = head->next;
    delete head;
    head = next;
  }
}

// The loop step reads head->next after the body deleted head.
void destroyListInStep(Node *head) {
  for (; head; head = head->next)
    // CHECK: :[[@LINE-1]]:23: warning: 'head' is dereferenced after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE+1]]:5: note: freed here{{$}}
    delete head;
}

// Look-alike: draining a local queue, printing before each delete.
void drainQueue(Node *first) {
  Queue q;
  q.head = first;
  q.tail = nullptr;
  while (q.head) {
    Node *old = q.head;
    q.head = old->next;
    printf("%d\n", old->value);
    delete old;
  }
}

// The same queue, printed after each delete.
void drainQueueLate(Node *first) {
  Queue q;
  q.head = first;
  q.tail = nullptr;
  while (q.head) {
    Node *old = q.head;
    q.head = old->next;
    delete old;
    printf("%d\n", old->value);
    // CHECK: :[[@LINE-1]]:20: warning: 'old' is dereferenced after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE-3]]:5: note: freed here{{$}}
  }
}
