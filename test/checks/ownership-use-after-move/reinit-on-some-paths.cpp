// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Re-initialisation on some paths only: the use is reported, with a note
// at each re-initialisation that reaches it, whatever the condition that
// guards it (a bool parameter, a comparison, a call).
#include <string>
#include <utility>

void send(std::string body);
void log(const std::string &line);
std::string nextBody();

// Re-initialised only on the retry path.
void resend(bool retry) {
  std::string body = nextBody();
  send(std::move(body));
  if (retry)
    body = nextBody();
  log(body);
  // CHECK: :[[@LINE-1]]:7: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:8: note: 'body' was moved here into 'send'{{$}}
  // CHECK: :[[@LINE-4]]:5: note: 'body' is re-initialised here, but not on every path to the use{{$}}
}

// Re-initialised only for large attempts counts.
void resendMany(int attempts) {
  std::string body = nextBody();
  send(std::move(body));
  if (attempts > 3)
    body = "last";
  log(body);
  // CHECK: :[[@LINE-1]]:7: warning: 'body' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:8: note: 'body' was moved here into 'send'{{$}}
  // CHECK: :[[@LINE-4]]:5: note: 'body' is re-initialised here, but not on every path to the use{{$}}
}
