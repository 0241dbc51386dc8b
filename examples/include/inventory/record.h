//===- record.h - Inventory records and reading them from text --*- C++ -*-===//
//
// Declares the Record type with its C-style helpers, the record parser and the
// line reader used to load inventory files.
//
//===----------------------------------------------------------------------===//

#ifndef INVENTORY_RECORD_H
#define INVENTORY_RECORD_H

#include <cstddef>
#include <cstdio>
#include <string>

namespace inventory {

/// One stock-keeping unit. Every string is owned by the record and was
/// allocated with malloc (strdup); a null Unit means "pieces".
struct Record {
  char *Sku = nullptr;
  char *Name = nullptr;
  char *Unit = nullptr;
  int Qty = 0;
  long PriceCents = 0;
};

/// Creates a record holding copies of the strings; \p Unit may be null.
/// Returns null when out of memory. Release it with destroyRecord().
Record *createRecord(const char *Sku, const char *Name, const char *Unit,
                     int Qty, long PriceCents);

/// Frees \p R and its strings. Accepts null.
void destroyRecord(Record *R);

/// Returns a deep copy of \p R, or null when out of memory.
Record *cloneRecord(const Record &R);

/// Replaces the unit of \p R with a copy of \p Unit (which may be null).
/// Returns false, leaving \p R unchanged, when out of memory.
bool setUnit(Record &R, const char *Unit);

/// Writes "<qty> <unit>" to \p Out, with the unit in plural form.
void printQuantity(const Record &R, std::FILE *Out);

/// Formats \p R as one CSV line without the newline. Returns the length, or
/// -1 when it does not fit in \p Cap bytes.
int formatRecord(const Record &R, char *Buf, std::size_t Cap);

/// Parses one CSV line "sku,name,qty,price[,unit]". Returns a new record, or
/// null with a message in \p Err.
Record *parseRecord(const char *Line, std::string *Err);

/// Reads a text file line by line through one growing buffer.
class LineReader {
public:
  LineReader() = default;
  LineReader(const LineReader &) = delete;
  LineReader &operator=(const LineReader &) = delete;
  ~LineReader();

  /// Opens \p Path; "-" means standard input.
  bool open(const char *Path);

  /// Returns the next physical line without its newline, or null at the end
  /// of the file. The text stays valid until the next call.
  const char *next();

  /// Returns the next logical line: physical lines that end in a backslash
  /// continue on the next one. The caller frees the result with free().
  char *nextLogical();

  /// The number of the last physical line read, starting at 1.
  unsigned lineNumber() const { return Line; }

private:
  bool grow();

  std::FILE *File = nullptr;
  bool OwnsFile = false;
  char *Buf = nullptr;
  std::size_t Cap = 0;
  unsigned Line = 0;
};

} // namespace inventory

#endif // INVENTORY_RECORD_H
