//===-- unit/SolverTest.cpp - The solver on hand-written fact lists --------===//
#include "FactBuilder.h"
#include "gtest/gtest.h"

using namespace ownck;
using namespace ownck::test;

namespace {

// p = new T; (scope ends)
TEST(SolverTest, LeakAtScopeEnd) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId P = B.var("p"), T = B.temp();
  SiteId S = B.site(SiteKind::Allocation, Family::New, false, "new");
  unsigned B0 = B.block();
  B.acquire(B0, T, S);
  B.assign(B0, P, T);
  B.add(B0, FactKind::FullExprEnd);
  B.scopeEnd(B0, P);
  DataflowResult R = B.solve();
  ASSERT_EQ(R.Violations.size(), 1u);
  EXPECT_EQ(R.Violations[0].Kind, ViolationKind::Leak);
  EXPECT_EQ(R.Violations[0].Cause, LeakCause::ScopeEnd);
  EXPECT_EQ(R.Violations[0].Owner, P);
}

// p = new T; delete p; delete p;
TEST(SolverTest, DoubleFreeNamesFirstRelease) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId P = B.var("p"), T = B.temp();
  SiteId S = B.site(SiteKind::Allocation, Family::New, false, "new");
  unsigned B0 = B.block();
  B.acquire(B0, T, S);
  B.assign(B0, P, T);
  B.release(B0, P, Family::New);
  B.release(B0, P, Family::New);
  B.scopeEnd(B0, P);
  DataflowResult R = B.solve();
  ASSERT_EQ(count(R, ViolationKind::DoubleFree), 1u);
  EXPECT_EQ(count(R, ViolationKind::Leak), 0u);
  const Violation &V = R.Violations[0];
  ASSERT_EQ(V.Releases.size(), 1u);
  EXPECT_EQ(V.Releases[0], F.Blocks[0].Facts[2].Id);
}

// p = malloc(); if (p) free(p);  -- no leak on the null edge.
TEST(SolverTest, NullRefinementRemovesLeakOnNullEdge) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId P = B.var("p"), T = B.temp();
  SiteId S = B.site(SiteKind::Allocation, Family::Malloc, true, "malloc");
  unsigned B0 = B.block(), Then = B.block(), End = B.block();
  B.acquire(B0, T, S);
  B.assign(B0, P, T);
  B.edge(B0, Then, {{Refinement::PlaceIsNonNull, P}});
  B.edge(B0, End, {{Refinement::PlaceIsNull, P}});
  B.release(Then, P, Family::Malloc);
  B.edge(Then, End);
  B.scopeEnd(End, P);
  DataflowResult R = B.solve();
  EXPECT_TRUE(R.Violations.empty());
}

// Without the test, the same function leaks on no path either: malloc's
// null result is not a leak, and the free releases the live object.
TEST(SolverTest, ReleasedOnOnePathLeaksOnTheOther) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId P = B.var("p"), T = B.temp();
  SiteId S = B.site(SiteKind::Allocation, Family::New, false, "new");
  unsigned B0 = B.block(), Then = B.block(), End = B.block();
  B.acquire(B0, T, S);
  B.assign(B0, P, T);
  B.edge(B0, Then);
  B.edge(B0, End);
  B.release(Then, P, Family::New);
  B.edge(Then, End);
  B.scopeEnd(End, P);
  DataflowResult R = B.solve();
  EXPECT_EQ(count(R, ViolationKind::Leak), 1u);
}

// loop { p = new T; }  -- the previous object leaks at the overwrite.
TEST(SolverTest, LoopReallocationLeaksPreviousObject) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId P = B.var("p"), T = B.temp();
  SiteId S = B.site(SiteKind::Allocation, Family::New, false, "new");
  unsigned B0 = B.block(), Body = B.block(), Exit = B.block();
  B.edge(B0, Body);
  B.acquire(Body, T, S);
  B.assign(Body, P, T);
  B.add(Body, FactKind::FullExprEnd);
  B.edge(Body, Body);
  B.edge(Body, Exit);
  B.add(Exit, FactKind::FunctionExit);
  DataflowResult R = B.solve();
  bool OlderLeak = false;
  for (const Violation &V : R.Violations)
    OlderLeak |= V.Kind == ViolationKind::Leak &&
                 V.Cause == LeakCause::Overwrite && isOlderObject(V.Object);
  EXPECT_TRUE(OlderLeak);
}

// delete p; use(p);
TEST(SolverTest, UseAfterRelease) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId P = B.var("p"), T = B.temp();
  SiteId S = B.site(SiteKind::Allocation, Family::New, false, "new");
  unsigned B0 = B.block();
  B.acquire(B0, T, S);
  B.assign(B0, P, T);
  B.release(B0, P, Family::New);
  B.use(B0, P);
  DataflowResult R = B.solve();
  EXPECT_EQ(count(R, ViolationKind::UseAfterFree), 1u);
}

// p = new T[]; free(p);
TEST(SolverTest, MismatchedFamily) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId P = B.var("p"), T = B.temp();
  SiteId S = B.site(SiteKind::Allocation, Family::NewArray, false, "new[]");
  unsigned B0 = B.block();
  B.acquire(B0, T, S);
  B.assign(B0, P, T);
  B.release(B0, P, Family::Malloc);
  DataflowResult R = B.solve();
  EXPECT_EQ(count(R, ViolationKind::MismatchedDealloc), 1u);
}

// if (c) p = malloc(); ... if (c) free(p);  -- the guard keeps it quiet.
TEST(SolverTest, CorrelatedConditionsDoNotLeak) {
  FunctionFacts F;
  F.NumConditions = 1;
  FactBuilder B(F);
  PlaceId P = B.var("p"), T = B.temp();
  SiteId S = B.site(SiteKind::Allocation, Family::Malloc, true, "malloc");
  unsigned B0 = B.block(), Alloc = B.block(), Mid = B.block(),
           Free = B.block(), End = B.block();
  B.edge(B0, Alloc, {{Refinement::ConditionHolds, 0}});
  B.edge(B0, Mid, {{Refinement::ConditionFails, 0}});
  B.acquire(Alloc, T, S);
  B.assign(Alloc, P, T);
  B.edge(Alloc, Mid);
  B.edge(Mid, Free, {{Refinement::ConditionHolds, 0}});
  B.edge(Mid, End, {{Refinement::ConditionFails, 0}});
  B.release(Free, P, Family::Malloc);
  B.edge(Free, End);
  B.scopeEnd(End, P);
  DataflowResult R = B.solve();
  EXPECT_TRUE(R.Violations.empty());
}

} // namespace
