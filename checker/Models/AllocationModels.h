//===-- Models/AllocationModels.h - What calls mean for ownership -*- C++ -*-===//
//
// The only place that knows what a call, a new-expression or a
// delete-expression means for ownership. The lowering asks; the dataflow
// never does. One file per family answers: LibcModel.cpp (malloc/free and
// the C library's borrowers), NewDeleteModel.cpp (operator new/delete).
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_MODELS_ALLOCATIONMODELS_H
#define OWNCK_MODELS_ALLOCATIONMODELS_H

#include "ownck/Facts.h"
#include "llvm/ADT/ArrayRef.h"
#include <string>

namespace clang {
class CXXDeleteExpr;
class CXXNewExpr;
class FunctionDecl;
} // namespace clang

namespace ownck {

/// The ownership effect of calling one function.
struct CallModel {
  enum KindT : uint8_t {
    Unknown,     ///< No model: the caller's escape policy decides.
    Allocates,   ///< Returns fresh memory of Fam.
    Reallocates, ///< realloc: takes PointerArg, returns fresh memory.
    Deallocates, ///< Releases PointerArg with Fam's deallocator.
    Borrows,     ///< Reads or writes through its pointers, keeps none.
    Stores,      ///< Keeps its pointer arguments (containers): a hand-off.
  } Kind = Unknown;
  Family Fam = Family::Unknown;
  bool MayReturnNull = false;
  unsigned PointerArg = 0;
  llvm::StringRef Name; ///< As users know it: 'malloc', 'operator delete'.
  /// For an allocator of a configured pair: its deallocator's name.
  llvm::StringRef Releaser;

  static CallModel of(KindT K, llvm::StringRef Name) {
    CallModel M;
    M.Kind = K;
    M.Name = Name;
    return M;
  }
};

/// Asks every family model in turn; the first that knows \p FD answers.
/// Configured pairs come first: a project knows its own functions.
CallModel modelCall(const clang::FunctionDecl *FD,
                    llvm::ArrayRef<AllocatorPair> Configured = {});

/// The configured pairs' allocators and deallocators (ConfiguredModel.cpp).
CallModel modelConfiguredCall(const clang::FunctionDecl &FD,
                              llvm::ArrayRef<AllocatorPair> Pairs);

/// The C library's allocation functions and borrowers (LibcModel.cpp).
CallModel modelLibcCall(const clang::FunctionDecl &FD);
/// Direct calls of operator new/delete functions (NewDeleteModel.cpp).
CallModel modelOperatorCall(const clang::FunctionDecl &FD);
/// Standard containers and smart pointers storing what they are given
/// (ContainersModel.cpp).
CallModel modelContainerCall(const clang::FunctionDecl &FD);

/// What a new-expression makes.
struct NewModel {
  enum KindT : uint8_t {
    Allocation,      ///< Fresh heap memory of Fam.
    ReturnsArgument, ///< Reserved placement new: returns its argument.
    NotOwned,        ///< Custom placement (arenas, pools): not ours.
  } Kind = Allocation;
  Family Fam = Family::New;
  bool MayBeNull = false; ///< new (std::nothrow)
};
NewModel modelNew(const clang::CXXNewExpr &E);

/// The family a delete-expression releases.
Family modelDelete(const clang::CXXDeleteExpr &E);

} // namespace ownck

#endif // OWNCK_MODELS_ALLOCATIONMODELS_H
