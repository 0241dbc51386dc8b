//===-- Facts/LowerMoves.cpp - Moves, re-initialisations and uses ---------===//
//
// Each mention of a tracked object (MovablePlaces) is classified by what its
// context does with it: std::move(x) bound to a move constructor, a move
// assignment or a consuming `T &&` parameter moves it; an assignment,
// clear(), a non-const reference argument re-initialise it; anything else
// reads it. The fact is emitted at the element where that happens: a call
// runs after all its arguments, so `f(std::move(x), x.size())` with
// `f(T &&, size_t)` is fine while `g(std::move(x), x.size())` with `g(T,
// size_t)` is not (the order of arguments is unspecified).
//
//===----------------------------------------------------------------------===//
#include "Facts/FactsGeneratorImpl.h"
#include "Models/MoveModels.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

namespace ownck {
namespace lowering {

namespace {

/// Strips what only changes an expression's value category or lifetime.
const Expr *stripMaterialization(const Expr *E) {
  while (true) {
    E = E->IgnoreParens();
    if (const auto *IC = dyn_cast<ImplicitCastExpr>(E);
        IC && (IC->getCastKind() == CK_NoOp ||
               IC->getCastKind() == CK_DerivedToBase ||
               IC->getCastKind() == CK_UncheckedDerivedToBase)) {
      E = IC->getSubExpr();
    } else if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E)) {
      E = MT->getSubExpr();
    } else if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E)) {
      E = BT->getSubExpr();
    } else if (const auto *FE = dyn_cast<FullExpr>(E)) {
      E = FE->getSubExpr();
    } else {
      return E;
    }
  }
}

/// The arguments of a call or construction, and how many of them precede
/// the first parameter (a member operator's object).
llvm::ArrayRef<const Expr *>
argumentsOf(const Stmt *Call, const FunctionDecl *&Callee, unsigned &Shift) {
  Shift = 0;
  if (const auto *CE = dyn_cast<CallExpr>(Call)) {
    Callee = CE->getDirectCallee();
    if (isa<CXXOperatorCallExpr>(CE) &&
        isa_and_nonnull<CXXMethodDecl>(Callee) &&
        !cast<CXXMethodDecl>(Callee)->isStatic())
      Shift = 1;
    return llvm::ArrayRef(CE->getArgs(), CE->getNumArgs());
  }
  if (const auto *CC = dyn_cast<CXXConstructExpr>(Call)) {
    Callee = CC->getConstructor();
    return llvm::ArrayRef(CC->getArgs(), CC->getNumArgs());
  }
  Callee = nullptr;
  return {};
}

bool mentionsField(const Stmt *S, const FieldDecl *FD) {
  if (const auto *ME = dyn_cast<MemberExpr>(S); ME && ME->getMemberDecl() == FD)
    return true;
  for (const Stmt *Child : S->children())
    if (Child && mentionsField(Child, FD))
      return true;
  return false;
}

std::string typeName(QualType T, const ASTContext &Ctx) {
  PrintingPolicy Policy = Ctx.getPrintingPolicy();
  Policy.SuppressTagKeyword = true;
  T = T.getNonReferenceType().getUnqualifiedType();
  std::string Name = T.getAsString(Policy);
  // `typename remove_reference<T &>::type` says nothing to a reader.
  if (llvm::StringRef(Name).contains("::type"))
    Name = T.getCanonicalType().getAsString(Policy);
  return Name;
}

} // namespace

/// Whether \p E is the object of a field access (`s` in `s.name`, also
/// when the field is a base class's): the member expression is the
/// mention then.
bool FactsGenerator::isFieldAccessBase(const Expr *E) {
  const Stmt *P = PM.getParentIgnoreParens(E);
  while (const auto *IC = dyn_cast_or_null<ImplicitCastExpr>(P)) {
    if (IC->getCastKind() != CK_NoOp && IC->getCastKind() != CK_DerivedToBase &&
        IC->getCastKind() != CK_UncheckedDerivedToBase)
      return false;
    P = PM.getParentIgnoreParens(IC);
  }
  const auto *ME = dyn_cast_or_null<MemberExpr>(P);
  return ME && !ME->isArrow() && isa<FieldDecl>(ME->getMemberDecl());
}

void FactsGenerator::lowerMovableMention(const Expr *E) {
  if (isFieldAccessBase(E))
    return;
  std::optional<MovableRef> Ref = Movables.find(E);
  if (!Ref)
    return;
  MoveEvent Ev = classifyMention(E, *Ref);
  if (Ev.Role == MoveEvent::Use)
    findUnsequencedCall(E, Ev);
  if (Ev.Role == MoveEvent::None)
    return;
  if (!Ev.At)
    return emitMoveEvent(Ev);
  PendingMoves[Ev.At].push_back(std::move(Ev));
}

FactsGenerator::MoveEvent FactsGenerator::classifyMention(const Expr *E,
                                                          MovableRef Ref) {
  MoveEvent Ev;
  Ev.Place = Ref.Place;
  Ev.Whole = Ref.Exact;
  Ev.Loc = Ev.UseLoc = E->getExprLoc();
  MovedFromState State =
      Ref.Exact ? movedFromState(E->getType(), Ctx) : MovedFromState{};
  bool Empty = State.Kind == MovedFromState::Empty;
  Ev.SpecifiedEmpty = Empty;
  if (Empty)
    Ev.Callee = State.TypeName.str();
  auto Use = [&](UseKind K, const Stmt *At) {
    // An object with a specified empty state may be read, passed and
    // copied: only what needs its value is a use.
    if (Empty && K != UseKind::Dereference)
      return MoveEvent{};
    Ev.Role = MoveEvent::Use;
    Ev.Kind = K;
    Ev.At = At;
    return Ev;
  };
  auto Reinit = [&](const Stmt *At) {
    // Writing one field of a moved-from object does not restore the rest.
    if (!Ref.Exact)
      return MoveEvent{};
    Ev.Role = MoveEvent::Reinit;
    Ev.At = At;
    return Ev;
  };
  auto OfMember = [&](const CXXMethodDecl *MD, const Stmt *Call,
                      bool ThroughCast) {
    switch (memberEffect(*MD, State)) {
    case MemberEffect::Reinit:
      return ThroughCast ? Use(UseKind::Access, Call) : Reinit(Call);
    case MemberEffect::Safe:
      return MoveEvent{};
    case MemberEffect::Use:
      break;
    }
    // An empty smart pointer, function or thread fails only when its value
    // is needed: a dereference.
    if (Empty) {
      OverloadedOperatorKind Op = MD->getOverloadedOperator();
      Ev.Role = MoveEvent::Use;
      Ev.Kind = Op == OO_Star || Op == OO_Arrow || Op == OO_Subscript
                    ? UseKind::Dereference
                    : UseKind::Access;
      Ev.At = Call;
      return Ev;
    }
    return Use(UseKind::Access, Call);
  };

  const Expr *Cur = E;
  const Stmt *Cast = nullptr;
  const CXXRecordDecl *BasePart = nullptr;
  const Stmt *P = nullptr;
  while (true) {
    P = PM.getParent(Cur);
    if (!P)
      break;
    if (const auto *IC = dyn_cast<ImplicitCastExpr>(P)) {
      CastKind K = IC->getCastKind();
      if (K == CK_DerivedToBase || K == CK_UncheckedDerivedToBase) {
        BasePart = IC->getType().getNonReferenceType()->getAsCXXRecordDecl();
      } else if (K != CK_NoOp) {
        return Use(UseKind::Access, nullptr);
      }
    } else if (rvalueCastOperand(*P)) {
      Cast = P;
    } else if (isa<CXXOperatorCallExpr>(P) &&
               projectedObject(cast<Expr>(P)) == Cur) {
      // `*opt` stands for the optional's value: follow it on.
    } else if (const auto *ME = dyn_cast<MemberExpr>(P);
               ME && ME->getBase() == Cur && PM.getParent(ME) &&
               isa<CXXMemberCallExpr>(PM.getParent(ME)) &&
               projectedObject(cast<Expr>(PM.getParent(ME))) == Cur) {
      P = PM.getParent(ME); // `opt.value()`
    } else if (!isa<ParenExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
                    FullExpr>(P)) {
      break;
    }
    Cur = cast<Expr>(P);
  }

  // `std::move(x);` on its own: Rust's `x;` moves x, and so does this.
  if (!P || !isa<Expr>(P)) {
    if (isa_and_nonnull<DeclStmt>(P))
      return Cast ? MoveEvent{} : Use(UseKind::Access, nullptr);
    if (isa_and_nonnull<ReturnStmt>(P))
      return Use(UseKind::Return, nullptr);
    if (!Cast)
      return Use(UseKind::Access, nullptr);
    Ev.Role = MoveEvent::Move;
    Ev.At = Cast;
    Ev.Loc = Cast->getBeginLoc();
    Ev.Callee = "";
    return Ev;
  }

  if (const auto *ME = dyn_cast<MemberExpr>(P)) {
    if (isa<FieldDecl>(ME->getMemberDecl())) {
      Ev.Whole = false; // `std::move(s).name`: one field is read.
      return Use(UseKind::Access, nullptr);
    }
    if (isa<CXXDestructorDecl>(ME->getMemberDecl()))
      return MoveEvent{}; // Destroying a moved-from object is fine.
    const auto *MD = dyn_cast<CXXMethodDecl>(ME->getMemberDecl());
    const Stmt *Call = PM.getParent(ME);
    if (!MD || !Call)
      return Use(UseKind::Access, nullptr);
    return OfMember(MD, Call, Cast != nullptr);
  }
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P)) {
    const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Op->getDirectCallee());
    if (MD && !MD->isStatic() && Op->getNumArgs() > 0 && Op->getArg(0) == Cur)
      return OfMember(MD, Op, Cast != nullptr);
  }
  if (isa<CallExpr, CXXConstructExpr>(P)) {
    const FunctionDecl *Callee = nullptr;
    unsigned Shift = 0;
    llvm::ArrayRef<const Expr *> Args = argumentsOf(P, Callee, Shift);
    for (unsigned I = Shift; I < Args.size(); ++I)
      if (Args[I] == Cur) {
        MoveEvent Bound =
            bindArgument(Ev, cast<Expr>(P), Callee, I - Shift, Cast, BasePart);
        if (Bound.Role == MoveEvent::Use)
          return Use(Bound.Kind, Bound.At);
        if (Bound.Role == MoveEvent::Reinit)
          return Reinit(Bound.At);
        return Bound;
      }
    return Use(UseKind::Access, P);
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(P);
      UO && UO->getOpcode() == UO_AddrOf) {
    // `&x` passed to a `T *` parameter or kept: the pointee may be written.
    const Stmt *Up =
        PM.getParentIgnoreParenImpCasts(const_cast<UnaryOperator *>(UO));
    if (const auto *Call = dyn_cast_or_null<CallExpr>(Up)) {
      for (unsigned I = 0; I < Call->getNumArgs(); ++I)
        if (Call->getArg(I)->IgnoreParenImpCasts() == UO) {
          QualType T = Call->getArg(I)->getType();
          if (T->isPointerType() && T->getPointeeType().isConstQualified())
            return Use(UseKind::Pass, Call);
        }
      return Reinit(Call);
    }
    return Reinit(nullptr);
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(P);
      BO && BO->getOpcode() == BO_Assign && BO->getLHS()->IgnoreParens() == Cur)
    return Reinit(BO);
  if (const auto *LE = dyn_cast<LambdaExpr>(P)) {
    // Captured by reference into a lambda kept in a local or handed to a
    // call: what its body does happens where it is called (LowerCalls).
    // Captured by copy, or by a lambda that goes elsewhere: a use now.
    if (capturesByReference(LE, Cur) && isCalledHere(LE))
      return MoveEvent{};
    return Use(UseKind::Access, nullptr);
  }
  return Use(UseKind::Access, nullptr);
}

/// Whether \p S assigns (`fn = [&] {...}`): the assigned value is kept.
bool FactsGenerator::isAssignmentCall(const Stmt *S) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
  return Op && Op->isAssignmentOp();
}

/// \p E with the wrappers around it that only materialise or convert it.
const Expr *FactsGenerator::stripWrappersUp(const Expr *E) {
  const Stmt *P = PM.getParent(E);
  while (P &&
         isa<ImplicitCastExpr, MaterializeTemporaryExpr, CXXBindTemporaryExpr,
             FullExpr, ParenExpr, CXXFunctionalCastExpr>(P)) {
    E = cast<Expr>(P);
    P = PM.getParent(P);
  }
  return E;
}

bool FactsGenerator::capturesByReference(const LambdaExpr *LE,
                                         const Expr *Init) {
  auto Capture = LE->capture_begin();
  for (const Expr *I : LE->capture_inits()) {
    if (I == Init)
      return Capture->capturesVariable() &&
             Capture->getCaptureKind() == LCK_ByRef;
    ++Capture;
  }
  return false;
}

/// Whether the lambda is stored in a local or passed to a call, the places
/// where its calls are followed.
bool FactsGenerator::isCalledHere(const LambdaExpr *LE) {
  const Stmt *P = PM.getParent(const_cast<Expr *>(stripWrappersUp(LE)));
  if (const auto *DS = dyn_cast_or_null<DeclStmt>(P))
    return DS->isSingleDecl() && isa<VarDecl>(DS->getSingleDecl()) &&
           cast<VarDecl>(DS->getSingleDecl())
                   ->getType()
                   ->getAsCXXRecordDecl() == LE->getLambdaClass();
  if (const auto *CC = dyn_cast_or_null<CXXConstructExpr>(P))
    return lambdaHome(CC).Kind != LambdaHome::NotFollowed;
  return isa_and_nonnull<CallExpr>(P);
}

/// Where a lambda handed to constructor \p CC acts on what it captures:
/// std::thread runs it there; a std::function kept in a local runs it where
/// that is called, and one made for a call's parameter may run it in the
/// call; a class of the program keeps it where it is not followed.
FactsGenerator::LambdaHome
FactsGenerator::lambdaHome(const CXXConstructExpr *CC) {
  if (runsCallable(CC->getType()))
    return {LambdaHome::RunsHere, nullptr};
  if (!storesCallable(CC->getType()))
    return {LambdaHome::NotFollowed, nullptr};
  const Stmt *Up = PM.getParent(const_cast<Expr *>(stripWrappersUp(CC)));
  if (const auto *DS = dyn_cast_or_null<DeclStmt>(Up); DS && DS->isSingleDecl())
    if (const auto *VD = dyn_cast<VarDecl>(DS->getSingleDecl()))
      return {LambdaHome::InLocal, VD};
  if (isa_and_nonnull<CallExpr>(Up) && !isAssignmentCall(Up))
    return {LambdaHome::RunsHere, nullptr};
  return {LambdaHome::NotFollowed, nullptr};
}

FactsGenerator::MoveEvent
FactsGenerator::bindArgument(MoveEvent Ev, const Expr *Call,
                             const FunctionDecl *Callee, unsigned Index,
                             const Stmt *Cast, const CXXRecordDecl *BasePart) {
  Ev.At = Call;
  Ev.Kind = UseKind::Pass;
  if (!Callee || Index >= Callee->getNumParams()) {
    Ev.Role = MoveEvent::Use; // A C variadic argument is copied.
    return Ev;
  }
  QualType T = Callee->getParamDecl(Index)->getType();
  if (T->isLValueReferenceType()) {
    if (T->getPointeeType().isConstQualified()) {
      Ev.Role = MoveEvent::Use;
      return Ev;
    }
    // An out-parameter. A callee whose body is here tells whether it reads
    // the object first, or writes it on every path; one that is not is
    // taken to give it a new value (clang-tidy's rule too).
    if (Opts.Summaries && !isStdTie(*Callee))
      if (const FunctionSummary *S = Opts.Summaries->summaryOf(*Callee);
          S && Index < S->Params.size() && S->Params[Index].OutKnown) {
        const ParamEffect &P = S->Params[Index];
        Ev.Role = P.OutReadFirst       ? MoveEvent::Use
                  : P.OutAlwaysWritten ? MoveEvent::Reinit
                                       : MoveEvent::None;
        return Ev;
      }
    // std::tie's variables are written by the assignment to the tie.
    Ev.Role = MoveEvent::Reinit;
    if (isStdTie(*Callee))
      if (const auto *Assign = dyn_cast_or_null<CXXOperatorCallExpr>(
              PM.getParentIgnoreParenImpCasts(const_cast<Expr *>(Call)));
          Assign && Assign->getOperator() == OO_Equal)
        Ev.At = Assign;
    return Ev;
  }
  // Nothing moves from a const rvalue.
  if (!T->isRValueReferenceType() || T->getPointeeType().isConstQualified()) {
    Ev.Role = MoveEvent::Use;
    return Ev;
  }
  const auto *Ctor = dyn_cast<CXXConstructorDecl>(Callee);
  const auto *MD = dyn_cast<CXXMethodDecl>(Callee);
  bool Consumes = true;
  if ((Ctor && Ctor->isMoveConstructor()) ||
      (MD && MD->isMoveAssignmentOperator())) {
    Consumes = true;
  } else if (Opts.Summaries) {
    if (const FunctionSummary *S = Opts.Summaries->summaryOf(*Callee))
      Consumes = Index < S->Params.size() && S->Params[Index].Consumes;
  }
  if (!Consumes) {
    Ev.Role = MoveEvent::Use; // It only reads it.
    return Ev;
  }
  Ev.Role = MoveEvent::Move;
  if (BasePart)
    Ev.Place = Movables.basePart(Ev.Place, BasePart);
  if (Ctor) {
    Ev.Callee = "into " + constructedInto(Call);
    Ev.Loc = Ctor->isMoveConstructor() && Cast ? Cast->getBeginLoc()
                                               : Call->getBeginLoc();
  } else if (MD && MD->isMoveAssignmentOperator()) {
    Ev.Callee = "by a move assignment";
    Ev.Loc = Cast ? Cast->getBeginLoc() : Call->getBeginLoc();
  } else {
    // The callee moves from its reference: the move happens in the call.
    Ev.Callee = "by " + calleeName(Call);
    Ev.Loc = Call->getBeginLoc();
  }
  return Ev;
}

/// What a construction makes, in words: "'sink'" for a by-value argument,
/// "'t'" for a variable, "the return value".
std::string FactsGenerator::constructedInto(const Expr *Construct) {
  const Stmt *P = PM.getParent(Construct);
  while (P && isa<ImplicitCastExpr, MaterializeTemporaryExpr,
                  CXXBindTemporaryExpr, FullExpr, ParenExpr>(P))
    P = PM.getParent(P);
  if (const auto *Call = dyn_cast_or_null<CallExpr>(P))
    return calleeName(Call);
  // An argument of a constructor: what that constructs.
  if (isa_and_nonnull<CXXConstructExpr>(P))
    return constructedInto(cast<Expr>(P));
  // `: name_(std::move(name))`
  if (!P)
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&Fn))
      for (const CXXCtorInitializer *I : Ctor->inits())
        if (I->getInit() && I->getMember() &&
            stripMaterialization(I->getInit()) == Construct)
          return "'" + I->getMember()->getName().str() + "'";
  if (const auto *DS = dyn_cast_or_null<DeclStmt>(P))
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D);
          VD && VD->getInit() &&
          stripMaterialization(VD->getInit()) == Construct)
        return "'" + VD->getName().str() + "'";
  if (isa_and_nonnull<ReturnStmt>(P))
    return "the return value";
  if (isa_and_nonnull<LambdaExpr>(P))
    return "the lambda's capture";
  return "a new '" + typeName(Construct->getType(), Ctx) + "'";
}

/// A call's callee as the user wrote it: 'sink', or the variable holding a
/// lambda ('keep').
std::string FactsGenerator::calleeName(const Expr *Call) {
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
      Op && Op->getOperator() == OO_Call)
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(Op->getArg(0)->IgnoreParenImpCasts()))
      return "'" + DRE->getDecl()->getName().str() + "'";
  if (const auto *CE = dyn_cast<CallExpr>(Call))
    if (const FunctionDecl *FD = CE->getDirectCallee())
      return "'" + FD->getNameAsString() + "'";
  return "the call";
}

/// `g(x.size(), std::move(x))` with `g` taking its object by value: C++
/// evaluates the arguments in an unspecified order, so the use is checked
/// after the move, at the call, whichever comes first in the source.
void FactsGenerator::findUnsequencedCall(const Expr *E, MoveEvent &Ev) {
  const Stmt *Child = E;
  for (const Stmt *P = PM.getParent(E); P && isa<Expr>(P);
       Child = P, P = PM.getParent(P)) {
    // The operands of `<`, `+`, `==`... are unsequenced; those of `,`,
    // `&&`, `||`, `<<`, `>>` and assignments are not (C++17).
    if (const auto *BO = dyn_cast<BinaryOperator>(P)) {
      BinaryOperatorKind Op = BO->getOpcode();
      if (Op == BO_Comma || BO->isLogicalOp() || BO->isShiftOp() ||
          BO->isAssignmentOp())
        continue;
      const Expr *Other = Child == BO->getLHS() ? BO->getRHS() : BO->getLHS();
      if (movesWithin(Other, Ev.Place)) {
        Ev.At = P;
        Ev.Unsequenced = true;
        Ev.UnsequencedWith = BO->getOpcodeStr().str();
        return;
      }
      continue;
    }
    if (!isa<CallExpr, CXXConstructExpr>(P) || rvalueCastOperand(*P))
      continue;
    // An overloaded operator keeps the built-in one's order ([expr.pre]):
    // `<<`, `>>`, `=`, `&&`, `||` and `,` evaluate left (or right) first.
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P)) {
      OverloadedOperatorKind K = Op->getOperator();
      if (K == OO_LessLess || K == OO_GreaterGreater || K == OO_AmpAmp ||
          K == OO_PipePipe || K == OO_Comma || Op->isAssignmentOp())
        continue;
      if (Op->isInfixBinaryOp())
        Ev.UnsequencedWith = getOperatorSpelling(K);
    }
    // Braces evaluate left to right ([dcl.init.list]).
    if (const auto *CC = dyn_cast<CXXConstructExpr>(P);
        CC && CC->isListInitialization())
      continue;
    const FunctionDecl *Callee = nullptr;
    unsigned Shift = 0;
    llvm::ArrayRef<const Expr *> Args = argumentsOf(P, Callee, Shift);
    // The object of a member call is evaluated before the arguments (C++17
    // [expr.call]), and so is that of `a[i]` and `f(x)`; the operands of a
    // member `<` are unordered like the built-in one's.
    bool ObjectFirst = false;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(P))
      ObjectFirst = Shift && (Op->getOperator() == OO_Subscript ||
                              Op->getOperator() == OO_Call ||
                              Op->getOperator() == OO_Arrow);
    const auto *Pos = llvm::find(Args, Child);
    if (Pos == Args.end() || (ObjectFirst && Pos == Args.begin()))
      continue;
    for (const Expr *Arg : Args.drop_front(ObjectFirst ? 1 : 0))
      if (Arg != Child && movesWithin(Arg, Ev.Place)) {
        Ev.At = P;
        Ev.Unsequenced = true;
        return;
      }
    Ev.UnsequencedWith.clear();
  }
}

namespace {
/// The operands of std::move / std::forward in an expression, lambdas'
/// bodies aside.
class MoveCastFinder : public RecursiveASTVisitor<MoveCastFinder> {
public:
  bool VisitCallExpr(CallExpr *E) {
    if (isMoveCast(*E))
      Operands.push_back(E->getArg(0));
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  llvm::SmallVector<const Expr *, 2> Operands;
};
} // namespace

/// Whether evaluating argument \p Arg moves \p Place: it is a by-value
/// parameter made from std::move(x), or a call inside it consumes x. (A
/// `T &&` of the outer call itself moves only when that call runs.)
bool FactsGenerator::movesWithin(const Expr *Arg, PlaceId Place) {
  MoveCastFinder Finder;
  Finder.TraverseStmt(const_cast<Expr *>(Arg));
  const Stmt *OuterCall =
      PM.getParentIgnoreParenImpCasts(const_cast<Expr *>(Arg));
  for (const Expr *Operand : Finder.Operands) {
    const Expr *Mention = Operand->IgnoreParenImpCasts();
    std::optional<MovableRef> Ref = Movables.find(Mention);
    if (!Ref || !Ref->Exact || Ref->Place != Place)
      continue;
    MoveEvent Ev = classifyMention(Mention, *Ref);
    if (Ev.Role == MoveEvent::Move && Ev.At != OuterCall)
      return true;
  }
  return false;
}

void FactsGenerator::emitMoveEvent(const MoveEvent &Ev) {
  const Place &Pl = Out.Places[Ev.Place];
  switch (Ev.Role) {
  case MoveEvent::None:
    return;
  case MoveEvent::Use: {
    Fact &F = emit(FactKind::ValueUse, Ev.Loc);
    F.Dst = Ev.Place;
    F.Whole = Ev.Whole;
    F.Use = Ev.Kind;
    F.Unsequenced = Ev.Unsequenced;
    F.UnsequencedWith = Out.save(Ev.UnsequencedWith);
    F.Text = Pl.Name;
    F.Callee = Out.save(Ev.Callee);
    return;
  }
  case MoveEvent::Move: {
    // Moving a moved-from value again reads it, unless its moved-from
    // state is specified (an empty unique_ptr moves as well as a full one).
    if (!Ev.SpecifiedEmpty) {
      Fact &U = emit(FactKind::ValueUse, Ev.UseLoc);
      U.Dst = Ev.Place;
      U.Text = Pl.Name;
    }
    Fact &F = emit(FactKind::Move, Ev.Loc);
    F.Dst = Ev.Place;
    F.Text = Pl.Name;
    F.Callee = Out.save(Ev.Callee);
    return;
  }
  case MoveEvent::Reinit: {
    Fact &F = emit(FactKind::Reinit, Ev.Loc);
    F.Dst = Ev.Place;
    F.Text = Pl.Name;
    return;
  }
  }
}

void FactsGenerator::flushMoveEvents(const Stmt *S) {
  auto It = PendingMoves.find(S);
  if (It == PendingMoves.end())
    return;
  llvm::SmallVector<MoveEvent, 1> Events = std::move(It->second);
  PendingMoves.erase(It);
  // A call reads its arguments, then takes what it moves; an assignment
  // writes its object last (`x = f(std::move(x))` leaves x valid).
  for (MoveEvent::RoleT R :
       {MoveEvent::Use, MoveEvent::Move, MoveEvent::Reinit})
    for (const MoveEvent &Ev : Events)
      if (Ev.Role == R)
        emitMoveEvent(Ev);
}

/// A declaration gives its variable a fresh value: a loop's body variable
/// is not the one the previous iteration moved.
void FactsGenerator::lowerMovableDecl(const VarDecl *VD) {
  auto Reinit = [&](const ValueDecl *D) {
    if (std::optional<PlaceId> P = Movables.variable(D)) {
      Fact &F = emit(FactKind::Reinit, D->getLocation());
      F.Dst = *P;
      F.Text = Out.Places[*P].Name;
    }
  };
  Reinit(VD);
  if (const auto *DD = dyn_cast<DecompositionDecl>(VD))
    for (const BindingDecl *B : DD->bindings())
      Reinit(B);
}

namespace {
/// The mentions, in a lambda's body, of what it captures by reference.
class CaptureMentions : public RecursiveASTVisitor<CaptureMentions> {
public:
  CaptureMentions(const CXXRecordDecl &Lambda) {
    for (const LambdaCapture &C : Lambda.captures()) {
      if (C.capturesThis())
        CapturesThis = true;
      else if (C.capturesVariable() && C.getCaptureKind() == LCK_ByRef)
        ByRef.insert(C.getCapturedVar());
    }
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (ByRef.count(E->getDecl()))
      Mentions.push_back(E);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    if (CapturesThis && E->isArrow() &&
        isa<CXXThisExpr>(E->getBase()->IgnoreParenImpCasts()))
      Mentions.push_back(E);
    return true;
  }
  llvm::SmallVector<const Expr *, 4> Mentions;

private:
  llvm::DenseSet<const ValueDecl *> ByRef;
  bool CapturesThis = false;
};
} // namespace

/// Calling a lambda (or handing it to a call that may) does to what it
/// captures by reference what its body does: moves it, else gives it a new
/// value, else reads it.
void FactsGenerator::applyLambdaEffects(const CXXRecordDecl *Lambda,
                                        const Stmt *Call) {
  if (Movables.empty() || !Lambda || !Lambda->isLambda())
    return;
  const CXXMethodDecl *Op = Lambda->getLambdaCallOperator();
  const Stmt *Body = Op ? Op->getBody() : nullptr;
  if (!Body || !PM.hasParent(Body))
    return; // Defined elsewhere: its body's parents are unknown here.
  CaptureMentions Finder(*Lambda);
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
  // Per object, in the body's order: a read before any write is a use at
  // the call; the last move or re-initialisation is what the call leaves.
  struct Effect {
    PlaceId Place;
    std::optional<MoveEvent> FirstUse, LastWrite;
  };
  llvm::SmallVector<Effect, 2> Effects;
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::sort(Finder.Mentions, [&](const Expr *A, const Expr *B) {
    return SM.isBeforeInTranslationUnit(A->getExprLoc(), B->getExprLoc());
  });
  for (const Expr *E : Finder.Mentions) {
    if (isFieldAccessBase(E))
      continue;
    std::optional<MovableRef> Ref = Movables.find(E);
    if (!Ref)
      continue;
    MoveEvent Ev = classifyMention(E, *Ref);
    if (Ev.Role == MoveEvent::None)
      continue;
    auto *It = llvm::find_if(
        Effects, [&](const Effect &X) { return X.Place == Ev.Place; });
    if (It == Effects.end()) {
      Effects.push_back({Ev.Place, {}, {}});
      It = &Effects.back();
    }
    if (Ev.Role == MoveEvent::Use) {
      if (!It->FirstUse && !It->LastWrite)
        It->FirstUse = Ev;
    } else {
      It->LastWrite = Ev;
    }
  }
  for (Effect &X : Effects)
    for (std::optional<MoveEvent> *Ev : {&X.FirstUse, &X.LastWrite}) {
      if (!*Ev)
        continue;
      MoveEvent &E = **Ev;
      E.UseLoc = Call->getBeginLoc();
      E.Unsequenced = false;
      if (E.Role == MoveEvent::Move)
        E.Callee = "by a lambda called later";
      else
        E.Loc = Call->getBeginLoc();
      emitMoveEvent(E);
    }
}

/// A method of the class may give a moved-from field a new value: calling
/// one that mentions the field (or whose body is not here) re-initialises
/// it, as far as this function can tell.
void FactsGenerator::reinitThisFieldsAt(const CXXMemberCallExpr *Call) {
  const CXXMethodDecl *MD = Call->getMethodDecl();
  if (!MD || MD->isConst() || Movables.thisFields().empty() ||
      !isa<CXXThisExpr>(
          Call->getImplicitObjectArgument()->IgnoreParenImpCasts()))
    return;
  const FunctionDecl *Def = nullptr;
  const Stmt *Body = MD->hasBody(Def) ? Def->getBody() : nullptr;
  for (auto [FD, P] : Movables.thisFields()) {
    if (Body && !mentionsField(Body, FD))
      continue;
    Fact &F = emit(FactKind::Reinit, Call->getBeginLoc());
    F.Dst = P;
    F.Text = Out.Places[P].Name;
  }
}

namespace {
/// Variables assigned or stepped after their declaration.
class AssignmentFinder : public RecursiveASTVisitor<AssignmentFinder> {
public:
  bool VisitBinaryOperator(BinaryOperator *E) {
    if (E->isAssignmentOp())
      note(E->getLHS());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *E) {
    if (E->isIncrementDecrementOp())
      note(E->getSubExpr());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *E) {
    if (E->isAssignmentOp() && E->getNumArgs() > 0)
      note(E->getArg(0));
    return true;
  }
  llvm::DenseSet<const ValueDecl *> Assigned;

private:
  void note(const Expr *L) {
    if (const auto *DRE = dyn_cast<DeclRefExpr>(L->IgnoreParenImpCasts()))
      Assigned.insert(DRE->getDecl());
  }
};
} // namespace

bool FactsGenerator::isReassigned(const VarDecl *VD) {
  if (!Reassigned) {
    AssignmentFinder Finder;
    Finder.TraverseStmt(Fn.getBody());
    Reassigned = std::move(Finder.Assigned);
  }
  return Reassigned->count(VD);
}

/// What a local initialised once holds (`bool ok = q.tryPush(...)`), or
/// \p E itself.
const Expr *FactsGenerator::storedValue(const Expr *E) {
  E = stripMaterialization(E)->IgnoreImpCasts();
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || !VD->getInit() || !Places.isStableLocal(VD) || isReassigned(VD))
    return E;
  return stripMaterialization(VD->getInit())->IgnoreImpCasts();
}

/// The arguments moved by \p Call (all of them, or those its summary says
/// it takes only when it returns true) were not taken on the edge where the
/// call's success is false.
void FactsGenerator::undoMovesWhereFalse(
    const CallExpr *Call, bool AllArguments, bool Negated,
    llvm::SmallVectorImpl<Refinement> &OnTrue,
    llvm::SmallVectorImpl<Refinement> &OnFalse) {
  const FunctionDecl *Callee = nullptr;
  unsigned Shift = 0;
  llvm::ArrayRef<const Expr *> Args = argumentsOf(Call, Callee, Shift);
  const FunctionSummary *Summary = nullptr;
  if (!AllArguments) {
    if (!Callee || !Opts.Summaries || !Call->getType()->isBooleanType())
      return;
    Summary = Opts.Summaries->summaryOf(*Callee);
    if (!Summary)
      return;
  }
  for (unsigned I = Shift; I < Args.size(); ++I) {
    unsigned Param = I - Shift;
    if (Summary && (Param >= Summary->Params.size() ||
                    !Summary->Params[Param].ConsumesOnlyWhenTrue))
      continue;
    const auto *Cast = dyn_cast<CallExpr>(stripMaterialization(Args[I]));
    if (!Cast || !isMoveCast(*Cast))
      continue;
    if (std::optional<MovableRef> Ref = Movables.find(Cast->getArg(0));
        Ref && Ref->Exact)
      (Negated ? OnTrue : OnFalse)
          .push_back({Refinement::ObjectHasValue, Ref->Place});
  }
}

/// `if (p)`, `if (!p)`, `p != nullptr`, `f.valid()` on an object whose
/// moved-from state is empty: the edge where it holds a value did not come
/// through the move (`auto q = std::move(p); if (!p) p = make();`).
void FactsGenerator::refineMovables(
    const Expr *Cond, llvm::SmallVectorImpl<Refinement> &OnTrue,
    llvm::SmallVectorImpl<Refinement> &OnFalse) {
  if (Movables.empty())
    return;
  bool Negated = false;
  const Expr *E = Cond;
  while (true) {
    E = stripMaterialization(E)->IgnoreImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_LNot) {
      Negated = !Negated;
      E = UO->getSubExpr();
      continue;
    }
    if (const auto *RB = dyn_cast<CXXRewrittenBinaryOperator>(E)) {
      E = RB->getSemanticForm();
      continue;
    }
    break;
  }
  // `if (!m.try_emplace(k, std::move(v)).second)`, or its `inserted`
  // binding: where it is false, v was not taken.
  const Expr *Inserted = nullptr;
  if (const auto *ME = dyn_cast<MemberExpr>(E);
      ME && ME->getMemberDecl()->getName() == "second")
    Inserted = storedValue(ME->getBase());
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    if (const auto *BD = dyn_cast<BindingDecl>(DRE->getDecl()))
      if (const auto *DD =
              dyn_cast_or_null<DecompositionDecl>(BD->getDecomposedDecl());
          DD && DD->bindings().size() == 2 && DD->bindings()[1] == BD)
        Inserted = DD->getInit();
  if (const auto *Call = dyn_cast_or_null<CXXMemberCallExpr>(
          Inserted ? stripMaterialization(Inserted) : nullptr);
      Call && Call->getMethodDecl() &&
      movesOnlyOnSuccess(*Call->getMethodDecl()))
    undoMovesWhereFalse(Call, /*AllArguments=*/true, Negated, OnTrue, OnFalse);
  // `if (!q.tryPush(std::move(job)))` with a summary saying tryPush moves
  // only when it returns true.
  if (const auto *Call = dyn_cast<CallExpr>(storedValue(E)))
    undoMovesWhereFalse(Call, /*AllArguments=*/false, Negated, OnTrue, OnFalse);
  const Expr *Object = nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    if (MD && (isa<CXXConversionDecl>(MD) ||
               (MD->getIdentifier() &&
                (MD->getName() == "valid" || MD->getName() == "joinable" ||
                 MD->getName() == "owns_lock" || MD->getName() == "get"))))
      Object = MC->getImplicitObjectArgument();
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
             Op && Op->getNumArgs() == 2 &&
             (Op->getOperator() == OO_EqualEqual ||
              Op->getOperator() == OO_ExclaimEqual)) {
    for (unsigned I = 0; I < 2; ++I)
      if (Op->getArg(1 - I)->IgnoreParenImpCasts()->getType()->isNullPtrType())
        Object = Op->getArg(I);
    if (Op->getOperator() == OO_EqualEqual)
      Negated = !Negated;
  }
  if (!Object)
    return;
  Object = Object->IgnoreParenImpCasts(); // Through a base (libstdc++).
  std::optional<MovableRef> Ref = Movables.find(Object);
  if (!Ref || !Ref->Exact ||
      movedFromState(Object->getType(), Ctx).Kind != MovedFromState::Empty)
    return;
  Refinement R{Refinement::ObjectHasValue, Ref->Place};
  (Negated ? OnFalse : OnTrue).push_back(R);
}

} // namespace lowering
} // namespace ownck
