//===-- Findings/Fingerprint.cpp - Position-independent finding identity ---===//
//
// A fingerprint hashes what identifies a bug (check, function, owner, the
// kinds of its events), never line numbers, so that a baseline survives
// unrelated edits above the bug.
//
//===----------------------------------------------------------------------===//
#include "ownck/Finding.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/xxhash.h"
#include "llvm/Support/raw_ostream.h"

namespace ownck {

std::string fingerprintOf(CheckId Check, llvm::StringRef Function,
                          llvm::StringRef Owner, llvm::StringRef Events) {
  std::string Key;
  llvm::raw_string_ostream OS(Key);
  OS << checkInfo(Check).Name << '\0' << Function << '\0' << Owner << '\0'
     << Events;
  uint64_t H = llvm::xxh3_64bits(llvm::StringRef(Key));
  std::string Out;
  llvm::raw_string_ostream(Out) << llvm::format_hex_no_prefix(H, 16);
  return Out;
}

} // namespace ownck
