//===-- Findings/Suppressions.h - NOLINT comments -------------*- C++ -*-===//
//
// Drops findings that the code silences with clang-tidy's comments:
// NOLINT, NOLINT(globs), NOLINTNEXTLINE(globs), NOLINTBEGIN(globs) ...
// NOLINTEND(globs). clang-tidy applies these itself for the tidy module;
// the ownck command applies them here.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_FINDINGS_SUPPRESSIONS_H
#define OWNCK_FINDINGS_SUPPRESSIONS_H

#include "ownck/Finding.h"
#include <vector>

namespace clang {
class SourceManager;
}

namespace ownck {

/// Removes the suppressed findings from \p Fs; reports the NOLINTBEGIN/END
/// comments of the files involved that do not pair up.
void applySuppressions(std::vector<Finding> &Fs,
                       const clang::SourceManager &SM,
                       std::vector<InputProblem> &Unmatched);

} // namespace ownck

#endif // OWNCK_FINDINGS_SUPPRESSIONS_H
