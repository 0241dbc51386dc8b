//===-- tool/Merge.h - ownck merge: one report from shards -----*- C++ -*-===//
//
// `ownck merge a.sarif b.sarif -o all.sarif` (or JSON reports): the reports
// of a sharded run (--shard=i/n) become one.
//
//===----------------------------------------------------------------------===//
#ifndef OWNCK_TOOL_MERGE_H
#define OWNCK_TOOL_MERGE_H

namespace ownck {

/// Runs `ownck merge`; \p Argv[0] is "merge". Returns the exit code.
int runMerge(int Argc, const char **Argv);

} // namespace ownck

#endif // OWNCK_TOOL_MERGE_H
