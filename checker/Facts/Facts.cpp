//===-- Facts/Facts.cpp - Fact tables and their dump ----------------------===//
//
// Storage helpers of FunctionFacts and the textual dump that tests read.
//
//===----------------------------------------------------------------------===//
#include "ownck/Facts.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ownck {

PlaceId FunctionFacts::addPlace(PlaceKind K, llvm::StringRef Name,
                                PlaceId Parent) {
  Places.push_back({K, save(Name), Parent});
  return Places.size() - 1;
}

SiteId FunctionFacts::addSite(Site S) {
  S.What = save(S.What);
  S.Releaser = save(S.Releaser);
  Sites.push_back(S);
  return Sites.size() - 1;
}

void FunctionFacts::numberFacts() {
  FactIndex.clear();
  BlockOfFact.clear();
  for (unsigned B = 0; B < Blocks.size(); ++B)
    for (Fact &F : Blocks[B].Facts) {
      F.Id = FactIndex.size();
      FactIndex.push_back(&F);
      BlockOfFact.push_back(B);
    }
}

llvm::StringRef familyName(Family F) {
  switch (F) {
  case Family::Unknown:
    return "unknown";
  case Family::New:
    return "new";
  case Family::NewArray:
    return "new[]";
  case Family::Malloc:
    return "malloc";
  case Family::NonHeap:
    return "non-heap";
  default:
    return "configured";
  }
}

llvm::StringRef deallocatorName(Family F) {
  switch (F) {
  case Family::New:
    return "delete";
  case Family::NewArray:
    return "delete[]";
  case Family::Malloc:
    return "free";
  case Family::Unknown:
  case Family::NonHeap:
  default:
    return "release";
  }
}

llvm::StringRef factKindName(FactKind K) {
  switch (K) {
  case FactKind::Acquire:
    return "Acquire";
  case FactKind::Reallocate:
    return "Reallocate";
  case FactKind::Release:
    return "Release";
  case FactKind::Alias:
    return "Alias";
  case FactKind::Assign:
    return "Assign";
  case FactKind::SetNull:
    return "SetNull";
  case FactKind::Offset:
    return "Offset";
  case FactKind::Escape:
    return "Escape";
  case FactKind::Use:
    return "Use";
  case FactKind::Havoc:
    return "Havoc";
  case FactKind::ScopeEnd:
    return "ScopeEnd";
  case FactKind::FullExprEnd:
    return "FullExprEnd";
  case FactKind::FunctionExit:
    return "FunctionExit";
  case FactKind::Unreachable:
    return "Unreachable";
  case FactKind::Move:
    return "Move";
  case FactKind::Reinit:
    return "Reinit";
  case FactKind::ValueUse:
    return "ValueUse";
  case FactKind::ConditionKill:
    return "ConditionKill";
  case FactKind::ConditionSet:
    return "ConditionSet";
  }
  llvm_unreachable("unknown fact kind");
}

static void printLoc(llvm::raw_ostream &OS, SourceLocation L,
                     const SourceManager *SM) {
  if (!SM || L.isInvalid())
    return;
  PresumedLoc P = SM->getPresumedLoc(SM->getExpansionLoc(L));
  if (P.isValid())
    OS << " @" << P.getLine() << ":" << P.getColumn();
}

void FunctionFacts::dump(llvm::raw_ostream &OS, const SourceManager *SM) const {
  auto PlaceName = [&](PlaceId P) -> std::string {
    if (P == NoId)
      return "-";
    const Place &Pl = Places[P];
    if (Pl.Kind == PlaceKind::Temporary)
      return ("tmp" + llvm::Twine(P)).str();
    return Pl.Name.str();
  };
  OS << "facts of '" << FunctionName << "'\n";
  for (unsigned S = 0; S < Sites.size(); ++S) {
    const Site &St = Sites[S];
    static const char *Kinds[] = {"allocation", "opaque", "local",
                                  "static",     "alloca", "literal"};
    OS << "  site " << S << ": " << Kinds[unsigned(St.Kind)] << " "
       << familyName(St.Fam) << (St.MayBeNull ? " nullable" : "") << " '"
       << St.What << "'";
    printLoc(OS, St.Loc, SM);
    OS << "\n";
  }
  for (unsigned B = 0; B < Blocks.size(); ++B) {
    OS << "  block " << B << (B == Entry ? " (entry)" : "") << "\n";
    for (const Fact &F : Blocks[B].Facts) {
      OS << "    " << factKindName(F.Kind);
      if (F.Dst != NoId)
        OS << " dst=" << PlaceName(F.Dst);
      if (F.Src != NoId)
        OS << " src=" << PlaceName(F.Src);
      if (F.Site != NoId)
        OS << " site=" << F.Site;
      if (F.Kind == FactKind::Release)
        OS << " family=" << familyName(F.Fam);
      if (F.Cond != NoId)
        OS << " cond=" << F.Cond;
      if (F.Kind == FactKind::ConditionSet)
        OS << (F.Holds ? " holds" : " fails");
      if (F.Kind == FactKind::ValueUse && !F.Whole)
        OS << " part";
      if (F.Unsequenced)
        OS << " unsequenced";
      printLoc(OS, F.Loc, SM);
      OS << "\n";
    }
    for (const FactEdge &E : Blocks[B].Succs) {
      OS << "    -> " << E.Target;
      for (const Refinement &R : E.Refinements) {
        static const char *Kinds[] = {"null", "nonnull", "holds",   "fails",
                                      "is",   "isnot",   "hasvalue"};
        static_assert(std::size(Kinds) == Refinement::ObjectHasValue + 1);
        OS << " [" << Kinds[R.Kind] << " ";
        if (R.Kind == Refinement::ConditionHolds ||
            R.Kind == Refinement::ConditionFails)
          OS << "cond" << R.Target;
        else
          OS << PlaceName(R.Target);
        if (R.Site != NoId)
          OS << " site=" << R.Site;
        OS << "]";
      }
      OS << "\n";
    }
  }
}

} // namespace ownck
