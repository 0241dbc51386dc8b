//===-- Facts/MovablePlaces.h - Objects that may be moved from -*- C++ -*-===//
//
// The objects of one function whose moved-from state is tracked: every
// variable, field of a local, or field of *this that the function hands to
// std::move or std::forward, with the objects it is part of. A function that
// moves nothing tracks nothing, so the check costs nothing there.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_FACTS_MOVABLEPLACES_H
#define OWNCK_FACTS_MOVABLEPLACES_H

#include "ownck/Facts.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>

namespace clang {
class ASTContext;
class Decl;
} // namespace clang

namespace ownck {

/// An lvalue's tracked object: the place itself, or the nearest tracked
/// object it is a field of (Exact is then false).
struct MovableRef {
  PlaceId Place;
  bool Exact;
};

class MovablePlaces {
public:
  /// \p OutParameters: also track the function's `T &` parameters of
  /// class type (for summaries).
  MovablePlaces(FunctionFacts &F, const clang::Decl &Fn,
                clang::ASTContext &Ctx, bool OutParameters = false);

  bool empty() const { return Count == 0; }
  /// The tracked object \p LValue names or is part of.
  std::optional<MovableRef> find(const clang::Expr *LValue) const;
  /// The tracked place of variable \p VD, if any.
  std::optional<PlaceId> variable(const clang::ValueDecl *VD) const;
  /// The place for the \p Base part of \p Whole (`Base(std::move(o))` in a
  /// derived class's move constructor moves only that part).
  PlaceId basePart(PlaceId Whole, const clang::CXXRecordDecl *Base);
  /// Tracked fields of *this, with their places.
  llvm::ArrayRef<std::pair<const clang::FieldDecl *, PlaceId>>
  thisFields() const {
    return ThisFieldList;
  }

private:
  /// Makes a place for \p LValue and the objects it is part of.
  void track(const clang::Expr *LValue);
  void trackRoot(const clang::ValueDecl *Root);
  void trackChain(const clang::ValueDecl *Root,
                  llvm::SmallVector<const clang::FieldDecl *, 2> Fields);
  std::optional<PlaceId> lookup(const clang::Expr *LValue) const;

  FunctionFacts &F;
  clang::ASTContext &Ctx;
  unsigned Count = 0;
  llvm::DenseMap<const clang::ValueDecl *, PlaceId> Roots;
  llvm::DenseMap<const clang::FieldDecl *, PlaceId> ThisFields;
  llvm::SmallVector<std::pair<const clang::FieldDecl *, PlaceId>, 2>
      ThisFieldList;
  llvm::DenseMap<std::pair<PlaceId, const void *>, PlaceId> Parts;
};

} // namespace ownck

#endif // OWNCK_FACTS_MOVABLEPLACES_H
