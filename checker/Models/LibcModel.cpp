//===-- Models/LibcModel.cpp - The C library's allocators and borrowers ----===//
//
// malloc-family allocation (C17 7.22.3, POSIX strdup/strndup) and the C
// library functions that only read or write through the pointers they are
// given (C17 7.21, 7.24), so that passing an owned pointer to them is a
// borrow, not a hand-off.
//
//===----------------------------------------------------------------------===//
#include "Models/AllocationModels.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/StringSwitch.h"

namespace ownck {
namespace {

struct LibcEntry {
  llvm::StringRef Name;
  CallModel::KindT Kind;
  unsigned PointerArg;
};

/// Functions that allocate, reallocate or release malloc-family memory.
/// All allocators may return null (C17 7.22.3p1).
constexpr LibcEntry Allocators[] = {
    {"malloc", CallModel::Allocates, 0},
    {"calloc", CallModel::Allocates, 0},
    {"aligned_alloc", CallModel::Allocates, 0},
    {"valloc", CallModel::Allocates, 0},
    {"memalign", CallModel::Allocates, 0},
    {"pvalloc", CallModel::Allocates, 0},
    {"strdup", CallModel::Allocates, 0},
    {"strndup", CallModel::Allocates, 0},
    {"wcsdup", CallModel::Allocates, 0},
    {"realloc", CallModel::Reallocates, 0},
    {"reallocarray", CallModel::Reallocates, 0},
    {"free", CallModel::Deallocates, 0},
    {"alloca", CallModel::Allocates, 0}, // Stack memory: see modelLibcCall.
};

/// Functions that use the memory they are passed during the call only.
constexpr llvm::StringLiteral Borrowers[] = {
    // <string.h>
    "memcpy", "memmove", "memset", "memcmp", "memchr", "strcpy", "strncpy",
    "strcat", "strncat", "strcmp", "strncmp", "strcoll", "strxfrm", "strchr",
    "strrchr", "strspn", "strcspn", "strpbrk", "strstr", "strlen", "strnlen",
    "strcasecmp", "strncasecmp", "stpcpy", "strlcpy", "strlcat", "bzero",
    "explicit_bzero", "strerror_r",
    // <wchar.h>
    "wcslen", "wcscpy", "wcsncpy", "wcscmp", "wcsncmp", "wcscat", "wmemcpy",
    "wmemset",
    // <stdio.h>
    "printf", "fprintf", "sprintf", "snprintf", "vprintf", "vfprintf",
    "vsprintf", "vsnprintf", "dprintf", "puts", "fputs", "fputc", "putc",
    "fwrite", "fread", "fgets", "scanf", "fscanf", "sscanf", "perror",
    "fopen", "freopen", "remove", "rename", "getline", "getdelim",
    // <stdlib.h>
    "atoi", "atol", "atoll", "atof", "strtol", "strtoll", "strtoul",
    "strtoull", "strtod", "strtof", "strtold", "qsort", "bsearch", "getenv",
    "mbstowcs", "wcstombs",
    // <ctype.h>-like and POSIX I/O
    "read", "write", "pread", "pwrite", "send", "recv", "open", "stat",
    "access", "unlink", "mkdir",
};

bool isCLibraryFunction(const clang::FunctionDecl &FD) {
  if (llvm::isa<clang::CXXMethodDecl>(FD) || !FD.getIdentifier())
    return false;
  const clang::DeclContext *DC = FD.getDeclContext()->getRedeclContext();
  return DC->isTranslationUnit() || DC->isStdNamespace() || FD.isExternC();
}

} // namespace

CallModel modelLibcCall(const clang::FunctionDecl &FD) {
  if (!isCLibraryFunction(FD))
    return {};
  llvm::StringRef Name = FD.getName();
  Name.consume_front("__builtin_"); // __builtin_malloc means malloc.
  for (const LibcEntry &E : Allocators)
    if (E.Name == Name) {
      CallModel M;
      M.Kind = E.Kind;
      // alloca's memory lives in the caller's frame (not C, but POSIX
      // and every libc have it); it is never freed.
      M.Fam = E.Name == "alloca" ? Family::NonHeap : Family::Malloc;
      M.MayReturnNull = E.Name != "alloca";
      M.PointerArg = E.PointerArg;
      M.Name = E.Name;
      return M;
    }
  for (llvm::StringRef B : Borrowers)
    if (B == Name)
      return CallModel::of(CallModel::Borrows, B);
  return {};
}

} // namespace ownck
