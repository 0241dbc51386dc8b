// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// `std::move(*opt)` and `std::move(opt.value())` move the optional's value:
// the optional still holds it, moved-from, so reading it again through
// `*opt`, `opt.value()` or `opt->` is a use after move. Asking whether it
// holds a value, resetting it, or giving it (or its value) a new one is
// fine.
#include <optional>
#include <string>
#include <utility>
#include <vector>

void deliver(std::string body);
void log(const std::string &line);
std::optional<std::string> cached(int key);
std::optional<int> retries(int key);
void schedule(int attempts);
std::string render(int key);

// The body is delivered, then logged.
void deliverCached(int key) {
  std::optional<std::string> opt = cached(key);
  if (!opt)
    return;
  deliver(std::move(*opt));
  log(*opt);
  // CHECK: :[[@LINE-1]]:8: warning: 'opt' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:11: note: 'opt' was moved here into 'deliver'{{$}}
}

// The same through value().
void deliverChecked(int key) {
  std::optional<std::string> opt = cached(key);
  deliver(std::move(opt.value()));
  log(opt.value());
  // CHECK: :[[@LINE-1]]:7: warning: 'opt' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:11: note: 'opt' was moved here into 'deliver'{{$}}
}

// Moved by *opt, read by value().
void deliverMixed(int key) {
  std::optional<std::string> opt = cached(key);
  deliver(std::move(*opt));
  log(opt.value());
  // CHECK: :[[@LINE-1]]:7: warning: 'opt' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:11: note: 'opt' was moved here into 'deliver'{{$}}
}

// A member call through `->` reads the moved-from body.
bool deliverLarge(int key) {
  std::optional<std::string> opt = cached(key);
  deliver(std::move(*opt));
  return opt->size() > 1024;
  // CHECK: :[[@LINE-1]]:10: warning: 'opt' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:11: note: 'opt' was moved here into 'deliver'{{$}}
}

// Moved into a container, then logged.
void collect(std::vector<std::string> &bodies, int key) {
  std::optional<std::string> opt = cached(key);
  bodies.push_back(std::move(*opt));
  log(*opt);
  // CHECK: :[[@LINE-1]]:8: warning: 'opt' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'opt' was moved here by 'push_back'{{$}}
}

// Moved into a local on one branch; the log after the branch reads it.
void keepBody(int key, bool keep) {
  std::optional<std::string> opt = cached(key);
  std::string kept;
  if (keep)
    kept = std::move(*opt);
  log(*opt);
  // CHECK: :[[@LINE-1]]:8: warning: 'opt' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:12: note: 'opt' was moved here by a move assignment{{$}}
}

// Look-alike: the optional still holds a (moved-from) value.
void deliverAndCount(int key) {
  std::optional<std::string> opt = cached(key);
  deliver(std::move(*opt));
  if (opt.has_value())
    log("delivered");
}

// Look-alike: reset, then tested.
void deliverAndClear(int key) {
  std::optional<std::string> opt = cached(key);
  deliver(std::move(*opt));
  opt.reset();
  if (!opt)
    log("cleared");
}

// Look-alike: the optional is given a new value before the log.
void deliverAndRefill(int key) {
  std::optional<std::string> opt = cached(key);
  deliver(std::move(*opt));
  opt = render(key);
  log(*opt);
}

// Look-alike: the value itself is assigned again.
void deliverAndRender(int key) {
  std::optional<std::string> opt = cached(key);
  deliver(std::move(*opt));
  *opt = render(key);
  log(*opt);
}

// Look-alike: emplace constructs a new value.
void deliverAndPlaceholder(int key) {
  std::optional<std::string> opt = cached(key);
  deliver(std::move(opt.value()));
  opt.emplace("pending");
  log(opt.value());
}

// Look-alike: moving an int copies it.
void retryLater(int key) {
  std::optional<int> attempts = retries(key);
  schedule(std::move(*attempts));
  schedule(*attempts + 1);
}

// Look-alike: the move and the log are on different branches.
void deliverOrLog(int key, bool online) {
  std::optional<std::string> opt = cached(key);
  if (online)
    deliver(std::move(*opt));
  else
    log(*opt);
}
