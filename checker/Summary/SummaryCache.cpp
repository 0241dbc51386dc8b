//===-- Summary/SummaryCache.cpp - Summaries inferred on demand ------------===//
#include "Summary/SummaryCache.h"
#include "Facts/FunctionCFG.h"
#include "Summary/SummaryInference.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ownck {

SummaryProvider::~SummaryProvider() = default;

SummaryCache::SummaryCache(ASTContext &Ctx, LoweringOptions Lowering)
    : Ctx(Ctx), Lowering(Lowering) {
  this->Lowering.Summaries = this;
  this->Lowering.ForSummary = true;
}

/// Only bodies in the main file are read: library internals (the standard
/// library's templates) are modelled, not inferred, and a virtual function
/// may run another body.
static const FunctionDecl *summarisableBody(const FunctionDecl &FD,
                                            const SourceManager &SM) {
  const FunctionDecl *Def = nullptr;
  if (!FD.hasBody(Def) || !Def || Def->isDependentContext() ||
      Def->isInvalidDecl())
    return nullptr;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Def))
    if (MD->isVirtual())
      return nullptr;
  if (!SM.isInMainFile(SM.getExpansionLoc(Def->getLocation())))
    return nullptr;
  return Def;
}

const FunctionSummary *SummaryCache::summaryOf(const FunctionDecl &FD) {
  const FunctionDecl *Def = summarisableBody(FD, Ctx.getSourceManager());
  if (!Def)
    return nullptr;
  auto [It, New] = Cache.try_emplace(Def, std::nullopt);
  if (!New)
    return It->second ? &*It->second : nullptr;
  std::unique_ptr<CFG> Cfg = buildFunctionCFG(*Def, Ctx);
  if (!Cfg)
    return nullptr;
  FunctionFacts Facts;
  Facts.FunctionName = Def->getQualifiedNameAsString();
  generateFacts(*Def, *Cfg, Ctx, Lowering, Facts);
  if (!fitsBudget(Facts))
    return nullptr;
  DataflowResult R = solve(Facts);
  FunctionSummary S = inferSummary(Facts, R);
  // The map may have grown while the callee's callees were summarised.
  auto &Slot = Cache[Def];
  Slot = std::move(S);
  return &*Slot;
}

} // namespace ownck
