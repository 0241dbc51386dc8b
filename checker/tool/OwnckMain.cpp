//===-- tool/OwnckMain.cpp - The ownck command -----------------------------===//
//
// Entry point of the ownck command: parse the command line, run.
//
//===----------------------------------------------------------------------===//
#include "tool/Options.h"
#include "tool/Runner.h"
#include "llvm/Support/InitLLVM.h"

int main(int Argc, const char **Argv) {
  llvm::InitLLVM X(Argc, Argv);
  ownck::ToolOptions Opts;
  if (!ownck::parseCommandLine(Argc, Argv, Opts))
    return ownck::ExitUsage;
  return ownck::runOwnck(Opts);
}
