// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A path that frees and then calls a noreturn function (exit, abort, a
// [[noreturn]] function) never reaches the code after it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool valid(const char *s);
// Not declared noreturn: the compiler, and ownck, assume it returns.
void fatal(const char *msg);
[[noreturn]] void die(const char *msg);

// Look-alike: the free path exits.
void checkOrExit(char *line) {
  if (!valid(line)) {
    free(line);
    exit(1);
  }
  puts(line);
  free(line);
}

// fatal() is not noreturn, so the free path falls through to the use.
void checkOrFatal(char *line) {
  if (!valid(line)) {
    free(line);
    fatal("invalid line");
  }
  puts(line);
  // CHECK: :[[@LINE-1]]:8: warning: 'line' is passed to 'puts' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-5]]:5: note: freed here{{$}}
  free(line);
  // CHECK: :[[@LINE-1]]:3: warning: 'line' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-8]]:5: note: freed here{{$}}
}

// Look-alike: a user function declared [[noreturn]].
void checkOrDie(char *line) {
  if (!valid(line)) {
    free(line);
    die("invalid line");
  }
  puts(line);
  free(line);
}

// Look-alike: abort() after the delete.
int parseOrAbort(const char *text) {
  int *value = new int(0);
  if (strlen(text) == 0) {
    delete value;
    abort();
  }
  *value = text[0];
  int v = *value;
  delete value;
  return v;
}

// The error is only logged: the use after the free is reached.
int parseOrLog(const char *text, int *value) {
  if (strlen(text) == 0) {
    delete value;
    fprintf(stderr, "empty\n");
  }
  *value = text[0];
  // CHECK: :[[@LINE-1]]:3: warning: 'value' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-5]]:5: note: freed here{{$}}
  return 0;
}
