// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Structured bindings are moved and used like variables. A range-for
// variable is a new one each iteration: moving it is fine, using it again
// in the same iteration is not.
#include <string>
#include <utility>
#include <vector>

void log(const char *msg);
void sink(std::string s);
void send(std::string header, const std::string &part);
bool moreInput();
std::string readLine();

struct Contact {
  std::string name;
  std::string email;
};

Contact parseContact(const char *line);
std::pair<std::string, std::string> splitSetting(const char *line);

// The name binding is indexed, then logged.
void indexContact(const char *line) {
  auto [name, email] = parseContact(line);
  sink(std::move(name));
  log(name.c_str());
  // CHECK: :[[@LINE-1]]:7: warning: 'name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:8: note: 'name' was moved here into 'sink'{{$}}
}

// The value of a key=value pair is stored, then tested.
void storeSetting(const char *line) {
  auto [key, value] = splitSetting(line);
  sink(std::move(value));
  if (value.empty())
    // CHECK: :[[@LINE-1]]:7: warning: 'value' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-3]]:8: note: 'value' was moved here into 'sink'{{$}}
    log("empty setting");
}

// Each entry's value is moved out and then logged in the same iteration.
void storeAll(std::vector<std::pair<std::string, std::string>> &entries) {
  for (auto &[key, value] : entries) {
    sink(std::move(value));
    log(value.c_str());
    // CHECK: :[[@LINE-1]]:9: warning: 'value' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-3]]:10: note: 'value' was moved here into 'sink'{{$}}
  }
}

// The range variable is moved, then tested in the same iteration.
void drainNames(std::vector<std::string> &names) {
  for (std::string &n : names) {
    sink(std::move(n));
    if (n.empty())
      // CHECK: :[[@LINE-1]]:9: warning: 'n' is used after it was moved [ownership-use-after-move]
      // CHECK: :[[@LINE-3]]:10: note: 'n' was moved here into 'sink'{{$}}
      log("moved");
  }
}

// A header declared outside the loop is sent with every part: the second
// part gets a moved-from header.
void sendParts(std::vector<std::string> &parts, std::string header) {
  for (const std::string &p : parts)
    send(std::move(header), p);
    // CHECK: :[[@LINE-1]]:20: warning: 'header' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-2]]:10: note: 'header' was moved here into 'send', in the previous iteration of the loop{{$}}
}

// A binding declared before the loop is moved on every retry.
void mailContact(const char *line) {
  auto [name, email] = parseContact(line);
  for (int attempt = 0; attempt < 3; ++attempt)
    sink(std::move(email));
    // CHECK: :[[@LINE-1]]:20: warning: 'email' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-2]]:10: note: 'email' was moved here into 'sink', in the previous iteration of the loop{{$}}
}

// Look-alike: the other binding is still whole.
void indexAndMail(const char *line) {
  auto [name, email] = parseContact(line);
  sink(std::move(name));
  log(email.c_str());
}

// Look-alike: the binding gets a new value before it is read.
void indexAndRename(const char *line) {
  auto [name, email] = parseContact(line);
  sink(std::move(name));
  name = "anonymous";
  log(name.c_str());
}

// Look-alike: each iteration moves its own element; the container itself
// is not moved.
void collect(std::vector<std::string> &names, std::vector<std::string> &out) {
  for (std::string &n : names)
    out.push_back(std::move(n));
  log(names.empty() ? "none" : "some");
}

// Look-alike: a by-value range variable is a fresh copy each iteration.
void consumeCopies(std::vector<std::string> names) {
  for (std::string n : names)
    sink(std::move(n));
}

// Look-alike: the key is read, the value moved, in each iteration.
void storeValues(std::vector<std::pair<std::string, std::string>> &entries) {
  for (auto &[key, value] : entries) {
    log(key.c_str());
    sink(std::move(value));
  }
}

// Look-alike: the range variable is used first and moved last.
void logThenCollect(std::vector<std::string> &names,
                    std::vector<std::string> &out) {
  for (std::string &n : names) {
    log(n.c_str());
    out.push_back(std::move(n));
  }
}

// Look-alike: an outer variable is moved, then given the next value at
// the end of each iteration.
void sendPrevious(std::vector<std::string> &parts) {
  std::string previous;
  for (std::string &p : parts) {
    sink(std::move(previous));
    previous = p;
  }
}

// Look-alike: the loop stops right after the move.
void deliverOnce(std::vector<std::string> &parts, const std::string &key,
                 std::string payload) {
  for (std::string &p : parts) {
    if (p == key) {
      sink(std::move(payload));
      break;
    }
  }
}

// Look-alike: a variable declared in the body is new each iteration.
void pumpLines() {
  while (moreInput()) {
    std::string line = readLine();
    sink(std::move(line));
  }
}
