//===-- Facts/ValueRanges.cpp - Comparisons with constants ----------------===//
//
// Each comparison is kept as the range where it holds and the range where it
// fails; two conditions on one lvalue are related when one's known range is
// disjoint from, or inside, the other's.
//
//===----------------------------------------------------------------------===//
#include "Facts/ValueRanges.h"
#include "clang/AST/ASTContext.h"
#include <limits>

using namespace clang;

namespace ownck {
namespace {

constexpr int64_t Min = std::numeric_limits<int64_t>::min();
constexpr int64_t Max = std::numeric_limits<int64_t>::max();

bool disjoint(ValueRange A, ValueRange B) { return A.Hi < B.Lo || B.Hi < A.Lo; }
bool inside(ValueRange A, ValueRange B) { return B.Lo <= A.Lo && A.Hi <= B.Hi; }

std::optional<int64_t> constantOf(const Expr *E, const ASTContext &Ctx) {
  Expr::EvalResult R;
  if (E->isValueDependent() || !E->EvaluateAsInt(R, Ctx) ||
      R.Val.getInt().getSignificantBits() > 64)
    return std::nullopt;
  return R.Val.getInt().getSExtValue();
}

llvm::FoldingSetNodeID keyOf(const Expr *LValue, const ASTContext &Ctx) {
  llvm::FoldingSetNodeID ID;
  LValue->IgnoreParenImpCasts()->Profile(ID, Ctx, /*Canonical=*/true);
  return ID;
}

/// The ranges of `v Op C`.
Comparison rangesOf(BinaryOperatorKind Op, int64_t C) {
  Comparison R;
  switch (Op) {
  case BO_EQ:
    R.Holds = ValueRange{C, C};
    break;
  case BO_NE:
    R.Fails = ValueRange{C, C};
    break;
  case BO_LT:
    if (C != Min)
      R.Holds = ValueRange{Min, C - 1};
    R.Fails = ValueRange{C, Max};
    break;
  case BO_LE:
    R.Holds = ValueRange{Min, C};
    if (C != Max)
      R.Fails = ValueRange{C + 1, Max};
    break;
  case BO_GT:
    if (C != Max)
      R.Holds = ValueRange{C + 1, Max};
    R.Fails = ValueRange{Min, C};
    break;
  case BO_GE:
    R.Holds = ValueRange{C, Max};
    if (C != Min)
      R.Fails = ValueRange{Min, C - 1};
    break;
  default:
    break;
  }
  return R;
}

} // namespace

std::optional<Comparison> comparisonOf(const Expr *E, const ASTContext &Ctx) {
  const auto *BO = dyn_cast<BinaryOperator>(E->IgnoreParenImpCasts());
  if (!BO || !BO->isComparisonOp())
    return std::nullopt;
  const Expr *L = BO->getLHS()->IgnoreParenImpCasts();
  const Expr *R = BO->getRHS()->IgnoreParenImpCasts();
  BinaryOperatorKind Op = BO->getOpcode();
  std::optional<int64_t> C = constantOf(R, Ctx);
  if (!C) {
    // `5 < n` is `n > 5`.
    C = constantOf(L, Ctx);
    std::swap(L, R);
    Op = BinaryOperator::reverseComparisonOp(Op);
  }
  if (!C || !isa<DeclRefExpr, MemberExpr>(L) ||
      !L->getType()->isIntegralOrEnumerationType())
    return std::nullopt;
  Comparison Out = rangesOf(Op, *C);
  Out.Key = keyOf(L, Ctx);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(L))
    Out.Var = DRE->getDecl();
  return Out;
}

Comparison equalTo(const Comparison &SameLValue, int64_t Value) {
  Comparison Out = rangesOf(BO_EQ, Value);
  Out.Key = SameLValue.Key;
  Out.Var = SameLValue.Var;
  return Out;
}

Comparison equalTo(const Expr *LValue, int64_t Value, const ASTContext &Ctx) {
  Comparison Out;
  Out.Key = keyOf(LValue, Ctx);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(LValue->IgnoreParenImpCasts()))
    Out.Var = DRE->getDecl();
  return equalTo(Out, Value);
}

void ValueRanges::add(const Comparison &C, ConditionId Id) {
  Entries.push_back({C, Id});
}

std::optional<ConditionId> ValueRanges::find(const Comparison &C) const {
  for (const Entry &E : Entries)
    if (E.C.Key == C.Key && E.C.Holds == C.Holds && E.C.Fails == C.Fails)
      return E.Id;
  return std::nullopt;
}

void ValueRanges::implied(const Comparison &C, bool Holds,
                          llvm::SmallVectorImpl<Refinement> &Out) const {
  std::optional<ValueRange> Known = Holds ? C.Holds : C.Fails;
  if (!Known)
    return;
  for (const Entry &E : Entries) {
    if (!(E.C.Key == C.Key))
      continue;
    if ((E.C.Holds && disjoint(*Known, *E.C.Holds)) ||
        (E.C.Fails && inside(*Known, *E.C.Fails)))
      Out.push_back({Refinement::ConditionFails, E.Id});
    else if ((E.C.Holds && inside(*Known, *E.C.Holds)) ||
             (E.C.Fails && disjoint(*Known, *E.C.Fails)))
      Out.push_back({Refinement::ConditionHolds, E.Id});
  }
}

llvm::SmallVector<std::pair<ConditionId, bool>, 2>
ValueRanges::decidedBy(const ValueDecl *Var, int64_t Value) const {
  llvm::SmallVector<std::pair<ConditionId, bool>, 2> Out;
  ValueRange Known{Value, Value};
  for (const Entry &E : Entries) {
    if (E.C.Var != Var)
      continue;
    // One value is inside a range or disjoint from it.
    if (E.C.Holds)
      Out.push_back({E.Id, inside(Known, *E.C.Holds)});
    else if (E.C.Fails)
      Out.push_back({E.Id, !inside(Known, *E.C.Fails)});
  }
  return Out;
}

void ValueRanges::noneOf(const llvm::FoldingSetNodeID &Key,
                         llvm::ArrayRef<int64_t> Values,
                         llvm::SmallVectorImpl<Refinement> &Out) const {
  for (const Entry &E : Entries)
    if (E.C.Key == Key && E.C.Holds && E.C.Holds->Lo == E.C.Holds->Hi &&
        llvm::is_contained(Values, E.C.Holds->Lo))
      Out.push_back({Refinement::ConditionFails, E.Id});
}

} // namespace ownck
