// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// The body of a lambda is a function like any other.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void forEachLine(const char *text, void (*cb)(const char *));

// The callback prints its copy after freeing it.
void printAll(const char *text) {
  forEachLine(text, [](const char *line) {
    char *copy = strdup(line);
    free(copy);
    puts(copy);
    // CHECK: :[[@LINE-1]]:10: warning: 'copy' is passed to 'puts' after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE-4]]:18: note: allocated here by 'strdup'{{$}}
    // CHECK: :[[@LINE-4]]:5: note: freed here{{$}}
  });
}

// Look-alike: printed, then freed.
void printAllFixed(const char *text) {
  forEachLine(text, [](const char *line) {
    char *copy = strdup(line);
    if (!copy)
      return;
    puts(copy);
    free(copy);
  });
}
