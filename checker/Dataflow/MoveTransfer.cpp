//===-- Dataflow/MoveTransfer.cpp - Moves, re-inits and value uses --------===//
//
// A place is moved-from on a path when a Move reached it there and no
// Reinit followed (Rust's "may" rule: one path is enough). A field shares
// its parent's state: using s.name after moving s is a use after move, and
// so is copying s after moving s.name (a use of a partly moved value).
//
//===----------------------------------------------------------------------===//
#include "Dataflow/MoveTransfer.h"
#include <algorithm>

namespace ownck {

bool MoveMark::excepts(const FunctionFacts &F, PlaceId P) const {
  for (PlaceId E : Except)
    if (isWithin(F, P, E))
      return true;
  return false;
}

bool isWithin(const FunctionFacts &F, PlaceId P, PlaceId Root) {
  for (; P != NoId; P = F.Places[P].Parent)
    if (P == Root)
      return true;
  return false;
}

/// Removes the marks of \p Root and its fields; returns whether any was.
static bool eraseWithin(std::vector<MoveMark> &Marks, PlaceId Root,
                        const FunctionFacts &F) {
  size_t Before = Marks.size();
  llvm::erase_if(Marks,
                 [&](const MoveMark &M) { return isWithin(F, M.Place, Root); });
  return Marks.size() != Before;
}

static void insertMark(std::vector<MoveMark> &Marks, MoveMark M) {
  auto It = std::lower_bound(Marks.begin(), Marks.end(), M);
  if (It == Marks.end() || !(*It == M))
    Marks.insert(It, M);
}

void transferMove(const Fact &Fc, OwnershipState &S, const FunctionFacts &F) {
  eraseWithin(S.Moved, Fc.Dst, F);
  eraseWithin(S.Reinited, Fc.Dst, F);
  insertMark(S.Moved, {Fc.Dst, Fc.Id});
}

void transferReinit(const Fact &Fc, OwnershipState &S, const FunctionFacts &F) {
  // A field of a moved-from object: that field only is valid again.
  bool Changed = false;
  for (MoveMark &M : S.Moved)
    if (M.Place != Fc.Dst && isWithin(F, Fc.Dst, M.Place) &&
        !M.excepts(F, Fc.Dst)) {
      // Fields inside the new one are covered by it.
      llvm::erase_if(M.Except,
                     [&](PlaceId E) { return isWithin(F, E, Fc.Dst); });
      M.Except.insert(llvm::upper_bound(M.Except, Fc.Dst), Fc.Dst);
      Changed = true;
    }
  if (Changed) {
    llvm::sort(S.Moved);
    S.Moved.erase(std::unique(S.Moved.begin(), S.Moved.end()), S.Moved.end());
  }
  if (!eraseWithin(S.Moved, Fc.Dst, F))
    return;
  eraseWithin(S.Reinited, Fc.Dst, F);
  insertMark(S.Reinited, {Fc.Dst, Fc.Id});
}

void transferValueUse(const Fact &Fc, const OwnershipState &S,
                      const FunctionFacts &F, std::vector<Violation> *Sink) {
  if (!Sink || (S.Moved.empty() && S.Reinited.empty()))
    return;
  // The used place, a place it is part of, or (for a use of all of it) a
  // part of it.
  auto Relevant = [&](const MoveMark &M) {
    if (M.excepts(F, Fc.Dst))
      return false; // Given a new value since.
    return isWithin(F, Fc.Dst, M.Place) ||
           (Fc.Whole && isWithin(F, M.Place, Fc.Dst));
  };
  Violation V{ViolationKind::UseAfterMove, Fc.Id, 0, {}, Fc.Dst, {}, {}};
  for (const MoveMark &M : S.Moved)
    if (Relevant(M) && !llvm::is_contained(V.Releases, M.At))
      V.Releases.push_back(M.At);
  for (const MoveMark &M : S.Reinited)
    if (Relevant(M) && !llvm::is_contained(V.Reinits, M.At))
      V.Reinits.push_back(M.At);
  // A path that re-initialised the place and reaches the use is reported
  // without moves: the findings stage words it into the note of the use
  // that other paths (other partitions) report.
  if (V.Releases.empty()) {
    if (V.Reinits.empty())
      return;
    V.Kind = ViolationKind::ReinitReachesUse;
  }
  llvm::sort(V.Releases);
  llvm::sort(V.Reinits);
  Sink->push_back(std::move(V));
}

void endMoves(PlaceId Root, OwnershipState &S, const FunctionFacts &F) {
  if (S.Moved.empty() && S.Reinited.empty())
    return;
  eraseWithin(S.Moved, Root, F);
  eraseWithin(S.Reinited, Root, F);
}

} // namespace ownck
