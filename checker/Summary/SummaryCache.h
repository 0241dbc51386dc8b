//===-- Summary/SummaryCache.h - Summaries inferred on demand -*- C++ -*-===//
//
// Infers the summary of a main-file function the first time a caller asks,
// analysing its body with the same lowering and solver (and the summaries of
// its own callees). A function still being summarised (recursion) has none.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_SUMMARY_SUMMARYCACHE_H
#define OWNCK_SUMMARY_SUMMARYCACHE_H

#include "Facts/FactsGenerator.h"
#include "ownck/Summary.h"
#include "llvm/ADT/DenseMap.h"
#include <optional>

namespace clang {
class ASTContext;
}

namespace ownck {

class SummaryCache : public SummaryProvider {
public:
  /// \p Lowering is used for the callees (its Summaries is set to this).
  SummaryCache(clang::ASTContext &Ctx, LoweringOptions Lowering);

  const FunctionSummary *summaryOf(const clang::FunctionDecl &FD) override;

private:
  clang::ASTContext &Ctx;
  LoweringOptions Lowering;
  /// nullopt while in progress, or when no summary can be had.
  llvm::DenseMap<const clang::FunctionDecl *, std::optional<FunctionSummary>>
      Cache;
};

} // namespace ownck

#endif // OWNCK_SUMMARY_SUMMARYCACHE_H
