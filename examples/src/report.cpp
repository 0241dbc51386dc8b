//===- report.cpp - Human-readable reports over a Store -------------------===//
//
// Implements the table, summary and unit reports that the command-line tool
// prints.
//
//===----------------------------------------------------------------------===//

#include "inventory/store.h"

#include <algorithm>
#include <cstdarg>
#include <cstdlib>
#include <cstring>

namespace inventory {

/// Writes one formatted row. Short rows are built on the stack; rows longer
/// than the stack buffer go through the heap.
static void writeRow(std::FILE *Out, const char *Fmt, ...) {
  char Small[128];
  char *Text = Small;

  va_list Args;
  va_start(Args, Fmt);
  int N = std::vsnprintf(Small, sizeof(Small), Fmt, Args);
  va_end(Args);
  if (N < 0)
    return;
  if (static_cast<std::size_t>(N) >= sizeof(Small)) {
    Text = static_cast<char *>(std::malloc(static_cast<std::size_t>(N) + 1));
    if (!Text)
      return;
    va_start(Args, Fmt);
    std::vsnprintf(Text, static_cast<std::size_t>(N) + 1, Fmt, Args);
    va_end(Args);
  }
  std::fputs(Text, Out);
  if (Text != Small)
    std::free(Text);
}

/// Formats the value of \p Column for \p R into \p Buf.
static void cellText(const Record &R, const std::string &Column, char *Buf,
                     std::size_t Cap) {
  if (Column == "sku")
    std::snprintf(Buf, Cap, "%s", R.Sku);
  else if (Column == "name")
    std::snprintf(Buf, Cap, "%s", R.Name);
  else if (Column == "qty")
    std::snprintf(Buf, Cap, "%d", R.Qty);
  else if (Column == "price")
    std::snprintf(Buf, Cap, "%ld.%02ld", R.PriceCents / 100,
                  R.PriceCents % 100);
  else if (Column == "unit")
    std::snprintf(Buf, Cap, "%s", R.Unit ? R.Unit : "pcs");
  else
    Buf[0] = '\0';
}

/// Prints a rule of dashes \p Width characters wide.
static void printRule(std::FILE *Out, std::size_t Width) {
  char *Rule = new char[Width + 1];
  std::memset(Rule, '-', Width);
  Rule[Width] = '\0';
  writeRow(Out, "%s\n", Rule);
  delete[] Rule;
}

void printTable(const Store &S, const std::vector<std::string> &Columns,
                std::FILE *Out) {
  std::size_t NumColumns = Columns.size();
  std::size_t *Widths = nullptr;
  char Cell[80];
  if (NumColumns == 0)
    return;

  Widths = new std::size_t[NumColumns];
  for (std::size_t C = 0; C < NumColumns; ++C)
    Widths[C] = Columns[C].size();
  for (const Record *R : S.records()) {
    for (std::size_t C = 0; C < NumColumns; ++C) {
      cellText(*R, Columns[C], Cell, sizeof(Cell));
      Widths[C] = std::max(Widths[C], std::strlen(Cell));
    }
  }

  std::size_t Total = 0;
  for (std::size_t C = 0; C < NumColumns; ++C) {
    writeRow(Out, "%-*s ", static_cast<int>(Widths[C]), Columns[C].c_str());
    Total += Widths[C] + 1;
  }
  writeRow(Out, "\n");
  printRule(Out, Total);
  for (const Record *R : S.records()) {
    for (std::size_t C = 0; C < NumColumns; ++C) {
      cellText(*R, Columns[C], Cell, sizeof(Cell));
      writeRow(Out, "%-*s ", static_cast<int>(Widths[C]), Cell);
    }
    writeRow(Out, "\n");
  }
  // BUG(ownership-mismatched-dealloc): Widths came from new[]: needs delete[].
  delete Widths;
}

void printSummary(const Store &S, std::FILE *Out) {
  long Total = 0;
  long Best = -1;
  char *Priciest = nullptr; // A copy of the SKU of the most valuable line.
  for (const Record *R : S.records()) {
    long Value = R->PriceCents * R->Qty;
    Total += Value;
    if (Value > Best) {
      std::free(Priciest);
      Priciest = strdup(R->Sku);
      Best = Value;
    }
  }

  writeRow(Out, "%zu record(s), total value %ld.%02ld\n", S.size(), Total / 100,
           Total % 100);
  if (Priciest)
    writeRow(Out, "most valuable line: %s\n", Priciest);
  std::free(Priciest);
}

void printUnits(const Store &S, std::FILE *Out) {
  std::vector<char *> Seen;
  for (const Record *R : S.records()) {
    const char *Unit = R->Unit ? R->Unit : "pcs";
    bool Known = std::any_of(Seen.begin(), Seen.end(), [Unit](const char *U) {
      return std::strcmp(U, Unit) == 0;
    });
    if (Known)
      continue;
    char *Copy = strdup(Unit);
    if (!Copy)
      break;
    Seen.push_back(Copy);
  }

  writeRow(Out, "%zu unit(s)\n", Seen.size());
  for (char *U : Seen)
    writeRow(Out, "  %s\n", U);
  for (char *U : Seen)
    std::free(U);
}

} // namespace inventory
