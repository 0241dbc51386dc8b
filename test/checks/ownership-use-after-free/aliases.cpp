// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Freed through one name, used through another: every copy of the pointer
// dangles once the memory is gone.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Config {
  int port;
  char *host;
};

void apply(const Config *c);

// The "active" alias is used after the original was deleted.
int reload(int port) {
  Config *cfg = new Config{port, nullptr};
  Config *active = cfg;
  delete cfg;
  return active->port;
  // CHECK: :[[@LINE-1]]:10: warning: 'active' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-5]]:17: note: allocated here by 'new'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'cfg'{{$}}
}

// Look-alike: the alias is re-pointed at the new configuration.
int reloadFixed(int port) {
  Config *cfg = new Config{port, nullptr};
  Config *active = cfg;
  delete cfg;
  cfg = new Config{port + 1, nullptr};
  active = cfg;
  int p = active->port;
  delete cfg;
  return p;
}

// An interior pointer into the buffer outlives the free.
void terminate(size_t n) {
  char *buf = (char *)malloc(n + 1);
  if (!buf)
    return;
  char *end = buf + n;
  free(buf);
  *end = '\0';
  // CHECK: :[[@LINE-1]]:3: warning: 'end' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-7]]:23: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'buf'{{$}}
}

// Look-alike: the interior pointer is used before the free.
void terminateFixed(size_t n) {
  char *buf = (char *)malloc(n + 1);
  if (!buf)
    return;
  char *end = buf + n;
  *end = '\0';
  free(buf);
}

// A cursor walking the buffer is used after the buffer is gone.
int countSpaces(const char *text) {
  char *copy = strdup(text);
  if (!copy)
    return 0;
  char *cur = copy;
  int spaces = 0;
  free(copy);
  while (*cur) {
    // CHECK: :[[@LINE-1]]:10: warning: 'cur' is dereferenced after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE-8]]:16: note: allocated here by 'strdup'{{$}}
    // CHECK: :[[@LINE-4]]:3: note: freed here through 'copy'{{$}}
    if (*cur == ' ')
      // CHECK: :[[@LINE-1]]:9: warning: 'cur' is dereferenced after the memory it points to was freed [ownership-use-after-free]
      // CHECK: :[[@LINE-12]]:16: note: allocated here by 'strdup'{{$}}
      // CHECK: :[[@LINE-8]]:3: note: freed here through 'copy'{{$}}
      ++spaces;
    ++cur;
  }
  return spaces;
}

// Look-alike: the walk is done before the free.
int countSpacesFixed(const char *text) {
  char *copy = strdup(text);
  if (!copy)
    return 0;
  int spaces = 0;
  for (char *cur = copy; *cur; ++cur)
    if (*cur == ' ')
      ++spaces;
  free(copy);
  return spaces;
}

// Freed through the untyped block, applied through the typed view of it.
void applyRaw(int port) {
  void *raw = calloc(1, sizeof(Config));
  if (!raw)
    return;
  Config *c = static_cast<Config *>(raw);
  c->port = port;
  free(raw);
  apply(c);
  // CHECK: :[[@LINE-1]]:9: warning: 'c' is passed to 'apply' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-8]]:15: note: allocated here by 'calloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'raw'{{$}}
}

// Look-alike: applied, then freed through the typed view.
void applyRawFixed(int port) {
  void *raw = calloc(1, sizeof(Config));
  if (!raw)
    return;
  Config *c = static_cast<Config *>(raw);
  c->port = port;
  apply(c);
  free(c);
}

// Chosen by a ternary between a fresh value and nothing: the result is
// used after the delete.
int pick(bool want) {
  int *v = want ? new int(7) : nullptr;
  int *chosen = v;
  delete v;
  if (chosen)
    return *chosen;
    // CHECK: :[[@LINE-1]]:12: warning: 'chosen' is dereferenced after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE-6]]:19: note: allocated here by 'new'{{$}}
    // CHECK: :[[@LINE-5]]:3: note: freed here through 'v'{{$}}
  return 0;
}

// Look-alike: the value is read through the alias before the delete.
int pickFixed(bool want) {
  int *v = want ? new int(7) : nullptr;
  int *chosen = v;
  int r = chosen ? *chosen : 0;
  delete v;
  return r;
}
