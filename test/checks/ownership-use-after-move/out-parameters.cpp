// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A moved-from object passed by non-const reference. When the callee's body
// is in the file, what it does decides: reading the object before giving it
// a value is a use; giving it a value on every path re-initialises it; a
// callee that does neither leaves it moved-from. A callee whose body is not
// here is taken to fill it (an out-parameter), as clang-tidy does.
#include <string>
#include <utility>

void send(std::string body);
void log(const std::string &line);
void readLine(std::string &into); // not in this file

void describe(std::string &text) { log(text); }
void appendSignature(std::string &text) { text += "\n-- sent by ownck"; }
void resetBody(std::string &text) { text = "(empty)"; }
void resetIfAsked(std::string &text, bool asked) {
  if (asked)
    text = "(empty)";
}
void clearThenDescribe(std::string &text) {
  text.clear();
  log(text);
}

// describe() reads the moved-from body.
void sendAndDescribe(std::string body) {
  send(std::move(body));
  describe(body);
  // CHECK: :[[@LINE-1]]:12: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:8: note: 'body' was moved here into 'send'{{$}}
}

// Appending reads it too: the result starts with unspecified text.
void sendAndSign(std::string body) {
  send(std::move(body));
  appendSignature(body);
  send(std::move(body));
  // CHECK: :[[@LINE-2]]:19: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:8: note: 'body' was moved here into 'send'{{$}}
}

// A callee that fills it on one path only leaves it moved-from on the other.
void sendAndMaybeReset(std::string body, bool asked) {
  send(std::move(body));
  resetIfAsked(body, asked);
  log(body);
  // CHECK: :[[@LINE-1]]:7: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:8: note: 'body' was moved here into 'send'{{$}}
}

// Look-alike: the callee gives it a value before anything reads it.
void sendAndReset(std::string body) {
  send(std::move(body));
  resetBody(body);
  log(body);
}

// Look-alike: clear() first, then the read sees an empty string.
void sendAndClear(std::string body) {
  send(std::move(body));
  clearThenDescribe(body);
  log(body);
}

// Look-alike: a callee defined elsewhere is an out-parameter.
void sendAndReadNext(std::string body) {
  send(std::move(body));
  readLine(body);
  log(body);
}

// Look-alike: passed by reference before the move.
void describeAndSend(std::string body) {
  describe(body);
  send(std::move(body));
}
