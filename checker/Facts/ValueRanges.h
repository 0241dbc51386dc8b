//===-- Facts/ValueRanges.h - Comparisons with constants ------*- C++ -*-===//
//
// Conditions that compare one integer lvalue with a constant (`k == 1`,
// `n > 10`, a switch's `case 2:`) each stand for a range of that lvalue's
// values. Knowing one such condition decides the others on the same lvalue
// whose ranges are disjoint from it or contain it: `if (n > 10) ...;
// if (n < 5) ...` cannot take both branches.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_FACTS_VALUERANGES_H
#define OWNCK_FACTS_VALUERANGES_H

#include "ownck/Facts.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/FoldingSet.h"
#include <cstdint>
#include <optional>

namespace ownck {

/// The closed range [Lo, Hi] of int64 values.
struct ValueRange {
  int64_t Lo, Hi;
  bool operator==(const ValueRange &O) const {
    return Lo == O.Lo && Hi == O.Hi;
  }
};

/// A comparison of an lvalue with a constant, as ranges of the lvalue: the
/// values for which it holds and for which it fails (absent when that is
/// not one range: `k != 1` holds on two).
struct Comparison {
  llvm::FoldingSetNodeID Key; ///< The lvalue compared.
  /// The variable compared, when the lvalue is one (not a field).
  const clang::ValueDecl *Var = nullptr;
  std::optional<ValueRange> Holds, Fails;
};

/// `v op c` or `c op v` with op one of == != < <= > >=, and c a constant.
std::optional<Comparison> comparisonOf(const clang::Expr *E,
                                       const clang::ASTContext &Ctx);
/// `v == c`: what a switch's case label says.
/// `v == Value` for the lvalue \p SameLValue compares.
Comparison equalTo(const Comparison &SameLValue, int64_t Value);
Comparison equalTo(const clang::Expr *LValue, int64_t Value,
                   const clang::ASTContext &Ctx);

class ValueRanges {
public:
  /// Remembers that condition \p Id holds exactly when \p C holds.
  void add(const Comparison &C, ConditionId Id);
  /// The condition recorded for the same comparison, if any.
  std::optional<ConditionId> find(const Comparison &C) const;
  /// Where \p C is known to hold (or to fail), the other recorded
  /// conditions on its lvalue that this decides.
  void implied(const Comparison &C, bool Holds,
               llvm::SmallVectorImpl<Refinement> &Out) const;
  /// Where the lvalue is none of \p Values (a switch's default), the
  /// recorded `v == c` conditions for those values fail.
  /// The recorded comparisons of \p Var that its having \p Value
  /// decides, and whether each holds.
  llvm::SmallVector<std::pair<ConditionId, bool>, 2>
  decidedBy(const clang::ValueDecl *Var, int64_t Value) const;
  void noneOf(const llvm::FoldingSetNodeID &Key, llvm::ArrayRef<int64_t> Values,
              llvm::SmallVectorImpl<Refinement> &Out) const;

private:
  struct Entry {
    Comparison C;
    ConditionId Id;
  };
  llvm::SmallVector<Entry, 4> Entries;
};

} // namespace ownck

#endif // OWNCK_FACTS_VALUERANGES_H
