//===-- unit/MoveTest.cpp - Moved-from state on hand-written facts ------===//
//
// The moved-from marks of the lattice: Rust's "may" rule across joins and
// loops, re-initialisation on every path or some, fields that share their
// parent's state, and what summaries read off them.
//
//===----------------------------------------------------------------------===//
#include "FactBuilder.h"
#include "Summary/SummaryInference.h"
#include "gtest/gtest.h"

using namespace ownck;
using namespace ownck::test;

namespace {

// s moved; s used.
TEST(MoveTest, UseAfterMoveNamesTheMove) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId S = B.var("s");
  unsigned B0 = B.block();
  B.move(B0, S);
  B.valueUse(B0, S);
  DataflowResult R = B.solve();
  ASSERT_EQ(count(R, ViolationKind::UseAfterMove), 1u);
  ASSERT_EQ(R.Violations[0].Releases.size(), 1u);
  EXPECT_EQ(R.Violations[0].Releases[0], F.Blocks[0].Facts[0].Id);
  EXPECT_EQ(R.Violations[0].Owner, S);
}

// if (c) move(s); use(s);  -- moved on one path is enough.
TEST(MoveTest, MovedOnOneBranchIsMovedAfterTheJoin) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId S = B.var("s");
  unsigned B0 = B.block(), Then = B.block(), End = B.block();
  B.edge(B0, Then);
  B.edge(B0, End);
  B.move(Then, S);
  B.edge(Then, End);
  B.valueUse(End, S);
  DataflowResult R = B.solve();
  EXPECT_EQ(count(R, ViolationKind::UseAfterMove), 1u);
}

// move(s); if (c) s = ...; use(s);  -- the re-initialising path is noted.
TEST(MoveTest, ReinitOnSomePathsIsNoted) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId S = B.var("s");
  unsigned B0 = B.block(), Then = B.block(), End = B.block();
  B.move(B0, S);
  B.edge(B0, Then);
  B.edge(B0, End);
  B.reinit(Then, S);
  B.edge(Then, End);
  B.valueUse(End, S);
  DataflowResult R = B.solve();
  ASSERT_EQ(count(R, ViolationKind::UseAfterMove), 1u);
  ASSERT_EQ(R.Violations[0].Reinits.size(), 1u);
  EXPECT_EQ(R.Violations[0].Reinits[0], F.Blocks[Then].Facts[0].Id);
}

// move(s); s = ...; use(s);
TEST(MoveTest, ReinitOnEveryPathClears) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId S = B.var("s");
  unsigned B0 = B.block();
  B.move(B0, S);
  B.reinit(B0, S);
  B.valueUse(B0, S);
  EXPECT_EQ(count(B.solve(), ViolationKind::UseAfterMove), 0u);
}

// loop { use(s); move(s); }  -- the use meets the previous iteration's move.
TEST(MoveTest, MoveInLoopReachesTheNextIteration) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId S = B.var("s");
  unsigned B0 = B.block(), Body = B.block(), Exit = B.block();
  B.edge(B0, Body);
  B.valueUse(Body, S);
  B.move(Body, S);
  B.edge(Body, Body);
  B.edge(Body, Exit);
  EXPECT_EQ(count(B.solve(), ViolationKind::UseAfterMove), 1u);
}

// move(c.name); use(c.id) is fine; copy(c) is not; use(c.name) is not.
TEST(MoveTest, FieldsShareTheirParentsState) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId C = B.var("c"), Name = B.field(C, "c.name"), Id = B.field(C, "c.id");
  unsigned B0 = B.block();
  B.move(B0, Name);
  B.valueUse(B0, Id);
  B.valueUse(B0, C, /*Whole=*/false); // c.email: a part of c
  EXPECT_EQ(count(B.solve(), ViolationKind::UseAfterMove), 0u);
  B.valueUse(B0, C);    // copy(c): all of it
  B.valueUse(B0, Name); // c.name
  EXPECT_EQ(count(B.solve(), ViolationKind::UseAfterMove), 2u);
}

// move(c); c.name = ...; use(c.name) is fine; use(c) is not.
TEST(MoveTest, WritingAFieldRestoresOnlyThatField) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId C = B.var("c"), Name = B.field(C, "c.name");
  unsigned B0 = B.block();
  B.move(B0, C);
  B.reinit(B0, Name);
  B.valueUse(B0, Name);
  EXPECT_EQ(count(B.solve(), ViolationKind::UseAfterMove), 0u);
  B.valueUse(B0, C);
  EXPECT_EQ(count(B.solve(), ViolationKind::UseAfterMove), 1u);
}

// if (p) { ... } on an object whose moved-from state is empty: the edge
// where it holds a value did not come through the move.
TEST(MoveTest, HasValueRefinementClearsTheMove) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId P = B.var("p");
  unsigned B0 = B.block(), Then = B.block(), End = B.block();
  B.move(B0, P);
  B.edge(B0, Then, {{Refinement::ObjectHasValue, P}});
  B.edge(B0, End);
  B.valueUse(Then, P);
  B.edge(Then, End);
  EXPECT_EQ(count(B.solve(), ViolationKind::UseAfterMove), 0u);
}

// The join of two states is the union of their marks.
TEST(MoveTest, JoinUnitesMarks) {
  FunctionFacts F;
  FactBuilder B(F);
  B.var("a");
  B.var("b");
  OwnershipState X(F), Y(F);
  X.Reachable = Y.Reachable = true;
  X.Moved = {{0, 1}};
  Y.Moved = {{0, 2}, {1, 3}};
  X.join(Y);
  ASSERT_EQ(X.Moved.size(), 3u);
  EXPECT_EQ(X.Moved[0].At, 1u);
  EXPECT_EQ(X.Moved[1].At, 2u);
  EXPECT_EQ(X.Moved[2].Place, 1u);
  X.join(Y);
  EXPECT_EQ(X.Moved.size(), 3u); // Idempotent.
}

/// bool tryPush(T &&job) { if (full) return false; take(job); return true; }
struct ConditionalConsumer {
  FunctionFacts F;
  FactBuilder B{F};
  PlaceId Job = B.var("job");
  unsigned Entry = B.block(), Full = B.block(), Push = B.block();
  ConditionalConsumer() {
    F.ParamSites = {NoId};
    F.ParamObjects = {Job};
    B.edge(Entry, Full);
    B.edge(Entry, Push);
    B.add(Full, FactKind::FunctionExit).Returns = Fact::ReturnsFalse;
    B.move(Push, Job);
  }
  FunctionSummary summary() {
    DataflowResult R = B.solve();
    return inferSummary(F, R);
  }
};

TEST(MoveTest, SummaryConsumesOnlyWhenTrue) {
  ConditionalConsumer T;
  T.B.add(T.Push, FactKind::FunctionExit).Returns = Fact::ReturnsTrue;
  FunctionSummary S = T.summary();
  ASSERT_EQ(S.Params.size(), 1u);
  EXPECT_TRUE(S.Params[0].Consumes);
  EXPECT_TRUE(S.Params[0].ConsumesOnlyWhenTrue);
}

TEST(MoveTest, SummaryConsumesOnAnyReturn) {
  ConditionalConsumer T;
  T.B.add(T.Push, FactKind::FunctionExit); // returns something unknown
  FunctionSummary S = T.summary();
  EXPECT_TRUE(S.Params[0].Consumes);
  EXPECT_FALSE(S.Params[0].ConsumesOnlyWhenTrue);
}

TEST(MoveTest, SummaryOfAReaderConsumesNothing) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId Job = B.var("job");
  F.ParamSites = {NoId};
  F.ParamObjects = {Job};
  unsigned B0 = B.block();
  B.valueUse(B0, Job);
  B.add(B0, FactKind::FunctionExit);
  DataflowResult R = B.solve();
  FunctionSummary S = inferSummary(F, R);
  EXPECT_FALSE(S.Params[0].Consumes);
}

} // namespace
