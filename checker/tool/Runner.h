//===-- tool/Runner.h - Analyse a set of translation units ----*- C++ -*-===//
//
// Finds the compile commands, parses each translation unit in parallel,
// runs the engine on it and prints its findings in a stable order.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_TOOL_RUNNER_H
#define OWNCK_TOOL_RUNNER_H

#include "tool/Options.h"

namespace ownck {

/// Runs ownck as \p Opts say; returns the process exit code.
int runOwnck(ToolOptions &Opts);

} // namespace ownck

#endif // OWNCK_TOOL_RUNNER_H
