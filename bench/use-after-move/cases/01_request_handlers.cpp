// Request handlers: values handed to a dispatcher, a renderer or a queue, and
// what the handler does with them afterwards.
#include <map>
#include <string>
#include <utility>
#include <vector>

struct Request {
  std::string method;
  std::string path;
  std::string body;
  std::map<std::string, std::string> headers;
};

struct Response {
  int status = 200;
  std::string body;
};

void dispatch(Request req);
void audit(const std::string &line);
Response render(std::string body);
void sendResponse(Response resp);
void metric(const char *name, std::size_t value);
bool isHealthCheck(const Request &req);

void handleAndAudit(Request req) {
  dispatch(std::move(req));
  audit(req.path); // BUG
}

void auditThenHandle(Request req) {
  audit(req.method + " " + req.path);
  dispatch(std::move(req));
}

void respondWithBodyMetric(Request req) {
  Response resp = render(std::move(req.body));
  metric("body_bytes", req.body.size()); // BUG
  sendResponse(std::move(resp));
}

void respondWithSavedMetric(Request req) {
  const std::size_t bytes = req.body.size();
  Response resp = render(std::move(req.body));
  metric("body_bytes", bytes);
  sendResponse(std::move(resp));
}

void respondAndAuditPath(Request req) {
  sendResponse(render(std::move(req.body)));
  audit(req.method + " " + req.path);
}

void sendAndTrace(Response resp) {
  sendResponse(std::move(resp));
  audit("sent: " + resp.body); // BUG
}

void skipHealthChecks(Request req) {
  // isHealthCheck takes a const reference: nothing is moved here.
  if (isHealthCheck(std::move(req)))
    return;
  dispatch(std::move(req));
}

void collectHeaders(std::vector<std::map<std::string, std::string>> &out,
                    Request req) {
  out.push_back(std::move(req.headers));
  if (req.headers.count("x-trace") != 0) // BUG
    audit("traced " + req.path);
}

void replyTwice(Request req) {
  Response first = render(req.body);
  sendResponse(std::move(first));
  first = Response{};
  first.status = 204;
  sendResponse(std::move(first));
}

void forwardToAll(const std::vector<std::string> &backends, Request req) {
  for (const std::string &backend : backends) {
    audit("forwarding to " + backend);
    dispatch(req);
  }
  audit("done " + req.path);
}

void dispatchAndEchoBody(Request req, std::vector<std::string> &echoes) {
  std::string body = req.body;
  dispatch(std::move(req));
  echoes.push_back(std::move(body));
}

void dispatchAndEchoHeader(Request req, std::vector<std::string> &echoes) {
  dispatch(std::move(req));
  auto it = req.headers.find("x-echo"); // BUG
  if (it != req.headers.end())
    echoes.push_back(it->second);
}

void discardedMove(Request req) {
  // A discarded std::move is only a cast: nothing leaves 'req'.
  std::move(req);
  audit(req.path);
}
