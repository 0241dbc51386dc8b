// unique_ptr, shared_ptr and weak_ptr after a move: null (or empty) is a
// specified state, so only dereferences are wrong.
#include <memory>
#include <utility>
#include <vector>

struct Connection {
  bool send(const char *msg);
  int fd() const;
  void setSlot(int slot);
};

std::unique_ptr<Connection> dial(const char *host);
void park(std::unique_ptr<Connection> conn);

struct Registry {
  std::vector<std::unique_ptr<Connection>> owned;
  int adopt(std::unique_ptr<Connection> conn) {
    owned.push_back(std::move(conn));
    return static_cast<int>(owned.size()) - 1;
  }
};

bool handOff(const char *host) {
  std::unique_ptr<Connection> conn = dial(host);
  auto pooled = std::move(conn);
  return conn->send("hello"); // BUG
}

bool reconnect(const char *host) {
  std::unique_ptr<Connection> conn = dial(host);
  park(std::move(conn));
  if (!conn)
    conn = dial(host);
  return conn->send("again");
}

bool rawAfterPark(std::unique_ptr<Connection> conn) {
  park(std::move(conn));
  Connection *raw = conn.get();
  return raw == nullptr;
}

bool parkedIsNull(std::unique_ptr<Connection> conn) {
  park(std::move(conn));
  return conn == nullptr;
}

void sendIfStillOwned(std::unique_ptr<Connection> conn) {
  park(std::move(conn));
  if (conn)
    conn->send("late");
}

int fdAfterPark(std::unique_ptr<Connection> conn) {
  park(std::move(conn));
  return (*conn).fd(); // BUG
}

void shareAndUse(std::shared_ptr<Connection> conn,
                 std::vector<std::shared_ptr<Connection>> &pool) {
  pool.push_back(std::move(conn));
  conn->send("x"); // BUG
}

void shareCopyAndUse(std::shared_ptr<Connection> conn,
                     std::vector<std::shared_ptr<Connection>> &pool) {
  pool.push_back(conn);
  conn->send("x");
}

long sharedCountAfterMove(std::shared_ptr<Connection> conn,
                          std::vector<std::shared_ptr<Connection>> &pool) {
  pool.push_back(std::move(conn));
  return conn.use_count();
}

bool watch(std::weak_ptr<Connection> w,
           std::vector<std::weak_ptr<Connection>> &watchers) {
  watchers.push_back(std::move(w));
  return w.expired();
}

void rebind(std::unique_ptr<Connection> conn) {
  park(std::move(conn));
  conn.reset(new Connection());
  conn->send("fresh");
}

bool sharedRawAfterMove(std::shared_ptr<Connection> conn,
                        std::vector<std::shared_ptr<Connection>> &pool) {
  pool.push_back(std::move(conn));
  Connection *raw = conn.get();
  return raw == nullptr;
}

void shareThenMaybeSend(std::shared_ptr<Connection> conn,
                        std::vector<std::shared_ptr<Connection>> &pool) {
  pool.push_back(std::move(conn));
  if (conn)
    conn->send("late");
}

void rawPointerMove(Connection *c) {
  Connection *d = std::move(c);
  c->send("x");
  d->send("y");
}

void parkAll(std::unique_ptr<Connection> conn, int n) {
  for (int i = 0; i < n; ++i) {
    conn->send("ping"); // BUG
    park(std::move(conn));
  }
}

void bufferHandoff(std::unique_ptr<char[]> buf,
                   std::vector<std::unique_ptr<char[]>> &out) {
  out.push_back(std::move(buf));
  buf[0] = '\0'; // BUG
}

void adoptAndSetSlot(Registry &reg, std::unique_ptr<Connection> conn) {
  // C++17: 'conn->setSlot' (and its operator->) is evaluated before the
  // argument moves 'conn'; the registry keeps the object alive.
  conn->setSlot(reg.adopt(std::move(conn)));
}

void adoptThenPing(Registry &reg, std::unique_ptr<Connection> conn) {
  reg.adopt(std::move(conn));
  conn->send("ping"); // BUG
}

void adoptAndPingThroughRegistry(Registry &reg, std::unique_ptr<Connection> conn) {
  int slot = reg.adopt(std::move(conn));
  reg.owned[slot]->send("ping");
}

Connection *releaseAfterMove(std::unique_ptr<Connection> conn) {
  park(std::move(conn));
  return conn.release();
}
