// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A branch or loop that is the last statement of a function, where no local
// variable ends its lifetime before the exit: the condition's block leads
// both to the exit and to the branch, and the branch is still checked.
#include <stdio.h>
#include <stdlib.h>

// The parameter is freed, then freed again under a trailing if.
void closeLog(char *log, bool flush) {
  free(log);
  if (flush)
    free(log);
  // CHECK: :[[@LINE-1]]:5: warning: 'log' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: the trailing if frees only on its own path.
void closeLogOnce(char *log, bool flush) {
  if (flush)
    free(log);
}

// A trailing while loop frees the same parameter on every iteration.
void retire(char *slot, int n) {
  while (n-- > 0)
    free(slot);
  // CHECK: :[[@LINE-1]]:5: warning: 'slot' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-2]]:5: note: freed here, in a previous iteration of the loop{{$}}
}

// Look-alike: the trailing loop frees a different element each time.
void retireAll(char **slots, int n) {
  while (n-- > 0)
    free(slots[n]);
}

// A member function: the field is deleted, then deleted again on the
// trailing branch.
struct Cache {
  int *table = nullptr;
  void drop(bool twice) {
    delete[] table;
    if (twice)
      delete[] table;
    // CHECK: :[[@LINE-1]]:7: warning: 'table' is freed twice: the memory it points to was already freed [ownership-double-free]
    // CHECK: :[[@LINE-4]]:5: note: freed here{{$}}
  }

  // Look-alike: the trailing branch re-allocates instead.
  void refresh(bool again) {
    delete[] table;
    table = nullptr;
    if (again)
      table = new int[64];
  }
};
