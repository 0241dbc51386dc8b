// Fields of locals and parameters, nested fields, and structured bindings.
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

struct Contact {
  std::string name;
  std::string email;
  int id;
};

struct Envelope {
  Contact to;
  std::string subject;
  std::string body;
};

void index(std::string name);
void deliver(std::string body);
void save(const Contact &c);
void mail(const std::string &text);
std::pair<std::string, std::string> splitHeader(const std::string &line);
std::tuple<int, std::string, std::string> parseRecord(const std::string &line);

int indexAndSave(Contact c) {
  index(std::move(c.name));
  int id = c.id;
  save(c); // BUG
  return id;
}

void indexAndMail(Contact c) {
  index(std::move(c.name));
  mail(c.email);
}

void indexAndGreet(Contact c) {
  index(std::move(c.name));
  mail("hi " + c.name); // BUG
}

void indexAndRename(Contact c) {
  index(std::move(c.name));
  c.name = "unknown";
  save(c);
}

void archive(Contact c, std::vector<Contact> &out) {
  out.push_back(std::move(c));
  mail(c.email); // BUG
}

void archiveAfterMail(Contact c, std::vector<Contact> &out) {
  mail(c.email);
  out.push_back(std::move(c));
}

void sendEnvelope(Envelope e) {
  index(std::move(e.to.name));
  mail(e.to.email);
  mail(e.subject);
  deliver(std::move(e.body));
}

void forwardBody(Envelope e) {
  deliver(std::move(e.body));
  save(e.to);
  index(e.body); // BUG
}

void forwardRecipient(Envelope e, std::vector<Contact> &book) {
  book.push_back(std::move(e.to));
  mail(e.to.email); // BUG
}

void routeHeader(const std::string &line) {
  auto [key, value] = splitHeader(line);
  deliver(std::move(value));
  mail(key);
}

void routeHeaderBad(const std::string &line) {
  auto [key, value] = splitHeader(line);
  deliver(std::move(value));
  mail(key + "=" + value); // BUG
}

void importRecord(const std::string &line, std::map<int, Contact> &db) {
  auto [id, name, email] = parseRecord(line);
  db[id] = Contact{std::move(name), std::move(email), id};
  mail("imported " + std::to_string(id));
}

void importRecordLogged(const std::string &line, std::map<int, Contact> &db) {
  auto [id, name, email] = parseRecord(line);
  db[id] = Contact{std::move(name), std::move(email), id};
  mail("imported " + name); // BUG
}

void moveEachField(Contact c) {
  index(std::move(c.name));
  deliver(std::move(c.email));
  c.name = "anon";
  c.email = "none";
  save(c);
}
