//===-- Dataflow/Solver.cpp - Forward worklist solver ---------------------===//
//
// Iterates block transfer functions in reverse post-order until the block
// entry states stop changing, then replays every reachable block once with a
// violation sink. The lattice is finite, so no widening is needed.
//
//===----------------------------------------------------------------------===//
#include "ownck/Dataflow.h"
#include "llvm/ADT/DenseSet.h"
#include <queue>
#include <tuple>

namespace ownck {
namespace {

std::vector<unsigned> reversePostOrder(const FunctionFacts &F) {
  std::vector<unsigned> Post;
  std::vector<uint8_t> Seen(F.Blocks.size(), 0);
  std::vector<std::pair<unsigned, unsigned>> Stack{{F.Entry, 0}};
  Seen[F.Entry] = 1;
  while (!Stack.empty()) {
    auto &[B, Next] = Stack.back();
    if (Next < F.Blocks[B].Succs.size()) {
      unsigned S = F.Blocks[B].Succs[Next++].Target;
      if (!Seen[S]) {
        Seen[S] = 1;
        Stack.push_back({S, 0});
      }
      continue;
    }
    Post.push_back(B);
    Stack.pop_back();
  }
  return {Post.rbegin(), Post.rend()};
}

void transferBlock(const FactBlock &B, OwnershipState &S,
                   const FunctionFacts &F, std::vector<Violation> *Sink) {
  for (const Fact &Fc : B.Facts)
    applyFact(Fc, S, F, Sink);
}

} // namespace

bool addPartition(PartitionedState &Into, const OwnershipState &S,
                  unsigned Max) {
  if (!S.Reachable)
    return false;
  for (OwnershipState &P : Into)
    if (P.KnownConditions == S.KnownConditions) {
      OwnershipState Joined = P;
      Joined.join(S);
      if (Joined == P)
        return false;
      P = std::move(Joined);
      return true;
    }
  if (Into.size() < Max) {
    Into.push_back(S);
    return true;
  }
  OwnershipState All = S;
  for (const OwnershipState &P : Into)
    All.join(P);
  Into.assign(1, std::move(All));
  return true;
}

bool fitsBudget(const FunctionFacts &F, const DataflowOptions &Opts) {
  // Two objects per site, TargetsPerObject targets per object, and up to
  // MaxPartitions states per block.
  uint64_t StateBits =
      uint64_t(F.Places.size()) * (1 + 2 * TargetsPerObject * F.Sites.size());
  return StateBits <= Opts.MaxStateBits &&
         StateBits * F.Blocks.size() * Opts.MaxPartitions <= Opts.MaxTotalBits;
}

DataflowResult solve(const FunctionFacts &F, const DataflowOptions &Opts) {
  DataflowResult R;
  unsigned N = F.Blocks.size();
  R.BlockEntry.assign(N, {});
  if (N == 0)
    return R;
  OwnershipState Initial(F);
  Initial.Reachable = true;
  R.BlockEntry[F.Entry].push_back(std::move(Initial));

  std::vector<unsigned> Order = reversePostOrder(F);
  std::vector<unsigned> &Rank = R.Rank;
  Rank.assign(N, ~0u);
  for (unsigned I = 0; I < Order.size(); ++I)
    Rank[Order[I]] = I;

  std::priority_queue<unsigned, std::vector<unsigned>, std::greater<>> Work;
  std::vector<uint8_t> Queued(N, 0);
  std::vector<unsigned> Visits(N, 0);
  Work.push(Rank[F.Entry]);
  Queued[F.Entry] = 1;
  while (!Work.empty()) {
    unsigned B = Order[Work.top()];
    Work.pop();
    Queued[B] = 0;
    if (++Visits[B] > Opts.MaxBlockVisits)
      continue;
    PartitionedState In = R.BlockEntry[B];
    for (OwnershipState &S : In) {
      transferBlock(F.Blocks[B], S, F, nullptr);
      if (!S.Reachable)
        continue;
      for (const FactEdge &E : F.Blocks[B].Succs) {
        OwnershipState Out = S;
        if (!applyRefinements(E.Refinements, Out, F))
          continue;
        if (!addPartition(R.BlockEntry[E.Target], Out, Opts.MaxPartitions))
          continue;
        if (!Queued[E.Target]) {
          Queued[E.Target] = 1;
          Work.push(Rank[E.Target]);
        }
      }
    }
  }

  // Replay once with a sink; keep one violation per (kind, fact, object).
  llvm::DenseSet<std::tuple<unsigned, FactId, ObjectId>> Seen;
  std::vector<Violation> All;
  for (unsigned B : Order)
    for (OwnershipState S : R.BlockEntry[B])
      transferBlock(F.Blocks[B], S, F, &All);
  // Uses after move are merged by the findings stage, which names every
  // move that reaches the use, from whichever partition.
  for (Violation &V : All)
    if (V.Kind == ViolationKind::UseAfterMove ||
        V.Kind == ViolationKind::ReinitReachesUse ||
        Seen.insert({unsigned(V.Kind), V.At, V.Object}).second)
      R.Violations.push_back(std::move(V));
  return R;
}

} // namespace ownck
