//===-- Report/Baseline.h - Findings accepted as they are ----*- C++ -*-===//
//
// A baseline records the fingerprints of today's findings, so that a CI run
// fails only on new ones. Fingerprints ignore line numbers (see
// Findings/Fingerprint.cpp), so unrelated edits keep old findings matched.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_REPORT_BASELINE_H
#define OWNCK_REPORT_BASELINE_H

#include "Report/ResolvedFinding.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"

namespace ownck {

class Baseline {
public:
  /// Reads a baseline written by writeBaseline().
  static llvm::Expected<Baseline> load(llvm::StringRef Path);
  bool contains(llvm::StringRef Fingerprint) const {
    return Fingerprints.contains(Fingerprint);
  }

private:
  llvm::StringSet<> Fingerprints;
};

/// {"version": 1, "findings": [{"fingerprint", "check", "file", "line",
/// "message"}]}: the fingerprint is what matches; the rest is for people.
void writeBaseline(llvm::ArrayRef<ResolvedFinding> Fs, llvm::raw_ostream &OS);

} // namespace ownck

#endif // OWNCK_REPORT_BASELINE_H
