// Types whose move is a copy, and templates (checked per instantiation).
#include <array>
#include <string>
#include <utility>
#include <vector>

struct Point {
  int x;
  int y;
};

struct Label {
  std::string text;
  int color;
};

class Legacy {
public:
  explicit Legacy(std::string n) : n_(std::move(n)) {}
  Legacy(const Legacy &other) : n_(other.n_) {}
  Legacy &operator=(const Legacy &other) {
    n_ = other.n_;
    return *this;
  }
  const std::string &name() const { return n_; }

private:
  std::string n_;
};

void plot(Point p);
void paint(Label l);
void log(const std::string &line);

int plotTwice(Point p) {
  plot(std::move(p));
  plot(p);
  return p.x;
}

int countTwice(int n, std::vector<int> &out) {
  out.push_back(std::move(n));
  return n + 1;
}

void paintTwice(Label l) {
  paint(std::move(l));
  paint(l); // BUG
}

void keepLegacy(Legacy l, std::vector<Legacy> &v) {
  v.push_back(std::move(l));
  log(l.name());
}

void pairOfInts(std::pair<int, int> range, std::vector<std::pair<int, int>> &out) {
  out.push_back(std::move(range));
  log(std::to_string(range.first));
}

void arrayOfInts(std::array<int, 4> a, std::vector<std::array<int, 4>> &out) {
  out.push_back(std::move(a));
  log(std::to_string(a[0]));
}

void arrayOfStrings(std::array<std::string, 2> a,
                    std::vector<std::array<std::string, 2>> &out) {
  out.push_back(std::move(a));
  log(a[0]); // BUG
}

template <class Msg>
void broadcast(Msg m, std::vector<Msg> &first, std::vector<Msg> &second) {
  first.push_back(std::move(m));
  second.push_back(m); // BUG
}

void broadcastStrings(std::vector<std::string> &a, std::vector<std::string> &b) {
  broadcast<std::string>("hello", a, b);
}

template <class N> void accumulateTwice(N n, std::vector<N> &out) {
  out.push_back(std::move(n));
  out.push_back(n);
}

void accumulateInts(std::vector<int> &out) { accumulateTwice(3, out); }

template <class T> T takeFirst(std::vector<T> &items) {
  T first = std::move(items.front());
  items.erase(items.begin());
  return first;
}

std::string firstName(std::vector<std::string> &names) { return takeFirst(names); }

template <class T> void pushBoth(std::vector<T> &out, T value) {
  out.push_back(value);
  out.push_back(std::move(value));
}

void pushBothStrings(std::vector<std::string> &out) { pushBoth<std::string>(out, "x"); }
