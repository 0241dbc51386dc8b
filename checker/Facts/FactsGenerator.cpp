//===-- Facts/FactsGenerator.cpp - CFG to ownership facts ------------------===//
//
// One method per kind of CFG element or expression. Each expression's
// pointer value lives in a temporary place until its full-expression ends;
// consumers read their operands' temporaries. An expression this file does
// not understand hands its operands' objects on (Escape): unknown code is
// never a reason to report.
//
//===----------------------------------------------------------------------===//
#include "Facts/FactsGenerator.h"
#include "Facts/BranchConditions.h"
#include "Facts/ConstantGlobals.h"
#include "Facts/PlaceTable.h"
#include "Models/AllocationModels.h"
#include "ownck/Summary.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/CFG.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace ownck {
namespace {

class FactsGenerator {
public:
  FactsGenerator(const Decl &Fn, const CFG &Cfg, ASTContext &Ctx,
                 const LoweringOptions &Opts, FunctionFacts &Out)
      : Fn(Fn), Cfg(Cfg), Ctx(Ctx), Opts(Opts), Out(Out),
        PM(const_cast<Stmt *>(Fn.getBody())), Places(Out, Fn, PM),
        Conditions(Out, Places, Ctx) {}

  void run();

private:
  // Blocks and elements.
  void lowerBlock(const CFGBlock &B);
  void lowerEdges(const CFGBlock &B);
  void lowerEntry();
  void lowerElement(const CFGElement &E);
  void lowerStmt(const Stmt *S);
  void lowerExpr(const Expr *E);
  void lowerLifetimeEnd(const VarDecl *VD, const Stmt *Trigger);
  void lowerInitializer(const CXXCtorInitializer *Init);

  // Statements.
  void lowerDecl(const DeclStmt *DS);
  void lowerReturn(const ReturnStmt *RS);

  // Expressions.
  void lowerNew(const CXXNewExpr *E);
  void lowerDelete(const CXXDeleteExpr *E);
  const VarDecl *initializedStruct(const InitListExpr *IL) const;
  bool initializesTrackedStruct(const InitListExpr *IL) const;
  void lowerStructInit(PlaceId Record, const InitListExpr *IL);
  bool constructorTakesObjectPointer(const CXXNewExpr *E);
  void lowerCall(const CallExpr *E);
  void lowerConstruct(const CXXConstructExpr *E);
  void lowerArguments(const Expr *Call, const FunctionDecl *Callee,
                      llvm::ArrayRef<const Expr *> Args, unsigned ParamShift,
                      const CallModel &M, const FunctionSummary *Summary);
  void lowerCast(const CastExpr *E);
  void lowerUnary(const UnaryOperator *E);
  void lowerAddressOf(const UnaryOperator *E);
  void lowerBinary(const BinaryOperator *E);
  void lowerAssign(const BinaryOperator *E);
  void lowerPointerArithmetic(const BinaryOperator *E);
  void lowerConditionalArm(const Expr *E);
  void escapeOperands(const Stmt *S);

  // Helpers.
  Fact &emit(FactKind K, SourceLocation Loc);
  void emitAlias(PlaceId Dst, const Expr *Src, SourceLocation Loc);
  void emitUse(const Expr *Ptr, UseKind K, SourceLocation Loc,
               llvm::StringRef Callee = "");
  void emitEscape(const Expr *Ptr, EscapeKind K, SourceLocation Loc);
  void emitWrite(const Expr *LValue, SourceLocation Loc,
                 const Expr *Value = nullptr);
  void emitWrite(const ValueDecl *VD, SourceLocation Loc, const Expr *Value);
  void havocThisFields(SourceLocation Loc);
  SiteId siteFor(const Expr *E, SiteKind K, Family Fam, bool MayBeNull,
                 llvm::StringRef What);
  bool isFullExpressionRoot(const Expr *E) const;
  std::optional<PlaceId> pointerValue(const Expr *E);
  std::string describe(const Expr *E);
  OffsetKind offsetOf(const Expr *Amount, bool Subtract) const;

  const Decl &Fn;
  const CFG &Cfg;
  ASTContext &Ctx;
  const LoweringOptions &Opts;
  FunctionFacts &Out;
  ParentMap PM;
  PlaceTable Places;
  BranchConditions Conditions;
  FactBlock *Cur = nullptr;
  /// The values of constructor member initializers.
  llvm::DenseSet<const Expr *> Initializers;
  llvm::DenseMap<const Expr *, SiteId> Sites;
};

Fact &FactsGenerator::emit(FactKind K, SourceLocation Loc) {
  Cur->Facts.push_back(Fact{K});
  Cur->Facts.back().Loc = Loc;
  return Cur->Facts.back();
}

std::optional<PlaceId> FactsGenerator::pointerValue(const Expr *E) {
  if (std::optional<PlaceId> T = Places.valueOf(E))
    return T;
  // An lvalue bound to a `T *const &` parameter is read, not changed.
  const Expr *Bare = stripWrappers(E);
  if (Bare->isGLValue() && Bare->getType()->isPointerType())
    return Places.placeOf(Bare);
  return std::nullopt;
}

void FactsGenerator::emitAlias(PlaceId Dst, const Expr *Src,
                               SourceLocation Loc) {
  std::optional<PlaceId> From = pointerValue(Src);
  if (!From)
    return;
  Fact &F = emit(FactKind::Alias, Loc);
  F.Dst = Dst;
  F.Src = *From;
}

void FactsGenerator::emitUse(const Expr *Ptr, UseKind K, SourceLocation Loc,
                             llvm::StringRef Callee) {
  std::optional<PlaceId> V = pointerValue(Ptr);
  if (!V)
    return;
  Fact &F = emit(FactKind::Use, Loc);
  F.Src = *V;
  F.Use = K;
  F.Text = Out.save(describe(Ptr));
  F.Callee = Out.save(Callee);
}

void FactsGenerator::emitEscape(const Expr *Ptr, EscapeKind K,
                                SourceLocation Loc) {
  std::optional<PlaceId> V = pointerValue(Ptr);
  if (!V)
    return;
  Fact &F = emit(FactKind::Escape, Loc);
  F.Src = *V;
  F.Escape = K;
}

/// A write to a variable makes what branches learnt about it stale; a
/// constant written to a flag (`done = true`) is known from then on.
void FactsGenerator::emitWrite(const Expr *LValue, SourceLocation Loc,
                               const Expr *Value) {
  LValue = LValue->IgnoreParens();
  while (const auto *ME = dyn_cast<MemberExpr>(LValue)) {
    if (ME->isArrow())
      return;
    LValue = ME->getBase()->IgnoreParens();
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(LValue);
  if (!DRE)
    return;
  emitWrite(DRE->getDecl(), Loc, Value);
}

void FactsGenerator::emitWrite(const ValueDecl *VD, SourceLocation Loc,
                               const Expr *Value) {
  for (ConditionId C : Conditions.readersOf(VD))
    emit(FactKind::ConditionKill, Loc).Cond = C;
  std::optional<ConditionId> Flag = Conditions.flagOf(VD);
  Expr::EvalResult R;
  if (!Flag || !Value || Value->isValueDependent() ||
      !Value->EvaluateAsInt(R, Ctx))
    return;
  Fact &F = emit(FactKind::ConditionSet, Loc);
  F.Cond = *Flag;
  F.Holds = !R.Val.getInt().isZero();
}

void FactsGenerator::havocThisFields(SourceLocation Loc) {
  for (PlaceId P : Places.thisFields())
    emit(FactKind::Havoc, Loc).Dst = P;
}

SiteId FactsGenerator::siteFor(const Expr *E, SiteKind K, Family Fam,
                               bool MayBeNull, llvm::StringRef What) {
  auto [It, New] = Sites.try_emplace(E, 0);
  if (New)
    It->second = Out.addSite({K, Fam, MayBeNull, E->getBeginLoc(), What});
  return It->second;
}

std::string FactsGenerator::describe(const Expr *E) {
  const Expr *Bare = stripWrappers(E)->IgnoreParenImpCasts();
  if (Bare->isGLValue())
    if (std::optional<PlaceId> P = Places.placeOf(Bare))
      return Out.Places[*P].Name.str();
  const SourceManager &SM = Ctx.getSourceManager();
  SourceRange R = Bare->getSourceRange();
  if (R.getBegin().isMacroID() || R.getEnd().isMacroID())
    return "";
  llvm::StringRef Text = Lexer::getSourceText(
      CharSourceRange::getTokenRange(R), SM, Ctx.getLangOpts());
  if (Text.empty() || Text.size() > 40 || Text.contains('\n'))
    return "";
  return Text.str();
}

bool FactsGenerator::isFullExpressionRoot(const Expr *E) const {
  if (Initializers.count(E))
    return false; // The CFGInitializer element that follows ends it.
  const Stmt *P = PM.getParentIgnoreParens(E);
  while (P && isa<FullExpr, CXXBindTemporaryExpr>(P))
    P = PM.getParentIgnoreParens(P);
  // Declarations and returns end their own full-expressions.
  return !P || (!isa<Expr>(P) && !isa<DeclStmt, ReturnStmt>(P));
}

//===-- Blocks ------------------------------------------------------------===//

/// Blocks reachable from the entry in reverse post-order. (LLVM's graph
/// traversals would follow the null successors of pruned edges.)
std::vector<const CFGBlock *> reversePostOrder(const CFG &Cfg) {
  std::vector<const CFGBlock *> Post;
  llvm::DenseSet<const CFGBlock *> Seen{&Cfg.getEntry()};
  std::vector<std::pair<const CFGBlock *, unsigned>> Stack{{&Cfg.getEntry(), 0}};
  while (!Stack.empty()) {
    auto &[B, Next] = Stack.back();
    if (Next < B->succ_size()) {
      const CFGBlock *S = B->succs().begin()[Next++].getReachableBlock();
      if (S && Seen.insert(S).second)
        Stack.push_back({S, 0});
      continue;
    }
    Post.push_back(B);
    Stack.pop_back();
  }
  return {Post.rbegin(), Post.rend()};
}

void FactsGenerator::run() {
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&Fn))
    for (const CXXCtorInitializer *I : Ctor->inits())
      if (const Expr *V = I->getInit()) {
        PM.addStmt(const_cast<Expr *>(V));
        Initializers.insert(stripWrappers(V));
      }
  Out.Blocks.resize(Cfg.getNumBlockIDs());
  // Room for one edge-splitting block per block (see lowerEdges), so that
  // adding them never moves the blocks being filled.
  Out.Blocks.reserve(2 * Cfg.getNumBlockIDs());
  Out.Entry = Cfg.getEntry().getBlockID();
  for (const CFGBlock *B : Cfg)
    if (const Stmt *Cond = B->getTerminatorCondition())
      if (B->succ_size() == 2)
        Conditions.registerCondition(cast<Expr>(Cond));
  // Reverse post-order: the arms of `c ? a : b` are lowered before the
  // block that reads the value they set.
  std::vector<const CFGBlock *> Order = reversePostOrder(Cfg);
  llvm::DenseSet<const CFGBlock *> Lowered(Order.begin(), Order.end());
  for (const CFGBlock *B : Order)
    lowerBlock(*B);
  for (const CFGBlock *B : Cfg)
    if (!Lowered.count(B))
      lowerBlock(*B);
  lowerEntry();
  Out.numberFacts();
}

void FactsGenerator::lowerBlock(const CFGBlock &B) {
  Cur = &Out.Blocks[B.getBlockID()];
  for (const CFGElement &E : B)
    lowerElement(E);
  if (B.hasNoReturnElement()) {
    emit(FactKind::Unreachable, {});
  } else if (B.succ_size() == 1 && &B != &Cfg.getExit() &&
             B.succs().begin()->getReachableBlock() == &Cfg.getExit()) {
    // Where the function is left: the return or throw, else its last brace.
    SourceLocation Loc = Fn.getBody()->getEndLoc();
    for (const CFGElement &E : llvm::reverse(B))
      if (auto S = E.getAs<CFGStmt>())
        if (isa<ReturnStmt, CXXThrowExpr>(S->getStmt())) {
          Loc = S->getStmt()->getBeginLoc();
          break;
        }
    emit(FactKind::FunctionExit, Loc);
  }
  lowerEdges(B);
}

void FactsGenerator::lowerEdges(const CFGBlock &B) {
  llvm::SmallVector<Refinement, 1> OnTrue, OnFalse;
  const Stmt *Cond = B.getTerminatorCondition();
  std::optional<int64_t> Value;
  if (Cond && B.succ_size() == 2) {
    Conditions.refine(cast<Expr>(Cond), OnTrue, OnFalse);
    if (Opts.Constants)
      Value = Opts.Constants->fold(cast<Expr>(Cond));
  }
  unsigned Index = 0;
  for (const CFGBlock::AdjacentBlock &S : B.succs()) {
    const CFGBlock *Target = S.getReachableBlock();
    // A branch on a flag nothing changes takes one edge only.
    if (Value && (Index == 0) != (*Value != 0))
      Target = nullptr;
    // A try's dispatch may leave the function when no handler matches;
    // which exception is caught is not modelled, so that edge is not taken.
    if (Target == &Cfg.getExit() &&
        isa_and_nonnull<CXXTryStmt>(B.getTerminatorStmt()))
      Target = nullptr;
    if (Target) {
      FactEdge E{Target->getBlockID(), {}};
      // A branch that falls off the end of the function leaves it on this
      // edge only: the places die in a block of the edge's own.
      if (Target == &Cfg.getExit() && B.succ_size() > 1 &&
          !B.hasNoReturnElement()) {
        Out.Blocks.push_back({});
        Out.Blocks.back().Facts.push_back(Fact{FactKind::FunctionExit});
        Out.Blocks.back().Facts.back().Loc = Fn.getBody()->getEndLoc();
        Out.Blocks.back().Succs.push_back({Target->getBlockID(), {}});
        E.Target = Out.Blocks.size() - 1;
      }
      if (Cond && B.succ_size() == 2)
        E.Refinements = Index == 0 ? OnTrue : OnFalse;
      Cur->Succs.push_back(std::move(E));
    }
    ++Index;
  }
}

/// Parameters and fields of *this start out holding someone else's memory.
void FactsGenerator::lowerEntry() {
  FactBlock Init;
  Cur = &Init;
  auto Opaque = [&](PlaceId P, SourceLocation Loc, llvm::StringRef Name) {
    SiteId S = Out.addSite({SiteKind::Opaque, Family::Unknown, true, Loc,
                            Name});
    Fact &F = emit(FactKind::Acquire, Loc);
    F.Dst = P;
    F.Site = S;
    return S;
  };
  if (const auto *FD = dyn_cast<FunctionDecl>(&Fn))
    for (const ParmVarDecl *PD : FD->parameters()) {
      Out.ParamSites.push_back(NoId);
      if (PD->getType()->isPointerType())
        if (std::optional<PlaceId> P = Places.variable(PD))
          Out.ParamSites.back() =
              Opaque(*P, PD->getLocation(), PD->getName());
    }
  for (PlaceId P : Places.thisFields())
    Opaque(P, Fn.getLocation(), Out.Places[P].Name);
  auto &EntryFacts = Out.Blocks[Out.Entry].Facts;
  EntryFacts.insert(EntryFacts.begin(), Init.Facts.begin(), Init.Facts.end());
}

void FactsGenerator::lowerElement(const CFGElement &E) {
  if (auto S = E.getAs<CFGStmt>())
    return lowerStmt(S->getStmt());
  if (auto L = E.getAs<CFGLifetimeEnds>())
    return lowerLifetimeEnd(L->getVarDecl(), L->getTriggerStmt());
  if (auto I = E.getAs<CFGInitializer>())
    return lowerInitializer(I->getInitializer());
}

/// `: buf_(strdup(s))` stores into a field of *this: the object owns it.
void FactsGenerator::lowerInitializer(const CXXCtorInitializer *Init) {
  const Expr *Value = Init->getInit();
  if (!Value)
    return;
  SourceLocation Loc = Init->getSourceLocation();
  const FieldDecl *FD = Init->getAnyMember();
  emitEscape(Value, EscapeKind::Store, Loc);
  if (FD && FD->getType()->isPointerType())
    if (std::optional<PlaceId> P = Places.thisField(FD))
      if (std::optional<PlaceId> V = pointerValue(Value)) {
        Fact &F = emit(FactKind::Assign, Loc);
        F.Dst = *P;
        F.Src = *V;
      }
  emit(FactKind::FullExprEnd, Loc);
}

void FactsGenerator::lowerLifetimeEnd(const VarDecl *VD, const Stmt *Trigger) {
  std::optional<PlaceId> P = Places.variable(VD);
  if (!P)
    return;
  SourceLocation Loc;
  if (const auto *CS = dyn_cast_or_null<CompoundStmt>(Trigger))
    Loc = CS->getRBracLoc();
  else if (Trigger)
    Loc = Trigger->getBeginLoc();
  emit(FactKind::ScopeEnd, Loc).Dst = *P;
}

void FactsGenerator::lowerStmt(const Stmt *S) {
  if (const auto *DS = dyn_cast<DeclStmt>(S))
    return lowerDecl(DS);
  if (const auto *RS = dyn_cast<ReturnStmt>(S))
    return lowerReturn(RS);
  if (const auto *E = dyn_cast<Expr>(S)) {
    lowerExpr(E);
    lowerConditionalArm(E);
    if (isFullExpressionRoot(E))
      emit(FactKind::FullExprEnd, E->getBeginLoc());
  }
}

//===-- Statements --------------------------------------------------------===//

void FactsGenerator::lowerDecl(const DeclStmt *DS) {
  for (const Decl *D : DS->decls()) {
    const auto *VD = dyn_cast<VarDecl>(D);
    if (!VD)
      continue;
    const Expr *Init = VD->getInit();
    SourceLocation Loc = VD->getLocation();
    std::optional<PlaceId> P = Places.variable(VD);
    if (P && VD->getType()->isPointerType()) {
      if (Init && pointerValue(Init)) {
        Fact &F = emit(FactKind::Assign, Loc);
        F.Dst = *P;
        F.Src = *pointerValue(Init);
      } else {
        emit(FactKind::Havoc, Loc).Dst = *P;
      }
    } else if (Init && !P) {
      emitEscape(Init, EscapeKind::Store, Loc);
    } else if (const auto *IL = dyn_cast_or_null<InitListExpr>(
                   Init ? stripWrappers(Init) : nullptr);
               P && IL) {
      lowerStructInit(*P, IL);
    }
    emitWrite(VD, Loc, Init);
  }
  emit(FactKind::FullExprEnd, DS->getBeginLoc());
}

void FactsGenerator::lowerReturn(const ReturnStmt *RS) {
  if (const Expr *V = RS->getRetValue()) {
    emitUse(V, UseKind::Return, V->getBeginLoc());
    emitEscape(V, EscapeKind::Return, V->getBeginLoc());
  }
  emit(FactKind::FullExprEnd, RS->getBeginLoc());
}

//===-- Expressions -------------------------------------------------------===//

void FactsGenerator::lowerExpr(const Expr *E) {
  if (const auto *New = dyn_cast<CXXNewExpr>(E))
    return lowerNew(New);
  if (const auto *Del = dyn_cast<CXXDeleteExpr>(E))
    return lowerDelete(Del);
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return lowerCall(Call);
  if (const auto *Ctor = dyn_cast<CXXConstructExpr>(E))
    return lowerConstruct(Ctor);
  if (const auto *Cast = dyn_cast<CastExpr>(E))
    return lowerCast(Cast);
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    return lowerUnary(UO);
  if (const auto *BO = dyn_cast<BinaryOperator>(E))
    return lowerBinary(BO);
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (ME->isArrow())
      emitUse(ME->getBase(), UseKind::Dereference, ME->getBeginLoc());
    return;
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
    return emitUse(AS->getBase(), UseKind::Dereference, AS->getBeginLoc());
  if (const auto *IL = dyn_cast<InitListExpr>(E); IL && initializesTrackedStruct(IL))
    return; // lowerDecl stores each value in its field's place.
  // Names, literals and operators whose value the arms already set.
  if (isa<DeclRefExpr, CXXThisExpr, IntegerLiteral, StringLiteral,
          CharacterLiteral, FloatingLiteral, CXXBoolLiteralExpr,
          CXXNullPtrLiteralExpr, GNUNullExpr, AbstractConditionalOperator,
          UnaryExprOrTypeTraitExpr, CXXDefaultArgExpr, CXXDefaultInitExpr,
          OpaqueValueExpr, CXXPseudoDestructorExpr, TypeTraitExpr>(E))
    return;
  escapeOperands(E);
}

void FactsGenerator::escapeOperands(const Stmt *S) {
  for (const Stmt *Child : S->children())
    if (const auto *CE = dyn_cast_or_null<Expr>(Child))
      emitEscape(CE, EscapeKind::Other, CE->getBeginLoc());
}

/// The value of `c ? a : b` is the value of the arm that ran; the arms sit
/// in their own blocks, so each sets it on its own path.
void FactsGenerator::lowerConditionalArm(const Expr *E) {
  const auto *CO =
      dyn_cast_or_null<ConditionalOperator>(PM.getParentIgnoreParens(E));
  if (!CO || !CO->getType()->isPointerType())
    return;
  if (stripWrappers(CO->getTrueExpr()) != E &&
      stripWrappers(CO->getFalseExpr()) != E)
    return;
  PlaceId Dst = Places.temporary(CO);
  if (E->isGLValue()) {
    if (std::optional<PlaceId> P = Places.placeOf(E)) {
      Fact &F = emit(FactKind::Alias, E->getBeginLoc());
      F.Dst = Dst;
      F.Src = *P;
    }
    return;
  }
  emitAlias(Dst, E, E->getBeginLoc());
}

void FactsGenerator::lowerNew(const CXXNewExpr *E) {
  NewModel M = modelNew(*E);
  if (E->getInitializer() && !isa<CXXConstructExpr>(E->getInitializer()))
    escapeOperands(E->getInitializer());
  switch (M.Kind) {
  case NewModel::Allocation: {
    SiteId S = siteFor(E, SiteKind::Allocation, M.Fam, M.MayBeNull,
                       familyName(M.Fam));
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

/// `Buffer b{malloc(n), n};`: the braces initialise a tracked local struct.
const VarDecl *FactsGenerator::initializedStruct(const InitListExpr *IL) const {
  const auto *DS = dyn_cast_or_null<DeclStmt>(PM.getParentIgnoreParens(IL));
  if (!DS)
    return nullptr;
  for (const Decl *D : DS->decls())
    if (const auto *VD = dyn_cast<VarDecl>(D))
      if (VD->getInit() && stripWrappers(VD->getInit()) == IL &&
          VD->getType()->isRecordType() && Places.isTrackedVariable(VD))
        return VD;
  return nullptr;
}

bool FactsGenerator::initializesTrackedStruct(const InitListExpr *IL) const {
  return initializedStruct(IL) != nullptr;
}

void FactsGenerator::lowerStructInit(PlaceId Record, const InitListExpr *IL) {
  const RecordDecl *RD = IL->getType()->getAsRecordDecl();
  if (!RD || RD->isUnion())
    return escapeOperands(IL);
  unsigned I = 0;
  for (const FieldDecl *FD : RD->fields()) {
    if (I >= IL->getNumInits())
      break;
    const Expr *Value = IL->getInit(I++);
    if (!FD->getType()->isPointerType()) {
      emitEscape(Value, EscapeKind::Store, Value->getBeginLoc());
      continue;
    }
    if (std::optional<PlaceId> V = pointerValue(Value)) {
      Fact &F = emit(FactKind::Assign, Value->getBeginLoc());
      F.Dst = Places.fieldOf(Record, FD);
      F.Src = *V;
    }
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
  CallModel M = modelCall(Callee);
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
}

void FactsGenerator::lowerConstruct(const CXXConstructExpr *E) {
  llvm::SmallVector<const Expr *, 4> Args(E->arguments());
  lowerArguments(E, E->getConstructor(), Args, 0, CallModel{}, nullptr);
}

void FactsGenerator::lowerArguments(const Expr *Call, const FunctionDecl *Callee,
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
    bool Adopts = isa<CXXConstructExpr>(Call) && Callee &&
                  !cast<CXXConstructorDecl>(Callee)->getParent()
                       ->hasTrivialDestructor();
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
    QualType Pointee = ParamType.isNull() ? QualType()
                                          : ParamType.getNonReferenceType()
                                                ->getPointeeType();
    // A pointer to const is a borrow: the callee cannot free through it
    // without a cast, and the DESIGN's escape policy trusts the signature.
    if (!Pointee.isNull() && Pointee.isConstQualified())
      continue;
    emitEscape(Arg, EscapeKind::Call, Arg->getBeginLoc());
  }
}

void FactsGenerator::lowerCast(const CastExpr *E) {
  const Expr *Sub = E->getSubExpr();
  SourceLocation Loc = E->getBeginLoc();
  switch (E->getCastKind()) {
  case CK_LValueToRValue:
    if (!E->getType()->isPointerType())
      return;
    if (std::optional<PlaceId> P = Places.placeOf(Sub)) {
      Fact &F = emit(FactKind::Alias, Loc);
      F.Dst = Places.temporary(E);
      F.Src = *P;
    } else if (isa<AbstractConditionalOperator>(stripWrappers(Sub))) {
      emitAlias(Places.temporary(E), Sub, Loc);
    } else {
      // A pointer loaded from memory we do not track (`c->buf`, `a[i]`,
      // a global): someone else's, but one object from here on.
      Fact &F = emit(FactKind::Acquire, Loc);
      F.Dst = Places.temporary(E);
      F.Site = siteFor(E, SiteKind::Opaque, Family::Unknown, true,
                       describe(Sub));
    }
    return;
  case CK_NullToPointer:
    emit(FactKind::SetNull, Loc).Dst = Places.temporary(E);
    return;
  case CK_ArrayToPointerDecay: {
    const Expr *Array = stripWrappers(Sub);
    if (const auto *SL = dyn_cast<StringLiteral>(Array)) {
      Fact &F = emit(FactKind::Acquire, Loc);
      F.Dst = Places.temporary(E);
      F.Site = siteFor(SL, SiteKind::Literal, Family::NonHeap, false,
                       "string literal");
      return;
    }
    if (const VarDecl *VD = PlaceTable::localStorageOf(Array)) {
      Fact &F = emit(FactKind::Acquire, Loc);
      F.Dst = Places.temporary(E);
      F.Site = Places.stackSite(VD);
    }
    return;
  }
  case CK_NoOp:
  case CK_BitCast:
  case CK_BaseToDerived:
  case CK_DerivedToBase:
  case CK_UncheckedDerivedToBase:
  case CK_Dynamic:
  case CK_AddressSpaceConversion:
    if (E->getType()->isPointerType())
      emitAlias(Places.temporary(E), Sub, Loc);
    return;
  case CK_PointerToIntegral:
    return emitEscape(Sub, EscapeKind::Conversion, Loc);
  default:
    return;
  }
}

void FactsGenerator::lowerUnary(const UnaryOperator *E) {
  switch (E->getOpcode()) {
  case UO_Deref:
    return emitUse(E->getSubExpr(), UseKind::Dereference, E->getBeginLoc());
  case UO_AddrOf:
    return lowerAddressOf(E);
  case UO_PreInc:
  case UO_PostInc:
  case UO_PreDec:
  case UO_PostDec: {
    emitWrite(E->getSubExpr(), E->getBeginLoc());
    std::optional<PlaceId> P = Places.placeOf(E->getSubExpr());
    if (!P)
      return;
    Fact &F = emit(FactKind::Offset, E->getBeginLoc());
    F.Dst = F.Src = *P;
    F.Offset = E->isIncrementOp() ? OffsetKind::Interior : OffsetKind::Unknown;
    return;
  }
  default:
    return;
  }
}

/// `&x` of a local is stack memory; `&p[i]` and `&p->f` point into p's
/// object.
void FactsGenerator::lowerAddressOf(const UnaryOperator *E) {
  const Expr *Sub = stripWrappers(E->getSubExpr());
  SourceLocation Loc = E->getBeginLoc();
  if (const VarDecl *VD = PlaceTable::localStorageOf(E)) {
    Fact &F = emit(FactKind::Acquire, Loc);
    F.Dst = Places.temporary(E);
    F.Site = Places.stackSite(VD);
    return;
  }
  if (isa<DeclRefExpr>(Sub))
    return;
  if (const auto *Deref = dyn_cast<UnaryOperator>(Sub)) {
    if (Deref->getOpcode() == UO_Deref)
      emitAlias(Places.temporary(E), Deref->getSubExpr(), Loc);
    return;
  }
  const Expr *Base = nullptr;
  OffsetKind Kind = OffsetKind::Unknown;
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(Sub)) {
    Base = AS->getBase();
    Kind = offsetOf(AS->getIdx(), false);
    if (Kind == OffsetKind::Interior ||
        !AS->getIdx()->isIntegerConstantExpr(Ctx)) {
      // Stays Kind.
    } else {
      return emitAlias(Places.temporary(E), Base, Loc); // &p[0]
    }
  } else if (const auto *ME = dyn_cast<MemberExpr>(Sub); ME && ME->isArrow()) {
    Base = ME->getBase();
  }
  std::optional<PlaceId> From = Base ? pointerValue(Base) : std::nullopt;
  if (!From)
    return;
  Fact &F = emit(FactKind::Offset, Loc);
  F.Dst = Places.temporary(E);
  F.Src = *From;
  F.Offset = Kind;
}

OffsetKind FactsGenerator::offsetOf(const Expr *Amount, bool Subtract) const {
  Expr::EvalResult R;
  if (!Amount->EvaluateAsInt(R, Ctx))
    return OffsetKind::Unknown;
  llvm::APSInt V = R.Val.getInt();
  bool Forward = Subtract ? V.isNegative() : V.isStrictlyPositive();
  return Forward ? OffsetKind::Interior : OffsetKind::Unknown;
}

void FactsGenerator::lowerBinary(const BinaryOperator *E) {
  if (E->isAssignmentOp()) {
    emitWrite(E->getLHS(), E->getExprLoc(),
              E->getOpcode() == BO_Assign ? E->getRHS() : nullptr);
    if (E->getOpcode() == BO_Assign)
      return lowerAssign(E);
    if (E->getType()->isPointerType())
      return lowerPointerArithmetic(E);
    return;
  }
  if (E->getOpcode() == BO_Comma)
    return emitAlias(Places.temporary(E), E->getRHS(), E->getExprLoc());
  if (E->isAdditiveOp() && E->getType()->isPointerType())
    return lowerPointerArithmetic(E);
  // Comparisons and arithmetic on integers read no memory.
}

void FactsGenerator::lowerAssign(const BinaryOperator *E) {
  if (!E->getType()->isPointerType())
    return;
  SourceLocation Loc = E->getExprLoc();
  std::optional<PlaceId> Dst = Places.placeOf(E->getLHS());
  if (!Dst) {
    emitEscape(E->getRHS(), EscapeKind::Store, Loc);
    return;
  }
  // Memory stored in a field of *this belongs to the object.
  if (Out.Places[*Dst].Kind == PlaceKind::Field &&
      Out.Places[*Dst].Parent == NoId)
    emitEscape(E->getRHS(), EscapeKind::Store, Loc);
  std::optional<PlaceId> Src = pointerValue(E->getRHS());
  Fact &F = emit(Src ? FactKind::Assign : FactKind::Havoc, Loc);
  F.Dst = *Dst;
  if (Src) {
    F.Src = *Src;
    F.Text = Out.Places[*Dst].Name;
  } else {
    // Unknown memory replaces what the place held: a leak all the same.
    F.Kind = FactKind::Assign;
    F.Src = Places.temporary(E->getRHS());
    F.Text = Out.Places[*Dst].Name;
  }
  Fact &Value = emit(FactKind::Alias, Loc);
  Value.Dst = Places.temporary(E);
  Value.Src = *Dst;
}

void FactsGenerator::lowerPointerArithmetic(const BinaryOperator *E) {
  const Expr *Ptr = E->getLHS(), *Amount = E->getRHS();
  if (!Ptr->getType()->isPointerType())
    std::swap(Ptr, Amount);
  if (!Ptr->getType()->isPointerType() || !Amount->getType()->isIntegerType())
    return;
  bool Subtract = E->getOpcode() == BO_Sub || E->getOpcode() == BO_SubAssign;
  OffsetKind Kind = offsetOf(Amount, Subtract);
  Expr::EvalResult R;
  bool Zero = Amount->EvaluateAsInt(R, Ctx) && R.Val.getInt().isZero();
  SourceLocation Loc = E->getExprLoc();
  if (E->isCompoundAssignmentOp()) {
    std::optional<PlaceId> P = Places.placeOf(E->getLHS());
    if (!P || Zero)
      return;
    Fact &F = emit(FactKind::Offset, Loc);
    F.Dst = F.Src = *P;
    F.Offset = Kind;
    return;
  }
  if (Zero)
    return emitAlias(Places.temporary(E), Ptr, Loc);
  std::optional<PlaceId> From = pointerValue(Ptr);
  if (!From)
    return;
  Fact &F = emit(FactKind::Offset, Loc);
  F.Dst = Places.temporary(E);
  F.Src = *From;
  F.Offset = Kind;
}

} // namespace

void generateFacts(const Decl &Fn, const CFG &Cfg, ASTContext &Ctx,
                   const LoweringOptions &Opts, FunctionFacts &Out) {
  FactsGenerator(Fn, Cfg, Ctx, Opts, Out).run();
}

} // namespace ownck
