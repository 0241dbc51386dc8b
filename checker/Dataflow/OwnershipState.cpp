//===-- Dataflow/OwnershipState.cpp - The lattice value --------------------===//
//
// Join, equality and dump of OwnershipState. Every component is a finite set
// joined by union (or intersection, for knowledge that must hold on all
// paths), so the solver terminates without widening.
//
//===----------------------------------------------------------------------===//
#include "ownck/Dataflow.h"
#include "llvm/Support/Format.h"
#include <algorithm>

namespace ownck {

void PointsToMatrix::clearRow(unsigned R) {
  std::fill_n(Words.begin() + R * WordsPerRow, WordsPerRow, 0);
}

void PointsToMatrix::copyRow(unsigned Dst, unsigned Src) {
  if (Dst != Src)
    std::copy_n(Words.begin() + Src * WordsPerRow, WordsPerRow,
                Words.begin() + Dst * WordsPerRow);
}

bool PointsToMatrix::rowEmpty(unsigned R) const {
  for (unsigned W = 0; W < WordsPerRow; ++W)
    if (Words[R * WordsPerRow + W])
      return false;
  return true;
}

void PointsToMatrix::joinWith(const PointsToMatrix &O) {
  for (size_t I = 0; I < Words.size(); ++I)
    Words[I] |= O.Words[I];
}

OwnershipState::OwnershipState(const FunctionFacts &F)
    : PointsTo(F.Places.size(), 1 + 2 * TargetsPerObject * F.Sites.size()),
      Objects(2 * F.Sites.size(), 0), Guards(2 * F.Sites.size(), 0),
      Releases(2 * F.Sites.size()), PendingOn(2 * F.Sites.size(), NoId),
      PendingFact(2 * F.Sites.size(), NoId) {}

llvm::SmallVector<ObjectId, 4> OwnershipState::objectsOf(PlaceId P) const {
  llvm::SmallVector<ObjectId, 4> Out;
  PointsTo.forEach(P, [&](unsigned T) {
    if (T == NullTarget)
      return;
    ObjectId O = objectOfTarget(T);
    if (Out.empty() || Out.back() != O)
      Out.push_back(O);
  });
  return Out;
}

bool OwnershipState::pointsTo(PlaceId P, ObjectId O) const {
  return pointsAtStart(P, O) || pointsInside(P, O);
}

bool OwnershipState::pointsInside(PlaceId P, ObjectId O) const {
  return PointsTo.test(P, targetOf(O, true, false)) ||
         PointsTo.test(P, targetOf(O, true, true));
}

bool OwnershipState::pointsAtStart(PlaceId P, ObjectId O) const {
  return PointsTo.test(P, targetOf(O, false, false)) ||
         PointsTo.test(P, targetOf(O, false, true));
}

bool OwnershipState::pointsToReleased(PlaceId P, ObjectId O) const {
  return PointsTo.test(P, targetOf(O, false, true)) ||
         PointsTo.test(P, targetOf(O, true, true));
}

void OwnershipState::forget(PlaceId P, ObjectId O) {
  for (unsigned K = 0; K < TargetsPerObject; ++K)
    PointsTo.reset(P, startTarget(O) + K);
}

void OwnershipState::markReleased(ObjectId O, bool Certain) {
  for (PlaceId P = 0; P < PointsTo.rows(); ++P)
    for (bool Inside : {false, true}) {
      if (!PointsTo.test(P, targetOf(O, Inside, false)))
        continue;
      PointsTo.set(P, targetOf(O, Inside, true));
      if (Certain)
        PointsTo.reset(P, targetOf(O, Inside, false));
    }
}

bool OwnershipState::isHeld(ObjectId O, const FunctionFacts &F,
                            bool CountTemporaries) const {
  for (PlaceId P = 0; P < F.Places.size(); ++P)
    if ((CountTemporaries || F.Places[P].Kind != PlaceKind::Temporary) &&
        pointsTo(P, O))
      return true;
  return false;
}

void OwnershipState::eraseObject(ObjectId O) {
  Objects[O] = 0;
  Guards[O] = 0;
  Releases[O].clear();
  PendingOn[O] = NoId;
  PendingFact[O] = NoId;
  for (PlaceId P = 0; P < PointsTo.rows(); ++P)
    forget(P, O);
}

static void joinMarks(std::vector<MoveMark> &Dst,
                      const std::vector<MoveMark> &Src) {
  if (Src.empty())
    return;
  std::vector<MoveMark> Out;
  Out.reserve(Dst.size() + Src.size());
  std::set_union(Dst.begin(), Dst.end(), Src.begin(), Src.end(),
                 std::back_inserter(Out));
  Dst = std::move(Out);
}

void OwnershipState::join(const OwnershipState &O) {
  if (!O.Reachable)
    return;
  if (!Reachable) {
    *this = O;
    return;
  }
  PointsTo.joinWith(O.PointsTo);
  for (ObjectId I = 0; I < Objects.size(); ++I) {
    // An object absent on one side exists only under the other's guard.
    if (!Objects[I])
      Guards[I] = O.Guards[I];
    else if (O.Objects[I])
      Guards[I] &= O.Guards[I];
    Objects[I] |= O.Objects[I];
    unionInto(Releases[I], O.Releases[I]);
    if (PendingOn[I] == NoId) {
      PendingOn[I] = O.PendingOn[I];
      PendingFact[I] = O.PendingFact[I];
    }
  }
  KnownConditions &= O.KnownConditions;
  joinMarks(Moved, O.Moved);
  joinMarks(Reinited, O.Reinited);
}

bool OwnershipState::operator==(const OwnershipState &O) const {
  if (Reachable != O.Reachable)
    return false;
  if (!Reachable)
    return true;
  return KnownConditions == O.KnownConditions && Objects == O.Objects &&
         Guards == O.Guards && PendingOn == O.PendingOn &&
         Releases == O.Releases && PointsTo == O.PointsTo &&
         Moved == O.Moved && Reinited == O.Reinited;
}

static void dumpObjectState(llvm::raw_ostream &OS, uint8_t Bits) {
  static const char *Names[] = {"null", "live", "released", "escaped",
                                "pending"};
  OS << "{";
  bool First = true;
  for (unsigned B = 0; B < 5; ++B)
    if (Bits & (1 << B)) {
      OS << (First ? "" : ",") << Names[B];
      First = false;
    }
  OS << "}";
}

void OwnershipState::dump(llvm::raw_ostream &OS,
                          const FunctionFacts &F) const {
  if (!Reachable) {
    OS << "    unreachable\n";
    return;
  }
  for (ObjectId O = 0; O < Objects.size(); ++O) {
    if (!Objects[O])
      continue;
    OS << "    object " << siteOf(O) << (isOlderObject(O) ? "'" : "") << " ";
    dumpObjectState(OS, Objects[O]);
    if (Guards[O])
      OS << " guard=" << llvm::format_hex(Guards[O], 4);
    OS << "\n";
  }
  for (PlaceId P = 0; P < F.Places.size(); ++P) {
    if (F.Places[P].Kind == PlaceKind::Temporary || PointsTo.rowEmpty(P))
      continue;
    OS << "    " << F.Places[P].Name << " ->";
    PointsTo.forEach(P, [&](unsigned T) {
      if (T == NullTarget) {
        OS << " null";
        return;
      }
      ObjectId O = objectOfTarget(T);
      OS << " " << siteOf(O) << (isOlderObject(O) ? "'" : "")
         << (isInsideTarget(T) ? "+" : "") << (isReleasedTarget(T) ? "~" : "");
    });
    OS << "\n";
  }
  for (const MoveMark &M : Moved)
    OS << "    " << F.Places[M.Place].Name << " moved by fact " << M.At
       << "\n";
  for (const MoveMark &M : Reinited)
    OS << "    " << F.Places[M.Place].Name << " re-initialised by fact "
       << M.At << "\n";
}

} // namespace ownck
