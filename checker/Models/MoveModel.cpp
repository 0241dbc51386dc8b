//===-- Models/MoveModel.cpp - std::move and moved-from states ------------===//
//
// [utility.syn] std::move / std::forward are casts: nothing moves until the
// result binds to a move constructor, a move assignment or a consuming
// parameter. [lib.types.movedfrom]: a moved-from library object is "valid
// but unspecified" unless its class says otherwise; smart pointers
// ([unique.ptr.single.ctor], [util.smartptr.shared.const]), std::function
// ([func.wrap.func.con]), std::thread ([thread.thread.constr]) and futures
// ([futures.unique.future]) and locks ([thread.lock.unique.cons]) are
// specified to be empty. std::function is
// not: its moved-from value is unspecified ([func.wrap.func.con]).
//
//===----------------------------------------------------------------------===//
#include "Models/MoveModels.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace ownck {

static bool isInStd(const Decl &D) {
  return D.getDeclContext()->getRedeclContext()->isStdNamespace();
}

static const CXXRecordDecl *stdClass(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && isInStd(*RD) ? RD : nullptr;
}

bool isMoveCast(const CallExpr &E) {
  const FunctionDecl *FD = E.getDirectCallee();
  if (!FD || E.getNumArgs() != 1 || !FD->getIdentifier() || !isInStd(*FD))
    return false;
  llvm::StringRef Name = FD->getName();
  return Name == "move" || Name == "forward" || Name == "move_if_noexcept";
}

const Expr *rvalueCastOperand(const Stmt &S) {
  if (const auto *CE = dyn_cast<CallExpr>(&S))
    return isMoveCast(*CE) ? CE->getArg(0) : nullptr;
  if (const auto *SC = dyn_cast<CXXStaticCastExpr>(&S))
    return SC->getTypeAsWritten()->isRValueReferenceType() ? SC->getSubExpr()
                                                           : nullptr;
  return nullptr;
}

namespace {
/// Library classes whose moved-from state is specified to be empty, with
/// the members that need a value (their uses; everything else is safe).
struct EmptyAfterMove {
  llvm::StringLiteral Name;
  llvm::StringLiteral Display;
  llvm::ArrayRef<llvm::StringLiteral> Uses;
};
constexpr llvm::StringLiteral PointerUses[] = {"operator*", "operator->",
                                               "operator[]"};
constexpr llvm::StringLiteral ThreadUses[] = {"join", "detach"};
constexpr llvm::StringLiteral FutureUses[] = {"get", "wait", "wait_for",
                                              "wait_until", "share"};
constexpr llvm::StringLiteral PromiseUses[] = {
    "get_future", "set_value", "set_exception", "set_value_at_thread_exit",
    "set_exception_at_thread_exit"};
/// [thread.lock.unique.cons]: a moved-from lock has no mutex; locking or
/// unlocking it throws.
constexpr llvm::StringLiteral LockUses[] = {"lock", "try_lock", "try_lock_for",
                                            "try_lock_until", "unlock"};
constexpr llvm::StringLiteral TaskUses[] = {"operator()", "get_future",
                                            "make_ready_at_thread_exit"};
constexpr EmptyAfterMove EmptyClasses[] = {
    {"unique_ptr", "std::unique_ptr", PointerUses},
    {"shared_ptr", "std::shared_ptr", PointerUses},
    {"weak_ptr", "std::weak_ptr", {}},
    {"thread", "std::thread", ThreadUses},
    {"jthread", "std::jthread", ThreadUses},
    {"future", "std::future", FutureUses},
    {"shared_future", "std::shared_future", FutureUses},
    {"promise", "std::promise", PromiseUses},
    {"packaged_task", "std::packaged_task", TaskUses},
    {"unique_lock", "std::unique_lock", LockUses},
    {"shared_lock", "std::shared_lock", LockUses},
};

const EmptyAfterMove *emptyClass(const CXXRecordDecl *RD) {
  if (!RD || !RD->getIdentifier())
    return nullptr;
  for (const EmptyAfterMove &C : EmptyClasses)
    if (RD->getName() == C.Name)
      return &C;
  return nullptr;
}
} // namespace

static bool movesByCopy(QualType T, unsigned Depth);

/// Whether moving an object of \p RD leaves the source as it was: it has
/// no move constructor (its copy constructor runs), or its move is
/// member-wise over members that move by copying. A user-written move
/// constructor is taken at its word.
static bool classMovesByCopy(const CXXRecordDecl &RD, unsigned Depth) {
  if (!RD.hasDefinition())
    return false;
  if (!RD.hasMoveConstructor())
    return true;
  for (const CXXConstructorDecl *C : RD.ctors())
    if (C->isMoveConstructor() && (C->isUserProvided() || C->isDeleted()))
      return false;
  if (Depth > 4)
    return false;
  for (const CXXBaseSpecifier &B : RD.bases())
    if (!movesByCopy(B.getType(), Depth + 1))
      return false;
  for (const FieldDecl *FD : RD.fields())
    if (!movesByCopy(FD->getType(), Depth + 1))
      return false;
  return true;
}

static bool movesByCopy(QualType T, unsigned Depth) {
  T = T.getCanonicalType();
  while (const ArrayType *AT = T->getAsArrayTypeUnsafe())
    T = AT->getElementType().getCanonicalType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  return !RD || classMovesByCopy(*RD, Depth);
}

MovedFromState movedFromState(QualType T, const ASTContext &Ctx) {
  T = T.getNonReferenceType().getUnqualifiedType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || T.isTriviallyCopyableType(Ctx))
    return {MovedFromState::Copy, ""};
  if (const EmptyAfterMove *C = emptyClass(stdClass(T)))
    return {MovedFromState::Empty, C->Display, C->Uses};
  if (classMovesByCopy(*RD->getDefinition(), 0))
    return {MovedFromState::Copy, ""};
  return {MovedFromState::Unspecified, ""};
}

/// Members that give a moved-from std:: object a known value.
constexpr llvm::StringLiteral ReinitMembers[] = {"clear", "assign", "reset",
                                                 "swap", "operator="};
/// Class templates whose emplace() replaces the whole value.
constexpr llvm::StringLiteral ReplacingEmplace[] = {"optional", "variant",
                                                    "any"};

MemberEffect memberEffect(const CXXMethodDecl &MD,
                          const MovedFromState &State) {
  if (MD.hasAttr<ReinitializesAttr>() || MD.isCopyAssignmentOperator() ||
      MD.isMoveAssignmentOperator())
    return MemberEffect::Reinit;
  const CXXRecordDecl *RD = MD.getParent();
  bool Std = isInStd(*RD);
  std::string Name = MD.getNameAsString();
  if (Name == "operator=")
    return MemberEffect::Reinit; // Any assignment gives a new value.
  if (Std) {
    for (llvm::StringRef R : ReinitMembers)
      if (Name == R)
        return MemberEffect::Reinit;
    if (Name == "emplace" && RD->getIdentifier())
      for (llvm::StringRef C : ReplacingEmplace)
        if (RD->getName() == C)
          return MemberEffect::Reinit;
  }
  // A moved-from optional still says whether it holds a value
  // ([optional.ctor]: the source's has_value() is unchanged).
  if (Std && RD->getIdentifier() && RD->getName() == "optional" &&
      (Name == "has_value" || isa<CXXConversionDecl>(MD)))
    return MemberEffect::Safe;
  if (State.Kind != MovedFromState::Empty)
    return MemberEffect::Use;
  if (isa<CXXConversionDecl>(MD))
    return MemberEffect::Safe; // operator bool
  for (llvm::StringRef U : State.Uses)
    if (Name == U)
      return MemberEffect::Use;
  return MemberEffect::Safe;
}

bool movesOnlyOnSuccess(const FunctionDecl &FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(&FD);
  return MD && isInStd(*MD->getParent()) && MD->getIdentifier() &&
         MD->getName() == "try_emplace";
}

static bool isOptional(const Expr *E) {
  const CXXRecordDecl *RD = stdClass(E->getType());
  return RD && RD->getIdentifier() && RD->getName() == "optional";
}

const Expr *projectedObject(const Expr *E) {
  E = E->IgnoreParens();
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Star && Op->getNumArgs() == 1 &&
      isOptional(Op->getArg(0)))
    return Op->getArg(0);
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (const CXXMethodDecl *MD = MC->getMethodDecl();
        MD && MD->getIdentifier() && MD->getName() == "value" &&
        isOptional(MC->getImplicitObjectArgument()))
      return MC->getImplicitObjectArgument();
  return nullptr;
}

bool runsCallable(QualType T) {
  const CXXRecordDecl *RD = stdClass(T);
  return RD && RD->getIdentifier() &&
         (RD->getName() == "thread" || RD->getName() == "jthread");
}

bool storesCallable(QualType T) {
  const CXXRecordDecl *RD = stdClass(T);
  if (!RD || !RD->getIdentifier())
    return false;
  llvm::StringRef Name = RD->getName();
  return Name == "function" || Name == "move_only_function" ||
         Name == "copyable_function";
}

bool isOutParameter(QualType T, const ASTContext &Ctx) {
  return T->isLValueReferenceType() &&
         !T->getPointeeType().isConstQualified() &&
         movedFromState(T, Ctx).Kind == MovedFromState::Unspecified;
}

bool isStdTie(const FunctionDecl &FD) {
  return FD.getIdentifier() && isInStd(FD) && FD.getName() == "tie";
}

} // namespace ownck
