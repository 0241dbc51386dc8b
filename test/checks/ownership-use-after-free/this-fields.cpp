// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Fields of *this inside member functions: after a member function frees a
// field, the same call may not read through it until it is re-pointed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

class Logger {
public:
  void rotate(const char *name);
  void rotateFixed(const char *name);
  void close(bool verbose);
  void closeFixed(bool verbose);
  int lastLevel();
  int lastLevelFixed();

private:
  char *path_ = nullptr;
  int *levels_ = nullptr;
  int count_ = 0;
};

// The old path is printed after it was freed.
void Logger::rotate(const char *name) {
  free(path_);
  printf("rotating %s\n", path_);
  // CHECK: :[[@LINE-1]]:27: warning: 'path_' is passed to 'printf' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here{{$}}
  path_ = strdup(name);
}

// Look-alike: printed first, then replaced.
void Logger::rotateFixed(const char *name) {
  printf("rotating %s\n", path_);
  free(path_);
  path_ = strdup(name);
}

// The verbose path reads the levels after the delete.
void Logger::close(bool verbose) {
  delete[] levels_;
  if (verbose && count_ > 0)
    printf("last level %d\n", levels_[count_ - 1]);
    // CHECK: :[[@LINE-1]]:31: warning: 'levels_' is dereferenced after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
  levels_ = nullptr;
  count_ = 0;
}

// Look-alike: the delete comes after the report.
void Logger::closeFixed(bool verbose) {
  if (verbose && count_ > 0)
    printf("last level %d\n", levels_[count_ - 1]);
  delete[] levels_;
  levels_ = nullptr;
  count_ = 0;
}

// A field freed and then returned through a local copy.
int Logger::lastLevel() {
  int *l = levels_;
  delete[] levels_;
  levels_ = nullptr;
  return l[0];
  // CHECK: :[[@LINE-1]]:10: warning: 'l' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'levels_'{{$}}
}

// Look-alike: the level is read before the delete.
int Logger::lastLevelFixed() {
  int v = levels_[0];
  delete[] levels_;
  levels_ = nullptr;
  return v;
}

// An inline member: the child is deleted and then asked for its size.
struct Tree {
  Tree *child = nullptr;
  int size = 1;

  int prune() {
    delete child;
    int n = child->size;
    // CHECK: :[[@LINE-1]]:13: warning: 'child' is dereferenced after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE-3]]:5: note: freed here{{$}}
    child = nullptr;
    return n;
  }

  // Look-alike: the size is read first.
  int pruneFixed() {
    int n = child ? child->size : 0;
    delete child;
    child = nullptr;
    return n;
  }
};

// A destructor that logs the child's value after deleting it.
struct Parent {
  Tree *child;
  char *name;
  ~Parent() {
    delete child;
    printf("%s lost a child of size %d\n", name, child->size);
    // CHECK: :[[@LINE-1]]:50: warning: 'child' is dereferenced after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE-3]]:5: note: freed here{{$}}
    free(name);
  }
};

// Look-alike: the destructor logs first, then frees.
struct ParentFixed {
  Tree *child;
  char *name;
  ~ParentFixed() {
    printf("%s lost a child of size %d\n", name, child->size);
    delete child;
    free(name);
  }
};
