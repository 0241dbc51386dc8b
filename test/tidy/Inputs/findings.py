#!/usr/bin/env python3
"""findings.py text|sarif FILE: prints 'path:line:col: check' per finding,
sorted, so that reports of one project in different formats compare."""
import json
import re
import sys

kind, path = sys.argv[1], sys.argv[2]
out = set()
if kind == "text":
    for line in open(path):
        m = re.match(r"^(\S+?):(\d+):(\d+): warning: .* \[(ownership-[a-z-]+)\]$", line.rstrip())
        if m:
            out.add(f"{m[1]}:{m[2]}:{m[3]}: {m[4]}")
else:
    run = json.load(open(path))["runs"][0]
    base = run.get("originalUriBaseIds", {}).get("SRCROOT", {}).get("uri", "file://")
    for r in run["results"]:
        loc = r["locations"][0]["physicalLocation"]
        uri = loc["artifactLocation"]["uri"]
        if loc["artifactLocation"].get("uriBaseId") == "SRCROOT":
            uri = base + uri
        file = uri[len("file://"):] if uri.startswith("file://") else uri
        file = re.sub("/+", "/", file)
        reg = loc["region"]
        out.add(f"{file}:{reg['startLine']}:{reg['startColumn']}: {r['ruleId']}")
for line in sorted(out):
    print(line)
