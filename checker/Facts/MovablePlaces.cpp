//===-- Facts/MovablePlaces.cpp - Objects that may be moved from ----------===//
//
// Finds the operands of std::move / std::forward (and static_cast<T&&>) in a
// body, lambdas included, and gives each a place. Only class objects whose
// move is not a copy are tracked: moving an int or a trivially copyable
// struct copies it (Rust's Copy types).
//
//===----------------------------------------------------------------------===//
#include "Facts/MovablePlaces.h"
#include "Models/MoveModels.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace ownck {
namespace {

/// The variable an lvalue chain starts from: a local, a parameter, a
/// structured binding (not globals: any call may change them).
const ValueDecl *trackableRoot(const Expr *L) {
  const auto *DRE = dyn_cast<DeclRefExpr>(L);
  if (!DRE)
    return nullptr;
  if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
    return VD->hasLocalStorage() ? VD : nullptr;
  return dyn_cast<BindingDecl>(DRE->getDecl());
}

/// `s.a.b` as its root and fields, innermost last; false when the chain
/// goes through a pointer other than `this`.
bool splitChain(const Expr *L, const ValueDecl *&Root,
                llvm::SmallVectorImpl<const FieldDecl *> &Fields) {
  L = L->IgnoreParenImpCasts();
  while (const auto *ME = dyn_cast<MemberExpr>(L)) {
    const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!FD)
      return false;
    Fields.insert(Fields.begin(), FD);
    if (ME->isArrow()) {
      Root = nullptr;
      return isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts());
    }
    L = ME->getBase()->IgnoreParenImpCasts();
  }
  Root = trackableRoot(L);
  return Root != nullptr;
}

class MoveOperandFinder : public RecursiveASTVisitor<MoveOperandFinder> {
public:
  explicit MoveOperandFinder(llvm::function_ref<void(const Expr *)> Found)
      : Found(Found) {}

  bool VisitExpr(Expr *E) {
    if (const Expr *Operand = rvalueCastOperand(*E))
      Found(Operand);
    return true;
  }
  // Unevaluated operands move nothing.
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) {
    return true;
  }
  bool TraverseCXXNoexceptExpr(CXXNoexceptExpr *) { return true; }

private:
  llvm::function_ref<void(const Expr *)> Found;
};

/// Field accesses that are assigned or are the object of a member call.
class FieldWriteFinder : public RecursiveASTVisitor<FieldWriteFinder> {
public:
  explicit FieldWriteFinder(llvm::function_ref<void(const Expr *)> Found)
      : Found(Found) {}

  bool VisitBinaryOperator(BinaryOperator *E) {
    if (E->isAssignmentOp())
      visit(E->getLHS());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *E) {
    if (E->getOperator() == OO_Equal && E->getNumArgs() > 0)
      visit(E->getArg(0));
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *E) {
    visit(E->getImplicitObjectArgument());
    return true;
  }

private:
  void visit(const Expr *E) {
    if (E && isa<MemberExpr>(E->IgnoreParenImpCasts()))
      Found(E->IgnoreParenImpCasts());
  }
  llvm::function_ref<void(const Expr *)> Found;
};

} // namespace

MovablePlaces::MovablePlaces(FunctionFacts &F, const Decl &Fn, ASTContext &Ctx,
                             bool OutParameters)
    : F(F), Ctx(Ctx) {
  if (const auto *FD = dyn_cast<FunctionDecl>(&Fn); FD && OutParameters)
    for (const ParmVarDecl *PD : FD->parameters())
      if (isOutParameter(PD->getType(), Ctx))
        trackRoot(PD);
  auto Found = [&](const Expr *E) { track(E); };
  MoveOperandFinder Finder(Found);
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&Fn))
    for (const CXXCtorInitializer *I : Ctor->inits())
      if (I->getInit())
        Finder.TraverseStmt(const_cast<Expr *>(I->getInit()));
  if (Stmt *Body = Fn.getBody())
    Finder.TraverseStmt(Body);
  if (empty())
    return;
  // Fields of tracked objects given a new value (`c.name = ...`,
  // `c.tags.clear()`) get places too, so that the write restores only them.
  auto Written = [&](const Expr *E) {
    const ValueDecl *Root = nullptr;
    llvm::SmallVector<const FieldDecl *, 2> Fields;
    if (splitChain(E, Root, Fields) && !Fields.empty() &&
        (Root ? Roots.count(Root) : ThisFields.count(Fields.front())))
      trackChain(Root, Fields);
  };
  FieldWriteFinder Writes(Written);
  if (Stmt *Body = Fn.getBody())
    Writes.TraverseStmt(Body);
}

void MovablePlaces::trackRoot(const ValueDecl *Root) { trackChain(Root, {}); }

void MovablePlaces::track(const Expr *L) {
  if (movedFromState(L->getType(), Ctx).Kind == MovedFromState::Copy)
    return;
  // `std::move(*opt)` moves the optional's value: track the optional.
  if (const Expr *Object = projectedObject(L))
    L = Object;
  const ValueDecl *Root = nullptr;
  llvm::SmallVector<const FieldDecl *, 2> Fields;
  if (splitChain(L, Root, Fields))
    trackChain(Root, Fields);
}

void MovablePlaces::trackChain(const ValueDecl *Root,
                               llvm::SmallVector<const FieldDecl *, 2> Fields) {
  PlaceId P = NoId;
  std::string Name;
  if (Root) {
    Name = Root->getName().str();
    auto [It, New] = Roots.try_emplace(Root, 0);
    if (New) {
      It->second = F.addPlace(PlaceKind::Variable, Name);
      ++Count;
    }
    P = It->second;
  } else {
    // A field of *this outlives the function: what it holds at the end is
    // the object's.
    const FieldDecl *FD = Fields.front();
    Fields.erase(Fields.begin());
    Name = FD->getName().str();
    auto [It, New] = ThisFields.try_emplace(FD, 0);
    if (New) {
      It->second = F.addPlace(PlaceKind::Field, Name);
      ThisFieldList.push_back({FD, It->second});
      ++Count;
    }
    P = It->second;
  }
  for (const FieldDecl *FD : Fields) {
    Name += "." + FD->getName().str();
    auto [It, New] = Parts.try_emplace({P, FD}, 0);
    if (New) {
      It->second = F.addPlace(PlaceKind::Field, Name, P);
      ++Count;
    }
    P = It->second;
  }
}

std::optional<PlaceId> MovablePlaces::lookup(const Expr *L) const {
  const ValueDecl *Root = nullptr;
  llvm::SmallVector<const FieldDecl *, 2> Fields;
  if (!splitChain(L, Root, Fields))
    return std::nullopt;
  PlaceId P;
  if (Root) {
    auto It = Roots.find(Root);
    if (It == Roots.end())
      return std::nullopt;
    P = It->second;
  } else {
    auto It = ThisFields.find(Fields.front());
    if (It == ThisFields.end())
      return std::nullopt;
    P = It->second;
    Fields.erase(Fields.begin());
  }
  for (const FieldDecl *FD : Fields) {
    auto It = Parts.find({P, FD});
    if (It == Parts.end())
      return std::nullopt;
    P = It->second;
  }
  return P;
}

std::optional<MovableRef> MovablePlaces::find(const Expr *L) const {
  if (empty())
    return std::nullopt;
  bool Exact = true;
  while (true) {
    L = L->IgnoreParens();
    if (std::optional<PlaceId> P = lookup(L))
      return MovableRef{*P, Exact};
    // A field of a tracked object (through '.'; `p->x` and an untracked
    // `this->x` have no tracked object around them: *this is no place).
    const auto *ME = dyn_cast<MemberExpr>(L);
    if (!ME || ME->isArrow() || !isa<FieldDecl>(ME->getMemberDecl()))
      return std::nullopt;
    L = ME->getBase();
    Exact = false;
  }
}

std::optional<PlaceId> MovablePlaces::variable(const ValueDecl *VD) const {
  auto It = Roots.find(VD);
  if (It == Roots.end())
    return std::nullopt;
  return It->second;
}

PlaceId MovablePlaces::basePart(PlaceId Whole, const CXXRecordDecl *Base) {
  auto [It, New] = Parts.try_emplace({Whole, Base}, 0);
  if (New)
    It->second = F.addPlace(PlaceKind::Field, F.Places[Whole].Name, Whole);
  return It->second;
}

} // namespace ownck
