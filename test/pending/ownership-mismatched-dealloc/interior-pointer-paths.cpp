// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A pointer that may have been advanced into its block on some path (a loop
// that ran, a branch that was taken) must not be released on that path.
#include <stdlib.h>
#include <string.h>

// Skipping leading blanks moves the pointer that is then freed.
size_t trimmedLength(const char *s) {
  char *copy = strdup(s);
  if (!copy)
    return 0;
  char *p = copy;
  while (*p == ' ')
    ++p;
  size_t n = strlen(p);
  free(p);
  // CHECK: :[[@LINE-1]]:3: warning: 'free' is called on a pointer into the middle of the memory allocated by 'strdup'; pass the pointer it returned [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-9]]:16: note: allocated here by 'strdup'
  return n;
}

// The write cursor is advanced in place, then deleted.
void fillSequence(int n) {
  int *seq = new int[n];
  for (int i = 0; i < n; ++i)
    *seq++ = i;
  delete[] seq;
  // CHECK: :[[@LINE-1]]:3: warning: 'delete[]' is called on a pointer into the middle of the memory allocated by 'new[]'; pass the pointer it returned [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-5]]:14: note: allocated here by 'new[]'
}

// A compound assignment moves the owner itself.
void skipPrefix(const char *s) {
  char *line = strdup(s);
  if (!line)
    return;
  if (line[0] == '>' && line[1] == ' ')
    line += 2;
  free(line);
  // CHECK: :[[@LINE-1]]:3: warning: 'free' is called on a pointer into the middle of the memory allocated by 'strdup'; pass the pointer it returned [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-7]]:16: note: allocated here by 'strdup'
}

// One arm of a conditional expression points past the first byte.
void dropMaybe(bool skip) {
  char *buf = (char *)malloc(16);
  if (!buf)
    return;
  char *p = skip ? buf + 1 : buf;
  free(p);
  // CHECK: :[[@LINE-1]]:3: warning: 'free' is called on a pointer into the middle of the memory allocated by 'malloc'; pass the pointer it returned [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-6]]:23: note: allocated here by 'malloc'
}

// The cursor moves, the original pointer is freed.
size_t trimmedLengthChecked(const char *s) {
  char *copy = strdup(s);
  if (!copy)
    return 0;
  char *p = copy;
  while (*p == ' ')
    ++p;
  size_t n = strlen(p);
  free(copy);
  return n;
}

// A separate cursor is advanced; the array is deleted by its own name.
void fillSequenceChecked(int n) {
  int *seq = new int[n];
  int *out = seq;
  for (int i = 0; i < n; ++i)
    *out++ = i;
  delete[] seq;
}

// The prefix is skipped through a second pointer.
void skipPrefixChecked(const char *s) {
  char *line = strdup(s);
  if (!line)
    return;
  const char *text = line;
  if (line[0] == '>' && line[1] == ' ')
    text += 2;
  (void)strlen(text);
  free(line);
}
