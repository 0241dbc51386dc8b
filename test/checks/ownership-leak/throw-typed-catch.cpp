// RUN: not %ownck %s -- %cxxflags | FileCheck %s --implicit-check-not=warning:
// throw: the leak names the raw owner of the allocation even when pointer
// parameters are in scope, and a typed handler that returns leaks like
// catch (...) does.
#include <stdlib.h>
#include <string.h>

struct ParseError {
  int line;
};

struct Record {
  int id;
  char *name;
};

// A malformed line throws while the record is still owned raw.
Record *parseRecord(const char *line, int lineNo) {
  Record *r = new Record;
  r->name = nullptr;
  if (!line || !*line)
    throw ParseError{lineNo};
  // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'new' leaks when 'r' goes out of scope [ownership-leak]
  // CHECK: :[[@LINE-5]]:15: note: allocated here by 'new'
  r->id = atoi(line);
  return r;
}

// Caught and swallowed: the handler returns without deleting.
Record *parseNamedSwallow(const char *line, const char *name, int lineNo) {
  Record *r = new Record;
  r->name = nullptr;
  try {
    if (!name)
      throw ParseError{lineNo};
    r->id = atoi(line);
  } catch (const ParseError &) {
    return nullptr;
    // CHECK: :[[@LINE-1]]:5: warning: memory allocated by 'new' leaks when 'r' goes out of scope [ownership-leak]
    // CHECK: :[[@LINE-9]]:15: note: allocated here by 'new'
  }
  return r;
}

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

// Caught by type, cleaned up, and reported with a null result.
Record *parseNamedChecked(const char *line, const char *name, int lineNo) {
  Record *r = new Record;
  r->name = nullptr;
  try {
    if (!name)
      throw ParseError{lineNo};
    r->id = atoi(line);
  } catch (const ParseError &) {
    delete r;
    return nullptr;
  }
  return r;
}
