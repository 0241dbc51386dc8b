//===-- ownck/Facts.h - The closed set of ownership facts -------*- C++ -*-===//
//
// The lowering turns each function's CFG into blocks of ownership facts; the
// dataflow reads nothing else. Facts are a closed set: adding a kind makes the
// compiler point at every switch that must handle it.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_FACTS_H
#define OWNCK_FACTS_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <string>
#include <vector>

namespace ownck {

using PlaceId = uint32_t;
using SiteId = uint32_t;
using FactId = uint32_t;
using ConditionId = uint32_t;
inline constexpr uint32_t NoId = ~0u;

/// Which allocator made memory, or which deallocator releases it. A release
/// matches an allocation when both name the same family.
enum class Family : uint8_t {
  Unknown, ///< Not ours to judge: values from unknown code.
  New,     ///< operator new / delete
  NewArray,///< operator new[] / delete[]
  Malloc,  ///< malloc, calloc, realloc, strdup, ... / free
  NonHeap, ///< Stack or static storage: never released.
  /// Families configured by the user (.ownck.yaml Allocators) follow:
  /// FirstConfigured + i is the i-th pair.
  FirstConfigured,
};
inline Family configuredFamily(unsigned I) {
  return Family(unsigned(Family::FirstConfigured) + I);
}

/// A user's allocator and the deallocator that releases what it returns
/// (.ownck.yaml `Allocators`), e.g. a library's create/destroy pair.
struct AllocatorPair {
  std::string Allocate;
  std::string Release;
  bool MayReturnNull = true;
};

/// Where the objects a place may point to come from.
enum class SiteKind : uint8_t {
  Allocation, ///< A heap allocation this function owns.
  Opaque,     ///< A value from elsewhere (parameter, unknown call result).
  Local,      ///< The address of a local variable or local array.
  Static,     ///< The address of a global or static variable or array.
  StackAllocation, ///< Memory from alloca().
  Literal,    ///< A string literal.
};

/// An object origin. Each site stands for two abstract objects: the one it
/// made most recently and all older ones (recency abstraction), which keeps
/// loops precise without widening.
struct Site {
  SiteKind Kind = SiteKind::Opaque;
  Family Fam = Family::Unknown;
  bool MayBeNull = false;
  clang::SourceLocation Loc;
  llvm::StringRef What; ///< Allocator name ('malloc') or variable name.
  /// The deallocator that matches, when it is not the family's usual one
  /// (configured pairs).
  llvm::StringRef Releaser;
};

enum class PlaceKind : uint8_t {
  Variable,  ///< A local variable or a parameter.
  Field,     ///< A field of a tracked place (s.buf, this->p).
  Temporary, ///< The value of one expression, until its full-expression ends.
};

struct Place {
  PlaceKind Kind = PlaceKind::Variable;
  llvm::StringRef Name; ///< As the user writes it: 'p', 's.buf', 'this->p'.
  PlaceId Parent = NoId;
  /// The place outlives the function (a field of *this): what it still
  /// holds when the function returns is handed to the object.
  bool OutlivesFunction = false;
};

/// How a pointer is used; every kind is a use of the memory it points to.
enum class UseKind : uint8_t {
  Dereference,
  Pass,
  Return,
  Access, ///< An object's value is read: a member call, a copy.
};

/// How ownership leaves this function's hands.
enum class EscapeKind : uint8_t { Return, Store, Call, Conversion, Other };

/// How pointer arithmetic moves a pointer inside its allocation.
enum class OffsetKind : uint8_t {
  Interior, ///< Certainly away from the start (p + 1, ++p).
  Unknown,  ///< Maybe at the start again (p - n, p + n).
};

enum class FactKind : uint8_t {
  Acquire,       ///< Dst := a fresh object of Site.
  Reallocate,    ///< Dst := fresh object of Site; Src's objects await it.
  Release,       ///< Src's objects are released by Fam's deallocator.
  Alias,         ///< Dst := Src, Dst is fresh (a temporary).
  Assign,        ///< Dst := Src, overwriting what Dst held.
  SetNull,       ///< Dst := null.
  Offset,        ///< Dst := Src moved by pointer arithmetic.
  Escape,        ///< Src's objects are handed to someone else.
  Use,           ///< Src's objects are read through, passed or returned.
  Havoc,         ///< Dst now holds something unknown; nothing is lost.
  ScopeEnd,      ///< Dst (and its fields) die.
  FullExprEnd,   ///< Every temporary dies.
  FunctionExit,  ///< Every place dies.
  Unreachable,   ///< This path ends (a call that does not return).
  ConditionKill, ///< A variable of condition Cond was written.
  ConditionSet,  ///< Condition Cond is now known to be Holds (`done = true`).
  Move,          ///< Dst's value is handed away (moved from).
  Reinit,        ///< Dst gets a new value: moved-from no longer.
  ValueUse,      ///< Dst's value is read (Use says how; Whole: all of it).
};

struct Fact {
  explicit Fact(FactKind K) : Kind(K) {}
  FactKind Kind;
  PlaceId Dst = NoId;
  PlaceId Src = NoId;
  SiteId Site = NoId;
  Family Fam = Family::Unknown;
  UseKind Use = UseKind::Dereference;
  EscapeKind Escape = EscapeKind::Other;
  OffsetKind Offset = OffsetKind::Interior;
  ConditionId Cond = NoId;
  bool Holds = false; ///< For ConditionSet.
  /// For ValueUse: the use reads all of Dst, fields included (a copy, a
  /// call), not one field of it.
  bool Whole = true;
  /// For ValueUse and Move: C++ leaves the order of this use and a move in
  /// another argument of the same call unspecified.
  bool Unsequenced = false;
  /// For an unsequenced ValueUse: the operator whose operands C++ leaves
  /// unordered ('<'); empty for the arguments of a call.
  llvm::StringRef UnsequencedWith;
  /// For FunctionExit: the constant truth value the function returns there.
  enum ReturnsKind : uint8_t { ReturnsUnknown, ReturnsTrue, ReturnsFalse };
  ReturnsKind Returns = ReturnsUnknown;
  FactId Id = NoId; ///< Unique within the function; set by FunctionFacts.
  clang::SourceLocation Loc;
  /// Words for a finding: the owner as written ('q'), or the callee
  /// ('free', 'delete[]'), or what took a moved value ('sink'). For a
  /// ValueUse of an object with a specified moved-from state, Callee is
  /// its type ('std::unique_ptr').
  llvm::StringRef Text;
  llvm::StringRef Callee;
};

/// What a branch edge teaches about a place or a condition.
struct Refinement {
  enum KindT : uint8_t {
    PlaceIsNull,
    PlaceIsNonNull,
    ConditionHolds,
    ConditionFails,
    PlaceIsSite,    ///< The place points to Site's object (`p == buf`).
    PlaceIsNotSite, ///< The place does not (`p != buf`).
    /// The object holds a value (`if (up)` on a unique_ptr): it is not
    /// moved-from on this edge.
    ObjectHasValue,
  } Kind;
  uint32_t Target;      ///< A PlaceId or a ConditionId.
  SiteId Site = NoId;   ///< For PlaceIsSite and PlaceIsNotSite.
};

struct FactEdge {
  unsigned Target;
  llvm::SmallVector<Refinement, 1> Refinements;
};

struct FactBlock {
  std::vector<Fact> Facts;
  std::vector<FactEdge> Succs;
};

/// Everything the dataflow needs to know about one function.
class FunctionFacts {
public:
  std::string FunctionName;
  std::vector<Place> Places;
  std::vector<Site> Sites;
  std::vector<FactBlock> Blocks;
  unsigned Entry = 0;
  unsigned NumConditions = 0;
  /// Per parameter: the site of the object it points to on entry, or NoId
  /// for a parameter that is not a tracked pointer.
  std::vector<SiteId> ParamSites;
  /// Per parameter: its place when the function may move from it (a
  /// `T &&` parameter it hands to std::move), or NoId.
  std::vector<PlaceId> ParamObjects;

  FunctionFacts() : Saver(Alloc) {}
  FunctionFacts(const FunctionFacts &) = delete;
  FunctionFacts &operator=(const FunctionFacts &) = delete;

  PlaceId addPlace(PlaceKind K, llvm::StringRef Name, PlaceId Parent = NoId);
  SiteId addSite(Site S);
  llvm::StringRef save(llvm::StringRef S) { return Saver.save(S); }
  /// Numbers every fact; call once the blocks are complete.
  void numberFacts();
  const Fact &fact(FactId Id) const { return *FactIndex[Id]; }
  /// The block that holds fact \p Id.
  unsigned blockOf(FactId Id) const { return BlockOfFact[Id]; }

  void dump(llvm::raw_ostream &OS, const clang::SourceManager *SM) const;

private:
  llvm::BumpPtrAllocator Alloc;
  llvm::UniqueStringSaver Saver;
  std::vector<const Fact *> FactIndex;
  std::vector<unsigned> BlockOfFact;
};

llvm::StringRef familyName(Family F);
/// The deallocator that matches a family: 'delete', 'delete[]', 'free'.
llvm::StringRef deallocatorName(Family F);
llvm::StringRef factKindName(FactKind K);

} // namespace ownck

#endif // OWNCK_FACTS_H
