// switch statements and small state machines.
#include <string>
#include <utility>
#include <vector>

enum class Kind { Text, Binary, Ping, Close };

struct Frame {
  Kind kind;
  std::string data;
};

void deliverText(std::string text);
void deliverBinary(std::string bytes);
void pong(const std::string &payload);
void log(const std::string &line);
std::string readChunk(int event);
void writeOut(std::string chunk);

void onFrameFallthrough(Frame f) {
  switch (f.kind) {
  case Kind::Text:
    deliverText(std::move(f.data));
    [[fallthrough]];
  case Kind::Ping:
    pong(f.data); // BUG
    break;
  default:
    break;
  }
}

void onFrame(Frame f) {
  switch (f.kind) {
  case Kind::Text:
    deliverText(std::move(f.data));
    break;
  case Kind::Ping:
    pong(f.data);
    break;
  default:
    log(f.data);
    break;
  }
}

void onFrameThenLog(Frame f) {
  switch (f.kind) {
  case Kind::Text:
    deliverText(std::move(f.data));
    break;
  case Kind::Ping:
    pong(f.data);
    break;
  default:
    break;
  }
  log(f.data); // BUG
}

void onFrameThenPing(Frame f) {
  switch (f.kind) {
  case Kind::Text:
    deliverText(std::move(f.data));
    break;
  case Kind::Binary:
    deliverBinary(std::move(f.data));
    break;
  default:
    break;
  }
  if (f.kind == Kind::Ping)
    pong(f.data);
}

std::string describe(Frame f) {
  switch (f.kind) {
  case Kind::Text:
    return std::move(f.data);
  case Kind::Binary:
    return "binary:" + std::to_string(f.data.size());
  default:
    return f.data;
  }
}

enum class State { Idle, Flushing };

void runMachine(const std::vector<int> &events) {
  State st = State::Idle;
  std::string pending;
  for (int ev : events) {
    switch (st) {
    case State::Idle:
      pending = readChunk(ev);
      st = State::Flushing;
      break;
    case State::Flushing:
      writeOut(std::move(pending));
      st = State::Idle;
      break;
    }
  }
}

void runMachineStuck(const std::vector<int> &events) {
  State st = State::Idle;
  std::string pending;
  for (int ev : events) {
    switch (st) {
    case State::Idle:
      pending = readChunk(ev);
      st = State::Flushing;
      break;
    case State::Flushing:
      writeOut(std::move(pending)); // BUG
      break;
    }
  }
}

void closeFrame(Frame f, bool verbose) {
  switch (f.kind) {
  case Kind::Close:
    if (verbose)
      log("closing: " + f.data);
    deliverText(std::move(f.data));
    return;
  default:
    log(f.data);
    return;
  }
}

void pingThenClose(Frame f) {
  switch (f.kind) {
  case Kind::Ping:
    deliverText(std::move(f.data));
    break;
  case Kind::Close:
    break;
  default:
    return;
  }
  log("handled " + f.data); // BUG
}
