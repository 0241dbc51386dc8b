//===- record.cpp - Record creation, copying and formatting ---------------===//
//
// Implements the C-style Record helpers: every string a record holds is a
// separate malloc'd copy that destroyRecord() releases.
//
//===----------------------------------------------------------------------===//

#include "inventory/record.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace inventory {

Record *createRecord(const char *Sku, const char *Name, const char *Unit,
                     int Qty, long PriceCents) {
  char *SkuCopy = nullptr;
  char *NameCopy = nullptr;
  char *UnitCopy = nullptr;
  Record *R = nullptr;

  SkuCopy = strdup(Sku);
  if (!SkuCopy)
    goto Fail;
  NameCopy = strdup(Name);
  if (!NameCopy)
    goto Fail;
  if (Unit) {
    UnitCopy = strdup(Unit);
    if (!UnitCopy)
      goto Fail;
  }
  R = new (std::nothrow) Record;
  if (!R)
    goto Fail;

  R->Sku = SkuCopy;
  R->Name = NameCopy;
  R->Unit = UnitCopy;
  R->Qty = Qty;
  R->PriceCents = PriceCents;
  return R;

Fail:
  // Any of these may still be null; free(nullptr) does nothing.
  std::free(UnitCopy);
  std::free(NameCopy);
  std::free(SkuCopy);
  return nullptr;
}

void destroyRecord(Record *R) {
  if (!R)
    return;
  std::free(R->Sku);
  std::free(R->Name);
  std::free(R->Unit);
  delete R;
}

Record *cloneRecord(const Record &R) {
  return createRecord(R.Sku, R.Name, R.Unit, R.Qty, R.PriceCents);
}

bool setUnit(Record &R, const char *Unit) {
  char *Copy = nullptr;
  if (Unit) {
    Copy = strdup(Unit);
    if (!Copy)
      return false;
  }
  std::free(R.Unit);
  R.Unit = Copy;
  return true;
}

void printQuantity(const Record &R, std::FILE *Out) {
  const char *Label = "pcs";
  if (R.Unit) {
    std::size_t N = std::strlen(R.Unit);
    char *Plural = static_cast<char *>(std::malloc(N + 2));
    if (!Plural)
      return;
    std::memcpy(Plural, R.Unit, N);
    Plural[N] = R.Qty == 1 ? '\0' : 's';
    Plural[N + 1] = '\0';
    Label = Plural;
  }
  std::fprintf(Out, "%d %s", R.Qty, Label);
  // Label still points at the "pcs" literal when the record has no unit.
  // BUG(ownership-mismatched-dealloc): free() of a string literal.
  std::free(const_cast<char *>(Label));
}

int formatRecord(const Record &R, char *Buf, std::size_t Cap) {
  // Names holding a comma or a quote are written quoted, with quotes doubled.
  bool NeedsQuotes = std::strpbrk(R.Name, ",\"") != nullptr;
  const char *Name = R.Name;
  char *Quoted = nullptr;
  if (NeedsQuotes) {
    Quoted = static_cast<char *>(std::malloc(2 * std::strlen(R.Name) + 3));
    if (!Quoted)
      return -1;
    char *Out = Quoted;
    *Out++ = '"';
    for (const char *C = R.Name; *C; ++C) {
      if (*C == '"')
        *Out++ = '"';
      *Out++ = *C;
    }
    *Out++ = '"';
    *Out = '\0';
    Name = Quoted;
  }

  int N = std::snprintf(Buf, Cap, "%s,%s,%d,%ld.%02ld%s%s", R.Sku, Name, R.Qty,
                        R.PriceCents / 100, R.PriceCents % 100,
                        R.Unit ? "," : "", R.Unit ? R.Unit : "");
  if (NeedsQuotes)
    std::free(Quoted);
  if (N < 0 || static_cast<std::size_t>(N) >= Cap)
    return -1;
  return N;
}

} // namespace inventory
