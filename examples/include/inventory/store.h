//===- store.h - The in-memory record store and its reports -----*- C++ -*-===//
//
// Declares Store, which owns a set of records keyed by SKU, and the report
// printers built on it.
//
//===----------------------------------------------------------------------===//

#ifndef INVENTORY_STORE_H
#define INVENTORY_STORE_H

#include "inventory/record.h"

#include <cstdio>
#include <string>
#include <vector>

namespace inventory {

/// Owns records; every record in it is released by the destructor.
class Store {
public:
  Store() = default;
  Store(const Store &) = delete;
  Store &operator=(const Store &) = delete;
  ~Store();

  /// Takes ownership of \p R. Returns false when a record with the same SKU
  /// is already present; the caller then still owns \p R.
  bool add(Record *R);

  /// Returns the record with \p Sku, or null. The store keeps ownership.
  Record *find(const char *Sku) const;

  /// Removes and frees the record with \p Sku. Returns false if absent.
  bool remove(const char *Sku);

  /// Gives the record with \p Sku a new name. Returns false if absent or out
  /// of memory.
  bool rename(const char *Sku, const char *NewName);

  /// Adds every record read from \p In. Returns the number added, or -1 with
  /// a message in \p Err at the first malformed line.
  int loadLines(LineReader &In, std::string *Err);

  /// Writes the store to \p Path through a temporary file renamed into place.
  bool saveFile(const char *Path, std::string *Err) const;

  /// Returns the whole store as CSV text; the caller frees it with free().
  /// Returns null when out of memory or when a record is too long.
  char *exportCsv() const;

  /// Lists the records whose quantity is below \p Threshold.
  void printLowStock(std::FILE *Out, int Threshold) const;

  const std::vector<Record *> &records() const { return Records; }
  std::size_t size() const { return Records.size(); }

private:
  std::vector<Record *> Records;
};

/// Prints the records as an aligned table of the given columns (any of sku,
/// name, qty, price, unit). Unknown columns print as empty cells.
void printTable(const Store &S, const std::vector<std::string> &Columns,
                std::FILE *Out);

/// Prints the record count, the total value and the most valuable line.
void printSummary(const Store &S, std::FILE *Out);

/// Prints each distinct unit once.
void printUnits(const Store &S, std::FILE *Out);

} // namespace inventory

#endif // INVENTORY_STORE_H
