// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// What a call does with std::move(x) depends on the parameter: a by-value
// parameter is a new object, so the move happens at the call; a `T &&`
// parameter is only a reference, so x is moved only if the callee moves it.
#include <string>
#include <utility>
#include <vector>

struct Message {
  std::string topic;
  std::string payload;
};

void logLine(const std::string &line);
void publish(Message m);
void enqueue(Message &&m);   // body not in this file: it may move
void archive(std::string &&text);

std::vector<Message> g_outbox;

// A by-value parameter is constructed from the moved message.
void sendNow(Message msg) {
  publish(std::move(msg));
  logLine(msg.topic);
  // CHECK: :[[@LINE-1]]:15: warning: 'msg' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:11: note: 'msg' was moved here into 'publish'{{$}}
}

// A by-value parameter of a function defined here: the callee only reads
// its copy, but the caller's object was still moved into it.
size_t countWords(std::string text) { return text.size(); }
void summarize(std::string text) {
  size_t n = countWords(std::move(text));
  if (n > 0)
    logLine(text);
  // CHECK: :[[@LINE-1]]:13: warning: 'text' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:25: note: 'text' was moved here into 'countWords'{{$}}
}

// A `T &&` parameter of a function whose body is not visible: it may keep
// the message, so the call counts as the move.
void sendLater(Message msg) {
  enqueue(std::move(msg));
  logLine(msg.payload);
  // CHECK: :[[@LINE-1]]:15: warning: 'msg' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'msg' was moved here by 'enqueue'{{$}}
}

// Look-alike: a visible `T &&` callee that only reads its argument leaves
// the caller's object intact.
size_t payloadSize(Message &&m) { return m.payload.size(); }
void report(Message msg) {
  size_t n = payloadSize(std::move(msg));
  if (n == 0)
    logLine(msg.topic);
}

// Look-alike: the callee copies out of its `T &&` parameter.
void remember(std::string &&text) {
  std::string copy = text;
  logLine(copy);
}
void rememberAndLog(std::string text) {
  remember(std::move(text));
  logLine(text);
}

// Look-alike: the `T &&` callee passes it on to a const reference only.
void trace(std::string &&line) { logLine(line); }
void traceTwice(std::string line) {
  trace(std::move(line));
  trace(std::move(line));
}

// A visible `T &&` callee that moves its parameter into storage.
void stash(Message &&m) { g_outbox.push_back(std::move(m)); }
void stashAndLog(Message msg) {
  stash(std::move(msg));
  logLine(msg.topic);
  // CHECK: :[[@LINE-1]]:15: warning: 'msg' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'msg' was moved here by 'stash'{{$}}
}

// A visible `T &&` callee that hands it on to a function that may move it.
void forwardToArchive(std::string &&text) { archive(std::move(text)); }
void closeTicket(std::string text) {
  forwardToArchive(std::move(text));
  logLine(text);
  // CHECK: :[[@LINE-1]]:11: warning: 'text' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'text' was moved here by 'forwardToArchive'{{$}}
}

// A `T &&` callee defined later in the file is seen too.
void storeLater(std::string &&text);
size_t lengthLater(std::string &&text);
void useLaterDefinitions(std::string a, std::string b) {
  storeLater(std::move(a));
  logLine(a);
  // CHECK: :[[@LINE-1]]:11: warning: 'a' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'a' was moved here by 'storeLater'{{$}}
  lengthLater(std::move(b));
  logLine(b);
}
std::vector<std::string> g_texts;
void storeLater(std::string &&text) { g_texts.push_back(std::move(text)); }
size_t lengthLater(std::string &&text) { return text.size(); }

// A member function that takes `T &&` and keeps it.
class Connection {
public:
  void send(Message &&m) { pending.push_back(std::move(m)); }
  bool wouldBlock(Message &&m) const { return m.payload.size() > limit; }
  virtual void sendAsync(Message &&m);

private:
  std::vector<Message> pending;
  size_t limit = 4096;
};

void flushOne(Connection &conn, Message msg) {
  conn.send(std::move(msg));
  logLine(msg.topic);
  // CHECK: :[[@LINE-1]]:15: warning: 'msg' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'msg' was moved here by 'send'{{$}}
}

// Look-alike: the member function only inspects the message.
void flushIfReady(Connection &conn, Message msg) {
  if (conn.wouldBlock(std::move(msg)))
    return;
  conn.send(std::move(msg));
}

// A virtual function may run an override the file does not show.
void flushAsync(Connection &conn, Message msg) {
  conn.sendAsync(std::move(msg));
  logLine(msg.payload);
  // CHECK: :[[@LINE-1]]:15: warning: 'msg' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'msg' was moved here by 'sendAsync'{{$}}
}

// A constructor with a `T &&` parameter that moves it into a member.
class Ticket {
public:
  explicit Ticket(std::string &&title) : title_(std::move(title)) {}

private:
  std::string title_;
};
void openTicket(std::string title) {
  Ticket t(std::move(title));
  logLine(title);
  // CHECK: :[[@LINE-1]]:11: warning: 'title' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:10: note: 'title' was moved here into 't'{{$}}
}

// Look-alike: a constructor with a `T &&` parameter that only measures it.
class Preview {
public:
  explicit Preview(std::string &&text) : length_(text.size()) {}

private:
  size_t length_;
};
void showPreview(std::string text) {
  Preview p(std::move(text));
  logLine(text);
}

// Forwarding templates: the instantiation for an rvalue moves.
template <class T> void post(T &&value) {
  g_texts.push_back(std::forward<T>(value));
}
void postTitle(std::string title) {
  post(std::move(title));
  logLine(title);
  // CHECK: :[[@LINE-1]]:11: warning: 'title' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'title' was moved here by 'post'{{$}}
}

// Look-alike: the same template called with an lvalue copies.
void postCopy(std::string title) {
  post(title);
  logLine(title);
}

// A variadic forwarding wrapper.
template <class... Args> void publishAll(Args &&...args) {
  (publish(std::forward<Args>(args)), ...);
}
void broadcast(Message msg) {
  publishAll(std::move(msg));
  logLine(msg.topic);
  // CHECK: :[[@LINE-1]]:15: warning: 'msg' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'msg' was moved here by 'publishAll'{{$}}
}

// Look-alike: a forwarding template that only reads.
template <class T> size_t sizeOf(T &&value) { return value.size(); }
void measureTitle(std::string title) {
  if (sizeOf(std::move(title)) > 80)
    logLine(title);
}

// A forwarding constructor template.
struct Job {
  template <class T> explicit Job(T &&n) : name(std::forward<T>(n)) {}
  std::string name;
};
void schedule(std::string name) {
  Job job(std::move(name));
  logLine(name);
  // CHECK: :[[@LINE-1]]:11: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:7: note: 'name' was moved here into 'job'{{$}}
}

// Look-alike: the forwarding constructor given an lvalue copies it.
void scheduleCopy(std::string name) {
  Job job(name);
  logLine(name);
}

// Parameters are tracked like locals: a `T &&` parameter moved inside the
// function body, then read.
void relay(std::string &&line) {
  archive(std::move(line));
  logLine(line);
  // CHECK: :[[@LINE-1]]:11: warning: 'line' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'line' was moved here by 'archive'{{$}}
}

// Look-alike: the `T &&` parameter is given a new value after the move.
void relayAndReset(std::string &&line) {
  archive(std::move(line));
  line = "sent";
  logLine(line);
}
