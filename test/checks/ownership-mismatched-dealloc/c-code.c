// RUN: not %ownck %s -- -std=c11 -nostdlibinc -isystem %inputs/std | FileCheck %s --implicit-check-not=warning:
// C code: free only what malloc, calloc, realloc or strdup returned, and
// only through the pointer they returned.
#include <stdlib.h>
#include <string.h>

struct point {
  int x, y;
};

/* A point on the stack freed as if it were allocated. */
int point_sum(int x, int y) {
  struct point pt;
  struct point *p = &pt;
  p->x = x;
  p->y = y;
  int s = p->x + p->y;
  free(p);
  // CHECK: :[[@LINE-1]]:3: warning: 'free' is called on the address of local 'pt', which is not heap memory [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-7]]:16: note: 'pt' is declared here
  return s;
}

/* The point allocated with malloc, freed with free. */
int point_sum_heap(int x, int y) {
  struct point *p = malloc(sizeof *p);
  if (!p)
    return 0;
  p->x = x;
  p->y = y;
  int s = p->x + p->y;
  free(p);
  return s;
}

/* A path buffer on the stack freed on the error path. */
int normalize(const char *in) {
  char path[256];
  if (strlen(in) >= sizeof path) {
    free(path);
    // CHECK: :[[@LINE-1]]:5: warning: 'free' is called on the address of local 'path', which is not heap memory [ownership-mismatched-dealloc]
    // CHECK: :[[@LINE-4]]:8: note: 'path' is declared here
    return -1;
  }
  strcpy(path, in);
  return (int)strlen(path);
}

/* The heap path buffer freed on both paths. */
int normalize_heap(const char *in) {
  char *path = malloc(256);
  if (!path)
    return -1;
  if (strlen(in) >= 256) {
    free(path);
    return -1;
  }
  strcpy(path, in);
  int n = (int)strlen(path);
  free(path);
  return n;
}

/* The default extension is a literal, the computed one is not. */
void set_ext(char **out, const char *name) {
  char *ext = "txt";
  char *dot = strchr(name, '.');
  if (dot)
    ext = strdup(dot + 1);
  if (ext && strlen(ext) > 8) {
    free(ext);
    // CHECK: :[[@LINE-1]]:5: warning: 'free' is called on a string literal, which is not heap memory [ownership-mismatched-dealloc]
    // CHECK: :[[@LINE-7]]:15: note: the string literal is here
    return;
  }
  *out = ext;
}

/* Both choices are heap copies. */
void set_ext_copied(char **out, const char *name) {
  char *dot = strchr(name, '.');
  char *ext = strdup(dot ? dot + 1 : "txt");
  if (ext && strlen(ext) > 8) {
    free(ext);
    return;
  }
  *out = ext;
}

/* A length-prefixed string: the prefix byte is skipped before freeing. */
void drop_pstring(size_t n) {
  unsigned char *ps = malloc(n + 1);
  if (!ps)
    return;
  ps[0] = (unsigned char)n;
  unsigned char *chars = ps + 1;
  memset(chars, 'a', n);
  free(chars);
  // CHECK: :[[@LINE-1]]:3: warning: 'free' is called on a pointer into the middle of the memory allocated by 'malloc'; pass the pointer it returned [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-8]]:23: note: allocated here by 'malloc'
}

/* The prefix pointer itself is freed. */
void drop_pstring_checked(size_t n) {
  unsigned char *ps = malloc(n + 1);
  if (!ps)
    return;
  ps[0] = (unsigned char)n;
  unsigned char *chars = ps + 1;
  memset(chars, 'a', n);
  free(ps);
}

/* realloc's result freed; the old pointer is not touched again. */
int grow_once(size_t n) {
  int *v = calloc(n, sizeof *v);
  if (!v)
    return -1;
  int *w = realloc(v, 2 * n * sizeof *w);
  if (!w) {
    free(v);
    return -1;
  }
  free(w);
  return 0;
}

/* free(NULL) is a no-op. */
void free_null(void) {
  char *p = NULL;
  free(p);
}
