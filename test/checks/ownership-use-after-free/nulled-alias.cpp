// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A branch frees through one name and nulls the other name that is used
// later: no path uses freed memory.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Token {
  int kind;
  char *text;
};

// Look-alike: the alias is nulled together with the delete.
Token *nextToken(int kind) {
  Token *t = new Token{kind, nullptr};
  Token *result = t;
  if (kind < 0) {
    delete t;
    result = nullptr;
  }
  return result;
}

// Look-alike: the same with malloc'd text and a null test before the use.
void show(const char *s, bool drop) {
  char *copy = strdup(s);
  char *shown = copy;
  if (drop) {
    free(copy);
    shown = NULL;
  }
  if (shown) {
    puts(shown);
    free(shown);
  }
}

// A real use after free beside them: the alias keeps the freed token.
Token *nextTokenLeaky(int kind) {
  Token *t = new Token{kind, nullptr};
  Token *result = t;
  if (kind < 0)
    delete t;
  return result;
  // CHECK: :[[@LINE-1]]:10: warning: 'result' is returned after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-6]]:14: note: allocated here by 'new'{{$}}
  // CHECK: :[[@LINE-4]]:5: note: freed here through 't'{{$}}
}
