// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Correlated conditions: an allocation made under a pure condition over
// locals and released under the same condition is not a leak; the paths
// that would leak cannot run. A condition that changed in between, or a
// different condition, does not protect.
#include <stdlib.h>
#include <string.h>

// Allocated and freed under the same comparison.
int blend(int a, int b) {
  char *p = nullptr;
  if (a > b)
    p = (char *)malloc(8);
  int r = a + b;
  if (a > b)
    free(p);
  return r;
}

// The flag is the same on both tests.
void encode(const char *src, bool copy) {
  char *work = nullptr;
  if (copy)
    work = strdup(src);
  const char *in = copy ? work : src;
  (void)strlen(in);
  if (copy)
    free(work);
}

// The operand changed between the two tests.
int blendChanged(int a, int b) {
  char *p = nullptr;
  if (a > b)
    p = (char *)malloc(8);
  a = b;
  if (a > b)
    free(p);
  return a;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'malloc' leaks when 'p' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-6]]:17: note: allocated here by 'malloc'
}

// Two different conditions: when `verbose` holds and `keep` does not, the
// copy is leaked.
void trace(const char *msg, bool verbose, bool keep) {
  char *copy = nullptr;
  if (verbose)
    copy = strdup(msg);
  if (keep)
    free(copy);
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'strdup' leaks when 'copy' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-5]]:12: note: allocated here by 'strdup'

// A size threshold decides both the allocation and the release.
void sortValues(int *v, int n) {
  int *heap = nullptr;
  if (n > 64)
    heap = new int[n];
  int small[64];
  int *tmp = heap ? heap : small;
  for (int i = 0; i < n; ++i)
    tmp[i] = v[i];
  if (n > 64)
    delete[] heap;
}

// The release has an extra condition: huge inputs keep their copy.
void sortValuesMismatched(int *v, int n) {
  int *heap = nullptr;
  if (n > 64)
    heap = new int[n];
  int small[64];
  int *tmp = heap ? heap : small;
  for (int i = 0; i < n; ++i)
    tmp[i] = v[i];
  if (n > 64 && n < 100000)
    delete[] heap;
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'new[]' leaks when 'heap' goes out of scope [ownership-leak]
// CHECK: :[[@LINE-9]]:12: note: allocated here by 'new[]'

// Small-buffer optimisation tested by address: free only if not the buffer.
void formatName(const char *first, const char *last) {
  char buf[32];
  size_t need = strlen(first) + strlen(last) + 2;
  char *out = buf;
  if (need > sizeof buf)
    out = (char *)malloc(need);
  if (!out)
    return;
  strcpy(out, first);
  strcat(out, " ");
  strcat(out, last);
  if (out != buf)
    free(out);
}

// The buffer is only returned early when it is the local one.
void formatNameShort(const char *first, const char *last) {
  char buf[32];
  size_t need = strlen(first) + strlen(last) + 2;
  char *out = buf;
  if (need > sizeof buf)
    out = (char *)malloc(need);
  if (!out)
    return;
  strcpy(out, first);
  if (out == buf)
    return;
  free(out);
}

// An empty last name ends the function before the heap copy is freed.
void formatNameEarlyExit(const char *first, const char *last) {
  char buf[32];
  size_t need = strlen(first) + strlen(last) + 2;
  char *out = buf;
  if (need > sizeof buf)
    out = (char *)malloc(need);
  if (!out)
    return;
  if (!*last)
    return;
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'malloc' leaks when 'out' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-6]]:19: note: allocated here by 'malloc'
  strcpy(out, first);
  strcat(out, " ");
  strcat(out, last);
  if (out != buf)
    free(out);
}

// The negated form of the same condition guards the early return.
int scale(int n, int factor) {
  int *tmp = nullptr;
  if (factor != 1)
    tmp = new int[n];
  if (factor == 1)
    return n;
  for (int i = 0; i < n; ++i)
    tmp[i] = i * factor;
  int r = tmp[n - 1];
  delete[] tmp;
  return r;
}
