// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Storing a freed pointer in a container hands a dangling pointer to
// whoever reads the container.
#include <stdlib.h>
#include <string.h>
#include <vector>

// The freed copy is remembered in the list.
void remember(std::vector<char *> &names, const char *name) {
  char *copy = strdup(name);
  if (!copy)
    return;
  free(copy);
  names.push_back(copy);
  // CHECK: :[[@LINE-1]]:19: warning: 'copy' is passed to 'push_back' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-6]]:16: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: the list takes the copy and owns it from then on.
void rememberFixed(std::vector<char *> &names, const char *name) {
  char *copy = strdup(name);
  if (!copy)
    return;
  names.push_back(copy);
}

// emplace_back forwards the freed pointer too.
void rememberInt(std::vector<int *> &values, int v) {
  int *box = new int(v);
  delete box;
  values.emplace_back(box);
  // CHECK: :[[@LINE-1]]:23: warning: 'box' is passed to 'emplace_back' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-4]]:14: note: allocated here by 'new'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: a fresh box is stored after the old one was deleted.
void rememberIntFixed(std::vector<int *> &values, int v) {
  int *box = new int(v);
  delete box;
  box = new int(v + 1);
  values.emplace_back(box);
}
