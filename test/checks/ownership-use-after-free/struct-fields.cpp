// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Fields of local structs: a buffer freed through s.buf, or through any
// copy of it, may not be used through the field afterwards.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Buffer {
  char *data;
  size_t len;
};

struct Request {
  Buffer head;
  Buffer body;
  int id;
};

size_t sendAll(const char *p, size_t n);

// The body is sent after the cleanup freed it.
void sendRequest(const char *payload) {
  Request r;
  r.id = 1;
  r.body.data = strdup(payload);
  r.body.len = strlen(payload);
  free(r.body.data);
  sendAll(r.body.data, r.body.len);
  // CHECK: :[[@LINE-1]]:11: warning: 'r.body.data' is passed to 'sendAll' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-5]]:17: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: sent first, freed afterwards.
void sendRequestFixed(const char *payload) {
  Request r;
  r.id = 1;
  r.body.data = strdup(payload);
  if (!r.body.data)
    return;
  r.body.len = strlen(payload);
  sendAll(r.body.data, r.body.len);
  free(r.body.data);
}

// Freed through a local copy, read through the field.
char firstByte(size_t n) {
  Buffer b;
  b.data = (char *)calloc(n, 1);
  b.len = n;
  char *tmp = b.data;
  free(tmp);
  return b.data[0];
  // CHECK: :[[@LINE-1]]:10: warning: 'b.data' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-6]]:20: note: allocated here by 'calloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'tmp'{{$}}
}

// Look-alike: the field is re-pointed at a fresh block after the free.
char firstByteFixed(size_t n) {
  Buffer b;
  b.data = (char *)calloc(n, 1);
  char *tmp = b.data;
  free(tmp);
  b.data = (char *)calloc(n, 1);
  if (!b.data)
    return 0;
  char c = b.data[0];
  free(b.data);
  return c;
}

// Look-alike: the length field is read after the buffer is freed; the
// struct itself is still alive.
size_t releaseAndMeasure(const char *s) {
  Buffer b;
  b.data = strdup(s);
  b.len = strlen(s);
  free(b.data);
  return b.len;
}

// The head buffer is printed after it was freed, on the verbose path.
int parseHead(const char *text, bool verbose) {
  Request r;
  r.head.data = strdup(text);
  if (!r.head.data)
    return -1;
  int ok = r.head.data[0] == 'G';
  free(r.head.data);
  if (verbose)
    printf("head: %s\n", r.head.data);
    // CHECK: :[[@LINE-1]]:26: warning: 'r.head.data' is passed to 'printf' after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE-8]]:17: note: allocated here by 'strdup'{{$}}
    // CHECK: :[[@LINE-5]]:3: note: freed here{{$}}
  return ok;
}

// Look-alike: printed before the free.
int parseHeadFixed(const char *text, bool verbose) {
  Request r;
  r.head.data = strdup(text);
  if (!r.head.data)
    return -1;
  int ok = r.head.data[0] == 'G';
  if (verbose)
    printf("head: %s\n", r.head.data);
  free(r.head.data);
  return ok;
}
