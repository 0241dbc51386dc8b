//===-- Facts/FactsGenerator.h - CFG to ownership facts -------*- C++ -*-===//
//
// The lowering: walks a clang::CFG (every subexpression an element, with
// lifetime ends) and turns each element into a short list of facts. What a
// call means comes from the models; this file only knows C++'s syntax.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_FACTS_FACTSGENERATOR_H
#define OWNCK_FACTS_FACTSGENERATOR_H

#include "ownck/Facts.h"
#include "llvm/ADT/ArrayRef.h"
#include <memory>

namespace clang {
class ASTContext;
class CFG;
class Decl;
} // namespace clang

namespace ownck {

class ConstantGlobals;
class SummaryProvider;

struct LoweringOptions {
  /// Rust's rule: unknown callees borrow their pointer arguments.
  bool Strict = false;
  /// What the translation unit never changes, to prune branches on it.
  const ConstantGlobals *Constants = nullptr;
  /// What calls of functions with visible bodies do.
  SummaryProvider *Summaries = nullptr;
  /// The project's own allocator/deallocator pairs.
  llvm::ArrayRef<AllocatorPair> Allocators;
  /// Lowering for a summary: out-parameters (`T &` of a class) start
  /// moved-from, so that the summary tells whether the function reads them
  /// before it gives them a value.
  bool ForSummary = false;
};

/// Builds the facts of function \p Fn from its \p Cfg into \p Out.
void generateFacts(const clang::Decl &Fn, const clang::CFG &Cfg,
                   clang::ASTContext &Ctx, const LoweringOptions &Opts,
                   FunctionFacts &Out);

} // namespace ownck

#endif // OWNCK_FACTS_FACTSGENERATOR_H
