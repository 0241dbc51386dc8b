//===-- Report/Baseline.cpp - Findings accepted as they are ----------------===//
#include "Report/Baseline.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

namespace ownck {

llvm::Expected<Baseline> Baseline::load(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(), "cannot read '%s': %s",
                                   Path.str().c_str(),
                                   Buffer.getError().message().c_str());
  auto Doc = llvm::json::parse((*Buffer)->getBuffer());
  if (!Doc)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(), "'%s' is not a baseline: %s",
        Path.str().c_str(), llvm::toString(Doc.takeError()).c_str());
  const llvm::json::Object *Root = Doc->getAsObject();
  const llvm::json::Array *Findings =
      Root ? Root->getArray("findings") : nullptr;
  if (!Findings || Root->getInteger("version") != 1)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "'%s' is not a baseline: expected {\"version\": 1, \"findings\": [...]}",
        Path.str().c_str());
  Baseline B;
  for (const llvm::json::Value &F : *Findings)
    if (const llvm::json::Object *O = F.getAsObject())
      if (auto FP = O->getString("fingerprint"))
        B.Fingerprints.insert(*FP);
  return B;
}

void writeBaseline(llvm::ArrayRef<ResolvedFinding> Fs, llvm::raw_ostream &OS) {
  llvm::json::Array Findings;
  for (const ResolvedFinding &F : Fs)
    Findings.push_back(llvm::json::Object{{"fingerprint", F.Fingerprint},
                                          {"check", checkInfo(F.Check).Name},
                                          {"file", F.Loc.File},
                                          {"line", F.Loc.Line},
                                          {"message", F.Message}});
  OS << llvm::formatv("{0:2}\n",
                      llvm::json::Value(llvm::json::Object{
                          {"version", 1}, {"findings", std::move(Findings)}}));
}

} // namespace ownck
