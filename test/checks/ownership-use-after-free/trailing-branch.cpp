// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Uses in a branch or loop that is the last statement of a function, where
// no local variable ends its lifetime before the exit: the condition's block
// leads both to the exit and to the branch, and the branch is still checked.
#include <stdio.h>
#include <stdlib.h>

// The message is freed, then printed on the verbose path.
void finish(char *msg, bool verbose) {
  free(msg);
  if (verbose)
    puts(msg);
  // CHECK: :[[@LINE-1]]:10: warning: 'msg' is passed to 'puts' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: printed on the verbose path, then freed.
void finishFixed(char *msg, bool verbose) {
  if (verbose)
    puts(msg);
  free(msg);
}

// A member function: the verbose path reads the deleted table.
struct Stats {
  int *counts = nullptr;
  void reset(bool verbose) {
    delete[] counts;
    if (verbose)
      printf("%d\n", counts[0]);
    // CHECK: :[[@LINE-1]]:22: warning: 'counts' is dereferenced after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE-4]]:5: note: freed here{{$}}
  }

  // Look-alike: printed before the delete.
  void resetFixed(bool verbose) {
    if (verbose)
      printf("%d\n", counts[0]);
    delete[] counts;
    counts = nullptr;
  }
};
