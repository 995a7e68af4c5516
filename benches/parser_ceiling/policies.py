#!/usr/bin/env python3
"""What adding the parser's rows to the tool's would do to recall and precision (claims_eval's row rules).
usage: policies.py ROWS.json TOOL-ROWS.txt"""
import json, re, sys
from collections import defaultdict
norm = lambda s: s.lower().replace("’", "'").strip()
def ok(s, alts):
    return s == "" if "?" in alts else norm(s) in {norm(a) for a in alts}
data = json.load(open(sys.argv[1], encoding="utf-8"))
by = {(d["article"], d["id"]): d for d in data}
tool = defaultdict(list)
for line in open(sys.argv[2], encoding="utf-8"):
    m = re.match(r"^(RIGHT|UNRESOLVED|NO-CLAIM|WRONG-NAME) (\S+) #\[([\d, ]*)\]: (.*?) \[(\w+)\] «", line)
    if m:
        sp = m.group(4).strip()  # (an unattributed row may still show words: speaker_ok reads them)
        for i in [int(x) for x in m.group(3).split(",") if x.strip()]:
            tool[(m.group(2), i)].append(sp)
def score(policy):
    gold = found = rows = good = 0
    for k, d in by.items():
        t = tool.get(k, [])
        p = [r["speaker"] for r in d["rows"]]
        if policy == "tool":
            add = []
        elif policy == "fill-empty":       # parser rows only where the tool has none
            add = p if not t else []
        elif policy == "union":            # every parser name the tool does not already show
            add = [s for s in p if s and norm(s) not in {norm(x) for x in t}]
        elif policy == "fill-empty-named": # as fill-empty, named rows only
            add = [s for s in p if s] if not t else []
        add = list(dict.fromkeys(add))
        allr = t + add
        for alts in d["gold"]:
            gold += 1
            if any(ok(s, alts) for s in allr):
                found += 1
        for s in add:
            rows += 1
            if any(ok(s, alts) for alts in d["gold"]) or (s == "" and d["gold"]):
                good += 1
    return gold, found, rows, good
# The tool's own rows and right rows: claims_eval's `all` line in TOOL-ROWS.txt
# (« all | claims | recall (found/claims) | rows | precision (good/rows) … »).
base_rows = base_good = None
for line in open(sys.argv[2], encoding="utf-8"):
    m = re.match(r"^all \| \d+ \| [\d.]+ \(\d+/\d+\) \| (\d+) \| [\d.]+ \((\d+)/\d+\)", line)
    if m:
        base_rows, base_good = int(m.group(1)), int(m.group(2))
if base_rows is None:
    sys.exit(f"{sys.argv[2]}: no claims_eval `all` line")
for pol in ["tool", "fill-empty", "fill-empty-named", "union"]:
    g, f, r, gd = score(pol)
    R, G = base_rows + r, base_good + gd
    print(f"{pol} | recall {f}/{g} = {f/g:.3f} | rows added {r} (right {gd}) | precision {G}/{R} = {G/R:.3f}")
