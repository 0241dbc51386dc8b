#!/usr/bin/env python3
#===- compare.py - ownership-use-after-move vs bugprone-use-after-move ----===#
#
# Runs ownck's ownership-use-after-move and clang-tidy's
# bugprone-use-after-move on the corpus in cases/, and scores both against the
# ground truth written in the corpus: a trailing `// BUG` comment on the line
# where a moved-from object is first used. Every function of a case file is
# one case; a function without a `// BUG` line is correct code.
#
#===------------------------------------------------------------------------===#
"""Score ownck and clang-tidy on the use-after-move corpus.

Exit codes: 0 scored, 2 setup error (missing tool, a case that does not
compile, a malformed ground-truth marker, a tool that failed on a file).
"""

import argparse
import concurrent.futures
import os
import re
import time
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CASES = os.path.join(HERE, "cases")
DEFAULT_OWNCK = os.path.join(REPO_ROOT, "build", "bin", "ownck")
LLVM_BIN = "/usr/lib/llvm-22/bin"

OWNCK_CHECK = "ownership-use-after-move"
TIDY_CHECK = "bugprone-use-after-move"

# `// BUG` at the end of a line, nothing after it.
BUG_MARKER = re.compile(r"//\s*BUG\s*$")
# Any other mention of BUG in a comment is a typo in the ground truth.
BUG_WORD = re.compile(r"//.*\bBUG\b")
DIAG = re.compile(
    r"^(?P<file>.*?):(?P<line>\d+):(?P<col>\d+): (?P<kind>warning|error): "
    r"(?P<msg>.*?)(?: \[(?P<check>[^\]]+)\])?$")
# The first line of each function's dump from clang-query:
#   CXXMethodDecl 0x55.. [parent 0x.. ][prev 0x.. ]</path/f.cpp:10:3, line:12:3> col:8 name 'type' ...
DECL_HEAD = re.compile(
    r"^(?P<kind>\w+Decl) 0x[0-9a-f]+ (?:(?:parent|prev) 0x[0-9a-f]+ )*"
    r"<(?P<range>[^>]*)> (?:line:\d+:\d+|col:\d+) (?P<rest>.*)$")
MOVE_LIKE = re.compile(r"std::(move|forward)\b")
DECL_FLAGS = {"used", "referenced", "constexpr", "consteval", "invalid",
              "implicit", "hidden", "static", "inline", "virtual", "extern"}


def die(msg):
    print("compare.py: error: " + msg, file=sys.stderr)
    sys.exit(2)


def find_tool(explicit, names):
    if explicit:
        if not (os.path.isfile(explicit) and os.access(explicit, os.X_OK)):
            die("not an executable: " + explicit)
        return explicit
    for name in names:
        path = shutil.which(name)
        if path:
            return path
        path = os.path.join(LLVM_BIN, name.replace("-22", ""))
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    die("none of %s found; pass its path explicitly" % ", ".join(names))


def run(cmd, cwd=REPO_ROOT):
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True)
    return proc.returncode, proc.stdout, proc.stderr


class Function:
    def __init__(self, name, start, end):
        self.name = name
        self.start = start
        self.end = end
        self.bug_line = None

    def contains(self, line):
        return self.start <= line <= self.end

    def label(self):
        return "%s (line %d)" % (self.name, self.start)


class CaseFile:
    def __init__(self, path):
        self.path = path
        self.name = os.path.basename(path)
        self.functions = []
        self.bug_lines = []
        self.lines = []


def parse_range(text):
    """'/p/f.cpp:10:3, line:12:3' -> (10, 12); 'f.cpp:10:3, col:9' -> (10, 10)."""
    parts = [p.strip() for p in text.split(", ")]
    m = re.search(r":(\d+):\d+$", parts[0])
    if not m:
        return None
    start = int(m.group(1))
    end = start
    if len(parts) > 1 and not parts[1].startswith("col:"):
        m = re.search(r"(?:^|:)(?:line:)?(\d+):\d+$", parts[1])
        if m:
            end = int(m.group(1))
    return start, end


def decl_name(rest):
    head = rest.split(" '", 1)[0].split()
    if "operator" in head:
        return " ".join(head[head.index("operator"):])
    words = [w for w in head if w not in DECL_FLAGS]
    return words[-1] if words else "?"


def list_functions(clang_query, path, std):
    """Every function definition written in the file, outermost first."""
    matcher = ("functionDecl(isDefinition(), isExpansionInMainFile(), "
               "unless(isImplicit()))")
    rc, out, err = run([clang_query, "-c", "set output dump", "-c",
                        "match " + matcher, path, "--", "-std=" + std])
    if rc != 0 or "matches." not in out and "match." not in out:
        die("clang-query failed on %s:\n%s%s" % (path, out, err))
    spans = {}
    lines = out.splitlines()
    for i, line in enumerate(lines):
        if line.strip() != 'Binding for "root":' or i + 1 >= len(lines):
            continue
        m = DECL_HEAD.match(lines[i + 1])
        if not m:
            die("cannot read clang-query's dump of %s:\n%s" % (path, lines[i + 1]))
        span = parse_range(m.group("range"))
        if span is None:
            die("cannot read the range in %s:\n%s" % (path, lines[i + 1]))
        # A template and its instantiations share a range: keep one.
        spans.setdefault(span, decl_name(m.group("rest")))
    funcs = [Function(name, s, e) for (s, e), name in spans.items()]
    # Lambdas' call operators and local classes' methods sit inside another
    # function: the case is the outermost one.
    outer = [f for f in funcs
             if not any(g is not f and g.start <= f.start and f.end <= g.end
                        and (g.start, g.end) != (f.start, f.end) for g in funcs)]
    outer.sort(key=lambda f: f.start)
    for a, b in zip(outer, outer[1:]):
        if b.start <= a.end:
            die("%s: functions %s and %s overlap; put them on separate lines"
                % (path, a.label(), b.label()))
    return outer


def load_case(path, clang_query, std):
    case = CaseFile(path)
    with open(path, encoding="utf-8") as f:
        case.lines = f.read().split("\n")
    for n, text in enumerate(case.lines, start=1):
        if BUG_MARKER.search(text):
            case.bug_lines.append(n)
        elif BUG_WORD.search(text):
            die("%s:%d: malformed ground-truth marker (write a trailing "
                "'// BUG' and nothing after it): %s" % (path, n, text.strip()))
    case.functions = list_functions(clang_query, path, std)
    for line in case.bug_lines:
        owners = [f for f in case.functions if f.contains(line)]
        if not owners:
            die("%s:%d: '// BUG' outside any function" % (path, line))
        func = owners[0]
        if func.bug_line is not None:
            die("%s: function %s has two '// BUG' lines (%d and %d); mark only "
                "the first use after the move" % (path, func.label(),
                                                   func.bug_line, line))
        func.bug_line = line
    return case


def check_compiles(clang, path, std):
    rc, out, err = run([clang, "-std=" + std, "-fsyntax-only", path])
    if rc != 0:
        return "%s does not compile with %s -std=%s -fsyntax-only:\n%s%s" % (
            path, clang, std, out, err)
    return None


def parse_warnings(output, path, check):
    """(line, col, message) of each warning of `check` in `path`."""
    real = os.path.realpath(path)
    found, errors = [], []
    for text in output.splitlines():
        m = DIAG.match(text.strip())
        if not m:
            continue
        if m.group("kind") == "error":
            errors.append(text.strip())
            continue
        if m.group("check") is None or check not in m.group("check").split(","):
            continue
        if os.path.realpath(os.path.join(REPO_ROOT, m.group("file"))) != real:
            continue
        found.append((int(m.group("line")), int(m.group("col")), m.group("msg")))
    return found, errors


def run_ownck(ownck, path, std):
    cmd = [ownck, "--use-color=false", "--quiet", "-j", "1",
           "--checks=-*," + OWNCK_CHECK, path, "--", "-std=" + std]
    rc, out, err = run(cmd)
    warnings, errors = parse_warnings(out + "\n" + err, path, OWNCK_CHECK)
    if rc not in (0, 1) or errors:
        die("ownck failed on %s (exit %d):\n%s\n%s%s" % (
            path, rc, " ".join(cmd), out, err))
    return warnings


def run_tidy(tidy, path, std):
    cmd = [tidy, "-checks=-*," + TIDY_CHECK, path, "--", "-std=" + std]
    rc, out, err = run(cmd)
    warnings, errors = parse_warnings(out + "\n" + err, path, TIDY_CHECK)
    if rc != 0 or errors:
        die("clang-tidy failed on %s (exit %d):\n%s\n%s%s" % (
            path, rc, " ".join(cmd), out, err))
    return warnings


class Score:
    """Per-case outcomes of one tool under one scoring rule."""

    def __init__(self):
        self.tp, self.fp, self.fn = [], [], []
        self.misplaced = []  # strict rule: warned in a buggy function, not on its BUG line

    def precision(self):
        n = len(self.tp) + len(self.fp)
        return len(self.tp) / n if n else float("nan")

    def recall(self):
        n = len(self.tp) + len(self.fn)
        return len(self.tp) / n if n else float("nan")


def score(cases, results):
    """results[case.path] = warnings -> (per-function Score, strict Score)."""
    per_func, strict = Score(), Score()
    for case in cases:
        warnings = results[case.path]
        placed = {id(f): [] for f in case.functions}
        for w in warnings:
            owners = [f for f in case.functions if f.contains(w[0])]
            if owners:
                placed[id(owners[0])].append(w)
            else:
                item = (case, None, [w])
                per_func.fp.append(item)
                strict.fp.append(item)
        for f in case.functions:
            ws = placed[id(f)]
            item = (case, f, ws)
            if f.bug_line is None:
                if ws:
                    per_func.fp.append(item)
                    strict.fp.append(item)
                continue
            (per_func.tp if ws else per_func.fn).append(item)
            if any(w[0] == f.bug_line for w in ws):
                strict.tp.append(item)
            else:
                strict.fn.append(item)
                if ws:
                    strict.misplaced.append(item)
    return per_func, strict


def fmt_ratio(x):
    return "  n/a" if x != x else "%5.3f" % x


def print_table(title, rows):
    print(title)
    header = "%-28s %5s %5s %5s %9s %7s" % ("tool / scoring", "TP", "FP", "FN",
                                            "precision", "recall")
    print(header)
    print("-" * len(header))
    for name, s in rows:
        print("%-28s %5d %5d %5d %9s %7s" % (name, len(s.tp), len(s.fp), len(s.fn),
                                            fmt_ratio(s.precision()),
                                            fmt_ratio(s.recall())))
    print()


def where(case, line):
    return "%s:%d" % (os.path.relpath(case.path, REPO_ROOT), line)


def print_details(tool, per_func, strict):
    print("== %s: false positives (warnings in correct functions) ==" % tool)
    if not per_func.fp:
        print("  (none)")
    for case, f, ws in per_func.fp:
        fname = f.name if f else "<outside any function>"
        for line, col, msg in ws:
            print("  %-52s %-28s %s" % (where(case, line), fname, msg))
    print()
    print("== %s: false negatives (no warning in a buggy function) ==" % tool)
    if not per_func.fn:
        print("  (none)")
    for case, f, _ in per_func.fn:
        print("  %-52s %s" % (where(case, f.bug_line), f.name))
    print()
    print("== %s: warned in a buggy function, but not on its BUG line "
          "(strict-line misses) ==" % tool)
    if not strict.misplaced:
        print("  (none)")
    for case, f, ws in strict.misplaced:
        got = ", ".join(str(w[0]) for w in ws)
        print("  %-52s %-28s warned on line %s" % (where(case, f.bug_line), f.name, got))
    print()


def print_matrix(cases, outcomes):
    print("== per-case outcomes (per-function rule) ==")
    print("  %-52s %-28s %-6s %-6s %-6s" % ("case", "function", "truth", "ownck", "tidy"))
    for case in cases:
        for f in case.functions:
            truth = "BUG" if f.bug_line else "ok"
            line = f.bug_line or f.start
            cells = []
            for tool in ("ownck", "clang-tidy"):
                warned = outcomes[tool][(case.path, f.start)]
                if f.bug_line:
                    cells.append("TP" if warned else "FN")
                else:
                    cells.append("FP" if warned else "-")
            print("  %-52s %-28s %-6s %-6s %-6s" % (where(case, line), f.name, truth,
                                                    cells[0], cells[1]))
    print()


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ownck", help="ownck binary (default build/bin/ownck)")
    ap.add_argument("--clang-tidy", dest="tidy", help="clang-tidy binary (default clang-tidy-22)")
    ap.add_argument("--clang", help="clang++ used for the compile check (default clang++-22)")
    ap.add_argument("--clang-query", dest="query",
                    help="clang-query used to find function extents (default clang-query-22)")
    ap.add_argument("--cases", default=DEFAULT_CASES, help="directory of case files")
    ap.add_argument("--std", default="c++20", help="language standard (default c++20)")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1,
                    help="files processed in parallel (default: one per core)")
    ap.add_argument("--matrix", action="store_true",
                    help="also print every case with both tools' outcomes")
    ap.add_argument("files", nargs="*", help="only these case files")
    args = ap.parse_args()

    ownck = args.ownck or DEFAULT_OWNCK
    if not (os.path.isfile(ownck) and os.access(ownck, os.X_OK)):
        die("ownck not found at %s (build it, or pass --ownck)" % ownck)
    tidy = find_tool(args.tidy, ["clang-tidy-22", "clang-tidy"])
    clang = find_tool(args.clang, ["clang++-22", "clang++"])
    query = find_tool(args.query, ["clang-query-22", "clang-query"])

    if args.files:
        paths = [os.path.abspath(p) for p in args.files]
    else:
        if not os.path.isdir(args.cases):
            die("no case directory " + args.cases)
        paths = sorted(os.path.join(os.path.abspath(args.cases), n)
                       for n in os.listdir(args.cases)
                       if n.endswith((".cpp", ".cc", ".cxx")))
    if not paths:
        die("no case files")

    def stamp(path):
        st = os.stat(path)
        return (st.st_mtime_ns, st.st_size)

    ownck_stamp = stamp(ownck)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        # 1. Every case must compile: a case that does not is no evidence.
        failures = [m for m in pool.map(lambda p: check_compiles(clang, p, args.std), paths) if m]
        if failures:
            for msg in failures:
                print(msg, file=sys.stderr)
            die("%d case file(s) do not compile" % len(failures))
        # 2. Ground truth and function extents.
        cases = list(pool.map(lambda p: load_case(p, query, args.std), paths))
        # 3. The two tools.
        own = dict(zip(paths, pool.map(lambda p: run_ownck(ownck, p, args.std), paths)))
        tid = dict(zip(paths, pool.map(lambda p: run_tidy(tidy, p, args.std), paths)))

    if stamp(ownck) != ownck_stamp:
        die("%s changed while the corpus was being analysed (rebuilt?); run again"
            % ownck)

    n_funcs = sum(len(c.functions) for c in cases)
    n_bugs = sum(1 for c in cases for f in c.functions if f.bug_line)
    n_alike = sum(1 for c in cases for f in c.functions
                  if not f.bug_line and MOVE_LIKE.search(
                      "\n".join(c.lines[f.start - 1:f.end])))
    print("corpus: %d files, %d functions: %d with a use after move (BUG), %d correct"
          % (len(cases), n_funcs, n_bugs, n_funcs - n_bugs))
    print("        (%d of the correct ones are look-alikes that mention std::move or "
          "std::forward;\n         the other %d are helpers the cases call)"
          % (n_alike, n_funcs - n_bugs - n_alike))
    print("ownck binary: %s, built %s" % (
        os.path.relpath(ownck, REPO_ROOT),
        time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ownck_stamp[0] / 1e9))))
    print("ownck:      %s --checks=-*,%s FILE -- -std=%s" % (os.path.relpath(ownck, REPO_ROOT),
                                                         OWNCK_CHECK, args.std))
    print("clang-tidy: %s -checks=-*,%s FILE -- -std=%s" % (tidy, TIDY_CHECK, args.std))
    print()

    scores = {}
    outcomes = {}
    for tool, results in (("ownck", own), ("clang-tidy", tid)):
        scores[tool] = score(cases, results)
        marks = {}
        for case in cases:
            for f in case.functions:
                marks[(case.path, f.start)] = any(f.contains(w[0]) for w in results[case.path])
        outcomes[tool] = marks

    print_table("Per-function scoring: a warning anywhere in a BUG function is a TP",
                [(t + " / per-function", scores[t][0]) for t in scores])
    print_table("Strict-line scoring: only a warning on the BUG line is a TP",
                [(t + " / strict-line", scores[t][1]) for t in scores])
    print("FP = correct functions with at least one warning (or a warning outside any\n"
          "function); FN = BUG functions without a warning (strict: without one on the\n"
          "BUG line). Counts are functions, not warnings.\n")

    for tool in scores:
        print_details(tool, *scores[tool])
    if args.matrix:
        print_matrix(cases, outcomes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
