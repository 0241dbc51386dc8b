//===- main.cpp - The inventory command-line tool -------------------------===//
//
// Loads inventory files into a Store, applies edits given on the command line
// and prints the requested reports.
//
//===----------------------------------------------------------------------===//

#include "inventory/store.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace inventory;

namespace {

struct Options {
  std::vector<const char *> Inputs;
  std::vector<const char *> Renames;
  std::vector<const char *> Copies;
  std::vector<const char *> Removals;
  const char *Table = nullptr;
  const char *Show = nullptr;
  const char *SavePath = nullptr;
  int LowStock = -1;
  int Reorder = -1;
  bool Units = false;
  bool Csv = false;
};

struct FreeDeleter {
  void operator()(char *P) const { std::free(P); }
};

const char Usage[] =
    "usage: inventory [options] <file|->...\n"
    "  --table COLS       print a table of the comma-separated columns\n"
    "                     (sku, name, qty, price, unit)\n"
    "  --low-stock N      list the records whose quantity is below N\n"
    "  --reorder N        plan the orders that bring every record up to N\n"
    "  --show SKU         print one record\n"
    "  --rename SKU=NAME  rename a record\n"
    "  --copy SKU=NEWSKU  add a copy of a record under a new SKU\n"
    "  --remove SKU       remove a record\n"
    "  --units            list the distinct units\n"
    "  --csv              print the store as CSV\n"
    "  --save PATH        write the store to PATH\n";

bool parseArgs(int Argc, char **Argv, Options &Opts) {
  for (int I = 1; I < Argc; ++I) {
    const char *Arg = Argv[I];
    bool HasValue = I + 1 < Argc;
    if (std::strcmp(Arg, "--units") == 0)
      Opts.Units = true;
    else if (std::strcmp(Arg, "--csv") == 0)
      Opts.Csv = true;
    else if (Arg[0] == '-' && Arg[1] == '-' && !HasValue)
      return false;
    else if (std::strcmp(Arg, "--table") == 0)
      Opts.Table = Argv[++I];
    else if (std::strcmp(Arg, "--low-stock") == 0)
      Opts.LowStock = std::atoi(Argv[++I]);
    else if (std::strcmp(Arg, "--reorder") == 0)
      Opts.Reorder = std::atoi(Argv[++I]);
    else if (std::strcmp(Arg, "--show") == 0)
      Opts.Show = Argv[++I];
    else if (std::strcmp(Arg, "--rename") == 0)
      Opts.Renames.push_back(Argv[++I]);
    else if (std::strcmp(Arg, "--copy") == 0)
      Opts.Copies.push_back(Argv[++I]);
    else if (std::strcmp(Arg, "--remove") == 0)
      Opts.Removals.push_back(Argv[++I]);
    else if (std::strcmp(Arg, "--save") == 0)
      Opts.SavePath = Argv[++I];
    else if (Arg[0] == '-' && Arg[1] == '-')
      return false;
    else
      Opts.Inputs.push_back(Arg);
  }
  return !Opts.Inputs.empty();
}

/// Splits "a,b,c" into its items.
std::vector<std::string> splitList(const char *List) {
  std::vector<std::string> Items;
  std::unique_ptr<char, FreeDeleter> Copy(strdup(List));
  if (!Copy)
    return Items;
  char *Save = nullptr;
  for (char *Tok = strtok_r(Copy.get(), ",", &Save); Tok;
       Tok = strtok_r(nullptr, ",", &Save))
    Items.emplace_back(Tok);
  return Items;
}

/// Applies "SKU=NAME".
bool applyRename(Store &S, const char *Spec) {
  char *Copy = strdup(Spec);
  if (!Copy)
    return false;
  bool Ok = false;
  char *Eq = std::strchr(Copy, '=');
  if (!Eq || Eq == Copy) {
    std::fprintf(stderr, "error: --rename expects SKU=NAME, got '%s'\n", Copy);
    std::free(Copy);
    Copy = nullptr;
  } else {
    *Eq = '\0';
    Ok = S.rename(Copy, Eq + 1);
    if (!Ok)
      std::fprintf(stderr, "error: cannot rename '%s'\n", Copy);
  }
  std::free(Copy);
  return Ok;
}

/// Applies "SKU=NEWSKU": adds a copy of record SKU under NEWSKU.
bool applyCopy(Store &S, const char *Spec) {
  const char *Eq = std::strchr(Spec, '=');
  if (!Eq)
    return false;
  std::string Sku(Spec, Eq);
  const Record *Src = S.find(Sku.c_str());
  if (!Src)
    return false;

  Record *Dup = cloneRecord(*Src);
  if (!Dup)
    return false;
  char *NewSku = strdup(Eq + 1);
  if (!NewSku) {
    destroyRecord(Dup);
    return false;
  }
  std::free(Dup->Sku);
  Dup->Sku = NewSku;
  if (!S.add(Dup)) {
    // A record with that SKU already exists; the copy is still ours.
    destroyRecord(Dup);
    return false;
  }
  return true;
}

/// Prints one record; very long names are shortened.
void showRecord(const Record &R) {
  const char *Name = "(unnamed)";
  char *Short = nullptr;
  if (R.Name[0] != '\0') {
    Name = R.Name;
    if (std::strlen(R.Name) > 40) {
      Short = static_cast<char *>(std::malloc(41));
      if (Short) {
        std::memcpy(Short, R.Name, 37);
        std::memcpy(Short + 37, "...", 4);
        Name = Short;
      }
    }
  }
  std::printf("%s  %s  ", R.Sku, Name);
  printQuantity(R, stdout);
  std::printf("  at %ld.%02ld\n", R.PriceCents / 100, R.PriceCents % 100);
  std::free(Short);
}

/// A purchase order. Suppliers quote per unit of sale, so an order holds the
/// lines of one unit.
struct Order {
  std::string Unit;
  std::vector<std::string> Lines; // "SKU xCOUNT"
};

const char *unitName(const Record &R) { return R.Unit ? R.Unit : "pcs"; }

/// Plans the orders that bring every record below \p Target back up to it:
/// one order per unit, by unit and then by SKU.
std::vector<std::unique_ptr<Order>> planReorder(const Store &S, int Target) {
  std::vector<const Record *> Low;
  for (const Record *R : S.records())
    if (R->Qty < Target)
      Low.push_back(R);
  std::sort(Low.begin(), Low.end(), [](const Record *A, const Record *B) {
    int ByUnit = std::strcmp(unitName(*A), unitName(*B));
    return ByUnit != 0 ? ByUnit < 0 : std::strcmp(A->Sku, B->Sku) < 0;
  });

  std::vector<std::unique_ptr<Order>> Orders;
  std::unique_ptr<Order> Current; // The order being filled, if any.
  std::string LastUnit;           // The unit of the previous record.
  for (const Record *R : Low) {
    std::string Unit = unitName(*R);
    if (Current && Unit != LastUnit)
      Orders.push_back(std::move(Current));
    if (!Current) {
      Current = std::make_unique<Order>();
      Current->Unit = std::move(Unit);
    }
    std::string Line = R->Sku;
    Line += " x" + std::to_string(Target - R->Qty);
    Current->Lines.push_back(std::move(Line));
    // BUG(ownership-use-after-move): Unit was moved into the new order above.
    LastUnit = Unit;
  }
  if (Current)
    Orders.push_back(std::move(Current));
  return Orders;
}

void printReorder(const std::vector<std::unique_ptr<Order>> &Orders,
                  int Target) {
  std::printf("== reorder up to %d ==\n", Target);
  for (const auto &O : Orders) {
    std::printf("%s:", O->Unit.c_str());
    const char *Sep = " ";
    for (const std::string &Line : O->Lines) {
      std::printf("%s%s", Sep, Line.c_str());
      Sep = ", ";
    }
    std::printf("\n");
  }
  std::printf("%zu order(s)\n", Orders.size());
}

bool loadAll(Store &S, const Options &Opts) {
  for (const char *Path : Opts.Inputs) {
    LineReader In;
    if (!In.open(Path)) {
      std::fprintf(stderr, "error: cannot open '%s'\n", Path);
      return false;
    }
    std::string Err;
    if (S.loadLines(In, &Err) < 0) {
      std::fprintf(stderr, "error: %s: %s\n", Path, Err.c_str());
      return false;
    }
  }
  return true;
}

bool applyEdits(Store &S, const Options &Opts) {
  bool Ok = true;
  for (const char *Spec : Opts.Renames)
    Ok &= applyRename(S, Spec);
  for (const char *Spec : Opts.Copies)
    Ok &= applyCopy(S, Spec);
  for (const char *Sku : Opts.Removals)
    Ok &= S.remove(Sku);
  return Ok;
}

bool printReports(const Store &S, const Options &Opts) {
  printSummary(S, stdout);
  if (Opts.Table)
    printTable(S, splitList(Opts.Table), stdout);
  if (Opts.LowStock >= 0)
    S.printLowStock(stdout, Opts.LowStock);
  if (Opts.Reorder >= 0)
    printReorder(planReorder(S, Opts.Reorder), Opts.Reorder);
  if (Opts.Units)
    printUnits(S, stdout);
  if (Opts.Show) {
    const Record *R = S.find(Opts.Show);
    if (!R) {
      std::fprintf(stderr, "error: no record '%s'\n", Opts.Show);
      return false;
    }
    showRecord(*R);
  }
  if (Opts.Csv) {
    char *Text = S.exportCsv();
    if (!Text) {
      std::fprintf(stderr, "error: cannot export the store\n");
      return false;
    }
    std::fputs(Text, stdout);
    std::free(Text);
  }
  return true;
}

} // namespace

int main(int Argc, char **Argv) {
  Options Opts;
  if (!parseArgs(Argc, Argv, Opts)) {
    std::fputs(Usage, stderr);
    return 2;
  }
  Store S;
  if (!loadAll(S, Opts))
    return 1;
  bool Ok = applyEdits(S, Opts);
  Ok &= printReports(S, Opts);
  if (Opts.SavePath) {
    std::string Err;
    if (!S.saveFile(Opts.SavePath, &Err)) {
      std::fprintf(stderr, "error: %s\n", Err.c_str());
      Ok = false;
    }
  }
  return Ok ? 0 : 1;
}
