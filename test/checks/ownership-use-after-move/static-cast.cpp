// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// static_cast<T &&>(x) is what std::move expands to, and it is a move the
// same way, in a function that has no std::move call of its own: discarded,
// passed to a by-value parameter, bound to a `T &&` parameter of a function
// whose body is not shown, or used to initialise a new local. Using the
// moved-from object afterwards is reported; using a sibling field that was
// not cast is not.
#include <string>
#include <vector>

struct Packet {
  std::string header;
  std::string payload;
};

void transmit(Packet p);
void queuePacket(Packet &&p);
void logLine(const std::string &line);

// A discarded static_cast<T &&>, then a read.
void dropPacket(Packet p) {
  static_cast<Packet &&>(p);
  logLine(p.header);
  // CHECK: :[[@LINE-1]]:13: warning: 'p' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'p' was moved here{{$}}
}

// Moved into a by-value parameter.
void sendPacket(Packet p) {
  transmit(static_cast<Packet &&>(p));
  logLine(p.payload);
  // CHECK: :[[@LINE-1]]:13: warning: 'p' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:12: note: 'p' was moved here into 'transmit'{{$}}
}

// Bound to a `T &&` parameter of a function the file does not show.
void queueAndLog(Packet p) {
  queuePacket(static_cast<Packet &&>(p));
  logLine(p.header);
  // CHECK: :[[@LINE-1]]:13: warning: 'p' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'p' was moved here by 'queuePacket'{{$}}
}

// Moved into a new local.
void splitPacket(Packet p, std::vector<std::string> &out) {
  std::string body = static_cast<std::string &&>(p.payload);
  out.push_back(body);
  logLine(p.payload);
  // CHECK: :[[@LINE-1]]:13: warning: 'p.payload' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:22: note: 'p.payload' was moved here into 'body'{{$}}
}

// Look-alike: the header was never moved.
void splitPacketLogHeader(Packet p, std::vector<std::string> &out) {
  std::string body = static_cast<std::string &&>(p.payload);
  out.push_back(body);
  logLine(p.header);
}
