// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Two branches on the same unchanged condition: a free under `if (c)` and
// a free under `if (!c)` never both run; a flag set where the memory is
// freed (`done = true`) is such a condition.
#include <stdlib.h>
#include <string.h>

int emit(const char *s);

// Look-alike: freed early on the urgent path, at the end otherwise.
int send(const char *text, bool urgent) {
  char *msg = strdup(text);
  if (!msg)
    return -1;
  if (urgent) {
    emit(msg);
    free(msg);
  }
  emit("tick");
  if (!urgent)
    free(msg);
  return 0;
}

// Look-alike: a "done" flag records that the buffer is gone.
int sendOnce(const char *text) {
  char *msg = strdup(text);
  if (!msg)
    return -1;
  bool done = false;
  if (strlen(msg) > 10) {
    emit(msg);
    free(msg);
    done = true;
  }
  if (!done)
    free(msg);
  return 0;
}

// Look-alike: the same with an integer state and delete.
void closeByMode(int mode) {
  int *state = new int(mode);
  if (mode == 1)
    delete state;
  emit("closing");
  if (mode != 1)
    delete state;
}

// A real double free beside them: the flag is set but never tested.
int sendTwice(const char *text) {
  char *msg = strdup(text);
  if (!msg)
    return -1;
  bool done = false;
  if (strlen(msg) > 10) {
    free(msg);
    done = true;
  }
  free(msg);
  // CHECK: :[[@LINE-1]]:3: warning: 'msg' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-10]]:15: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-6]]:5: note: freed here{{$}}
  return done ? 1 : 0;
}
