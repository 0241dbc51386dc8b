// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A moved-from std::promise has no shared state ([futures.promise]):
// set_value() and get_future() on it throw future_error(no_state), just as
// join() fails on a moved-from std::thread. Calling them after the promise
// was moved is reported as a use of an empty library object; taking the
// future before handing the promise over is not.
#include <future>
#include <utility>

void startWorker(std::promise<int> result);

// The result is set on the promise that was handed to the worker.
void publish(std::promise<int> p) {
  startWorker(std::move(p));
  p.set_value(42);
  // CHECK: :[[@LINE-1]]:3: warning: 'p' is used after it was moved: a moved-from 'std::promise' is empty [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:15: note: 'p' was moved here into 'startWorker'{{$}}
}

// The future is asked of the emptied promise.
std::future<int> handOver(std::promise<int> p) {
  std::promise<int> mine(std::move(p));
  return p.get_future();
  // CHECK: :[[@LINE-1]]:10: warning: 'p' is used after it was moved: a moved-from 'std::promise' is empty [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:26: note: 'p' was moved here into 'mine'{{$}}
}

// Look-alike: the future is taken before the promise is handed over.
std::future<int> handOverFixed(std::promise<int> p) {
  std::future<int> f = p.get_future();
  std::promise<int> mine(std::move(p));
  return f;
}
