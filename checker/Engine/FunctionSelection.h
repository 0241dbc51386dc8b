//===-- Engine/FunctionSelection.h - Which bodies to analyse --*- C++ -*-===//
//
// Picks the function bodies of a translation unit's main file, and skips
// early the ones that cannot own memory, so that most of a codebase costs
// no more than parsing it.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_ENGINE_FUNCTIONSELECTION_H
#define OWNCK_ENGINE_FUNCTIONSELECTION_H

#include "ownck/Facts.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Regex.h"

namespace clang {
class ASTContext;
class Decl;
class SourceManager;
class Stmt;
} // namespace clang

namespace ownck {

/// Calls \p Visit for every function, method, constructor, destructor and
/// lambda body defined in the main file (template instantiations included,
/// uninstantiated templates not).
/// With \p HeaderFilter, also the bodies in the headers whose path it
/// matches; never those in system headers.
void forEachFunctionBody(clang::ASTContext &Ctx,
                         const llvm::Regex *HeaderFilter,
                         llvm::function_ref<void(const clang::Decl &)> Visit);

/// Whether function \p Fn (its body and constructor initialisers) allocates
/// or releases memory that a model knows, moves an object, or calls a
/// function of the main file that takes or returns a pointer (whose summary
/// may say it does); a function that does none of these has nothing for the
/// ownership checks to find.
bool mayHandleMemory(const clang::Decl &Fn, const clang::SourceManager &SM,
                     llvm::ArrayRef<AllocatorPair> Allocators);

} // namespace ownck

#endif // OWNCK_ENGINE_FUNCTIONSELECTION_H
