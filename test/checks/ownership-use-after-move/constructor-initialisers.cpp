// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Constructor parameters moved into members in the member initialiser list
// are moved-from in the constructor body, whether or not the body moves
// anything itself: using the parameter there is reported, and the note names
// the member it was moved into. Reading the member instead is not reported.
#include <string>
#include <utility>
#include <vector>

void log(const char *msg);
void sink(std::string s);

// The parameter, not the member, is logged after it was moved into name_.
class Worker {
public:
  explicit Worker(std::string name) : name_(std::move(name)) {
    log(name.c_str());
    // CHECK: :[[@LINE-1]]:9: warning: 'name' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-3]]:45: note: 'name' was moved here into 'name_'{{$}}
  }

private:
  std::string name_;
};

// Analysed today (the body moves too), but the note does not name the
// member.
class Mailbox {
public:
  Mailbox(std::string owner, std::string greeting)
      : owner_(std::move(owner)) {
    sink(std::move(greeting));
    log(owner.c_str());
    // CHECK: :[[@LINE-1]]:9: warning: 'owner' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-4]]:16: note: 'owner' was moved here into 'owner_'{{$}}
  }

private:
  std::string owner_;
};

// Look-alike: the member is read, not the parameter.
class Logger {
public:
  explicit Logger(std::string path) : path_(std::move(path)) {
    log(path_.c_str());
  }

private:
  std::string path_;
};
