//===-- Facts/ConstantGlobals.cpp - Flags that never change ----------------===//
//
// Every mention of an internal variable must be a plain read (an
// lvalue-to-rvalue conversion) for its initializer to be its value.
//
//===----------------------------------------------------------------------===//
#include "Facts/ConstantGlobals.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ownck {
namespace {

bool isCandidate(const VarDecl *VD) {
  return VD && VD->hasGlobalStorage() && !VD->isExternallyVisible() &&
         !VD->getType().isVolatileQualified() &&
         (VD->getType()->isIntegralOrEnumerationType());
}

/// Counts, per internal variable, its mentions and its plain reads.
class MentionCounter : public RecursiveASTVisitor<MentionCounter> {
public:
  llvm::DenseMap<const VarDecl *, std::pair<unsigned, unsigned>> Counts;

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (const auto *VD = dyn_cast<VarDecl>(E->getDecl()); isCandidate(VD))
      ++Counts[VD].first;
    return true;
  }
  bool VisitImplicitCastExpr(ImplicitCastExpr *E) {
    if (E->getCastKind() != CK_LValueToRValue)
      return true;
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(E->getSubExpr()->IgnoreParens()))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()); isCandidate(VD))
        ++Counts[VD].second;
    return true;
  }
};

} // namespace

ConstantGlobals::ConstantGlobals(ASTContext &Ctx) : Ctx(Ctx) {
  MentionCounter Counter;
  const SourceManager &SM = Ctx.getSourceManager();
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (SM.isInMainFile(SM.getExpansionLoc(D->getLocation())))
      Counter.TraverseDecl(D);
  for (auto &[VD, C] : Counter.Counts)
    if (C.first != C.second)
      Written.insert(VD);
}

std::optional<int64_t> ConstantGlobals::valueOf(const VarDecl *VD) const {
  if (!isCandidate(VD) || Written.count(VD))
    return std::nullopt;
  const VarDecl *Def = VD->getDefinition();
  if (!Def)
    return std::nullopt;
  const Expr *Init = Def->getInit();
  if (!Init)
    return 0; // Static storage starts zeroed.
  Expr::EvalResult R;
  if (Init->isValueDependent() || !Init->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  return R.Val.getInt().getExtValue();
}

std::optional<int64_t> ConstantGlobals::returnOf(const FunctionDecl *FD) const {
  if (!FD || FD->isExternallyVisible() || FD->getNumParams() != 0)
    return std::nullopt;
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def))
    return std::nullopt;
  const auto *Body = dyn_cast_or_null<CompoundStmt>(Def->getBody());
  if (!Body || Body->size() != 1)
    return std::nullopt;
  const auto *Ret = dyn_cast<ReturnStmt>(Body->body_front());
  if (!Ret || !Ret->getRetValue())
    return std::nullopt;
  return fold(Ret->getRetValue());
}

std::optional<int64_t> ConstantGlobals::fold(const Expr *E) const {
  E = E->IgnoreParenImpCasts();
  if (E->isValueDependent())
    return std::nullopt;
  Expr::EvalResult R;
  if (E->getType()->isIntegralOrEnumerationType() && E->EvaluateAsInt(R, Ctx))
    return R.Val.getInt().getExtValue();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return valueOf(dyn_cast<VarDecl>(DRE->getDecl()));
  if (const auto *CE = dyn_cast<CallExpr>(E))
    return CE->getNumArgs() == 0 ? returnOf(CE->getDirectCallee())
                                 : std::nullopt;
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    std::optional<int64_t> V = fold(UO->getSubExpr());
    if (!V)
      return std::nullopt;
    switch (UO->getOpcode()) {
    case UO_LNot:
      return !*V;
    case UO_Minus:
      return -*V;
    case UO_Not:
      return ~*V;
    case UO_Plus:
      return *V;
    default:
      return std::nullopt;
    }
  }
  const auto *BO = dyn_cast<BinaryOperator>(E);
  if (!BO)
    return std::nullopt;
  std::optional<int64_t> L = fold(BO->getLHS());
  if (!L)
    return std::nullopt;
  if (BO->getOpcode() == BO_LAnd && !*L)
    return 0;
  if (BO->getOpcode() == BO_LOr && *L)
    return 1;
  std::optional<int64_t> Rv = fold(BO->getRHS());
  if (!Rv)
    return std::nullopt;
  switch (BO->getOpcode()) {
  case BO_EQ: return *L == *Rv;
  case BO_NE: return *L != *Rv;
  case BO_LT: return *L < *Rv;
  case BO_GT: return *L > *Rv;
  case BO_LE: return *L <= *Rv;
  case BO_GE: return *L >= *Rv;
  case BO_LAnd: return *L && *Rv;
  case BO_LOr: return *L || *Rv;
  case BO_Add: return *L + *Rv;
  case BO_Sub: return *L - *Rv;
  case BO_Mul: return *L * *Rv;
  default: return std::nullopt;
  }
}

} // namespace ownck
