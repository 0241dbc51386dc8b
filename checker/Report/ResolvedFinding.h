//===-- Report/ResolvedFinding.h - Findings outside their unit -*- C++ -*-===//
//
// A finding with its locations spelled out as file, line and column: what
// outlives a translation unit's SourceManager, crosses threads, and is
// written as JSON or SARIF once every unit is done.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_REPORT_RESOLVEDFINDING_H
#define OWNCK_REPORT_RESOLVEDFINDING_H

#include "ownck/Finding.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace clang {
class SourceManager;
}

namespace ownck {

struct ResolvedLocation {
  std::string File; ///< Absolute path.
  unsigned Line = 0, Column = 0;
};

struct ResolvedNote {
  ResolvedLocation Loc;
  std::string Message;
};

struct ResolvedFinding {
  CheckId Check;
  ResolvedLocation Loc;
  std::string Message;
  std::vector<ResolvedNote> Notes;
  std::string Fingerprint;
  bool AsError = false; ///< --warnings-as-errors names its check.
};

ResolvedFinding resolveFinding(const Finding &F, const clang::SourceManager &SM);

/// JSON: {"version": 1, "findings": [...]}, documented in docs/cli.md.
void writeJson(llvm::ArrayRef<ResolvedFinding> Fs, llvm::raw_ostream &OS);

/// SARIF 2.1.0, one run, with rule metadata, notes as a code flow, and
/// partial fingerprints. Paths under \p SourceRoot are written relative to
/// the SRCROOT base id.
void writeSarif(llvm::ArrayRef<ResolvedFinding> Fs, llvm::StringRef SourceRoot,
                llvm::raw_ostream &OS);

/// HTML: DIR/index.html, grouped by check and file, each finding with its
/// source lines and its events as a numbered story (HtmlReporter.cpp).
llvm::Error writeHtml(llvm::ArrayRef<ResolvedFinding> Fs, llvm::StringRef Dir);

} // namespace ownck

#endif // OWNCK_REPORT_RESOLVEDFINDING_H
