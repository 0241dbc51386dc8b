//===-- Facts/FunctionCFG.h - The CFG the lowering reads ------*- C++ -*-===//
//
// One place that says how ownck asks Clang for a function's CFG: every
// subexpression an element, with lifetime ends and implicit destructors.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_FACTS_FUNCTIONCFG_H
#define OWNCK_FACTS_FUNCTIONCFG_H

#include "clang/Analysis/CFG.h"
#include <memory>

namespace ownck {

std::unique_ptr<clang::CFG> buildFunctionCFG(const clang::Decl &D,
                                             clang::ASTContext &Ctx);

} // namespace ownck

#endif // OWNCK_FACTS_FUNCTIONCFG_H
