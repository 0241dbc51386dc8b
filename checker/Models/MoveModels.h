//===-- Models/MoveModels.h - Moves, re-inits and reads ------*- C++ -*-===//
//
// The only place that knows which calls cast to an rvalue (std::move), which
// library types have a specified moved-from state (a moved-from unique_ptr
// is null), and which member functions re-initialise a moved-from object
// (clear, assign, reset, operator=). The lowering asks; the dataflow never
// does. Implemented in MoveModel.cpp.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_MODELS_MOVEMODELS_H
#define OWNCK_MODELS_MOVEMODELS_H

#include "clang/AST/Type.h"
#include "llvm/ADT/StringRef.h"

namespace clang {
class ASTContext;
class CallExpr;
class CXXMethodDecl;
class FunctionDecl;
} // namespace clang

namespace ownck {

/// Whether \p E is std::move, std::forward or std::move_if_noexcept: a cast
/// that only lets a later binding move from its argument.
bool isMoveCast(const clang::CallExpr &E);
/// The operand of a cast to an rvalue: std::move and its kin, or
/// `static_cast<T &&>(x)`; null for anything else.
const clang::Expr *rvalueCastOperand(const clang::Stmt &S);

/// What a moved-from object of a type is, as its library specifies it.
struct MovedFromState {
  enum KindT : uint8_t {
    Copy,        ///< Moving copies (trivially copyable): Rust's Copy types.
    Unspecified, ///< Valid but unspecified: any use but a re-init is a bug.
    Empty,       ///< Specified empty (unique_ptr null, function empty): only
                 ///< the operations that need a value are uses.
  } Kind = Unspecified;
  llvm::StringRef TypeName; ///< For Empty: 'std::unique_ptr'.
  /// For Empty: the members that need a value (the rest are safe), wherever
  /// the library declares them (libstdc++ puts shared_ptr's in a base).
  llvm::ArrayRef<llvm::StringLiteral> Uses;
};
MovedFromState movedFromState(clang::QualType T, const clang::ASTContext &Ctx);

/// What calling member \p MD on a moved-from object does.
enum class MemberEffect : uint8_t {
  Use,    ///< Reads the object: a use after move.
  Reinit, ///< Gives it a new value: assignment, clear(), reset(), ...
  Safe,   ///< Defined on the specified moved-from state (get(), valid()).
};
MemberEffect memberEffect(const clang::CXXMethodDecl &MD,
                          const MovedFromState &State);

/// Whether callee \p FD leaves its rvalue-reference argument untouched
/// unless it succeeds (try_emplace moves only when it inserts).
bool movesOnlyOnSuccess(const clang::FunctionDecl &FD);

/// The object whose contents \p E names, when \p E only projects them:
/// `*opt` and `opt.value()` on a std::optional. Moving them moves the
/// optional's value; the optional still holds it, moved-from.
const clang::Expr *projectedObject(const clang::Expr *E);

/// Whether constructing a \p T runs the callable it is given (std::thread).
bool runsCallable(clang::QualType T);

/// Whether \p T stores a callable to run when it is called (std::function),
/// rather than running it (std::thread runs a lambda it is given).
bool storesCallable(clang::QualType T);

/// Whether a parameter of type \p T is an out-parameter whose moved-from
/// state matters: a non-const lvalue reference to a class that moves.
bool isOutParameter(clang::QualType T, const clang::ASTContext &Ctx);

/// Whether \p FD is std::tie: the variables it names are written by the
/// assignment to its result, not by the call.
bool isStdTie(const clang::FunctionDecl &FD);

} // namespace ownck

#endif // OWNCK_MODELS_MOVEMODELS_H
