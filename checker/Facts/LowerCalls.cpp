//===-- Facts/LowerCalls.cpp - new, delete, calls and arguments ---===//
//
// How allocation and release expressions and calls lower to facts: the
// models say what a callee does, summaries what a visible function does,
// and the escape policy decides for the rest.
//
//===----------------------------------------------------------------------===//
#include "Facts/FactsGeneratorImpl.h"

namespace ownck {
namespace lowering {

void FactsGenerator::lowerNew(const CXXNewExpr *E) {
  NewModel M = modelNew(*E);
  if (E->getInitializer() && !isa<CXXConstructExpr>(E->getInitializer()))
    escapeOperands(E->getInitializer());
  switch (M.Kind) {
  case NewModel::Allocation: {
    SiteId S =
        siteFor(E, SiteKind::Allocation, M.Fam, M.MayBeNull, familyName(M.Fam));
    Fact &F = emit(FactKind::Acquire, E->getBeginLoc());
    F.Dst = Places.temporary(E);
    F.Site = S;
    // `new Widget(parent)`: a constructor given another object may register
    // the new one with it (Qt's parent ownership, intrusive lists).
    if (!Opts.Strict && constructorTakesObjectPointer(E))
      emitEscape(E, EscapeKind::Store, E->getBeginLoc());
    return;
  }
  case NewModel::ReturnsArgument:
    return emitAlias(Places.temporary(E), E->getPlacementArg(0),
                     E->getBeginLoc());
  case NewModel::NotOwned:
    for (const Expr *Arg : E->placement_arguments())
      emitEscape(Arg, EscapeKind::Call, Arg->getBeginLoc());
    return;
  }
}

bool FactsGenerator::constructorTakesObjectPointer(const CXXNewExpr *E) {
  const CXXConstructExpr *Ctor = E->getConstructExpr();
  if (!Ctor)
    return false;
  const CXXConstructorDecl *CD = Ctor->getConstructor();
  for (unsigned I = 0; I < Ctor->getNumArgs() && I < CD->getNumParams(); ++I) {
    QualType T = CD->getParamDecl(I)->getType();
    const Expr *Arg = Ctor->getArg(I);
    if (T->isPointerType() && T->getPointeeType()->isRecordType() &&
        !T->getPointeeType().isConstQualified() &&
        !Arg->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
      return true;
  }
  return false;
}

void FactsGenerator::lowerDelete(const CXXDeleteExpr *E) {
  std::optional<PlaceId> V = pointerValue(E->getArgument());
  if (!V)
    return;
  Family Fam = modelDelete(*E);
  Fact &F = emit(FactKind::Release, E->getBeginLoc());
  F.Src = *V;
  F.Fam = Fam;
  F.Text = Out.save(describe(E->getArgument()));
  F.Callee = deallocatorName(Fam);
}

void FactsGenerator::lowerCall(const CallExpr *E) {
  const FunctionDecl *Callee = E->getDirectCallee();
  CallModel M = modelCall(Callee, Opts.Allocators);
  llvm::SmallVector<const Expr *, 4> Args(E->arguments());
  unsigned Shift = 0;
  // A member operator's object is its first argument, not a parameter.
  if (isa<CXXOperatorCallExpr>(E) && isa_and_nonnull<CXXMethodDecl>(Callee) &&
      !cast<CXXMethodDecl>(Callee)->isStatic() && !Args.empty())
    Args.erase(Args.begin());
  const FunctionSummary *Summary = nullptr;
  if (M.Kind == CallModel::Unknown && Callee && Opts.Summaries)
    Summary = Opts.Summaries->summaryOf(*Callee);
  lowerArguments(E, Callee, Args, Shift, M, Summary);

  SourceLocation Loc = E->getBeginLoc();
  if (Summary && Summary->ReturnsOwned) {
    Fact &F = emit(FactKind::Acquire, Loc);
    F.Dst = Places.temporary(E);
    F.Site = siteFor(E, SiteKind::Allocation, Summary->ReturnFamily,
                     Summary->ReturnMayBeNull, Callee->getName());
  } else if (M.Kind == CallModel::Allocates) {
    Fact &F = emit(FactKind::Acquire, Loc);
    F.Dst = Places.temporary(E);
    F.Site = siteFor(E,
                     M.Fam == Family::NonHeap ? SiteKind::StackAllocation
                                              : SiteKind::Allocation,
                     M.Fam, M.MayReturnNull, M.Name);
    Out.Sites[F.Site].Releaser = Out.save(M.Releaser);
  } else if (M.Kind == CallModel::Reallocates && M.PointerArg < Args.size()) {
    PlaceId Dst = Places.temporary(E);
    SiteId S = siteFor(E, SiteKind::Allocation, M.Fam, true, M.Name);
    if (std::optional<PlaceId> Old = pointerValue(Args[M.PointerArg])) {
      Fact &F = emit(FactKind::Reallocate, Loc);
      F.Dst = Dst;
      F.Src = *Old;
      F.Site = S;
      F.Text = Out.save(describe(Args[M.PointerArg]));
      F.Callee = M.Name;
    } else {
      Fact &F = emit(FactKind::Acquire, Loc);
      F.Dst = Dst;
      F.Site = S;
    }
  } else if (E->getType()->isPointerType() && M.Kind != CallModel::Borrows) {
    Fact &F = emit(FactKind::Acquire, Loc);
    F.Dst = Places.temporary(E);
    F.Site = siteFor(E, SiteKind::Opaque, Family::Unknown, true, "");
  }
  if (M.Kind == CallModel::Unknown || M.Kind == CallModel::Stores)
    havocThisFields(Loc);
  lowerCallMoves(E);
}

/// What a call does to moved-from objects beyond its arguments: a lambda
/// called or handed on acts on what it captures, and a method of *this may
/// re-initialise its fields.
void FactsGenerator::lowerCallMoves(const CallExpr *E) {
  if (Movables.empty())
    return;
  if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(E->getDirectCallee());
      MD && MD->getParent()->isLambda() &&
      MD->getOverloadedOperator() == OO_Call)
    return applyLambdaEffects(MD->getParent(), E);
  // `fn()` on a std::function that holds a lambda of this function.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Call && Op->getNumArgs() > 0)
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        if (auto It = StoredLambdas.find(VD);
            It != StoredLambdas.end() && !isReassigned(VD))
          return applyLambdaEffects(It->second, E);
  // A lambda handed to a call (a callback, an algorithm) may run there;
  // one assigned to a std::function is only kept.
  if (isAssignmentCall(E))
    return;
  for (const Expr *Arg : E->arguments())
    if (const CXXRecordDecl *RD =
            Arg->getType().getNonReferenceType()->getAsCXXRecordDecl();
        RD && RD->isLambda())
      applyLambdaEffects(RD, E);
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    reinitThisFieldsAt(MC);
}

void FactsGenerator::lowerConstruct(const CXXConstructExpr *E) {
  llvm::SmallVector<const Expr *, 4> Args(E->arguments());
  lowerArguments(E, E->getConstructor(), Args, 0, CallModel{}, nullptr);
  lowerConstructMoves(E);
}

/// A lambda handed to a constructor acts where lambdaHome says.
void FactsGenerator::lowerConstructMoves(const CXXConstructExpr *E) {
  // Copying a lambda runs nothing.
  const CXXRecordDecl *Made = E->getType()->getAsCXXRecordDecl();
  if (Movables.empty() || (Made && Made->isLambda()))
    return;
  for (const Expr *Arg : E->arguments()) {
    const CXXRecordDecl *RD =
        Arg->getType().getNonReferenceType()->getAsCXXRecordDecl();
    if (!RD || !RD->isLambda())
      continue;
    LambdaHome Home = lambdaHome(E);
    if (Home.Kind == LambdaHome::RunsHere)
      applyLambdaEffects(RD, E);
    else if (Home.Kind == LambdaHome::InLocal)
      StoredLambdas[Home.Local] = RD;
  }
}

void FactsGenerator::lowerArguments(const Expr *Call,
                                    const FunctionDecl *Callee,
                                    llvm::ArrayRef<const Expr *> Args,
                                    unsigned ParamShift, const CallModel &M,
                                    const FunctionSummary *Summary) {
  std::string CalleeName =
      Callee && Callee->getDeclName().isIdentifier()
          ? Callee->getName().str()
          : (Callee ? Callee->getNameAsString() : std::string());
  for (unsigned I = 0; I < Args.size(); ++I) {
    const Expr *Arg = Args[I];
    if (!pointerValue(Arg))
      continue;
    if (M.Kind == CallModel::Deallocates && I == M.PointerArg) {
      Fact &F = emit(FactKind::Release, Call->getBeginLoc());
      F.Src = *pointerValue(Arg);
      F.Fam = M.Fam;
      F.Text = Out.save(describe(Arg));
      F.Callee = M.Name;
      continue;
    }
    if (M.Kind == CallModel::Reallocates && I == M.PointerArg)
      continue;
    ParamEffect Effect;
    if (Summary && I + ParamShift < Summary->Params.size())
      Effect = Summary->Params[I + ParamShift];
    if (Effect.Kind == ParamEffect::Releases) {
      Fact &F = emit(FactKind::Release, Call->getBeginLoc());
      F.Src = *pointerValue(Arg);
      F.Fam = Effect.Fam;
      F.Text = Out.save(describe(Arg));
      F.Callee = Out.save(CalleeName);
      continue;
    }
    emitUse(Arg, UseKind::Pass, Arg->getBeginLoc(), CalleeName);
    if (M.Kind == CallModel::Borrows || Effect.Kind == ParamEffect::Borrows)
      continue;
    // --strict: a callee we know nothing of borrows; but a summary that says
    // "hands on", and a class that adopts a pointer into an object with a
    // destructor (unique_ptr, RAII wrappers), still take ownership.
    bool Adopts =
        isa<CXXConstructExpr>(Call) && Callee &&
        !cast<CXXConstructorDecl>(Callee)->getParent()->hasTrivialDestructor();
    if (M.Kind == CallModel::Stores) {
      // A container of `const T *` keeps const pointers all the same.
      emitEscape(Arg, EscapeKind::Store, Arg->getBeginLoc());
      continue;
    }
    if (Opts.Strict && Effect.Kind != ParamEffect::Escapes && !Adopts)
      continue;
    QualType ParamType;
    if (Callee && I + ParamShift < Callee->getNumParams())
      ParamType = Callee->getParamDecl(I + ParamShift)->getType();
    QualType Pointee = ParamType.isNull()
                           ? QualType()
                           : ParamType.getNonReferenceType()->getPointeeType();
    // A pointer to const is a borrow: the callee cannot free through it
    // without a cast, and the DESIGN's escape policy trusts the signature.
    if (!Pointee.isNull() && Pointee.isConstQualified())
      continue;
    emitEscape(Arg, EscapeKind::Call, Arg->getBeginLoc());
  }
}

} // namespace lowering
} // namespace ownck
