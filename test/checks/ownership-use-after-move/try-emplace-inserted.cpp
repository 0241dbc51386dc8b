// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// try_emplace moves its argument exactly when it inserts, which `.second`
// (or the bound `inserted`) reports. Using the argument on the path where
// the insertion happened is a use after move; using it on the path where
// try_emplace refused it (`!...second`, `!inserted`) is not.
#include <map>
#include <string>
#include <utility>

void log(const char *msg);

// Logged exactly when the title went into the map.
void cacheAndLog(std::map<int, std::string> &titles, int id,
                 std::string title) {
  if (titles.try_emplace(id, std::move(title)).second)
    log(title.c_str());
    // CHECK: :[[@LINE-1]]:9: warning: 'title' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-3]]:7: note: 'title' was moved here by 'try_emplace'{{$}}
}

// The same through structured bindings.
void cacheAndLogBound(std::map<int, std::string> &titles, int id,
                      std::string title) {
  auto [it, inserted] = titles.try_emplace(id, std::move(title));
  if (inserted)
    log(title.c_str());
    // CHECK: :[[@LINE-1]]:9: warning: 'title' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-4]]:25: note: 'title' was moved here by 'try_emplace'{{$}}
}

// Look-alike: only the refused title is logged.
void cacheOrReport(std::map<int, std::string> &titles, int id,
                   std::string title) {
  if (!titles.try_emplace(id, std::move(title)).second)
    log(title.c_str());
}

// Look-alike: the same through structured bindings.
void cacheOrReportBound(std::map<int, std::string> &titles, int id,
                        std::string title) {
  auto [it, inserted] = titles.try_emplace(id, std::move(title));
  if (!inserted)
    log(title.c_str());
}
