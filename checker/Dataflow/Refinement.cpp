//===-- Dataflow/Refinement.cpp - What a branch edge teaches ---------------===//
//
// Branch refinement: on the edges of `if (p)`, `p == nullptr`, ... drop the
// possibilities the edge rules out; on the edges of a tracked condition,
// remember its value and forget objects that only exist when it had the
// other value. This is what keeps correlated branches and ternaries quiet.
//
//===----------------------------------------------------------------------===//
#include "ownck/Dataflow.h"

namespace ownck {
namespace {

/// realloc's result is known: the objects that waited on it are released
/// (it succeeded) or owned again (it failed).
void settlePending(OwnershipState &S, ObjectId Result, bool Succeeded) {
  for (ObjectId O = 0; O < S.numObjects(); ++O) {
    if (S.PendingOn[O] != Result || !(S.Objects[O] & ObjPending))
      continue;
    S.Objects[O] &= ~ObjPending;
    if (Succeeded) {
      S.Objects[O] |= ObjReleased;
      S.Releases[O] = {S.PendingFact[O]};
    } else {
      S.Objects[O] |= ObjLive;
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
    S.PointsTo.reset(P, startTarget(O));
    S.PointsTo.reset(P, insideTarget(O));
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
    settlePending(S, Left[0], /*Succeeded=*/false);
  }
  return true;
}

bool refineIsNonNull(OwnershipState &S, PlaceId P) {
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
    settlePending(S, Left[0], /*Succeeded=*/true);
  }
  return true;
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
      Feasible = refineIsNonNull(S, R.Target);
      break;
    case Refinement::ConditionHolds:
      Feasible = refineCondition(S, R.Target, true);
      break;
    case Refinement::ConditionFails:
      Feasible = refineCondition(S, R.Target, false);
      break;
    }
    if (!Feasible)
      return false;
  }
  return true;
}

} // namespace ownck
