//===-- Summary/SummaryInference.cpp - Summaries from facts ---------------===//
//
// Replays every reachable block from its solved entry state and watches the
// objects the parameters pointed to on entry: a parameter is released when
// every exit sees its object released, handed on when any escape reaches
// it, and borrowed otherwise. The return value is owned when every return
// hands back live memory allocated in the function.
//
//===----------------------------------------------------------------------===//
#include "Summary/SummaryInference.h"
#include "Dataflow/MoveTransfer.h"

namespace ownck {
namespace {

struct ParamWatch {
  bool Escaped = false;
  bool Released = false;
  bool AlwaysReleasedAtExit = true;
  bool MixedFamilies = false;
  Family Fam = Family::Unknown;
};

bool pointsTo(const OwnershipState &S, PlaceId P, SiteId Site) {
  for (ObjectId O : S.objectsOf(P))
    if (siteOf(O) == Site)
      return true;
  return false;
}

uint8_t stateOfSite(const OwnershipState &S, SiteId Site) {
  return S.Objects[recentObject(Site)] | S.Objects[olderObject(Site)];
}

class Inference {
public:
  Inference(const FunctionFacts &F)
      : F(F), Watches(F.ParamSites.size()), Consumed(F.ParamObjects.size()),
        ConsumedUnlessTrue(F.ParamObjects.size()),
        EntryMove(F.ParamObjects.size(), NoId),
        ReadFirst(F.ParamObjects.size()),
        NotAlwaysWritten(F.ParamObjects.size()) {
    // The lowering starts out-parameters moved-from, at the entry, with
    // facts of no location.
    for (const Fact &Fc : F.Blocks[F.Entry].Facts)
      if (Fc.Kind == FactKind::Move && Fc.Loc.isInvalid())
        for (unsigned I = 0; I < F.ParamObjects.size(); ++I)
          if (F.ParamObjects[I] == Fc.Dst)
            EntryMove[I] = Fc.Id;
  }

  void observe(const Fact &Fc, const OwnershipState &S) {
    if (Fc.Kind == FactKind::FunctionExit)
      observeMoves(Fc, S);
    if (Fc.Kind == FactKind::ValueUse)
      observeOutRead(Fc, S);
    for (unsigned I = 0; I < F.ParamSites.size(); ++I)
      if (SiteId Site = F.ParamSites[I]; Site != NoId)
        observeParam(Fc, S, Site, Watches[I]);
    if (Fc.Kind == FactKind::Escape && Fc.Escape == EscapeKind::Return)
      observeReturn(Fc, S);
  }

  FunctionSummary result() const {
    FunctionSummary Out;
    for (unsigned I = 0; I < Watches.size(); ++I) {
      ParamEffect E;
      const ParamWatch &W = Watches[I];
      if (F.ParamSites[I] == NoId)
        E.Kind = ParamEffect::Unknown;
      else if (W.Escaped || W.MixedFamilies ||
               (W.Released && !W.AlwaysReleasedAtExit))
        E.Kind = ParamEffect::Escapes;
      else if (W.Released)
        E = {ParamEffect::Releases, W.Fam};
      else
        E.Kind = ParamEffect::Borrows;
      E.Consumes = I < Consumed.size() && Consumed[I];
      E.ConsumesOnlyWhenTrue = E.Consumes && !ConsumedUnlessTrue[I];
      if (I < EntryMove.size() && EntryMove[I] != NoId) {
        E.OutKnown = true;
        E.OutReadFirst = ReadFirst[I];
        E.OutAlwaysWritten = !NotAlwaysWritten[I];
      }
      Out.Params.push_back(E);
    }
    Out.ReturnsOwned =
        SawOwnedReturn && !SawOtherReturn && ReturnFamily != Family::Unknown;
    Out.ReturnFamily = ReturnFamily;
    Out.ReturnMayBeNull = ReturnMayBeNull;
    return Out;
  }

private:
  /// A parameter moved from (in whole or in part) on a path that returns.
  /// An out-parameter read while it still holds the caller's moved-from
  /// value.
  void observeOutRead(const Fact &Use, const OwnershipState &S) {
    for (unsigned I = 0; I < F.ParamObjects.size(); ++I)
      if (EntryMove[I] != NoId && isWithin(F, Use.Dst, F.ParamObjects[I]))
        for (const MoveMark &M : S.Moved)
          if (M.At == EntryMove[I] && !M.excepts(F, Use.Dst))
            ReadFirst[I] = true;
  }

  void observeMoves(const Fact &Exit, const OwnershipState &S) {
    for (const MoveMark &M : S.Moved)
      for (unsigned I = 0; I < F.ParamObjects.size(); ++I) {
        if (M.At == EntryMove[I]) {
          NotAlwaysWritten[I] = true;
          continue;
        }
        if (F.ParamObjects[I] != NoId &&
            isWithin(F, M.Place, F.ParamObjects[I])) {
          Consumed[I] = true;
          if (Exit.Returns != Fact::ReturnsTrue)
            ConsumedUnlessTrue[I] = true;
        }
      }
  }

  void observeParam(const Fact &Fc, const OwnershipState &S, SiteId Site,
                    ParamWatch &W) {
    switch (Fc.Kind) {
    case FactKind::Escape:
    case FactKind::Reallocate:
      W.Escaped |= pointsTo(S, Fc.Src, Site);
      return;
    case FactKind::Release:
      if (!pointsTo(S, Fc.Src, Site))
        return;
      if (W.Released && W.Fam != Fc.Fam)
        W.MixedFamilies = true;
      W.Released = true;
      W.Fam = Fc.Fam;
      return;
    case FactKind::FunctionExit: {
      // Forgotten (0) means the parameter was overwritten: whether it was
      // released on this path is not known, so it is not "always".
      uint8_t St = stateOfSite(S, Site);
      if (!(St & ObjReleased) || (St & ~(ObjReleased | ObjNull)))
        W.AlwaysReleasedAtExit = false;
      return;
    }
    default:
      return;
    }
  }

  void observeReturn(const Fact &Fc, const OwnershipState &S) {
    if (S.mayBeNull(Fc.Src))
      ReturnMayBeNull = true;
    auto Objs = S.objectsOf(Fc.Src);
    if (Objs.empty() && !S.mayBeNull(Fc.Src))
      SawOtherReturn = true; // An unknown pointer.
    for (ObjectId O : Objs) {
      const Site &St = F.Sites[siteOf(O)];
      uint8_t State = S.Objects[O];
      if (St.Kind != SiteKind::Allocation || !(State & ObjLive) ||
          (State & ~(ObjLive | ObjNull)) || S.pointsInside(Fc.Src, O) ||
          (ReturnFamily != Family::Unknown && ReturnFamily != St.Fam)) {
        SawOtherReturn = true;
        continue;
      }
      SawOwnedReturn = true;
      ReturnFamily = St.Fam;
      ReturnMayBeNull |= bool(State & ObjNull);
    }
  }

  const FunctionFacts &F;
  std::vector<ParamWatch> Watches;
  std::vector<bool> Consumed, ConsumedUnlessTrue;
  std::vector<FactId> EntryMove;
  std::vector<bool> ReadFirst, NotAlwaysWritten;
  bool SawOwnedReturn = false, SawOtherReturn = false;
  bool ReturnMayBeNull = false;
  Family ReturnFamily = Family::Unknown;
};

} // namespace

FunctionSummary inferSummary(const FunctionFacts &F, const DataflowResult &R) {
  Inference I(F);
  for (unsigned B = 0; B < F.Blocks.size(); ++B)
    for (OwnershipState S : R.BlockEntry[B])
      for (const Fact &Fc : F.Blocks[B].Facts) {
        if (!S.Reachable)
          break;
        I.observe(Fc, S);
        applyFact(Fc, S, F, nullptr);
      }
  return I.result();
}

} // namespace ownck
