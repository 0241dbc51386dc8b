// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Branches on constant conditions: for (;;), while (true), the
// do { ... } while (0) of statement-like macros and if (DEBUG) blocks.
// Their CFGs have pruned (null) successors; the pruned edges are never
// taken.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SAFE_FREE(p)                                                           \
  do {                                                                         \
    free(p);                                                                   \
    (p) = NULL;                                                                \
  } while (0)

#define RELEASE(p)                                                             \
  do {                                                                         \
    free(p);                                                                   \
  } while (0)

#define VERBOSE 0

int poll(int fd);

// Look-alike: the macro nulls the pointer, so using it twice is safe.
void closeTwiceSafely(const char *text) {
  char *copy = strdup(text);
  SAFE_FREE(copy);
  SAFE_FREE(copy);
}

// The macro without the reset frees twice.
void closeTwice(const char *text) {
  char *copy = strdup(text);
  RELEASE(copy);
  RELEASE(copy);
  // CHECK: :[[@LINE-1]]:3: warning: 'copy' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-4]]:16: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// A worker loop frees the job on every pass but allocates it once.
void worker(int fd) {
  char *job = (char *)malloc(64);
  for (;;) {
    if (poll(fd) < 0)
      break;
    free(job);
    // CHECK: :[[@LINE-1]]:5: warning: 'job' is freed twice: the memory it points to was already freed [ownership-double-free]
    // CHECK: :[[@LINE-6]]:23: note: allocated here by 'malloc'{{$}}
    // CHECK: :[[@LINE-3]]:5: note: freed here, in a previous iteration of the loop{{$}}
  }
  free(job);
  // CHECK: :[[@LINE-1]]:3: warning: 'job' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-11]]:23: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-8]]:5: note: freed here{{$}}
}

// Look-alike: a new job replaces the freed one.
void workerFixed(int fd) {
  char *job = (char *)malloc(64);
  for (;;) {
    if (poll(fd) < 0)
      break;
    free(job);
    job = (char *)malloc(64);
  }
  free(job);
}

// The break path deletes the connection, and so does the code after the
// loop.
void serve(int fd) {
  int *conn = new int(fd);
  while (true) {
    if (poll(fd) < 0) {
      delete conn;
      break;
    }
  }
  delete conn;
  // CHECK: :[[@LINE-1]]:3: warning: 'conn' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-9]]:15: note: allocated here by 'new'{{$}}
  // CHECK: :[[@LINE-7]]:7: note: freed here{{$}}
}

// Look-alike: the break path leaves the delete to the code after the loop.
void serveFixed(int fd) {
  int *conn = new int(fd);
  while (true) {
    if (poll(fd) < 0)
      break;
  }
  delete conn;
}

// Compiled-out tracing does not change the double free after it.
void trace(char *msg) {
  if (VERBOSE)
    puts(msg);
  free(msg);
  free(msg);
  // CHECK: :[[@LINE-1]]:3: warning: 'msg' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here{{$}}
}

// Look-alike: traced, then freed once.
void traceOnce(char *msg) {
  if (VERBOSE)
    puts(msg);
  free(msg);
}
