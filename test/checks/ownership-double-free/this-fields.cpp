// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Fields of *this are owners inside a member function: freeing one twice in
// the same call is a double free, whoever allocated it.
#include <stdlib.h>
#include <string.h>

void logLine(const char *msg);

class TextBuffer {
public:
  ~TextBuffer();
  void reset();
  void resetFixed();
  void replace(const char *text);
  void replaceFixed(const char *text);
  void shrink(size_t n);
  void dispose(bool flush);
  void disposeFixed(bool flush);

private:
  char *data_ = nullptr;
  char *scratch_ = nullptr;
  size_t size_ = 0;
};

// Look-alike: the destructor frees each field once.
TextBuffer::~TextBuffer() {
  free(data_);
  free(scratch_);
}

// reset() frees the data and then frees it again through the scratch alias.
void TextBuffer::reset() {
  scratch_ = data_;
  free(data_);
  free(scratch_);
  // CHECK: :[[@LINE-1]]:3: warning: 'scratch_' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-3]]:3: note: freed here through 'data_'{{$}}
  data_ = scratch_ = nullptr;
}

// Look-alike: the scratch alias is dropped before the free.
void TextBuffer::resetFixed() {
  scratch_ = nullptr;
  free(data_);
  data_ = nullptr;
  size_ = 0;
}

// The old text is freed on both sides of the size check.
void TextBuffer::replace(const char *text) {
  if (strlen(text) > size_) {
    free(data_);
    size_ = strlen(text);
  }
  free(data_);
  // CHECK: :[[@LINE-1]]:3: warning: 'data_' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-5]]:5: note: freed here{{$}}
  data_ = strdup(text);
}

// Look-alike: the old text is freed once, then the field is re-pointed.
void TextBuffer::replaceFixed(const char *text) {
  free(data_);
  data_ = strdup(text);
  size_ = strlen(text);
}

// Look-alike: the shrunken copy replaces the field before the old one is
// freed through a local.
void TextBuffer::shrink(size_t n) {
  char *old = data_;
  data_ = strndup(old, n);
  size_ = n;
  free(old);
}

// The scratch space is freed on the flush path and again after it.
void TextBuffer::dispose(bool flush) {
  if (flush) {
    logLine(data_);
    free(scratch_);
  }
  free(scratch_);
  // CHECK: :[[@LINE-1]]:3: warning: 'scratch_' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-4]]:5: note: freed here{{$}}
  scratch_ = nullptr;
}

// Look-alike: the flush path nulls the field after freeing it.
void TextBuffer::disposeFixed(bool flush) {
  if (flush) {
    logLine(data_);
    free(scratch_);
    scratch_ = nullptr;
  }
  free(scratch_);
  scratch_ = nullptr;
}

// Written with an explicit this->: the same field.
struct TreeNode {
  TreeNode *left = nullptr;
  TreeNode *right = nullptr;

  void pruneLeft() {
    delete this->left;
    if (right == nullptr)
      delete left;
      // CHECK: :[[@LINE-1]]:7: warning: 'left' is freed twice: the memory it points to was already freed [ownership-double-free]
      // CHECK: :[[@LINE-4]]:5: note: freed here{{$}}
    left = nullptr;
  }

  // Look-alike: the two children are different fields.
  void pruneBoth() {
    delete this->left;
    delete this->right;
    left = right = nullptr;
  }
};
