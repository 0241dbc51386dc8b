// Moves under conditions: one branch, both branches, exclusive conditions,
// early returns, flags, ternaries and exceptions.
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

void send(std::string payload) noexcept;
void log(const std::string &line);
std::string nextPayload();
void commit();

void dispatchMaybe(std::string payload, bool urgent) {
  if (urgent)
    send(std::move(payload));
  log(payload); // BUG
}

void dispatchEither(std::string payload, bool urgent) {
  if (urgent)
    send(std::move(payload));
  else
    log(payload);
}

void dispatchOrLog(std::string payload, bool urgent) {
  if (urgent) {
    send(std::move(payload));
    return;
  }
  log(payload);
}

void exclusiveFlags(std::string payload, bool urgent) {
  if (urgent)
    send(std::move(payload));
  if (!urgent)
    log(payload);
}

void publishOnce(std::string event, int subscribers) {
  bool handedOff = false;
  if (subscribers > 0) {
    send(std::move(event));
    handedOff = true;
  }
  if (!handedOff)
    log(event);
}

void dispatchAndTrace(std::string payload, bool urgent, bool tracing) {
  if (urgent)
    send(std::move(payload));
  if (tracing)
    log(payload); // BUG
}

void routeTernary(std::string payload, bool urgent) {
  urgent ? send(std::move(payload)) : log(payload);
}

void classifyChain(std::string record, int kind) {
  if (kind == 1)
    send(std::move(record));
  else if (kind == 2)
    log(record);
  log("classified " + record); // BUG
}

void classifySeparate(std::string record, int kind) {
  if (kind == 1)
    send(std::move(record));
  if (kind == 2)
    log(record);
}

void sendAndRefill(std::string payload, bool urgent) {
  if (urgent) {
    send(std::move(payload));
    payload = nextPayload();
  }
  log(payload);
}

void sendAndMaybeRefill(std::string payload, bool refill) {
  send(std::move(payload));
  if (refill)
    payload = nextPayload();
  log(payload); // BUG
}

void thresholds(std::string batch, int n) {
  if (n > 10)
    send(std::move(batch));
  if (n < 5)
    log(batch);
}

void sendWithFallback(std::string payload) {
  try {
    send(std::move(payload));
    commit();
  } catch (const std::exception &) {
    log("failed: " + payload); // BUG
  }
}

void validateThenSend(std::string payload) {
  try {
    if (payload.empty())
      throw std::invalid_argument("empty payload");
    send(std::move(payload));
  } catch (const std::invalid_argument &) {
    log("rejected: " + payload);
  }
}

void sendUnlessEmpty(std::string payload) {
  if (payload.empty())
    return;
  send(std::move(payload));
  if (payload.empty()) // BUG
    log("sent");
}

void nestedConditions(std::string payload, bool a, bool b) {
  if (a) {
    if (b)
      send(std::move(payload));
    else
      log(payload);
  } else {
    log(payload);
  }
}
