// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A branch frees through one name and nulls the other name it will free
// through later: no path frees twice.
#include <stdlib.h>

struct Token {
  int kind;
};

// Look-alike: the early path deletes through 't' and nulls 'alias'.
void finish(bool early) {
  Token *t = new Token{1};
  Token *alias = t;
  if (early) {
    delete t;
    alias = nullptr;
  }
  delete alias;
}

// Look-alike: the same with malloc and a cleanup at the end.
void finishBuffer(bool early) {
  char *buf = (char *)malloc(32);
  char *cursor = buf;
  if (early) {
    free(buf);
    cursor = NULL;
  }
  free(cursor);
}

// A real double free beside them: the alias is not nulled.
void finishTwice(bool early) {
  Token *t = new Token{1};
  Token *alias = t;
  if (early)
    delete t;
  delete alias;
  // CHECK: :[[@LINE-1]]:3: warning: 'alias' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-6]]:14: note: allocated here by 'new'{{$}}
  // CHECK: :[[@LINE-4]]:5: note: freed here through 't'{{$}}
}
