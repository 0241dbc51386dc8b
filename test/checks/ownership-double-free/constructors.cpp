// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Member initializers store into fields of *this: `data_(new int[n])` makes
// data_ the owner of the array.
#include <stdlib.h>

// The constructor deletes the array for a large size, and deletes it again
// for a very large one.
struct Table {
  int *data_;
  int n_;
  Table(int n) : data_(new int[n]), n_(n) {
    if (n > 1024)
      delete[] data_;
    if (n > 4096)
      delete[] data_;
    // CHECK: :[[@LINE-1]]:7: warning: 'data_' is freed twice: the memory it points to was already freed [ownership-double-free]
    // CHECK: :[[@LINE-6]]:24: note: allocated here by 'new[]'{{$}}
    // CHECK: :[[@LINE-5]]:7: note: freed here{{$}}
  }
  ~Table() { delete[] data_; }
};

// Look-alike: the bad size replaces the array once.
struct TableFixed {
  int *data_;
  int n_;
  TableFixed(int n) : data_(new int[n]), n_(n) {
    if (n > 1024) {
      delete[] data_;
      data_ = new int[1];
    }
  }
  ~TableFixed() { delete[] data_; }
};
