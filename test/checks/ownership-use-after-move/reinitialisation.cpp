// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A moved-from value may be used again once it has a new value: assigned,
// cleared, assigned to, swapped, tied, written through an out-parameter or
// reset by a [[clang::reinitializes]] method. It must be on every path.
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

void send(std::string body);
void log(const std::string &line);
bool more();
std::string nextBody();
std::string compress(std::string body);
bool readInto(std::string &out);
bool readIntoPtr(std::string *out);
void inspect(const std::string *body);
std::pair<std::string, std::string> splitHeaders(std::string head, std::string tail);

// A packet buffer whose reset() gives it a known, empty state.
struct Buffer {
  Buffer();
  Buffer(Buffer &&);
  Buffer &operator=(Buffer &&);
  ~Buffer();
  [[clang::reinitializes]] void reset();
  void clear();
  size_t size() const;
};
void transmit(Buffer b);

// Look-alike: assigned a new value before the log.
void resend() {
  std::string body = nextBody();
  send(std::move(body));
  body = "retry";
  log(body);
}

// Look-alike: cleared, then refilled.
void resendCleared() {
  std::string body = nextBody();
  send(std::move(body));
  body.clear();
  body.append("retry");
  log(body);
}

// Look-alike: assign() replaces the whole value.
void resendAssigned() {
  std::string body = nextBody();
  send(std::move(body));
  body.assign("retry");
  log(body);
}

// Look-alike: swapped with a fresh value, in every spelling.
void resendSwapped() {
  std::string body = nextBody();
  std::string spare = nextBody();
  send(std::move(body));
  body.swap(spare);
  log(body);
  send(std::move(body));
  std::string other = nextBody();
  other.swap(body);
  log(body);
  send(std::move(body));
  std::swap(body, spare);
  log(body);
}

// Look-alike: `= {}` assigns an empty string.
void resendEmpty() {
  std::string body = nextBody();
  send(std::move(body));
  body = {};
  log(body);
}

// Look-alike: std::tie assigns both names after the call took them.
void reparse() {
  std::string head = nextBody(), tail = nextBody();
  std::tie(head, tail) = splitHeaders(std::move(head), std::move(tail));
  log(head);
  log(tail);
}

// The tie names only the head: the tail stays moved-from.
void reparseHead() {
  std::string head = nextBody(), tail = nextBody();
  std::tie(head) = splitHeaders(std::move(head), std::move(tail));
  log(tail);
  // CHECK: :[[@LINE-1]]:7: warning: 'tail' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:50: note: 'tail' was moved here into 'splitHeaders'{{$}}
}

// Look-alike: an out-parameter (reference or pointer) receives the next
// body.
void relay() {
  std::string body = nextBody();
  send(std::move(body));
  if (readInto(body))
    log(body);
  send(std::move(body));
  if (readIntoPtr(&body))
    log(body);
}

// A stream that reads the next body into a string.
struct BodyStream {};
BodyStream &operator>>(BodyStream &in, std::string &out);

// Look-alike: an extraction operator writes through its reference operand.
void relayStream(BodyStream &in) {
  std::string body = nextBody();
  while (more()) {
    in >> body;
    send(std::move(body));
  }
}

// A pointer to const is not an out-parameter: it reads the moved body.
void audit() {
  std::string body = nextBody();
  send(std::move(body));
  inspect(&body);
  // CHECK: :[[@LINE-1]]:12: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:8: note: 'body' was moved here into 'send'{{$}}
}

// Look-alike: the transform-and-reassign idiom.
void shrink() {
  std::string body = nextBody();
  body = compress(std::move(body));
  log(body);
}

// Not the idiom: the right-hand side also reads the body, in an unspecified
// order relative to the move.
void shrinkTwice() {
  std::string body = nextBody();
  body = compress(std::move(body)) + body;
  // CHECK: :[[@LINE-1]]:38: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:19: note: 'body' was moved here into 'compress'{{$}}
  log(body);
}

// Re-initialised only when a fallback exists.
void fallback(const std::string &spare) {
  std::string body = nextBody();
  send(std::move(body));
  if (!spare.empty())
    body = spare;
  log(body);
  // CHECK: :[[@LINE-1]]:7: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:8: note: 'body' was moved here into 'send'{{$}}
  // CHECK: :[[@LINE-4]]:5: note: 'body' is re-initialised here, but not on every path to the use{{$}}
}

// Look-alike: both branches assign.
void fallbackBoth(const std::string &spare) {
  std::string body = nextBody();
  send(std::move(body));
  if (!spare.empty())
    body = spare;
  else
    body = "empty";
  log(body);
}

// Re-initialised only while there is more input; the loop may not run.
void refillAll() {
  std::string body = nextBody();
  send(std::move(body));
  while (more())
    body = nextBody();
  log(body);
  // CHECK: :[[@LINE-1]]:7: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:8: note: 'body' was moved here into 'send'{{$}}
  // CHECK: :[[@LINE-4]]:5: note: 'body' is re-initialised here, but not on every path to the use{{$}}
}

// Moved again after the re-initialisation.
void resendTwice() {
  std::string body = nextBody();
  send(std::move(body));
  body = "retry";
  send(std::move(body));
  log(body);
  // CHECK: :[[@LINE-1]]:7: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:8: note: 'body' was moved here into 'send'{{$}}
}

// Appending does not re-initialise: it writes into the moved-from string.
void extend() {
  std::string body = nextBody();
  send(std::move(body));
  body.append("-more");
  // CHECK: :[[@LINE-1]]:3: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:8: note: 'body' was moved here into 'send'{{$}}
}

// The assignment reads the moved body on its right-hand side first.
void extendAssign() {
  std::string body = nextBody();
  send(std::move(body));
  body = body + "-more";
  // CHECK: :[[@LINE-1]]:10: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:8: note: 'body' was moved here into 'send'{{$}}
}

// Clearing a different string leaves this one moved-from.
void clearWrong() {
  std::string body = nextBody();
  std::string scratch = nextBody();
  send(std::move(body));
  scratch.clear();
  log(body);
  // CHECK: :[[@LINE-1]]:7: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:8: note: 'body' was moved here into 'send'{{$}}
}

// Look-alike: a [[clang::reinitializes]] method.
void retransmit() {
  Buffer packet;
  transmit(std::move(packet));
  packet.reset();
  (void)packet.size();
}

// A user class's clear() without the attribute is an ordinary use.
void retransmitCleared() {
  Buffer packet;
  transmit(std::move(packet));
  packet.clear();
  // CHECK: :[[@LINE-1]]:3: warning: 'packet' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:12: note: 'packet' was moved here into 'transmit'{{$}}
}

// Look-alike: a move assignment from another buffer.
void retransmitOther(Buffer &spare) {
  Buffer packet;
  transmit(std::move(packet));
  packet = std::move(spare);
  (void)packet.size();
}

// Look-alike: vector assign(), optional emplace()/reset() and unique_ptr
// reset() give each a known value.
void library(std::vector<int> ids, std::optional<std::string> name, std::unique_ptr<int> slot) {
  std::vector<int> taken = std::move(ids);
  ids.assign(4, 0);
  (void)ids.size();
  std::optional<std::string> moved = std::move(name);
  name.emplace("anonymous");
  log(*name);
  moved = std::move(name);
  name.reset();
  (void)name.has_value();
  std::unique_ptr<int> owner = std::move(slot);
  slot.reset(new int(0));
  *slot = 1;
}

// Dereferencing the optional after a move reads the moved-from value.
void libraryOptional(std::optional<std::string> name) {
  std::optional<std::string> moved = std::move(name);
  log(*name);
  // CHECK: :[[@LINE-1]]:8: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:38: note: 'name' was moved here into 'moved'{{$}}
}

// Look-alike: an inherited assignment operator re-initialises too.
struct Headers {
  std::string raw;
  Headers &operator=(const Headers &);
};
struct RequestHeaders : Headers {
  using Headers::operator=;
};
void sendHeaders(RequestHeaders h);
void rebuild(const Headers &defaults) {
  RequestHeaders h;
  sendHeaders(std::move(h));
  h = defaults;
  log(h.raw);
}
