// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// The body of a lambda is a function like any other.
#include <stdlib.h>
#include <string.h>

void forEachLine(const char *text, void (*cb)(const char *));

// The callback frees its copy twice.
void printAll(const char *text) {
  forEachLine(text, [](const char *line) {
    char *copy = strdup(line);
    free(copy);
    free(copy);
    // CHECK: :[[@LINE-1]]:5: warning: 'copy' is freed twice: the memory it points to was already freed [ownership-double-free]
    // CHECK: :[[@LINE-4]]:18: note: allocated here by 'strdup'{{$}}
    // CHECK: :[[@LINE-4]]:5: note: freed here{{$}}
  });
}

// Look-alike: the callback frees its copy once.
void printAllOnce(const char *text) {
  forEachLine(text, [](const char *line) {
    char *copy = strdup(line);
    free(copy);
  });
}
