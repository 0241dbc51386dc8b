//===-- Findings/FindingBuilder.cpp - Violations to findings --------------===//
//
// The wording of every message and note lives here, in plain words: the
// owner as the user wrote it, the allocator or deallocator by name, and one
// event per note.
//
//===----------------------------------------------------------------------===//
#include "Findings/FindingBuilder.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/Twine.h"

using namespace clang;

namespace ownck {
namespace {

class FindingWriter {
public:
  FindingWriter(const FunctionFacts &F, const DataflowResult &R,
                const SourceManager &SM)
      : F(F), R(R), SM(SM) {}

  Finding write(const Violation &V);

private:
  Finding leak(const Violation &V);
  Finding doubleFree(const Violation &V);
  Finding useAfterFree(const Violation &V);
  Finding badRelease(const Violation &V);
  Finding useAfterMove(const Violation &V);

  void noteAllocation(Finding &Out, const Violation &V);
  void noteReleases(Finding &Out, const Violation &V);
  std::string owner(llvm::StringRef Text) const {
    return Text.empty() ? "the pointer" : ("'" + Text + "'").str();
  }
  std::string fingerprint(CheckId C, llvm::StringRef Owner,
                          llvm::StringRef Events) const {
    return fingerprintOf(C, F.FunctionName, Owner, Events);
  }

  /// Whether \p Earlier happened in a previous iteration of a loop that
  /// \p Later is in: both sit on one cycle, and Earlier does not come
  /// before Later within an iteration (reverse post-order, where only a
  /// loop's back edge goes backwards).
  bool isPreviousIteration(FactId Earlier, FactId Later) const {
    if (Earlier == Later)
      return true;
    unsigned From = F.blockOf(Earlier), To = F.blockOf(Later);
    unsigned A = R.Rank[From], B = R.Rank[To];
    bool Behind = A == B ? Earlier > Later : A > B;
    return Behind && reaches(To, From);
  }
  bool reaches(unsigned From, unsigned To) const {
    std::vector<uint8_t> Seen(F.Blocks.size(), 0);
    std::vector<unsigned> Work{From};
    while (!Work.empty()) {
      unsigned B = Work.back();
      Work.pop_back();
      for (const FactEdge &E : F.Blocks[B].Succs) {
        if (E.Target == To)
          return true;
        if (!Seen[E.Target]) {
          Seen[E.Target] = 1;
          Work.push_back(E.Target);
        }
      }
    }
    return false;
  }

  const FunctionFacts &F;
  const DataflowResult &R;
  const SourceManager &SM;
};

void FindingWriter::noteAllocation(Finding &Out, const Violation &V) {
  const Site &S = F.Sites[siteOf(V.Object)];
  if (S.Kind != SiteKind::Allocation || S.Loc.isInvalid())
    return;
  std::string Msg = ("allocated here by '" + S.What + "'").str();
  if (isOlderObject(V.Object))
    Msg += ", in a previous iteration of the loop";
  Out.Notes.push_back({S.Loc, Msg});
}

void FindingWriter::noteReleases(Finding &Out, const Violation &V) {
  const Fact &At = F.fact(V.At);
  for (FactId Id : V.Releases) {
    const Fact &Rel = F.fact(Id);
    bool ByHelper = Rel.Kind == FactKind::Release &&
                    Rel.Callee != deallocatorName(Rel.Fam) &&
                    !Rel.Callee.starts_with("operator delete");
    std::string Msg = Rel.Kind == FactKind::Reallocate
                          ? ("reallocated here by '" + Rel.Callee + "'").str()
                      : ByHelper ? ("freed here by '" + Rel.Callee + "'").str()
                                 : std::string("freed here");
    if (Rel.Kind != FactKind::Reallocate && !Rel.Text.empty() &&
        Rel.Text != At.Text)
      Msg += (" through '" + Rel.Text + "'").str();
    if (isPreviousIteration(Id, V.At))
      Msg += ", in a previous iteration of the loop";
    Out.Notes.push_back({Rel.Loc, Msg});
  }
}

Finding FindingWriter::leak(const Violation &V) {
  const Fact &At = F.fact(V.At);
  const Site &S = F.Sites[siteOf(V.Object)];
  llvm::StringRef Owner =
      V.Owner != NoId ? F.Places[V.Owner].Name : llvm::StringRef();
  std::string What = ("memory allocated by '" + S.What + "'").str();
  if (isOlderObject(V.Object))
    What += " in a previous iteration of the loop";
  Finding Out{CheckId::Leak, At.Loc.isValid() ? At.Loc : S.Loc, "", {}, ""};
  switch (V.Cause) {
  case LeakCause::ScopeEnd:
    Out.Message = Owner.empty() ? What + " leaks: it is never freed"
                                : What + " leaks when " + owner(Owner) +
                                      " goes out of scope";
    break;
  case LeakCause::Overwrite:
    Out.Message = What + " leaks when " + owner(Owner) + " is overwritten";
    break;
  case LeakCause::Discarded:
    Out.Message = What + " leaks: the pointer to it is never stored";
    if (S.Loc.isValid())
      Out.Loc = S.Loc; // Where the value is made and dropped.
    break;
  case LeakCause::ReallocFailure: {
    llvm::StringRef Realloc = "realloc";
    for (FactId Id : V.Releases)
      if (F.fact(Id).Kind == FactKind::Reallocate)
        Realloc = F.fact(Id).Callee;
    Out.Message = "memory owned by " + owner(Owner) + " leaks if '" +
                  Realloc.str() + "' fails: " + owner(Owner) +
                  " is overwritten by its null result";
    break;
  }
  }
  noteAllocation(Out, V);
  static const char *Causes[] = {"scope-end", "overwrite", "discarded",
                                 "realloc-failure"};
  Out.Fingerprint = fingerprint(
      CheckId::Leak, Owner, (S.What + ":" + Causes[unsigned(V.Cause)]).str());
  return Out;
}

Finding FindingWriter::doubleFree(const Violation &V) {
  const Fact &At = F.fact(V.At);
  Finding Out{CheckId::DoubleFree,
              At.Loc,
              owner(At.Text) + " is freed twice: the memory it points to " +
                  "was already freed",
              {},
              ""};
  noteAllocation(Out, V);
  noteReleases(Out, V);
  Out.Fingerprint = fingerprint(CheckId::DoubleFree, At.Text, "free:free");
  return Out;
}

Finding FindingWriter::useAfterFree(const Violation &V) {
  const Fact &At = F.fact(V.At);
  std::string Action;
  switch (At.Use) {
  case UseKind::Dereference:
    Action = "dereferenced";
    break;
  case UseKind::Pass:
    Action = At.Callee.empty() ? std::string("passed to a function")
                               : ("passed to '" + At.Callee + "'").str();
    break;
  case UseKind::Return:
    Action = "returned";
    break;
  case UseKind::Access:
    Action = "used";
    break;
  }
  Finding Out{CheckId::UseAfterFree,
              At.Loc,
              owner(At.Text) + " is " + Action +
                  " after the memory it points to was freed",
              {},
              ""};
  noteAllocation(Out, V);
  noteReleases(Out, V);
  static const char *Uses[] = {"deref", "pass", "return", "access"};
  Out.Fingerprint =
      fingerprint(CheckId::UseAfterFree, At.Text,
                  (llvm::Twine("free:") + Uses[unsigned(At.Use)]).str());
  return Out;
}

Finding FindingWriter::badRelease(const Violation &V) {
  const Fact &At = F.fact(V.At);
  const Site &S = F.Sites[siteOf(V.Object)];
  Finding Out{CheckId::MismatchedDealloc, At.Loc, "", {}, ""};
  std::string Callee = ("'" + At.Callee + "'").str();
  switch (V.Kind) {
  case ViolationKind::MismatchedDealloc:
    Out.Message =
        ("memory allocated by '" + S.What + "' is released with " + Callee +
         "; use '" + (S.What.starts_with("operator new") ? "operator " : "") +
         (S.Releaser.empty() ? deallocatorName(S.Fam) : S.Releaser) + "'")
            .str();
    noteAllocation(Out, V);
    break;
  case ViolationKind::NonHeapDealloc: {
    std::string What;
    switch (S.Kind) {
    case SiteKind::Literal:
      What = "a string literal";
      break;
    case SiteKind::StackAllocation:
      What = ("memory from '" + S.What + "'").str();
      break;
    case SiteKind::Static:
      What = ("the address of static '" + S.What + "'").str();
      break;
    default:
      What = ("the address of local '" + S.What + "'").str();
      break;
    }
    Out.Message =
        Callee + " is called on " + What + ", which is not heap memory";
    Out.Notes.push_back(
        {S.Loc, S.Kind == SiteKind::Literal ? "the string literal is here"
                : S.Kind == SiteKind::StackAllocation
                    ? "allocated on the stack here"
                    : ("'" + S.What + "' is declared here").str()});
    break;
  }
  default:
    Out.Message = Callee + " is called on a pointer into the middle of the " +
                  "memory allocated by '" + S.What.str() +
                  "'; pass the pointer it returned";
    noteAllocation(Out, V);
    break;
  }
  Out.Fingerprint = fingerprint(CheckId::MismatchedDealloc, At.Text,
                                (S.What + ":" + At.Callee).str());
  return Out;
}

Finding FindingWriter::useAfterMove(const Violation &V) {
  const Fact &At = F.fact(V.At);
  std::string Name = owner(At.Text);
  Finding Out{CheckId::UseAfterMove, At.Loc, "", {}, ""};
  if (At.Callee.empty())
    Out.Message = Name + " is used after it was moved";
  else if (At.Use == UseKind::Dereference)
    Out.Message = Name + " is dereferenced after it was moved: a moved-from '" +
                  At.Callee.str() + "' is null";
  else
    Out.Message = Name + " is used after it was moved: a moved-from '" +
                  At.Callee.str() + "' is empty";
  if (At.Unsequenced)
    Out.Notes.push_back(
        {At.Loc,
         At.UnsequencedWith.empty()
             ? std::string("C++ does not specify the order in which "
                           "the arguments of a call are evaluated: "
                           "the move may come first")
             : ("C++ does not specify the order in which the "
                "operands of '" +
                At.UnsequencedWith + "' are evaluated: the move may come first")
                   .str()});
  // Moves in the order the source shows them.
  llvm::SmallVector<FactId, 2> Moves(V.Releases.begin(), V.Releases.end());
  llvm::stable_sort(Moves, [&](FactId A, FactId B) {
    SourceLocation LA = F.fact(A).Loc, LB = F.fact(B).Loc;
    return LA.isValid() && LB.isValid() && LA != LB &&
           SM.isBeforeInTranslationUnit(LA, LB);
  });
  for (FactId Id : Moves) {
    const Fact &Mv = F.fact(Id);
    std::string Msg = owner(Mv.Text) + " was moved here";
    if (!Mv.Callee.empty())
      Msg += " " + Mv.Callee.str();
    if (!At.Unsequenced && isPreviousIteration(Id, V.At))
      Msg += ", in the previous iteration of the loop";
    Out.Notes.push_back({Mv.Loc, Msg});
  }
  for (FactId Id : V.Reinits) {
    const Fact &Re = F.fact(Id);
    Out.Notes.push_back({Re.Loc, owner(Re.Text) +
                                     " is re-initialised here, but not on "
                                     "every path to the use"});
  }
  // What took the value tells two moves of one variable apart; lines do not.
  Out.Fingerprint =
      fingerprint(CheckId::UseAfterMove, At.Text,
                  ("move:" + F.fact(V.Releases.front()).Callee).str());
  return Out;
}

Finding FindingWriter::write(const Violation &V) {
  switch (V.Kind) {
  case ViolationKind::UseAfterMove:
  case ViolationKind::ReinitReachesUse:
    return useAfterMove(V);
  case ViolationKind::Leak:
    return leak(V);
  case ViolationKind::DoubleFree:
    return doubleFree(V);
  case ViolationKind::UseAfterFree:
    return useAfterFree(V);
  case ViolationKind::MismatchedDealloc:
  case ViolationKind::NonHeapDealloc:
  case ViolationKind::InteriorDealloc:
    return badRelease(V);
  }
  llvm_unreachable("unknown violation kind");
}

CheckId checkOf(ViolationKind K) {
  switch (K) {
  case ViolationKind::Leak:
    return CheckId::Leak;
  case ViolationKind::DoubleFree:
    return CheckId::DoubleFree;
  case ViolationKind::UseAfterFree:
    return CheckId::UseAfterFree;
  case ViolationKind::MismatchedDealloc:
  case ViolationKind::NonHeapDealloc:
  case ViolationKind::InteriorDealloc:
    return CheckId::MismatchedDealloc;
  case ViolationKind::UseAfterMove:
  case ViolationKind::ReinitReachesUse:
    return CheckId::UseAfterMove;
  }
  llvm_unreachable("unknown violation kind");
}

/// Paths kept apart by their conditions each report a use once: one
/// finding per use names every move that reaches it.
void mergeMoveUse(std::vector<Violation> &Uses, const Violation &V) {
  auto It = llvm::find_if(Uses, [&](const Violation &U) {
    return U.At == V.At && U.Owner == V.Owner;
  });
  if (It == Uses.end()) {
    Uses.push_back(V);
    Uses.back().Kind = ViolationKind::UseAfterMove;
    return;
  }
  unionInto(It->Releases, V.Releases);
  unionInto(It->Reinits, V.Reinits);
}

/// One finding per move, at the first use after it in the source: the
/// uses that follow repeat its story.
void reportMoveUses(FindingWriter &Writer, std::vector<Violation> &Uses,
                    const FunctionFacts &F, const SourceManager &SM,
                    std::vector<Finding> &Out) {
  llvm::stable_sort(Uses, [&](const Violation &A, const Violation &B) {
    SourceLocation LA = F.fact(A.At).Loc, LB = F.fact(B.At).Loc;
    if (LA == LB || LA.isInvalid() || LB.isInvalid())
      return A.At < B.At;
    return SM.isBeforeInTranslationUnit(LA, LB);
  });
  llvm::DenseSet<FactId> Told;
  for (const Violation &V : Uses) {
    if (V.Releases.empty())
      continue; // Only re-initialised on the paths that reach it.
    bool New = false;
    for (FactId Id : V.Releases)
      New |= Told.insert(Id).second;
    if (New)
      Out.push_back(Writer.write(V));
  }
}

} // namespace

void buildFindings(const FunctionFacts &F, const DataflowResult &R,
                   const CheckSet &Checks, const SourceManager &SM,
                   std::vector<Finding> &Out) {
  FindingWriter Writer(F, R, SM);
  // One finding per fact that breaks a rule, about the object whose story
  // is best told: memory this function allocated, when one is involved.
  llvm::DenseMap<std::pair<unsigned, FactId>, size_t> OfFact;
  auto IsAllocation = [&](const Violation &V) {
    return V.Kind != ViolationKind::UseAfterMove &&
           V.Kind != ViolationKind::ReinitReachesUse &&
           F.Sites[siteOf(V.Object)].Kind == SiteKind::Allocation;
  };
  // One leak per allocation site: the earliest place it shows.
  llvm::DenseMap<SiteId, size_t> LeakOfSite;
  std::vector<Violation> MoveUses;
  for (const Violation &V : R.Violations) {
    if (!Checks.enabled(checkOf(V.Kind)))
      continue;
    if (V.Kind == ViolationKind::UseAfterMove ||
        V.Kind == ViolationKind::ReinitReachesUse) {
      mergeMoveUse(MoveUses, V);
      continue;
    }
    Finding Fd = Writer.write(V);
    if (V.Kind != ViolationKind::Leak) {
      auto [It, New] = OfFact.try_emplace({unsigned(V.Kind), V.At}, Out.size());
      if (New)
        Out.push_back(std::move(Fd));
      else if (IsAllocation(V) &&
               Out[It->second].Notes.size() < Fd.Notes.size())
        Out[It->second] = std::move(Fd);
      continue;
    }
    auto [It, New] = LeakOfSite.try_emplace(siteOf(V.Object), Out.size());
    if (New) {
      Out.push_back(std::move(Fd));
    } else if (Fd.Loc.isValid() && Out[It->second].Loc.isValid() &&
               SM.isBeforeInTranslationUnit(Fd.Loc, Out[It->second].Loc)) {
      Out[It->second] = std::move(Fd);
    }
  }
  reportMoveUses(Writer, MoveUses, F, SM, Out);
}

} // namespace ownck
