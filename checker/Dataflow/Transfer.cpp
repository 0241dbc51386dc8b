//===-- Dataflow/Transfer.cpp - One transfer function per fact kind --------===//
//
// How each fact changes an OwnershipState, and which violations it shows.
// Violations are only collected when a sink is given (the final pass); the
// fixpoint iteration runs the same code without one.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/MoveTransfer.h"

namespace ownck {
namespace {

/// The state and tables a transfer function works on.
struct TransferContext {
  const Fact &Fc;
  OwnershipState &S;
  const FunctionFacts &F;
  std::vector<Violation> *Sink;

  void report(ViolationKind K, ObjectId O, LeakCause Cause = {},
              PlaceId Owner = NoId) {
    if (!Sink)
      return;
    Violation V{K, Fc.Id, O, Cause, Owner, S.Releases[O]};
    if ((S.Objects[O] & ObjPending) && S.PendingFact[O] != NoId &&
        !llvm::is_contained(V.Releases, S.PendingFact[O]))
      V.Releases.push_back(S.PendingFact[O]);
    Sink->push_back(std::move(V));
  }
  const Site &siteOfObject(ObjectId O) const { return F.Sites[siteOf(O)]; }
};

/// Moves the recent object of a site into its "older" summary so that a new
/// recent object can be made (recency abstraction).
void ageSite(OwnershipState &S, SiteId Site) {
  ObjectId Recent = recentObject(Site), Older = olderObject(Site);
  if (!S.Objects[Recent])
    return;
  S.Guards[Older] = S.Objects[Older] ? (S.Guards[Older] & S.Guards[Recent]) : 0;
  S.Objects[Older] |= S.Objects[Recent];
  for (FactId Id : S.Releases[Recent])
    if (!llvm::is_contained(S.Releases[Older], Id))
      S.Releases[Older].push_back(Id);
  if (S.PendingOn[Older] == NoId) {
    S.PendingOn[Older] = S.PendingOn[Recent];
    S.PendingFact[Older] = S.PendingFact[Recent];
  }
  for (ObjectId &P : S.PendingOn)
    if (P == Recent)
      P = Older;
  for (PlaceId P = 0; P < S.PointsTo.rows(); ++P)
    for (unsigned K = 0; K < TargetsPerObject; ++K)
      if (S.PointsTo.test(P, startTarget(Recent) + K)) {
        S.PointsTo.reset(P, startTarget(Recent) + K);
        S.PointsTo.set(P, startTarget(Older) + K);
      }
  S.eraseObject(Recent);
}

uint8_t initialState(const Site &St) {
  if (St.Kind == SiteKind::Opaque)
    return ObjEscaped | ObjNull; // Someone else's pointer, maybe null.
  if (St.Kind != SiteKind::Allocation)
    return ObjEscaped; // Stack or static memory: never null, never ours.
  return St.MayBeNull ? (ObjNull | ObjLive) : ObjLive;
}

void makeObject(TransferContext &C, SiteId Site, PlaceId Dst) {
  // A local's address is the same object every time it is taken.
  SiteKind K = C.F.Sites[Site].Kind;
  if (K == SiteKind::Allocation || K == SiteKind::Opaque)
    ageSite(C.S, Site);
  ObjectId O = recentObject(Site);
  C.S.Objects[O] = initialState(C.F.Sites[Site]);
  C.S.Guards[O] = C.S.KnownConditions;
  C.S.PointsTo.clearRow(Dst);
  C.S.PointsTo.set(Dst, startTarget(O));
}

/// Reports the objects among \p Candidates that may still be owned here and
/// that no place holds any more, then forgets them (one report per loss).
/// Objects that nothing points to any more are forgotten: no later use can
/// reach them, and keeping them would mix their fate on this path into
/// joins with paths where they are still owned.
void checkLost(TransferContext &C, llvm::ArrayRef<ObjectId> Candidates,
               LeakCause Cause, PlaceId Owner) {
  for (ObjectId O : Candidates) {
    uint8_t &St = C.S.Objects[O];
    if (!St || C.S.isHeld(O, C.F))
      continue;
    if ((St & (ObjLive | ObjPending)) &&
        C.siteOfObject(O).Kind == SiteKind::Allocation) {
      LeakCause Why = (St & ObjLive) ? Cause : LeakCause::ReallocFailure;
      C.report(ViolationKind::Leak, O, Why, Owner);
      St = (St & ~(ObjLive | ObjPending)) | ObjEscaped;
    }
    if (!C.S.isHeld(O, C.F, /*CountTemporaries=*/true))
      C.S.eraseObject(O);
  }
}

void transferAcquire(TransferContext &C) { makeObject(C, C.Fc.Site, C.Fc.Dst); }

/// Release-time checks shared by free/delete and realloc.
void checkRelease(TransferContext &C, PlaceId Src, Family Fam) {
  for (ObjectId O : C.S.objectsOf(Src)) {
    const Site &St = C.siteOfObject(O);
    uint8_t State = C.S.Objects[O];
    if (St.Fam == Family::NonHeap) {
      C.report(ViolationKind::NonHeapDealloc, O);
      continue;
    }
    if (!C.S.pointsAtStart(Src, O)) {
      C.report(ViolationKind::InteriorDealloc, O);
      continue;
    }
    if (C.S.pointsInside(Src, O) || State == ObjNull)
      continue; // Maybe back at the start; or free(NULL).
    if (C.S.pointsToReleased(Src, O) || (State & ObjPending)) {
      C.report(ViolationKind::DoubleFree, O);
      continue;
    }
    if (St.Kind == SiteKind::Allocation && Fam != Family::Unknown &&
        St.Fam != Fam)
      C.report(ViolationKind::MismatchedDealloc, O);
  }
}

/// Whether releasing through Src certainly releases O. It does when Src
/// points to O alone, and also when at most one place holds O: every object
/// that exists on a path is held by something there, so on the paths where
/// O exists that place is what Src was read from.
bool releasesCertainly(TransferContext &C, ObjectId O, size_t NumTargets) {
  if (NumTargets == 1)
    return true;
  unsigned Holders = 0;
  for (PlaceId P = 0; P < C.F.Places.size(); ++P)
    if (C.F.Places[P].Kind != PlaceKind::Temporary && C.S.pointsTo(P, O))
      ++Holders;
  return Holders <= 1;
}

void transferRelease(TransferContext &C) {
  checkRelease(C, C.Fc.Src, C.Fc.Fam);
  // Stack and literal targets were reported above; they do not make the
  // release of the heap object uncertain.
  llvm::SmallVector<ObjectId, 4> Objs;
  for (ObjectId O : C.S.objectsOf(C.Fc.Src))
    if (C.siteOfObject(O).Kind == SiteKind::Allocation ||
        C.siteOfObject(O).Kind == SiteKind::Opaque)
      Objs.push_back(O);
  for (ObjectId O : Objs) {
    uint8_t &St = C.S.Objects[O];
    if (St == ObjNull)
      continue; // free(NULL), delete nullptr: nothing happens.
    bool Certain = releasesCertainly(C, O, Objs.size());
    if (Certain) {
      St = (St & ObjNull) | ObjReleased;
      C.S.Releases[O] = {C.Fc.Id};
    } else {
      St |= ObjReleased;
      if (!llvm::is_contained(C.S.Releases[O], C.Fc.Id))
        C.S.Releases[O].push_back(C.Fc.Id);
    }
    C.S.markReleased(O, Certain);
    C.S.PendingOn[O] = NoId;
  }
}

void transferReallocate(TransferContext &C) {
  checkRelease(C, C.Fc.Src, Family::Malloc);
  auto Old = C.S.objectsOf(C.Fc.Src);
  makeObject(C, C.Fc.Site, C.Fc.Dst);
  ObjectId New = recentObject(C.Fc.Site);
  for (ObjectId &O : Old) {
    if (O == New) // realloc of the previous iteration's result, now aged.
      O = olderObject(C.Fc.Site);
    uint8_t &St = C.S.Objects[O];
    SiteKind K = C.siteOfObject(O).Kind;
    if (!(St & (ObjLive | ObjEscaped)) ||
        (K != SiteKind::Allocation && K != SiteKind::Opaque))
      continue;
    St = (St & ~(ObjLive | ObjEscaped)) | ObjPending;
    C.S.PendingOn[O] = New;
    C.S.PendingFact[O] = C.Fc.Id;
  }
}

void transferAlias(TransferContext &C) {
  C.S.PointsTo.copyRow(C.Fc.Dst, C.Fc.Src);
}

void transferAssign(TransferContext &C) {
  auto Old = C.S.objectsOf(C.Fc.Dst);
  C.S.PointsTo.copyRow(C.Fc.Dst, C.Fc.Src);
  checkLost(C, Old, LeakCause::Overwrite, C.Fc.Dst);
}

void transferSetNull(TransferContext &C) {
  C.S.PointsTo.clearRow(C.Fc.Dst);
  C.S.PointsTo.set(C.Fc.Dst, NullTarget);
}

void transferOffset(TransferContext &C) {
  bool KeepStart = C.Fc.Offset == OffsetKind::Unknown;
  llvm::SmallVector<unsigned, 8> Targets;
  C.S.PointsTo.forEach(C.Fc.Src, [&](unsigned T) { Targets.push_back(T); });
  C.S.PointsTo.clearRow(C.Fc.Dst);
  for (unsigned T : Targets) {
    if (T == NullTarget) {
      C.S.PointsTo.set(C.Fc.Dst, NullTarget);
      continue;
    }
    ObjectId O = objectOfTarget(T);
    bool Released = isReleasedTarget(T);
    C.S.PointsTo.set(C.Fc.Dst, targetOf(O, true, Released));
    if (KeepStart)
      C.S.PointsTo.set(C.Fc.Dst, targetOf(O, false, Released));
  }
}

void transferEscape(TransferContext &C) {
  for (ObjectId O : C.S.objectsOf(C.Fc.Src)) {
    uint8_t &St = C.S.Objects[O];
    if (St & (ObjLive | ObjPending))
      St = (St & ~(ObjLive | ObjPending)) | ObjEscaped;
  }
}

void transferUse(TransferContext &C) {
  for (ObjectId O : C.S.objectsOf(C.Fc.Src))
    if (C.S.pointsToReleased(C.Fc.Src, O) || (C.S.Objects[O] & ObjPending))
      C.report(ViolationKind::UseAfterFree, O);
}

void transferHavoc(TransferContext &C) {
  auto Old = C.S.objectsOf(C.Fc.Dst);
  C.S.PointsTo.clearRow(C.Fc.Dst);
  checkLost(C, Old, LeakCause::Overwrite, C.Fc.Dst);
}

/// Kills \p Dying places and reports what only they held.
template <typename Pred>
void endPlaces(TransferContext &C, Pred Dies, LeakCause Cause) {
  // Each object with the place that owned it, for the message.
  llvm::SmallVector<std::pair<ObjectId, PlaceId>, 8> Candidates;
  for (PlaceId P = 0; P < C.F.Places.size(); ++P) {
    if (!Dies(P))
      continue;
    bool IsTemporary = C.F.Places[P].Kind == PlaceKind::Temporary;
    for (ObjectId O : C.S.objectsOf(P)) {
      auto *It = llvm::find_if(Candidates, [&](auto &E) { return E.first == O; });
      if (It == Candidates.end())
        Candidates.push_back({O, IsTemporary ? NoId : P});
      else if (It->second == NoId && !IsTemporary)
        It->second = P;
    }
    C.S.PointsTo.clearRow(P);
  }
  for (auto [O, Owner] : Candidates)
    checkLost(C, {O}, Cause, Owner);
}

void transferScopeEnd(TransferContext &C) {
  endMoves(C.Fc.Dst, C.S, C.F);
  endPlaces(C, [&](PlaceId P) { return isWithin(C.F, P, C.Fc.Dst); },
            LeakCause::ScopeEnd);
}

void transferFullExprEnd(TransferContext &C) {
  endPlaces(
      C, [&](PlaceId P) { return C.F.Places[P].Kind == PlaceKind::Temporary; },
      LeakCause::Discarded);
}

void transferFunctionExit(TransferContext &C) {
  // What the object's fields hold now belongs to the object.
  for (PlaceId P = 0; P < C.F.Places.size(); ++P)
    if (C.F.Places[P].OutlivesFunction)
      for (ObjectId O : C.S.objectsOf(P)) {
        uint8_t &St = C.S.Objects[O];
        if (St & (ObjLive | ObjPending))
          St = (St & ~(ObjLive | ObjPending)) | ObjEscaped;
      }
  endPlaces(C, [](PlaceId) { return true; }, LeakCause::ScopeEnd);
}

void transferConditionKill(TransferContext &C) {
  uint64_t Lits = conditionLiteral(C.Fc.Cond, true) |
                  conditionLiteral(C.Fc.Cond, false);
  C.S.KnownConditions &= ~Lits;
  for (uint64_t &G : C.S.Guards)
    G &= ~Lits;
}

} // namespace

void applyFact(const Fact &Fc, OwnershipState &S, const FunctionFacts &F,
               std::vector<Violation> *Sink) {
  if (!S.Reachable)
    return;
  TransferContext C{Fc, S, F, Sink};
  switch (Fc.Kind) {
  case FactKind::Acquire:
    return transferAcquire(C);
  case FactKind::Reallocate:
    return transferReallocate(C);
  case FactKind::Release:
    return transferRelease(C);
  case FactKind::Alias:
    return transferAlias(C);
  case FactKind::Assign:
    return transferAssign(C);
  case FactKind::SetNull:
    return transferSetNull(C);
  case FactKind::Offset:
    return transferOffset(C);
  case FactKind::Escape:
    return transferEscape(C);
  case FactKind::Use:
    return transferUse(C);
  case FactKind::Havoc:
    return transferHavoc(C);
  case FactKind::ScopeEnd:
    return transferScopeEnd(C);
  case FactKind::FullExprEnd:
    return transferFullExprEnd(C);
  case FactKind::FunctionExit:
    return transferFunctionExit(C);
  case FactKind::Unreachable:
    S.Reachable = false;
    return;
  case FactKind::ConditionKill:
    return transferConditionKill(C);
  case FactKind::Move:
    return transferMove(Fc, S, F);
  case FactKind::Reinit:
    return transferReinit(Fc, S, F);
  case FactKind::ValueUse:
    return transferValueUse(Fc, S, F, Sink);
  case FactKind::ConditionSet:
    transferConditionKill(C);
    S.KnownConditions |= conditionLiteral(Fc.Cond, Fc.Holds);
    return;
  }
}

} // namespace ownck
