// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Uses after free around constant conditions: for (;;), while (true),
// do { ... } while (0) macros. Their CFGs have pruned (null) successors;
// the pruned edges are never taken.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LOG_AND_FREE(p)                                                        \
  do {                                                                         \
    puts(p);                                                                   \
    free(p);                                                                   \
  } while (0)

int readLine(char *buf, size_t n);

// The line is printed by the macro, freed, then printed again.
void echo(const char *text) {
  char *line = strdup(text);
  if (!line)
    return;
  LOG_AND_FREE(line);
  puts(line);
  // CHECK: :[[@LINE-1]]:8: warning: 'line' is passed to 'puts' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-6]]:16: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: the macro is the last use.
void echoOnce(const char *text) {
  char *line = strdup(text);
  if (!line)
    return;
  puts(line);
  LOG_AND_FREE(line);
}

// An endless read loop that frees the buffer when a read fails and goes on
// reading into it.
void readForever(size_t n) {
  char *buf = (char *)malloc(n);
  if (!buf)
    return;
  for (;;) {
    if (readLine(buf, n) < 0) {
      // CHECK: :[[@LINE-1]]:18: warning: 'buf' is passed to 'readLine' after the memory it points to was freed [ownership-use-after-free]
      // CHECK: :[[@LINE-6]]:23: note: allocated here by 'malloc'{{$}}
      // CHECK: :[[@LINE+2]]:7: note: freed here, in a previous iteration of the loop{{$}}
      puts("read failed");
      free(buf);
      // CHECK: :[[@LINE-1]]:7: warning: 'buf' is freed twice: the memory it points to was already freed [ownership-double-free]
      // CHECK: :[[@LINE-11]]:23: note: allocated here by 'malloc'{{$}}
      // CHECK: :[[@LINE-3]]:7: note: freed here, in a previous iteration of the loop{{$}}
    }
  }
}

// Look-alike: the failed read frees the buffer and leaves the loop.
void readUntilError(size_t n) {
  char *buf = (char *)malloc(n);
  if (!buf)
    return;
  while (true) {
    if (readLine(buf, n) < 0) {
      free(buf);
      return;
    }
    puts(buf);
  }
}
