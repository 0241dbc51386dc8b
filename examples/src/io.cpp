//===- io.cpp - Reading inventory files -----------------------------------===//
//
// Implements LineReader, which reads physical and continued lines through a
// growing buffer, and parseRecord(), which turns one CSV line into a Record.
//
//===----------------------------------------------------------------------===//

#include "inventory/record.h"

#include <cstdlib>
#include <cstring>
#include <vector>

namespace inventory {

LineReader::~LineReader() {
  if (OwnsFile && File)
    std::fclose(File);
  std::free(Buf);
}

bool LineReader::open(const char *Path) {
  if (std::strcmp(Path, "-") == 0) {
    File = stdin;
    OwnsFile = false;
    return true;
  }
  File = std::fopen(Path, "r");
  OwnsFile = true;
  return File != nullptr;
}

bool LineReader::grow() {
  std::size_t NewCap = Cap ? Cap * 2 : 128;
  char *Bigger = static_cast<char *>(std::realloc(Buf, NewCap));
  if (!Bigger)
    return false; // Buf is untouched and still ours.
  Buf = Bigger;
  Cap = NewCap;
  return true;
}

const char *LineReader::next() {
  if (!File)
    return nullptr;
  std::size_t Len = 0;
  for (;;) {
    if (Len + 1 >= Cap && !grow())
      return nullptr;
    int C = std::fgetc(File);
    if (C == EOF) {
      if (Len == 0)
        return nullptr;
      break;
    }
    if (C == '\n')
      break;
    Buf[Len++] = static_cast<char>(C);
  }
  if (Len > 0 && Buf[Len - 1] == '\r')
    --Len;
  Buf[Len] = '\0';
  ++Line;
  return Buf;
}

char *LineReader::nextLogical() {
  char *Out = nullptr;
  std::size_t Len = 0;
  while (const char *Piece = next()) {
    std::size_t N = std::strlen(Piece);
    bool Continued = N > 0 && Piece[N - 1] == '\\';
    if (Continued)
      --N;
    // When realloc fails it returns null and the text gathered so far is lost.
    // BUG(ownership-leak): the old block is only held by Out, overwritten here.
    Out = static_cast<char *>(std::realloc(Out, Len + N + 1));
    if (!Out)
      return nullptr;
    std::memcpy(Out + Len, Piece, N);
    Len += N;
    Out[Len] = '\0';
    if (!Continued)
      break;
  }
  return Out;
}

/// Splits one CSV line; fields may be quoted, with "" standing for a quote.
static bool splitCsv(const char *Line, std::vector<std::string> &Fields,
                     std::string *Err) {
  std::string Field;
  const char *P = Line;
  for (;;) {
    Field.clear();
    if (*P == '"') {
      for (++P;; ++P) {
        if (*P == '\0') {
          *Err = "unterminated quote";
          return false;
        }
        if (*P == '"') {
          if (P[1] != '"')
            break;
          ++P;
        }
        Field += *P;
      }
      ++P;
      if (*P != ',' && *P != '\0') {
        *Err = "text after closing quote";
        return false;
      }
    } else {
      while (*P != ',' && *P != '\0')
        Field += *P++;
    }
    Fields.push_back(Field);
    if (*P == '\0')
      return true;
    ++P;
  }
}

/// Parses a non-negative integer; the whole string must be digits.
static bool parseCount(const std::string &Text, int &Value) {
  if (Text.empty() || Text.size() > 9 ||
      Text.find_first_not_of("0123456789") != std::string::npos)
    return false;
  Value = std::atoi(Text.c_str());
  return true;
}

/// Parses "12", "12.5" or "12.50" into cents.
static bool parsePrice(const std::string &Text, long &Cents) {
  std::size_t Dot = Text.find('.');
  std::string Whole = Text.substr(0, Dot);
  std::string Frac = Dot == std::string::npos ? "" : Text.substr(Dot + 1);
  if (Whole.empty() || Frac.size() > 2 || Whole.size() > 9 ||
      Whole.find_first_not_of("0123456789") != std::string::npos ||
      Frac.find_first_not_of("0123456789") != std::string::npos)
    return false;
  while (Frac.size() < 2)
    Frac += '0';
  Cents = std::atol(Whole.c_str()) * 100 + std::atol(Frac.c_str());
  return true;
}

/// Returns a malloc'd copy of \p S, or null when out of memory.
static char *dupString(const std::string &S) {
  char *Copy = static_cast<char *>(std::malloc(S.size() + 1));
  if (!Copy)
    return nullptr;
  std::memcpy(Copy, S.c_str(), S.size() + 1);
  return Copy;
}

Record *parseRecord(const char *Line, std::string *Err) {
  std::vector<std::string> Fields;
  if (!splitCsv(Line, Fields, Err))
    return nullptr;
  if (Fields.size() != 4 && Fields.size() != 5) {
    *Err = "expected 4 or 5 fields";
    return nullptr;
  }

  bool HasUnit = Fields.size() == 5 && !Fields[4].empty();
  Record *R = new Record();
  R->Sku = dupString(Fields[0]);
  R->Name = dupString(Fields[1]);
  if (HasUnit)
    R->Unit = dupString(Fields[4]);
  if (!R->Sku || !R->Name || (HasUnit && !R->Unit)) {
    destroyRecord(R);
    *Err = "out of memory";
    return nullptr;
  }

  int Qty = 0;
  if (!parseCount(Fields[2], Qty)) {
    destroyRecord(R);
    *Err = "bad quantity '" + Fields[2] + "'";
    return nullptr;
  }
  R->Qty = Qty;

  long Cents = 0;
  if (!parsePrice(Fields[3], Cents)) {
    *Err = "bad price '" + Fields[3] + "'";
    // BUG(ownership-leak): unlike the other error paths, no destroyRecord(R).
    return nullptr;
  }
  R->PriceCents = Cents;
  return R;
}

} // namespace inventory
