//===-- Findings/Suppressions.cpp - NOLINT comments ------------------------===//
//
// Reads NOLINT comments exactly as clang-tidy does: a bare NOLINT silences
// every check, NOLINT(a,b*) only the checks its globs match; NOLINTNEXTLINE
// applies to the following line; NOLINTBEGIN/NOLINTEND to the lines between.
//
//===----------------------------------------------------------------------===//
#include "Findings/Suppressions.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/GlobPattern.h"

using namespace clang;

namespace ownck {
namespace {

enum class DirectiveKind { Line, NextLine, Begin, End };

struct Directive {
  DirectiveKind Kind;
  unsigned Line;
  std::string Checks; ///< The text between the parentheses; empty: all.
  bool HasChecks = false;
  SourceLocation Loc;
};

/// Whether \p Checks (comma separated globs, or none) names \p Check.
bool coversCheck(const Directive &D, llvm::StringRef Check) {
  if (!D.HasChecks)
    return true;
  llvm::SmallVector<llvm::StringRef, 4> Globs;
  llvm::StringRef(D.Checks).split(Globs, ',', -1, false);
  for (llvm::StringRef G : Globs) {
    auto P = llvm::GlobPattern::create(G.trim());
    if (P && P->match(Check))
      return true;
    if (!P)
      llvm::consumeError(P.takeError());
  }
  return false;
}

/// Every NOLINT directive of one file, with the BEGIN/END regions paired.
struct FileDirectives {
  std::vector<Directive> Lines; ///< NOLINT and NOLINTNEXTLINE, by target line.
  struct Region {
    Directive Begin;
    unsigned EndLine;
  };
  std::vector<Region> Regions;
  std::vector<InputProblem> Unmatched;
};

FileDirectives scanFile(FileID FID, const SourceManager &SM) {
  FileDirectives Out;
  llvm::StringRef Buffer = SM.getBufferData(FID);
  std::vector<Directive> Open;
  for (size_t Pos = Buffer.find("NOLINT"); Pos != llvm::StringRef::npos;
       Pos = Buffer.find("NOLINT", Pos + 6)) {
    llvm::StringRef Rest = Buffer.substr(Pos + 6);
    Directive D{DirectiveKind::Line, 0, "", false, {}};
    size_t Skip = 0;
    if (Rest.starts_with("NEXTLINE"))
      D.Kind = DirectiveKind::NextLine, Skip = 8;
    else if (Rest.starts_with("BEGIN"))
      D.Kind = DirectiveKind::Begin, Skip = 5;
    else if (Rest.starts_with("END"))
      D.Kind = DirectiveKind::End, Skip = 3;
    Rest = Rest.substr(Skip);
    if (Rest.starts_with("(")) {
      size_t Close = Rest.find(')');
      size_t EOL = Rest.find('\n');
      if (Close != llvm::StringRef::npos && Close < EOL) {
        D.Checks = Rest.substr(1, Close - 1).str();
        D.HasChecks = true;
      }
    }
    D.Loc = SM.getComposedLoc(FID, Pos);
    D.Line = SM.getLineNumber(FID, Pos);
    switch (D.Kind) {
    case DirectiveKind::Line:
      Out.Lines.push_back(D);
      break;
    case DirectiveKind::NextLine:
      D.Line += 1;
      Out.Lines.push_back(D);
      break;
    case DirectiveKind::Begin:
      Open.push_back(D);
      break;
    case DirectiveKind::End: {
      auto It = llvm::find_if(llvm::reverse(Open), [&](const Directive &B) {
        return B.Checks == D.Checks;
      });
      if (It == Open.rend()) {
        Out.Unmatched.push_back(
            {D.Loc, "unmatched 'NOLINTEND' comment without a previous "
                    "'NOLINTBEGIN' comment"});
        break;
      }
      Out.Regions.push_back({*It, D.Line});
      Open.erase(std::next(It).base());
      break;
    }
    }
  }
  for (const Directive &B : Open)
    Out.Unmatched.push_back(
        {B.Loc, "unmatched 'NOLINTBEGIN' comment without a subsequent "
                "'NOLINTEND' comment"});
  return Out;
}

bool isSuppressed(const FileDirectives &D, unsigned Line,
                  llvm::StringRef Check) {
  for (const Directive &L : D.Lines)
    if (L.Line == Line && coversCheck(L, Check))
      return true;
  for (const FileDirectives::Region &R : D.Regions)
    if (R.Begin.Line <= Line && Line <= R.EndLine &&
        coversCheck(R.Begin, Check))
      return true;
  return false;
}

} // namespace

void applySuppressions(std::vector<Finding> &Fs, const SourceManager &SM,
                       std::vector<InputProblem> &Unmatched) {
  llvm::DenseMap<FileID, FileDirectives> Files;
  auto DirectivesOf = [&](FileID FID) -> const FileDirectives & {
    auto [It, New] = Files.try_emplace(FID);
    if (New) {
      It->second = scanFile(FID, SM);
      Unmatched.insert(Unmatched.end(), It->second.Unmatched.begin(),
                       It->second.Unmatched.end());
    }
    return It->second;
  };
  auto SuppressedAt = [&](SourceLocation Loc, llvm::StringRef Check) {
    Loc = SM.getExpansionLoc(Loc);
    if (Loc.isInvalid())
      return false;
    return isSuppressed(DirectivesOf(SM.getFileID(Loc)),
                        SM.getExpansionLineNumber(Loc), Check);
  };
  llvm::erase_if(Fs, [&](const Finding &F) {
    llvm::StringRef Check = checkInfo(F.Check).Name;
    if (SuppressedAt(F.Loc, Check))
      return true;
    // A leak shows where its owner dies, but people mark the allocation.
    return F.Check == CheckId::Leak && !F.Notes.empty() &&
           SuppressedAt(F.Notes.front().Loc, Check);
  });
}

} // namespace ownck
