//===-- Models/AllocationModels.cpp - Dispatch to the family models --------===//
//
// Asks each family model about a callee. New families (user annotations,
// configured allocator pairs, summaries) add one line here.
//
//===----------------------------------------------------------------------===//
#include "Models/AllocationModels.h"
#include "clang/AST/Decl.h"

namespace ownck {

CallModel modelCall(const clang::FunctionDecl *FD,
                    llvm::ArrayRef<AllocatorPair> Configured) {
  if (!FD)
    return {};
  if (CallModel M = modelConfiguredCall(*FD, Configured);
      M.Kind != CallModel::Unknown)
    return M;
  for (auto *Model :
       {&modelOperatorCall, &modelLibcCall, &modelContainerCall}) {
    CallModel M = Model(*FD);
    if (M.Kind != CallModel::Unknown)
      return M;
  }
  return {};
}

} // namespace ownck
