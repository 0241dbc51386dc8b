// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Passing a freed pointer to any function is a use: the library borrowers
// (printf, memcpy, strlen, ...), unknown functions, and constructors.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <string>

void consume(const char *s);
void logPointer(void *p);

// The error message is printed after it was freed.
void reportError(const char *what) {
  char *msg = strdup(what);
  if (!msg)
    return;
  free(msg);
  fprintf(stderr, "error: %s\n", msg);
  // CHECK: :[[@LINE-1]]:34: warning: 'msg' is passed to 'fprintf' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-6]]:15: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: printed first, freed last.
void reportErrorFixed(const char *what) {
  char *msg = strdup(what);
  if (!msg)
    return;
  fprintf(stderr, "error: %s\n", msg);
  free(msg);
}

// memcpy from freed memory.
void copyOut(char *dst, size_t n) {
  char *src = (char *)malloc(n);
  if (!src)
    return;
  memset(src, 'a', n);
  free(src);
  memcpy(dst, src, n);
  // CHECK: :[[@LINE-1]]:15: warning: 'src' is passed to 'memcpy' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-7]]:23: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: the copy happens before the free.
void copyOutFixed(char *dst, size_t n) {
  char *src = (char *)malloc(n);
  if (!src)
    return;
  memset(src, 'a', n);
  memcpy(dst, src, n);
  free(src);
}

// strlen of the freed copy.
size_t measure(const char *s) {
  char *copy = strdup(s);
  free(copy);
  return strlen(copy);
  // CHECK: :[[@LINE-1]]:17: warning: 'copy' is passed to 'strlen' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-4]]:16: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: the length is taken before the free.
size_t measureFixed(const char *s) {
  char *copy = strdup(s);
  size_t n = strlen(copy);
  free(copy);
  return n;
}

// An unknown function receives the freed pointer.
void handle(const char *s) {
  char *copy = strdup(s);
  free(copy);
  consume(copy);
  // CHECK: :[[@LINE-1]]:11: warning: 'copy' is passed to 'consume' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-4]]:16: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: an unknown function receives a new copy.
void handleFresh(const char *s) {
  char *copy = strdup(s);
  free(copy);
  copy = strdup(s);
  consume(copy);
  free(copy);
}

// Constructing a std::string from freed memory reads it.
std::string toString(const char *s) {
  char *tmp = strdup(s);
  free(tmp);
  return std::string(tmp);
  // CHECK: :[[@LINE-1]]:22: warning: 'tmp' is passed to 'string' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-4]]:15: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: the string is built first.
std::string toStringFixed(const char *s) {
  char *tmp = strdup(s);
  std::string out(tmp);
  free(tmp);
  return out;
}

// Through an alias of the freed pointer.
void logBoth(size_t n) {
  void *block = malloc(n);
  char *bytes = (char *)block;
  free(block);
  puts(bytes);
  // CHECK: :[[@LINE-1]]:8: warning: 'bytes' is passed to 'puts' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-5]]:17: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'block'{{$}}
}

// Look-alike: the alias is a separate allocation.
void logBothFixed(size_t n) {
  void *block = malloc(n);
  char *bytes = (char *)calloc(n, 1);
  free(block);
  if (bytes)
    puts(bytes);
  free(bytes);
}

// The freed pointer as the destination of a copy.
void fillGreeting() {
  char *t = (char *)malloc(16);
  free(t);
  strcpy(t, "hello");
  // CHECK: :[[@LINE-1]]:10: warning: 't' is passed to 'strcpy' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-4]]:21: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: the freed pointer's old value is only compared and then
// replaced before the copy.
void fillMessageFixed() {
  char *t = (char *)malloc(16);
  char *old = t;
  free(t);
  t = (char *)malloc(16);
  if (t != old && t)
    strcpy(t, "hello");
  free(t);
}

// A member function of a library class receives the freed pointer.
void appendName(std::string &out, const char *name) {
  char *upper = strdup(name);
  free(upper);
  out.append(upper);
  // CHECK: :[[@LINE-1]]:14: warning: 'upper' is passed to 'append' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-4]]:17: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: appended, then freed.
void appendNameFixed(std::string &out, const char *name) {
  char *upper = strdup(name);
  if (!upper)
    return;
  out.append(upper);
  free(upper);
}
