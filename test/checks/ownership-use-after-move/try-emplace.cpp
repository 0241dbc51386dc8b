// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// try_emplace moves its argument exactly when it inserts, which `.second`
// (or the bound `inserted`) reports: a use where it refused the value is
// fine, a use where it inserted is a use after move. emplace,
// insert_or_assign, insert and operator[] assignment take it whether or not
// the key was there.
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

void log(const char *msg);

struct Session {
  int id;
};

// emplace may consume the value even when the key already exists.
void cacheTitle(std::map<int, std::string> &titles, int id, std::string title) {
  titles.emplace(id, std::move(title));
  log(title.c_str());
  // CHECK: :[[@LINE-1]]:7: warning: 'title' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'title' was moved here by 'emplace'{{$}}
}

// insert_or_assign always takes the value.
void updateTitle(std::map<int, std::string> &titles, int id,
                 std::string title) {
  titles.insert_or_assign(id, std::move(title));
  log(title.c_str());
  // CHECK: :[[@LINE-1]]:7: warning: 'title' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'title' was moved here by 'insert_or_assign'{{$}}
}

// Assigning through operator[] moves it too.
void setTitle(std::map<int, std::string> &titles, int id, std::string title) {
  titles[id] = std::move(title);
  log(title.c_str());
  // CHECK: :[[@LINE-1]]:7: warning: 'title' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:16: note: 'title' was moved here by a move assignment{{$}}
}

// A session emplaced into the table is then read through the local.
int registerSession(std::map<int, std::unique_ptr<Session>> &sessions, int id,
                    std::unique_ptr<Session> s) {
  sessions.emplace(id, std::move(s));
  return s->id;
  // CHECK: :[[@LINE-1]]:10: warning: 's' is dereferenced after it was moved: a moved-from 'std::unique_ptr' is null [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 's' was moved here by 'emplace'{{$}}
}

// insert takes a pair built from the moved title.
void insertTitle(std::map<int, std::string> &titles, int id,
                 std::string title) {
  titles.insert({id, std::move(title)});
  log(title.c_str());
  // CHECK: :[[@LINE-1]]:7: warning: 'title' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:22: note: 'title' was moved here into a new 'std::string'{{$}}
}

// emplace_back on a vector always consumes.
void appendLine(std::vector<std::string> &lines, std::string line) {
  lines.emplace_back(std::move(line));
  log(line.c_str());
  // CHECK: :[[@LINE-1]]:7: warning: 'line' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'line' was moved here by 'emplace_back'{{$}}
}

// Look-alike (LOOKALIKES.md): the key was taken, so nothing was moved and
// the title is still ours to log.
void cacheOrReport(std::map<int, std::string> &titles, int id,
                   std::string title) {
  if (!titles.try_emplace(id, std::move(title)).second)
    log(title.c_str());
}

// Look-alike: the same test through structured bindings.
void cacheOrReportBound(std::map<int, std::string> &titles, int id,
                        std::string title) {
  auto [it, inserted] = titles.try_emplace(id, std::move(title));
  if (!inserted)
    log(title.c_str());
}

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

// Look-alike: a session refused by try_emplace is still owned here.
int adoptSession(std::map<int, std::unique_ptr<Session>> &sessions, int id,
                 std::unique_ptr<Session> s) {
  if (!sessions.try_emplace(id, std::move(s)).second)
    return s->id;
  return 0;
}

// Look-alike: given a new value after insert_or_assign.
void updateAndReuse(std::map<int, std::string> &titles, int id,
                    std::string title) {
  titles.insert_or_assign(id, std::move(title));
  title = "untitled";
  log(title.c_str());
}

// Look-alike: emplace with an lvalue copies.
void cacheCopy(std::map<int, std::string> &titles, int id, std::string title) {
  titles.emplace(id, title);
  log(title.c_str());
}

// Look-alike: logged before it is emplaced.
void logThenCache(std::map<int, std::string> &titles, int id,
                  std::string title) {
  log(title.c_str());
  titles.emplace(id, std::move(title));
}

// Look-alike: clear() gives the moved-from string a known value.
void cacheAndClear(std::map<int, std::string> &titles, int id,
                   std::string title) {
  titles.emplace(id, std::move(title));
  title.clear();
  log(title.c_str());
}
