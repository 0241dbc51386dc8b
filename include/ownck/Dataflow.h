//===-- ownck/Dataflow.h - Ownership lattice, solver, violations -*- C++ -*-===//
//
// The dataflow stage: a finite lattice of ownership states, a forward worklist
// solver over fact blocks, and the violations it finds. It reads only
// FunctionFacts, never the AST, so it is tested from fact lists alone.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_DATAFLOW_H
#define OWNCK_DATAFLOW_H

#include "ownck/Facts.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <algorithm>
#include <cstdint>
#include <tuple>
#include <vector>

namespace ownck {

/// What may be true of one abstract object on the paths reaching a point.
/// Each bit is one possibility; a join is a union.
enum ObjectStateBit : uint8_t {
  ObjNull = 1 << 0,     ///< The allocation failed: the pointer is null.
  ObjLive = 1 << 1,     ///< Allocated and still owned here.
  ObjReleased = 1 << 2, ///< Released.
  ObjEscaped = 1 << 3,  ///< Someone else owns it.
  ObjPending = 1 << 4,  ///< Passed to realloc: released unless it failed.
};

using ObjectId = uint32_t;
inline ObjectId recentObject(SiteId S) { return 2 * S; }
inline ObjectId olderObject(SiteId S) { return 2 * S + 1; }
inline SiteId siteOf(ObjectId O) { return O / 2; }
inline bool isOlderObject(ObjectId O) { return O % 2; }

/// A dense places-by-targets bit matrix. Target 0 is null; object O has
/// four: its start and its inside, each either as it is or "after release"
/// (the place points to O on a path where O was released). Keeping the
/// release in the place's own bits keeps it correlated with which object
/// the place points to on that path, across joins.
class PointsToMatrix {
public:
  PointsToMatrix() = default;
  PointsToMatrix(unsigned Rows, unsigned Cols)
      : Rows(Rows), Cols(Cols), WordsPerRow((Cols + 63) / 64),
        Words(Rows * WordsPerRow, 0) {}

  bool test(unsigned R, unsigned C) const {
    return Words[R * WordsPerRow + C / 64] >> (C % 64) & 1;
  }
  void set(unsigned R, unsigned C) {
    Words[R * WordsPerRow + C / 64] |= uint64_t(1) << (C % 64);
  }
  void reset(unsigned R, unsigned C) {
    Words[R * WordsPerRow + C / 64] &= ~(uint64_t(1) << (C % 64));
  }
  void clearRow(unsigned R);
  void copyRow(unsigned Dst, unsigned Src);
  bool rowEmpty(unsigned R) const;
  /// Calls F(Target) for each set target of row R.
  template <typename Fn> void forEach(unsigned R, Fn F) const {
    for (unsigned W = 0; W < WordsPerRow; ++W)
      for (uint64_t Bits = Words[R * WordsPerRow + W]; Bits; Bits &= Bits - 1)
        F(W * 64 + __builtin_ctzll(Bits));
  }
  void joinWith(const PointsToMatrix &O);
  bool operator==(const PointsToMatrix &O) const { return Words == O.Words; }
  unsigned rows() const { return Rows; }
  unsigned cols() const { return Cols; }

private:
  unsigned Rows = 0, Cols = 0, WordsPerRow = 0;
  std::vector<uint64_t> Words;
};

inline constexpr unsigned NullTarget = 0;
inline constexpr unsigned TargetsPerObject = 4;
inline unsigned targetOf(ObjectId O, bool Inside, bool Released) {
  return 1 + TargetsPerObject * O + (Inside ? 1 : 0) + (Released ? 2 : 0);
}
inline unsigned startTarget(ObjectId O) { return targetOf(O, false, false); }
inline unsigned insideTarget(ObjectId O) { return targetOf(O, true, false); }
inline ObjectId objectOfTarget(unsigned T) {
  return (T - 1) / TargetsPerObject;
}
inline bool isInsideTarget(unsigned T) { return T != 0 && ((T - 1) & 1); }
inline bool isReleasedTarget(unsigned T) { return T != 0 && ((T - 1) & 2); }

/// Adds the fact ids of \p Src missing from the sorted \p Dst, keeping it
/// sorted (releases, moves and re-initialisations joined from two paths).
inline void unionInto(llvm::SmallVectorImpl<FactId> &Dst,
                      llvm::ArrayRef<FactId> Src) {
  for (FactId Id : Src)
    if (!llvm::is_contained(Dst, Id))
      Dst.insert(llvm::upper_bound(Dst, Id), Id);
}

/// "Place P may have been moved from by Move fact At", or re-initialised by
/// Reinit fact At after a move, on some path reaching a point.
struct MoveMark {
  PlaceId Place;
  FactId At;
  /// Fields of Place given a new value since (`c.name = ...` after moving
  /// c), sorted: they are not moved-from.
  llvm::SmallVector<PlaceId, 1> Except;
  bool operator<(const MoveMark &O) const {
    if (Place != O.Place || At != O.At)
      return std::tie(Place, At) < std::tie(O.Place, O.At);
    return std::lexicographical_compare(Except.begin(), Except.end(),
                                        O.Except.begin(), O.Except.end());
  }
  /// Whether \p P lies in a field given a new value since the move.
  bool excepts(const FunctionFacts &F, PlaceId P) const;
  bool operator==(const MoveMark &O) const {
    return Place == O.Place && At == O.At && Except == O.Except;
  }
};

/// The lattice value at one program point.
class OwnershipState {
public:
  OwnershipState() = default;
  OwnershipState(const FunctionFacts &F);

  bool Reachable = false;
  PointsToMatrix PointsTo;
  std::vector<uint8_t> Objects;  ///< ObjectStateBit set per object.
  std::vector<uint64_t> Guards;  ///< Condition literals each object needs.
  std::vector<llvm::SmallVector<FactId, 2>> Releases; ///< Who released it.
  std::vector<ObjectId> PendingOn; ///< realloc result an object waits on.
  std::vector<FactId> PendingFact; ///< The realloc that took it.
  uint64_t KnownConditions = 0;    ///< Condition literals true on all paths.
  /// Moved-from places, sorted; most functions move nothing, so this is
  /// kept sparse rather than a bit per place.
  std::vector<MoveMark> Moved;
  /// Re-initialisations of places that were moved from on that path, for
  /// the note on a path that did not re-initialise.
  std::vector<MoveMark> Reinited;

  unsigned numObjects() const { return Objects.size(); }
  /// Objects the place may point to (start or inside), in order.
  llvm::SmallVector<ObjectId, 4> objectsOf(PlaceId P) const;
  /// Whether P may point to O at all, or into O other than at its start,
  /// or at its start, or to O after O was released.
  bool pointsTo(PlaceId P, ObjectId O) const;
  bool pointsInside(PlaceId P, ObjectId O) const;
  bool pointsAtStart(PlaceId P, ObjectId O) const;
  bool pointsToReleased(PlaceId P, ObjectId O) const;
  /// P no longer points to O.
  void forget(PlaceId P, ObjectId O);
  /// Every place pointing to O now points to it released; \p Certain drops
  /// the not-released possibility.
  void markReleased(ObjectId O, bool Certain);
  bool mayBeNull(PlaceId P) const { return PointsTo.test(P, NullTarget); }
  /// Whether any place (other than temporaries, unless asked) may point
  /// into O.
  bool isHeld(ObjectId O, const FunctionFacts &F,
              bool CountTemporaries = false) const;
  /// Forgets O on this path: it was never created here.
  void eraseObject(ObjectId O);

  void join(const OwnershipState &O);
  bool operator==(const OwnershipState &O) const;
  void dump(llvm::raw_ostream &OS, const FunctionFacts &F) const;
};

/// Bits of a condition literal: bit 2*C is "C holds", 2*C+1 "C fails".
inline uint64_t conditionLiteral(ConditionId C, bool Holds) {
  return C < 32 ? uint64_t(1) << (2 * C + (Holds ? 0 : 1)) : 0;
}

enum class ViolationKind : uint8_t {
  Leak,
  DoubleFree,
  UseAfterFree,
  MismatchedDealloc,
  NonHeapDealloc,
  InteriorDealloc,
  UseAfterMove,
  /// Not a violation: a re-initialised value reaches a use, on a path the
  /// solver keeps apart from one where it is moved-from. The findings stage
  /// words it into that use's note.
  ReinitReachesUse,
};

/// Why the last owner of a leaked object let go of it.
enum class LeakCause : uint8_t {
  ScopeEnd,       ///< The owner went out of scope (Fact is a ScopeEnd/Exit).
  Overwrite,      ///< The owner was assigned (Fact is an Assign).
  Discarded,      ///< The value was never stored (Fact is a FullExprEnd).
  ReallocFailure, ///< realloc's result replaced the only owner.
};

/// One rule broken at one fact. The findings stage words it.
struct Violation {
  ViolationKind Kind;
  FactId At;      ///< The fact where it shows.
  ObjectId Object;
  LeakCause Cause = LeakCause::ScopeEnd;
  PlaceId Owner = NoId; ///< For leaks: the last owner.
  llvm::SmallVector<FactId, 2> Releases; ///< Earlier releases (or moves).
  llvm::SmallVector<FactId, 1> Reinits;  ///< Re-inits on other paths.
};

/// The states reaching one point, kept apart by what they know of the
/// tracked conditions (trace partitioning): paths that took `if (done)`
/// and paths that did not are not merged while `done` is unchanged, so a
/// later `if (!done)` sees each as it was.
using PartitionedState = llvm::SmallVector<OwnershipState, 1>;

struct DataflowResult {
  /// The partitions at each block's entry (empty when unreachable).
  std::vector<PartitionedState> BlockEntry;
  /// Each block's place in reverse post-order (~0u when unreachable): an
  /// event in a block of lower or equal rank came first in an iteration.
  std::vector<unsigned> Rank;
  std::vector<Violation> Violations;      ///< In block order, deduplicated.
};

/// Options of the dataflow itself (none yet affect it; modes are decided by
/// the lowering, which chooses between borrow and escape).
struct DataflowOptions {
  unsigned MaxBlockVisits = 64; ///< Per block; a safety net, never reached
                                ///< on a finite lattice of this height.
  /// Budget of one state and of all block states, in points-to bits: a
  /// generated function of thousands of statements is skipped rather than
  /// let memory grow with the square of its size.
  uint64_t MaxStateBits = uint64_t(1) << 24;
  uint64_t MaxTotalBits = uint64_t(1) << 33;
  /// Partitions per block before they are merged into one.
  unsigned MaxPartitions = 8;
};

/// Whether the analysis of \p F fits in \p Opts' memory budget.
bool fitsBudget(const FunctionFacts &F, const DataflowOptions &Opts = {});

/// Adds \p S to the partitions \p Into: joined with the partition that knows
/// the same conditions, else kept apart, unless there are already \p Max
/// (then all merge into one). Returns whether \p Into changed.
bool addPartition(PartitionedState &Into, const OwnershipState &S,
                  unsigned Max);

/// Applies one fact. \p Sink, when set, receives the violations it shows.
void applyFact(const Fact &Fc, OwnershipState &S, const FunctionFacts &F,
               std::vector<Violation> *Sink);
/// Applies an edge's refinements; returns false when the edge is infeasible.
bool applyRefinements(llvm::ArrayRef<Refinement> Rs, OwnershipState &S,
                      const FunctionFacts &F);

/// Runs the forward analysis to a fixpoint, then collects violations.
DataflowResult solve(const FunctionFacts &F, const DataflowOptions &Opts = {});

} // namespace ownck

#endif // OWNCK_DATAFLOW_H
