// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A lambda that captures by reference and moves a capture moves it where it
// runs. Kept in a local std::function, it runs where that is called: uses
// before the call are fine, uses after it are not. Handed to std::thread's
// constructor, it runs there. A std::function assigned a new callable later
// is not followed, and copying a lambda runs nothing.
#include <functional>
#include <string>
#include <thread>
#include <utility>

void publish(std::string event);
void log(const std::string &line);
std::string nextEvent();

// The event is published when flush() is called, then logged.
void flushThenLog() {
  std::string event = nextEvent();
  std::function<void()> flush = [&] { publish(std::move(event)); };
  log(event);
  flush();
  log(event);
  // CHECK: :[[@LINE-1]]:7: warning: 'event' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:47: note: 'event' was moved here by a lambda called later{{$}}
}

// A std::function initialised with parentheses, called on one path.
void flushOnDrain(bool drain) {
  std::string event = nextEvent();
  std::function<void()> flush([&] { publish(std::move(event)); });
  if (drain)
    flush();
  log(event);
  // CHECK: :[[@LINE-1]]:7: warning: 'event' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:45: note: 'event' was moved here by a lambda called later{{$}}
}

// Calling it twice moves the moved-from event again.
void flushTwice() {
  std::string event = nextEvent();
  std::function<void()> flush = [&] { publish(std::move(event)); };
  flush();
  flush();
  // CHECK: :[[@LINE-1]]:3: warning: 'event' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:47: note: 'event' was moved here by a lambda called later{{$}}
}

// The worker thread runs the lambda: after the join the event is gone.
void publishInBackground() {
  std::string event = nextEvent();
  std::thread worker([&] { publish(std::move(event)); });
  worker.join();
  log(event);
  // CHECK: :[[@LINE-1]]:7: warning: 'event' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:36: note: 'event' was moved here by a lambda called later{{$}}
}

// A named lambda handed to std::thread runs there too (the thread's copy
// refers to the same event).
void publishNamedInBackground() {
  std::string event = nextEvent();
  auto task = [&] { publish(std::move(event)); };
  std::thread worker(task);
  worker.join();
  log(event);
  // CHECK: :[[@LINE-1]]:7: warning: 'event' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:29: note: 'event' was moved here by a lambda called later{{$}}
}

// Logging while the thread may already have published the event.
void logWhileRunning() {
  std::string event = nextEvent();
  std::thread worker([&] { publish(std::move(event)); });
  log(event);
  // CHECK: :[[@LINE-1]]:7: warning: 'event' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:36: note: 'event' was moved here by a lambda called later{{$}}
  worker.join();
}

// Look-alike: every use comes before the call.
void logThenFlush() {
  std::string event = nextEvent();
  std::function<void()> flush = [&] { publish(std::move(event)); };
  log(event);
  flush();
}

// Look-alike: the std::function is never called.
void flushNever() {
  std::string event = nextEvent();
  std::function<void()> flush = [&] { publish(std::move(event)); };
  log(event);
}

// Look-alike: the lambda publishes and then fetches the next event.
void rotate() {
  std::string event = nextEvent();
  std::function<void()> next = [&] {
    publish(std::move(event));
    event = nextEvent();
  };
  next();
  log(event);
}

// Look-alike: the std::function is given a lambda that only logs before it
// is called.
void flushReplaced() {
  std::string event = nextEvent();
  std::function<void()> flush = [&] { publish(std::move(event)); };
  flush = [&] { log(event); };
  flush();
  log(event);
}

// Look-alike: copying a lambda runs nothing.
void copyTask() {
  std::string event = nextEvent();
  auto task = [&] { publish(std::move(event)); };
  [[maybe_unused]] auto spare = task;
  log(event);
}

// Look-alike: the thread moves its own copy of the event.
void publishCopyInBackground() {
  std::string event = nextEvent();
  std::thread worker([event]() mutable { publish(std::move(event)); });
  worker.join();
  log(event);
}
