//===-- unit/FactBuilder.h - Fact lists by hand, for unit tests -*- C++ -*-===//
//
// Builds FunctionFacts without parsing C++, so that the lattice and the
// solver are tested on their own.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_TEST_UNIT_FACTBUILDER_H
#define OWNCK_TEST_UNIT_FACTBUILDER_H

#include "ownck/Dataflow.h"

namespace ownck::test {

class FactBuilder {
public:
  explicit FactBuilder(FunctionFacts &F) : F(F) {}

  PlaceId var(llvm::StringRef Name) {
    return F.addPlace(PlaceKind::Variable, Name);
  }
  PlaceId temp() { return F.addPlace(PlaceKind::Temporary, ""); }
  SiteId site(SiteKind K, Family Fam, bool MayBeNull, llvm::StringRef What) {
    return F.addSite({K, Fam, MayBeNull, {}, What});
  }
  unsigned block() {
    F.Blocks.emplace_back();
    return F.Blocks.size() - 1;
  }
  Fact &add(unsigned B, FactKind K) {
    F.Blocks[B].Facts.push_back(Fact{K});
    return F.Blocks[B].Facts.back();
  }
  void acquire(unsigned B, PlaceId Dst, SiteId S) {
    Fact &Fc = add(B, FactKind::Acquire);
    Fc.Dst = Dst;
    Fc.Site = S;
  }
  void assign(unsigned B, PlaceId Dst, PlaceId Src) {
    Fact &Fc = add(B, FactKind::Assign);
    Fc.Dst = Dst;
    Fc.Src = Src;
  }
  void release(unsigned B, PlaceId Src, Family Fam) {
    Fact &Fc = add(B, FactKind::Release);
    Fc.Src = Src;
    Fc.Fam = Fam;
  }
  void use(unsigned B, PlaceId Src) { add(B, FactKind::Use).Src = Src; }
  void scopeEnd(unsigned B, PlaceId P) { add(B, FactKind::ScopeEnd).Dst = P; }
  PlaceId field(PlaceId Parent, llvm::StringRef Name) {
    return F.addPlace(PlaceKind::Field, Name, Parent);
  }
  void move(unsigned B, PlaceId P) { add(B, FactKind::Move).Dst = P; }
  void reinit(unsigned B, PlaceId P) { add(B, FactKind::Reinit).Dst = P; }
  void valueUse(unsigned B, PlaceId P, bool Whole = true) {
    Fact &Fc = add(B, FactKind::ValueUse);
    Fc.Dst = P;
    Fc.Whole = Whole;
  }
  void edge(unsigned From, unsigned To,
            llvm::SmallVector<Refinement, 1> Rs = {}) {
    F.Blocks[From].Succs.push_back({To, std::move(Rs)});
  }
  DataflowResult solve() {
    F.numberFacts();
    return ownck::solve(F);
  }

private:
  FunctionFacts &F;
};

inline unsigned count(const DataflowResult &R, ViolationKind K) {
  unsigned N = 0;
  for (const Violation &V : R.Violations)
    N += V.Kind == K;
  return N;
}

} // namespace ownck::test

#endif // OWNCK_TEST_UNIT_FACTBUILDER_H
