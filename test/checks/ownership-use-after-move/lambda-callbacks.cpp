// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A lambda handed to a function (by value, by `const F &`, by `F &&`, or as
// a named lambda) is taken to be called: what its body does to the variables
// it captures by reference happens at that call, so a capture it moves is
// moved-from afterwards. The body's effects apply in order: a capture it
// moves and then assigns again (directly or through `this`) holds a value
// after the call and may be used.
#include <string>
#include <utility>

void sink(std::string msg);
void log(const std::string &line);
std::string nextMessage();

template <class F> void runRef(const F &f) { f(); }
template <class F> void runFwd(F &&f) { f(); }
template <class F> void runNow(F f) { f(); }

// A callback taken by const reference moves the job.
void deferredRef() {
  std::string job = nextMessage();
  runRef([&] { sink(std::move(job)); });
  log(job);
  // CHECK: :[[@LINE-1]]:7: warning: 'job' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:21: note: 'job' was moved here by a lambda called later{{$}}
}

// A callback taken by forwarding reference moves the job.
void deferredFwd() {
  std::string job = nextMessage();
  runFwd([&] { sink(std::move(job)); });
  log(job);
  // CHECK: :[[@LINE-1]]:7: warning: 'job' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:21: note: 'job' was moved here by a lambda called later{{$}}
}

// A named callback handed to a call that runs it moves the job.
void deferredNamed() {
  std::string job = nextMessage();
  auto flush = [&] { sink(std::move(job)); };
  runNow(flush);
  log(job);
  // CHECK: :[[@LINE-1]]:7: warning: 'job' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:27: note: 'job' was moved here by a lambda called later{{$}}
}

// Look-alike: the lambda sends the buffer, then starts a new one.
void cycle() {
  std::string out = nextMessage();
  auto rotate = [&] {
    sink(std::move(out));
    out = nextMessage();
  };
  rotate();
  log(out);
}

// Look-alike: the same through `this`.
struct Session {
  std::string pending;
  void rotate() {
    auto flush = [this] {
      sink(std::move(pending));
      pending = nextMessage();
    };
    flush();
    log(pending);
  }
};
