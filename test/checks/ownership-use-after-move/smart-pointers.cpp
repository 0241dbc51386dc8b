// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// A moved-from unique_ptr or shared_ptr is null: only a dereference (`*`,
// `->`) is a use. Testing, comparing, get(), reset(), release(), assigning
// and passing it on are fine; a weak_ptr is never dereferenced at all.
#include <memory>
#include <utility>
#include <vector>

struct Connection {
  int fd;
  bool send(const char *msg);
  void close();
};

struct Job {
  int priority;
  void run();
};

void adopt(std::unique_ptr<Connection> conn);
void logConnection(const std::unique_ptr<Connection> &conn);
std::unique_ptr<Connection> dial(const char *host);
bool retryNow();

// The greeting goes through the pointer that was just handed to the pool.
bool handOff(const char *host) {
  std::unique_ptr<Connection> conn = dial(host);
  auto pooled = std::move(conn);
  return conn->send("hello");
  // CHECK: :[[@LINE-1]]:10: warning: 'conn' is dereferenced after it was moved: a moved-from 'std::unique_ptr' is null [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:17: note: 'conn' was moved here into 'pooled'{{$}}
}

// Dereferenced with `*` after a by-value sink took it.
int adoptThenRead(const char *host) {
  std::unique_ptr<Connection> conn = dial(host);
  adopt(std::move(conn));
  return (*conn).fd;
  // CHECK: :[[@LINE-1]]:12: warning: 'conn' is dereferenced after it was moved: a moved-from 'std::unique_ptr' is null [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:9: note: 'conn' was moved here into 'adopt'{{$}}
}

// The job is queued, then run through the now-null shared_ptr.
void enqueue(std::vector<std::shared_ptr<Job>> &queue,
             std::shared_ptr<Job> job) {
  queue.push_back(std::move(job));
  job->run();
  // CHECK: :[[@LINE-1]]:3: warning: 'job' is dereferenced after it was moved: a moved-from 'std::shared_ptr' is null [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:3: note: 'job' was moved here by 'push_back'{{$}}
}

// The replacement is installed in the slot, then closed through the
// emptied parameter.
void replace(std::unique_ptr<Connection> &slot,
             std::unique_ptr<Connection> fresh) {
  slot = std::move(fresh);
  fresh->close();
  // CHECK: :[[@LINE-1]]:3: warning: 'fresh' is dereferenced after it was moved: a moved-from 'std::unique_ptr' is null [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:10: note: 'fresh' was moved here by a move assignment{{$}}
}

// Moved on one path only: that path is enough.
int maybeAdopt(const char *host, bool keep) {
  std::unique_ptr<Connection> conn = dial(host);
  if (!keep)
    adopt(std::move(conn));
  return conn->fd;
  // CHECK: :[[@LINE-1]]:10: warning: 'conn' is dereferenced after it was moved: a moved-from 'std::unique_ptr' is null [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:11: note: 'conn' was moved here into 'adopt'{{$}}
}

// The second iteration runs the job the first one gave away.
void runAll(std::vector<std::shared_ptr<Job>> &done, int n) {
  std::shared_ptr<Job> job = std::make_shared<Job>();
  for (int i = 0; i < n; ++i) {
    job->run();
    // CHECK: :[[@LINE-1]]:5: warning: 'job' is dereferenced after it was moved: a moved-from 'std::shared_ptr' is null [ownership-use-after-move]
    // CHECK: :[[@LINE+1]]:5: note: 'job' was moved here by 'push_back', in the previous iteration of the loop{{$}}
    done.push_back(std::move(job));
  }
}

// Re-dialled only when the retry is allowed.
bool sometimesRedial(const char *host) {
  std::unique_ptr<Connection> conn = dial(host);
  adopt(std::move(conn));
  if (retryNow())
    conn = dial(host);
  return conn->send("again");
  // CHECK: :[[@LINE-1]]:10: warning: 'conn' is dereferenced after it was moved: a moved-from 'std::unique_ptr' is null [ownership-use-after-move]
  // CHECK: :[[@LINE-5]]:9: note: 'conn' was moved here into 'adopt'{{$}}
  // CHECK: :[[@LINE-4]]:5: note: 'conn' is re-initialised here, but not on every path to the use{{$}}
}

// Look-alike: get() on a moved-from unique_ptr returns null, by definition.
Connection *rawAfterMove(const char *host) {
  std::unique_ptr<Connection> conn = dial(host);
  adopt(std::move(conn));
  return conn.get();
}

// Look-alike (LOOKALIKES.md): tested for null and re-made before use.
bool reconnect(const char *host) {
  std::unique_ptr<Connection> conn = dial(host);
  auto old = std::move(conn);
  if (!conn)
    conn = dial(host);
  return conn->send("again");
}

// Look-alike: compared with nullptr.
bool handedOver(std::unique_ptr<Connection> conn) {
  adopt(std::move(conn));
  return conn == nullptr;
}

// Look-alike: tested with `!= nullptr` before the dereference.
bool sendIfKept(const char *host, bool keep) {
  std::unique_ptr<Connection> conn = dial(host);
  if (!keep)
    adopt(std::move(conn));
  if (conn != nullptr)
    return conn->send("still here");
  return false;
}

// Look-alike: tested through get() before the dereference.
int fdIfKept(const char *host, bool keep) {
  std::unique_ptr<Connection> conn = dial(host);
  if (!keep)
    adopt(std::move(conn));
  if (conn.get())
    return conn->fd;
  return -1;
}

// Look-alike: reset() gives it a new object.
int resetThenUse(const char *host) {
  std::unique_ptr<Connection> conn = dial(host);
  adopt(std::move(conn));
  conn.reset(new Connection{3});
  return conn->fd;
}

// Look-alike: release() on the emptied pointer just returns null.
Connection *releaseAfterMove(std::unique_ptr<Connection> conn) {
  auto keep = std::move(conn);
  return conn.release();
}

// Look-alike: an empty pointer may be logged and passed on again.
void passOn(std::unique_ptr<Connection> conn) {
  auto keep = std::move(conn);
  logConnection(conn);
  adopt(std::move(conn));
}

// Look-alike: assigned a fresh connection before the dereference.
int assignFresh(const char *host) {
  std::unique_ptr<Connection> conn = dial(host);
  adopt(std::move(conn));
  conn = dial(host);
  return conn->fd;
}

// Look-alike: converted to bool explicitly.
bool stillOwned(std::unique_ptr<Connection> conn) {
  adopt(std::move(conn));
  return static_cast<bool>(conn);
}

// Look-alike: a moved-from shared_ptr is tested and counted.
long shareCount(std::shared_ptr<Job> job) {
  auto mine = std::move(job);
  if (job)
    job->run();
  return job.use_count();
}

// Look-alike: a weak_ptr has no dereference; a moved-from one is expired.
void watch(std::shared_ptr<Job> job) {
  std::weak_ptr<Job> w(job);
  std::weak_ptr<Job> watcher(std::move(w));
  if (!w.expired())
    w.lock();
  w.reset();
}
