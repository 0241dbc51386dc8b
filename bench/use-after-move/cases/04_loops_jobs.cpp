// Loops over jobs, chunks and lines: moves that the next iteration sees, and
// the usual ways of making that safe.
#include <istream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

struct Job {
  int id;
  std::string payload;
};

struct Config {
  std::string name;
  std::vector<std::string> flags;
};

struct Worker {
  void configure(Config cfg);
};

class JobQueue {
public:
  std::optional<Job> pop();
};

void run(Job job);
void submit(std::string payload);
void flush(std::vector<Job> batch);
std::string nextLine();
bool more();
bool tryConnect();
bool sendOnce(std::string payload);
void log(const std::string &line);

void pump(int chunks) {
  std::string buf;
  for (int i = 0; i < chunks; ++i) {
    buf.append("chunk"); // BUG
    submit(std::move(buf));
  }
}

void pumpFresh(int chunks) {
  std::string buf;
  for (int i = 0; i < chunks; ++i) {
    buf = "chunk" + std::to_string(i);
    submit(std::move(buf));
  }
}

void pumpClear(int chunks) {
  std::string buf;
  for (int i = 0; i < chunks; ++i) {
    buf.append("chunk");
    submit(std::move(buf));
    buf.clear();
  }
}

void drain() {
  while (more()) {
    std::string line = nextLine();
    submit(std::move(line));
  }
}

void runAll(std::vector<Job> &jobs) {
  for (Job &j : jobs)
    run(std::move(j));
  jobs.clear();
}

void runAllByValue(std::vector<Job> jobs) {
  for (Job j : jobs)
    run(std::move(j));
}

void configureWorkers(std::vector<Worker> &workers, Config cfg) {
  for (Worker &w : workers)
    w.configure(std::move(cfg)); // BUG
}

void fanOut(std::vector<Worker> &workers, Config cfg) {
  const std::size_t n = workers.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i + 1 == n)
      workers[i].configure(std::move(cfg));
    else
      workers[i].configure(cfg);
  }
}

bool retrySubmit(std::string payload, int attempts) {
  for (int i = 0; i < attempts; ++i) {
    if (tryConnect()) {
      submit(std::move(payload));
      return true;
    }
    log("retrying " + payload);
  }
  return false;
}

bool retrySend(std::string payload, int attempts) {
  for (int i = 0; i < attempts; ++i) {
    if (sendOnce(std::move(payload)))
      return true;
    log("retrying " + payload); // BUG
  }
  return false;
}

std::vector<std::string> readLines(std::istream &in) {
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line))
    lines.push_back(std::move(line));
  return lines;
}

void batchFullOnly(const std::vector<Job> &jobs, std::size_t limit) {
  std::vector<Job> batch;
  for (const Job &j : jobs) {
    batch.push_back(j); // BUG
    if (batch.size() == limit)
      flush(std::move(batch));
  }
}

void batchAndClear(const std::vector<Job> &jobs, std::size_t limit) {
  std::vector<Job> batch;
  for (const Job &j : jobs) {
    batch.push_back(j);
    if (batch.size() == limit) {
      flush(std::move(batch));
      batch.clear();
    }
  }
  if (!batch.empty())
    flush(std::move(batch));
}

void batchWithExchange(const std::vector<Job> &jobs, std::size_t limit) {
  std::vector<Job> batch;
  for (const Job &j : jobs) {
    batch.push_back(j);
    if (batch.size() == limit)
      flush(std::exchange(batch, {}));
  }
  if (!batch.empty())
    flush(std::move(batch));
}

void sendChunks(const std::string &data, std::size_t chunk) {
  std::string piece;
  std::size_t pos = 0;
  do {
    piece += data.substr(pos, chunk); // BUG
    submit(std::move(piece));
    pos += chunk;
  } while (pos < data.size());
}

void serveQueue(JobQueue &q) {
  while (std::optional<Job> job = q.pop())
    run(std::move(*job));
}

void firstLongLine(std::vector<std::string> &out) {
  std::string line;
  while (more()) {
    line = nextLine();
    if (line.size() > 80) {
      out.push_back(std::move(line));
      break;
    }
  }
  log("scanned");
}

void retryWithCopy(const Job &job, int attempts) {
  for (int i = 0; i < attempts; ++i) {
    Job attempt = job;
    run(std::move(attempt));
  }
}

void resubmitEach(Job job, int times) {
  for (int i = 0; i < times; ++i) {
    log("attempt " + std::to_string(i));
    run(std::move(job)); // BUG
  }
}
