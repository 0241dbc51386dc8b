//===-- Facts/BranchConditions.cpp - What a branch tests ------------------===//
//
// Null tests refine what a place may point to; pure conditions become
// numbered atoms whose value the dataflow remembers along a path, so that
// `if (a > b) p = malloc(8); ... if (a > b) free(p);` is seen as correct.
//
//===----------------------------------------------------------------------===//
#include "Facts/BranchConditions.h"
#include "Facts/ValueRanges.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/Builtins.h"

using namespace clang;

namespace ownck {
namespace {

/// `__builtin_expect(e, v)` (likely/unlikely macros) tests `e`, and so does
/// `static_cast<bool>(e)` (glibc's assert).
const Expr *unwrapExpect(const Expr *E) {
  if (const auto *CE = dyn_cast<CallExpr>(E))
    if (CE->getBuiltinCallee() == Builtin::BI__builtin_expect &&
        CE->getNumArgs() > 0)
      return unwrapExpect(CE->getArg(0)->IgnoreParenImpCasts());
  if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
    if (Cast->getType()->isBooleanType())
      return unwrapExpect(Cast->getSubExpr()->IgnoreParenImpCasts());
  return E;
}

/// A null test: the place tested, and whether "true" means "not null".
struct NullTest {
  PlaceId Place;
  bool TrueMeansNonNull;
};

std::optional<NullTest> parseNullTest(const Expr *E, PlaceTable &Places,
                                      ASTContext &Ctx) {
  E = unwrapExpect(stripWrappers(E)->IgnoreParenImpCasts());
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() != UO_LNot)
      return std::nullopt;
    auto T = parseNullTest(UO->getSubExpr(), Places, Ctx);
    if (T)
      T->TrueMeansNonNull = !T->TrueMeansNonNull;
    return T;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_Assign)
      return parseNullTest(BO->getLHS(), Places, Ctx);
    if (!BO->isEqualityOp())
      return std::nullopt;
    auto IsNull = [&](const Expr *X) {
      return X->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) !=
             Expr::NPCK_NotNull;
    };
    const Expr *Other = IsNull(BO->getRHS())   ? BO->getLHS()
                        : IsNull(BO->getLHS()) ? BO->getRHS()
                                               : nullptr;
    if (!Other)
      return std::nullopt;
    auto T = parseNullTest(Other, Places, Ctx);
    if (T && BO->getOpcode() == BO_EQ)
      T->TrueMeansNonNull = !T->TrueMeansNonNull;
    return T;
  }
  if (!E->isGLValue() || !E->getType()->isPointerType())
    return std::nullopt;
  if (std::optional<PlaceId> P = Places.placeOf(E))
    return NullTest{*P, true};
  return std::nullopt;
}

/// `p == buf` or `p != &x`: a place compared with a local's storage.
struct StorageTest {
  PlaceId Place;
  const VarDecl *Local;
  bool TrueMeansEqual;
};

std::optional<StorageTest> parseStorageTest(const Expr *E, PlaceTable &Places) {
  bool Negated = false;
  E = unwrapExpect(stripWrappers(E)->IgnoreParenImpCasts());
  while (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() != UO_LNot)
      return std::nullopt;
    Negated = !Negated;
    E = UO->getSubExpr()->IgnoreParenImpCasts();
  }
  const auto *BO = dyn_cast<BinaryOperator>(E);
  if (!BO || !BO->isEqualityOp())
    return std::nullopt;
  for (auto [PlaceSide, LocalSide] : {std::pair{BO->getLHS(), BO->getRHS()},
                                      std::pair{BO->getRHS(), BO->getLHS()}}) {
    const VarDecl *Local = PlaceTable::localStorageOf(LocalSide);
    const Expr *L = PlaceSide->IgnoreParenImpCasts();
    if (!Local || !L->isGLValue())
      continue;
    if (std::optional<PlaceId> P = Places.placeOf(L))
      return StorageTest{*P, Local, (BO->getOpcode() == BO_EQ) != Negated};
  }
  return std::nullopt;
}

BinaryOperatorKind negatedComparison(BinaryOperatorKind K) {
  switch (K) {
  case BO_NE:
    return BO_EQ;
  case BO_LE:
    return BO_GT;
  case BO_GE:
    return BO_LT;
  default:
    return K;
  }
}

} // namespace

BranchConditions::Atom BranchConditions::atomOf(const Expr *Cond) const {
  bool Negated = false;
  const Expr *E = unwrapExpect(stripWrappers(Cond)->IgnoreParenImpCasts());
  while (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() != UO_LNot)
      break;
    Negated = !Negated;
    E = unwrapExpect(UO->getSubExpr()->IgnoreParenImpCasts());
  }
  return {E, Negated};
}

bool BranchConditions::isPure(
    const Expr *E, llvm::SmallVectorImpl<const ValueDecl *> &Reads) const {
  E = E->IgnoreParens();
  if (isa<IntegerLiteral, CXXBoolLiteralExpr, CharacterLiteral, FloatingLiteral,
          CXXNullPtrLiteralExpr, GNUNullExpr, UnaryExprOrTypeTraitExpr>(E))
    return true;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    if (isa<EnumConstantDecl>(DRE->getDecl()))
      return true;
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || !Places.isStableVariable(VD))
      return false;
    Reads.push_back(VD);
    return true;
  }
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return !ME->isArrow() && isPure(ME->getBase(), Reads);
  if (const auto *CE = dyn_cast<CastExpr>(E))
    return isPure(CE->getSubExpr(), Reads);
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    return !UO->isIncrementDecrementOp() && UO->getOpcode() != UO_Deref &&
           UO->getOpcode() != UO_AddrOf && isPure(UO->getSubExpr(), Reads);
  if (const auto *BO = dyn_cast<BinaryOperator>(E))
    return !BO->isAssignmentOp() && BO->getOpcode() != BO_Comma &&
           isPure(BO->getLHS(), Reads) && isPure(BO->getRHS(), Reads);
  return false;
}

static llvm::FoldingSetNodeID profileOf(const Expr *E, ASTContext &Ctx,
                                        bool &Negated) {
  llvm::FoldingSetNodeID ID;
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    BinaryOperatorKind K = negatedComparison(BO->getOpcode());
    if (K != BO->getOpcode())
      Negated = !Negated;
    ID.AddInteger(K);
    BO->getLHS()->IgnoreParenImpCasts()->Profile(ID, Ctx, true);
    BO->getRHS()->IgnoreParenImpCasts()->Profile(ID, Ctx, true);
    return ID;
  }
  E->Profile(ID, Ctx, true);
  return ID;
}

void BranchConditions::registerCondition(const Expr *Cond) {
  Atom A = atomOf(Cond);
  if (parseNullTest(A.E, Places, Ctx) || parseStorageTest(A.E, Places))
    return; // Refined through the place instead.
  llvm::SmallVector<const ValueDecl *, 4> Reads;
  if (!isPure(A.E, Reads) || Reads.empty())
    return;
  bool Negated = A.Negated;
  llvm::FoldingSetNodeID ID = profileOf(A.E, Ctx, Negated);
  if (Ids.count(ID))
    return;
  // A comparison with a constant is one condition however it is written
  // (`n <= 10` is `n > 10` failing; a switch's case is `k == 1`).
  std::optional<Comparison> Cmp = comparisonOf(A.E, Ctx);
  if (Cmp && Negated != A.Negated)
    std::swap(Cmp->Holds, Cmp->Fails); // The id names the other form.
  if (Cmp)
    if (std::optional<ConditionId> Known = Ranges.find(*Cmp)) {
      Ids.emplace(ID, *Known);
      return;
    }
  if (F.NumConditions >= 32)
    return;
  ConditionId C = F.NumConditions++;
  Ids.emplace(ID, C);
  if (Cmp)
    Ranges.add(*Cmp, C);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(A.E->IgnoreParenImpCasts()))
    Flags.try_emplace(DRE->getDecl(), C);
  for (const ValueDecl *VD : Reads)
    if (!llvm::is_contained(Readers[VD], C))
      Readers[VD].push_back(C);
}

void BranchConditions::refine(const Expr *Cond,
                              llvm::SmallVectorImpl<Refinement> &OnTrue,
                              llvm::SmallVectorImpl<Refinement> &OnFalse) {
  if (auto T = parseStorageTest(Cond, Places)) {
    SiteId S = Places.stackSite(T->Local);
    Refinement Is{Refinement::PlaceIsSite, T->Place, S};
    Refinement IsNot{Refinement::PlaceIsNotSite, T->Place, S};
    OnTrue.push_back(T->TrueMeansEqual ? Is : IsNot);
    OnFalse.push_back(T->TrueMeansEqual ? IsNot : Is);
    return;
  }
  if (auto T = parseNullTest(Cond, Places, Ctx)) {
    OnTrue.push_back({T->TrueMeansNonNull ? Refinement::PlaceIsNonNull
                                          : Refinement::PlaceIsNull,
                      T->Place});
    OnFalse.push_back({T->TrueMeansNonNull ? Refinement::PlaceIsNull
                                           : Refinement::PlaceIsNonNull,
                       T->Place});
    return;
  }
  Atom A = atomOf(Cond);
  bool Negated = A.Negated;
  llvm::FoldingSetNodeID ID = profileOf(A.E, Ctx, Negated);
  auto It = Ids.find(ID);
  if (It == Ids.end())
    return;
  OnTrue.push_back(
      {Negated ? Refinement::ConditionFails : Refinement::ConditionHolds,
       It->second});
  OnFalse.push_back(
      {Negated ? Refinement::ConditionHolds : Refinement::ConditionFails,
       It->second});
  // What the comparison's range decides about the others on its lvalue.
  if (std::optional<Comparison> Cmp = comparisonOf(A.E, Ctx)) {
    Ranges.implied(*Cmp, /*Holds=*/true, A.Negated ? OnFalse : OnTrue);
    Ranges.implied(*Cmp, /*Holds=*/false, A.Negated ? OnTrue : OnFalse);
  }
}

std::optional<BranchConditions::SwitchCases>
BranchConditions::switchCases(const SwitchStmt *Switch) const {
  const Expr *Cond =
      Switch->getCond() ? Switch->getCond()->IgnoreParenImpCasts() : nullptr;
  llvm::SmallVector<const ValueDecl *, 4> Reads;
  if (!Cond || !isa<DeclRefExpr, MemberExpr>(Cond) ||
      !Cond->getType()->isIntegralOrEnumerationType() || !isPure(Cond, Reads) ||
      Reads.empty())
    return std::nullopt;
  SwitchCases Out{equalTo(Cond, 0, Ctx), {}, {Reads.begin(), Reads.end()}};
  for (const SwitchCase *SC = Switch->getSwitchCaseList(); SC;
       SC = SC->getNextSwitchCase()) {
    const auto *Case = dyn_cast<CaseStmt>(SC);
    Expr::EvalResult V;
    if (!Case)
      continue;
    if (Case->caseStmtIsGNURange() || Case->getLHS()->isValueDependent() ||
        !Case->getLHS()->EvaluateAsInt(V, Ctx) ||
        V.Val.getInt().getSignificantBits() > 64)
      return std::nullopt;
    Out.Values.push_back(V.Val.getInt().getSExtValue());
  }
  return Out;
}

void BranchConditions::registerSwitch(const SwitchStmt *Switch) {
  std::optional<SwitchCases> Cases = switchCases(Switch);
  if (!Cases)
    return;
  for (int64_t Value : Cases->Values) {
    Comparison Cmp = equalTo(Cases->Tested, Value);
    if (Ranges.find(Cmp) || F.NumConditions >= 32)
      continue;
    ConditionId C = F.NumConditions++;
    Ranges.add(Cmp, C);
    for (const ValueDecl *VD : Cases->Reads)
      if (!llvm::is_contained(Readers[VD], C))
        Readers[VD].push_back(C);
  }
  Switches.try_emplace(Switch, std::move(*Cases));
}

void BranchConditions::refineCase(const SwitchStmt *Switch, const Stmt *Label,
                                  llvm::SmallVectorImpl<Refinement> &Out) {
  auto Cases = Switches.find(Switch);
  if (Cases == Switches.end())
    return;
  Expr::EvalResult V;
  if (const auto *Case = dyn_cast_or_null<CaseStmt>(Label);
      Case && Case->getLHS()->EvaluateAsInt(V, Ctx))
    return Ranges.implied(
        equalTo(Cases->second.Tested, V.Val.getInt().getSExtValue()),
        /*Holds=*/true, Out);
  Ranges.noneOf(Cases->second.Tested.Key, Cases->second.Values, Out);
}

std::optional<ConditionId> BranchConditions::flagOf(const ValueDecl *VD) const {
  auto It = Flags.find(VD);
  if (It == Flags.end())
    return std::nullopt;
  return It->second;
}

llvm::ArrayRef<ConditionId>
BranchConditions::readersOf(const ValueDecl *VD) const {
  auto It = Readers.find(VD);
  if (It == Readers.end())
    return {};
  return It->second;
}

} // namespace ownck
