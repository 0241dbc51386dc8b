// RAII wrappers with their own move operations, constructor initialiser
// lists (initialised in declaration order), and std::unique_lock.
#include <mutex>
#include <string>
#include <utility>
#include <vector>

void closeFd(int fd);
long writeFd(int fd, const char *data, std::size_t len);
int openFd(const std::string &path);
void log(const std::string &line);

class FileHandle {
public:
  FileHandle(std::string path, int fd) : fd_(fd), path_(std::move(path)) {}
  FileHandle(FileHandle &&o) noexcept
      : fd_(std::exchange(o.fd_, -1)), path_(std::move(o.path_)) {}
  FileHandle &operator=(FileHandle &&o) noexcept {
    if (this != &o) {
      close();
      fd_ = std::exchange(o.fd_, -1);
      path_ = std::move(o.path_);
    }
    return *this;
  }
  ~FileHandle() { close(); }
  void close() {
    if (fd_ >= 0) {
      closeFd(fd_);
      fd_ = -1;
    }
  }
  int fd() const { return fd_; }
  const std::string &path() const { return path_; }
  explicit operator bool() const { return fd_ >= 0; }

private:
  int fd_ = -1;
  std::string path_;
};

void keep(std::vector<FileHandle> &open, FileHandle h);

void keepAndWrite(std::vector<FileHandle> &open, FileHandle h) {
  keep(open, std::move(h));
  writeFd(h.fd(), "x", 1); // BUG
}

void keepAndCheck(std::vector<FileHandle> &open, FileHandle h) {
  keep(open, std::move(h));
  if (h)
    writeFd(h.fd(), "x", 1);
}

void keepAndLogPath(std::vector<FileHandle> &open, FileHandle h) {
  keep(open, std::move(h));
  log("kept " + h.path()); // BUG
}

void reopen(FileHandle h, const std::string &path) {
  FileHandle old = std::move(h);
  old.close();
  h = FileHandle(path, openFd(path));
  writeFd(h.fd(), "y", 1);
}

class Session {
public:
  // user_ is declared first, so it is initialised first, whatever the order
  // written here.
  explicit Session(std::string user)
      : userLen_(user.size()), // BUG
        user_(std::move(user)) {}

private:
  std::string user_;
  std::size_t userLen_;
};

class Channel {
public:
  explicit Channel(std::string name)
      : nameLen_(name.size()),
        name_(std::move(name)) {}

private:
  std::size_t nameLen_;
  std::string name_;
};

class NamedWorker {
public:
  explicit NamedWorker(std::string name) : name_(std::move(name)) {
    log("worker " + name); // BUG
  }

private:
  std::string name_;
};

class NamedWorkerOk {
public:
  explicit NamedWorkerOk(std::string name) : name_(std::move(name)) {
    log("worker " + name_);
  }

private:
  std::string name_;
};

class Buffer {
public:
  Buffer(Buffer &&o) noexcept : data_(std::move(o.data_)), size_(o.size_) {
    o.size_ = 0;
  }
  Buffer(Buffer &&o, int) : data_(std::move(o.data_)), size_(o.data_.size()) {} // BUG

private:
  std::vector<char> data_;
  std::size_t size_ = 0;
};

void lockHandOff(std::mutex &m, std::vector<std::unique_lock<std::mutex>> &held) {
  std::unique_lock<std::mutex> lk(m);
  held.push_back(std::move(lk));
  lk.unlock(); // BUG
}

void lockHandOffChecked(std::mutex &m, std::vector<std::unique_lock<std::mutex>> &held) {
  std::unique_lock<std::mutex> lk(m);
  held.push_back(std::move(lk));
  if (lk.owns_lock())
    lk.unlock();
}

class Pipeline {
public:
  Pipeline(std::vector<std::string> stages, std::string name)
      : stages_(std::move(stages)), name_(std::move(name)),
        count_(stages_.size()) {}

private:
  std::vector<std::string> stages_;
  std::string name_;
  std::size_t count_;
};

class PipelineBad {
public:
  PipelineBad(std::vector<std::string> stages, std::string name)
      : stages_(std::move(stages)), name_(std::move(name)),
        count_(stages.size()) {} // BUG

private:
  std::vector<std::string> stages_;
  std::string name_;
  std::size_t count_;
};
