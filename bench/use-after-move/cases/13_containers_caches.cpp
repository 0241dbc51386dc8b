// Maps, caches and queues: try_emplace, insert, emplace, operator[], moving
// container elements, and range-for over elements.
#include <deque>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

struct Job {
  int id;
  std::string payload;
};

void log(const std::string &line);
void run(Job job);

void cacheTitle(std::map<int, std::string> &titles, int id, std::string title) {
  titles.try_emplace(id, std::move(title));
  log(title); // BUG
}

void cacheOrReport(std::map<int, std::string> &titles, int id, std::string title) {
  if (!titles.try_emplace(id, std::move(title)).second)
    log("duplicate " + title);
}

void cacheOrReportStored(std::map<int, std::string> &titles, int id,
                         std::string title) {
  auto result = titles.try_emplace(id, std::move(title));
  if (!result.second)
    log("duplicate " + title);
}

void cacheOrReportBinding(std::unordered_map<int, std::string> &titles, int id,
                          std::string title) {
  auto [it, inserted] = titles.try_emplace(id, std::move(title));
  if (!inserted)
    log("kept " + it->second + ", dropped " + title);
}

void cacheAndAnnounce(std::unordered_map<int, std::string> &titles, int id,
                      std::string title) {
  auto [it, inserted] = titles.try_emplace(id, std::move(title));
  if (inserted)
    log("cached " + title); // BUG
}

void insertOrReport(std::map<int, std::string> &titles, int id, std::string title) {
  if (!titles.insert({id, std::move(title)}).second)
    log("duplicate " + title); // BUG
}

void registerName(std::map<std::string, int> &ids, std::string name, int id) {
  ids.emplace(std::move(name), id);
  log("registered " + name); // BUG
}

void registerNameLogged(std::map<std::string, int> &ids, std::string name, int id) {
  log("registering " + name);
  ids.emplace(std::move(name), id);
}

std::string putAndReturn(std::unordered_map<std::string, std::string> &cache,
                         const std::string &key, std::string val) {
  cache[key] = std::move(val);
  return val; // BUG
}

std::string putAndGet(std::unordered_map<std::string, std::string> &cache,
                      const std::string &key, std::string val) {
  cache[key] = std::move(val);
  return cache[key];
}

void upsert(std::map<std::string, std::string> &cfg, std::string key,
            std::string value) {
  cfg.insert_or_assign(key, std::move(value));
  log(key + " updated");
}

void upsertAndEcho(std::map<std::string, std::string> &cfg, std::string key,
                   std::string value) {
  cfg.insert_or_assign(std::move(key), value);
  log(key + "=" + value); // BUG
}

std::vector<std::string> takeValues(std::map<int, std::string> &m) {
  std::vector<std::string> out;
  for (auto &[k, v] : m)
    out.push_back(std::move(v));
  m.clear();
  return out;
}

void moveAndLogEach(std::vector<std::string> &names, std::vector<std::string> &out) {
  for (std::string &n : names) {
    out.push_back(std::move(n));
    log(n); // BUG
  }
}

Job popJob(std::deque<Job> &q) {
  Job j = std::move(q.front());
  q.pop_front();
  return j;
}

void popAndPeek(std::deque<Job> &q) {
  Job j = std::move(q.front());
  log(q.front().payload); // BUG
  q.pop_front();
  run(std::move(j));
}

void drainQueue(std::deque<Job> &q) {
  while (!q.empty()) {
    Job j = std::move(q.front());
    q.pop_front();
    run(std::move(j));
  }
}

void mergeInto(std::vector<std::string> &dst, std::vector<std::string> src) {
  dst.insert(dst.end(), std::make_move_iterator(src.begin()),
             std::make_move_iterator(src.end()));
  src.clear();
  log(std::to_string(dst.size()));
}

void appendAll(std::vector<std::string> &dst, std::vector<std::string> src) {
  for (std::string &s : src)
    dst.push_back(std::move(s));
  log(std::to_string(src.size()));
}

void appendAllAndDump(std::vector<std::string> &dst, std::vector<std::string> src) {
  for (std::string &s : src)
    dst.push_back(std::move(s));
  for (const std::string &s : src)
    log(s); // BUG
}
