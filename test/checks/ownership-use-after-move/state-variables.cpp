// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// An int or enum variable set to a constant where the move happens remembers
// it: a later comparison of that variable with a constant is decided on
// each path, like a bool flag. Assigning it anything else forgets it.
#include <string>
#include <utility>
#include <vector>

void send(std::string frame);
void log(const std::string &line);
std::string readChunk(int event);

enum class Phase { Idle, Sent, Closed };

// Look-alike: the state says whether the frame was sent.
void sendOnce(std::string frame, bool ready) {
  Phase phase = Phase::Idle;
  if (ready) {
    send(std::move(frame));
    phase = Phase::Sent;
  }
  if (phase == Phase::Idle)
    log(frame);
}

// Look-alike: an int state compared with another constant.
void sendCounted(std::string frame, bool ready) {
  int state = 0;
  if (ready) {
    send(std::move(frame));
    state = 2;
  }
  if (state < 1)
    log(frame);
}

// Look-alike: a state machine that refills before it flushes again.
void pump(std::vector<int> &events) {
  Phase phase = Phase::Idle;
  std::string pending;
  for (int event : events) {
    switch (phase) {
    case Phase::Idle:
      pending = readChunk(event);
      phase = Phase::Sent;
      break;
    case Phase::Sent:
      send(std::move(pending));
      phase = Phase::Idle;
      break;
    case Phase::Closed:
      return;
    }
  }
}

// The state says sent, and the frame is logged anyway.
void logSent(std::string frame, bool ready) {
  Phase phase = Phase::Idle;
  if (ready) {
    send(std::move(frame));
    phase = Phase::Sent;
  }
  if (phase == Phase::Sent)
    log(frame);
  // CHECK: :[[@LINE-1]]:9: warning: 'frame' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-6]]:10: note: 'frame' was moved here into 'send'{{$}}
}

// A state machine that flushes twice without refilling.
void pumpStuck(std::vector<int> &events) {
  Phase phase = Phase::Idle;
  std::string pending;
  for (int event : events) {
    switch (phase) {
    case Phase::Idle:
      pending = readChunk(event);
      phase = Phase::Sent;
      break;
    case Phase::Sent:
      send(std::move(pending));
      break;
    case Phase::Closed:
      return;
    }
  }
  // CHECK: :[[@LINE-6]]:22: warning: 'pending' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-7]]:12: note: 'pending' was moved here into 'send', in the previous iteration of the loop{{$}}
}

// The state is overwritten with something unknown: nothing is decided.
void sendThenReset(std::string frame, bool ready, int restored) {
  int state = 0;
  if (ready) {
    send(std::move(frame));
    state = 1;
  }
  state = restored;
  if (state == 0)
    log(frame);
  // CHECK: :[[@LINE-1]]:9: warning: 'frame' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-7]]:10: note: 'frame' was moved here into 'send'{{$}}
}
