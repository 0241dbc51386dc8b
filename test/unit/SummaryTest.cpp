//===-- unit/SummaryTest.cpp - Summaries read off hand-written facts -------===//
#include "FactBuilder.h"
#include "Summary/SummaryInference.h"
#include "gtest/gtest.h"

using namespace ownck;
using namespace ownck::test;

namespace {

/// A function of one pointer parameter `p`, whose entry makes p point to
/// the caller's object.
struct OneParam {
  FunctionFacts F;
  FactBuilder B{F};
  PlaceId P = B.var("p");
  SiteId Param = B.site(SiteKind::Opaque, Family::Unknown, true, "p");
  unsigned Entry = B.block();
  OneParam() {
    F.ParamSites = {Param};
    B.acquire(Entry, P, Param);
  }
  FunctionSummary summary() {
    DataflowResult R = B.solve();
    return inferSummary(F, R);
  }
};

// void destroy(T *p) { free(p); }
TEST(SummaryTest, ReleasedOnEveryExit) {
  OneParam T;
  T.B.release(T.Entry, T.P, Family::Malloc);
  T.B.add(T.Entry, FactKind::FunctionExit);
  FunctionSummary S = T.summary();
  ASSERT_EQ(S.Params.size(), 1u);
  EXPECT_EQ(S.Params[0].Kind, ParamEffect::Releases);
  EXPECT_EQ(S.Params[0].Fam, Family::Malloc);
}

// void maybe(T *p, bool k) { if (k) free(p); }  -- not on every exit.
TEST(SummaryTest, ReleasedOnSomePathsIsAHandOff) {
  OneParam T;
  unsigned Then = T.B.block(), Exit = T.B.block();
  T.B.edge(T.Entry, Then);
  T.B.edge(T.Entry, Exit);
  T.B.release(Then, T.P, Family::Malloc);
  T.B.edge(Then, Exit);
  T.B.add(Exit, FactKind::FunctionExit);
  EXPECT_EQ(T.summary().Params[0].Kind, ParamEffect::Escapes);
}

// void show(T *p) { use(p); }
TEST(SummaryTest, OnlyUsedIsABorrow) {
  OneParam T;
  T.B.use(T.Entry, T.P);
  T.B.add(T.Entry, FactKind::FunctionExit);
  EXPECT_EQ(T.summary().Params[0].Kind, ParamEffect::Borrows);
}

// void keep(T *p) { global = p; }
TEST(SummaryTest, StoredIsAHandOff) {
  OneParam T;
  T.B.add(T.Entry, FactKind::Escape).Src = T.P;
  T.B.add(T.Entry, FactKind::FunctionExit);
  EXPECT_EQ(T.summary().Params[0].Kind, ParamEffect::Escapes);
}

// char *make() { char *q = malloc(n); return q; }
TEST(SummaryTest, ReturnsOwnedAllocation) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId Q = B.var("q"), Tmp = B.temp();
  SiteId S = B.site(SiteKind::Allocation, Family::Malloc, true, "malloc");
  unsigned B0 = B.block();
  B.acquire(B0, Tmp, S);
  B.assign(B0, Q, Tmp);
  Fact &Ret = B.add(B0, FactKind::Escape);
  Ret.Src = Q;
  Ret.Escape = EscapeKind::Return;
  B.add(B0, FactKind::FunctionExit);
  DataflowResult R = B.solve();
  FunctionSummary Sum = inferSummary(F, R);
  EXPECT_TRUE(Sum.ReturnsOwned);
  EXPECT_EQ(Sum.ReturnFamily, Family::Malloc);
  EXPECT_TRUE(Sum.ReturnMayBeNull);
}

} // namespace
