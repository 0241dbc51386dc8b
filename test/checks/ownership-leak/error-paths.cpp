// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Error paths through switch statements, condition variables and
// conditional expressions: every exit must release what is still owned.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum class Cmd { Get, Put, Delete, Unknown };

// The Delete case forgets the key copy.
int dispatch(Cmd c, const char *key) {
  char *k = strdup(key);
  if (!k)
    return -1;
  switch (c) {
  case Cmd::Get:
    puts(k);
    break;
  case Cmd::Put:
    printf("put %s\n", k);
    break;
  case Cmd::Delete:
    return 2;
    // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'strdup' leaks when 'k' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-13]]:13: note: allocated here by 'strdup'
  default:
    free(k);
    return -2;
  }
  free(k);
  return 0;
}

// Every case releases or reaches the common free.
int dispatchFreed(Cmd c, const char *key) {
  char *k = strdup(key);
  if (!k)
    return -1;
  switch (c) {
  case Cmd::Get:
    puts(k);
    break;
  case Cmd::Put:
    printf("put %s\n", k);
    break;
  case Cmd::Delete:
    free(k);
    return 2;
  default:
    free(k);
    return -2;
  }
  free(k);
  return 0;
}

// The copy lives in the if's condition variable; the early return inside
// the branch leaks it.
int firstWordLength(const char *s) {
  if (char *c = strdup(s)) {
    char *sp = strchr(c, ' ');
    if (!sp)
      return (int)strlen(c);
    // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'strdup' leaks when 'c' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-5]]:17: note: allocated here by 'strdup'
    int n = (int)(sp - c);
    free(c);
    return n;
  }
  return -1;
}

// The condition variable is freed on every path inside the branch.
int firstWordLengthFreed(const char *s) {
  if (char *c = strdup(s)) {
    char *sp = strchr(c, ' ');
    int n = sp ? (int)(sp - c) : (int)strlen(c);
    free(c);
    return n;
  }
  return -1;
}

// Either copy is made, then freed only under one of the two conditions.
void logChoice(bool primary, const char *a, const char *b) {
  char *msg = primary ? strdup(a) : strdup(b);
  puts(msg ? msg : "(null)");
  if (primary)
    free(msg);
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'strdup' leaks when 'msg' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-6]]:37: note: allocated here by 'strdup'

// Either copy is made and freed.
void logChoiceFreed(bool primary, const char *a, const char *b) {
  char *msg = primary ? strdup(a) : strdup(b);
  puts(msg ? msg : "(null)");
  free(msg);
}

// A status code built in a single-exit function with a result variable.
int validate(const char *input) {
  int rc = 0;
  char *work = strdup(input);
  if (!work) {
    rc = -1;
  } else {
    if (strlen(work) > 64)
      rc = -2;
    else if (strchr(work, '\n'))
      rc = -3;
    free(work);
  }
  return rc;
}

// Cases falling through share one release.
int classify(int code) {
  char *name = (char *)malloc(16);
  if (!name)
    return -1;
  int r;
  switch (code) {
  case 1:
  case 2:
    strcpy(name, "low");
    r = 0;
    break;
  case 3:
    strcpy(name, "high");
    [[fallthrough]];
  default:
    r = 1;
  }
  free(name);
  return r;
}
