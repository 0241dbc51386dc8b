// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Fields of local structs are owners too: s.buf and any pointer copied from
// it name the same allocation.
#include <stdlib.h>
#include <string.h>

struct Buffer {
  char *data;
  size_t len;
};

struct Entry {
  char *key;
  char *value;
};

struct Record {
  Buffer header;
  Buffer body;
};

// The field is freed, then the local it was copied from.
void storeName(const char *src) {
  char *name = strdup(src);
  Entry e;
  e.key = name;
  e.value = NULL;
  free(e.key);
  free(name);
  // CHECK: :[[@LINE-1]]:3: warning: 'name' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-7]]:16: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'e.key'{{$}}
}

// Look-alike: the key and the value are separate copies.
void storeNameAndValue(const char *src) {
  Entry e;
  e.key = strdup(src);
  e.value = strdup(src);
  free(e.key);
  free(e.value);
}

// Look-alike: a write into one field does not free the other.
struct Mixed {
  char arr[8];
  char *ptr;
};
void fillMixed() {
  Mixed x;
  x.ptr = (char *)malloc(8);
  strcpy(x.arr, "hi");
  free(x.ptr);
}

// Both fields were pointed at the same buffer.
void shareBody(size_t n) {
  Buffer a, b;
  a.data = (char *)malloc(n);
  a.len = n;
  b.data = a.data;
  b.len = n;
  free(a.data);
  free(b.data);
  // CHECK: :[[@LINE-1]]:3: warning: 'b.data' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-7]]:20: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'a.data'{{$}}
}

// Look-alike: the second buffer is a real copy.
void copyBody(size_t n) {
  Buffer a, b;
  a.data = (char *)malloc(n);
  if (!a.data)
    return;
  a.len = n;
  b.data = (char *)malloc(n);
  if (b.data)
    memcpy(b.data, a.data, n);
  b.len = n;
  free(a.data);
  free(b.data);
}

// Nested fields: the body buffer is freed twice through its full name.
void dropRecord() {
  Record r;
  r.header.data = (char *)malloc(16);
  r.body.data = (char *)malloc(64);
  free(r.header.data);
  free(r.body.data);
  free(r.body.data);
  // CHECK: :[[@LINE-1]]:3: warning: 'r.body.data' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-5]]:25: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: each nested buffer is freed once.
void dropRecordFixed() {
  Record r;
  r.header.data = (char *)malloc(16);
  r.body.data = (char *)malloc(64);
  free(r.header.data);
  free(r.body.data);
}

// Look-alike: the field is nulled after the free, so the cleanup frees null.
int parseRecord(const char *text) {
  Record r;
  r.header.data = strdup(text);
  r.body.data = NULL;
  if (strlen(text) < 4) {
    free(r.header.data);
    r.header.data = NULL;
  }
  free(r.header.data);
  free(r.body.data);
  return 0;
}

// The field is freed in a branch and again by the common cleanup.
int parseRecordTwice(const char *text) {
  Record r;
  r.header.data = strdup(text);
  r.body.data = NULL;
  if (strlen(text) < 4)
    free(r.header.data);
  free(r.header.data);
  // CHECK: :[[@LINE-1]]:3: warning: 'r.header.data' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-6]]:19: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:5: note: freed here{{$}}
  free(r.body.data);
  return 0;
}
