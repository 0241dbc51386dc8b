// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// The core rule: once a value has been moved into another object, reading it
// again is an error until it is given a new value (Rust's E0382).
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Request {
  std::string path;
  std::string body;
};

class Buffer {
public:
  Buffer();
  Buffer(const Buffer &);
  Buffer(Buffer &&) noexcept;
  Buffer &operator=(const Buffer &);
  Buffer &operator=(Buffer &&) noexcept;
  ~Buffer();
  size_t size() const;
  void append(const char *text);
};

void dispatch(Request r);
void sendBuffer(Buffer b);
void logLine(const std::string &line);
bool shouldRetry();

// The request is handed off by value, then its path is logged.
void handle(Request req) {
  dispatch(std::move(req));
  logLine(req.path);
  // CHECK: :[[@LINE-1]]:15: warning: 'req' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:12: note: 'req' was moved here into 'dispatch'{{$}}
}

// Look-alike: the path is logged before the hand-off.
void handleFixed(Request req) {
  logLine(req.path);
  dispatch(std::move(req));
}

// Moved into a new local, then the old one is measured.
size_t flush(Buffer &out) {
  Buffer pending;
  pending.append("header");
  Buffer sent = std::move(pending);
  out = sent;
  return pending.size();
  // CHECK: :[[@LINE-1]]:10: warning: 'pending' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:17: note: 'pending' was moved here into 'sent'{{$}}
}

// Look-alike: the size is taken from the object that now owns the data.
size_t flushFixed(Buffer &out) {
  Buffer pending;
  pending.append("header");
  Buffer sent = std::move(pending);
  out = sent;
  return sent.size();
}

// Direct initialisation moves too.
void rename(std::string name) {
  std::string old(std::move(name));
  logLine(name);
  // CHECK: :[[@LINE-1]]:11: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:19: note: 'name' was moved here into 'old'{{$}}
}

// A move assignment empties the right-hand side.
void replaceBuffer(Buffer &target, Buffer incoming) {
  target = std::move(incoming);
  incoming.append("trailer");
  // CHECK: :[[@LINE-1]]:3: warning: 'incoming' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:12: note: 'incoming' was moved here by a move assignment{{$}}
}

// Look-alike: a new value is assigned before the append.
void replaceBufferFixed(Buffer &target, Buffer incoming) {
  target = std::move(incoming);
  incoming = Buffer();
  incoming.append("trailer");
}

// push_back(T &&) takes the string, and the loop reads it afterwards.
void collect(std::vector<std::string> &lines, std::string line) {
  lines.push_back(std::move(line));
  if (line.empty())
    lines.pop_back();
  // CHECK: :[[@LINE-2]]:7: warning: 'line' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:3: note: 'line' was moved here by 'push_back'{{$}}
}

// Look-alike: clear() gives the moved-from string a known value.
void collectFixed(std::vector<std::string> &lines, std::string line) {
  lines.push_back(std::move(line));
  line.clear();
  if (line.empty())
    line.append("(none)");
}

// Moved on one path only: the use after the join may see the moved-from
// value.
void maybeSend(Buffer buf, bool urgent) {
  if (urgent)
    sendBuffer(std::move(buf));
  buf.append("queued");
  // CHECK: :[[@LINE-1]]:3: warning: 'buf' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:16: note: 'buf' was moved here into 'sendBuffer'{{$}}
}

// Look-alike: the move and the use are on different branches.
void maybeSendFixed(Buffer buf, bool urgent) {
  if (urgent)
    sendBuffer(std::move(buf));
  else
    buf.append("queued");
}

// Look-alike: the path that moved returns before the use.
void maybeSendReturn(Buffer buf, bool urgent) {
  if (urgent) {
    sendBuffer(std::move(buf));
    return;
  }
  buf.append("queued");
}

// Re-initialised on one path only: the note names the re-initialisation
// that does not cover the use.
void resend(Buffer buf) {
  sendBuffer(std::move(buf));
  if (shouldRetry())
    buf = Buffer();
  buf.append("again");
  // CHECK: :[[@LINE-1]]:3: warning: 'buf' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:14: note: 'buf' was moved here into 'sendBuffer'{{$}}
  // CHECK: :[[@LINE-4]]:5: note: 'buf' is re-initialised here, but not on every path to the use{{$}}
}

// A variable declared outside a loop is moved in every iteration.
void sendAll(int n) {
  Buffer buf;
  for (int i = 0; i < n; ++i) {
    buf.append("chunk");
    sendBuffer(std::move(buf));
  }
  // CHECK: :[[@LINE-3]]:5: warning: 'buf' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:16: note: 'buf' was moved here into 'sendBuffer', in the previous iteration of the loop{{$}}
}

// Look-alike: a fresh buffer each iteration.
void sendAllFixed(int n) {
  for (int i = 0; i < n; ++i) {
    Buffer buf;
    buf.append("chunk");
    sendBuffer(std::move(buf));
  }
}

// Look-alike: moved, then the loop ends with break.
void sendFirstRetry(Buffer buf) {
  while (true) {
    if (shouldRetry()) {
      sendBuffer(std::move(buf));
      break;
    }
    buf.append(".");
  }
}

// Returning the moved-from value.
std::string takeTitle(std::vector<std::string> &titles, std::string title) {
  titles.push_back(std::move(title));
  return title;
  // CHECK: :[[@LINE-1]]:10: warning: 'title' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'title' was moved here by 'push_back'{{$}}
}

// Look-alike: the transform-and-reassign idiom leaves the value valid.
std::string normalize(std::string s);
std::string cleanTitle(std::string title) {
  title = normalize(std::move(title));
  return title;
}

// Look-alike: a moved-from unique_ptr is null, and testing it is fine.
std::unique_ptr<Buffer> makeBuffer();
void keepOrMake(std::vector<std::unique_ptr<Buffer>> &pool,
                std::unique_ptr<Buffer> b) {
  pool.push_back(std::move(b));
  if (!b)
    b = makeBuffer();
  b->append("fresh");
}

// Dereferencing a moved-from unique_ptr.
void useAfterHandOff(std::vector<std::unique_ptr<Buffer>> &pool,
                     std::unique_ptr<Buffer> b) {
  pool.push_back(std::move(b));
  b->append("late");
  // CHECK: :[[@LINE-1]]:3: warning: 'b' is dereferenced after it was moved: a moved-from 'std::unique_ptr' is null [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'b' was moved here by 'push_back'{{$}}
}

// Moving one field leaves the struct partly moved: copying the whole
// struct reads the moved field.
void forwardBody(Request req, std::vector<std::string> &bodies) {
  bodies.push_back(std::move(req.body));
  dispatch(req);
  // CHECK: :[[@LINE-1]]:12: warning: 'req' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'req.body' was moved here by 'push_back'{{$}}
}

// Look-alike: the other field is untouched by the move.
void forwardBodyLogPath(Request req, std::vector<std::string> &bodies) {
  bodies.push_back(std::move(req.body));
  logLine(req.path);
}

// Moved into a lambda's capture, then read outside it.
void deferLog(std::string line) {
  auto task = [saved = std::move(line)] { logLine(saved); };
  task();
  logLine(line);
  // CHECK: :[[@LINE-1]]:11: warning: 'line' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:24: note: 'line' was moved here into the lambda's capture{{$}}
}

// A lambda that captures the moved-from string by reference reads it.
void captureAfterMove(std::string line) {
  dispatch(Request{"/log", std::move(line)});
  auto show = [&] { logLine(line); };
  show();
  // CHECK: :[[@LINE-1]]:3: warning: 'line' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:28: note: 'line' was moved here into a new 'std::string'{{$}}
}

// A switch case that falls through into the one that reads.
void route(Request req, int kind) {
  switch (kind) {
  case 0:
    dispatch(std::move(req));
    [[fallthrough]];
  case 1:
    logLine(req.path);
    break;
  }
  // CHECK: :[[@LINE-3]]:17: warning: 'req' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-7]]:14: note: 'req' was moved here into 'dispatch'{{$}}
}

// Look-alike: each case ends in break.
void routeFixed(Request req, int kind) {
  switch (kind) {
  case 0:
    dispatch(std::move(req));
    break;
  case 1:
    logLine(req.path);
    break;
  }
}

// Look-alike: swap() gives the moved-from string a value.
void swapBack(std::string line) {
  std::string kept(std::move(line));
  line.swap(kept);
  logLine(line);
}

// Look-alike: a non-const reference argument may give it a new value.
void readLine(std::string &out);
void readAgain(std::string line, std::vector<std::string> &lines) {
  lines.push_back(std::move(line));
  readLine(line);
  logLine(line);
}
