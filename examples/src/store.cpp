//===- store.cpp - The in-memory record store -----------------------------===//
//
// Implements Store: adding, finding, renaming and removing records, loading
// them from a LineReader, and writing them back out as CSV.
//
//===----------------------------------------------------------------------===//

#include "inventory/store.h"

#include <cstdlib>
#include <cstring>

namespace inventory {

/// The first line of every saved inventory file.
static const char Magic[] = "#inventory v1\n";

/// Stores "Msg Detail" in \p Err when the caller asked for it; returns false
/// so that error paths can `return setError(...)`.
static bool setError(std::string *Err, const char *Msg,
                     const char *Detail = "") {
  if (Err) {
    *Err = Msg;
    *Err += Detail;
  }
  return false;
}

Store::~Store() {
  for (Record *R : Records)
    destroyRecord(R);
}

bool Store::add(Record *R) {
  if (!R || find(R->Sku))
    return false;
  Records.push_back(R);
  return true;
}

Record *Store::find(const char *Sku) const {
  for (Record *R : Records)
    if (std::strcmp(R->Sku, Sku) == 0)
      return R;
  return nullptr;
}

bool Store::remove(const char *Sku) {
  for (auto It = Records.begin(); It != Records.end(); ++It) {
    if (std::strcmp((*It)->Sku, Sku) != 0)
      continue;
    Record *Victim = *It;
    Records.erase(It);
    destroyRecord(Victim);
    return true;
  }
  return false;
}

bool Store::rename(const char *Sku, const char *NewName) {
  Record *R = find(Sku);
  if (!R)
    return false;
  char *Fresh = strdup(NewName);
  if (!Fresh)
    return false;
  char *Old = R->Name;
  R->Name = Fresh;
  std::free(Old);
  return true;
}

int Store::loadLines(LineReader &In, std::string *Err) {
  int Added = 0;
  while (char *Line = In.nextLogical()) {
    const char *P = Line;
    while (*P == ' ' || *P == '\t')
      ++P;
    if (*P == '\0' || *P == '#') {
      std::free(Line);
      continue;
    }

    std::string Why;
    Record *R = parseRecord(P, &Why);
    std::free(Line);
    if (!R) {
      std::string Where = "line " + std::to_string(In.lineNumber()) + ": ";
      setError(Err, Where.c_str(), Why.c_str());
      return -1;
    }
    if (!add(R)) {
      std::fprintf(stderr, "warning: duplicate SKU '%s' ignored\n", R->Sku);
      destroyRecord(R);
      continue;
    }
    ++Added;
  }
  return Added;
}

namespace {
/// A file written next to its final path and renamed into place when done.
struct PendingFile {
  char *TmpPath = nullptr;
  std::FILE *File = nullptr;
};
} // namespace

bool Store::saveFile(const char *Path, std::string *Err) const {
  std::size_t N = std::strlen(Path) + sizeof(".tmp");
  char *TmpPath = static_cast<char *>(std::malloc(N));
  if (!TmpPath)
    return setError(Err, "out of memory");
  std::snprintf(TmpPath, N, "%s.tmp", Path);

  PendingFile Out;
  Out.TmpPath = TmpPath;
  Out.File = std::fopen(TmpPath, "w");
  if (!Out.File) {
    setError(Err, "cannot create ", TmpPath);
    std::free(TmpPath);
    return false;
  }

  std::fputs(Magic, Out.File);
  for (const Record *R : Records) {
    char Line[256];
    if (formatRecord(*R, Line, sizeof(Line)) < 0) {
      setError(Err, "record too long to save: ", R->Sku);
      std::fclose(Out.File);
      std::remove(TmpPath);
      std::free(TmpPath);
      goto Failed;
    }
    std::fprintf(Out.File, "%s\n", Line);
  }
  if (std::fclose(Out.File) != 0 || std::rename(Out.TmpPath, Path) != 0) {
    setError(Err, "cannot write ", Path);
    std::remove(Out.TmpPath);
    goto Failed;
  }
  std::free(Out.TmpPath);
  return true;

Failed:
  // On the "record too long" path TmpPath, which Out.TmpPath aliases, was
  // already freed.
  // BUG(ownership-double-free): second free of TmpPath through Out.TmpPath.
  std::free(Out.TmpPath);
  return false;
}

char *Store::exportCsv() const {
  std::size_t Cap = 256;
  std::size_t Len = 0;
  char *Text = static_cast<char *>(std::malloc(Cap));
  if (!Text)
    return nullptr;

  for (const Record *R : Records) {
    char Line[256];
    int N = formatRecord(*R, Line, sizeof(Line));
    if (N < 0) {
      std::free(Text);
      return nullptr;
    }
    std::size_t Need = Len + static_cast<std::size_t>(N) + 2;
    if (Need > Cap) {
      std::size_t NewCap = Need > 2 * Cap ? Need : 2 * Cap;
      char *Grown = static_cast<char *>(std::realloc(Text, NewCap));
      if (!Grown) {
        std::free(Text);
        return nullptr;
      }
      Text = Grown;
      Cap = NewCap;
    }
    std::memcpy(Text + Len, Line, static_cast<std::size_t>(N));
    Len += static_cast<std::size_t>(N);
    Text[Len++] = '\n';
  }
  Text[Len] = '\0';
  return Text;
}

void Store::printLowStock(std::FILE *Out, int Threshold) const {
  char *Title = static_cast<char *>(std::malloc(64));
  if (!Title)
    return;
  std::snprintf(Title, 64, "quantity below %d", Threshold);
  const char *Heading = Title;

  int Count = 0;
  for (const Record *R : Records) {
    if (R->Qty >= Threshold)
      continue;
    if (Count++ == 0)
      std::fprintf(Out, "== %s ==\n", Heading);
    std::fprintf(Out, "  %-8s %4d  %s\n", R->Sku, R->Qty, R->Name);
  }
  std::free(Title);
  // BUG(ownership-use-after-free): Heading aliases Title, freed just above.
  std::fprintf(Out, "%d record(s) with %s\n", Count, Heading);
}

} // namespace inventory
