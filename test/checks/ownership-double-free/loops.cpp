// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Double frees across loop iterations: a free in the body meets the same
// allocation again in the next iteration unless the owner was re-pointed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int poll(int fd);
void flush(int *pending);

// The spare buffer is freed once per row instead of once.
void releaseRows(char **rows, int n, char *spare) {
  for (int i = 0; i < n; ++i) {
    free(rows[i]);
    free(spare);
    // CHECK: :[[@LINE-1]]:5: warning: 'spare' is freed twice: the memory it points to was already freed [ownership-double-free]
    // CHECK: :[[@LINE-2]]:5: note: freed here, in a previous iteration of the loop{{$}}
  }
}

// Look-alike: the spare buffer is freed after the loop.
void releaseRowsOnce(char **rows, int n, char *spare) {
  for (int i = 0; i < n; ++i)
    free(rows[i]);
  free(spare);
}

// Look-alike: the loop returns right after freeing the needle.
int findAndRelease(char **items, int n, char *needle) {
  for (int i = 0; i < n; ++i) {
    if (strcmp(items[i], needle) == 0) {
      free(needle);
      return i;
    }
  }
  free(needle);
  return -1;
}

// A failed poll frees the reply buffer and tries again with the same pointer.
int fetchWithRetry(int fd, int attempts) {
  char *reply = new char[256];
  while (attempts-- > 0) {
    if (poll(fd) >= 0)
      break;
    delete[] reply;
    // CHECK: :[[@LINE-1]]:5: warning: 'reply' is freed twice: the memory it points to was already freed [ownership-double-free]
    // CHECK: :[[@LINE-6]]:17: note: allocated here by 'new[]'{{$}}
    // CHECK: :[[@LINE-3]]:5: note: freed here, in a previous iteration of the loop{{$}}
  }
  delete[] reply;
  // CHECK: :[[@LINE-1]]:3: warning: 'reply' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-11]]:17: note: allocated here by 'new[]'{{$}}
  // CHECK: :[[@LINE-8]]:5: note: freed here{{$}}
  return 0;
}

// Look-alike: the retry path gets a new reply buffer after the delete.
int fetchWithRetryFixed(int fd, int attempts) {
  char *reply = new char[256];
  while (attempts-- > 0) {
    if (poll(fd) >= 0)
      break;
    delete[] reply;
    reply = new char[256];
  }
  delete[] reply;
  return 0;
}

// Re-allocation depends on a flag that may be false, leaving the owner on
// the freed buffer for the next iteration and for the final free.
void rotateLogs(int n, bool keepGoing) {
  char *log = (char *)malloc(64);
  for (int i = 0; i < n; ++i) {
    free(log);
    // CHECK: :[[@LINE-1]]:5: warning: 'log' is freed twice: the memory it points to was already freed [ownership-double-free]
    // CHECK: :[[@LINE-4]]:23: note: allocated here by 'malloc'{{$}}
    // CHECK: :[[@LINE-3]]:5: note: freed here, in a previous iteration of the loop{{$}}
    if (keepGoing)
      log = (char *)malloc(64);
  }
  free(log);
  // CHECK: :[[@LINE-1]]:3: warning: 'log' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-11]]:23: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-10]]:5: note: freed here{{$}}
}

// Look-alike: the owner is nulled after every free, so each later free is of
// null or of the new buffer.
void rotateLogsNulled(int n, bool keepGoing) {
  char *log = (char *)malloc(64);
  for (int i = 0; i < n; ++i) {
    free(log);
    log = nullptr;
    if (keepGoing)
      log = (char *)malloc(64);
  }
  free(log);
}

// Look-alike: a new buffer replaces the freed one in every iteration.
void refill(int n) {
  char *buf = (char *)malloc(32);
  for (int i = 0; i < n; ++i) {
    free(buf);
    buf = (char *)malloc(32);
  }
  free(buf);
}

// A do/while body deletes the batch, and the condition sends it round again.
void drain(int *pending) {
  int *batch = new int[16];
  do {
    flush(pending);
    delete[] batch;
    // CHECK: :[[@LINE-1]]:5: warning: 'batch' is freed twice: the memory it points to was already freed [ownership-double-free]
    // CHECK: :[[@LINE-5]]:16: note: allocated here by 'new[]'{{$}}
    // CHECK: :[[@LINE-3]]:5: note: freed here, in a previous iteration of the loop{{$}}
  } while (--*pending > 0);
}

// Look-alike: the loop returns right after the delete.
void drainOnce(int *pending) {
  int *batch = new int[16];
  while (*pending > 0) {
    flush(pending);
    if (--*pending == 0) {
      delete[] batch;
      return;
    }
  }
  delete[] batch;
}

// Nested loops: the inner loop deletes the row on a bad cell and breaks out;
// the outer body then deletes it again.
void checkGrid(int rows, int cols) {
  for (int r = 0; r < rows; ++r) {
    int *row = new int[cols]();
    for (int c = 0; c < cols; ++c) {
      if (row[c] < 0) {
        delete[] row;
        break;
      }
    }
    delete[] row;
    // CHECK: :[[@LINE-1]]:5: warning: 'row' is freed twice: the memory it points to was already freed [ownership-double-free]
    // CHECK: :[[@LINE-9]]:16: note: allocated here by 'new[]'{{$}}
    // CHECK: :[[@LINE-7]]:9: note: freed here{{$}}
  }
}

// Look-alike: the row is freed once per outer iteration.
void fillGrid(int rows, int cols) {
  for (int r = 0; r < rows; ++r) {
    int *row = new int[cols];
    for (int c = 0; c < cols; ++c)
      row[c] = r * c;
    delete[] row;
  }
}
