// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Loops: an allocation re-executed while the previous object is still owned
// only by the overwritten pointer, and loop exits (break, continue, return)
// that drop the current iteration's allocation.
#include <stdlib.h>
#include <string.h>
#include <vector>

struct Token {
  int kind;
  Token *next;
};

// A new token per input, but only the last one is ever deleted.
int lastKind(const int *kinds, int n) {
  Token *tok = nullptr;
  for (int i = 0; i < n; ++i) {
    tok = new Token;
    // CHECK: :[[@LINE-1]]:9: warning: memory allocated by 'new' in a previous iteration of the loop leaks when 'tok' is overwritten [ownership-leak]
    // CHECK: :[[@LINE-2]]:11: note: allocated here by 'new', in a previous iteration of the loop
    tok->kind = kinds[i];
  }
  int k = tok ? tok->kind : -1;
  delete tok;
  return k;
}

// The previous token is deleted before the next one replaces it.
int lastKindFreed(const int *kinds, int n) {
  Token *tok = nullptr;
  for (int i = 0; i < n; ++i) {
    delete tok;
    tok = new Token;
    tok->kind = kinds[i];
  }
  int k = tok ? tok->kind : -1;
  delete tok;
  return k;
}

// Comment lines are skipped before their buffer is released.
int countDirectives(const char *const *lines, int n) {
  int count = 0;
  for (int i = 0; i < n; ++i) {
    char *line = strdup(lines[i]);
    if (!line)
      return -1;
    if (line[0] == '#')
      continue;
    // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'strdup' leaks when 'line' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-6]]:18: note: allocated here by 'strdup'
    if (line[0] == '.')
      ++count;
    free(line);
  }
  return count;
}

// The same loop, freeing before it skips.
int countDirectivesFreed(const char *const *lines, int n) {
  int count = 0;
  for (int i = 0; i < n; ++i) {
    char *line = strdup(lines[i]);
    if (!line)
      return -1;
    if (line[0] == '#') {
      free(line);
      continue;
    }
    if (line[0] == '.')
      ++count;
    free(line);
  }
  return count;
}

// The terminator is found and the loop left with its copy still owned.
int findEnd(const char *const *names, int n) {
  int i = 0;
  for (; i < n; ++i) {
    char *name = strdup(names[i]);
    if (!name)
      break;
    if (strcmp(name, "end") == 0)
      break;
    // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'strdup' leaks when 'name' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-6]]:18: note: allocated here by 'strdup'
    free(name);
  }
  return i;
}

// Move then break: the copy is released before the loop is left.
int findEndFreed(const char *const *names, int n) {
  int i = 0;
  for (; i < n; ++i) {
    char *name = strdup(names[i]);
    if (!name)
      break;
    bool end = strcmp(name, "end") == 0;
    free(name);
    if (end)
      break;
  }
  return i;
}

// A node is allocated, then validation fails inside the loop.
Token *parseList(const int *kinds, int n) {
  Token *head = nullptr;
  int i = 0;
  while (i < n) {
    Token *t = new Token;
    t->kind = kinds[i++];
    if (t->kind < 0)
      return nullptr;
    // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'new' leaks when 't' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-5]]:16: note: allocated here by 'new'
    t->next = head;
    head = t;
  }
  return head;
}

// Prepending to a list: each node is owned by the list head, and the
// function hands the list to its caller.
Token *buildList(const int *kinds, int n) {
  Token *head = nullptr;
  for (int i = 0; i < n; ++i) {
    Token *t = new Token;
    t->kind = kinds[i];
    t->next = head;
    head = t;
  }
  return head;
}

// Scratch buffers are allocated per block but only the last is freed.
void checksumBlocks(const unsigned char *data, size_t len, size_t block,
                    unsigned *sums) {
  unsigned char *scratch = nullptr;
  size_t n = 0;
  for (size_t off = 0; off < len; off += block, ++n) {
    scratch = (unsigned char *)malloc(block);
    // CHECK: :[[@LINE-1]]:13: warning: memory allocated by 'malloc' in a previous iteration of the loop leaks when 'scratch' is overwritten [ownership-leak]
    // CHECK: :[[@LINE-2]]:32: note: allocated here by 'malloc', in a previous iteration of the loop
    if (!scratch)
      return;
    memcpy(scratch, data + off, block);
    sums[n] = scratch[0];
  }
  free(scratch);
}

// The buffer is allocated lazily, once, and reused by every block.
void checksumBlocksReused(const unsigned char *data, size_t len, size_t block,
                          unsigned *sums) {
  unsigned char *scratch = nullptr;
  size_t n = 0;
  for (size_t off = 0; off < len; off += block, ++n) {
    if (!scratch)
      scratch = (unsigned char *)malloc(block);
    if (!scratch)
      return;
    memcpy(scratch, data + off, block);
    sums[n] = scratch[0];
  }
  free(scratch);
}

// Records read in a do-while; a short record ends the loop with its
// buffer unreleased.
int readRecords(const char *src, size_t n) {
  int records = 0;
  size_t off = 0;
  do {
    char *rec = (char *)calloc(1, 16);
    if (!rec)
      return -1;
    if (off + 16 > n)
      break;
    // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'calloc' leaks when 'rec' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-6]]:25: note: allocated here by 'calloc'
    memcpy(rec, src + off, 16);
    off += 16;
    ++records;
    free(rec);
  } while (off < n);
  return records;
}

// Every record is handed to the vector, which owns it afterwards.
void collectRecords(std::vector<char *> &out, const char *src, size_t n) {
  for (size_t off = 0; off + 16 <= n; off += 16) {
    char *rec = (char *)malloc(16);
    if (!rec)
      return;
    memcpy(rec, src + off, 16);
    out.push_back(rec);
  }
}

// Nested loops: the inner break leaves a row buffer behind.
int sumMatrix(const int *m, int rows, int cols) {
  int total = 0;
  for (int r = 0; r < rows; ++r) {
    int *row = new int[cols];
    for (int c = 0; c < cols; ++c) {
      row[c] = m[r * cols + c];
      if (row[c] < 0)
        return -1;
      // CHECK: :[[@LINE-1]]:9: warning: memory allocated by 'new[]' leaks when 'row' goes out of scope [ownership-leak]
      // CHECK: :[[@LINE-6]]:16: note: allocated here by 'new[]'
      total += row[c];
    }
    delete[] row;
  }
  return total;
}

// The inner loop's break only leaves the inner loop; the row is deleted.
int sumMatrixUntilNegative(const int *m, int rows, int cols) {
  int total = 0;
  for (int r = 0; r < rows; ++r) {
    int *row = new int[cols];
    for (int c = 0; c < cols; ++c) {
      row[c] = m[r * cols + c];
      if (row[c] < 0)
        break;
      total += row[c];
    }
    delete[] row;
  }
  return total;
}

// Freeing a list: each node is deleted after its successor is saved.
void freeList(Token *head) {
  while (head) {
    Token *next = head->next;
    delete head;
    head = next;
  }
}
