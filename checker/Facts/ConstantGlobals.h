//===-- Facts/ConstantGlobals.h - Flags that never change -----*- C++ -*-===//
//
// A variable with internal linkage that no code of its translation unit
// writes, binds to a reference or takes the address of always holds its
// initial value; so does a static function that only returns a constant.
// Branches on them (`if (staticTrue)`, `if (staticFive == 5)`) have one
// feasible edge.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_FACTS_CONSTANTGLOBALS_H
#define OWNCK_FACTS_CONSTANTGLOBALS_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <cstdint>
#include <optional>

namespace clang {
class ASTContext;
class Expr;
class FunctionDecl;
class VarDecl;
} // namespace clang

namespace ownck {

class ConstantGlobals {
public:
  /// Scans the main file of \p Ctx once for writes to internal variables.
  explicit ConstantGlobals(clang::ASTContext &Ctx);

  /// The value \p Cond always has, when it only reads constants, internal
  /// variables nobody writes, and static functions returning constants.
  std::optional<int64_t> fold(const clang::Expr *Cond) const;

private:
  std::optional<int64_t> valueOf(const clang::VarDecl *VD) const;
  std::optional<int64_t> returnOf(const clang::FunctionDecl *FD) const;

  clang::ASTContext &Ctx;
  llvm::DenseSet<const clang::VarDecl *> Written;
};

} // namespace ownck

#endif // OWNCK_FACTS_CONSTANTGLOBALS_H
