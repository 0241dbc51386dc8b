// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A value moved on one branch is moved-from where the branches join; a move
// and a use on paths that exclude each other never meet.
#include <string>
#include <utility>
#include <vector>

void send(std::string payload);
void log(const std::string &line);
void queueLater(const std::string &msg);
bool ready(int shard);

// Urgent payloads are sent, but every payload is logged after the branch.
void dispatch(std::string payload, bool urgent) {
  if (urgent)
    send(std::move(payload));
  log(payload);
  // CHECK: :[[@LINE-1]]:7: warning: 'payload' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:10: note: 'payload' was moved here into 'send'{{$}}
}

// Look-alike: the log happens on the other branch only.
void dispatchFixed(std::string payload, bool urgent) {
  if (urgent)
    send(std::move(payload));
  else
    log(payload);
}

// The ternary sends on one arm; the log after it sees both arms.
void forward(std::string msg, bool urgent) {
  urgent ? send(std::move(msg)) : queueLater(msg);
  log(msg);
  // CHECK: :[[@LINE-1]]:7: warning: 'msg' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:17: note: 'msg' was moved here into 'send'{{$}}
}

// Look-alike: the move and the use are the two arms of one ternary.
void forwardFixed(std::string msg, bool urgent) {
  urgent ? send(std::move(msg)) : queueLater(msg);
}

// Only a 404 returns early; a 200 sends the body and falls through to the
// log.
void respond(std::string body, int status) {
  if (status == 404) {
    log(body);
    return;
  }
  if (status == 200)
    send(std::move(body));
  log(body);
  // CHECK: :[[@LINE-1]]:7: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:10: note: 'body' was moved here into 'send'{{$}}
}

// Look-alike: the path that sends the body returns.
void respondFixed(std::string body, int status) {
  if (status == 200) {
    send(std::move(body));
    return;
  }
  log(body);
}

// Two independent options: compressing and being verbose at once uses the
// moved data.
void upload(std::string data, bool compress, bool verbose) {
  if (compress)
    send(std::move(data));
  if (verbose)
    log(data);
  // CHECK: :[[@LINE-1]]:9: warning: 'data' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:10: note: 'data' was moved here into 'send'{{$}}
}

// Look-alike: the same option is tested twice, negated the second time.
void uploadFixed(std::string data, bool compress) {
  if (compress)
    send(std::move(data));
  if (!compress)
    log(data);
}

// Look-alike: `kind == 1` and `kind == 2` cannot both hold.
void classify(std::string record, int kind) {
  if (kind == 1)
    send(std::move(record));
  if (kind == 2)
    log(record);
}

// Overlapping ranges: a priority of 11 is sent and then queued.
void triage(std::string ticket, int priority) {
  if (priority > 10)
    send(std::move(ticket));
  if (priority > 5)
    queueLater(ticket);
  // CHECK: :[[@LINE-1]]:16: warning: 'ticket' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:10: note: 'ticket' was moved here into 'send'{{$}}
}

// Look-alike: complementary ranges.
void triageFixed(std::string ticket, int priority) {
  if (priority < 5)
    send(std::move(ticket));
  if (priority >= 5)
    queueLater(ticket);
}

// Look-alike: a flag remembers the move and guards the later log.
void publish(std::string event, int subscribers) {
  bool moved = false;
  if (subscribers > 0) {
    send(std::move(event));
    moved = true;
  }
  if (!moved)
    log(event);
}

// The flag is tested the wrong way round: the log runs after the send.
void publishInverted(std::string event, int subscribers) {
  bool sent = false;
  if (subscribers > 0) {
    send(std::move(event));
    sent = true;
  }
  if (sent)
    log(event);
  // CHECK: :[[@LINE-1]]:9: warning: 'event' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-6]]:10: note: 'event' was moved here into 'send'{{$}}
}

// Look-alike: once handed on, the flag stops the loop from touching the
// job again, and the fallback only runs when nobody took it.
void assign(std::string job, int shards) {
  bool handed = false;
  for (int i = 0; i < shards; ++i) {
    if (!handed && ready(i)) {
      send(std::move(job));
      handed = true;
    }
  }
  if (!handed)
    queueLater(job);
}

// Look-alike: the flag returns early.
void commit(std::string txn, bool remote) {
  bool shipped = false;
  if (remote) {
    send(std::move(txn));
    shipped = true;
  }
  if (shipped)
    return;
  log(txn);
}

enum class Mode { Copy, Move };

// Look-alike: an enum picks the branch, and the second test excludes the
// moving value.
void store(std::vector<std::string> &rows, std::string row, Mode mode) {
  if (mode == Mode::Move)
    send(std::move(row));
  else
    rows.push_back(row);
  if (mode == Mode::Copy)
    log(row);
}

// A nested condition moves the token; the outer join still uses it.
void authenticate(std::string token, bool cached, bool valid) {
  if (cached) {
    if (valid)
      send(std::move(token));
  } else {
    queueLater(token);
  }
  log(token);
  // CHECK: :[[@LINE-1]]:7: warning: 'token' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-6]]:12: note: 'token' was moved here into 'send'{{$}}
}

// Look-alike: the else branch rebuilds the value before the shared log.
void authenticateFixed(std::string token, bool cached) {
  if (cached)
    send(std::move(token));
  else
    token.append("-fresh");
  if (!cached)
    log(token);
}
