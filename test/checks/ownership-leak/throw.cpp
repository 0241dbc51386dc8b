// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// throw: leaving a function by an exception drops its raw owners like any
// other exit. Releasing first, or holding the memory in a smart pointer,
// keeps it safe.
#include <stdlib.h>
#include <string.h>
#include <memory>

struct ParseError {
  int line;
};

struct Record {
  int id;
  char *name;
};

// The record is deleted before the exception leaves.
Record *parseRecordChecked(const char *line, int lineNo) {
  Record *r = new Record;
  r->name = nullptr;
  if (!line || !*line) {
    delete r;
    throw ParseError{lineNo};
  }
  r->id = atoi(line);
  return r;
}

// A smart pointer owns the record until it is released to the caller.
Record *parseRecordScoped(const char *line, int lineNo) {
  std::unique_ptr<Record> r(new Record);
  r->name = nullptr;
  if (!line || !*line)
    throw ParseError{lineNo};
  r->id = atoi(line);
  return r.release();
}

// Validated before anything is allocated.
Record *parseRecordValidated(const char *line, int lineNo) {
  if (!line || !*line)
    throw ParseError{lineNo};
  Record *r = new Record;
  r->name = nullptr;
  r->id = atoi(line);
  return r;
}

// Fields are parsed into a scratch copy; a bad field throws out of the loop.
int sumFields(const char *csv, int lineNo) {
  char *work = strdup(csv);
  if (!work)
    return 0;
  int sum = 0;
  for (char *p = work; *p; ++p) {
    if (*p == ';')
      throw ParseError{lineNo};
    // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'strdup' leaks when 'work' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-8]]:16: note: allocated here by 'strdup'
    if (*p >= '0' && *p <= '9')
      sum += *p - '0';
  }
  free(work);
  return sum;
}

// The same loop remembers the error, frees, then throws.
int sumFieldsChecked(const char *csv, int lineNo) {
  char *work = strdup(csv);
  if (!work)
    return 0;
  int sum = 0;
  bool bad = false;
  for (char *p = work; *p; ++p) {
    if (*p == ';') {
      bad = true;
      break;
    }
    if (*p >= '0' && *p <= '9')
      sum += *p - '0';
  }
  free(work);
  if (bad)
    throw ParseError{lineNo};
  return sum;
}

// Caught, cleaned up and rethrown.
Record *parseNamed(const char *line, const char *name, int lineNo) {
  Record *r = new Record;
  r->name = nullptr;
  try {
    if (!name)
      throw ParseError{lineNo};
    r->id = atoi(line);
  } catch (...) {
    delete r;
    throw;
  }
  return r;
}

// A throw in a nested block leaves both the block and the function.
void fillNames(Record *recs, int n) {
  for (int i = 0; i < n; ++i) {
    char *name = (char *)malloc(16);
    if (!name)
      throw ParseError{i};
    if (recs[i].id < 0)
      throw ParseError{i};
    // CHECK: :[[@LINE-1]]:7: warning: memory allocated by 'malloc' leaks when 'name' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-6]]:26: note: allocated here by 'malloc'
    recs[i].name = name;
  }
}
