//===-- Facts/FactsGenerator.cpp - CFG to ownership facts -----------------===//
//
// One method per kind of CFG element or expression. Each expression's
// pointer value lives in a temporary place until its full-expression ends;
// consumers read their operands' temporaries. An expression this file does
// not understand hands its operands' objects on (Escape): unknown code is
// never a reason to report.
//
//===----------------------------------------------------------------------===//
#include "Facts/FactsGeneratorImpl.h"
#include "Models/MoveModels.h"

namespace ownck {
namespace lowering {

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

void FactsGenerator::emitOffset(PlaceId Dst, const Expr *Src, OffsetKind K,
                                SourceLocation Loc) {
  std::optional<PlaceId> From = pointerValue(Src);
  if (!From)
    return;
  Fact &F = emit(FactKind::Offset, Loc);
  F.Dst = Dst;
  F.Src = *From;
  F.Offset = K;
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
  if (!Value || Value->isValueDependent() || !Value->EvaluateAsInt(R, Ctx))
    return;
  if (Flag) {
    Fact &F = emit(FactKind::ConditionSet, Loc);
    F.Cond = *Flag;
    F.Holds = !R.Val.getInt().isZero();
  }
  // `state = Idle;`: the comparisons of state with constants are known.
  if (R.Val.getInt().getSignificantBits() <= 64)
    for (auto [C, Holds] :
         Conditions.decidedBy(VD, R.Val.getInt().getSExtValue())) {
      Fact &F = emit(FactKind::ConditionSet, Loc);
      F.Cond = C;
      F.Holds = Holds;
    }
}

/// A call may read or change the object's fields: what they held is the
/// object's from then on, and they may now hold anything.
void FactsGenerator::havocThisFields(SourceLocation Loc) {
  for (PlaceId P : Places.thisFields()) {
    emit(FactKind::Escape, Loc).Src = P;
    emit(FactKind::Havoc, Loc).Dst = P;
  }
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
  llvm::StringRef Text = Lexer::getSourceText(CharSourceRange::getTokenRange(R),
                                              SM, Ctx.getLangOpts());
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
static std::vector<const CFGBlock *> reversePostOrder(const CFG &Cfg) {
  std::vector<const CFGBlock *> Post;
  llvm::DenseSet<const CFGBlock *> Seen{&Cfg.getEntry()};
  std::vector<std::pair<const CFGBlock *, unsigned>> Stack{
      {&Cfg.getEntry(), 0}};
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
  for (const CFGBlock *B : Cfg) {
    if (const auto *Switch =
            dyn_cast_or_null<SwitchStmt>(B->getTerminatorStmt()))
      Conditions.registerSwitch(Switch);
    else if (const Stmt *Cond = B->getTerminatorCondition())
      if (B->succ_size() == 2)
        Conditions.registerCondition(cast<Expr>(Cond));
  }
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
    const ReturnStmt *Return = nullptr;
    for (const CFGElement &E : llvm::reverse(B))
      if (auto S = E.getAs<CFGStmt>())
        if (isa<ReturnStmt, CXXThrowExpr>(S->getStmt())) {
          Loc = S->getStmt()->getBeginLoc();
          Return = dyn_cast<ReturnStmt>(S->getStmt());
          break;
        }
    Fact &Exit = emit(FactKind::FunctionExit, Loc);
    // `return false;`: summaries tell "moves only when it succeeds".
    bool Value = false;
    if (Return && Return->getRetValue() &&
        !Return->getRetValue()->isValueDependent() &&
        Return->getRetValue()->getType()->isBooleanType() &&
        Return->getRetValue()->EvaluateAsBooleanCondition(Value, Ctx))
      Exit.Returns = Value ? Fact::ReturnsTrue : Fact::ReturnsFalse;
  }
  lowerEdges(B);
}

void FactsGenerator::lowerEdges(const CFGBlock &B) {
  llvm::SmallVector<Refinement, 1> OnTrue, OnFalse;
  const Stmt *Cond = B.getTerminatorCondition();
  std::optional<int64_t> Value;
  if (Cond && B.succ_size() == 2) {
    Conditions.refine(cast<Expr>(Cond), OnTrue, OnFalse);
    refineMovables(cast<Expr>(Cond), OnTrue, OnFalse);
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
      // A case edge knows the value is its label, the default edge that it
      // is none of them.
      if (const auto *Switch =
              dyn_cast_or_null<SwitchStmt>(B.getTerminatorStmt()))
        Conditions.refineCase(Switch, Target->getLabel(), E.Refinements);
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
    SiteId S =
        Out.addSite({SiteKind::Opaque, Family::Unknown, true, Loc, Name});
    Fact &F = emit(FactKind::Acquire, Loc);
    F.Dst = P;
    F.Site = S;
    return S;
  };
  if (const auto *FD = dyn_cast<FunctionDecl>(&Fn))
    for (const ParmVarDecl *PD : FD->parameters()) {
      std::optional<PlaceId> Object = Movables.variable(PD);
      Out.ParamObjects.push_back(Object ? *Object : NoId);
      // For a summary, an out-parameter starts moved-from: whether the
      // function reads it before any write, and whether it writes it on
      // every path, show in the summary (SummaryInference).
      if (Object && Opts.ForSummary && isOutParameter(PD->getType(), Ctx)) {
        Fact &F = emit(FactKind::Move, {});
        F.Dst = *Object;
        F.Text = Out.Places[*Object].Name;
      }
      Out.ParamSites.push_back(NoId);
      if (PD->getType()->isPointerType())
        if (std::optional<PlaceId> P = Places.variable(PD))
          Out.ParamSites.back() = Opaque(*P, PD->getLocation(), PD->getName());
    }
  for (PlaceId P : Places.thisFields())
    Opaque(P, Fn.getLocation(), Out.Places[P].Name);
  auto &EntryFacts = Out.Blocks[Out.Entry].Facts;
  EntryFacts.insert(EntryFacts.begin(), Init.Facts.begin(), Init.Facts.end());
}

void FactsGenerator::lowerElement(const CFGElement &E) {
  if (auto S = E.getAs<CFGStmt>()) {
    lowerStmt(S->getStmt());
    return flushMoveEvents(S->getStmt());
  }
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
  SourceLocation Loc;
  if (const auto *CS = dyn_cast_or_null<CompoundStmt>(Trigger))
    Loc = CS->getRBracLoc();
  else if (Trigger)
    Loc = Trigger->getBeginLoc();
  if (std::optional<PlaceId> P = Places.variable(VD))
    emit(FactKind::ScopeEnd, Loc).Dst = *P;
  if (std::optional<PlaceId> P = Movables.variable(VD))
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
    lowerMovableDecl(VD);
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
  if (isa<DeclRefExpr, MemberExpr>(E) && !Movables.empty())
    lowerMovableMention(E);
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
  if (const auto *IL = dyn_cast<InitListExpr>(E); IL && initializedStruct(IL))
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

} // namespace lowering

void generateFacts(const clang::Decl &Fn, const clang::CFG &Cfg,
                   clang::ASTContext &Ctx, const LoweringOptions &Opts,
                   FunctionFacts &Out) {
  lowering::FactsGenerator(Fn, Cfg, Ctx, Opts, Out).run();
}

} // namespace ownck
