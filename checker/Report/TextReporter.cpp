//===-- Report/TextReporter.cpp - Clang-style text output ------------------===//
//
// Uses Clang's own TextDiagnosticPrinter, so carets, ranges, macro
// expansions and colours look exactly like the compiler's.
//
//===----------------------------------------------------------------------===//
#include "Report/TextReporter.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"

using namespace clang;

namespace ownck {

void printFindings(llvm::ArrayRef<Finding> Findings,
                   llvm::ArrayRef<InputProblem> Problems,
                   const SourceManager &SM,
                   const LangOptions &LangOpts, const TextStyle &Style,
                   llvm::raw_ostream &OS) {
  if (Findings.empty() && Problems.empty())
    return;
  DiagnosticOptions Opts;
  Opts.ShowColors = Style.Colors;
  TextDiagnosticPrinter Printer(OS, Opts);
  DiagnosticsEngine Diags(DiagnosticIDs::create(), Opts, &Printer,
                          /*ShouldOwnClient=*/false);
  Diags.setSourceManager(const_cast<SourceManager *>(&SM));
  Printer.BeginSourceFile(LangOpts, nullptr);
  unsigned WarningID =
      Diags.getCustomDiagID(DiagnosticsEngine::Warning, "%0 [%1]");
  unsigned ErrorID =
      Diags.getCustomDiagID(DiagnosticsEngine::Error, "%0 [%1]");
  unsigned NoteID = Diags.getCustomDiagID(DiagnosticsEngine::Note, "%0");
  for (const Finding &F : Findings) {
    bool AsError = Style.Errors && Style.Errors->enabled(F.Check);
    Diags.Report(F.Loc, AsError ? ErrorID : WarningID)
        << F.Message << checkInfo(F.Check).Name;
    for (const FindingNote &N : F.Notes)
      Diags.Report(N.Loc, NoteID) << N.Message;
  }
  unsigned ProblemID =
      Diags.getCustomDiagID(DiagnosticsEngine::Error, "%0 [ownck-nolint]");
  for (const InputProblem &P : Problems)
    Diags.Report(P.Loc, ProblemID) << P.Message;
  Printer.EndSourceFile();
}

} // namespace ownck
