// Lambdas and callbacks: captures after a move, init-captures, lambdas that
// move what they capture by reference, and stored callbacks.
#include <functional>
#include <string>
#include <utility>
#include <vector>

void sink(std::string msg);
void log(const std::string &line);
void post(std::function<void()> task);
std::string nextMessage();

template <class F> void runNow(F &&f) { f(); }

void scheduleAfterMove(std::string msg) {
  sink(std::move(msg));
  post([msg] { log(msg); }); // BUG
}

void scheduleThenSink(std::string msg) {
  post([msg] { log(msg); });
  sink(std::move(msg));
}

void scheduleMoveThenLog(std::string msg) {
  post([m = std::move(msg)] { log(m); });
  log("scheduled " + msg); // BUG
}

void scheduleMove(std::string msg) {
  log("scheduling " + msg);
  post([m = std::move(msg)] { log(m); });
}

void flushOnce() {
  std::string out = nextMessage();
  auto flushIt = [&] { sink(std::move(out)); };
  flushIt();
  log(out); // BUG
}

void flushNever() {
  std::string out = nextMessage();
  auto flushIt = [&] { sink(std::move(out)); };
  (void)flushIt;
  log(out);
}

void flushCopy() {
  std::string out = nextMessage();
  auto flushIt = [out]() mutable { sink(std::move(out)); };
  flushIt();
  log(out);
}

void processNow(std::string job) {
  runNow([&] { sink(std::move(job)); });
  log(job); // BUG
}

void takeImmediately(std::string job) {
  std::string taken = [&] { return std::move(job); }();
  sink(std::move(taken));
  log(job); // BUG
}

void captureThenRefill(std::string job) {
  sink(std::move(job));
  auto show = [&] { log(job); };
  job = nextMessage();
  show();
}

void storeAndCall(std::string job) {
  std::function<void()> task = [&] { sink(std::move(job)); };
  task();
  log(job); // BUG
}

void lambdaBody() {
  auto handler = [](std::string req) {
    sink(std::move(req));
    log(req); // BUG
  };
  handler(nextMessage());
}

void lambdaBodyCorrect() {
  auto handler = [](std::string req) {
    log(req);
    sink(std::move(req));
  };
  handler(nextMessage());
}

void registerAndFire(std::vector<std::function<void()>> &handlers,
                     std::function<void()> cb) {
  handlers.push_back(std::move(cb));
  cb(); // BUG
}

void fireAndRegister(std::vector<std::function<void()>> &handlers,
                     std::function<void()> cb) {
  cb();
  handlers.push_back(std::move(cb));
}

void retryLater(std::string req) {
  sink(std::move(req));
  post([=] { log(req); }); // BUG
}

void retryLaterFresh(std::string req) {
  sink(std::move(req));
  req = nextMessage();
  post([=] { log(req); });
}

void logThenHandOff(std::string msg) {
  auto logIt = [&] { log(msg); };
  logIt();
  sink(std::move(msg));
}

void handOffThenLogLambda(std::string msg) {
  auto logIt = [&] { log(msg); };
  sink(std::move(msg));
  logIt(); // BUG
}
