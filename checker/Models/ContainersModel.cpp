//===-- Models/ContainersModel.cpp - Standard containers take elements -----===//
//
// Inserting a pointer into a standard container or adopting it into a smart
// pointer ([sequence.reqmts], [associative.reqmts], [unique.ptr.single.modifiers])
// hands it to the container's or smart pointer's owner, in every mode: it is
// not an unknown call that --strict would treat as a borrow.
//
//===----------------------------------------------------------------------===//
#include "Models/AllocationModels.h"
#include "clang/AST/DeclCXX.h"

namespace ownck {

/// Member functions of std:: classes that store their argument.
constexpr llvm::StringLiteral StoringMembers[] = {
    "push_back", "push_front", "emplace_back", "emplace_front", "emplace",
    "emplace_hint", "insert", "insert_or_assign", "try_emplace", "push",
    "assign", "reset", "resize", "operator[]", "operator=",
};

CallModel modelContainerCall(const clang::FunctionDecl &FD) {
  const auto *MD = llvm::dyn_cast<clang::CXXMethodDecl>(&FD);
  if (!MD ||
      !MD->getParent()->getDeclContext()->getRedeclContext()->isStdNamespace())
    return {};
  std::string Name = MD->getNameAsString();
  for (llvm::StringRef S : StoringMembers)
    if (S == Name)
      return CallModel::of(CallModel::Stores, S);
  return {};
}

} // namespace ownck
