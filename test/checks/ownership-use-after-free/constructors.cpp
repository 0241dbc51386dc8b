// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Member initializers store into fields of *this: `buf_(strdup(s))` makes
// buf_ the owner of the copy.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The constructor normalises the copy, frees it on a bad name, and reads it
// anyway.
struct Label {
  char *buf_;
  Label(const char *s) : buf_(strdup(s)) {
    if (buf_ && buf_[0] == '#')
      free(buf_);
    printf("label %s\n", buf_);
    // CHECK: :[[@LINE-1]]:26: warning: 'buf_' is passed to 'printf' after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE-5]]:31: note: allocated here by 'strdup'{{$}}
    // CHECK: :[[@LINE-4]]:7: note: freed here{{$}}
  }
  ~Label() { free(buf_); }
};

// Look-alike: the bad name is replaced with an empty copy.
struct LabelFixed {
  char *buf_;
  LabelFixed(const char *s) : buf_(strdup(s)) {
    if (buf_ && buf_[0] == '#') {
      free(buf_);
      buf_ = strdup("");
    }
    printf("label %s\n", buf_);
  }
  ~LabelFixed() { free(buf_); }
};
