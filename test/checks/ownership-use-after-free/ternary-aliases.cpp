// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A conditional operator that chooses between two pointer variables is an
// alias of one of them.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The chosen name is printed after both names were freed.
void greet(const char *first, const char *last, bool formal) {
  char *given = strdup(first);
  char *family = strdup(last);
  char *shown = formal ? family : given;
  free(given);
  free(family);
  puts(shown);
  // CHECK: :[[@LINE-1]]:8: warning: 'shown' is passed to 'puts' after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-7]]:17: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-5]]:3: note: freed here through 'given'{{$}}
}

// Look-alike: printed before the frees.
void greetFixed(const char *first, const char *last, bool formal) {
  char *given = strdup(first);
  char *family = strdup(last);
  char *shown = formal ? family : given;
  puts(shown);
  free(given);
  free(family);
}
