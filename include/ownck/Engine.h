//===-- ownck/Engine.h - Run the stages on a translation unit ----*- C++ -*-===//
//
// The glue both entry points call: pick the functions, lower each to facts,
// solve, and word the findings. It never prints; it returns findings, and on
// request a dump of the facts and states for tests and debugging.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_ENGINE_H
#define OWNCK_ENGINE_H

#include "ownck/Facts.h"
#include "ownck/Finding.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
} // namespace clang

namespace ownck {

/// Everything that changes what the engine reports, travelling down
/// explicitly: nothing is read from globals.
struct EngineOptions {
  /// Rust's rule: an unknown callee borrows what it is passed instead of
  /// taking ownership of it.
  bool Strict = false;
  CheckSet Checks;
  /// Also analyse functions defined in headers whose path matches this
  /// regular expression (clang-tidy's --header-filter); empty: none.
  std::string HeaderFilter;
  /// The project's own allocator/deallocator pairs.
  std::vector<AllocatorPair> Allocators;
  /// Drop findings silenced by NOLINT comments (the clang-tidy module
  /// leaves this to clang-tidy).
  bool ApplySuppressions = true;
  bool DumpFacts = false;  ///< Fill AnalysisResult::Dump with the facts.
  bool DumpStates = false; ///< ... and with each block's entry state.
};

struct AnalysisResult {
  std::vector<Finding> Findings; ///< In source order, without duplicates.
  std::vector<InputProblem> Problems; ///< Unmatched NOLINTBEGIN/END.
  std::string Dump;
};

/// Analyses every function defined in the main file of \p Ctx.
AnalysisResult analyzeTranslationUnit(clang::ASTContext &Ctx,
                                      const EngineOptions &Opts);

} // namespace ownck

#endif // OWNCK_ENGINE_H
