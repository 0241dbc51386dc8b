//===-- Facts/FunctionCFG.cpp - The CFG the lowering reads -----------------===//
#include "Facts/FunctionCFG.h"
#include "clang/AST/Decl.h"

namespace ownck {

std::unique_ptr<clang::CFG> buildFunctionCFG(const clang::Decl &D,
                                             clang::ASTContext &Ctx) {
  clang::CFG::BuildOptions Opts;
  Opts.AddImplicitDtors = true;
  Opts.AddLifetime = true;
  Opts.AddTemporaryDtors = true;
  Opts.AddInitializers = true;
  Opts.setAllAlwaysAdd();
  return clang::CFG::buildCFG(&D, D.getBody(), &Ctx, Opts);
}

} // namespace ownck
