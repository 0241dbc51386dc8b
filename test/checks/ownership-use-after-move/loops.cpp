// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A value moved in a loop's body is moved-from when the next iteration
// comes back to it, unless the iteration gives it a new value first.
#include <string>
#include <utility>
#include <vector>

void sink(std::string chunk);
void log(const std::string &line);
bool more();
bool matches(const std::string &name);
bool readLine(std::string &out);
std::string nextLine();

// The buffer is filled and flushed each iteration, but the second append
// writes into the moved-from buffer.
void pump(int chunks) {
  std::string v;
  for (int i = 0; i < chunks; ++i) {
    v.append("data");
    // CHECK: :[[@LINE-1]]:5: warning: 'v' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE+1]]:10: note: 'v' was moved here into 'sink', in the previous iteration of the loop{{$}}
    sink(std::move(v));
  }
}

// Look-alike: each iteration starts with a fresh value.
void pumpFixed() {
  std::string v;
  while (more()) {
    v = nextLine();
    sink(std::move(v));
  }
}

// A lone move in a loop moves the moved-from value the second time round.
void drain() {
  std::string pending = nextLine();
  while (more())
    sink(std::move(pending));
  // CHECK: :[[@LINE-1]]:20: warning: 'pending' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-2]]:10: note: 'pending' was moved here into 'sink', in the previous iteration of the loop{{$}}
}

// A do-while body runs at least twice before anyone refills the line.
void echo() {
  std::string line = nextLine();
  do {
    sink(std::move(line));
    // CHECK: :[[@LINE-1]]:20: warning: 'line' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-2]]:10: note: 'line' was moved here into 'sink', in the previous iteration of the loop{{$}}
  } while (more());
}

// The loop condition reads the line the body moved.
void consume() {
  std::string line = nextLine();
  while (!line.empty()) {
    // CHECK: :[[@LINE-1]]:11: warning: 'line' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE+1]]:10: note: 'line' was moved here into 'sink', in the previous iteration of the loop{{$}}
    sink(std::move(line));
  }
}

// Look-alike: the condition reads into the line before the body moves it.
void consumeFixed() {
  std::string line;
  while (readLine(line))
    sink(std::move(line));
}

// Look-alike: the for statement's increment gives the line its next value.
void consumeEach() {
  for (std::string line = nextLine(); !line.empty(); line = nextLine())
    sink(std::move(line));
}

// The same loop without the increment: the variable of the init-statement
// lives across iterations.
void consumeEachStuck() {
  for (std::string line = nextLine(); !line.empty();)
    // CHECK: :[[@LINE-1]]:40: warning: 'line' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE+1]]:10: note: 'line' was moved here into 'sink', in the previous iteration of the loop{{$}}
    sink(std::move(line));
}

// Look-alike: the variable is declared in the body, so each iteration has
// its own.
void perLine() {
  while (more()) {
    std::string line = nextLine();
    line.append("\n");
    sink(std::move(line));
  }
}

// Look-alike: the range-for variable is a new object (or refers to a new
// element) in each iteration.
void forwardAll(std::vector<std::string> &names, std::vector<std::string> copies) {
  for (std::string &name : names)
    sink(std::move(name));
  for (std::string copy : copies)
    sink(std::move(copy));
}

// Look-alike: structured bindings of a range-for are new in each iteration.
void forwardValues(std::vector<std::pair<std::string, std::string>> &headers) {
  for (auto &[key, value] : headers)
    sink(std::move(value));
}

// A connection handle that tests as true while it is open.
struct Connection {
  Connection();
  Connection(Connection &&);
  ~Connection();
  explicit operator bool() const;
};
Connection accept();
void serve(Connection conn);

// Look-alike: a variable declared in a while condition is new in each
// iteration.
void acceptAll() {
  while (Connection conn = accept())
    serve(std::move(conn));
}

// Look-alike: the move is followed by a break.
void firstMatch() {
  std::string best = nextLine();
  while (more()) {
    if (matches(best)) {
      sink(std::move(best));
      break;
    }
    best.append("?");
  }
}

// Look-alike: the move is followed by a return.
void retry(int attempts) {
  std::string request = nextLine();
  for (int i = 0; i < attempts; ++i) {
    request.append("#");
    if (matches(request)) {
      sink(std::move(request));
      return;
    }
  }
  log(request);
}

// The break leaves the loop, but the value is logged after the loop.
void findAndLog(std::vector<std::string> &names) {
  std::string found = nextLine();
  for (std::string &name : names) {
    if (matches(name)) {
      sink(std::move(found));
      break;
    }
  }
  log(found);
  // CHECK: :[[@LINE-1]]:7: warning: 'found' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-6]]:12: note: 'found' was moved here into 'sink'{{$}}
}

// A continue does not leave the loop: the next iteration reads the value.
void skipEmpty() {
  std::string buffer = nextLine();
  while (more()) {
    if (buffer.empty()) {
      // CHECK: :[[@LINE-1]]:9: warning: 'buffer' is used after it was moved [ownership-use-after-move]
      // CHECK: :[[@LINE+1]]:12: note: 'buffer' was moved here into 'sink', in the previous iteration of the loop{{$}}
      sink(std::move(buffer));
      continue;
    }
    buffer.append(".");
  }
}

// A break inside a switch leaves the switch, not the loop.
void dispatchAll(int kind) {
  std::string packet = nextLine();
  while (more()) {
    switch (kind) {
    case 1:
      sink(std::move(packet));
      // CHECK: :[[@LINE-1]]:22: warning: 'packet' is used after it was moved [ownership-use-after-move]
      // CHECK: :[[@LINE-2]]:12: note: 'packet' was moved here into 'sink', in the previous iteration of the loop{{$}}
      break;
    default:
      break;
    }
  }
}

// Look-alike: moved before a loop that never touches it.
void header(int rows) {
  std::string title = nextLine();
  sink(std::move(title));
  for (int i = 0; i < rows; ++i)
    log("row");
}

// Moved before a loop that reads it in every iteration: the move is not in
// the loop, so no "previous iteration".
void headerRepeated(int rows) {
  std::string title = nextLine();
  sink(std::move(title));
  for (int i = 0; i < rows; ++i)
    log(title);
  // CHECK: :[[@LINE-1]]:9: warning: 'title' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:8: note: 'title' was moved here into 'sink'{{$}}
}

// Look-alike: the batch is flushed when full and cleared straight away.
void batch(std::vector<std::string> &items) {
  std::string acc;
  for (std::string &item : items) {
    acc.append(item.c_str());
    if (acc.size() > 4096) {
      sink(std::move(acc));
      acc.clear();
    }
  }
  sink(std::move(acc));
}

// The same batch without the clear: the next append uses the flushed value.
void batchLeaky(std::vector<std::string> &items) {
  std::string acc;
  for (std::string &item : items) {
    acc.append(item.c_str());
    // CHECK: :[[@LINE-1]]:5: warning: 'acc' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE+2]]:12: note: 'acc' was moved here into 'sink', in the previous iteration of the loop{{$}}
    if (acc.size() > 4096)
      sink(std::move(acc));
  }
}

// Look-alike: the value is moved first and re-assigned last in each
// iteration.
void shiftHistory(std::vector<std::string> &lines) {
  std::string previous;
  for (size_t i = 0; i < lines.size(); ++i) {
    sink(std::move(previous));
    previous = lines[i];
  }
}

// Look-alike: the loop's exit path gives the value a new one before the use
// after the loop.
void readUntilBlank() {
  std::string line;
  while (true) {
    line = nextLine();
    if (line.empty())
      break;
    sink(std::move(line));
  }
  log(line);
}

// An inner loop that may run zero times does not re-initialise the value
// on every path.
void refillRows(int rows) {
  std::string row;
  for (int pass = 0; pass < 3; ++pass) {
    for (int i = 0; i < rows; ++i)
      row = nextLine();
    sink(std::move(row));
    // CHECK: :[[@LINE-1]]:20: warning: 'row' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-2]]:10: note: 'row' was moved here into 'sink', in the previous iteration of the loop{{$}}
    // CHECK: :[[@LINE-4]]:7: note: 'row' is re-initialised here, but not on every path to the use{{$}}
  }
}
