//===-- Facts/BranchConditions.h - What a branch tests -------*- C++ -*-===//
//
// Reads the condition of a two-way branch into refinements of its edges:
// null tests of tracked places (`if (p)`, `if (!p)`, `p == nullptr`,
// `(p = malloc(n)) != NULL`), and pure conditions over local variables
// (`if (a > b)`) that later branches may test again.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_FACTS_BRANCHCONDITIONS_H
#define OWNCK_FACTS_BRANCHCONDITIONS_H

#include "Facts/PlaceTable.h"
#include "Facts/ValueRanges.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/FoldingSet.h"
#include <map>

namespace clang {
class ASTContext;
class SwitchStmt;
} // namespace clang

namespace ownck {

class BranchConditions {
public:
  BranchConditions(FunctionFacts &F, PlaceTable &Places, clang::ASTContext &Ctx)
      : F(F), Places(Places), Ctx(Ctx) {}

  /// Gives a pure condition an identity; called for every branch first so
  /// that writes seen before a branch in a loop can already kill it.
  void registerCondition(const clang::Expr *Cond);
  /// Gives each `case` of a switch on a variable the condition `v == c`.
  void registerSwitch(const clang::SwitchStmt *Switch);
  /// The refinements on the edge of \p Switch to the block labelled
  /// \p Label (a case, else the default).
  void refineCase(const clang::SwitchStmt *Switch, const clang::Stmt *Label,
                  llvm::SmallVectorImpl<Refinement> &Out);
  /// The refinements on the true and false edges of a branch on \p Cond.
  void refine(const clang::Expr *Cond,
              llvm::SmallVectorImpl<Refinement> &OnTrue,
              llvm::SmallVectorImpl<Refinement> &OnFalse);
  /// The comparisons of variable \p VD with constants that its having
  /// \p Value decides, and whether each holds.
  llvm::SmallVector<std::pair<ConditionId, bool>, 2>
  decidedBy(const clang::ValueDecl *VD, int64_t Value) const {
    return Ranges.decidedBy(VD, Value);
  }
  /// The condition that is variable \p VD itself (`if (done)`), if any.
  std::optional<ConditionId> flagOf(const clang::ValueDecl *VD) const;
  /// Conditions whose value depends on \p VD.
  llvm::ArrayRef<ConditionId> readersOf(const clang::ValueDecl *VD) const;

private:
  struct Atom {
    const clang::Expr *E;
    bool Negated;
  };
  Atom atomOf(const clang::Expr *Cond) const;
  bool isPure(const clang::Expr *E,
              llvm::SmallVectorImpl<const clang::ValueDecl *> &Reads) const;

  FunctionFacts &F;
  PlaceTable &Places;
  clang::ASTContext &Ctx;
  std::map<llvm::FoldingSetNodeID, ConditionId> Ids;
  llvm::DenseMap<const clang::ValueDecl *, llvm::SmallVector<ConditionId, 2>>
      Readers;
  llvm::DenseMap<const clang::ValueDecl *, ConditionId> Flags;
  /// Comparisons with constants, which decide one another.
  ValueRanges Ranges;
  /// What a switch on an lvalue tests: the lvalue (as `lvalue == 0`), its
  /// case values, and the variables it reads.
  struct SwitchCases {
    Comparison Tested;
    llvm::SmallVector<int64_t, 4> Values;
    llvm::SmallVector<const clang::ValueDecl *, 2> Reads;
  };
  std::optional<SwitchCases> switchCases(const clang::SwitchStmt *Switch) const;
  /// The switches registered, read once for all their edges.
  llvm::DenseMap<const clang::SwitchStmt *, SwitchCases> Switches;
};

} // namespace ownck

#endif // OWNCK_FACTS_BRANCHCONDITIONS_H
