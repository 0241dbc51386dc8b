//===-- Dataflow/Refinement.cpp - What a branch edge teaches ---------------===//
//
// Branch refinement: on the edges of `if (p)`, `p == nullptr`, ... drop the
// possibilities the edge rules out; on the edges of a tracked condition,
// remember its value and forget objects that only exist when it had the
// other value. This is what keeps correlated branches and ternaries quiet.
//
//===----------------------------------------------------------------------===//
#include "Dataflow/MoveTransfer.h"

namespace ownck {
namespace {

/// realloc's result is known: the objects that waited on it are released
/// (it succeeded) or owned again (it failed).
void settlePending(OwnershipState &S, const FunctionFacts &F, ObjectId Result,
                  bool Succeeded) {
  for (ObjectId O = 0; O < S.numObjects(); ++O) {
    if (S.PendingOn[O] != Result || !(S.Objects[O] & ObjPending))
      continue;
    S.Objects[O] &= ~ObjPending;
    if (Succeeded) {
      S.Objects[O] |= ObjReleased;
      S.Releases[O] = {S.PendingFact[O]};
      S.markReleased(O, /*Certain=*/true);
    } else {
      // Back with its owner: ours if we allocated it, else the caller's.
      S.Objects[O] |= F.Sites[siteOf(O)].Kind == SiteKind::Allocation
                          ? ObjLive
                          : ObjEscaped;
    }
    S.PendingOn[O] = NoId;
  }
}

bool refineIsNull(OwnershipState &S, PlaceId P, const FunctionFacts &F) {
  if (S.PointsTo.rowEmpty(P))
    return true; // Nothing known about P.
  bool HadNull = S.mayBeNull(P);
  for (ObjectId O : S.objectsOf(P)) {
    if (S.Objects[O] & ObjNull)
      continue;
    // P cannot point to an object that is never null.
    S.forget(P, O);
    // Held by no one else, it was never made on this path: the join that
    // brought it here merged a path on which P was null instead.
    if (!S.isHeld(O, F))
      S.eraseObject(O);
  }
  auto Left = S.objectsOf(P);
  if (Left.empty())
    return HadNull;
  if (Left.size() == 1 && !HadNull) {
    S.Objects[Left[0]] = ObjNull;
    settlePending(S, F, Left[0], /*Succeeded=*/false);
  }
  return true;
}

bool refineIsNonNull(OwnershipState &S, PlaceId P, const FunctionFacts &F) {
  if (S.PointsTo.rowEmpty(P))
    return true;
  S.PointsTo.reset(P, NullTarget);
  auto Left = S.objectsOf(P);
  if (Left.empty())
    return false; // P was certainly null.
  if (Left.size() == 1) {
    uint8_t &St = S.Objects[Left[0]];
    St &= ~ObjNull;
    if (!St)
      return false;
    settlePending(S, F, Left[0], /*Succeeded=*/true);
  }
  return true;
}

/// `p == buf`: p points to buf's object on the true edge. Objects p no
/// longer points to and nobody else holds were never made on this path.
bool refineIsSite(OwnershipState &S, PlaceId P, SiteId Site,
                  const FunctionFacts &F) {
  if (S.PointsTo.rowEmpty(P))
    return true;
  bool Found = false;
  for (ObjectId O : S.objectsOf(P)) {
    if (siteOf(O) == Site) {
      Found = true;
      continue;
    }
    S.forget(P, O);
    if (!S.isHeld(O, F))
      S.eraseObject(O);
  }
  S.PointsTo.reset(P, NullTarget);
  return Found;
}

bool refineIsNotSite(OwnershipState &S, PlaceId P, SiteId Site) {
  if (S.PointsTo.rowEmpty(P))
    return true;
  for (ObjectId O : {recentObject(Site), olderObject(Site)}) {
    S.forget(P, O);
  }
  return !S.PointsTo.rowEmpty(P);
}

bool refineCondition(OwnershipState &S, ConditionId C, bool Holds) {
  uint64_t Lit = conditionLiteral(C, Holds), Neg = conditionLiteral(C, !Holds);
  if (S.KnownConditions & Neg)
    return false;
  S.KnownConditions |= Lit;
  for (ObjectId O = 0; O < S.numObjects(); ++O)
    if (S.Objects[O] && (S.Guards[O] & Neg))
      S.eraseObject(O);
  return true;
}

} // namespace

bool applyRefinements(llvm::ArrayRef<Refinement> Rs, OwnershipState &S,
                      const FunctionFacts &F) {
  for (const Refinement &R : Rs) {
    bool Feasible = true;
    switch (R.Kind) {
    case Refinement::PlaceIsNull:
      Feasible = refineIsNull(S, R.Target, F);
      break;
    case Refinement::PlaceIsNonNull:
      Feasible = refineIsNonNull(S, R.Target, F);
      break;
    case Refinement::ConditionHolds:
      Feasible = refineCondition(S, R.Target, true);
      break;
    case Refinement::ConditionFails:
      Feasible = refineCondition(S, R.Target, false);
      break;
    case Refinement::PlaceIsSite:
      Feasible = refineIsSite(S, R.Target, R.Site, F);
      break;
    case Refinement::PlaceIsNotSite:
      Feasible = refineIsNotSite(S, R.Target, R.Site);
      break;
    case Refinement::ObjectHasValue:
      endMoves(R.Target, S, F);
      break;
    }
    if (!Feasible)
      return false;
  }
  return true;
}

} // namespace ownck
