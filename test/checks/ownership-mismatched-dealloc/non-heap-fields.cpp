// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// The address of a field of a local struct, or an array field of one, is
// not heap memory either: releasing it is undefined.
#include <stdlib.h>
#include <string.h>

struct Stats {
  long count;
  long sum;
  char tag[8];
  char *note;
};

// The address of a field of a local struct is not heap memory either.
void resetCount() {
  Stats st{0, 0, "", nullptr};
  long *c = &st.count;
  *c = 0;
  free(c);
  // CHECK: :[[@LINE-1]]:3: warning: 'free' is called on the address of local 'st', which is not heap memory [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-5]]:9: note: 'st' is declared here
}

// Nor is an array field of a local struct.
void resetTag() {
  Stats st{0, 0, "", nullptr};
  strcpy(st.tag, "none");
  free(st.tag);
  // CHECK: :[[@LINE-1]]:3: warning: 'free' is called on the address of local 'st', which is not heap memory [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-4]]:9: note: 'st' is declared here
}

// A heap copy of the tag is freed.
void resetTagHeap() {
  Stats st{0, 0, "", nullptr};
  strcpy(st.tag, "none");
  char *copy = strdup(st.tag);
  free(copy);
}

// The heap pointer stored in a field of a local struct is freed.
void setNote(const char *n) {
  Stats st{0, 0, "", nullptr};
  st.note = strdup(n);
  free(st.note);
}
