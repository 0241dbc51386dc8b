//===-- ownck/Finding.h - What a user is told --------------------*- C++ -*-===//
//
// A finding is a check, a primary location, a message and the ordered notes
// that tell its story. Findings are what every reporter and entry point sees.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_FINDING_H
#define OWNCK_FINDING_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace ownck {

enum class CheckId : uint8_t {
  Leak,
  DoubleFree,
  UseAfterFree,
  MismatchedDealloc,
  UseAfterMove,
};
inline constexpr unsigned NumChecks = 5;

struct CheckInfo {
  CheckId Id;
  llvm::StringRef Name;        ///< 'ownership-leak'
  llvm::StringRef Summary;     ///< One line, for --list-checks and SARIF.
  llvm::StringRef RustRule;    ///< The Rust rule it enforces.
};

llvm::ArrayRef<CheckInfo> allChecks();
const CheckInfo &checkInfo(CheckId Id);

/// The checks a run reports, chosen by clang-tidy style globs.
class CheckSet {
public:
  /// All checks enabled.
  CheckSet();
  /// No check enabled.
  static CheckSet none() {
    CheckSet S;
    S.applyGlobs("-*");
    return S;
  }
  /// Applies comma separated globs ('-*,ownership-leak') in order. Returns an
  /// error message naming a glob that matches no check, or an empty string.
  std::string applyGlobs(llvm::StringRef Globs);
  bool enabled(CheckId Id) const { return Enabled[unsigned(Id)]; }
  bool any() const;

private:
  bool Enabled[NumChecks];
};

struct FindingNote {
  clang::SourceLocation Loc;
  std::string Message;
};

struct Finding {
  CheckId Check;
  clang::SourceLocation Loc;
  std::string Message;
  std::vector<FindingNote> Notes;
  /// Stable across unrelated edits: check, function, owner, event kinds.
  std::string Fingerprint;
};

/// A problem with the analysed code's ownck comments (an unmatched
/// NOLINTEND), reported as an error.
struct InputProblem {
  clang::SourceLocation Loc;
  std::string Message;
};

/// Computes Finding::Fingerprint from the parts that identify a bug rather
/// than its position.
std::string fingerprintOf(CheckId Check, llvm::StringRef Function,
                          llvm::StringRef Owner, llvm::StringRef Events);

} // namespace ownck

#endif // OWNCK_FINDING_H
