//===-- tool/Options.cpp - The ownck command line --------------------------===//
//
// The options of the ownck command. Names and meanings follow clang-tidy's
// where the two tools share an idea (-p, --checks, --extra-arg, --).
//
//===----------------------------------------------------------------------===//
#include "tool/Options.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/WithColor.h"

namespace cl = llvm::cl;

namespace ownck {
namespace {

cl::OptionCategory Category("ownck options");

cl::list<std::string> Sources(cl::Positional, cl::desc("[<source>...]"),
                              cl::cat(Category));
cl::opt<std::string>
    BuildPath("p", cl::desc("Build directory holding compile_commands.json"),
              cl::value_desc("build-dir"), cl::cat(Category));
cl::opt<std::string> Checks(
    "checks",
    cl::desc("Comma-separated globs of checks to run, clang-tidy style;\n"
             "'-' disables: --checks='-*,ownership-leak'"),
    cl::init("ownership-*"), cl::cat(Category));
cl::opt<bool> Strict("strict",
                     cl::desc("Rust's rule: a call to an unknown function "
                              "borrows its pointer arguments instead of "
                              "taking ownership of them"),
                     cl::cat(Category));
cl::opt<unsigned> Jobs("j", cl::desc("Translation units analysed in parallel "
                                     "(default: one per core)"),
                       cl::init(0), cl::Prefix, cl::cat(Category));
cl::list<std::string> ExtraArgs(
    "extra-arg", cl::desc("Append this argument to each compiler command"),
    cl::cat(Category));
cl::list<std::string> ExtraArgsBefore(
    "extra-arg-before",
    cl::desc("Prepend this argument to each compiler command"),
    cl::cat(Category));
cl::opt<OutputFormat> Format(
    "format", cl::desc("Output format"), cl::init(OutputFormat::Text),
    cl::values(clEnumValN(OutputFormat::Text, "text",
                          "Clang-style warnings and notes (default)"),
               clEnumValN(OutputFormat::Json, "json",
                          "one JSON document, described in docs/cli.md"),
               clEnumValN(OutputFormat::Sarif, "sarif", "SARIF 2.1.0"),
               clEnumValN(OutputFormat::Html, "html",
                          "a browsable report in the directory given by -o")),
    cl::cat(Category));
cl::opt<std::string> OutputFile("o", cl::desc("Write the report to <file>"),
                                cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> SourceRoot(
    "source-root",
    cl::desc("Directory SARIF paths are relative to (default: the current "
             "directory)"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> BaselineFile(
    "baseline", cl::desc("Report only findings that <file> does not list"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> WriteBaselineFile(
    "write-baseline", cl::desc("Write today's findings to <file> as a baseline"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> HeaderFilter(
    "header-filter",
    cl::desc("Also report functions defined in headers whose path matches "
             "this regular expression (never system headers)"),
    cl::cat(Category));
cl::opt<std::string> WarningsAsErrors(
    "warnings-as-errors",
    cl::desc("Checks (globs, as --checks) whose findings are errors"),
    cl::cat(Category));
cl::opt<std::string> Shard(
    "shard",
    cl::desc("Analyse only shard i of n of the files (i/n, 1-based), to "
             "split a run across CI machines"),
    cl::value_desc("i/n"), cl::cat(Category));
cl::opt<std::string> ConfigFile(
    "config-file",
    cl::desc("Read the configuration from <file> instead of the nearest "
             ".ownck.yaml above each source"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> DumpConfig(
    "dump-config",
    cl::desc("Print the configuration that applies to the first source (or "
             "the current directory) and exit"),
    cl::cat(Category));
cl::opt<bool> ListChecks("list-checks",
                         cl::desc("List the enabled checks and exit"),
                         cl::cat(Category));
cl::opt<cl::boolOrDefault>
    UseColor("use-color", cl::desc("Colour the output (default: on a terminal)"),
             cl::cat(Category));
cl::opt<bool> Quiet("quiet", cl::desc("Print no summary line"),
                    cl::cat(Category));
cl::opt<bool> DumpFacts("dump-facts", cl::Hidden,
                        cl::desc("Print the ownership facts of each function"),
                        cl::cat(Category));
cl::opt<bool> DumpStates("dump-states", cl::Hidden,
                         cl::desc("Print the state at each block's entry"),
                         cl::cat(Category));

const char *Overview = R"(ownck: holds C++ code to Rust's ownership rules.

  ownck -p build/                 analyse every file of build/compile_commands.json
  ownck -p build/ src/a.cpp       analyse one file of it
  ownck a.cpp -- -std=c++20 -Iinc analyse a file with these compiler arguments

Exit codes: 0 no findings, 1 findings, 2 usage or setup error,
3 a translation unit did not compile (the others are still analysed).
)";

} // namespace

bool parseCommandLine(int Argc, const char **Argv, ToolOptions &Out) {
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "ownck " << OWNCK_VERSION << " (LLVM " << LLVM_VERSION_STRING
       << ")\n";
  });
  cl::HideUnrelatedOptions(Category);
  // Everything after `--` is the compiler command line for the sources.
  std::string Error;
  Out.FixedDatabase = clang::tooling::FixedCompilationDatabase::
      loadFromCommandLine(Argc, Argv, Error);
  if (!Error.empty()) {
    llvm::StringRef Msg(Error);
    Msg.consume_front("error: ");
    llvm::WithColor::error(llvm::errs(), "ownck") << Msg << "\n";
    return false;
  }
  if (!cl::ParseCommandLineOptions(Argc, Argv, Overview, &llvm::errs()))
    return false;

  std::string GlobError = Out.Engine.Checks.applyGlobs(Checks);
  if (!GlobError.empty()) {
    llvm::WithColor::error(llvm::errs(), "ownck")
        << "--checks: " << GlobError << "\n";
    return false;
  }
  if (!Out.Engine.Checks.any()) {
    llvm::WithColor::error(llvm::errs(), "ownck")
        << "--checks: no check is enabled by '" << Checks << "'\n";
    return false;
  }
  Out.Engine.Strict = Strict;
  Out.Engine.DumpFacts = DumpFacts;
  Out.Engine.DumpStates = DumpStates;
  Out.Sources.assign(Sources.begin(), Sources.end());
  Out.BuildPath = BuildPath;
  Out.ExtraArgs.assign(ExtraArgs.begin(), ExtraArgs.end());
  Out.ExtraArgsBefore.assign(ExtraArgsBefore.begin(), ExtraArgsBefore.end());
  Out.Jobs = Jobs;
  if (!HeaderFilter.empty()) {
    std::string Why;
    if (!llvm::Regex(HeaderFilter).isValid(Why)) {
      llvm::WithColor::error(llvm::errs(), "ownck")
          << "--header-filter: " << Why << "\n";
      return false;
    }
    Out.Engine.HeaderFilter = HeaderFilter;
  }
  if (!WarningsAsErrors.empty()) {
    std::string E = Out.ErrorChecks.applyGlobs(WarningsAsErrors);
    if (!E.empty()) {
      llvm::WithColor::error(llvm::errs(), "ownck")
          << "--warnings-as-errors: " << E << "\n";
      return false;
    }
  }
  if (!Shard.empty()) {
    auto [I, N] = llvm::StringRef(Shard).split('/');
    if (I.getAsInteger(10, Out.Shard) || N.getAsInteger(10, Out.NumShards) ||
        Out.NumShards == 0 || Out.Shard == 0 || Out.Shard > Out.NumShards) {
      llvm::WithColor::error(llvm::errs(), "ownck")
          << "--shard: expected i/n with 1 <= i <= n, got '" << Shard
          << "'\n";
      return false;
    }
  }
  Out.Progress = llvm::sys::Process::StandardErrIsDisplayed();
  Out.Format = Format;
  if (Format == OutputFormat::Html && OutputFile.empty()) {
    llvm::WithColor::error(llvm::errs(), "ownck")
        << "--format=html writes a directory: give it with -o <dir>\n";
    return false;
  }
  Out.BaselineFile = BaselineFile;
  Out.WriteBaselineFile = WriteBaselineFile;
  Out.OutputFile = OutputFile;
  llvm::SmallString<256> Root(SourceRoot.empty() ? "." : SourceRoot.c_str());
  llvm::sys::fs::make_absolute(Root);
  llvm::sys::path::remove_dots(Root, /*remove_dot_dot=*/true);
  Out.SourceRoot = std::string(Root);
  Out.Quiet = Quiet;
  Out.ListChecks = ListChecks;
  if (Checks.getNumOccurrences())
    Out.ChecksFlag = Checks;
  if (HeaderFilter.getNumOccurrences())
    Out.HeaderFilterFlag = HeaderFilter;
  if (WarningsAsErrors.getNumOccurrences())
    Out.WarningsAsErrorsFlag = WarningsAsErrors;
  Out.StrictFlag = Strict.getNumOccurrences() > 0;
  Out.ConfigFile = ConfigFile;
  Out.DumpConfig = DumpConfig;
  // Colour follows where the report goes: a file (-o) gets none unless
  // asked for.
  Out.Colors = UseColor == cl::BOU_UNSET
                   ? OutputFile.empty() &&
                         llvm::sys::Process::StandardOutHasColors()
                   : UseColor == cl::BOU_TRUE;
  return true;
}

} // namespace ownck
