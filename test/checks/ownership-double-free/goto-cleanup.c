// RUN: not %ownck %s -- -std=c11 -nostdlibinc -isystem %inputs/std | FileCheck %s --implicit-check-not=warning:
// C error handling with goto: the cleanup labels free what was acquired, so
// an error path that already freed must not jump into them.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct image {
  int w, h;
  unsigned char *pixels;
};

int decode(const char *path, unsigned char *out, int n);

// The decode failure frees the pixels and then jumps to the label that
// frees them again.
int loadImage(const char *path, int w, int h) {
  unsigned char *pixels = malloc((size_t)w * h);
  char *name = strdup(path);
  int rc = -1;
  if (!pixels || !name)
    goto out;
  if (decode(name, pixels, w * h) != 0) {
    fprintf(stderr, "cannot decode %s\n", name);
    free(pixels);
    goto out;
  }
  rc = 0;
out:
  free(name);
  free(pixels);
  // CHECK: :[[@LINE-1]]:3: warning: 'pixels' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-15]]:27: note: allocated here by 'malloc'{{$}}
  // CHECK: :[[@LINE-9]]:5: note: freed here{{$}}
  return rc;
}

// Look-alike: the classic ladder; each label frees what was acquired before
// the jump to it.
int loadImageLadder(const char *path, int w, int h) {
  int rc = -1;
  unsigned char *pixels = malloc((size_t)w * h);
  if (!pixels)
    goto fail;
  char *name = strdup(path);
  if (!name)
    goto free_pixels;
  if (decode(name, pixels, w * h) != 0)
    goto free_name;
  rc = 0;
free_name:
  free(name);
free_pixels:
  free(pixels);
fail:
  return rc;
}

// Look-alike: the error path frees and nulls, and the label frees null.
int loadImageNulled(const char *path, int w, int h) {
  unsigned char *pixels = malloc((size_t)w * h);
  int rc = -1;
  if (!pixels)
    goto out;
  if (decode(path, pixels, w * h) != 0) {
    free(pixels);
    pixels = NULL;
    goto out;
  }
  rc = 0;
out:
  free(pixels);
  return rc;
}

// A struct's buffer freed by a helper-like block and by the final cleanup.
void resetImage(int w, int h) {
  struct image img;
  img.w = w;
  img.h = h;
  img.pixels = calloc((size_t)w * h, 1);
  if (w > 4096) {
    free(img.pixels);
    goto done;
  }
  img.pixels[0] = 255;
done:
  free(img.pixels);
  // CHECK: :[[@LINE-1]]:3: warning: 'img.pixels' is freed twice: the memory it points to was already freed [ownership-double-free]
  // CHECK: :[[@LINE-9]]:16: note: allocated here by 'calloc'{{$}}
  // CHECK: :[[@LINE-8]]:5: note: freed here{{$}}
}

// Look-alike: the oversize branch returns instead of jumping.
void resetImageFixed(int w, int h) {
  struct image img;
  img.w = w;
  img.h = h;
  img.pixels = calloc((size_t)w * h, 1);
  if (!img.pixels)
    return;
  if (w > 4096) {
    free(img.pixels);
    return;
  }
  img.pixels[0] = 255;
  free(img.pixels);
}
