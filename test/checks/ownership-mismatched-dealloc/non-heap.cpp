// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Only heap memory may be released: free/delete of a local's address, of a
// local array or of a string literal is undefined; the note points at the
// literal or at the local's declaration. The address test of a
// small-buffer optimisation keeps the release on the heap path only.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Stats {
  long count;
  long sum;
};

// The default label is a string literal; only the override is heap memory.
void printLabel(const char *override) {
  const char *label = "unnamed";
  if (override)
    label = strdup(override);
  puts(label);
  free((void *)label);
  // CHECK: :[[@LINE-1]]:3: warning: 'free' is called on a string literal, which is not heap memory [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-6]]:23: note: the string literal is here
}

// The default is duplicated too, so the label is always heap memory.
void printLabelCopied(const char *override) {
  char *label = strdup(override ? override : "unnamed");
  if (!label)
    return;
  puts(label);
  free(label);
}

// The label is freed only when it was duplicated.
void printLabelOwned(const char *override) {
  const char *label = "unnamed";
  char *copy = nullptr;
  if (override)
    label = copy = strdup(override);
  puts(label);
  free(copy);
}

// A literal cast to a mutable pointer is still a literal.
void resetError(char **err) {
  char *msg = (char *)"no error";
  if (*err)
    puts(*err);
  free(msg);
  // CHECK: :[[@LINE-1]]:3: warning: 'free' is called on a string literal, which is not heap memory [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-5]]:23: note: the string literal is here
}

// Small-buffer optimisation: freed only when it is not the stack buffer.
size_t formatLine(const char *a, const char *b) {
  char small[64];
  size_t need = strlen(a) + strlen(b) + 1;
  char *out = small;
  if (need > sizeof small) {
    out = (char *)malloc(need);
    if (!out)
      return 0;
  }
  strcpy(out, a);
  strcat(out, b);
  size_t n = strlen(out);
  if (out != small)
    free(out);
  return n;
}

// The same with the test written as an equality and an early return.
size_t formatLineEq(const char *a, const char *b) {
  char small[64];
  size_t need = strlen(a) + strlen(b) + 1;
  char *out = small;
  if (need > sizeof small)
    out = (char *)malloc(need);
  if (!out)
    return 0;
  strcpy(out, a);
  size_t n = strlen(out);
  if (out == small)
    return n;
  free(out);
  return n;
}

// The stack buffer is replaced by a heap one on every path before the free.
size_t formatLineAlwaysHeap(const char *a) {
  char small[64];
  char *out = small;
  out = strdup(a);
  if (!out)
    return 0;
  size_t n = strlen(out);
  free(out);
  return n;
}

// Stats computed into a local struct; passing it to a function by address
// is fine, freeing it is not.
long average(const long *v, int n) {
  Stats st{0, 0};
  for (int i = 0; i < n; ++i) {
    ++st.count;
    st.sum += v[i];
  }
  long avg = st.count ? st.sum / st.count : 0;
  return avg;
}

// The local's address was stored in the pointer that is later freed.
long sumAll(const long *v, int n, bool heap) {
  long local = 0;
  long *acc = &local;
  if (heap)
    acc = (long *)calloc(1, sizeof(long));
  if (!acc)
    return 0;
  for (int i = 0; i < n; ++i)
    *acc += v[i];
  long s = *acc;
  free(acc);
  // CHECK: :[[@LINE-1]]:3: warning: 'free' is called on the address of local 'local', which is not heap memory [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-11]]:8: note: 'local' is declared here
  return s;
}

// Freed only on the path where it came from calloc.
long sumAllChecked(const long *v, int n, bool heap) {
  long local = 0;
  long *acc = &local;
  if (heap)
    acc = (long *)calloc(1, sizeof(long));
  if (!acc)
    return 0;
  for (int i = 0; i < n; ++i)
    *acc += v[i];
  long s = *acc;
  if (acc != &local)
    free(acc);
  return s;
}

// A local array handed to free directly.
void clearName() {
  char name[32];
  strcpy(name, "anonymous");
  free(name);
  // CHECK: :[[@LINE-1]]:3: warning: 'free' is called on the address of local 'name', which is not heap memory [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-4]]:8: note: 'name' is declared here
}

// The array is only cleared.
void clearNameMemset() {
  char name[32];
  strcpy(name, "anonymous");
  memset(name, 0, sizeof name);
}

// A stack object deleted through a pointer to it.
long countOf(const long *v, int n) {
  Stats st{0, 0};
  Stats *ps = &st;
  for (int i = 0; i < n; ++i)
    ps->count += v[i] != 0;
  long c = ps->count;
  delete ps;
  // CHECK: :[[@LINE-1]]:3: warning: 'delete' is called on the address of local 'st', which is not heap memory [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-7]]:9: note: 'st' is declared here
  return c;
}

// A heap object deleted through a pointer to it.
long countOfHeap(const long *v, int n) {
  Stats *ps = new Stats{0, 0};
  for (int i = 0; i < n; ++i)
    ps->count += v[i] != 0;
  long c = ps->count;
  delete ps;
  return c;
}

// A local array that decayed into a cursor, deleted with delete[].
int sumDigits(const char *s) {
  int digits[16];
  int *d = digits;
  int n = 0;
  for (; *s && n < 16; ++s)
    if (*s >= '0' && *s <= '9')
      d[n++] = *s - '0';
  int sum = 0;
  for (int i = 0; i < n; ++i)
    sum += d[i];
  delete[] d;
  // CHECK: :[[@LINE-1]]:3: warning: 'delete[]' is called on the address of local 'digits', which is not heap memory [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-11]]:7: note: 'digits' is declared here
  return sum;
}

// The same digits in a heap array.
int sumDigitsHeap(const char *s) {
  int *d = new int[16];
  int n = 0;
  for (; *s && n < 16; ++s)
    if (*s >= '0' && *s <= '9')
      d[n++] = *s - '0';
  int sum = 0;
  for (int i = 0; i < n; ++i)
    sum += d[i];
  delete[] d;
  return sum;
}
