// RUN: not %ownck %s -- -std=c11 -nostdlibinc -isystem %inputs/std | FileCheck %s --implicit-check-not=warning:
// A small C API: objects created with malloc, strings with strdup, and the
// usual mistakes of touching them after the free.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct user {
  int id;
  char *name;
};

// The user's name is printed after the user was freed.
void user_print_and_free(int id, const char *name) {
  struct user *u = malloc(sizeof *u);
  if (!u)
    return;
  u->id = id;
  u->name = strdup(name);
  free(u->name);
  free(u);
  printf("%d\n", u->id);
  // CHECK: :[[@LINE-1]]:18: warning: 'u' is dereferenced after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-9]]:20: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
}

// Look-alike: printed first.
void user_free_after_print(int id) {
  struct user *u = malloc(sizeof *u);
  if (!u)
    return;
  u->id = id;
  printf("%d\n", u->id);
  free(u);
}

// A local struct whose name is freed and then compared by strcmp.
int user_rename(const char *old_name, const char *new_name) {
  struct user u;
  u.id = 0;
  u.name = strdup(old_name);
  if (!u.name)
    return -1;
  free(u.name);
  if (strcmp(u.name, new_name) == 0)
    // CHECK: :[[@LINE-1]]:14: warning: 'u.name' is passed to 'strcmp' after the memory it points to was freed [ownership-use-after-free]
    // CHECK: :[[@LINE-6]]:12: note: allocated here by 'strdup'{{$}}
    // CHECK: :[[@LINE-4]]:3: note: freed here{{$}}
    return 0;
  u.name = strdup(new_name);
  free(u.name);
  return 1;
}

// Look-alike: compared first, then replaced.
int user_rename_fixed(const char *old_name, const char *new_name) {
  struct user u;
  u.id = 0;
  u.name = strdup(old_name);
  if (!u.name)
    return -1;
  int same = strcmp(u.name, new_name) == 0;
  free(u.name);
  if (same)
    return 0;
  u.name = strdup(new_name);
  free(u.name);
  return 1;
}

// Freed memory returned to the caller through the out-parameter path.
char *user_take_name(const char *name) {
  char *copy = strdup(name);
  if (copy && strlen(copy) > 32) {
    free(copy);
    fprintf(stderr, "name too long\n");
  }
  return copy;
  // CHECK: :[[@LINE-1]]:10: warning: 'copy' is returned after the memory it points to was freed [ownership-use-after-free]
  // CHECK: :[[@LINE-7]]:16: note: allocated here by 'strdup'{{$}}
  // CHECK: :[[@LINE-6]]:5: note: freed here{{$}}
}

// Look-alike: the too-long path returns NULL.
char *user_take_name_fixed(const char *name) {
  char *copy = strdup(name);
  if (copy && strlen(copy) > 32) {
    free(copy);
    return NULL;
  }
  return copy;
}
