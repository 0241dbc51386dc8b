#!/usr/bin/env bash
#===-- build.sh - Set up, build, and run ownck's demo or tests -----------===#
#
#   ./build.sh demo   install what is missing, build, run ownck on examples/
#   ./build.sh test   install what is missing, build, run every test
#   ./build.sh build  install what is missing and build
#
# Works as root on a fresh Debian 12 (bookworm) machine; elsewhere it only
# builds with what is installed. BUILD_DIR (default: build) and
# CMAKE_BUILD_TYPE (default: Release) may be set in the environment.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
BUILD_TYPE=${CMAKE_BUILD_TYPE:-Release}
LLVM_BIN=/usr/lib/llvm-22/bin
PACKAGES=(llvm-22-dev libclang-22-dev clang-22 clang-tidy-22 llvm-22-tools
          cmake ninja-build g++ libgtest-dev ccache python3)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
      missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "build.sh: missing packages: ${missing[*]} (install them as root)" >&2
    return 1
  fi
  log "Installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  install_missing
  log "Configuring ($BUILD_TYPE) in $BUILD_DIR"
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" \
    >/dev/null
  log "Building"
  cmake --build "$BUILD_DIR"
}

demo() {
  build
  local ex="$BUILD_DIR/examples"
  log "Exporting the example project's compile_commands.json"
  cmake -S "$ROOT/examples" -B "$ex" -G Ninja \
    -DCMAKE_CXX_COMPILER="$LLVM_BIN/clang++" >/dev/null
  log "Running: ownck -p $ex"
  local rc=0
  "$BUILD_DIR/bin/ownck" -p "$ex" || rc=$?
  # 1 means "findings": the example project has planted bugs.
  if [ "$rc" -le 1 ]; then
    log "ownck exited with $rc; see examples/EXPECTED.md for the planted bugs"
    return 0
  fi
  return "$rc"
}

# Microsoft's SARIF validator (npm), for the SARIF tests; they are skipped
# where npm or the registry is not available.
install_sarif_validator() {
  local tools="$BUILD_DIR/tools"
  [ -x "$tools/node_modules/.bin/sarif-multitool" ] && return 0
  command -v npm >/dev/null || { log "npm not found: SARIF validation tests will be skipped"; return 0; }
  log "Installing @microsoft/sarif-multitool into $tools"
  if npm install --prefix "$tools" --no-audit --no-fund --silent \
      @microsoft/sarif-multitool@5.7.0 >/dev/null 2>&1; then
    # npm does not run the package's postinstall that marks it executable.
    chmod u+x "$tools"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool 2>/dev/null || true
  else
    log "could not install the SARIF validator: its tests will be skipped"
  fi
}

# Debian's Chromium, for the test that opens the HTML report; skipped where
# it cannot be installed.
install_chromium() {
  command -v chromium >/dev/null && return 0
  [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null || return 0
  log "Installing chromium (for the HTML report test)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends chromium >/dev/null 2>&1 ||
    log "could not install chromium: the HTML report test will be skipped"
}

run_tests() {
  build
  install_sarif_validator
  install_chromium
  local unit_log lit_log pass=0 fail=0 rc=0
  unit_log=$(mktemp) lit_log=$(mktemp)
  log "Unit tests"
  "$BUILD_DIR/bin/ownck-unittests" --gtest_brief=1 2>&1 | tee "$unit_log" || rc=1
  pass=$((pass + $(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$unit_log" | tail -1)))
  fail=$((fail + $(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$unit_log" | tail -1 | grep . || echo 0)))
  log "lit tests"
  "$LLVM_BIN/lit" -sv "$BUILD_DIR/test" 2>&1 | tee "$lit_log" || rc=1
  pass=$((pass + $(sed -n 's/^ *Passed *: *\([0-9]*\).*/\1/p' "$lit_log" | tail -1 | grep . || echo 0)))
  fail=$((fail + $(sed -n 's/^ *Failed *: *\([0-9]*\).*/\1/p' "$lit_log" | tail -1 | grep . || echo 0)))
  rm -f "$unit_log" "$lit_log"
  if [ "$rc" -ne 0 ] && [ "$fail" -eq 0 ]; then fail=1; fi
  echo "$pass passed, $fail failed"
  return "$rc"
}

case "${1:-}" in
  demo) demo ;;
  test) run_tests ;;
  build) build ;;
  *) echo "usage: $0 demo|test|build" >&2; exit 2 ;;
esac
