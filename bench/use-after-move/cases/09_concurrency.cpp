// std::thread, std::future, std::promise, std::packaged_task and
// std::function after a move, and lambdas run on other threads.
#include <functional>
#include <future>
#include <string>
#include <thread>
#include <utility>
#include <vector>

void crawl(const char *root);
std::vector<std::string> scan(std::string root);
int countWords(std::vector<std::string> words);
void log(const std::string &line);

void startCrawler(std::vector<std::thread> &workers) {
  std::thread t(crawl, "/srv");
  workers.push_back(std::move(t));
  t.join(); // BUG
}

void startCrawlerChecked(std::vector<std::thread> &workers) {
  std::thread t(crawl, "/srv");
  workers.push_back(std::move(t));
  if (t.joinable())
    t.join();
}

void spawnDetached(std::vector<std::thread> &pool) {
  std::thread t(crawl, "/tmp");
  pool.emplace_back(std::move(t));
  t.detach(); // BUG
}

int fetchResult(std::future<int> f) {
  std::future<int> pending = std::move(f);
  return f.get(); // BUG
}

bool handOffFuture(std::future<int> f, std::vector<std::future<int>> &out) {
  out.push_back(std::move(f));
  return f.valid();
}

int waitThenHandOff(std::future<int> f, std::vector<std::future<int>> &out) {
  f.wait();
  out.push_back(std::move(f));
  return 0;
}

void completeLater(std::promise<int> p, std::vector<std::promise<int>> &pending) {
  pending.push_back(std::move(p));
  p.set_value(1); // BUG
}

std::future<int> startJob(std::vector<std::promise<int>> &pending) {
  std::promise<int> p;
  std::future<int> f = p.get_future();
  pending.push_back(std::move(p));
  return f;
}

void runTask(std::packaged_task<int()> task,
             std::vector<std::packaged_task<int()>> &q) {
  q.push_back(std::move(task));
  task(); // BUG
}

int computeOnThread() {
  std::packaged_task<int()> task([] { return 42; });
  std::future<int> f = task.get_future();
  std::thread th(std::move(task));
  th.join();
  return f.get();
}

void crawlInBackground(std::string root) {
  std::vector<std::string> found;
  std::thread th([&] { found = scan(std::move(root)); });
  th.join();
  log("crawled " + root); // BUG
}

void crawlCopyInBackground(std::string root) {
  std::vector<std::string> found;
  std::thread th([&found, root]() mutable { found = scan(std::move(root)); });
  th.join();
  log("crawled " + root);
}

int countAsync(std::vector<std::string> words) {
  auto fut = std::async(std::launch::async,
                        [&] { return countWords(std::move(words)); });
  int n = fut.get();
  log(std::to_string(words.size())); // BUG
  return n;
}

int countAsyncOwned(std::vector<std::string> words) {
  auto fut = std::async(std::launch::async,
                        [w = std::move(words)]() mutable { return countWords(std::move(w)); });
  return fut.get();
}

void dispatchCallback(std::function<void(int)> done,
                      std::vector<std::function<void(int)>> &q) {
  q.push_back(std::move(done));
  done(0); // BUG
}

void runDetached(std::function<void()> fn) {
  std::thread(std::move(fn)).detach();
}

void restartWorker(std::thread &worker) {
  std::thread old = std::move(worker);
  if (old.joinable())
    old.join();
  worker = std::thread(crawl, "/var");
}

void handOffWorker(std::thread &worker, std::vector<std::thread> &retired) {
  retired.push_back(std::move(worker));
  worker.join(); // BUG
}
