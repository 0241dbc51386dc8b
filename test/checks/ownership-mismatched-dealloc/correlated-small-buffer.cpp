// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A pointer that starts at a local array and is replaced by a heap array
// under a condition may be released under the same condition: on that path
// it is heap memory.
#include <stddef.h>

// The threshold that allocated decides the release.
void copyValues(int *out, const int *v, int n) {
  int small[64];
  int *tmp = small;
  if (n > 64)
    tmp = new int[n];
  for (int i = 0; i < n; ++i)
    tmp[i] = v[i];
  for (int i = 0; i < n; ++i)
    out[i] = tmp[n - 1 - i];
  if (n > 64)
    delete[] tmp;
}

// The address test decides the release.
void copyValuesByAddress(int *out, const int *v, int n) {
  int small[64];
  int *tmp = small;
  if (n > 64)
    tmp = new int[n];
  for (int i = 0; i < n; ++i)
    tmp[i] = v[i];
  for (int i = 0; i < n; ++i)
    out[i] = tmp[n - 1 - i];
  if (tmp != small)
    delete[] tmp;
}

// Released without a test: the small array may be deleted.
void copyValuesAlways(int *out, const int *v, int n) {
  int small[64];
  int *tmp = small;
  if (n > 64)
    tmp = new int[n];
  for (int i = 0; i < n; ++i)
    tmp[i] = v[i];
  for (int i = 0; i < n; ++i)
    out[i] = tmp[n - 1 - i];
  delete[] tmp;
  // CHECK: :[[@LINE-1]]:3: warning: 'delete[]' is called on the address of local 'small', which is not heap memory [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-10]]:7: note: 'small' is declared here
}
