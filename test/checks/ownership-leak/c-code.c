// RUN: not %ownck %s -- -std=c11 -nostdlibinc -isystem %inputs/std | FileCheck %s --implicit-check-not=warning:
// The same rules in C: malloc-family owners in locals and struct fields,
// error paths, realloc and hand-offs through out-parameters.
#include <stdlib.h>
#include <string.h>

struct vec {
  int *items;
  size_t len, cap;
};

struct kv {
  char *key;
  char *value;
};

/* Appends with a temporary, so a failed realloc keeps the old items. */
int vec_push(struct vec *v, int x) {
  if (v->len == v->cap) {
    size_t cap = v->cap ? 2 * v->cap : 8;
    int *items = realloc(v->items, cap * sizeof *items);
    if (!items)
      return -1;
    v->items = items;
    v->cap = cap;
  }
  v->items[v->len++] = x;
  return 0;
}

/* Splits "key=value"; the key is lost when there is no '='. */
int kv_parse(struct kv *out, const char *s) {
  char *key = strdup(s);
  if (!key)
    return -1;
  char *eq = strchr(key, '=');
  if (!eq)
    return -2;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'strdup' leaks when 'key' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-7]]:15: note: allocated here by 'strdup'
  *eq = '\0';
  out->value = strdup(eq + 1);
  out->key = key;
  return 0;
}

/* Frees the key when there is no '='. */
int kv_parse_checked(struct kv *out, const char *s) {
  char *key = strdup(s);
  if (!key)
    return -1;
  char *eq = strchr(key, '=');
  if (!eq) {
    free(key);
    return -2;
  }
  *eq = '\0';
  out->value = strdup(eq + 1);
  out->key = key;
  return 0;
}

/* Joins two strings; the second copy leaks when the first fails. */
char *join(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  char *r = malloc(la + lb + 1);
  char *tmp = malloc(lb + 1);
  if (!r)
    return NULL;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'malloc' leaks when 'tmp' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-4]]:15: note: allocated here by 'malloc'
  if (!tmp) {
    free(r);
    return NULL;
  }
  memcpy(tmp, b, lb + 1);
  memcpy(r, a, la);
  memcpy(r + la, tmp, lb + 1);
  free(tmp);
  return r;
}

/* Both blocks released on every failure. */
char *join_checked(const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  char *r = malloc(la + lb + 1);
  char *tmp = malloc(lb + 1);
  if (!r || !tmp) {
    free(r);
    free(tmp);
    return NULL;
  }
  memcpy(tmp, b, lb + 1);
  memcpy(r, a, la);
  memcpy(r + la, tmp, lb + 1);
  free(tmp);
  return r;
}

/* A local struct's field grown with realloc into itself. */
size_t count_words(const char *s) {
  struct vec v;
  v.len = 0;
  v.cap = 4;
  v.items = malloc(v.cap * sizeof(int));
  if (!v.items)
    return 0;
  for (const char *p = s; *p; ++p) {
    if (*p != ' ')
      continue;
    if (v.len == v.cap) {
      v.cap *= 2;
      v.items = realloc(v.items, v.cap * sizeof(int));
      // CHECK: :[[@LINE-1]]:15: warning: memory owned by 'v.items' leaks if 'realloc' fails: 'v.items' is overwritten by its null result [ownership-leak]
      // CHECK: :[[@LINE-10]]:13: note: allocated here by 'malloc'
      if (!v.items)
        return 0;
    }
    v.items[v.len++] = (int)(p - s);
  }
  size_t n = v.len;
  free(v.items);
  return n;
}

/* calloc'ed table handed to the caller through an out-parameter. */
int make_table(int **out, size_t n) {
  int *t = calloc(n, sizeof *t);
  if (!t)
    return -1;
  *out = t;
  return 0;
}

/* void * conversions without casts keep tracking the block. */
void *zeroed(size_t n) {
  void *p = malloc(n);
  if (p)
    memset(p, 0, n);
  return p;
}

/* An overwrite in C: the default value is replaced without a free. */
void set_home(struct kv *out, const char *env) {
  char *home = strdup("/");
  if (env)
    home = strdup(env);
  // CHECK: :[[@LINE-1]]:10: warning: memory allocated by 'strdup' leaks when 'home' is overwritten [ownership-leak]
  // CHECK: :[[@LINE-4]]:16: note: allocated here by 'strdup'
  out->value = home;
}
