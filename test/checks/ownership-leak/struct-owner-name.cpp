// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A leak of one field of a local struct names that field, not the struct's
// first pointer field.
#include <stdlib.h>
#include <string.h>

struct Buffer {
  char *data;
  size_t len;
};

struct Header {
  char *name;
  char *value;
};

struct Request {
  Buffer body;
  Header host;
};

// Nested struct: the host value is forgotten when the request is dropped.
int parseRequest(const char *host, size_t bodyLen) {
  Request r;
  r.body.data = (char *)malloc(bodyLen);
  r.host.value = strdup(host);
  if (!r.body.data || !r.host.value) {
    free(r.body.data);
    free(r.host.value);
    return -1;
  }
  free(r.body.data);
  return 0;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'strdup' leaks when 'r.host.value' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-9]]:18: note: allocated here by 'strdup'
}

// Both members of the nested struct are freed.
int parseRequestFreed(const char *host, size_t bodyLen) {
  Request r;
  r.body.data = (char *)malloc(bodyLen);
  r.host.value = strdup(host);
  if (!r.body.data || !r.host.value) {
    free(r.body.data);
    free(r.host.value);
    return -1;
  }
  free(r.host.value);
  free(r.body.data);
  return 0;
}

// The header's name is freed, its value forgotten.
void header(const char *n, const char *v) {
  Header h;
  h.name = strdup(n);
  h.value = strdup(v);
  free(h.name);
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'strdup' leaks when 'h.value' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-4]]:13: note: allocated here by 'strdup'

// Both are freed.
void headerFreed(const char *n, const char *v) {
  Header h;
  h.name = strdup(n);
  h.value = strdup(v);
  free(h.value);
  free(h.name);
}
