// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// new[] must be released with delete[], new with delete
// ([expr.delete]p2); mixing them is undefined even for trivial types.
#include <stddef.h>
#include <memory>

struct Point {
  int x, y;
};

struct Polygon {
  Point *pts;
  int n;
};

typedef char Name[32];

// A scratch array released with the scalar form.
int sumSquares(const int *v, int n) {
  int *sq = new int[n];
  int s = 0;
  for (int i = 0; i < n; ++i) {
    sq[i] = v[i] * v[i];
    s += sq[i];
  }
  delete sq;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-8]]:13: note: allocated here by 'new[]'
  return s;
}

// The same array released correctly.
int sumSquaresMatched(const int *v, int n) {
  int *sq = new int[n];
  int s = 0;
  for (int i = 0; i < n; ++i) {
    sq[i] = v[i] * v[i];
    s += sq[i];
  }
  delete[] sq;
  return s;
}

// A single point released with the array form.
int manhattan(int x, int y) {
  Point *p = new Point{x, y};
  int d = (p->x < 0 ? -p->x : p->x) + (p->y < 0 ? -p->y : p->y);
  delete[] p;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new' is released with 'delete[]'; use 'delete' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-4]]:14: note: allocated here by 'new'
  return d;
}

// A single point released with delete.
int manhattanMatched(int x, int y) {
  Point *p = new Point{x, y};
  int d = (p->x < 0 ? -p->x : p->x) + (p->y < 0 ? -p->y : p->y);
  delete p;
  return d;
}

// Released through a cursor that aliases the array.
void clearLine(int n) {
  char *line = new char[n + 1];
  char *cur = line;
  for (int i = 0; i < n; ++i)
    cur[i] = ' ';
  cur[n] = '\0';
  delete cur;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-7]]:16: note: allocated here by 'new[]'
}

// The alias is released with the matching form.
void clearLineMatched(int n) {
  char *line = new char[n + 1];
  char *cur = line;
  for (int i = 0; i < n; ++i)
    cur[i] = ' ';
  cur[n] = '\0';
  delete[] cur;
}

// A typedef hides the array: `new Name` is an array new-expression.
void greet() {
  char *name = new Name;
  name[0] = '\0';
  delete name;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-4]]:16: note: allocated here by 'new[]'
}

// The typedef'd array released with delete[].
void greetMatched() {
  char *name = new Name;
  name[0] = '\0';
  delete[] name;
}

// A field of a local struct holds the array.
int perimeter(int n) {
  Polygon poly;
  poly.n = n;
  poly.pts = new Point[n];
  for (int i = 0; i < n; ++i)
    poly.pts[i] = Point{i, i};
  int p = 0;
  for (int i = 1; i < n; ++i)
    p += poly.pts[i].x - poly.pts[i - 1].x;
  delete poly.pts;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-8]]:14: note: allocated here by 'new[]'
  return p;
}

// The field released with delete[].
int perimeterMatched(int n) {
  Polygon poly;
  poly.n = n;
  poly.pts = new Point[n];
  for (int i = 0; i < n; ++i)
    poly.pts[i] = Point{i, i};
  int p = 0;
  for (int i = 1; i < n; ++i)
    p += poly.pts[i].x - poly.pts[i - 1].x;
  delete[] poly.pts;
  return p;
}

// One branch makes an array, the other a single object; the release
// assumes a single object.
int firstX(bool many, int n) {
  Point *p = many ? new Point[n] : new Point;
  p[0].x = n;
  int x = p[0].x;
  delete p;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-5]]:21: note: allocated here by 'new[]'
  return x;
}

// Both branches make arrays.
int firstXMatched(bool many, int n) {
  Point *p = many ? new Point[n] : new Point[1];
  p[0].x = n;
  int x = p[0].x;
  delete[] p;
  return x;
}

// Each branch releases with its own form.
int firstXBranches(bool many, int n) {
  Point *p = many ? new Point[n] : new Point;
  p[0].x = n;
  int x = p[0].x;
  if (many)
    delete[] p;
  else
    delete p;
  return x;
}

// Rows of a jagged table are arrays; the table itself too.
void freeTable(int rows, int cols) {
  int **t = new int *[rows];
  for (int r = 0; r < rows; ++r)
    t[r] = new int[cols];
  for (int r = 0; r < rows; ++r)
    delete[] t[r];
  delete t;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new[]' is released with 'delete'; use 'delete[]' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-7]]:13: note: allocated here by 'new[]'
}

// The whole table released with delete[].
void freeTableMatched(int rows, int cols) {
  int **t = new int *[rows];
  for (int r = 0; r < rows; ++r)
    t[r] = new int[cols];
  for (int r = 0; r < rows; ++r)
    delete[] t[r];
  delete[] t;
}

// A unique_ptr<T[]> releases with delete[] itself.
int scopedArray(int n) {
  std::unique_ptr<int[]> a(new int[n]);
  a[0] = n;
  return a[0];
}

// A single int from the array's element type, after an early exit.
int parseDigit(char c) {
  int *d = new int(c - '0');
  if (*d < 0 || *d > 9) {
    delete d;
    return -1;
  }
  int v = *d;
  delete[] d;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new' is released with 'delete[]'; use 'delete' [ownership-mismatched-dealloc]
  // CHECK: :[[@LINE-8]]:12: note: allocated here by 'new'
  return v;
}

// Deleting a null pointer with either form is fine.
void deleteNull() {
  int *p = nullptr;
  delete p;
  delete[] p;
}
