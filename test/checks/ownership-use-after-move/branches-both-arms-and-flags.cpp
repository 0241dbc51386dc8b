// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A value moved on both arms of an if/else or a ?: names both moves; flags
// that remember a move (`moved == false`, an int state, a pointer tested
// null then non-null) keep the paths apart, so the use on the other path
// is quiet.
#include <string>
#include <utility>

void send(std::string payload);
void log(const std::string &line);

// Both branches send; the log after them must name both moves.
void dispatchEither(std::string payload, bool urgent) {
  if (urgent)
    send(std::move(payload));
  else
    send(std::move(payload));
  log(payload);
  // CHECK: :[[@LINE-1]]:7: warning: 'payload' is used after it was moved [ownership-use-after-move]
  // CHECK-DAG: :[[@LINE-5]]:10: note: 'payload' was moved here into 'send'{{$}}
  // CHECK-DAG: :[[@LINE-4]]:10: note: 'payload' was moved here into 'send'{{$}}
}

// The same with a ternary.
void forwardEither(std::string msg, bool urgent) {
  urgent ? send(std::move(msg)) : send(std::move(msg));
  log(msg);
  // CHECK: :[[@LINE-1]]:7: warning: 'msg' is used after it was moved [ownership-use-after-move]
  // CHECK-DAG: :[[@LINE-3]]:17: note: 'msg' was moved here into 'send'{{$}}
  // CHECK-DAG: :[[@LINE-4]]:40: note: 'msg' was moved here into 'send'{{$}}
}

// Look-alike: the flag compared with false is the same as `!moved`.
void publish(std::string event, int subscribers) {
  bool moved = false;
  if (subscribers > 0) {
    send(std::move(event));
    moved = true;
  }
  if (moved == false)
    log(event);
}

enum State { Idle, Sent };

// Look-alike: an int state remembers the move.
void publishState(std::string event, int subscribers) {
  int state = Idle;
  if (subscribers > 0) {
    send(std::move(event));
    state = Sent;
  }
  if (state != Sent)
    log(event);
}

struct Session;

// Look-alike: a pointer tested null, then non-null, picks exclusive paths.
void reply(std::string body, Session *session) {
  if (!session)
    send(std::move(body));
  if (session)
    log(body);
}

// The ternary moves the message into `kept` on one arm.
void keep(std::string msg, bool copy) {
  std::string kept = copy ? msg : std::move(msg);
  log(msg);
  // CHECK: :[[@LINE-1]]:7: warning: 'msg' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:35: note: 'msg' was moved here {{into 'kept'|into a new 'std::string'}}{{$}}
}
