// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Library classes with an empty moved-from state: joining a moved-from
// std::thread or getting a moved-from std::future is a use; testing them is
// not. A moved-from std::function is not specified to be empty
// ([func.wrap.func.con]: "valid but unspecified"), so it follows the general
// rule, like std::optional, whose reset()/emplace() give it a new value.
#include <functional>
#include <future>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

void flushLogs();
void crawl(const char *root);
void archive(std::optional<std::string> name);
void remember(const std::function<void()> &callback);
void print(const std::string &s);

struct Scheduler {
  void every(int seconds, std::function<void(int)> job);
};

// The hook is registered, then called through the emptied variable.
void registerFlush(std::vector<std::function<void()>> &hooks) {
  std::function<void()> fn = flushLogs;
  hooks.push_back(std::move(fn));
  fn();
  // CHECK: :[[@LINE-1]]:3: warning: 'fn' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'fn' was moved here by 'push_back'{{$}}
}

// A periodic job is handed to the scheduler and also run once by hand.
void scheduleCompaction(Scheduler &s, std::function<void(int)> job) {
  s.every(60, std::move(job));
  job(3);
  // CHECK: :[[@LINE-1]]:3: warning: 'job' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:15: note: 'job' was moved here into 'every'{{$}}
}

// Moved into a lambda's capture, then called through the original.
void deferFlush() {
  std::function<void()> fn = flushLogs;
  auto task = [cb = std::move(fn)] { cb(); };
  task();
  fn();
  // CHECK: :[[@LINE-1]]:3: warning: 'fn' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:21: note: 'fn' was moved here into the lambda's capture{{$}}
}

// The worker now belongs to the pool; joining the local thread is an error.
void startCrawler(std::vector<std::thread> &workers) {
  std::thread t(crawl, "/srv");
  workers.push_back(std::move(t));
  t.join();
  // CHECK: :[[@LINE-1]]:3: warning: 't' is used after it was moved: a moved-from 'std::thread' is empty [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 't' was moved here by 'push_back'{{$}}
}

// Detached after it was handed to another thread object.
void runDetached(std::thread t) {
  std::thread owner(std::move(t));
  t.detach();
  // CHECK: :[[@LINE-1]]:3: warning: 't' is used after it was moved: a moved-from 'std::thread' is empty [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:21: note: 't' was moved here into 'owner'{{$}}
}

// Move-assigned into a slot, then joined through the emptied local.
void replaceWorker(std::thread &slot) {
  std::thread t(crawl, "/tmp");
  slot = std::move(t);
  t.join();
  // CHECK: :[[@LINE-1]]:3: warning: 't' is used after it was moved: a moved-from 'std::thread' is empty [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:10: note: 't' was moved here by a move assignment{{$}}
}

// The result is read from the future that was given away.
int fetchResult(std::future<int> f) {
  std::future<int> pending = std::move(f);
  return f.get();
  // CHECK: :[[@LINE-1]]:10: warning: 'f' is used after it was moved: a moved-from 'std::future' is empty [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:30: note: 'f' was moved here into 'pending'{{$}}
}

// Waiting on a future after it was collected into the batch.
void collect(std::future<int> f, std::vector<std::future<int>> &batch) {
  batch.push_back(std::move(f));
  f.wait();
  // CHECK: :[[@LINE-1]]:3: warning: 'f' is used after it was moved: a moved-from 'std::future' is empty [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'f' was moved here by 'push_back'{{$}}
}

// std::optional has no empty moved-from state: its contents were moved.
size_t nicknameLength(std::optional<std::string> name) {
  archive(std::move(name));
  return name->size();
  // CHECK: :[[@LINE-1]]:10: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:11: note: 'name' was moved here into 'archive'{{$}}
}

// The moved-from contents are printed.
void printNickname(std::optional<std::string> name) {
  auto taken = std::move(name);
  print(*name);
  // CHECK: :[[@LINE-1]]:10: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:16: note: 'name' was moved here into 'taken'{{$}}
}

// value() on an optional that was move-assigned away.
std::string nicknameOf(std::optional<std::string> name,
                       std::optional<std::string> &out) {
  out = std::move(name);
  return name.value();
  // CHECK: :[[@LINE-1]]:10: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:9: note: 'name' was moved here by a move assignment{{$}}
}

// Testing a moved-from std::function reads an unspecified value: it may
// still hold its target (a small-buffer implementation copies it).
void flushIfStillOwned(std::vector<std::function<void()>> &hooks) {
  std::function<void()> fn = flushLogs;
  hooks.push_back(std::move(fn));
  if (fn)
    fn();
  // CHECK: :[[@LINE-2]]:7: warning: 'fn' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:3: note: 'fn' was moved here by 'push_back'{{$}}
}

// The same, moved on one path only.
void maybeRegister(std::vector<std::function<void()>> &hooks, bool share) {
  std::function<void()> fn = flushLogs;
  if (share)
    hooks.push_back(std::move(fn));
  if (!fn)
    return;
  fn();
  // CHECK: :[[@LINE-3]]:8: warning: 'fn' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:5: note: 'fn' was moved here by 'push_back'{{$}}
}

// Look-alike: given a new target before the call.
void rearm(std::vector<std::function<void()>> &hooks) {
  std::function<void()> fn = flushLogs;
  hooks.push_back(std::move(fn));
  fn = flushLogs;
  fn();
}

// Passing a moved-from std::function on passes an unspecified value.
void keepEmpty(std::vector<std::function<void()>> &hooks) {
  std::function<void()> fn = flushLogs;
  hooks.push_back(std::move(fn));
  remember(fn);
  std::function<void()> copy = fn;
  // CHECK: :[[@LINE-2]]:12: warning: 'fn' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:3: note: 'fn' was moved here by 'push_back'{{$}}
}

// Look-alike: joinable() is false for a moved-from thread.
void joinIfStillMine(std::vector<std::thread> &workers) {
  std::thread t(crawl, "/srv");
  workers.push_back(std::move(t));
  if (t.joinable())
    t.join();
}

// Look-alike: a new thread is started in the variable before the join.
void restartCrawler(std::vector<std::thread> &workers) {
  std::thread t(crawl, "/srv");
  workers.push_back(std::move(t));
  t = std::thread(crawl, "/tmp");
  t.join();
}

// Look-alike: valid() is the question to ask of a moved-from future.
int resultIfKept(std::future<int> f, bool delegate) {
  std::future<int> mine;
  if (delegate)
    mine = std::move(f);
  if (!f.valid())
    return -1;
  return f.get();
}

// Look-alike: valid() alone after the move.
bool stillPending(std::future<int> f) {
  std::future<int> mine = std::move(f);
  return f.valid();
}

// Look-alike: reset() leaves the optional empty, a known value.
bool archiveAndClear(std::optional<std::string> name) {
  archive(std::move(name));
  name.reset();
  return name.has_value();
}

// Look-alike: emplace() puts a new value in the optional.
size_t archiveAndDefault(std::optional<std::string> name) {
  archive(std::move(name));
  name.emplace("anonymous");
  return name->size();
}

// Look-alike: assigned a fresh value.
size_t archiveAndRename(std::optional<std::string> name,
                        std::optional<std::string> &out) {
  out = std::move(name);
  name = std::string("guest");
  return name->size();
}
