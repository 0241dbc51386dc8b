// RUN: %ownck %s -- %cxxflags | count 0
// Raw pointers taken from smart pointers whose object is still alive: the
// memory is not freed, so reading through them is not a use after free.
// (LOOKALIKES.md, "Borrows and invalidation".)
#include <memory>
#include <utility>

// Another shared owner keeps the object alive after reset().
int sharedOwner() {
  std::shared_ptr<int> sp(new int(5));
  auto sp2 = sp;
  int *p = sp.get();
  sp.reset();
  return *p;
}

// A no-op deleter: the unique_ptr's death frees nothing.
struct NoOp {
  void operator()(int *) const {}
};
int noOpDeleter(int *raw) {
  int *p;
  {
    std::unique_ptr<int, NoOp> u(raw);
    p = u.get();
  }
  return *p;
}

// Alias, then move: the object now belongs to 'b' and is still alive.
int aliasThenMove() {
  std::unique_ptr<int> a(new int(1));
  int *p = a.get();
  std::unique_ptr<int> b = std::move(a);
  return *p;
}

// The raw pointer is released from the unique_ptr and deleted once.
int releaseThenDelete() {
  std::unique_ptr<int> u(new int(3));
  int *p = u.release();
  int v = *p;
  delete p;
  return v;
}
