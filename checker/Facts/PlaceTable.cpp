//===-- Facts/PlaceTable.cpp - Where pointers live -------------------------===//
//
// Resolves lvalues to places and decides which variables can be tracked: a
// variable is tracked only while every mention of it reads it, assigns it,
// steps it or names one of its fields; any other mention (its address, a
// reference bound to it) lets code we do not see change it.
//
//===----------------------------------------------------------------------===//
#include "Facts/PlaceTable.h"
#include "Models/AllocationModels.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace ownck {

const Expr *stripWrappers(const Expr *E) {
  while (E) {
    E = E->IgnoreParens();
    if (const auto *FE = dyn_cast<FullExpr>(E))
      E = FE->getSubExpr();
    else if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
      E = BT->getSubExpr();
    else
      return E;
  }
  return E;
}

namespace {

bool isTrackableType(QualType T) {
  T = T.getCanonicalType();
  if (T->isPointerType())
    return true;
  if (const RecordDecl *RD = T->getAsRecordDecl()) {
    // A class with a destructor owns its fields: what is stored there is
    // handed to the class, not tracked here.
    if (const auto *CRD = dyn_cast<CXXRecordDecl>(RD))
      return CRD->hasDefinition() && CRD->hasTrivialDestructor() &&
             !CRD->isLambda();
    return true;
  }
  return false;
}

/// A class with a destructor: a place never tracks it, and a reference to
/// it reaches only it.
bool ownsItsContents(QualType T) {
  const auto *RD = T.getCanonicalType()->getAsCXXRecordDecl();
  return RD && RD->hasDefinition() && !RD->hasTrivialDestructor();
}

/// The variable (or field of *this) at the root of a chain of '.' accesses.
const ValueDecl *rootDecl(const Expr *L) {
  L = L->IgnoreParens();
  while (const auto *ME = dyn_cast<MemberExpr>(L)) {
    if (ME->isArrow())
      return isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts())
                 ? ME->getMemberDecl()
                 : nullptr;
    L = ME->getBase()->IgnoreParens();
  }
  if (const auto *DRE = dyn_cast<DeclRefExpr>(L))
    return DRE->getDecl();
  return nullptr;
}

/// Whether argument \p Arg of call \p Call binds to a `const T &`.
bool isBoundToConstReference(const Expr *Arg, const Stmt *Call) {
  const FunctionDecl *FD = nullptr;
  llvm::ArrayRef<const Expr *> Args;
  if (const auto *CE = dyn_cast<CallExpr>(Call)) {
    FD = CE->getDirectCallee();
    Args = llvm::ArrayRef(CE->getArgs(), CE->getNumArgs());
  } else if (const auto *CC = dyn_cast<CXXConstructExpr>(Call)) {
    FD = CC->getConstructor();
    Args = llvm::ArrayRef(CC->getArgs(), CC->getNumArgs());
  }
  if (!FD)
    return false;
  unsigned Shift = 0;
  if (isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(FD) &&
      !cast<CXXMethodDecl>(FD)->isStatic())
    Shift = 1; // The object is argument 0 and no parameter.
  for (unsigned I = Shift; I < Args.size(); ++I) {
    if (Args[I]->IgnoreParens() != Arg)
      continue;
    if (I - Shift >= FD->getNumParams())
      return false;
    QualType T = FD->getParamDecl(I - Shift)->getType();
    // Containers copy what a forwarding reference (emplace_back) names.
    if (modelCall(FD).Kind == CallModel::Stores)
      return true;
    return T->isLValueReferenceType() && T->getPointeeType().isConstQualified();
  }
  return false;
}

/// Whether the parent of lvalue \p L only reads, assigns or steps it, or
/// names one of its fields.
bool isTransparentUse(const Expr *L, const ParentMap &PM) {
  const Stmt *P = PM.getParentIgnoreParens(L);
  if (!P)
    return true;
  if (const auto *IC = dyn_cast<ImplicitCastExpr>(P)) {
    // `char *` bound to `char *const &` goes through a const-adding no-op.
    if (IC->getCastKind() == CK_NoOp && IC->isGLValue() &&
        L->getType()->isPointerType())
      return isTransparentUse(IC, PM);
    return IC->getCastKind() == CK_LValueToRValue;
  }
  if (const auto *C = dyn_cast<CastExpr>(P))
    return C->getCastKind() == CK_ToVoid; // `(void)p;`
  if (const auto *BO = dyn_cast<BinaryOperator>(P))
    return BO->isAssignmentOp() && BO->getLHS()->IgnoreParens() == L;
  if (const auto *UO = dyn_cast<UnaryOperator>(P))
    return UO->isIncrementDecrementOp();
  if (const auto *ME = dyn_cast<MemberExpr>(P))
    return !ME->isArrow() && isa<FieldDecl>(ME->getMemberDecl());
  // An arm of `c ? a : b` is used as the whole conditional is.
  if (const auto *CO = dyn_cast<ConditionalOperator>(P))
    return CO->getCond()->IgnoreParens() != L && isTransparentUse(CO, PM);
  // Bound to a reference to const parameter: only read by the callee.
  // (A struct bound so is copied, pointers and all: not a plain read.)
  if (isa<CallExpr, CXXConstructExpr>(P))
    return L->getType()->isPointerType() && isBoundToConstReference(L, P);
  return false;
}

class ExposureFinder : public RecursiveASTVisitor<ExposureFinder> {
public:
  ExposureFinder(const ParentMap &PM,
                 llvm::DenseSet<const ValueDecl *> &Exposed, bool &ThisExposed)
      : PM(PM), Exposed(Exposed), ThisExposed(ThisExposed) {}

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    check(E);
    return true;
  }
  bool VisitMemberExpr(MemberExpr *E) {
    if (isa<FieldDecl>(E->getMemberDecl()))
      check(E);
    return true;
  }
  bool VisitCXXThisExpr(CXXThisExpr *E) {
    // 'this' itself passed around: fields may change behind our back.
    const Stmt *P = PM.getParentIgnoreParenImpCasts(E);
    if (!P || !isa<MemberExpr>(P))
      ThisExposed = true;
    return true;
  }

private:
  void check(const Expr *L) {
    const ValueDecl *Root = rootDecl(L);
    if (!Root)
      return;
    // An array field decays to a pointer into the struct (`strcpy(h.name,
    // ...)`): the struct's pointer fields stay where they are.
    if (isa<MemberExpr>(L) && L->getType()->isArrayType())
      return;
    // A field that is an object with a destructor (`std::move(f.data)`,
    // `append(f.name)`): what the callee can change is that object, never
    // tracked itself; the struct's other fields stay as they are.
    if (const auto *ME = dyn_cast<MemberExpr>(L);
        ME && !ME->isArrow() && ownsItsContents(ME->getType()))
      return;
    if (!isTransparentUse(L, PM))
      Exposed.insert(Root);
  }

  const ParentMap &PM;
  llvm::DenseSet<const ValueDecl *> &Exposed;
  bool &ThisExposed;
};

} // namespace

PlaceTable::PlaceTable(FunctionFacts &F, const Decl &Fn, const ParentMap &PM)
    : F(F), Fn(Fn), PM(PM) {
  if (const Stmt *Body = Fn.getBody())
    findExposedVariables(Body);
}

void PlaceTable::findExposedVariables(const Stmt *Body) {
  ExposureFinder Finder(PM, Exposed, ThisExposed);
  Finder.TraverseStmt(const_cast<Stmt *>(Body));
}

bool PlaceTable::isStableLocal(const VarDecl *VD) const {
  if (!VD || !VD->hasLocalStorage() || VD->getType()->isReferenceType() ||
      VD->getType().isVolatileQualified() || Exposed.count(VD))
    return false;
  const DeclContext *DC = VD->getParentFunctionOrMethod();
  // A capture of an enclosing function's variable is not ours.
  return DC && Decl::castFromDeclContext(DC) == &Fn;
}

bool PlaceTable::isStableVariable(const VarDecl *VD) const {
  if (isStableLocal(VD))
    return true;
  // A global or static flag is taken to change only where this function
  // assigns it: configuration flags tested twice mean the same both times.
  return VD && VD->hasGlobalStorage() && !VD->getType()->isReferenceType() &&
         !VD->getType().isVolatileQualified() && !Exposed.count(VD) &&
         !VD->getTLSKind();
}

bool PlaceTable::isTrackedVariable(const VarDecl *VD) const {
  return isStableLocal(VD) && isTrackableType(VD->getType());
}

std::optional<PlaceId> PlaceTable::variable(const VarDecl *VD) {
  if (auto It = Variables.find(VD); It != Variables.end())
    return It->second;
  if (!isTrackedVariable(VD))
    return std::nullopt;
  PlaceId P = F.addPlace(PlaceKind::Variable, VD->getName());
  Variables[VD] = P;
  return P;
}

PlaceId PlaceTable::fieldPlace(PlaceId Parent, const FieldDecl *FD,
                               llvm::StringRef Name) {
  auto [It, New] = Fields.try_emplace({Parent, FD}, 0);
  if (New)
    It->second = F.addPlace(PlaceKind::Field, Name, Parent);
  return It->second;
}

std::optional<PlaceId> PlaceTable::recordPlaceOf(const Expr *L) {
  L = L->IgnoreParens();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(L)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || !VD->getType()->isRecordType())
      return std::nullopt;
    return variable(VD);
  }
  const auto *ME = dyn_cast<MemberExpr>(L);
  if (!ME || ME->isArrow() || !ME->getType()->isRecordType())
    return std::nullopt;
  const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
  std::optional<PlaceId> Base = recordPlaceOf(ME->getBase());
  if (!FD || !Base || !isTrackableType(FD->getType()))
    return std::nullopt;
  return fieldPlace(*Base, FD,
                    (F.Places[*Base].Name + "." + FD->getName()).str());
}

std::optional<PlaceId> PlaceTable::placeOf(const Expr *L) {
  L = stripWrappers(L);
  if (!L->getType()->isPointerType())
    return std::nullopt;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(L))
    return variable(dyn_cast<VarDecl>(DRE->getDecl()));
  const auto *ME = dyn_cast<MemberExpr>(L);
  if (!ME)
    return std::nullopt;
  const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
  if (!FD)
    return std::nullopt;
  if (ME->isArrow())
    return isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts())
               ? thisField(FD)
               : std::nullopt;
  std::optional<PlaceId> Base = recordPlaceOf(ME->getBase());
  if (!Base)
    return std::nullopt;
  return fieldPlace(*Base, FD,
                    (F.Places[*Base].Name + "." + FD->getName()).str());
}

SiteId PlaceTable::stackSite(const VarDecl *VD) {
  auto [It, New] = StackSites.try_emplace(VD, 0);
  if (New)
    It->second =
        F.addSite({VD->hasLocalStorage() ? SiteKind::Local : SiteKind::Static,
                   Family::NonHeap, false, VD->getLocation(), VD->getName()});
  return It->second;
}

const VarDecl *PlaceTable::localStorageOf(const Expr *E) {
  E = stripWrappers(E)->IgnoreParenImpCasts();
  bool AddressOf = false;
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && UO->getOpcode() == UO_AddrOf) {
    E = UO->getSubExpr()->IgnoreParens();
    AddressOf = true;
  }
  // `&s.count` and `s.tag` (an array field) are inside s's storage.
  bool IsArray = E->getType()->isArrayType();
  while (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (ME->isArrow())
      return nullptr;
    E = ME->getBase()->IgnoreParens();
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *VD = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!VD || isa<ParmVarDecl>(VD) || VD->getType()->isReferenceType())
    return nullptr;
  if (!AddressOf && !IsArray)
    return nullptr;
  return VD;
}

PlaceId PlaceTable::fieldOf(PlaceId Record, const FieldDecl *FD) {
  return fieldPlace(Record, FD,
                    (F.Places[Record].Name + "." + FD->getName()).str());
}

std::optional<PlaceId> PlaceTable::thisField(const FieldDecl *FD) {
  if (ThisExposed || Exposed.count(FD) || !FD->getType()->isPointerType())
    return std::nullopt;
  auto [It, New] = ThisFields.try_emplace(FD, 0);
  if (New) {
    It->second = F.addPlace(PlaceKind::Field, FD->getName());
    F.Places[It->second].OutlivesFunction = true;
    ThisFieldList.push_back(It->second);
  }
  return It->second;
}

PlaceId PlaceTable::temporary(const Expr *E) {
  E = stripWrappers(E);
  auto [It, New] = Temporaries.try_emplace(E, 0);
  if (New)
    It->second = F.addPlace(PlaceKind::Temporary, "");
  return It->second;
}

std::optional<PlaceId> PlaceTable::valueOf(const Expr *E) const {
  auto It = Temporaries.find(stripWrappers(E));
  if (It == Temporaries.end())
    return std::nullopt;
  return It->second;
}

} // namespace ownck
