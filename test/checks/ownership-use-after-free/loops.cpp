// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Uses in a later iteration of a loop whose body freed the memory.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int nextChunk(char *buf, size_t n);
void process(const char *buf);

// The buffer is freed at the end of each iteration but filled again in the
// next one.
void pump(char *buf, size_t n) {
  while (nextChunk(buf, n) > 0) {
    // CHECK: :[[@LINE-1]]:20: warning: 'buf' is passed to 'nextChunk' after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE+4]]:5: note: freed here, in a previous iteration of the loop{{$}}
    process(buf);
    // CHECK: :[[@LINE-1]]:13: warning: 'buf' is passed to 'process' after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE+1]]:5: note: freed here, in a previous iteration of the loop{{$}}
    free(buf);
    // CHECK: :[[@LINE-1]]:5: warning: 'buf' is freed twice: the memory it points to was already freed [ownership-double-free]
    // CHECK: :[[@LINE-2]]:5: note: freed here, in a previous iteration of the loop{{$}}
  }
  puts("drained");
}

// Look-alike: freed once, after the loop.
void pumpFixed(char *buf, size_t n) {
  while (nextChunk(buf, n) > 0)
    process(buf);
  free(buf);
  puts("drained");
}

// A scratch buffer is released on a bad entry, and the next iteration
// writes into it again.
void collect(int *scratch, const int *in, int n) {
  for (int i = 0; i < n; ++i) {
    scratch[i] = in[i];
    // CHECK: :[[@LINE-1]]:5: warning: 'scratch' is dereferenced after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE+2]]:7: note: freed here, in a previous iteration of the loop{{$}}
    if (in[i] < 0)
      free(scratch);
      // CHECK: :[[@LINE-1]]:7: warning: 'scratch' is freed twice: the memory it points to was already freed [ownership-double-free]
      // CHECK: :[[@LINE-2]]:7: note: freed here, in a previous iteration of the loop{{$}}
  }
  puts("collected");
}

// Look-alike: the bad entry ends the loop after the release.
int collectFixed(int *out, const int *in, int n) {
  int *tmp = new int[n];
  for (int i = 0; i < n; ++i) {
    if (in[i] < 0) {
      delete[] tmp;
      return -1;
    }
    tmp[i] = in[i];
  }
  memcpy(out, tmp, n * sizeof(int));
  delete[] tmp;
  return 0;
}

// Look-alike: each iteration allocates before it uses.
void perLine(int lines) {
  for (int i = 0; i < lines; ++i) {
    char *line = (char *)malloc(80);
    if (!line)
      break;
    snprintf(line, 80, "line %d", i);
    puts(line);
    free(line);
  }
}

// Look-alike: the label is freed and nulled inside the loop, and replaced
// by a new copy when the name qualifies; the print after the loop sees the
// initial copy, null or a live copy.
void printLast(const char **names, int n) {
  char *label = strdup("none");
  for (int i = 0; i < n; ++i) {
    free(label);
    label = NULL;
    if (names[i][0] != '#')
      label = strdup(names[i]);
  }
  if (label)
    puts(label);
  free(label);
}

// A loop that breaks out right after freeing, then prints and frees the
// match again.
void findAndPrint(const char **names, int n, const char *key) {
  char *match = strdup(key);
  for (int i = 0; i < n; ++i) {
    if (strcmp(names[i], match) == 0) {
      free(match);
      break;
    }
  }
  puts(match);
  // CHECK: :[[@LINE-1]]:8: warning: 'match' is passed to 'puts' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-9]]:17: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-7]]:7: note: freed here{{$}}
  free(match);
  // CHECK: :[[@LINE-1]]:3: warning: 'match' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-13]]:17: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-11]]:7: note: freed here{{$}}
}

// Look-alike: the break path nulls the pointer and the print is guarded.
void findAndPrintFixed(const char **names, int n, const char *key) {
  char *match = strdup(key);
  for (int i = 0; i < n; ++i) {
    if (strcmp(names[i], match) == 0) {
      free(match);
      match = NULL;
      break;
    }
  }
  if (match)
    puts(match);
  free(match);
}
