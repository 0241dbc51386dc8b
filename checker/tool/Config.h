//===-- tool/Config.h - .ownck.yaml ------------------------------*- C++ -*-===//
//
// Per-directory configuration, found like .clang-tidy: the nearest
// .ownck.yaml above each analysed file (or --config-file for all). Options
// given on the command line win over the file's.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_TOOL_CONFIG_H
#define OWNCK_TOOL_CONFIG_H

#include "ownck/Facts.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <mutex>
#include <optional>
#include <string>

namespace ownck {

struct FileConfig {
  std::optional<std::string> Checks;           ///< Globs, as --checks.
  std::optional<bool> Strict;                   ///< As --strict.
  std::optional<std::string> HeaderFilter;      ///< As --header-filter.
  std::optional<std::string> WarningsAsErrors;  ///< As --warnings-as-errors.
  std::vector<AllocatorPair> Allocators;        ///< The project's own pairs.
  std::string Path; ///< Where it was read from; empty for the defaults.
};

/// Parses a .ownck.yaml; an error names the file, line and column.
llvm::Expected<FileConfig> parseConfig(llvm::StringRef Text,
                                       llvm::StringRef Path);
/// Writes \p C as a .ownck.yaml would say it.
std::string dumpConfig(const FileConfig &C);

/// Finds and caches the configuration of each directory.
class ConfigFinder {
public:
  /// With \p FixedFile, every file gets that configuration.
  explicit ConfigFinder(std::string FixedFile = "") : Fixed(FixedFile) {}
  /// The configuration for \p SourceFile (absolute): the nearest
  /// .ownck.yaml above it, or the defaults.
  llvm::Expected<FileConfig> configFor(llvm::StringRef SourceFile);

private:
  llvm::Expected<FileConfig> read(llvm::StringRef Path);
  std::string Fixed;
  std::mutex M;
  llvm::StringMap<FileConfig> ByDirectory;
};

} // namespace ownck

#endif // OWNCK_TOOL_CONFIG_H
