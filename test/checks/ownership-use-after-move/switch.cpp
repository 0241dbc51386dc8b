// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A case that moves and falls through hands the moved-from value to the next
// case; a case that ends in break, return or continue does not.
#include <string>
#include <utility>

void deliver(std::string frame);
void log(const std::string &line);
bool more();
std::string nextFrame();

enum class Opcode { Text, Binary, Close, Ping };

// The text case forgot its break: a text frame is delivered, then logged as
// binary.
void onFrame(Opcode op, std::string frame) {
  switch (op) {
  case Opcode::Text:
    deliver(std::move(frame));
  case Opcode::Binary:
    log(frame);
    // CHECK: :[[@LINE-1]]:9: warning: 'frame' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-4]]:13: note: 'frame' was moved here into 'deliver'{{$}}
    break;
  default:
    break;
  }
}

// Look-alike: each case ends in break.
void onFrameFixed(Opcode op, std::string frame) {
  switch (op) {
  case Opcode::Text:
    deliver(std::move(frame));
    break;
  case Opcode::Binary:
    log(frame);
    break;
  default:
    break;
  }
}

// A deliberate [[fallthrough]] is still a use of the moved frame.
void onControl(Opcode op, std::string frame) {
  switch (op) {
  case Opcode::Close:
    deliver(std::move(frame));
    [[fallthrough]];
  case Opcode::Ping:
    log(frame);
    // CHECK: :[[@LINE-1]]:9: warning: 'frame' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-5]]:13: note: 'frame' was moved here into 'deliver'{{$}}
    break;
  default:
    break;
  }
}

// Look-alike: the close case builds a new frame before falling through.
void onControlFixed(Opcode op, std::string frame) {
  switch (op) {
  case Opcode::Close:
    deliver(std::move(frame));
    frame = nextFrame();
    [[fallthrough]];
  case Opcode::Ping:
    log(frame);
    break;
  default:
    break;
  }
}

// The default case sits first and falls into case 0.
void onStatus(int code, std::string reason) {
  switch (code) {
  default:
    deliver(std::move(reason));
    [[fallthrough]];
  case 0:
    log(reason);
    // CHECK: :[[@LINE-1]]:9: warning: 'reason' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-5]]:13: note: 'reason' was moved here into 'deliver'{{$}}
  }
}

// Look-alike: the moving default comes last, after the cases that log.
void onStatusFixed(int code, std::string reason) {
  switch (code) {
  case 200:
  case 204:
    log(reason);
    break;
  default:
    deliver(std::move(reason));
  }
}

// The case breaks out of the switch, and the log after the switch sees the
// moved frame.
void onAny(Opcode op, std::string frame) {
  switch (op) {
  case Opcode::Text:
    deliver(std::move(frame));
    break;
  default:
    break;
  }
  log(frame);
  // CHECK: :[[@LINE-1]]:7: warning: 'frame' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-7]]:13: note: 'frame' was moved here into 'deliver'{{$}}
}

// Look-alike: the moving case returns instead.
void onAnyFixed(Opcode op, std::string frame) {
  switch (op) {
  case Opcode::Text:
    deliver(std::move(frame));
    return;
  default:
    break;
  }
  log(frame);
}

// Look-alike: the case falls through only when it did not move.
void onMaybe(Opcode op, std::string frame) {
  switch (op) {
  case Opcode::Text:
    if (!frame.empty()) {
      deliver(std::move(frame));
      break;
    }
    [[fallthrough]];
  case Opcode::Binary:
    log(frame);
    break;
  default:
    break;
  }
}

// The guard is the wrong way round: a non-empty frame is delivered and
// falls through.
void onMaybeInverted(Opcode op, std::string frame) {
  switch (op) {
  case Opcode::Text:
    if (frame.empty())
      break;
    deliver(std::move(frame));
    [[fallthrough]];
  case Opcode::Binary:
    log(frame);
    // CHECK: :[[@LINE-1]]:9: warning: 'frame' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-5]]:13: note: 'frame' was moved here into 'deliver'{{$}}
    break;
  default:
    break;
  }
}

// Look-alike: each case has a block with its own variable.
void onFresh(Opcode op) {
  switch (op) {
  case Opcode::Text: {
    std::string frame = nextFrame();
    deliver(std::move(frame));
    break;
  }
  case Opcode::Binary: {
    std::string frame = nextFrame();
    log(frame);
    break;
  }
  default:
    break;
  }
}

// Look-alike: a variable of the switch's init-statement, moved in one case
// and read in another.
void onInit(Opcode op) {
  switch (std::string frame = nextFrame(); op) {
  case Opcode::Text:
    deliver(std::move(frame));
    break;
  case Opcode::Close:
    log(frame);
    break;
  default:
    break;
  }
}

// Look-alike: every case that reaches the log assigned the frame first.
void onRebuilt(Opcode op, std::string frame) {
  deliver(std::move(frame));
  switch (op) {
  case Opcode::Text:
    frame = "text";
    break;
  case Opcode::Binary:
    frame = "binary";
    break;
  default:
    frame = "other";
    break;
  }
  log(frame);
}

// The default case assigns nothing, so the frame can reach the log moved.
void onRebuiltPartly(Opcode op, std::string frame) {
  deliver(std::move(frame));
  switch (op) {
  case Opcode::Text:
    frame = "text";
    break;
  case Opcode::Binary:
    frame = "binary";
    break;
  default:
    break;
  }
  log(frame);
  // CHECK: :[[@LINE-1]]:7: warning: 'frame' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-13]]:11: note: 'frame' was moved here into 'deliver'{{$}}
  // CHECK-DAG: :[[@LINE-8]]:5: note: 'frame' is re-initialised here, but not on every path to the use{{$}}
  // CHECK-DAG: :[[@LINE-12]]:5: note: 'frame' is re-initialised here, but not on every path to the use{{$}}
}

// Look-alike: the same switch value, tested again, skips the log on the
// moving path.
void onTwice(int kind, std::string frame) {
  switch (kind) {
  case 1:
    deliver(std::move(frame));
    break;
  }
  switch (kind) {
  case 1:
    break;
  default:
    log(frame);
  }
}

// Inside a loop, a continue from the moving case reaches the next
// iteration's move.
void pumpFrames(Opcode op) {
  std::string frame = nextFrame();
  while (more()) {
    switch (op) {
    case Opcode::Text:
      deliver(std::move(frame));
      // CHECK: :[[@LINE-1]]:25: warning: 'frame' is used after it was moved [ownership-use-after-move]
      // CHECK: :[[@LINE-2]]:15: note: 'frame' was moved here into 'deliver', in the previous iteration of the loop{{$}}
      continue;
    default:
      break;
    }
    log(frame);
  }
}

// Look-alike: the frame is read fresh at the top of every iteration.
void pumpFramesFixed(Opcode op) {
  std::string frame;
  while (more()) {
    frame = nextFrame();
    switch (op) {
    case Opcode::Text:
      deliver(std::move(frame));
      continue;
    default:
      break;
    }
    log(frame);
  }
}
