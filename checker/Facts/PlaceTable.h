//===-- Facts/PlaceTable.h - Where pointers live --------------*- C++ -*-===//
//
// Maps the lvalues of one function to places: locals and parameters, fields
// of local structs (s.buf), fields of *this, and the temporary value of each
// expression. A variable whose address escapes (&p, a reference to it, a
// by-reference capture) is not a place: what is stored into it escapes.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_FACTS_PLACETABLE_H
#define OWNCK_FACTS_PLACETABLE_H

#include "ownck/Facts.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <optional>

namespace clang {
class ParentMap;
}

namespace ownck {

/// Strips what the CFG never shows as an element: parentheses and
/// full-expression wrappers.
const clang::Expr *stripWrappers(const clang::Expr *E);

class PlaceTable {
public:
  PlaceTable(FunctionFacts &F, const clang::Decl &Fn,
             const clang::ParentMap &PM);

  /// The tracked pointer place an lvalue denotes, if any.
  std::optional<PlaceId> placeOf(const clang::Expr *LValue);
  /// The tracked root place of a variable (pointer or struct), if any.
  std::optional<PlaceId> variable(const clang::VarDecl *VD);
  /// The temporary holding \p E's value, creating it.
  PlaceId temporary(const clang::Expr *E);
  /// The temporary holding \p E's value, if anything was put there.
  std::optional<PlaceId> valueOf(const clang::Expr *E) const;

  /// The one object a variable's storage is, for `&x` and `buf`.
  SiteId stackSite(const clang::VarDecl *VD);
  /// The local or static variable whose address or array \p E denotes
  /// (`&x`, `buf`), if any: memory that is not on the heap.
  static const clang::VarDecl *localStorageOf(const clang::Expr *E);

  /// The place of pointer field \p FD of the tracked struct place \p Record.
  PlaceId fieldOf(PlaceId Record, const clang::FieldDecl *FD);
  /// The place of a pointer field of *this, if it can be tracked.
  std::optional<PlaceId> thisField(const clang::FieldDecl *FD);

  /// Fields of *this made into places so far.
  llvm::ArrayRef<PlaceId> thisFields() const { return ThisFieldList; }
  /// Whether \p VD is a local or parameter of the analysed function whose
  /// address never escapes.
  bool isTrackedVariable(const clang::VarDecl *VD) const;
  /// Whether \p VD is a local or parameter of the analysed function that
  /// only changes where the function assigns it.
  bool isStableLocal(const clang::VarDecl *VD) const;
  /// isStableLocal, or a non-volatile global this function does not expose.
  bool isStableVariable(const clang::VarDecl *VD) const;

private:
  void findExposedVariables(const clang::Stmt *Body);
  std::optional<PlaceId> recordPlaceOf(const clang::Expr *LValue);
  PlaceId fieldPlace(PlaceId Parent, const clang::FieldDecl *FD,
                     llvm::StringRef Name);

  FunctionFacts &F;
  const clang::Decl &Fn;
  const clang::ParentMap &PM;
  llvm::DenseSet<const clang::ValueDecl *> Exposed;
  bool ThisExposed = false;
  llvm::DenseMap<const clang::VarDecl *, PlaceId> Variables;
  llvm::DenseMap<std::pair<PlaceId, const clang::FieldDecl *>, PlaceId> Fields;
  llvm::DenseMap<const clang::FieldDecl *, PlaceId> ThisFields;
  llvm::SmallVector<PlaceId, 4> ThisFieldList;
  llvm::DenseMap<const clang::Expr *, PlaceId> Temporaries;
  llvm::DenseMap<const clang::VarDecl *, SiteId> StackSites;
};

} // namespace ownck

#endif // OWNCK_FACTS_PLACETABLE_H
