// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A loop that frees a parameter and nulls it: every later iteration frees
// null.
#include <stdio.h>
#include <stdlib.h>

// Look-alike: the loop frees and nulls.
void retireOnce(char *slot, int n) {
  while (n-- > 0) {
    free(slot);
    slot = nullptr;
  }
  puts("retired");
}

// Look-alike: the same with delete and a for loop.
void dropEach(int *counter, int n) {
  for (int i = 0; i < n; ++i) {
    delete counter;
    counter = nullptr;
  }
}

// A real double free beside them: nulled only on one path.
void retireSometimes(char *slot, int n, bool reset) {
  while (n-- > 0) {
    free(slot);
    // CHECK: :[[@LINE-1]]:5: warning: 'slot' is freed twice: the memory it points to was already freed [ownership-double-free]
    // CHECK: :[[@LINE-2]]:5: note: freed here, in a previous iteration of the loop{{$}}
    if (reset)
      slot = nullptr;
  }
  puts("retired");
}
