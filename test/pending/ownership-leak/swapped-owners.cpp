// RUN: %ownck %s -- %cxxflags | count 0
// Owners that trade places: after `t = a; a = b; b = t;` each pointer still
// owns exactly one block, so releasing both releases both blocks once. The
// swap may sit in a loop or behind a condition.
#include <stdlib.h>
#include <string.h>

// Double buffering: the two buffers swap roles every pass.
void smooth(float *out, const float *in, int n, int passes) {
  float *cur = (float *)malloc(n * sizeof(float));
  float *next = (float *)malloc(n * sizeof(float));
  if (!cur || !next) {
    free(cur);
    free(next);
    return;
  }
  memcpy(cur, in, n * sizeof(float));
  for (int p = 0; p < passes; ++p) {
    for (int i = 1; i + 1 < n; ++i)
      next[i] = (cur[i - 1] + cur[i] + cur[i + 1]) / 3;
    float *tmp = cur;
    cur = next;
    next = tmp;
  }
  memcpy(out, cur, n * sizeof(float));
  free(cur);
  free(next);
}

// Ordering two strings: swapped only when out of order.
int compareSorted(const char *x, const char *y) {
  char *lo = strdup(x);
  char *hi = strdup(y);
  if (!lo || !hi) {
    free(lo);
    free(hi);
    return 0;
  }
  if (strcmp(lo, hi) > 0) {
    char *t = lo;
    lo = hi;
    hi = t;
  }
  int r = (int)strlen(lo) - (int)strlen(hi);
  free(lo);
  free(hi);
  return r;
}
