// RUN: %ownck %s -- %cxxflags | count 0
// A switch case knows the value equals its label and differs from every
// other label, and the default knows it is none of them: a later switch or
// `if` on another label of the same variable takes an exclusive path.
#include <string>
#include <utility>

void deliver(std::string frame);
void log(const std::string &line);

enum class Opcode { Text, Binary, Close };

// Look-alike: the second switch only logs binary frames.
void onFrame(Opcode op, std::string frame) {
  switch (op) {
  case Opcode::Text:
    deliver(std::move(frame));
    break;
  default:
    break;
  }
  switch (op) {
  case Opcode::Binary:
    log(frame);
    break;
  default:
    break;
  }
}

// Look-alike: the same with int labels.
void onStatus(int code, std::string reason) {
  switch (code) {
  case 1:
    deliver(std::move(reason));
    break;
  }
  switch (code) {
  case 2:
    log(reason);
    break;
  }
}

// Look-alike: a switch, then an if on another label.
void onClose(Opcode op, std::string frame) {
  switch (op) {
  case Opcode::Text:
    deliver(std::move(frame));
    break;
  default:
    break;
  }
  if (op == Opcode::Close)
    log(frame);
}
