//===-- ownck/Summary.h - What a function does with ownership -*- C++ -*-===//
//
// Per function, per pointer parameter: does it only borrow what it is
// passed, release it, or hand it on; and does it return memory the caller
// then owns. The lowering asks a SummaryProvider at each call; summaries are
// inferred bottom-up from the callees' own facts (checker/Summary).
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_SUMMARY_H
#define OWNCK_SUMMARY_H

#include "ownck/Facts.h"
#include <vector>

namespace clang {
class FunctionDecl;
}

namespace ownck {

struct ParamEffect {
  enum KindT : uint8_t {
    Unknown,  ///< Not a tracked pointer: the caller's escape policy decides.
    Borrows,  ///< Uses it during the call only.
    Releases, ///< Releases it on every path, with Fam's deallocator.
    Escapes,  ///< Hands it on (stores, returns, releases on some paths).
  } Kind = Unknown;
  Family Fam = Family::Unknown;
  /// A `T &&` parameter the function moves from on some path.
  bool Consumes = false;
  /// ... and only on paths that return true (`bool tryPush(T &&)`): where
  /// the call returns false, the argument was not taken.
  bool ConsumesOnlyWhenTrue = false;
  /// For a `T &` parameter of a class: what the function does with the
  /// object it names, when that was moved from. Known only when the body
  /// was read (OutKnown): it reads it before giving it a value on some
  /// path, or gives it a value on every path.
  bool OutKnown = false;
  bool OutReadFirst = false;
  bool OutAlwaysWritten = false;
};

struct FunctionSummary {
  std::vector<ParamEffect> Params;
  /// The function returns fresh memory of ReturnFamily that the caller owns.
  bool ReturnsOwned = false;
  Family ReturnFamily = Family::Unknown;
  bool ReturnMayBeNull = false;
};

/// Answers "what does calling this function do"; null when unknown (no
/// body here, recursion, a virtual call).
class SummaryProvider {
public:
  virtual ~SummaryProvider();
  virtual const FunctionSummary *summaryOf(const clang::FunctionDecl &FD) = 0;
};

} // namespace ownck

#endif // OWNCK_SUMMARY_H
