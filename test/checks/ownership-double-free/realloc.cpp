// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// realloc releases the old block when it succeeds: freeing the old pointer
// afterwards frees it twice. When it fails, the old block is still owned.
#include <stdlib.h>
#include <string.h>

// The error path checks the result but frees both blocks on success too.
int pushAll(const int *src, size_t n) {
  int *items = (int *)malloc(4 * sizeof(int));
  if (!items)
    return -1;
  int *grown = (int *)realloc(items, n * sizeof(int));
  if (grown == NULL) {
    free(items);
    return -1;
  }
  memcpy(grown, src, n * sizeof(int));
  free(grown);
  free(items);
  // CHECK: :[[@LINE-1]]:3: warning: 'items' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-12]]:23: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-10]]:23: note: reallocated here by 'realloc'{{$}}
  return 0;
}

// Look-alike: the usual idiom; on failure the old block is freed, on
// success only the new one.
int pushAllFixed(const int *src, size_t n) {
  int *items = (int *)malloc(4 * sizeof(int));
  if (!items)
    return -1;
  int *grown = (int *)realloc(items, n * sizeof(int));
  if (grown == NULL) {
    free(items);
    return -1;
  }
  items = grown;
  memcpy(items, src, n * sizeof(int));
  free(items);
  return 0;
}

// A growth loop that frees the pre-growth block after every successful
// realloc.
int appendWords(const char **words, int n) {
  size_t cap = 16;
  char *text = (char *)malloc(cap);
  if (!text)
    return -1;
  for (int i = 0; i < n; ++i) {
    char *more = (char *)realloc(text, cap * 2);
    if (!more)
      break;
    free(text);
    // CHECK: :[[@LINE-1]]:5: warning: 'text' is freed twice: the memory it points to was already freed [ownership-double-free]
    // CHECK: :[[@LINE-9]]:24: note: allocated here by 'malloc'{{$}}
    // CHECK: :[[@LINE-6]]:26: note: reallocated here by 'realloc'{{$}}
    text = more;
    cap *= 2;
  }
  free(text);
  return 0;
}

// Look-alike: the same loop without the stray free.
int appendWordsFixed(const char **words, int n) {
  size_t cap = 16;
  char *text = (char *)malloc(cap);
  if (!text)
    return -1;
  for (int i = 0; i < n; ++i) {
    char *more = (char *)realloc(text, cap * 2);
    if (!more)
      break;
    text = more;
    cap *= 2;
  }
  free(text);
  return 0;
}
