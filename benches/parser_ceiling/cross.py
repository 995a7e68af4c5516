#!/usr/bin/env python3
"""Crosses the tool's outcome per gold claim with the parser procedure's.

usage: cross.py ROWS.json TOOL-ERRORS.txt TOOL-ROWS.txt [PER-CLAIM.tsv]
"""
import json
import re
import sys
from collections import Counter

rows_json, errors_txt, rows_txt = sys.argv[1:4]
per_claim_out = sys.argv[4] if len(sys.argv) > 4 else None
data = json.load(open(rows_json, encoding="utf-8"))


def norm(s):
    return s.lower().replace("’", "'").strip()


def ok(speaker, alts):
    if "?" in alts:
        return speaker == ""
    return norm(speaker) in {norm(a) for a in alts}


def overlaps(speaker, alts):
    g = norm(speaker)
    if len(g) < 3:
        return False
    return any(norm(a) in g or g in norm(a) for a in alts if a != "?")


# Tool misses per gold claim: (article, id, tuple(alts)) -> list of got-lists
miss = Counter()
miss_got = {}
for line in open(errors_txt, encoding="utf-8"):
    m = re.match(r"^MISS (\S+) #(\d+): want (\[.*?\]), got (\[.*\])$", line.rstrip("\n"))
    if m:
        art, sid, want, got = m.group(1), int(m.group(2)), json.loads(m.group(3)), m.group(4)
        key = (art, sid, tuple(want))
        miss[key] += 1
        miss_got.setdefault(key, []).append(got)

# Tool rows
tool_rows = []
for line in open(rows_txt, encoding="utf-8"):
    m = re.match(r"^(RIGHT|UNRESOLVED|NO-CLAIM|WRONG-NAME) (\S+) #\[([\d, ]*)\]: (.*?) \[(\w+)\] «(.*?)» \((.*?)\) want", line)
    if m:
        tool_rows.append({
            "verdict": m.group(1), "article": m.group(2),
            "ids": [int(x) for x in m.group(3).split(",") if x.strip()],
            "speaker": m.group(4).strip(), "kind": m.group(5), "cue": m.group(6),
        })

by_sent = {(d["article"], d["id"]): d for d in data}

# Per gold claim
cross = Counter()
cross_len = Counter()
per = []
used = Counter()
for d in data:
    prow = [r["speaker"] for r in d["rows"]]
    for alts in d["gold"]:
        key = (d["article"], d["id"], tuple(alts))
        if used[key] < miss[key]:
            got = miss_got[key][used[key]]
            used[key] += 1
            tool = "miss-norow" if got == "[]" else "miss-otherrow"
        else:
            tool = "right"
        if not prow:
            par = "none"
        elif any(ok(s, alts) for s in prow):
            par = "right"
        else:
            par = "wrong"
        if not prow:
            parl = "none"
        elif any(ok(s, alts) or overlaps(s, alts) for s in prow):
            parl = "right"
        else:
            parl = "wrong"
        cross[(tool, par)] += 1
        cross_len[(tool, parl)] += 1
        per.append((d["article"], d["id"], tool, par, parl, " / ".join(alts), " | ".join(prow), d["sentence"]))
assert sum(used.values()) == sum(miss.values()), (sum(used.values()), sum(miss.values()))

tools = ["right", "miss-norow", "miss-otherrow"]
pars = ["right", "wrong", "none"]


def table(c, title):
    print(f"\n{title}")
    print("tool \\ parser | " + " | ".join(pars) + " | total")
    for t in tools:
        print(f"{t} | " + " | ".join(str(c[(t, p)]) for p in pars) + f" | {sum(c[(t, p)] for p in pars)}")
    print("total | " + " | ".join(str(sum(c[(t, p)] for t in tools)) for p in pars) + f" | {sum(c.values())}")


n = sum(cross.values())
pr = sum(cross[(t, "right")] for t in tools)
prl = sum(cross_len[(t, "right")] for t in tools)
print(f"gold claims {n}; parser-speaker recall strict {pr}/{n} = {pr/n:.3f}; lenient (overlap) {prl}/{n} = {prl/n:.3f}")
tool_right = sum(cross[("right", p)] for p in pars)
union = tool_right + cross[("miss-norow", "right")] + cross[("miss-otherrow", "right")]
print(f"tool recall {tool_right}/{n} = {tool_right/n:.3f}; oracle union tool-or-parser (strict) {union}/{n} = {union/n:.3f}")
unionl = tool_right + cross_len[("miss-norow", "right")] + cross_len[("miss-otherrow", "right")]
print(f"oracle union with parser lenient {unionl}/{n} = {unionl/n:.3f}")
table(cross, "strict (claims_eval speaker_ok)")
table(cross_len, "lenient (speaker_ok or speaker_overlaps)")

# Parser rows precision
prows = sum(len(d["rows"]) for d in data)
pright = 0
pnoclaim = 0
for d in data:
    for r in d["rows"]:
        if any(ok(r["speaker"], alts) for alts in d["gold"]):
            pright += 1
        elif not d["gold"]:
            pnoclaim += 1
print(f"\nparser rows {prows}: naming a gold speaker of their line {pright} ({pright/prows:.3f}); on a line with no claim {pnoclaim}")

# Gate: does the parser agree with the tool's rows?
gate = Counter()
for r in tool_rows:
    if r["verdict"] == "UNRESOLVED":
        continue
    psp = [x["speaker"] for i in r["ids"] for x in by_sent[(r["article"], i)]["rows"]]
    if not psp:
        agree = "parser-no-row"
    elif any(norm(s) == norm(r["speaker"]) for s in psp):
        agree = "same-name"
    elif any(overlaps(s, [r["speaker"]]) for s in psp if s):
        agree = "overlapping-name"
    else:
        agree = "other-name"
    gate[(r["verdict"], agree)] += 1
print("\ntool rows vs parser rows of the same line (gate: drop a tool row the parser does not name)")
ags = ["same-name", "overlapping-name", "other-name", "parser-no-row"]
print("tool row \\ parser | " + " | ".join(ags))
for v in ["RIGHT", "WRONG-NAME", "NO-CLAIM"]:
    print(f"{v} | " + " | ".join(str(gate[(v, a)]) for a in ags))

if per_claim_out:
    with open(per_claim_out, "w", encoding="utf-8") as f:
        f.write("article\tid\ttool\tparser_strict\tparser_lenient\tgold\tparser_rows\tsentence\n")
        for p in per:
            f.write("\t".join(str(x) for x in p) + "\n")
