//===-- Report/TextReporter.h - Clang-style text output -------*- C++ -*-===//
//
// Prints findings the way Clang prints diagnostics: file:line:col, the
// source line with a caret, and the notes, with colours on a terminal.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_REPORT_TEXTREPORTER_H
#define OWNCK_REPORT_TEXTREPORTER_H

#include "ownck/Finding.h"
#include "llvm/Support/raw_ostream.h"

namespace clang {
class LangOptions;
class SourceManager;
} // namespace clang

namespace ownck {

struct TextStyle {
  bool Colors = false;
  /// The checks whose findings print as errors (--warnings-as-errors).
  const CheckSet *Errors = nullptr;
};

/// Prints \p Findings through a DiagnosticsEngine of its own, so that the
/// analysed code's -w or -Werror never hides or promotes them.
void printFindings(llvm::ArrayRef<Finding> Findings,
                   llvm::ArrayRef<InputProblem> Problems,
                   const clang::SourceManager &SM,
                   const clang::LangOptions &LangOpts, const TextStyle &Style,
                   llvm::raw_ostream &OS);

} // namespace ownck

#endif // OWNCK_REPORT_TEXTREPORTER_H
