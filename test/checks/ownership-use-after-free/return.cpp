// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Returning a pointer to freed memory hands the caller a dangling pointer.
#include <stdlib.h>
#include <string.h>

struct Token {
  int kind;
  char *text;
};

// The trimmed copy is freed on the empty path but still returned.
char *trim(const char *s) {
  char *out = strdup(s);
  if (!out)
    return NULL;
  if (out[0] == '\0')
    free(out);
  return out;
  // CHECK: :[[@LINE-1]]:10: warning: 'out' is returned after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-7]]:15: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:5: note: freed here{{$}}
}

// Look-alike: the empty path returns null after freeing.
char *trimFixed(const char *s) {
  char *out = strdup(s);
  if (!out)
    return NULL;
  if (out[0] == '\0') {
    free(out);
    return NULL;
  }
  return out;
}

// Returned through an alias.
Token *nextToken(int kind) {
  Token *t = new Token{kind, nullptr};
  Token *result = t;
  if (kind < 0)
    delete t;
  return result;
  // CHECK: :[[@LINE-1]]:10: warning: 'result' is returned after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-6]]:14: note: allocated here by 'new'{{$}}
  // CHECK: :[[@LINE-4]]:5: note: freed here through 't'{{$}}
}

// Look-alike: the delete path returns null instead of the alias.
Token *nextTokenFixed(int kind) {
  Token *t = new Token{kind, nullptr};
  Token *result = t;
  if (kind < 0) {
    delete t;
    return nullptr;
  }
  return result;
}

// Returned with a cast: still the freed block.
void *release(size_t n) {
  char *p = (char *)malloc(n);
  free(p);
  return (void *)p;
  // CHECK: :[[@LINE-1]]:10: warning: '(void *)p' is returned after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-4]]:21: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here through 'p'{{$}}
}

// Look-alike: returns a fresh block after freeing the old one.
void *replace(size_t n) {
  char *p = (char *)malloc(n);
  free(p);
  p = (char *)malloc(2 * n);
  return p;
}

// A parameter deleted then returned for chaining.
Token *finish(Token *t) {
  delete t;
  return t;
  // CHECK: :[[@LINE-1]]:10: warning: 't' is returned after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here{{$}}
}

// Look-alike: the result of a comparison with the freed pointer is
// returned, not the pointer.
bool finishAndCheck(Token *t, Token *other) {
  delete t;
  return t == other;
}

// Returning a field of a local struct that was freed.
char *takeText(const char *s) {
  Token tok;
  tok.kind = 1;
  tok.text = strdup(s);
  free(tok.text);
  return tok.text;
  // CHECK: :[[@LINE-1]]:10: warning: 'tok.text' is returned after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-4]]:14: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: the field's text is handed out and the struct forgets it.
char *takeTextFixed(const char *s) {
  Token tok;
  tok.kind = 1;
  tok.text = strdup(s);
  char *out = tok.text;
  tok.text = nullptr;
  return out;
}
