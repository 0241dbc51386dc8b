//===-- Report/HtmlReporter.cpp - A browsable report -----------------------===//
//
// --format=html -o DIR writes DIR/index.html: the findings grouped by check
// and file, each with the source lines around its events and the events
// drawn as a numbered story beside the code. One self-contained page: the
// styles are inline and nothing is fetched.
//
//===----------------------------------------------------------------------===//
#include "Report/ResolvedFinding.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <map>

namespace ownck {
namespace {

std::string escape(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    switch (C) {
    case '<': Out += "&lt;"; break;
    case '>': Out += "&gt;"; break;
    case '&': Out += "&amp;"; break;
    case '"': Out += "&quot;"; break;
    case '\'': Out += "&#39;"; break;
    default: Out += C;
    }
  }
  return Out;
}

constexpr llvm::StringLiteral Style = R"(
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; }
h3 { font-size: 1em; font-family: monospace; color: #555; }
.finding { border: 1px solid #ddd; border-radius: 6px; margin: 1em 0; }
.message { background: #fff4e5; padding: .6em 1em; font-weight: 600; }
.message .check { color: #a15c00; font-weight: normal; }
table.code { border-collapse: collapse; font-family: monospace; width: 100%; }
table.code td { padding: 0 .6em; white-space: pre; vertical-align: top; }
td.num { color: #999; text-align: right; width: 4em; }
table.code td.story { width: 40%; white-space: normal; font-family: system-ui; }
tr.event td { background: #eef5ff; } tr.primary td { background: #ffe9e9; }
.step { display: inline-block; min-width: 1.4em; border-radius: 1em;
        background: #2f6fd6; color: white; text-align: center; margin-right: .4em; }
tr.primary .step { background: #c62828; }
)";

/// The lines of a file, read once.
class SourceLines {
public:
  llvm::StringRef line(const std::string &File, unsigned N) {
    auto &Lines = Cache[File];
    if (Lines.empty()) {
      Lines.push_back(""); // Lines count from 1.
      if (auto B = llvm::MemoryBuffer::getFile(File)) {
        Buffers.push_back(std::move(*B));
        llvm::SmallVector<llvm::StringRef, 0> Split;
        Buffers.back()->getBuffer().split(Split, '\n');
        Lines.insert(Lines.end(), Split.begin(), Split.end());
      }
    }
    return N < Lines.size() ? Lines[N] : "";
  }

private:
  llvm::StringMap<std::vector<llvm::StringRef>> Cache;
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> Buffers;
};

void writeFinding(llvm::raw_ostream &OS, const ResolvedFinding &F,
                  SourceLines &Src, unsigned Index) {
  OS << "<div class=\"finding\" id=\"f" << Index << "\">\n"
     << "<div class=\"message\">" << escape(F.Message)
     << " <span class=\"check\">[" << checkInfo(F.Check).Name
     << "]</span></div>\n<table class=\"code\">\n";
  // The story: the notes in order, then the finding itself.
  struct Event {
    ResolvedLocation Loc;
    std::string Text;
    bool Primary;
  };
  std::vector<Event> Story;
  for (const ResolvedNote &N : F.Notes)
    Story.push_back({N.Loc, N.Message, false});
  Story.push_back({F.Loc, F.Message, true});
  unsigned Step = 0;
  for (const Event &E : Story) {
    ++Step;
    if (E.Loc.File != F.Loc.File)
      OS << "<tr><td class=\"num\"></td><td colspan=\"2\">"
         << escape(llvm::sys::path::filename(E.Loc.File)) << "</td></tr>\n";
    unsigned From = E.Loc.Line > 1 ? E.Loc.Line - 1 : 1;
    for (unsigned L = From; L <= E.Loc.Line; ++L) {
      bool At = L == E.Loc.Line;
      OS << "<tr" << (At ? (E.Primary ? " class=\"primary\"" : " class=\"event\"") : "")
         << "><td class=\"num\">" << L << "</td><td>"
         << escape(Src.line(E.Loc.File, L)) << "</td><td class=\"story\">";
      if (At)
        OS << "<span class=\"step\">" << Step << "</span>" << escape(E.Text);
      OS << "</td></tr>\n";
    }
  }
  OS << "</table>\n</div>\n";
}

} // namespace

llvm::Error writeHtml(llvm::ArrayRef<ResolvedFinding> Fs,
                      llvm::StringRef Dir) {
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return llvm::createStringError(EC, "cannot create '%s': %s",
                                   Dir.str().c_str(), EC.message().c_str());
  llvm::SmallString<256> Index(Dir);
  llvm::sys::path::append(Index, "index.html");
  std::error_code EC;
  llvm::raw_fd_ostream OS(Index, EC);
  if (EC)
    return llvm::createStringError(EC, "cannot write '%s': %s",
                                   Index.c_str(), EC.message().c_str());
  // Check, then file, then position.
  std::map<std::string, std::map<std::string, std::vector<const ResolvedFinding *>>>
      Groups;
  for (const ResolvedFinding &F : Fs)
    Groups[checkInfo(F.Check).Name.str()][F.Loc.File].push_back(&F);
  OS << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
     << "<title>ownck report</title><style>" << Style
     << "</style></head><body>\n<h1>ownck: " << Fs.size() << " finding"
     << (Fs.size() == 1 ? "" : "s") << "</h1>\n";
  if (Fs.empty())
    OS << "<p>No finding.</p>\n";
  SourceLines Src;
  unsigned Number = 0;
  for (auto &[Check, Files] : Groups) {
    unsigned N = 0;
    for (auto &[File, List] : Files)
      N += List.size();
    OS << "<h2>" << escape(Check) << " (" << N << ")</h2>\n";
    for (auto &[File, List] : Files) {
      OS << "<h3>" << escape(File) << "</h3>\n";
      for (const ResolvedFinding *F : List)
        writeFinding(OS, *F, Src, ++Number);
    }
  }
  OS << "</body></html>\n";
  return llvm::Error::success();
}

} // namespace ownck
