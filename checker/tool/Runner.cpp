//===-- tool/Runner.cpp - Analyse a set of translation units ---------------===//
//
// One ClangTool run per translation unit on a thread pool. Each unit's
// output is buffered and printed in input order, so parallel runs read the
// same as serial ones. A unit that does not compile shows its errors and is
// not analysed; the others still are.
//
//===----------------------------------------------------------------------===//
#include "tool/Runner.h"
#include "Report/Baseline.h"
#include "tool/Config.h"
#include "Report/ResolvedFinding.h"
#include "Report/TextReporter.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/Format.h"
#include <atomic>
#include <chrono>
#include <mutex>

using namespace clang;
using namespace clang::tooling;

namespace ownck {
namespace {

/// Findings already reported by some unit: a header included by many
/// units reports each of its findings once.
class ReportedFindings {
public:
  bool firstTime(const Finding &F, const SourceManager &SM) {
    PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(F.Loc));
    std::string Key = (llvm::Twine(P.isValid() ? P.getFilename() : "") + ":" +
                       llvm::Twine(P.isValid() ? P.getLine() : 0) + ":" +
                       llvm::Twine(P.isValid() ? P.getColumn() : 0) + ":" +
                       checkInfo(F.Check).Name + ":" + F.Message)
                          .str();
    std::lock_guard<std::mutex> Lock(M);
    return Seen.insert(Key).second;
  }

private:
  std::mutex M;
  llvm::StringSet<> Seen;
};

/// The options of one unit: its .ownck.yaml, then the command line.
struct UnitOptions {
  EngineOptions Engine;
  CheckSet ErrorChecks = CheckSet::none();
};

llvm::Expected<UnitOptions> unitOptions(const ToolOptions &Opts,
                                        const FileConfig &C) {
  UnitOptions U{Opts.Engine, Opts.ErrorChecks};
  if (C.Path.empty())
    return U; // No file: the command line alone, already applied.
  auto Fail = [&](llvm::StringRef Key, llvm::StringRef Why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "%s: %s: %s", C.Path.c_str(),
                                   Key.str().c_str(), Why.str().c_str());
  };
  U.Engine.Allocators = C.Allocators;
  U.Engine.Checks = CheckSet();
  if (C.Checks)
    if (std::string E = U.Engine.Checks.applyGlobs(*C.Checks); !E.empty())
      return Fail("Checks", E);
  if (Opts.ChecksFlag)
    U.Engine.Checks.applyGlobs(*Opts.ChecksFlag);
  if (!Opts.StrictFlag && C.Strict)
    U.Engine.Strict = *C.Strict;
  if (!Opts.HeaderFilterFlag && C.HeaderFilter) {
    std::string Why;
    if (!llvm::Regex(*C.HeaderFilter).isValid(Why))
      return Fail("HeaderFilter", Why);
    U.Engine.HeaderFilter = *C.HeaderFilter;
  }
  if (!Opts.WarningsAsErrorsFlag && C.WarningsAsErrors) {
    U.ErrorChecks = CheckSet::none();
    if (std::string E = U.ErrorChecks.applyGlobs(*C.WarningsAsErrors);
        !E.empty())
      return Fail("WarningsAsErrors", E);
  }
  return U;
}

/// What every unit of one run shares.
struct RunContext {
  const ToolOptions &Opts;
  const Baseline *Known; ///< --baseline, if any.
  ReportedFindings &Reported;
};

/// What one translation unit produced.
struct UnitResult {
  std::string Output;
  std::string Errors; ///< Compiler errors when the report is JSON or SARIF.
  std::vector<ResolvedFinding> Resolved; ///< For --format=json|sarif.
  unsigned Findings = 0;
  bool CompileFailed = false;
};

class AnalysisConsumer : public ASTConsumer {
public:
  AnalysisConsumer(CompilerInstance &CI, const RunContext &Run,
                   const UnitOptions &Unit, UnitResult &Result)
      : CI(CI), Opts(Run.Opts), Run(Run), Unit(Unit), Result(Result) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (CI.getDiagnostics().hasErrorOccurred())
      return; // Error recovery ASTs are not the program the user wrote.
    AnalysisResult R = analyzeTranslationUnit(Ctx, Unit.Engine);
    if (Run.Known)
      llvm::erase_if(R.Findings, [&](const Finding &F) {
        return Run.Known->contains(F.Fingerprint);
      });
    if (!Unit.Engine.HeaderFilter.empty())
      llvm::erase_if(R.Findings, [&](const Finding &F) {
        return !Run.Reported.firstTime(F, Ctx.getSourceManager());
      });
    llvm::raw_string_ostream OS(Result.Output);
    OS.enable_colors(Opts.Colors);
    OS << R.Dump;
    if (Opts.Format == OutputFormat::Text) {
      printFindings(R.Findings, R.Problems, Ctx.getSourceManager(),
                    CI.getLangOpts(), TextStyle{Opts.Colors, &Unit.ErrorChecks},
                    OS);
    }
    if (Opts.Format != OutputFormat::Text || !Opts.WriteBaselineFile.empty())
      for (const Finding &F : R.Findings) {
        Result.Resolved.push_back(resolveFinding(F, Ctx.getSourceManager()));
        Result.Resolved.back().AsError = Unit.ErrorChecks.enabled(F.Check);
      }
    if (Opts.Format != OutputFormat::Text) {
      // Comment problems are not findings: they go to standard error, in
      // the unit's turn.
      llvm::raw_string_ostream Errors(Result.Errors);
      printFindings({}, R.Problems, Ctx.getSourceManager(), CI.getLangOpts(),
                    TextStyle{false, nullptr}, Errors);
    }
    Result.Findings += R.Findings.size() + R.Problems.size();
  }

private:
  CompilerInstance &CI;
  const ToolOptions &Opts;
  const RunContext &Run;
  const UnitOptions &Unit;
  UnitResult &Result;
};

class AnalysisAction : public ASTFrontendAction {
public:
  AnalysisAction(const RunContext &Run, const UnitOptions &Unit,
                 UnitResult &Result)
      : Run(Run), Unit(Unit), Result(Result) {}

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    return std::make_unique<AnalysisConsumer>(CI, Run, Unit, Result);
  }

private:
  const RunContext &Run;
  const UnitOptions &Unit;
  UnitResult &Result;
};

class AnalysisActionFactory : public FrontendActionFactory {
public:
  AnalysisActionFactory(const RunContext &Run, const UnitOptions &Unit,
                        UnitResult &Result)
      : Run(Run), Unit(Unit), Result(Result) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<AnalysisAction>(Run, Unit, Result);
  }

private:
  const RunContext &Run;
  const UnitOptions &Unit;
  UnitResult &Result;
};

/// Adds Clang's resource directory (built-in headers such as stddef.h)
/// unless the command names one: a tool outside the LLVM prefix cannot find
/// it from its own path.
ArgumentsAdjuster resourceDirAdjuster() {
  return [](const CommandLineArguments &Args, StringRef) {
    for (const std::string &A : Args)
      if (StringRef(A).starts_with("-resource-dir"))
        return Args;
    if (!llvm::sys::fs::is_directory(OWNCK_CLANG_RESOURCE_DIR))
      return Args;
    CommandLineArguments Out(Args);
    Out.insert(Out.begin() + std::min<size_t>(1, Out.size()),
               "-resource-dir=" OWNCK_CLANG_RESOURCE_DIR);
    return Out;
  };
}

ArgumentsAdjuster commandAdjuster(const ToolOptions &Opts) {
  ArgumentsAdjuster A = combineAdjusters(getClangStripOutputAdjuster(),
                                         getClangSyntaxOnlyAdjuster());
  A = combineAdjusters(A, getClangStripDependencyFileAdjuster());
  A = combineAdjusters(A, resourceDirAdjuster());
  for (const std::string &Arg : Opts.ExtraArgsBefore)
    A = combineAdjusters(
        A, getInsertArgumentAdjuster(Arg.c_str(), ArgumentInsertPosition::BEGIN));
  // The project's own warnings are not ours to show; its errors still are.
  A = combineAdjusters(
      A, getInsertArgumentAdjuster("-w", ArgumentInsertPosition::END));
  for (const std::string &Arg : Opts.ExtraArgs)
    A = combineAdjusters(
        A, getInsertArgumentAdjuster(Arg.c_str(), ArgumentInsertPosition::END));
  return A;
}

UnitResult analyzeUnit(const CompilationDatabase &DB, const std::string &File,
                       const RunContext &Run, const UnitOptions &Unit) {
  const ToolOptions &Opts = Run.Opts;
  UnitResult Result;
  // Compiler errors join a text report; they would corrupt a JSON or
  // SARIF document, so they go to standard error then.
  bool Text = Opts.Format == OutputFormat::Text;
  llvm::raw_string_ostream OS(Text ? Result.Output : Result.Errors);
  OS.enable_colors(Text && Opts.Colors);
  DiagnosticOptions DiagOpts;
  DiagOpts.ShowColors = Text && Opts.Colors;
  TextDiagnosticPrinter Printer(OS, DiagOpts);
  // A file system of its own per unit: the shared real one would let the
  // units running in parallel change each other's working directory.
  ClangTool Tool(DB, {File}, std::make_shared<PCHContainerOperations>(),
                 llvm::vfs::createPhysicalFileSystem());
  Tool.appendArgumentsAdjuster(commandAdjuster(Opts));
  Tool.setDiagnosticConsumer(&Printer);
  Tool.setPrintErrorMessage(false);
  AnalysisActionFactory Factory(Run, Unit, Result);
  if (Tool.run(&Factory) != 0)
    Result.CompileFailed = true;
  return Result;
}

std::unique_ptr<CompilationDatabase> loadDatabase(ToolOptions &Opts,
                                                  std::string &Error) {
  if (Opts.FixedDatabase) {
    if (!Opts.BuildPath.empty()) {
      Error = "give either -p <build-dir> or compiler arguments after '--', "
              "not both";
      return nullptr;
    }
    return std::move(Opts.FixedDatabase);
  }
  std::unique_ptr<CompilationDatabase> DB;
  if (!Opts.BuildPath.empty()) {
    if (!llvm::sys::fs::is_directory(Opts.BuildPath) &&
        !llvm::sys::fs::exists(Opts.BuildPath)) {
      Error = "build directory '" + Opts.BuildPath + "' does not exist";
      return nullptr;
    }
    std::string Why;
    llvm::SmallString<256> Json(Opts.BuildPath);
    llvm::sys::path::append(Json, "compile_commands.json");
    if (!llvm::sys::fs::exists(Json)) {
      Error = "no compile_commands.json in '" + Opts.BuildPath +
              "' (CMake writes one with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)";
      return nullptr;
    }
    // The JSON loader recovers from syntax errors (and prints them as YAML
    // errors); a truncated database must not be half analysed.
    if (auto Buffer = llvm::MemoryBuffer::getFile(Json)) {
      if (auto Parsed = llvm::json::parse((*Buffer)->getBuffer()); !Parsed) {
        Error = "cannot read '" + std::string(Json) +
                "': " + llvm::toString(Parsed.takeError());
        return nullptr;
      }
    }
    DB = JSONCompilationDatabase::loadFromFile(Json, Why,
                                               JSONCommandLineSyntax::AutoDetect);
    if (!DB) {
      Error = "cannot read '" + std::string(Json) + "': " + Why;
      return nullptr;
    }
  } else if (!Opts.Sources.empty()) {
    std::string Why;
    DB = CompilationDatabase::autoDetectFromSource(Opts.Sources.front(), Why);
    if (!DB) {
      Error = "no compilation database found for '" + Opts.Sources.front() +
              "'; pass -p <build-dir>, or compiler arguments after '--'";
      return nullptr;
    }
  } else {
    Error = "nothing to analyse: pass -p <build-dir> (and optionally "
            "sources), or sources followed by '--' and compiler arguments";
    return nullptr;
  }
  // Files the database does not list (headers, new files) borrow the
  // command of their nearest neighbour, as clangd and clang-tidy do.
  return inferMissingCompileCommands(std::move(DB));
}

/// Prints each unit's output once it and every unit before it are done.
class OrderedPrinter {
public:
  OrderedPrinter(size_t N, llvm::raw_ostream &OS, bool Progress)
      : Done(N), OS(OS), Progress(Progress),
        Start(std::chrono::steady_clock::now()) {}
  void finish(size_t I, UnitResult R) {
    std::lock_guard<std::mutex> Lock(M);
    Done[I] = std::move(R);
    ++Finished;
    if (Progress && (!Done[I]->Output.empty() || !Done[I]->Errors.empty()))
      llvm::errs() << "\r\033[K"; // Clear the progress line first.
    for (; Next < Done.size() && Done[Next]; ++Next) {
      llvm::errs() << Done[Next]->Errors;
      OS << Done[Next]->Output;
      OS.flush();
      Findings += Done[Next]->Findings;
      Failed += Done[Next]->CompileFailed;
      for (ResolvedFinding &F : Done[Next]->Resolved)
        Resolved.push_back(std::move(F));
      Done[Next]->Output.clear();
      Done[Next]->Resolved.clear();
    }
    if (Progress)
      showProgress();
  }
  void endProgress() {
    if (Progress)
      llvm::errs() << "\r\033[K";
  }
  unsigned Findings = 0, Failed = 0;
  std::vector<ResolvedFinding> Resolved;

private:
  std::mutex M;
  /// `[12/40] 3 findings, 0:42 elapsed, about 1:38 left` on standard error.
  void showProgress() {
    using namespace std::chrono;
    unsigned Elapsed =
        duration_cast<seconds>(steady_clock::now() - Start).count();
    unsigned Left = Finished ? Elapsed * (Done.size() - Finished) / Finished : 0;
    unsigned Found = 0;
    for (auto &D : Done)
      if (D)
        Found += D->Findings;
    llvm::errs() << "\r\033[K[" << Finished << "/" << Done.size() << "] "
                 << Found << " finding" << (Found == 1 ? "" : "s") << ", "
                 << llvm::format("%u:%02u elapsed, about %u:%02u left",
                                 Elapsed / 60, Elapsed % 60, Left / 60,
                                 Left % 60);
  }

  std::vector<std::optional<UnitResult>> Done;
  llvm::raw_ostream &OS;
  size_t Next = 0, Finished = 0;
  bool Progress;
  std::chrono::steady_clock::time_point Start;
};

} // namespace

int runOwnck(ToolOptions &Opts) {
  if (Opts.ListChecks) {
    llvm::outs() << "Enabled checks:\n";
    for (const CheckInfo &C : allChecks())
      if (Opts.Engine.Checks.enabled(C.Id))
        llvm::outs() << "    " << C.Name << "\n";
    return ExitClean;
  }
  if (Opts.DumpConfig) {
    llvm::SmallString<256> Where(Opts.Sources.empty() ? "x.cpp"
                                                      : Opts.Sources.front());
    llvm::sys::fs::make_absolute(Where);
    ConfigFinder Configs(Opts.ConfigFile);
    auto C = Configs.configFor(Where);
    if (!C) {
      llvm::WithColor::error(llvm::errs(), "ownck")
          << llvm::toString(C.takeError()) << "\n";
      return ExitUsage;
    }
    if (Opts.ChecksFlag)
      C->Checks = C->Checks ? *C->Checks + "," + *Opts.ChecksFlag
                            : *Opts.ChecksFlag;
    if (Opts.StrictFlag)
      C->Strict = Opts.Engine.Strict; // --strict or --strict=false.
    if (Opts.HeaderFilterFlag)
      C->HeaderFilter = Opts.HeaderFilterFlag;
    if (Opts.WarningsAsErrorsFlag)
      C->WarningsAsErrors = Opts.WarningsAsErrorsFlag;
    if (!C->Path.empty())
      llvm::outs() << "# from " << C->Path << "\n";
    llvm::outs() << dumpConfig(*C);
    return ExitClean;
  }
  std::string Error;
  std::unique_ptr<CompilationDatabase> DB = loadDatabase(Opts, Error);
  if (!DB) {
    llvm::WithColor::error(llvm::errs(), "ownck") << Error << "\n";
    return ExitUsage;
  }
  std::vector<std::string> Files = Opts.Sources;
  for (std::string &F : Files) {
    if (!llvm::sys::fs::exists(F)) {
      llvm::WithColor::error(llvm::errs(), "ownck")
          << "no such file: '" << F << "'\n";
      return ExitUsage;
    }
    llvm::SmallString<256> Abs(F);
    llvm::sys::fs::make_absolute(Abs);
    F = std::string(Abs);
  }
  if (Files.empty()) {
    Files = DB->getAllFiles();
    llvm::sort(Files); // The database's own order is a hash map's.
  }
  if (Files.empty()) {
    llvm::WithColor::error(llvm::errs(), "ownck")
        << "the compilation database lists no files\n";
    return ExitUsage;
  }

  std::optional<Baseline> Known;
  if (!Opts.BaselineFile.empty()) {
    auto Loaded = Baseline::load(Opts.BaselineFile);
    if (!Loaded) {
      llvm::WithColor::error(llvm::errs(), "ownck")
          << "--baseline: " << llvm::toString(Loaded.takeError()) << "\n";
      return ExitUsage;
    }
    Known = std::move(*Loaded);
  }
  std::unique_ptr<llvm::raw_fd_ostream> File;
  if (!Opts.OutputFile.empty() && Opts.Format != OutputFormat::Html) {
    std::error_code EC;
    File = std::make_unique<llvm::raw_fd_ostream>(Opts.OutputFile, EC);
    if (EC) {
      llvm::WithColor::error(llvm::errs(), "ownck")
          << "cannot write '" << Opts.OutputFile << "': " << EC.message()
          << "\n";
      return ExitUsage;
    }
  }
  llvm::raw_ostream &Out = File ? *File : llvm::outs();
  if (Opts.NumShards > 1) {
    std::vector<std::string> Mine;
    for (size_t I = 0; I < Files.size(); ++I)
      if (I % Opts.NumShards == Opts.Shard - 1)
        Mine.push_back(Files[I]);
    Files = std::move(Mine);
    // An empty shard still writes its (empty) reports, for ownck merge.
    if (Files.empty() && !Opts.Quiet)
      llvm::errs() << "shard " << Opts.Shard << "/" << Opts.NumShards
                   << " has no files.\n";
  }
  // Each file's configuration, read before any work starts so that a
  // malformed .ownck.yaml stops the run with one clear error.
  ConfigFinder Configs(Opts.ConfigFile);
  std::vector<UnitOptions> Units;
  for (const std::string &F : Files) {
    auto C = Configs.configFor(F);
    auto U = C ? unitOptions(Opts, *C)
               : llvm::Expected<UnitOptions>(C.takeError());
    if (!U) {
      llvm::WithColor::error(llvm::errs(), "ownck")
          << llvm::toString(U.takeError()) << "\n";
      return ExitUsage;
    }
    Units.push_back(std::move(*U));
  }

  // A progress line only where a person watches, and never over the text
  // report going to the same terminal from a pipe.
  bool Progress = Opts.Progress && !Opts.Quiet && Files.size() > 1;
  OrderedPrinter Printer(Files.size(), Out, Progress);
  ReportedFindings Reported;
  RunContext Run{Opts, Known ? &*Known : nullptr, Reported};
  {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Opts.Jobs));
    for (size_t I = 0; I < Files.size(); ++I)
      Pool.async([&, I] {
        Printer.finish(I, analyzeUnit(*DB, Files[I], Run, Units[I]));
      });
    Pool.wait();
  }
  Printer.endProgress();

  if (!Opts.WriteBaselineFile.empty()) {
    std::error_code EC;
    llvm::raw_fd_ostream BaselineOut(Opts.WriteBaselineFile, EC);
    if (EC) {
      llvm::WithColor::error(llvm::errs(), "ownck")
          << "cannot write '" << Opts.WriteBaselineFile << "': "
          << EC.message() << "\n";
      return ExitUsage;
    }
    writeBaseline(Printer.Resolved, BaselineOut);
  }
  if (Opts.Format == OutputFormat::Html)
    if (llvm::Error E = writeHtml(Printer.Resolved, Opts.OutputFile)) {
      llvm::WithColor::error(llvm::errs(), "ownck")
          << llvm::toString(std::move(E)) << "\n";
      return ExitUsage;
    }
  if (Opts.Format == OutputFormat::Json)
    writeJson(Printer.Resolved, Out);
  else if (Opts.Format == OutputFormat::Sarif)
    writeSarif(Printer.Resolved, Opts.SourceRoot, Out);
  Out.flush();

  if (!Opts.Quiet) {
    llvm::errs() << Printer.Findings << " finding"
                 << (Printer.Findings == 1 ? "" : "s") << " in " << Files.size()
                 << " translation unit" << (Files.size() == 1 ? "" : "s");
    if (Printer.Failed)
      llvm::errs() << "; " << Printer.Failed << " did not compile";
    llvm::errs() << ".\n";
  }
  if (Printer.Failed)
    return ExitCompileError;
  return Printer.Findings ? ExitFindings : ExitClean;
}

} // namespace ownck
