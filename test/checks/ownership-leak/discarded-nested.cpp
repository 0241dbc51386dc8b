// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A discarded allocation nested in a larger expression is reported at the
// allocation itself, not at the start of the statement around it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The length of a copy is measured, the copy itself forgotten.
size_t copiedLength(const char *s) {
  return strlen(strdup(s));
  // CHECK: :[[@LINE-1]]:17: warning: memory allocated by 'strdup' leaks: the pointer to it is never stored [ownership-leak]
  // CHECK: :[[@LINE-2]]:17: note: allocated here by 'strdup'
}

// Printing a formatted copy: printf borrows its arguments.
void printCopy(const char *s) {
  printf("%s\n", strndup(s, 8));
  // CHECK: :[[@LINE-1]]:18: warning: memory allocated by 'strndup' leaks: the pointer to it is never stored [ownership-leak]
  // CHECK: :[[@LINE-2]]:18: note: allocated here by 'strndup'
}

// Casting the result to void does not free it.
void reserveArray() {
  (void)new int[16];
  // CHECK: :[[@LINE-1]]:9: warning: memory allocated by 'new[]' leaks: the pointer to it is never stored [ownership-leak]
  // CHECK: :[[@LINE-2]]:9: note: allocated here by 'new[]'
}

// The copy is measured through a name and freed.
size_t copiedLengthFreed(const char *s) {
  char *c = strdup(s);
  if (!c)
    return 0;
  size_t n = strlen(c);
  free(c);
  return n;
}

// The prefix is printed through a name and freed.
void printCopyFreed(const char *s) {
  char *c = strndup(s, 8);
  printf("%s\n", c);
  free(c);
}

// A direct statement: the statement and the allocation start together.
void reserveArrayDirect() {
  int *a = new int[16];
  delete[] a;
}
