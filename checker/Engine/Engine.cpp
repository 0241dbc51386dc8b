//===-- Engine/Engine.cpp - Run the stages on a translation unit -----------===//
//
// For each function worth analysing: build its CFG, lower it to facts, solve,
// word the findings. Then order the findings and drop duplicates (a template
// instantiated twice reports once).
//
//===----------------------------------------------------------------------===//
#include "ownck/Engine.h"
#include "Engine/FunctionSelection.h"
#include "Facts/ConstantGlobals.h"
#include "Facts/FactsGenerator.h"
#include "Findings/FindingBuilder.h"
#include "Findings/Suppressions.h"
#include "Facts/FunctionCFG.h"
#include "Summary/SummaryCache.h"
#include "ownck/Dataflow.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/raw_ostream.h"
#include <set>

using namespace clang;

namespace ownck {
namespace {

std::string nameOf(const Decl &D) {
  if (const auto *ND = dyn_cast<NamedDecl>(&D))
    return ND->getQualifiedNameAsString();
  return "<function>";
}

void sortAndDeduplicate(std::vector<Finding> &Fs, const SourceManager &SM) {
  std::stable_sort(Fs.begin(), Fs.end(), [&](const Finding &A,
                                             const Finding &B) {
    if (A.Loc == B.Loc)
      return A.Message < B.Message;
    return SM.isBeforeInTranslationUnit(A.Loc, B.Loc);
  });
  Fs.erase(std::unique(Fs.begin(), Fs.end(),
                       [](const Finding &A, const Finding &B) {
                         return A.Loc == B.Loc && A.Check == B.Check &&
                                A.Message == B.Message;
                       }),
           Fs.end());
}

} // namespace

static void analyzeFunction(const Decl &D, ASTContext &Ctx,
                            const EngineOptions &Opts,
                            const LoweringOptions &Lowering,
                            AnalysisResult &Out) {
  std::unique_ptr<CFG> Cfg = buildFunctionCFG(D, Ctx);
  if (!Cfg)
    return;
  FunctionFacts Facts;
  Facts.FunctionName = nameOf(D);
  generateFacts(D, *Cfg, Ctx, Lowering, Facts);
  if (!fitsBudget(Facts))
    return;
  DataflowResult R = solve(Facts);
  buildFindings(Facts, R, Opts.Checks, Ctx.getSourceManager(), Out.Findings);
  if (!Opts.DumpFacts && !Opts.DumpStates)
    return;
  llvm::raw_string_ostream OS(Out.Dump);
  if (Opts.DumpFacts)
    Facts.dump(OS, &Ctx.getSourceManager());
  if (Opts.DumpStates)
    for (unsigned B = 0; B < R.BlockEntry.size(); ++B) {
      OS << "state at entry of block " << B << " of '" << Facts.FunctionName
         << "'\n";
      if (R.BlockEntry[B].empty())
        OS << "    unreachable\n";
      for (unsigned P = 0; P < R.BlockEntry[B].size(); ++P) {
        if (R.BlockEntry[B].size() > 1)
          OS << "  partition " << P << "\n";
        R.BlockEntry[B][P].dump(OS, Facts);
      }
    }
}

AnalysisResult analyzeTranslationUnit(ASTContext &Ctx,
                                      const EngineOptions &Opts) {
  AnalysisResult Out;
  if (!Opts.Checks.any())
    return Out;
  // Built on the first function that handles memory, once per file.
  std::optional<ConstantGlobals> Constants;
  std::optional<SummaryCache> Summaries;
  LoweringOptions Lowering;
  Lowering.Strict = Opts.Strict;
  Lowering.Allocators = Opts.Allocators;
  std::optional<llvm::Regex> HeaderFilter;
  if (!Opts.HeaderFilter.empty())
    HeaderFilter.emplace(Opts.HeaderFilter);
  forEachFunctionBody(Ctx, HeaderFilter ? &*HeaderFilter : nullptr,
                      [&](const Decl &D) {
    if (!mayHandleMemory(D, Ctx.getSourceManager(), Opts.Allocators))
      return;
    if (!Constants) {
      Constants.emplace(Ctx);
      Lowering.Constants = &*Constants;
      Summaries.emplace(Ctx, Lowering);
      Lowering.Summaries = &*Summaries;
    }
    analyzeFunction(D, Ctx, Opts, Lowering, Out);
  });
  sortAndDeduplicate(Out.Findings, Ctx.getSourceManager());
  if (Opts.ApplySuppressions)
    applySuppressions(Out.Findings, Ctx.getSourceManager(), Out.Problems);
  return Out;
}

} // namespace ownck
