// RUN: not %ownck %s -- -std=c++20 | FileCheck %s --implicit-check-not=warning:
// The real libstdc++ and C library headers parse, built-in headers are
// found without a -resource-dir, and nothing inside them is reported.
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

std::vector<std::unique_ptr<int>> own(int n) {
  std::vector<std::unique_ptr<int>> v;
  for (int i = 0; i < n; ++i)
    v.push_back(std::make_unique<int>(i));
  char *s = strdup("x");
  std::free(s);
  return v;
}

void leaks() {
  char *s = static_cast<char *>(std::malloc(4));
  std::memset(s, 0, 4);
}
// CHECK: :[[@LINE-1]]:1: warning: memory allocated by 'malloc' leaks when 's' goes out of scope [ownership-leak]
