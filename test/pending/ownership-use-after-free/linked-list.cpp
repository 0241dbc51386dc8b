// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Linked lists destroyed with a cursor. PENDING, two mistakes:
// - the value loaded from cur->next lowers to "points to nothing" (an empty
//   points-to row); at the loop head it joins with the first iteration's
//   value, so the cursor seems to point to the head node again, which is
//   released (and, for a separate cursor, still held by 'head'; for the
//   parameter used as the cursor, left in the state with no place on it):
//   the canonical, correct destroy loop gets a use after free at
//   cur->next and a double free at the delete;
// - in `for (...; n = n->next) free(n);` the free in the body comes before
//   the step of the same iteration, but the note says "freed here, in a
//   previous iteration of the loop" (FindingBuilder decides by source order
//   alone), and the loop also gets the false double free above.
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
