// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Nulling the owner after a free makes a later free harmless: free(NULL) and
// delete of a null pointer do nothing. Nulling one alias does not null the
// others.
#include <stdlib.h>
#include <string.h>

struct Session {
  int id;
};

void audit(const char *msg);

// Look-alike: the owner is reset after the delete, so the cleanup at the end
// deletes null.
void endSession(bool early) {
  Session *s = new Session{7};
  if (early) {
    delete s;
    s = nullptr;
  }
  delete s;
}

// The same cleanup without the reset.
void endSessionTwice(bool early) {
  Session *s = new Session{7};
  if (early) {
    delete s;
  }
  delete s;
  // CHECK: :[[@LINE-1]]:3: warning: 's' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-6]]:16: note: allocated here by 'new'{{$}}
  // CHECK: :[[@LINE-5]]:5: note: freed here{{$}}
}

// Nulling the original does not null the copy taken before the free.
void clearCache(const char *text) {
  char *cache = strdup(text);
  char *last = cache;
  free(cache);
  cache = NULL;
  free(last);
  // CHECK: :[[@LINE-1]]:3: warning: 'last' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-6]]:17: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-5]]:3: note: freed here through 'cache'{{$}}
}

// Look-alike: both names are nulled.
void clearCacheBoth(const char *text) {
  char *cache = strdup(text);
  char *last = cache;
  free(cache);
  cache = NULL;
  last = NULL;
  free(last);
  free(cache);
}

// Look-alike: free(NULL) and delete of a null pointer are no-ops.
void freeNothing() {
  char *none = NULL;
  free(none);
  free(none);
  int *zero = nullptr;
  delete zero;
  delete zero;
  free(NULL);
  delete (int *)nullptr;
}

// The reset happens on one path only.
void resetSometimes(bool verbose) {
  char *note = strdup("start");
  free(note);
  if (verbose) {
    audit("note freed");
    note = NULL;
  }
  free(note);
  // CHECK: :[[@LINE-1]]:3: warning: 'note' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-8]]:16: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-8]]:3: note: freed here{{$}}
}

// Look-alike: the pointer is assigned a new allocation instead of null.
void resetWithNew(bool verbose) {
  char *note = strdup("start");
  free(note);
  note = strdup(verbose ? "verbose" : "quiet");
  free(note);
}
