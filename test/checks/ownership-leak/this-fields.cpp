// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Fields of *this: memory stored in a member belongs to the object, but a
// member overwritten in the same function while it holds the only pointer
// to memory allocated there leaks that memory. Locals meant for a member
// still leak on the paths that never store them.
#include <stdlib.h>
#include <string.h>
#include <utility>

class LineBuffer {
public:
  explicit LineBuffer(size_t n) : data_(new char[n]), cap_(n) {}
  ~LineBuffer() {
    delete[] data_;
    free(name_);
  }

  // The bigger array replaces the one just allocated.
  void reserveTwice(size_t n) {
    delete[] data_;
    data_ = new char[n];
    data_ = new char[2 * n];
    // CHECK: :[[@LINE-1]]:11: warning: memory allocated by 'new[]' leaks when 'data_' is overwritten [ownership-leak]
    // CHECK: :[[@LINE-3]]:13: note: allocated here by 'new[]'
    cap_ = 2 * n;
  }

  // The old array is deleted before the member takes a new one.
  void reserve(size_t n) {
    delete[] data_;
    data_ = new char[n];
    cap_ = n;
  }

  // A new array is built in a local and only committed on success.
  bool resize(size_t n) {
    char *next = new char[n];
    if (n < cap_)
      return false;
    // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'new[]' leaks when 'next' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-4]]:18: note: allocated here by 'new[]'
    memcpy(next, data_, cap_);
    delete[] data_;
    data_ = next;
    cap_ = n;
    return true;
  }

  // The same, rejecting the request before allocating.
  bool resizeChecked(size_t n) {
    if (n < cap_)
      return false;
    char *next = new char[n];
    memcpy(next, data_, cap_);
    delete[] data_;
    data_ = next;
    cap_ = n;
    return true;
  }

  // A name copied into the member, then cleared without being freed.
  void rename(const char *name) {
    free(name_);
    name_ = strdup(name);
    if (name_ && !*name_)
      name_ = nullptr;
    // CHECK: :[[@LINE-1]]:13: warning: memory allocated by 'strdup' leaks when 'name_' is overwritten [ownership-leak]
    // CHECK: :[[@LINE-4]]:13: note: allocated here by 'strdup'
  }

  // Swapping the old name out into a local that is freed.
  void renameSwap(const char *name) {
    char *old = name_;
    name_ = strdup(name);
    free(old);
  }

  // Storing into the member hands the array to the object.
  void adopt(size_t n) {
    delete[] data_;
    data_ = new char[n];
    cap_ = n;
    if (n == 0)
      return;
    data_[0] = '\0';
  }

  // A copy meant for the member is dropped when validation fails.
  bool setName(const char *name) {
    char *copy = strdup(name);
    if (!copy)
      return false;
    if (strchr(copy, '/'))
      return false;
    // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'strdup' leaks when 'copy' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-6]]:18: note: allocated here by 'strdup'
    free(name_);
    name_ = copy;
    return true;
  }

  // The member takes the copy; the old name is released.
  bool setNameChecked(const char *name) {
    if (strchr(name, '/'))
      return false;
    char *copy = strdup(name);
    if (!copy)
      return false;
    free(name_);
    name_ = copy;
    return true;
  }

  // The first candidate is replaced by the second without being freed.
  void chooseName(const char *a, const char *b) {
    char *pick = strdup(a);
    if (b && *b)
      pick = strdup(b);
    // CHECK: :[[@LINE-1]]:12: warning: memory allocated by 'strdup' leaks when 'pick' is overwritten [ownership-leak]
    // CHECK: :[[@LINE-4]]:18: note: allocated here by 'strdup'
    free(name_);
    name_ = pick;
  }

  // Only one candidate is ever copied.
  void chooseNameOnce(const char *a, const char *b) {
    char *pick = strdup(b && *b ? b : a);
    free(name_);
    name_ = pick;
  }

  // Each part is copied; empty parts are skipped without a free.
  size_t appendParts(const char *const *parts, int n) {
    size_t used = 0;
    for (int i = 0; i < n; ++i) {
      char *piece = strdup(parts[i]);
      if (!piece)
        return used;
      size_t len = strlen(piece);
      if (len == 0)
        continue;
      // CHECK: :[[@LINE-1]]:9: warning: memory allocated by 'strdup' leaks when 'piece' goes out of scope [ownership-leak]
      // CHECK: :[[@LINE-7]]:21: note: allocated here by 'strdup'
      if (used + len < cap_) {
        memcpy(data_ + used, piece, len);
        used += len;
      }
      free(piece);
    }
    return used;
  }

  // Parts are appended straight from the input.
  size_t appendPartsDirect(const char *const *parts, int n) {
    size_t used = 0;
    for (int i = 0; i < n; ++i) {
      size_t len = strlen(parts[i]);
      if (len == 0 || used + len >= cap_)
        continue;
      memcpy(data_ + used, parts[i], len);
      used += len;
    }
    return used;
  }

  // Exchanging arrays with another buffer: both stay owned.
  void swapWith(LineBuffer &other) {
    char *d = data_;
    data_ = other.data_;
    other.data_ = d;
    size_t c = cap_;
    cap_ = other.cap_;
    other.cap_ = c;
  }

  // The member is written twice through `this->`.
  void resetName(const char *a, const char *b) {
    free(name_);
    this->name_ = strdup(a);
    this->name_ = strdup(b);
    // CHECK: :[[@LINE-1]]:17: warning: memory allocated by 'strdup' leaks when 'name_' is overwritten [ownership-leak]
    // CHECK: :[[@LINE-3]]:19: note: allocated here by 'strdup'
  }

private:
  char *data_;
  size_t cap_;
  char *name_ = nullptr;
};
