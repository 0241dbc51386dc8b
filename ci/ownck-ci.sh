#!/usr/bin/env bash
# ownck-ci.sh - run ownck in a CI job; docs/ci.md shows it in GitHub Actions and GitLab CI.
#
#   ci/ownck-ci.sh -p BUILD_DIR [--baseline FILE] [--sarif OUT] [--ownck PATH]
#                  [-- OWNCK_OPTION...]
#
# Runs ownck over every file of BUILD_DIR/compile_commands.json and prints its text
# report to the log. With --baseline FILE, when FILE exists, only findings that FILE does
# not list are reported (when it does not exist, every finding is). With --sarif OUT, the
# same findings are also written to OUT as SARIF 2.1.0, by a second run of ownck. Options
# after `--` go to both ownck runs unchanged (--shard=1/4, --checks=..., -j 8, ...).
# The ownck run is `--ownck PATH`, else $OWNCK, else `ownck` from PATH.
#
# Exit status: 0 no new findings, 1 new findings, 2 usage or setup error (this script's
# or ownck's), 3 a translation unit did not compile; any other status of ownck (a crash)
# is passed through. The last line printed is a one-line summary.

set -u

prog='ownck-ci'
usage() {
  echo "usage: ci/ownck-ci.sh -p BUILD_DIR [--baseline FILE] [--sarif OUT] [--ownck PATH] [-- OWNCK_OPTION...]" >&2
}
fail_usage() {
  echo "$prog: error: $1" >&2
  usage
  exit 2
}

build=
baseline=
sarif=
ownck=${OWNCK:-ownck}
extra=()
while [ $# -gt 0 ]; do
  case $1 in
    -p|--baseline|--sarif|--ownck)
      [ $# -ge 2 ] || fail_usage "$1 needs a value"
      case $1 in
        -p) build=$2 ;;
        --baseline) baseline=$2 ;;
        --sarif) sarif=$2 ;;
        --ownck) ownck=$2 ;;
      esac
      shift 2 ;;
    -p=*|--baseline=*|--sarif=*|--ownck=*)
      value=${1#*=}
      case $1 in
        -p=*) build=$value ;;
        --baseline=*) baseline=$value ;;
        --sarif=*) sarif=$value ;;
        --ownck=*) ownck=$value ;;
      esac
      shift ;;
    -h|--help)
      usage
      exit 0 ;;
    --)
      shift
      extra=("$@")
      break ;;
    *)
      fail_usage "unknown argument '$1'" ;;
  esac
done
[ -n "$build" ] || fail_usage "-p BUILD_DIR is required"
if ! command -v "$ownck" > /dev/null 2>&1; then
  echo "$prog: error: ownck not found: '$ownck' (pass --ownck PATH or set OWNCK)" >&2
  exit 2
fi

args=(-p "$build")
baseline_note=
if [ -n "$baseline" ]; then
  if [ -f "$baseline" ]; then
    args+=("--baseline=$baseline")
    baseline_note="; baseline: $baseline"
  else
    baseline_note="; no baseline at $baseline"
    echo "$prog: no baseline at '$baseline': every finding counts as new" \
         "(create one with: ownck -p $build --write-baseline=$baseline)" >&2
  fi
fi
args+=(${extra[@]+"${extra[@]}"})

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ownck-ci.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# 1. The text report, for the log: standard error (compiler messages and ownck's
#    summary line) joins it, so the log reads in order.
echo "$prog: $ownck ${args[*]}" >&2
"$ownck" "${args[@]}" 2>&1 | tee "$tmp/text.log"
status=${PIPESTATUS[0]}
# ownck's summary line: `N findings in M translation units[; K did not compile].`
counts=$(grep -E '^[0-9]+ findings? in [0-9]+ translation units?' "$tmp/text.log" | tail -n 1)
[ -n "$counts" ] || counts=$(grep -E '^shard [0-9]+/[0-9]+ has no files' "$tmp/text.log" | tail -n 1)
counts=${counts%.}

# 2. The SARIF report, unless ownck could not run at all.
sarif_note=
if [ -n "$sarif" ] && [ "$status" -ne 2 ]; then
  mkdir -p "$(dirname -- "$sarif")"
  "$ownck" "${args[@]}" --quiet --format=sarif -o "$sarif" 2> "$tmp/sarif.err"
  sarif_status=$?
  case $sarif_status in
    0|1|3)
      # Findings and compiler errors were shown by the text run already.
      if [ -s "$sarif" ]; then
        sarif_note="; SARIF in $sarif"
      else
        # Defensive: ownck writes an empty report even for an empty shard.
        sarif_note="; no SARIF written"
        echo "$prog: warning: ownck left '$sarif' empty" >&2
      fi ;;
    *)
      cat "$tmp/sarif.err" >&2
      echo "$prog: error: the SARIF run of ownck failed with exit status $sarif_status" >&2
      status=$sarif_status ;;
  esac
fi

details=${counts:-no summary from ownck}${baseline_note}${sarif_note}
case $status in
  0) echo "$prog: OK: no new findings ($details)." ;;
  1) echo "$prog: FAILED: new findings ($details)." ;;
  2) echo "$prog: ERROR: ownck could not run: usage or setup error, exit status 2 (see above)." ;;
  3) echo "$prog: ERROR: a translation unit did not compile, exit status 3 ($details)." ;;
  *) echo "$prog: ERROR: ownck failed with exit status $status." ;;
esac
exit "$status"
