// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Double frees through aliases: every copy of a pointer names the same
// allocation, so freeing through two of them frees it twice.
#include <stdlib.h>
#include <string.h>

struct Widget {
  int id;
};

// The "current" copy is deleted after the original.
void closeWidget() {
  Widget *w = new Widget{1};
  Widget *current = w;
  delete w;
  delete current;
  // CHECK: :[[@LINE-1]]:3: warning: 'current' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-5]]:15: note: allocated here by 'new'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'w'{{$}}
}

// Look-alike: the copy is pointed at a new widget before it is deleted.
void replaceWidget() {
  Widget *w = new Widget{1};
  Widget *current = w;
  delete w;
  current = new Widget{2};
  delete current;
}

// A chain of copies: the last one still points to the first allocation.
void releaseName(const char *src) {
  char *name = strdup(src);
  char *display = name;
  char *label = display;
  free(name);
  free(label);
  // CHECK: :[[@LINE-1]]:3: warning: 'label' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-6]]:16: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'name'{{$}}
}

// Look-alike: each copy gets its own duplicate.
void releaseNames(const char *src) {
  char *name = strdup(src);
  char *label = strdup(name);
  free(name);
  free(label);
}

// Swapping two buffers and freeing both is fine...
void swapBuffers(size_t n) {
  char *front = (char *)malloc(n);
  char *back = (char *)malloc(n);
  char *tmp = front;
  front = back;
  back = tmp;
  free(front);
  free(back);
}

// ...but a swap that forgets one assignment leaves both names on one buffer.
void badSwapBuffers(size_t n) {
  char *front = (char *)malloc(n);
  char *back = (char *)malloc(n);
  char *tmp = front;
  front = back;
  free(front);
  free(back);
  // CHECK: :[[@LINE-1]]:3: warning: 'back' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-6]]:24: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'front'{{$}}
  free(tmp);
}

// The auto-typed alias is an alias all the same.
void deleteAuto() {
  int *counts = new int[8];
  auto *view = counts;
  delete[] view;
  delete[] counts;
  // CHECK: :[[@LINE-1]]:3: warning: 'counts' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-5]]:17: note: allocated here by 'new[]'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'view'{{$}}
}

// Look-alike: the alias is only read after the array is gone.
int sumThenDelete() {
  int *counts = new int[8]();
  auto *view = counts;
  int total = view[0] + view[7];
  delete[] counts;
  return total;
}
