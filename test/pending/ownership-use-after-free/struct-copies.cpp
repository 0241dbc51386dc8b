// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A shallow copy of a C struct shares its buffers. PENDING, two mistakes:
// - a struct copy (`Buffer saved = b;`) does not alias the copy's pointer
//   fields to the original's, so the use through the copy is missed;
// - taking the address of a local struct once (`initBuffer(&b, n)`) makes
//   it "exposed" for the whole function, so a free of b.data followed by a
//   use of b.data, with nothing in between, is missed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Buffer {
  char *data;
  size_t len;
};

void initBuffer(Buffer *b, size_t n);

// The saved copy still points to the freed data.
void restore(const char *text) {
  Buffer b;
  b.data = strdup(text);
  b.len = strlen(text);
  Buffer saved = b;
  free(b.data);
  puts(saved.data);
  // CHECK: :[[@LINE-1]]:8: warning: 'saved.data' is passed to 'puts' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-6]]:12: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'b.data'{{$}}
}

// Look-alike: the saved copy gets its own data.
void restoreDeep(const char *text) {
  Buffer b;
  b.data = strdup(text);
  b.len = strlen(text);
  Buffer saved = b;
  saved.data = strdup(text);
  free(b.data);
  if (saved.data)
    puts(saved.data);
  free(saved.data);
}

// Initialised through its address, freed, then printed.
void initAndPrint(size_t n) {
  Buffer b;
  initBuffer(&b, n);
  free(b.data);
  puts(b.data);
  // CHECK: :[[@LINE-1]]:8: warning: 'b.data' is passed to 'puts' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here{{$}}
}

// Look-alike: initialised through its address, printed, then freed.
void initAndPrintFixed(size_t n) {
  Buffer b;
  initBuffer(&b, n);
  puts(b.data);
  free(b.data);
}
