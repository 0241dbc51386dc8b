//===-- unit/LatticeTest.cpp - OwnershipState join and equality ------------===//
#include "FactBuilder.h"
#include "gtest/gtest.h"

using namespace ownck;
using namespace ownck::test;

namespace {

TEST(LatticeTest, JoinIsUnionOfPossibilities) {
  FunctionFacts F;
  FactBuilder B(F);
  PlaceId P = B.var("p");
  B.site(SiteKind::Allocation, Family::Malloc, true, "malloc");
  OwnershipState A(F), C(F);
  A.Reachable = C.Reachable = true;
  A.Objects[recentObject(0)] = ObjLive;
  C.Objects[recentObject(0)] = ObjReleased;
  A.PointsTo.set(P, startTarget(recentObject(0)));
  C.PointsTo.set(P, NullTarget);
  A.join(C);
  EXPECT_EQ(A.Objects[recentObject(0)], ObjLive | ObjReleased);
  EXPECT_TRUE(A.mayBeNull(P));
  EXPECT_EQ(A.objectsOf(P).size(), 1u);
}

TEST(LatticeTest, UnreachableIsBottom) {
  FunctionFacts F;
  FactBuilder B(F);
  B.var("p");
  B.site(SiteKind::Allocation, Family::New, false, "new");
  OwnershipState Bottom(F), S(F);
  S.Reachable = true;
  S.Objects[0] = ObjLive;
  OwnershipState Joined = S;
  Joined.join(Bottom);
  EXPECT_EQ(Joined, S);
  Bottom.join(S);
  EXPECT_EQ(Bottom, S);
}

TEST(LatticeTest, JoinKeepsOnlyConditionsKnownOnBothPaths) {
  FunctionFacts F;
  OwnershipState A(F), C(F);
  A.Reachable = C.Reachable = true;
  A.KnownConditions = conditionLiteral(0, true) | conditionLiteral(1, true);
  C.KnownConditions = conditionLiteral(0, true);
  A.join(C);
  EXPECT_EQ(A.KnownConditions, conditionLiteral(0, true));
}

TEST(LatticeTest, GuardOfObjectMadeOnOnePathIsThatPathsGuard) {
  FunctionFacts F;
  FactBuilder B(F);
  B.site(SiteKind::Allocation, Family::Malloc, true, "malloc");
  OwnershipState A(F), C(F);
  A.Reachable = C.Reachable = true;
  A.Objects[0] = ObjLive;
  A.Guards[0] = conditionLiteral(0, true);
  C.join(A);
  EXPECT_EQ(C.Guards[0], conditionLiteral(0, true));
}

} // namespace
