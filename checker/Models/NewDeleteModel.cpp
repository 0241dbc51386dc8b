//===-- Models/NewDeleteModel.cpp - operator new and delete ----------------===//
//
// new-expressions, delete-expressions and direct calls of the allocation
// functions ([basic.stc.dynamic], [expr.new], [expr.delete]). new[] memory
// must be released by delete[], new memory by delete; the reserved placement
// form returns its argument and allocates nothing ([new.delete.placement]);
// the nothrow forms return null on failure.
//
//===----------------------------------------------------------------------===//
#include "Models/AllocationModels.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace ownck {
namespace {

bool isNothrowTag(const clang::Expr *E) {
  const clang::CXXRecordDecl *RD =
      E->IgnoreParenImpCasts()->getType()->getAsCXXRecordDecl();
  return RD && RD->getName() == "nothrow_t" &&
         RD->getDeclContext()->isStdNamespace();
}

} // namespace

NewModel modelNew(const clang::CXXNewExpr &E) {
  NewModel M;
  M.Fam = E.isArray() ? Family::NewArray : Family::New;
  if (E.getNumPlacementArgs() == 0)
    return M;
  if (E.getNumPlacementArgs() == 1 && isNothrowTag(E.getPlacementArg(0))) {
    M.MayBeNull = true;
    return M;
  }
  const clang::FunctionDecl *Op = E.getOperatorNew();
  M.Kind = Op && Op->isReservedGlobalPlacementOperator()
               ? NewModel::ReturnsArgument
               : NewModel::NotOwned;
  return M;
}

Family modelDelete(const clang::CXXDeleteExpr &E) {
  return E.isArrayForm() ? Family::NewArray : Family::New;
}

CallModel modelOperatorCall(const clang::FunctionDecl &FD) {
  CallModel M;
  switch (FD.getOverloadedOperator()) {
  case clang::OO_New:
  case clang::OO_Array_New:
    if (FD.isReservedGlobalPlacementOperator())
      return {};
    M.Kind = CallModel::Allocates;
    M.Fam = FD.getOverloadedOperator() == clang::OO_New ? Family::New
                                                        : Family::NewArray;
    // Only the non-throwing forms report failure with null.
    M.MayReturnNull =
        FD.getType()->castAs<clang::FunctionProtoType>()->isNothrow();
    M.Name = M.Fam == Family::New ? "operator new" : "operator new[]";
    return M;
  case clang::OO_Delete:
  case clang::OO_Array_Delete:
    if (FD.isReservedGlobalPlacementOperator())
      return {};
    M.Kind = CallModel::Deallocates;
    M.Fam = FD.getOverloadedOperator() == clang::OO_Delete ? Family::New
                                                           : Family::NewArray;
    M.Name = M.Fam == Family::New ? "operator delete" : "operator delete[]";
    return M;
  default:
    return {};
  }
}

} // namespace ownck
