// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Fields of local structs own what is stored in them, exactly like local
// pointers: they leak when the struct goes out of scope or the field is
// overwritten, and writing one field leaves the others alone.
#include <stdlib.h>
#include <string.h>

struct Buffer {
  char *data;
  size_t len;
  size_t cap;
};

struct Header {
  char name[16];
  char *value;
};

struct Request {
  Buffer body;
  Header host;
};

void destroyBuffer(Buffer *b);
void sendBuffer(const Buffer *b);

// Every path frees the body.
int loadBodyFreed(const char *src, size_t n) {
  Buffer b;
  b.data = (char *)malloc(n + 1);
  b.len = n;
  b.cap = n + 1;
  if (!b.data)
    return -1;
  if (n > 4096) {
    free(b.data);
    return -2;
  }
  memcpy(b.data, src, n);
  b.data[n] = '\0';
  sendBuffer(&b);
  free(b.data);
  return 0;
}

// Writing the name array after the value does not wipe the value.
void setHostOnce(const char *primary) {
  Header h;
  h.value = strdup(primary);
  strcpy(h.name, "Host");
  free(h.value);
}

// A pointer to the struct given to an unknown function: it may clean up.
void loadAndDestroy(size_t n) {
  Buffer b;
  b.data = (char *)malloc(n);
  b.len = 0;
  b.cap = n;
  destroyBuffer(&b);
}

// The struct returned by value carries its buffer to the caller.
Buffer makeBuffer(size_t n) {
  Buffer b;
  b.data = (char *)malloc(n);
  b.len = 0;
  b.cap = b.data ? n : 0;
  return b;
}

// The buffer is moved into the caller's struct through an out-parameter.
bool initBuffer(Buffer *out, size_t n) {
  Buffer b;
  b.data = (char *)calloc(n, 1);
  if (!b.data)
    return false;
  b.len = 0;
  b.cap = n;
  *out = b;
  return true;
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

// A field set to null on a "reset" without freeing what it held.
void resetBuffer(size_t n) {
  Buffer b;
  b.data = (char *)malloc(n);
  b.len = b.cap = 0;
  b.data = nullptr;
  // CHECK: :[[@LINE-1]]:10: warning: memory allocated by 'malloc' leaks when 'b.data' is overwritten [ownership-leak]
  // CHECK: :[[@LINE-4]]:20: note: allocated here by 'malloc'
}

// Copying the struct copies the pointer: the copy frees it.
void copyThenFree(size_t n) {
  Buffer a;
  a.data = (char *)malloc(n);
  Buffer b = a;
  free(b.data);
}

// The decoded text is dropped when it turns out to be empty.
size_t decodeText(const char *src, size_t n) {
  Buffer b;
  b.data = (char *)malloc(n + 1);
  if (!b.data)
    return 0;
  memcpy(b.data, src, n);
  b.data[n] = '\0';
  b.len = strlen(b.data);
  if (b.len == 0)
    return 0;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'malloc' leaks when 'b.data' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-9]]:20: note: allocated here by 'malloc'
  size_t len = b.len;
  free(b.data);
  return len;
}

// The empty case frees too.
size_t decodeTextFreed(const char *src, size_t n) {
  Buffer b;
  b.data = (char *)malloc(n + 1);
  if (!b.data)
    return 0;
  memcpy(b.data, src, n);
  b.data[n] = '\0';
  b.len = strlen(b.data);
  size_t len = b.len;
  free(b.data);
  return len;
}

// A fallback replaces the field's first copy.
void chooseBody(const char *primary, const char *fallback) {
  Buffer b;
  b.data = strdup(primary);
  if (!b.data || !*b.data)
    b.data = strdup(fallback);
  // CHECK: :[[@LINE-1]]:12: warning: memory allocated by 'strdup' leaks when 'b.data' is overwritten [ownership-leak]
  // CHECK: :[[@LINE-4]]:12: note: allocated here by 'strdup'
  b.len = b.data ? strlen(b.data) : 0;
  free(b.data);
}

// Each chunk is read into the field, which is reallocated per iteration.
size_t chunkTotal(const char *src, size_t n) {
  Buffer b;
  b.data = nullptr;
  size_t total = 0;
  for (size_t off = 0; off + 16 <= n; off += 16) {
    b.data = (char *)malloc(16);
    // CHECK: :[[@LINE-1]]:12: warning: memory allocated by 'malloc' in a previous iteration of the loop leaks when 'b.data' is overwritten [ownership-leak]
    // CHECK: :[[@LINE-2]]:22: note: allocated here by 'malloc', in a previous iteration of the loop
    if (!b.data)
      break;
    memcpy(b.data, src + off, 16);
    total += (unsigned char)b.data[0];
  }
  free(b.data);
  return total;
}

// The chunk is freed before the next one is read.
size_t chunkTotalFreed(const char *src, size_t n) {
  Buffer b;
  b.data = nullptr;
  size_t total = 0;
  for (size_t off = 0; off + 16 <= n; off += 16) {
    free(b.data);
    b.data = (char *)malloc(16);
    if (!b.data)
      break;
    memcpy(b.data, src + off, 16);
    total += (unsigned char)b.data[0];
  }
  free(b.data);
  return total;
}
