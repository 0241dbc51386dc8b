// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Conditions that compare one variable, or a field of a local struct, with
// a constant decide each other: `n > 10` and `n < 5` cannot both hold, and
// `n < 10` is `n >= 10` failing. A move under one and a use under the other
// never meet. Ranges that overlap can both hold, and a new value between
// the two tests forgets what the first one said.
#include <string>
#include <utility>

void send(std::string payload);
void log(const std::string &line);
int currentLoad();

struct Response {
  int status;
  std::string body;
};

enum class Priority { Low, Normal, Urgent };

// Look-alike: a load above 10 is sent, one below 5 is logged.
void shed(std::string job, int load) {
  if (load > 10)
    send(std::move(job));
  if (load < 5)
    log(job);
}

// Look-alike: complementary tests.
void split(std::string job, int load) {
  if (load >= 10)
    send(std::move(job));
  if (load < 10)
    log(job);
}

// Look-alike: the constant written first.
void splitReversed(std::string job, int load) {
  if (10 < load)
    send(std::move(job));
  if (load <= 10)
    log(job);
}

// Look-alike: at most 3 is never 7.
void retry(std::string job, int attempts) {
  if (attempts <= 3)
    send(std::move(job));
  if (attempts == 7)
    log(job);
}

// Look-alike: a switch sends on 200; the later test is for 404.
void answer(std::string job, int status) {
  switch (status) {
  case 200:
    send(std::move(job));
    break;
  case 500:
    log("server error");
    break;
  default:
    break;
  }
  if (status == 404)
    log(job);
}

// Look-alike: a field of a local struct, tested twice.
void reply(std::string job) {
  Response r{currentLoad(), "ok"};
  if (r.status == 200)
    send(std::move(job));
  if (r.status >= 400)
    log(job);
}

// Look-alike: a switch on a field, then a test on another label.
void replySwitch(std::string job) {
  Response r{currentLoad(), "ok"};
  switch (r.status) {
  case 200:
    send(std::move(job));
    break;
  case 404:
    break;
  }
  if (r.status == 500)
    log(job);
}

// Look-alike: two enumerators.
void prioritise(std::string job, Priority p) {
  if (p == Priority::Urgent)
    send(std::move(job));
  if (p == Priority::Low)
    log(job);
}

// Overlapping ranges: a load of 11 is sent, then logged.
void shedOverlap(std::string job, int load) {
  if (load > 10)
    send(std::move(job));
  if (load > 5)
    log(job);
  // CHECK: :[[@LINE-1]]:9: warning: 'job' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:10: note: 'job' was moved here into 'send'{{$}}
}

// The ranges share one value: a load of exactly 10.
void splitOverlap(std::string job, int load) {
  if (load >= 10)
    send(std::move(job));
  if (load <= 10)
    log(job);
  // CHECK: :[[@LINE-1]]:9: warning: 'job' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:10: note: 'job' was moved here into 'send'{{$}}
}

// Below zero is also at most zero.
void drain(std::string job, int credit) {
  if (credit < 0)
    send(std::move(job));
  if (credit <= 0)
    log(job);
  // CHECK: :[[@LINE-1]]:9: warning: 'job' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:10: note: 'job' was moved here into 'send'{{$}}
}

// The load is read again between the tests.
void shedRefreshed(std::string job, int load) {
  if (load > 10)
    send(std::move(job));
  load = currentLoad();
  if (load < 5)
    log(job);
  // CHECK: :[[@LINE-1]]:9: warning: 'job' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:10: note: 'job' was moved here into 'send'{{$}}
}

// The field is assigned between the tests.
void replyRefreshed(std::string job) {
  Response r{currentLoad(), "ok"};
  if (r.status == 200)
    send(std::move(job));
  r.status = currentLoad();
  if (r.status >= 400)
    log(job);
  // CHECK: :[[@LINE-1]]:9: warning: 'job' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:10: note: 'job' was moved here into 'send'{{$}}
}

// A switch on a label the later test names.
void answerSame(std::string job, int status) {
  switch (status) {
  case 200:
    send(std::move(job));
    break;
  default:
    break;
  }
  if (status == 200)
    log(job);
  // CHECK: :[[@LINE-1]]:9: warning: 'job' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-8]]:10: note: 'job' was moved here into 'send'{{$}}
}

// A frame whose payload is moved by some kinds, in a struct of its own.
enum class Kind { Text, Binary, Ping };
struct Frame {
  Kind kind;
  std::string data;
};

// Look-alike: moving the payload leaves the kind as it was, so the test on
// the kind still tells the paths apart.
void dispatchFrame(Frame f) {
  switch (f.kind) {
  case Kind::Text:
  case Kind::Binary:
    send(std::move(f.data));
    break;
  case Kind::Ping:
    break;
  }
  if (f.kind == Kind::Ping)
    log(f.data);
}

// The payload of a text frame is logged after it was sent.
void dispatchAndLogText(Frame f) {
  switch (f.kind) {
  case Kind::Text:
    send(std::move(f.data));
    break;
  default:
    break;
  }
  if (f.kind == Kind::Text)
    log(f.data);
  // CHECK: :[[@LINE-1]]:11: warning: 'f.data' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-8]]:10: note: 'f.data' was moved here into 'send'{{$}}
}
