// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// Writing one field of a moved-from object gives that field a new value,
// and only that field: a moved sibling (or the moved whole) stays moved.
// Reading a base class's field reads that field, not the whole object.
#include <string>
#include <utility>

void log(const char *msg);
void index(std::string name);

struct Contact {
  std::string name;
  std::string email;
  int id;
};

void archive(Contact c);

// Renumbering the contact does not bring its name back.
void renumber(Contact c) {
  index(std::move(c.name));
  c.id = 3;
  log(c.name.c_str());
  // CHECK: :[[@LINE-1]]:9: warning: 'c.name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:9: note: 'c.name' was moved here into 'index'{{$}}
}

// Clearing the e-mail does not bring the name back.
void forgetEmail(Contact c) {
  index(std::move(c.name));
  c.email.clear();
  log(c.name.c_str());
  // CHECK: :[[@LINE-1]]:9: warning: 'c.name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:9: note: 'c.name' was moved here into 'index'{{$}}
}

// The whole contact was archived; setting its id revives nothing else.
void archiveAndRenumber(Contact c) {
  archive(std::move(c));
  c.id = 7;
  log(c.name.c_str());
  // CHECK: :[[@LINE-1]]:9: warning: 'c.name' is used after it was moved [ownership-use-after-move]
  // CHECK: :[[@LINE-4]]:11: note: 'c' was moved here into 'archive'{{$}}
}

struct Tagged {
  std::string kind;
};

struct Article : Tagged {
  std::string title;
};

// Look-alike: kind (inherited) is not title; only title was moved.
void publish(Article a) {
  index(std::move(a.title));
  log(a.kind.c_str());
}
