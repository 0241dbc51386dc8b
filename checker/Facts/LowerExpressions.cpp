//===-- Facts/LowerExpressions.cpp - casts, operators, assignments ---===//
//
// How pointer-valued casts, unary and binary operators and assignments
// lower to facts: aliases, offsets, uses and overwrites.
//
//===----------------------------------------------------------------------===//
#include "Facts/FactsGeneratorImpl.h"

namespace ownck {
namespace lowering {

void FactsGenerator::lowerCast(const CastExpr *E) {
  const Expr *Sub = E->getSubExpr();
  SourceLocation Loc = E->getBeginLoc();
  switch (E->getCastKind()) {
  case CK_LValueToRValue:
    if (!E->getType()->isPointerType())
      return;
    if (std::optional<PlaceId> P = Places.placeOf(Sub)) {
      Fact &F = emit(FactKind::Alias, Loc);
      F.Dst = Places.temporary(E);
      F.Src = *P;
    } else if (isa<AbstractConditionalOperator>(stripWrappers(Sub))) {
      emitAlias(Places.temporary(E), Sub, Loc);
    } else {
      // A pointer loaded from memory we do not track (`c->buf`, `a[i]`,
      // a global): someone else's, but one object from here on.
      Fact &F = emit(FactKind::Acquire, Loc);
      F.Dst = Places.temporary(E);
      F.Site = siteFor(E, SiteKind::Opaque, Family::Unknown, true,
                       describe(Sub));
    }
    return;
  case CK_NullToPointer:
    emit(FactKind::SetNull, Loc).Dst = Places.temporary(E);
    return;
  case CK_ArrayToPointerDecay: {
    const Expr *Array = stripWrappers(Sub);
    if (const auto *SL = dyn_cast<StringLiteral>(Array)) {
      Fact &F = emit(FactKind::Acquire, Loc);
      F.Dst = Places.temporary(E);
      F.Site = siteFor(SL, SiteKind::Literal, Family::NonHeap, false,
                       "string literal");
      return;
    }
    if (const VarDecl *VD = PlaceTable::localStorageOf(Array)) {
      Fact &F = emit(FactKind::Acquire, Loc);
      F.Dst = Places.temporary(E);
      F.Site = Places.stackSite(VD);
    }
    return;
  }
  case CK_NoOp:
  case CK_BitCast:
  case CK_BaseToDerived:
  case CK_DerivedToBase:
  case CK_UncheckedDerivedToBase:
  case CK_Dynamic:
  case CK_AddressSpaceConversion:
    if (E->getType()->isPointerType())
      emitAlias(Places.temporary(E), Sub, Loc);
    return;
  case CK_PointerToIntegral:
    return emitEscape(Sub, EscapeKind::Conversion, Loc);
  default:
    return;
  }
}

void FactsGenerator::lowerUnary(const UnaryOperator *E) {
  switch (E->getOpcode()) {
  case UO_Deref:
    return emitUse(E->getSubExpr(), UseKind::Dereference, E->getBeginLoc());
  case UO_AddrOf:
    return lowerAddressOf(E);
  case UO_PreInc:
  case UO_PostInc:
  case UO_PreDec:
  case UO_PostDec: {
    emitWrite(E->getSubExpr(), E->getBeginLoc());
    std::optional<PlaceId> P = Places.placeOf(E->getSubExpr());
    if (!P)
      return;
    Fact &F = emit(FactKind::Offset, E->getBeginLoc());
    F.Dst = F.Src = *P;
    F.Offset = E->isIncrementOp() ? OffsetKind::Interior : OffsetKind::Unknown;
    return;
  }
  default:
    return;
  }
}

/// `&x` of a local is stack memory; `&p[i]` and `&p->f` point into p's
/// object.
void FactsGenerator::lowerAddressOf(const UnaryOperator *E) {
  const Expr *Sub = stripWrappers(E->getSubExpr());
  SourceLocation Loc = E->getBeginLoc();
  if (const VarDecl *VD = PlaceTable::localStorageOf(E)) {
    Fact &F = emit(FactKind::Acquire, Loc);
    F.Dst = Places.temporary(E);
    F.Site = Places.stackSite(VD);
    return;
  }
  if (isa<DeclRefExpr>(Sub))
    return;
  if (const auto *Deref = dyn_cast<UnaryOperator>(Sub)) {
    if (Deref->getOpcode() == UO_Deref)
      emitAlias(Places.temporary(E), Deref->getSubExpr(), Loc);
    return;
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(Sub)) {
    // &p[0] is p; &p[k] points inside it.
    if (isZero(AS->getIdx()))
      return emitAlias(Places.temporary(E), AS->getBase(), Loc);
    return emitOffset(Places.temporary(E), AS->getBase(),
                      offsetOf(AS->getIdx(), false), Loc);
  }
  if (const auto *ME = dyn_cast<MemberExpr>(Sub); ME && ME->isArrow())
    emitOffset(Places.temporary(E), ME->getBase(), OffsetKind::Unknown, Loc);
}

bool FactsGenerator::isZero(const Expr *Amount) const {
  Expr::EvalResult R;
  return Amount->EvaluateAsInt(R, Ctx) && R.Val.getInt().isZero();
}

OffsetKind FactsGenerator::offsetOf(const Expr *Amount, bool Subtract) const {
  Expr::EvalResult R;
  if (!Amount->EvaluateAsInt(R, Ctx))
    return OffsetKind::Unknown;
  llvm::APSInt V = R.Val.getInt();
  bool Forward = Subtract ? V.isNegative() : V.isStrictlyPositive();
  return Forward ? OffsetKind::Interior : OffsetKind::Unknown;
}

void FactsGenerator::lowerBinary(const BinaryOperator *E) {
  if (E->isAssignmentOp()) {
    emitWrite(E->getLHS(), E->getExprLoc(),
              E->getOpcode() == BO_Assign ? E->getRHS() : nullptr);
    if (E->getOpcode() == BO_Assign)
      return lowerAssign(E);
    if (E->getType()->isPointerType())
      return lowerPointerArithmetic(E);
    return;
  }
  if (E->getOpcode() == BO_Comma)
    return emitAlias(Places.temporary(E), E->getRHS(), E->getExprLoc());
  if (E->isAdditiveOp() && E->getType()->isPointerType())
    return lowerPointerArithmetic(E);
  // Comparisons and arithmetic on integers read no memory.
}

void FactsGenerator::lowerAssign(const BinaryOperator *E) {
  if (!E->getType()->isPointerType())
    return;
  SourceLocation Loc = E->getExprLoc();
  std::optional<PlaceId> Dst = Places.placeOf(E->getLHS());
  if (!Dst) {
    emitEscape(E->getRHS(), EscapeKind::Store, Loc);
    return;
  }
  // A field of *this is an owner like a local until the function returns,
  // when the object keeps what it holds (FunctionExit).
  std::optional<PlaceId> Src = pointerValue(E->getRHS());
  Fact &F = emit(Src ? FactKind::Assign : FactKind::Havoc, Loc);
  F.Dst = *Dst;
  if (Src) {
    F.Src = *Src;
    F.Text = Out.Places[*Dst].Name;
  } else {
    // Unknown memory replaces what the place held: a leak all the same.
    F.Kind = FactKind::Assign;
    F.Src = Places.temporary(E->getRHS());
    F.Text = Out.Places[*Dst].Name;
  }
  Fact &Value = emit(FactKind::Alias, Loc);
  Value.Dst = Places.temporary(E);
  Value.Src = *Dst;
}

void FactsGenerator::lowerPointerArithmetic(const BinaryOperator *E) {
  const Expr *Ptr = E->getLHS(), *Amount = E->getRHS();
  if (!Ptr->getType()->isPointerType())
    std::swap(Ptr, Amount);
  if (!Ptr->getType()->isPointerType() || !Amount->getType()->isIntegerType())
    return;
  bool Subtract = E->getOpcode() == BO_Sub || E->getOpcode() == BO_SubAssign;
  OffsetKind Kind = offsetOf(Amount, Subtract);
  bool Zero = isZero(Amount);
  SourceLocation Loc = E->getExprLoc();
  if (E->isCompoundAssignmentOp()) {
    std::optional<PlaceId> P = Places.placeOf(E->getLHS());
    if (!P || Zero)
      return;
    Fact &F = emit(FactKind::Offset, Loc);
    F.Dst = F.Src = *P;
    F.Offset = Kind;
    return;
  }
  if (Zero)
    return emitAlias(Places.temporary(E), Ptr, Loc);
  emitOffset(Places.temporary(E), Ptr, Kind, Loc);
}


/// `Buffer b{malloc(n), n};`: the braces initialise a tracked local struct.
const VarDecl *FactsGenerator::initializedStruct(const InitListExpr *IL) const {
  const auto *DS = dyn_cast_or_null<DeclStmt>(PM.getParentIgnoreParens(IL));
  if (!DS)
    return nullptr;
  for (const Decl *D : DS->decls())
    if (const auto *VD = dyn_cast<VarDecl>(D))
      if (VD->getInit() && stripWrappers(VD->getInit()) == IL &&
          VD->getType()->isRecordType() && Places.isTrackedVariable(VD))
        return VD;
  return nullptr;
}

void FactsGenerator::lowerStructInit(PlaceId Record, const InitListExpr *IL) {
  const RecordDecl *RD = IL->getType()->getAsRecordDecl();
  if (!RD || RD->isUnion())
    return escapeOperands(IL);
  unsigned I = 0;
  for (const FieldDecl *FD : RD->fields()) {
    if (I >= IL->getNumInits())
      break;
    const Expr *Value = IL->getInit(I++);
    if (!FD->getType()->isPointerType()) {
      emitEscape(Value, EscapeKind::Store, Value->getBeginLoc());
      continue;
    }
    if (std::optional<PlaceId> V = pointerValue(Value)) {
      Fact &F = emit(FactKind::Assign, Value->getBeginLoc());
      F.Dst = Places.fieldOf(Record, FD);
      F.Src = *V;
    }
  }
}

} // namespace lowering
} // namespace ownck
