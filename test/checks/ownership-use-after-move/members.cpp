// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Fields of *this moved in a member function: using one afterwards is a use
// after move, unless it was assigned again or a call to another (non-const)
// method of the class, which may assign it, came in between.
#include <memory>
#include <string>
#include <utility>
#include <vector>

void log(const char *msg, size_t n);
void notify(std::string subject);
void ship(std::vector<std::string> batch);

struct Socket {
  bool send(const char *msg);
};

class Outbox {
public:
  // The batch is taken, then its size is logged from the emptied field.
  std::vector<std::string> drain() {
    auto out = std::move(pending_);
    log("drained", pending_.size());
    // CHECK: :[[@LINE-1]]:20: warning: 'pending_' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-3]]:16: note: 'pending_' was moved here into 'out'{{$}}
    return out;
  }

  // The subject goes out only when urgent, but is logged either way.
  void announce(bool urgent) {
    if (urgent)
      notify(std::move(subject_));
    log(subject_.c_str(), 0);
    // CHECK: :[[@LINE-1]]:9: warning: 'subject_' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-3]]:14: note: 'subject_' was moved here into 'notify'{{$}}
  }

  // A const method cannot give the field a new value.
  size_t shipAndDescribe() {
    ship(std::move(pending_));
    describe();
    return pending_.size();
    // CHECK: :[[@LINE-1]]:12: warning: 'pending_' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-4]]:10: note: 'pending_' was moved here into 'ship'{{$}}
  }

  // The method in between is visible and never touches pending_.
  size_t shipAndCount() {
    ship(std::move(pending_));
    bumpSent();
    return pending_.size();
    // CHECK: :[[@LINE-1]]:12: warning: 'pending_' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-4]]:10: note: 'pending_' was moved here into 'ship'{{$}}
  }

  // Refilling another outbox does not refill this one.
  size_t shipAndRefillOther(Outbox &other) {
    ship(std::move(pending_));
    other.refill();
    return pending_.size();
    // CHECK: :[[@LINE-1]]:12: warning: 'pending_' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-4]]:10: note: 'pending_' was moved here into 'ship'{{$}}
  }

  // Spelled with this->: the same field.
  size_t shipExplicit() {
    ship(std::move(this->pending_));
    return this->pending_.size();
    // CHECK: :[[@LINE-1]]:18: warning: 'pending_' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-3]]:10: note: 'pending_' was moved here into 'ship'{{$}}
  }

  // The socket member is handed off, then written to.
  bool hangUp() {
    auto old = std::move(socket_);
    return socket_->send("bye");
    // CHECK: :[[@LINE-1]]:12: warning: 'socket_' is dereferenced after it was moved: a moved-from 'std::unique_ptr' is null [ownership-use-after-move]
    // CHECK: :[[@LINE-3]]:16: note: 'socket_' was moved here into 'old'{{$}}
  }

  // Every retry ships the batch the first attempt already gave away.
  void shipWithRetries(int attempts) {
    for (int i = 0; i < attempts; ++i)
      ship(std::move(pending_));
      // CHECK: :[[@LINE-1]]:22: warning: 'pending_' is used after it was moved [ownership-use-after-move]
      // CHECK: :[[@LINE-2]]:12: note: 'pending_' was moved here into 'ship', in the previous iteration of the loop{{$}}
  }

  // A lambda capturing this moves the field when it is called.
  size_t flushThroughLambda() {
    auto flush = [this] { ship(std::move(pending_)); };
    flush();
    return pending_.size();
    // CHECK: :[[@LINE-1]]:12: warning: 'pending_' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-4]]:32: note: 'pending_' was moved here by a lambda called later{{$}}
  }

  // Look-alike: the field is assigned a fresh vector.
  size_t shipAndReset() {
    ship(std::move(pending_));
    pending_ = std::vector<std::string>();
    return pending_.size();
  }

  // Look-alike: clear() gives a moved-from container a known value.
  size_t shipAndClear() {
    ship(std::move(pending_));
    pending_.clear();
    return pending_.size();
  }

  // Look-alike: refill() is defined elsewhere and may assign pending_.
  size_t shipAndRefill() {
    ship(std::move(pending_));
    refill();
    return pending_.size();
  }

  // Look-alike: restoreDefaults() visibly writes pending_.
  size_t shipAndRestore() {
    ship(std::move(pending_));
    restoreDefaults();
    return pending_.size();
  }

  // Look-alike: the same call spelled this->refill().
  size_t shipAndRefillExplicit() {
    ship(std::move(pending_));
    this->refill();
    return pending_.size();
  }

  // Look-alike: swap() puts the spare batch in the field.
  size_t shipAndSwap(std::vector<std::string> &spare) {
    ship(std::move(pending_));
    pending_.swap(spare);
    return pending_.size();
  }

  // Look-alike: a lambda capturing this re-assigns the field.
  size_t shipAndRefillThroughLambda() {
    ship(std::move(pending_));
    auto reset = [this] { pending_ = std::vector<std::string>(); };
    reset();
    return pending_.size();
  }

  // Look-alike: measured before the move.
  size_t shipCounted() {
    size_t n = pending_.size();
    ship(std::move(pending_));
    return n;
  }

  // Look-alike: an rvalue-qualified getter hands the field out; the object
  // is expiring.
  std::string takeSubject() && { return std::move(subject_); }

  void restoreDefaults() { pending_.push_back("hello"); }
  void describe() const;
  void bumpSent() { ++sent_; }
  void refill();

private:
  std::vector<std::string> pending_;
  std::string subject_;
  std::unique_ptr<Socket> socket_;
  int sent_ = 0;
};
