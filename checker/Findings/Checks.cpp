//===-- Findings/Checks.cpp - The checks ownck offers ----------------------===//
//
// Names, one-line summaries and the Rust rule of each check, and the
// clang-tidy style globs (`-*,ownership-leak`) that choose among them.
//
//===----------------------------------------------------------------------===//
#include "ownck/Finding.h"
#include "llvm/Support/GlobPattern.h"

namespace ownck {

static const CheckInfo Checks[] = {
    {CheckId::Leak, "ownership-leak",
     "memory owned by a local is never freed on some path",
     "a Box is dropped exactly once when its owner goes out of scope"},
    {CheckId::DoubleFree, "ownership-double-free",
     "memory is freed twice, through any alias",
     "a value is dropped once"},
    {CheckId::UseAfterFree, "ownership-use-after-free",
     "freed memory is dereferenced, passed on or returned",
     "no use of a value after it is dropped"},
    {CheckId::MismatchedDealloc, "ownership-mismatched-dealloc",
     "memory is released by a deallocator that does not match its allocator, "
     "or is not heap memory",
     "the allocator that made a value frees it"},
    {CheckId::UseAfterMove, "ownership-use-after-move",
     "an object is used after std::move handed it away, on some path",
     "no use of a value after it was moved (E0382)"},
};

llvm::ArrayRef<CheckInfo> allChecks() { return Checks; }

const CheckInfo &checkInfo(CheckId Id) { return Checks[unsigned(Id)]; }

CheckSet::CheckSet() {
  for (bool &E : Enabled)
    E = true;
}

bool CheckSet::any() const {
  for (bool E : Enabled)
    if (E)
      return true;
  return false;
}

std::string CheckSet::applyGlobs(llvm::StringRef Globs) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Globs.split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    if (Part.empty())
      continue;
    bool Enable = !Part.consume_front("-");
    auto Pattern = llvm::GlobPattern::create(Part);
    if (!Pattern) {
      llvm::consumeError(Pattern.takeError());
      return ("invalid check glob '" + Part + "'").str();
    }
    bool Matched = false;
    for (const CheckInfo &C : Checks)
      if (Pattern->match(C.Name)) {
        Enabled[unsigned(C.Id)] = Enable;
        Matched = true;
      }
    if (!Matched)
      return ("no check matches '" + Part +
              "'; run 'ownck --list-checks' to see the checks")
          .str();
  }
  return "";
}

} // namespace ownck
