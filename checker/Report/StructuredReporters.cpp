//===-- Report/StructuredReporters.cpp - JSON and SARIF output -------------===//
//
// Both formats are built with llvm::json, so quoting and escaping are never
// hand-written. SARIF follows the 2.1.0 schema: tool.driver.rules describe
// the checks, each result has a physical location, its notes as a
// threadFlow of a codeFlow, and a partialFingerprints entry for baselines.
//
//===----------------------------------------------------------------------===//
#include "Report/ResolvedFinding.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

namespace ownck {
namespace {

ResolvedLocation resolve(clang::SourceLocation L,
                         const clang::SourceManager &SM) {
  ResolvedLocation Out;
  if (L.isInvalid())
    return Out;
  clang::PresumedLoc P = SM.getPresumedLoc(SM.getExpansionLoc(L));
  if (P.isInvalid())
    return Out;
  llvm::SmallString<256> Path(P.getFilename());
  llvm::sys::fs::make_absolute(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  Out.File = std::string(Path);
  Out.Line = P.getLine();
  Out.Column = P.getColumn();
  return Out;
}

llvm::json::Object locationJson(const ResolvedLocation &L) {
  return llvm::json::Object{
      {"file", L.File}, {"line", L.Line}, {"column", L.Column}};
}

constexpr llvm::StringLiteral DocsBase =
    "https://github.com/ownck/ownck/blob/main/docs/checks/";

llvm::json::Object sarifLocation(const ResolvedLocation &L,
                                 llvm::StringRef SourceRoot,
                                 llvm::StringRef Message = "") {
  llvm::json::Object Artifact;
  llvm::StringRef File = L.File;
  if (!SourceRoot.empty() && File.consume_front(SourceRoot)) {
    File.consume_front("/");
    Artifact["uri"] = File.str();
    Artifact["uriBaseId"] = "SRCROOT";
  } else {
    Artifact["uri"] = "file://" + L.File;
  }
  llvm::json::Object Loc{
      {"physicalLocation",
       llvm::json::Object{
           {"artifactLocation", std::move(Artifact)},
           {"region", llvm::json::Object{{"startLine", L.Line},
                                         {"startColumn", L.Column}}}}}};
  if (!Message.empty())
    Loc["message"] = llvm::json::Object{{"text", Message}};
  return Loc;
}

} // namespace

ResolvedFinding resolveFinding(const Finding &F,
                               const clang::SourceManager &SM) {
  ResolvedFinding Out{F.Check, resolve(F.Loc, SM), F.Message, {},
                      F.Fingerprint, false};
  for (const FindingNote &N : F.Notes)
    Out.Notes.push_back({resolve(N.Loc, SM), N.Message});
  return Out;
}

void writeJson(llvm::ArrayRef<ResolvedFinding> Fs, llvm::raw_ostream &OS) {
  llvm::json::Array Findings;
  for (const ResolvedFinding &F : Fs) {
    llvm::json::Array Notes;
    for (const ResolvedNote &N : F.Notes) {
      llvm::json::Object Note = locationJson(N.Loc);
      Note["message"] = N.Message;
      Notes.push_back(std::move(Note));
    }
    llvm::json::Object O = locationJson(F.Loc);
    O["check"] = checkInfo(F.Check).Name;
    O["message"] = F.Message;
    O["notes"] = std::move(Notes);
    O["fingerprint"] = F.Fingerprint;
    O["severity"] = F.AsError ? "error" : "warning";
    Findings.push_back(std::move(O));
  }
  OS << llvm::formatv(
      "{0:2}\n", llvm::json::Value(llvm::json::Object{
                     {"version", 1}, {"findings", std::move(Findings)}}));
}

void writeSarif(llvm::ArrayRef<ResolvedFinding> Fs, llvm::StringRef SourceRoot,
                llvm::raw_ostream &OS) {
  llvm::json::Array Rules;
  for (const CheckInfo &C : allChecks())
    Rules.push_back(llvm::json::Object{
        {"id", C.Name},
        {"shortDescription", llvm::json::Object{{"text", C.Summary}}},
        {"fullDescription",
         llvm::json::Object{{"text", (C.Summary + ". Rust's rule: " +
                                      C.RustRule + ".")
                                         .str()}}},
        {"helpUri", (DocsBase + C.Name + ".md").str()},
        {"defaultConfiguration", llvm::json::Object{{"level", "warning"}}}});
  llvm::json::Array Results;
  for (const ResolvedFinding &F : Fs) {
    llvm::json::Array Flow;
    for (const ResolvedNote &N : F.Notes)
      Flow.push_back(llvm::json::Object{
          {"location", sarifLocation(N.Loc, SourceRoot, N.Message)}});
    Flow.push_back(llvm::json::Object{
        {"location", sarifLocation(F.Loc, SourceRoot, F.Message)}});
    Results.push_back(llvm::json::Object{
        {"ruleId", checkInfo(F.Check).Name},
        {"ruleIndex", unsigned(F.Check)},
        {"level", F.AsError ? "error" : "warning"},
        {"message", llvm::json::Object{{"text", F.Message}}},
        {"locations", llvm::json::Array{sarifLocation(F.Loc, SourceRoot)}},
        {"codeFlows",
         llvm::json::Array{llvm::json::Object{
             {"threadFlows", llvm::json::Array{llvm::json::Object{
                                 {"locations", std::move(Flow)}}}}}}},
        {"partialFingerprints",
         llvm::json::Object{{"ownckFingerprint/v1", F.Fingerprint}}}});
  }
  llvm::json::Object Run{
      {"tool",
       llvm::json::Object{
           {"driver", llvm::json::Object{
                          {"name", "ownck"},
                          {"version", OWNCK_VERSION},
                          {"informationUri", "https://github.com/ownck/ownck"},
                          {"rules", std::move(Rules)}}}}},
      {"results", std::move(Results)}};
  if (!SourceRoot.empty())
    Run["originalUriBaseIds"] = llvm::json::Object{
        {"SRCROOT",
         llvm::json::Object{{"uri", "file://" + SourceRoot.str() + "/"}}}};
  OS << llvm::formatv(
      "{0:2}\n",
      llvm::json::Value(llvm::json::Object{
          {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
          {"version", "2.1.0"},
          {"runs", llvm::json::Array{std::move(Run)}}}));
}

} // namespace ownck
