#!/usr/bin/env python3
#===- ratio.py - ownck's cost relative to clang -fsyntax-only -------------===#
#
# Runs `clang++ -fsyntax-only` (the parse floor) and `ownck -j 1` on every
# translation unit of a compile_commands.json, and prints the wall-time and
# peak-memory ratios against the targets of DESIGN.md (<= 1.15x, <= 1.30x).
#
#===------------------------------------------------------------------------===#
"""Measure ownck's wall time and peak memory against clang -fsyntax-only.

Exit codes: 0 every TU measured, 1 some TU failed (reported), 2 setup error.
"""

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CLANG = "/usr/lib/llvm-22/bin/clang++"
TIME_TARGET = 1.15
MEMORY_TARGET = 1.30

SOURCE_EXTENSIONS = {".c", ".cc", ".cp", ".cpp", ".cxx", ".c++", ".C", ".CPP"}
LAUNCHERS = {"ccache", "sccache", "distcc", "icecc"}
# Options that only name outputs, dropped with their value; build systems
# write them as "-o X", "-MF X" or in the joined forms below.
OUTPUT_OPTIONS_WITH_VALUE = {"-o", "-MF", "-MT", "-MQ", "-MJ", "--output"}
JOINED_OUTPUT_OPTIONS = ("-MF", "-MT", "-MQ", "-MJ", "--output=")
# Options that only ask for object code or dependency files.
OUTPUT_OPTIONS_ALONE = {"-c", "-M", "-MM", "-MD", "-MMD", "-MP", "-MG"}


class Entry:
    """One translation unit of compile_commands.json."""

    def __init__(self, file, directory, args):
        self.file = file
        self.directory = directory
        self.args = args


class Sample:
    """The best (minimum) wall time and peak RSS seen for one command."""

    def __init__(self):
        self.seconds = float("inf")
        self.max_rss_kib = float("inf")
        self.error = None

    def add(self, seconds, max_rss_kib):
        self.seconds = min(self.seconds, seconds)
        self.max_rss_kib = min(self.max_rss_kib, max_rss_kib)

    @property
    def mib(self):
        return self.max_rss_kib / 1024.0


def parse_args(argv):
    parser = argparse.ArgumentParser(
        description="Measure ownck against the clang -fsyntax-only floor.")
    parser.add_argument(
        "--ownck", default=os.path.join(REPO_ROOT, "build", "bin", "ownck"),
        help="ownck binary (default: build/bin/ownck)")
    parser.add_argument(
        "--clang", default=DEFAULT_CLANG,
        help="clang++ used for the floor (default: %(default)s)")
    parser.add_argument("-p", dest="build_dir",
                        default=os.path.join(REPO_ROOT, "build"),
                        help="directory holding compile_commands.json "
                        "(default: the repo's build/)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per command; the minimum is kept "
                        "(default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None,
                        help="measure only the first N translation units")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    args.build_dir = os.path.abspath(args.build_dir)
    args.ownck = resolve_program(args.ownck)
    args.clang = resolve_program(args.clang)
    return args


def resolve_program(program):
    """A bare name is looked up in PATH; anything else is a path."""
    if os.sep not in program:
        return shutil.which(program) or program
    return os.path.abspath(program)


def is_under(path, directory):
    return os.path.commonpath([path, directory]) == directory


def load_entries(build_dir, limit):
    """Returns the C/C++ entries to measure, deduplicated by file."""
    with open(os.path.join(build_dir, "compile_commands.json")) as f:
        database = json.load(f)
    deps_dir = os.path.join(build_dir, "_deps")
    entries, seen = [], set()
    for item in database:
        directory = item["directory"]
        file = os.path.normpath(os.path.join(directory, item["file"]))
        if os.path.splitext(file)[1] not in SOURCE_EXTENSIONS:
            continue
        if is_under(file, deps_dir) or "_deps" in file.split(os.sep):
            continue
        if file in seen:
            continue
        seen.add(file)
        if "arguments" in item:
            args = list(item["arguments"])
        else:
            args = shlex.split(item["command"])
        entries.append(Entry(file, directory, args))
    return entries[:limit] if limit else entries


def syntax_only_command(args, clang):
    """Turns a compile command into `clang -fsyntax-only` on the same TU."""
    args = list(args)
    while args and os.path.basename(args[0]) in LAUNCHERS:
        args.pop(0)
    result = [clang]
    i = 1
    while i < len(args):
        arg = args[i]
        i += 1
        if arg in OUTPUT_OPTIONS_ALONE:
            continue
        if arg in OUTPUT_OPTIONS_WITH_VALUE:
            i += 1  # Skip the value too.
            continue
        if arg.startswith(JOINED_OUTPUT_OPTIONS):  # e.g. -MFdep.d
            continue
        result.append(arg)
    result.append("-fsyntax-only")
    return result


def run_once(command, cwd):
    """Runs command; returns (exit code, wall seconds, peak RSS KiB, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(command, cwd=cwd, stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=err)
        except OSError as e:
            return None, 0.0, 0, str(e)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode(errors="replace")
        if not text.strip():
            out.seek(0)
            text = out.read().decode(errors="replace")
        return proc.returncode, seconds, usage.ru_maxrss, text


def describe_failure(tool, code, text):
    lines = [l for l in text.splitlines() if l.strip()][:5]
    what = "could not start" if code is None else "exit code %d" % code
    return "%s %s%s" % (tool, what, "".join("\n      " + l for l in lines))


def measure(entry, args):
    """Returns (clang Sample, ownck Sample) for one TU, alternating runs."""
    clang_cmd = syntax_only_command(entry.args, args.clang)
    ownck_cmd = [args.ownck, "-p", args.build_dir, "-j", "1", entry.file]
    clang, ownck = Sample(), Sample()
    for _ in range(args.repeat):
        code, seconds, rss, text = run_once(clang_cmd, entry.directory)
        if code != 0:
            clang.error = describe_failure("clang", code, text)
            break
        clang.add(seconds, rss)
        code, seconds, rss, text = run_once(ownck_cmd, entry.directory)
        if code not in (0, 1):  # 1 only means ownck has findings.
            ownck.error = describe_failure("ownck", code, text)
            break
        ownck.add(seconds, rss)
    return clang, ownck


def display_name(file, width):
    name = file
    if is_under(file, REPO_ROOT):
        name = os.path.relpath(file, REPO_ROOT)
    return name if len(name) <= width else "..." + name[-(width - 3):]


def verdict(ratio, target):
    return "within target" if ratio <= target else "OVER target"


def main(argv):
    args = parse_args(argv)
    for what, path in (("ownck", args.ownck), ("clang", args.clang)):
        if not os.access(path, os.X_OK):
            print("error: %s not found or not executable: %s" % (what, path),
                  file=sys.stderr)
            return 2
    try:
        entries = load_entries(args.build_dir, args.limit)
    except (OSError, ValueError, KeyError) as e:
        print("error: cannot read %s/compile_commands.json: %s" %
              (args.build_dir, e), file=sys.stderr)
        return 2
    if not entries:
        print("error: no C/C++ translation units in %s/compile_commands.json" %
              args.build_dir, file=sys.stderr)
        return 2

    print("ownck: %s\nclang: %s -fsyntax-only\nbuild: %s" %
          (args.ownck, args.clang, args.build_dir))
    print("%d translation unit(s), best of %d run(s) each\n" %
          (len(entries), args.repeat))
    width = 44
    header = "%-*s %9s %9s %7s %10s %10s" % (
        width, "file", "clang s", "ownck s", "ratio", "clang MiB", "ownck MiB")
    print(header)
    print("-" * len(header))

    clang_total = ownck_total = 0.0
    worst_memory, worst_file, failures = 0.0, None, []
    for entry in entries:
        name = display_name(entry.file, width)
        clang, ownck = measure(entry, args)
        error = clang.error or ownck.error
        if error:
            failures.append(entry.file)
            print("%-*s  FAILED: %s" % (width, name, error), flush=True)
            continue
        clang_total += clang.seconds
        ownck_total += ownck.seconds
        memory = ownck.max_rss_kib / clang.max_rss_kib
        if memory > worst_memory:
            worst_memory, worst_file = memory, name
        print("%-*s %9.3f %9.3f %6.2fx %10.1f %10.1f" %
              (width, name, clang.seconds, ownck.seconds,
               ownck.seconds / clang.seconds, clang.mib, ownck.mib),
              flush=True)

    print("-" * len(header))
    measured = len(entries) - len(failures)
    if measured == 0:
        print("no translation unit could be measured")
        return 1
    time_ratio = ownck_total / clang_total
    print("%-*s %9.3f %9.3f %6.2fx" %
          (width, "total (%d TUs)" % measured, clang_total, ownck_total,
           time_ratio))
    print()
    print("time ratio: %.2fx (target <= %.2fx)  %s; total ownck wall time / "
          "total clang -fsyntax-only wall time" %
          (time_ratio, TIME_TARGET, verdict(time_ratio, TIME_TARGET)))
    print("peak memory ratio: %.2fx (target <= %.2fx)  %s; worst TU, i.e. the "
          "max over TUs of ownck peak RSS / clang peak RSS: %s" %
          (worst_memory, MEMORY_TARGET, verdict(worst_memory, MEMORY_TARGET),
           worst_file))
    if failures:
        print("%d translation unit(s) failed and are left out of the totals" %
              len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
