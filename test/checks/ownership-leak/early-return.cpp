// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
#include <stdlib.h>

int parse(const char *s, int n) {
  char *buf = (char *)malloc(n);
  if (!buf)
    return -1;
  if (n > 100)
    return 1;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'malloc' leaks when 'buf' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-6]]:23: note: allocated here by 'malloc'
  free(buf);
  return 0;
}

// The null path returns early without owning anything: no finding.
int parseChecked(int n) {
  char *buf = (char *)malloc(n);
  if (buf == NULL)
    return -1;
  free(buf);
  return 0;
}
