// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Calling a lambda does to what it captures by reference what its body does;
// an init-capture moves when the lambda is made; capturing a moved-from value
// uses it.
#include <memory>
#include <string>
#include <utility>

void sink(std::string msg);
void log(const std::string &line);
bool more();
std::string nextMessage();

// Runs a callback straight away.
template <class F> void runNow(F f) { f(); }

// The flush lambda moves the outgoing buffer; the log after the call reads
// it.
void flushOnce() {
  std::string out = nextMessage();
  auto flush = [&] { sink(std::move(out)); };
  flush();
  log(out);
  // CHECK: :[[@LINE-1]]:7: warning: 'out' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:27: note: 'out' was moved here by a lambda called later{{$}}
}

// Look-alike: the lambda is made but never called.
void flushNever() {
  std::string out = nextMessage();
  auto flush = [&] { sink(std::move(out)); };
  log(out);
}

// Look-alike: the lambda moves its own copy.
void flushCopy() {
  std::string out = nextMessage();
  auto flush = [out]() mutable { sink(std::move(out)); };
  flush();
  log(out);
}

// Look-alike: the lambda moves a local of its own.
void flushLocal() {
  std::string out = nextMessage();
  auto flush = [] {
    std::string tmp = nextMessage();
    sink(std::move(tmp));
  };
  flush();
  log(out);
}

// Calling the flush twice moves the moved-from buffer.
void flushTwice() {
  std::string out = nextMessage();
  auto flush = [&] { sink(std::move(out)); };
  flush();
  flush();
  // CHECK: :[[@LINE-1]]:3: warning: 'out' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:27: note: 'out' was moved here by a lambda called later{{$}}
}

// A lambda that moves only sometimes still may have moved.
void flushIfFull(bool full) {
  std::string out = nextMessage();
  auto flush = [&] {
    if (full)
      sink(std::move(out));
  };
  flush();
  log(out);
  // CHECK: :[[@LINE-1]]:7: warning: 'out' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:12: note: 'out' was moved here by a lambda called later{{$}}
}

// Called in a loop, the flush moves what the next iteration appends to.
void flushEach() {
  std::string out;
  auto flush = [&] { sink(std::move(out)); };
  while (more()) {
    out.append("line");
    // CHECK: :[[@LINE-1]]:5: warning: 'out' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-4]]:27: note: 'out' was moved here by a lambda called later, in the previous iteration of the loop{{$}}
    flush();
  }
}

// Look-alike: each iteration gives the buffer a new value before the flush.
void flushEachFixed() {
  std::string out;
  auto flush = [&] { sink(std::move(out)); };
  while (more()) {
    out = nextMessage();
    flush();
  }
}

// Look-alike: the refill lambda gives the buffer a new value every time the
// loop condition calls it.
void pollAll() {
  std::string s;
  auto refill = [&] {
    s = nextMessage();
    return !s.empty();
  };
  while (refill()) {
    if (!s.empty())
      sink(std::move(s));
  }
}

// An immediately invoked lambda moves the name out of the outer variable.
void rename() {
  std::string name = nextMessage();
  std::string taken = [&] { return std::move(name); }();
  log(name);
  // CHECK: :[[@LINE-1]]:7: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:36: note: 'name' was moved here by a lambda called later{{$}}
}

// A lambda handed to a call that runs it.
void deferred() {
  std::string job = nextMessage();
  runNow([&] { sink(std::move(job)); });
  log(job);
  // CHECK: :[[@LINE-1]]:7: warning: 'job' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:21: note: 'job' was moved here by a lambda called later{{$}}
}

// Look-alike: the lambda handed on only reads the job.
void deferredRead() {
  std::string job = nextMessage();
  runNow([&] { log(job); });
  sink(std::move(job));
}

// The init-capture moves the request into the task; the log reads what is
// left behind.
void spawn() {
  std::string request = nextMessage();
  auto task = [request = std::move(request)] { log(request); };
  log(request);
  // CHECK: :[[@LINE-1]]:7: warning: 'request' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:26: note: 'request' was moved here into the lambda's capture{{$}}
  task();
}

// Look-alike: the init-capture copies.
void spawnCopy() {
  std::string request = nextMessage();
  auto task = [copy = request] { log(copy); };
  task();
  log(request);
}

// Look-alike: the variable gets a new value after the init-capture took it.
void spawnAndRefill() {
  std::string request = nextMessage();
  auto task = [r = std::move(request)] { log(r); };
  request = nextMessage();
  log(request);
  task();
}

// Look-alike: a moved-from unique_ptr is null, and the code checks for it.
void spawnOwned() {
  auto conn = std::make_unique<int>(7);
  auto task = [c = std::move(conn)] { return *c; };
  if (conn)
    *conn = 8;
  task();
}

// An init-capture in a loop moves the same variable every iteration.
void spawnEach() {
  std::string request = nextMessage();
  while (more())
    runNow([r = std::move(request)] { log(r); });
  // CHECK: :[[@LINE-1]]:27: warning: 'request' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:17: note: 'request' was moved here into the lambda's capture, in the previous iteration of the loop{{$}}
}

// Capturing by copy after the move copies a moved-from value.
void report() {
  std::string summary = nextMessage();
  sink(std::move(summary));
  auto show = [summary] { log(summary); };
  // CHECK: :[[@LINE-1]]:16: warning: 'summary' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:8: note: 'summary' was moved here into 'sink'{{$}}
  show();
}

// Captured by reference after the move: the lambda reads it when called.
void reportRef() {
  std::string summary = nextMessage();
  sink(std::move(summary));
  auto show = [&summary] { log(summary); };
  show();
  // CHECK: :[[@LINE-1]]:3: warning: 'summary' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:8: note: 'summary' was moved here into 'sink'{{$}}
}

// Look-alike: captured by reference after the move, but given a new value
// before the lambda is called.
void reportRefilled() {
  std::string summary = nextMessage();
  sink(std::move(summary));
  auto show = [&summary] { log(summary); };
  summary = nextMessage();
  show();
}

// An implicit capture is a use too; it shows at the capture default.
void reportImplicit() {
  std::string summary = nextMessage();
  sink(std::move(summary));
  auto show = [=] { log(summary); };
  // CHECK: :[[@LINE-1]]:16: warning: 'summary' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:8: note: 'summary' was moved here into 'sink'{{$}}
  show();
}

// Look-alike: captured and called before the move.
void reportFirst() {
  std::string summary = nextMessage();
  auto show = [&] { log(summary); };
  show();
  sink(std::move(summary));
}

// Captured before the move but called after it: the call reads the
// moved-from summary.
void reportLate() {
  std::string summary = nextMessage();
  auto show = [&] { log(summary); };
  sink(std::move(summary));
  show();
  // CHECK: :[[@LINE-1]]:3: warning: 'summary' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:8: note: 'summary' was moved here into 'sink'{{$}}
}

// Look-alike: the summary has a new value by the time the lambda runs.
void reportLateFixed() {
  std::string summary = nextMessage();
  auto show = [&] { log(summary); };
  sink(std::move(summary));
  summary = nextMessage();
  show();
}

// Look-alike: a lambda parameter shadows the outer name.
void reportParam() {
  std::string summary = nextMessage();
  auto ship = [](std::string summary) { sink(std::move(summary)); };
  ship(summary);
  log(summary);
}

// A session's send lambda moves a member through `this`.
struct Session {
  std::string pending;
  void send() {
    auto flush = [this] { sink(std::move(pending)); };
    flush();
    log(pending);
    // CHECK: :[[@LINE-1]]:9: warning: 'pending' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-4]]:32: note: 'pending' was moved here by a lambda called later{{$}}
  }
  // Look-alike: the lambda is never called.
  void sendLater() {
    auto flush = [this] { sink(std::move(pending)); };
    log(pending);
  }
};
