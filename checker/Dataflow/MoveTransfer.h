//===-- Dataflow/MoveTransfer.h - Moves, re-inits, value uses --*- C++ -*-===//
//
// The transfer functions of the moved-from state, kept apart from the
// pointer facts in Transfer.cpp: a move marks a place, a re-initialisation
// clears it, and a use of a place that may be marked is a violation.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_DATAFLOW_MOVETRANSFER_H
#define OWNCK_DATAFLOW_MOVETRANSFER_H

#include "ownck/Dataflow.h"

namespace ownck {

void transferMove(const Fact &Fc, OwnershipState &S, const FunctionFacts &F);
void transferReinit(const Fact &Fc, OwnershipState &S, const FunctionFacts &F);
void transferValueUse(const Fact &Fc, const OwnershipState &S,
                      const FunctionFacts &F, std::vector<Violation> *Sink);
/// Place \p Root and its fields die: their moved-from marks go with them.
void endMoves(PlaceId Root, OwnershipState &S, const FunctionFacts &F);

/// Whether \p P is \p Root or one of its fields.
bool isWithin(const FunctionFacts &F, PlaceId P, PlaceId Root);

} // namespace ownck

#endif // OWNCK_DATAFLOW_MOVETRANSFER_H
