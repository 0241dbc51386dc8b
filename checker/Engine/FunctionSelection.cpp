//===-- Engine/FunctionSelection.cpp - Which bodies to analyse ------------===//
//
// A RecursiveASTVisitor that stays inside the main file, and a cheap scan of
// a body for allocations and releases.
//
//===----------------------------------------------------------------------===//
#include "Engine/FunctionSelection.h"
#include "Models/AllocationModels.h"
#include "Models/MoveModels.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ownck {
namespace {

class BodyFinder : public RecursiveASTVisitor<BodyFinder> {
public:
  BodyFinder(llvm::function_ref<void(const Decl &)> Visit) : Visit(Visit) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }

  // A lambda's body is its call operator, which the traversal does not
  // visit as a declaration.
  bool VisitLambdaExpr(LambdaExpr *E) {
    return VisitFunctionDecl(E->getCallOperator());
  }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    if (FD->doesThisDeclarationHaveABody() && !FD->isDependentContext() &&
        !FD->isInvalidDecl() && !FD->isDefaulted() && FD->getBody())
      Visit(*FD);
    return true;
  }

private:
  llvm::function_ref<void(const Decl &)> Visit;
};

class MemoryOperationFinder
    : public RecursiveASTVisitor<MemoryOperationFinder> {
public:
  MemoryOperationFinder(const SourceManager &SM,
                        llvm::ArrayRef<AllocatorPair> Allocators)
      : SM(SM), Allocators(Allocators) {}
  bool Found = false;

  bool VisitCXXNewExpr(CXXNewExpr *) { return !(Found = true); }
  bool VisitCXXDeleteExpr(CXXDeleteExpr *) { return !(Found = true); }
  // A move: the use-after-move check has something to look at.
  bool VisitExpr(Expr *E) {
    if (rvalueCastOperand(*E))
      Found = true;
    return !Found;
  }
  bool VisitCallExpr(CallExpr *E) {
    CallModel M = modelCall(E->getDirectCallee(), Allocators);
    if (M.Kind == CallModel::Allocates || M.Kind == CallModel::Reallocates ||
        M.Kind == CallModel::Deallocates)
      Found = true;
    else if (M.Kind == CallModel::Unknown)
      Found = passesPointersToLocalFunction(E->getDirectCallee());
    return !Found;
  }

private:
  bool passesPointersToLocalFunction(const FunctionDecl *FD) const {
    const FunctionDecl *Def = nullptr;
    if (!FD || !FD->hasBody(Def) ||
        !SM.isInMainFile(SM.getExpansionLoc(Def->getLocation())))
      return false;
    if (FD->getReturnType()->isPointerType())
      return true;
    return llvm::any_of(FD->parameters(), [](const ParmVarDecl *P) {
      return P->getType()->isPointerType();
    });
  }

  const SourceManager &SM;
  llvm::ArrayRef<AllocatorPair> Allocators;
};

} // namespace

void forEachFunctionBody(ASTContext &Ctx, const llvm::Regex *HeaderFilter,
                         llvm::function_ref<void(const Decl &)> Visit) {
  const SourceManager &SM = Ctx.getSourceManager();
  BodyFinder Finder(Visit);
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    SourceLocation Loc = SM.getExpansionLoc(D->getLocation());
    if (SM.isInMainFile(Loc) ||
        (HeaderFilter && Loc.isValid() && !SM.isInSystemHeader(Loc) &&
         HeaderFilter->match(SM.getFilename(Loc))))
      Finder.TraverseDecl(D);
  }
}

bool mayHandleMemory(const Decl &Fn, const SourceManager &SM,
                     llvm::ArrayRef<AllocatorPair> Allocators) {
  MemoryOperationFinder Finder(SM, Allocators);
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(&Fn))
    for (const CXXCtorInitializer *I : Ctor->inits())
      if (I->getInit() && !Finder.Found)
        Finder.TraverseStmt(const_cast<Expr *>(I->getInit()));
  if (!Finder.Found)
    Finder.TraverseStmt(Fn.getBody());
  return Finder.Found;
}

} // namespace ownck
