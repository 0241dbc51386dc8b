//===-- Models/ConfiguredModel.cpp - Allocator pairs users declare ---------===//
//
// A project's own allocation functions, declared in .ownck.yaml: each pair
// is a family of its own, so its memory leaks, is freed twice, or is
// released by the wrong function exactly as malloc's would be.
//
//===----------------------------------------------------------------------===//
#include "Models/AllocationModels.h"
#include "clang/AST/Decl.h"

namespace ownck {

CallModel modelConfiguredCall(const clang::FunctionDecl &FD,
                              llvm::ArrayRef<AllocatorPair> Pairs) {
  if (Pairs.empty() || !FD.getDeclName().isIdentifier())
    return {};
  std::string Name = FD.getQualifiedNameAsString();
  for (unsigned I = 0; I < Pairs.size(); ++I) {
    const AllocatorPair &P = Pairs[I];
    if (Name == P.Allocate || FD.getName() == P.Allocate) {
      CallModel M = CallModel::of(CallModel::Allocates, P.Allocate);
      M.Fam = configuredFamily(I);
      M.MayReturnNull = P.MayReturnNull;
      M.Releaser = P.Release;
      return M;
    }
    if (Name == P.Release || FD.getName() == P.Release) {
      CallModel M = CallModel::of(CallModel::Deallocates, P.Release);
      M.Fam = configuredFamily(I);
      return M;
    }
  }
  return {};
}

} // namespace ownck
