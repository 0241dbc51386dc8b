//===-- tool/OwnckMain.cpp - The ownck command -----------------------------===//
//
// Entry point of the ownck command: parse the command line, run.
//
//===----------------------------------------------------------------------===//
#include "tool/Merge.h"
#include "tool/Options.h"
#include "tool/Runner.h"
#include "llvm/Support/InitLLVM.h"

int main(int Argc, const char **Argv) {
  llvm::InitLLVM X(Argc, Argv);
  if (Argc > 1 && llvm::StringRef(Argv[1]) == "merge")
    return ownck::runMerge(Argc - 1, Argv + 1);
  ownck::ToolOptions Opts;
  if (!ownck::parseCommandLine(Argc, Argv, Opts))
    return ownck::ExitUsage;
  return ownck::runOwnck(Opts);
}
