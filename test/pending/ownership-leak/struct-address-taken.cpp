// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Taking the address of a local (or decaying one of its array fields) at
// one point of a function does not stop the tracking of the owners it holds
// on the paths before that point, nor when the address is only borrowed.
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

void sendBuffer(const Buffer *b);
bool readLine(char **line, size_t *cap);

// The body buffer is lost on the "too large" error path.
int loadBody(const char *src, size_t n) {
  Buffer b;
  b.data = (char *)malloc(n + 1);
  b.len = n;
  b.cap = n + 1;
  if (!b.data)
    return -1;
  if (n > 4096)
    return -2;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'malloc' leaks when 'b.data' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-8]]:20: note: allocated here by 'malloc'
  memcpy(b.data, src, n);
  b.data[n] = '\0';
  sendBuffer(&b);
  free(b.data);
  return 0;
}

// A header value replaced while the old one is still owned.
void setHost(const char *primary, const char *alias) {
  Header h;
  strcpy(h.name, "Host");
  h.value = strdup(primary);
  if (alias)
    h.value = strdup(alias);
  // CHECK: :[[@LINE-1]]:13: warning: memory allocated by 'strdup' leaks when 'h.value' is overwritten [ownership-leak]
  // CHECK: :[[@LINE-4]]:13: note: allocated here by 'strdup'
  free(h.value);
}

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

// The value is freed before it is replaced.
void setHostFreed(const char *primary, const char *alias) {
  Header h;
  strcpy(h.name, "Host");
  h.value = strdup(primary);
  if (alias) {
    free(h.value);
    h.value = strdup(alias);
  }
  free(h.value);
}

// The line buffer leaks on the early return, before its address is taken.
int countLines(size_t cap, int limit) {
  char *line = (char *)malloc(cap);
  if (!line)
    return -1;
  if (limit <= 0)
    return 0;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'malloc' leaks when 'line' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-6]]:24: note: allocated here by 'malloc'
  int n = 0;
  while (n < limit && readLine(&line, &cap))
    ++n;
  free(line);
  return n;
}

// The early return frees the buffer first.
int countLinesFreed(size_t cap, int limit) {
  char *line = (char *)malloc(cap);
  if (!line)
    return -1;
  if (limit <= 0) {
    free(line);
    return 0;
  }
  int n = 0;
  while (n < limit && readLine(&line, &cap))
    ++n;
  free(line);
  return n;
}
