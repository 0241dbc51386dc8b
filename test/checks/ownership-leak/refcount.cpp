// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A helper that releases its argument on some paths (an intrusive
// reference count reaching zero) takes ownership from its caller; one that
// only reads through the pointer borrows it.
struct Shared {
  int refs;
  int value;
};

// Drops one reference; the last one deletes the object.
void put(Shared *d) {
  if (--d->refs == 0)
    delete d;
}

// Reads the value only.
int peek(Shared *d) { return d->value; }

// The count starts at two: the two put() calls release the object.
int useTwice(int v) {
  Shared *d = new Shared{2, v};
  put(d);
  int r = d->value;
  put(d);
  return r;
}

// peek() only borrows: nothing releases the object.
int peekOnly(int v) {
  Shared *d = new Shared{1, v};
  int r = peek(d);
  return r;
  // CHECK: :[[@LINE-1]]:3: warning: memory allocated by 'new' leaks when 'd' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-4]]:15: note: allocated here by 'new'
}

// peek() then put(): the last reference is dropped.
int peekThenPut(int v) {
  Shared *d = new Shared{1, v};
  int r = peek(d);
  put(d);
  return r;
}
