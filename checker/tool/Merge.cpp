//===-- tool/Merge.cpp - ownck merge: one report from shards ---------------===//
//
// Reads SARIF or JSON reports written by ownck, all of one format, and
// writes one report of that format: SARIF results (and JSON findings) are
// concatenated in argument order, without duplicates.
//
//===----------------------------------------------------------------------===//
#include "tool/Merge.h"
#include "tool/Options.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"

namespace ownck {
namespace {

int fail(const llvm::Twine &Message) {
  llvm::WithColor::error(llvm::errs(), "ownck merge") << Message << "\n";
  return ExitUsage;
}

/// The list a report's entries live in: runs[0].results or findings.
llvm::json::Array *entriesOf(llvm::json::Value &Doc, bool &IsSarif) {
  llvm::json::Object *Root = Doc.getAsObject();
  if (!Root)
    return nullptr;
  if (llvm::json::Array *Runs = Root->getArray("runs")) {
    IsSarif = true;
    if (Runs->size() != 1 || !(*Runs)[0].getAsObject())
      return nullptr;
    return (*Runs)[0].getAsObject()->getArray("results");
  }
  IsSarif = false;
  return Root->getArray("findings");
}

} // namespace

int runMerge(int Argc, const char **Argv) {
  std::vector<std::string> Inputs;
  std::string Output;
  for (int I = 1; I < Argc; ++I) {
    llvm::StringRef A = Argv[I];
    if (A == "-o" && I + 1 < Argc)
      Output = Argv[++I];
    else if (A.consume_front("-o"))
      Output = A.str();
    else if (A.starts_with("-"))
      return fail("unknown option '" + A + "'; usage: ownck merge "
                  "<report>... [-o <file>]");
    else
      Inputs.push_back(A.str());
  }
  if (Inputs.empty())
    return fail("usage: ownck merge <report>... [-o <file>]");

  std::optional<llvm::json::Value> Merged;
  bool MergedIsSarif = false;
  llvm::StringSet<> Seen;
  for (const std::string &Path : Inputs) {
    auto Buffer = llvm::MemoryBuffer::getFile(Path);
    if (!Buffer)
      return fail("cannot read '" + Path + "': " +
                  Buffer.getError().message());
    auto Doc = llvm::json::parse((*Buffer)->getBuffer());
    if (!Doc)
      return fail("'" + Path + "' is not JSON: " +
                  llvm::toString(Doc.takeError()));
    bool IsSarif = false;
    llvm::json::Array *Entries = entriesOf(*Doc, IsSarif);
    if (!Entries)
      return fail("'" + Path + "' is not an ownck SARIF or JSON report");
    if (!Merged) {
      Merged = std::move(*Doc);
      MergedIsSarif = IsSarif;
      bool Unused;
      llvm::json::Array *Into = entriesOf(*Merged, Unused);
      llvm::json::Array Unique;
      for (llvm::json::Value &E : *Into)
        if (Seen.insert(llvm::formatv("{0}", E).str()).second)
          Unique.push_back(std::move(E));
      *Into = std::move(Unique);
      continue;
    }
    if (IsSarif != MergedIsSarif)
      return fail("'" + Path + "' is " + (IsSarif ? "SARIF" : "JSON") +
                  " but '" + Inputs.front() + "' is not");
    bool Unused;
    llvm::json::Array *Into = entriesOf(*Merged, Unused);
    for (llvm::json::Value &E : *Entries)
      if (Seen.insert(llvm::formatv("{0}", E).str()).second)
        Into->push_back(std::move(E));
  }

  std::error_code EC;
  std::unique_ptr<llvm::raw_fd_ostream> File;
  if (!Output.empty()) {
    File = std::make_unique<llvm::raw_fd_ostream>(Output, EC);
    if (EC)
      return fail("cannot write '" + Output + "': " + EC.message());
  }
  (File ? *File : llvm::outs()) << llvm::formatv("{0:2}\n", *Merged);
  return ExitClean;
}

} // namespace ownck
