//===-- tool/Config.cpp - .ownck.yaml --------------------------------------===//
//
// Parsed with llvm::yaml: unknown keys and wrong types are errors with the
// file, line and column, as clang-tidy reports a bad .clang-tidy.
//
//===----------------------------------------------------------------------===//
#include "tool/Config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLTraits.h"

LLVM_YAML_IS_SEQUENCE_VECTOR(ownck::AllocatorPair)

namespace llvm::yaml {
template <> struct MappingTraits<ownck::AllocatorPair> {
  static void mapping(IO &IO, ownck::AllocatorPair &P) {
    IO.mapRequired("Allocate", P.Allocate);
    IO.mapRequired("Release", P.Release);
    IO.mapOptional("MayReturnNull", P.MayReturnNull, true);
  }
};
template <> struct MappingTraits<ownck::FileConfig> {
  static void mapping(IO &IO, ownck::FileConfig &C) {
    IO.mapOptional("Checks", C.Checks);
    IO.mapOptional("Strict", C.Strict);
    IO.mapOptional("HeaderFilter", C.HeaderFilter);
    IO.mapOptional("WarningsAsErrors", C.WarningsAsErrors);
    IO.mapOptional("Allocators", C.Allocators);
  }
};
} // namespace llvm::yaml

namespace ownck {

llvm::Expected<FileConfig> parseConfig(llvm::StringRef Text,
                                       llvm::StringRef Path) {
  FileConfig C;
  C.Path = Path.str();
  std::string Error;
  auto Handler = [](const llvm::SMDiagnostic &D, void *Ctx) {
    std::string &Out = *static_cast<std::string *>(Ctx);
    if (Out.empty())
      Out = (D.getFilename() + ":" + llvm::Twine(D.getLineNo()) + ":" +
             llvm::Twine(D.getColumnNo() + 1) + ": " + D.getMessage())
                .str();
  };
  llvm::yaml::Input In(llvm::MemoryBufferRef(Text, Path), nullptr, Handler,
                       &Error);
  if (!Text.trim().empty())
    In >> C;
  if (In.error() || !Error.empty())
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        Error.empty() ? (Path + ": not a valid .ownck.yaml").str() : Error);
  return C;
}

std::string dumpConfig(const FileConfig &C) {
  FileConfig Copy = C;
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  llvm::yaml::Output YOut(OS);
  YOut << Copy;
  return Out;
}

llvm::Expected<FileConfig> ConfigFinder::read(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "cannot read '%s': %s",
                                   Path.str().c_str(),
                                   Buffer.getError().message().c_str());
  return parseConfig((*Buffer)->getBuffer(), Path);
}

llvm::Expected<FileConfig> ConfigFinder::configFor(llvm::StringRef SourceFile) {
  if (!Fixed.empty())
    return read(Fixed);
  std::lock_guard<std::mutex> Lock(M);
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(SourceFile);
       !Dir.empty(); Dir = llvm::sys::path::parent_path(Dir)) {
    if (auto It = ByDirectory.find(Dir); It != ByDirectory.end())
      return It->second;
    llvm::SmallString<256> Candidate(Dir);
    llvm::sys::path::append(Candidate, ".ownck.yaml");
    if (!llvm::sys::fs::exists(Candidate))
      continue;
    auto C = read(Candidate);
    if (C)
      ByDirectory[Dir] = *C;
    return C;
  }
  return FileConfig();
}

} // namespace ownck
