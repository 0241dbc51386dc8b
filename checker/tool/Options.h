//===-- tool/Options.h - The ownck command line ---------------*- C++ -*-===//
//
// Parses ownck's command line (llvm::cl, modelled on clang-tidy) into one
// struct; nothing else reads the option globals.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_TOOL_OPTIONS_H
#define OWNCK_TOOL_OPTIONS_H

#include "ownck/Engine.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>


namespace ownck {

enum class OutputFormat { Text, Json, Sarif, Html };

struct ToolOptions {
  EngineOptions Engine;
  std::vector<std::string> Sources;
  std::string BuildPath;
  std::vector<std::string> ExtraArgs, ExtraArgsBefore;
  /// Compiler arguments given after `--`, if any.
  std::unique_ptr<clang::tooling::CompilationDatabase> FixedDatabase;
  unsigned Jobs = 0; ///< 0: one per core.
  OutputFormat Format = OutputFormat::Text;
  std::string OutputFile;  ///< Empty: standard output.
  std::string SourceRoot;  ///< SARIF paths are relative to it.
  std::string BaselineFile;      ///< Report only findings not in it.
  std::string WriteBaselineFile; ///< Record today's findings in it.
  /// Checks whose findings are errors (--warnings-as-errors).
  CheckSet ErrorChecks = CheckSet::none();
  /// Analyse only the files of this shard: Shard of NumShards (1-based).
  unsigned Shard = 1, NumShards = 1;
  bool Progress = false; ///< A progress line on a terminal.
  /// What the command line said explicitly, to apply over a .ownck.yaml.
  std::optional<std::string> ChecksFlag, HeaderFilterFlag,
      WarningsAsErrorsFlag;
  bool StrictFlag = false;
  std::string ConfigFile; ///< --config-file: one file for every source.
  bool DumpConfig = false;
  bool Colors = false;
  bool Quiet = false;
  bool ListChecks = false;
};

/// Exit codes, documented in docs/cli.md.
enum ExitCode : int {
  ExitClean = 0,
  ExitFindings = 1,
  ExitUsage = 2,
  ExitCompileError = 3,
};

/// Parses argv. On a usage error prints it and returns false.
bool parseCommandLine(int Argc, const char **Argv, ToolOptions &Out);

} // namespace ownck

#endif // OWNCK_TOOL_OPTIONS_H
