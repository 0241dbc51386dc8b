// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Fields of locals and parameters are moved one by one: after moving
// s.name, s.name is gone but s.id is not, and using all of s (a copy, a
// const reference) uses a partly moved value.
#include <string>
#include <utility>
#include <vector>

struct Contact {
  std::string name;
  std::string email;
  int id;
};

struct Header {
  std::string host;
  std::string path;
};

struct Request {
  Header header;
  std::vector<char> body;
  int retries;
};

void sendMail(std::string to);
void index(std::string name);
void save(const Contact &c);
void fetch(Request r);
void archive(Contact c);
void log(const char *msg);

// The address is given to the mailer, then logged from the emptied field.
void forwardEmail(Contact c) {
  sendMail(std::move(c.email));
  log(c.email.c_str());
  // CHECK: :[[@LINE-1]]:9: warning: 'c.email' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:12: note: 'c.email' was moved here into 'sendMail'{{$}}
}

// The contact is copied after its name was taken.
Contact indexAndKeep(Contact c) {
  index(std::move(c.name));
  Contact copy = c;
  // CHECK: :[[@LINE-1]]:18: warning: 'c' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:9: note: 'c.name' was moved here into 'index'{{$}}
  return copy;
}

// A partly moved contact is saved through a const reference.
void indexAndSave(Contact c) {
  index(std::move(c.name));
  save(c);
  // CHECK: :[[@LINE-1]]:8: warning: 'c' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:9: note: 'c.name' was moved here into 'index'{{$}}
}

// The whole contact is archived, then one of its fields is read.
void archiveAndLog(Contact c) {
  archive(std::move(c));
  log(c.name.c_str());
  // CHECK: :[[@LINE-1]]:9: warning: 'c.name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:11: note: 'c' was moved here into 'archive'{{$}}
}

// A field two levels down.
void resolveHost(Request r) {
  index(std::move(r.header.host));
  log(r.header.host.c_str());
  // CHECK: :[[@LINE-1]]:16: warning: 'r.header.host' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:9: note: 'r.header.host' was moved here into 'index'{{$}}
}

// The request is sent on after its host was taken out of it.
void resolveAndFetch(Request r) {
  index(std::move(r.header.host));
  fetch(std::move(r));
  // CHECK: :[[@LINE-1]]:19: warning: 'r' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-3]]:9: note: 'r.header.host' was moved here into 'index'{{$}}
}

// A move constructor that reads a field it has just moved from.
struct Record {
  std::string title;
  std::vector<std::string> tags;
  size_t tagCount;
  Record(Record &&o) : title(std::move(o.title)) {
    tags = std::move(o.tags);
    tagCount = o.tags.size();
    // CHECK: :[[@LINE-1]]:18: warning: 'o.tags' is used after it was moved [ownership-use-after-move]
    // CHECK: :[[@LINE-3]]:12: note: 'o.tags' was moved here by a move assignment{{$}}
  }
};

// Look-alike: the id was not moved, only the name.
int indexAndId(Contact c) {
  index(std::move(c.name));
  return c.id;
}

// Look-alike: the e-mail is a different field from the moved name.
void indexAndMail(Contact c) {
  index(std::move(c.name));
  log(c.email.c_str());
}

// Look-alike: the path is a sibling of the moved host.
void resolveAndLogPath(Request r) {
  index(std::move(r.header.host));
  log(r.header.path.c_str());
}

// Look-alike: the moved field is given a new value before the whole
// contact is saved.
void indexAndRename(Contact c) {
  index(std::move(c.name));
  c.name = "unknown";
  save(c);
}

// Look-alike: both moved fields are refilled.
void indexMailAndReset(Contact c) {
  index(std::move(c.name));
  sendMail(std::move(c.email));
  c.name = "anonymous";
  c.email = "nobody@example.org";
  save(c);
}

// Look-alike: after the whole contact is archived, the field that is read
// was assigned a new value.
void archiveAndRelabel(Contact c) {
  archive(std::move(c));
  c.name = "archived";
  log(c.name.c_str());
}

struct Entity {
  Entity(Entity &&other);
  int key;
};

// Look-alike (LOOKALIKES.md): disjoint partial moves, the base part and two
// fields.
struct Document : Entity {
  std::string title;
  std::vector<std::string> pages;
  Document(Document &&o)
      : Entity(std::move(o)), title(std::move(o.title)) {
    pages = std::move(o.pages);
  }
};

// Look-alike (LOOKALIKES.md): moving an element does not move the container.
void moveNames(std::vector<std::string> &names, std::vector<std::string> &out,
               size_t i) {
  out[i] = std::move(names[i]);
  if (names.size() > i + 1)
    log("more names follow");
}

class Account {
public:
  std::string takeName() &&;
  int id() const;
};

// Look-alike (LOOKALIKES.md): an &&-qualified getter takes one member out;
// the account itself was not moved.
int closeAccount(Account a) {
  auto name = std::move(a).takeName();
  return a.id();
}
