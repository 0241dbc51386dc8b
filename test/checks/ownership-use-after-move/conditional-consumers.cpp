// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A callee that moves its `T &&` parameter only on the paths that return
// true (the try_emplace pattern, in user code) leaves the caller's object
// intact where the call returned false. A move into a lambda's `T &&`
// parameter names the lambda variable.
#include <string>
#include <utility>
#include <vector>

void logLine(const std::string &line);

class BoundedQueue {
public:
  // Takes the job only when there is room; returns whether it did.
  bool tryPush(std::string &&job) {
    if (jobs.size() >= limit)
      return false;
    jobs.push_back(std::move(job));
    return true;
  }

private:
  std::vector<std::string> jobs;
  size_t limit = 16;
};

// Look-alike: on the failing path the job was not taken.
void submit(BoundedQueue &q, std::string job) {
  if (!q.tryPush(std::move(job)))
    logLine(job);
}

std::vector<std::string> g_lines;

// A generic lambda that forwards into a container.
void collect(std::string line) {
  auto keep = [](auto &&v) { g_lines.push_back(std::forward<decltype(v)>(v)); };
  keep(std::move(line));
  logLine(line);
  // CHECK: :[[@LINE-1]]:11: warning: 'line' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'line' was moved here by 'keep'{{$}}
}
