//===-- Facts/FactsGeneratorImpl.h - The lowering's state ------*- C++ -*-===//
//
// The class behind generateFacts(), shared by the files that lower one kind
// of construct each: FactsGenerator.cpp (blocks, statements, helpers),
// LowerCalls.cpp (new, delete, calls and their arguments), and
// LowerExpressions.cpp (casts, operators, assignments, initializers).
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_FACTS_FACTSGENERATORIMPL_H
#define OWNCK_FACTS_FACTSGENERATORIMPL_H

#include "Facts/FactsGenerator.h"
#include "Facts/BranchConditions.h"
#include "Facts/ConstantGlobals.h"
#include "Facts/MovablePlaces.h"
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


namespace ownck {
namespace lowering {

using namespace clang;

class FactsGenerator {
public:
  FactsGenerator(const Decl &Fn, const CFG &Cfg, ASTContext &Ctx,
                 const LoweringOptions &Opts, FunctionFacts &Out)
      : Fn(Fn), Cfg(Cfg), Ctx(Ctx), Opts(Opts), Out(Out),
        PM(const_cast<Stmt *>(Fn.getBody())), Places(Out, Fn, PM),
        Conditions(Out, Places, Ctx),
        Movables(Out, Fn, Ctx, Opts.ForSummary) {}

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
  void lowerStructInit(PlaceId Record, const InitListExpr *IL);
  bool constructorTakesObjectPointer(const CXXNewExpr *E);
  void lowerCall(const CallExpr *E);
  void lowerCallMoves(const CallExpr *E);
  void lowerConstructMoves(const CXXConstructExpr *E);
  const Expr *stripWrappersUp(const Expr *E);
  bool isAssignmentCall(const Stmt *S);
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

  // Moves (LowerMoves.cpp).
  /// What one mention of a tracked object does to it.
  struct MoveEvent {
    enum RoleT : uint8_t { None, Use, Move, Reinit } Role = None;
    PlaceId Place = NoId;
    bool Whole = true;
    bool SpecifiedEmpty = false; ///< A moved-from unique_ptr is null.
    bool Unsequenced = false;
    std::string UnsequencedWith; ///< The operator, for operands.
    UseKind Kind = UseKind::Access;
    /// The element where it happens (a call runs after its arguments);
    /// null for here.
    const Stmt *At = nullptr;
    SourceLocation Loc;    ///< Where it shows (for a move, the note's place).
    SourceLocation UseLoc; ///< The mention itself.
    std::string Callee; ///< What took a moved value; the type for Empty.
  };
  void lowerMovableMention(const Expr *E);
  MoveEvent classifyMention(const Expr *E, MovableRef Ref);
  MoveEvent bindArgument(MoveEvent Ev, const Expr *Call,
                         const FunctionDecl *Callee, unsigned Index,
                         const Stmt *Cast, const CXXRecordDecl *BasePart);
  void findUnsequencedCall(const Expr *E, MoveEvent &Ev);
  bool movesWithin(const Expr *Arg, PlaceId Place);
  bool isFieldAccessBase(const Expr *E);
  std::string calleeName(const Expr *Call);
  std::string constructedInto(const Expr *Construct);
  void emitMoveEvent(const MoveEvent &Ev);
  void flushMoveEvents(const Stmt *S);
  void lowerMovableDecl(const VarDecl *VD);
  void applyLambdaEffects(const CXXRecordDecl *Lambda, const Stmt *Call);
  void reinitThisFieldsAt(const CXXMemberCallExpr *Call);
  const Expr *storedValue(const Expr *E);
  bool capturesByReference(const LambdaExpr *LE, const Expr *Init);
  bool isCalledHere(const LambdaExpr *LE);
  struct LambdaHome {
    enum KindT : uint8_t { NotFollowed, RunsHere, InLocal } Kind;
    const VarDecl *Local; ///< For InLocal: the std::function that holds it.
  };
  LambdaHome lambdaHome(const CXXConstructExpr *CC);
  bool isReassigned(const VarDecl *VD);
  void undoMovesWhereFalse(const CallExpr *Call, bool AllArguments,
                           bool Negated,
                           llvm::SmallVectorImpl<Refinement> &OnTrue,
                           llvm::SmallVectorImpl<Refinement> &OnFalse);
  void refineMovables(const Expr *Cond,
                      llvm::SmallVectorImpl<Refinement> &OnTrue,
                      llvm::SmallVectorImpl<Refinement> &OnFalse);

  // Helpers.
  Fact &emit(FactKind K, SourceLocation Loc);
  void emitAlias(PlaceId Dst, const Expr *Src, SourceLocation Loc);
  void emitOffset(PlaceId Dst, const Expr *Src, OffsetKind K,
                  SourceLocation Loc);
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
  bool isZero(const Expr *Amount) const;

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
  MovablePlaces Movables;
  /// std::function locals initialised with a lambda of this function.
  llvm::DenseMap<const VarDecl *, const CXXRecordDecl *> StoredLambdas;
  /// Locals assigned after their declaration (computed when first asked).
  std::optional<llvm::DenseSet<const ValueDecl *>> Reassigned;
  /// Move events waiting for the element they happen at.
  llvm::DenseMap<const Stmt *, llvm::SmallVector<MoveEvent, 1>> PendingMoves;
};


} // namespace lowering
} // namespace ownck

#endif // OWNCK_FACTS_FACTSGENERATORIMPL_H
