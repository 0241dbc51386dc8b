// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// After a successful realloc the old block is gone: the old pointer, and
// every pointer into the old block, dangles.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The old pointer is used once realloc succeeded.
int append(const char *word) {
  char *text = (char *)malloc(8);
  if (!text)
    return -1;
  strcpy(text, "a");
  char *grown = (char *)realloc(text, 64);
  if (!grown) {
    free(text);
    return -1;
  }
  strcat(text, word);
  // CHECK: :[[@LINE-1]]:10: warning: 'text' is passed to 'strcat' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-11]]:24: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-8]]:25: note: reallocated here by 'realloc'{{$}}
  free(grown);
  return 0;
}

// Look-alike: the new pointer is used, the old one only on failure.
int appendFixed(const char *word) {
  char *text = (char *)malloc(8);
  if (!text)
    return -1;
  strcpy(text, "a");
  char *grown = (char *)realloc(text, 64);
  if (!grown) {
    free(text);
    return -1;
  }
  text = grown;
  strcat(text, word);
  free(text);
  return 0;
}

// A pointer into the old block is written through after the move.
int terminateAfterGrow(size_t len) {
  char *buf = (char *)malloc(len + 1);
  if (!buf)
    return -1;
  char *end = buf + len;
  char *bigger = (char *)realloc(buf, 2 * len + 1);
  if (!bigger) {
    free(buf);
    return -1;
  }
  *end = '\0';
  // CHECK: :[[@LINE-1]]:3: warning: 'end' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-11]]:23: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-8]]:26: note: reallocated here by 'realloc'{{$}}
  free(bigger);
  return 0;
}

// Look-alike: the interior pointer is recomputed from the new block.
int terminateAfterGrowFixed(size_t len) {
  char *buf = (char *)malloc(len + 1);
  if (!buf)
    return -1;
  char *bigger = (char *)realloc(buf, 2 * len + 1);
  if (!bigger) {
    free(buf);
    return -1;
  }
  buf = bigger;
  char *end = buf + len;
  *end = '\0';
  free(buf);
  return 0;
}

// Look-alike: the failure path may still use the old block.
int logOnFailure(size_t n) {
  char *buf = (char *)malloc(16);
  if (!buf)
    return -1;
  strcpy(buf, "old");
  char *more = (char *)realloc(buf, n);
  if (!more) {
    fprintf(stderr, "keeping %s\n", buf);
    free(buf);
    return -1;
  }
  free(more);
  return 0;
}
