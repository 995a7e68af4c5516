#!/usr/bin/env python3
"""« parser speaker » procedure (procedure.md) over fixture files; writes one JSON of rows per S line.

usage: parser_speaker.py MODEL OUT.json FILE...
"""
import json
import re
import sys

import spacy

MODEL, OUT, FILES = sys.argv[1], sys.argv[2], sys.argv[3:]
import os
# VARIANT: v1 = as first written; v2 = v1 with the spec's « -il / -elle » honoured (spaCy tags
# « -t » as nsubj and « -elle » as its flat:name); v3 = v2 + two post-hoc tolerances (an incise
# verb with no nsubj takes its obj as the inverted subject; a PROPN head keeps an adjacent PROPN
# appos as part of the name).
VARIANT = os.environ.get("VARIANT", "v1")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GRID = os.path.join(ROOT, "examples", "cue_grid_verbs.tsv")
EVAL = os.path.join(ROOT, "examples", "claims_eval.rs")

LEMMAS, FORMS = set(), set()
for line in open(GRID, encoding="utf-8"):
    cols = line.rstrip("\n").split("\t")
    if not cols or not cols[0]:
        continue
    LEMMAS.add(cols[0].lower())
    for f in cols[-4:]:
        if f:
            FORMS.add(f.lower())
src = open(EVAL, encoding="utf-8").read()
block = src[src.index("const REPORTING"):]
block = block[: block.index("];")]
LEMMAS |= set(re.findall(r'"([^"]+)"', block))

TITLES = {"m.", "mme", "mlle", "me", "dr", "pr", "mgr", "m", "mme."}
PRONOUNS = {"il", "elle", "ils", "elles", "lui", "eux", "celui-ci", "celle-ci", "ceux-ci", "celles-ci"}
DROP = {"acl", "acl:relcl", "appos", "punct", "parataxis", "advcl", "case", "cc", "conj", "dep"}


def parse_fixture(path):
    arts = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            part, name = line[3:].split(" ", 1)
            arts.append({"name": name, "sentences": [], "claims": {}})
        elif line.startswith("S "):
            arts[-1]["sentences"].append(line[2:])
        elif line.startswith("C "):
            cols = [c.strip() for c in line[2:].split(" | ")]
            sid = len(arts[-1]["sentences"])
            arts[-1]["claims"].setdefault(sid, []).append(cols[0].split(" / "))
    return arts


def pron_form(t):
    w = t.lower_
    w = re.sub(r"^-t-", "", w).lstrip("-")
    return w


def fix_t(c):
    """v2: « -t » tagged as the subject: the pronoun after it."""
    if VARIANT != "v1" and c.lower_ == "-t":
        for k in c.children:
            if pron_form(k) in PRONOUNS or pron_form(k) == "on":
                return k
        n = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
        if n is not None and (pron_form(n) in PRONOUNS or pron_form(n) == "on"):
            return n
        return None
    return c


def is_cue_verb(t):
    if t.pos_ != "VERB":
        return False
    if t.lemma_.lower() in LEMMAS or t.lower_ in FORMS:
        return True
    for c in t.children:
        if c.dep_ == "ccomp":
            return True
        sub = list(c.subtree)
        if c.dep_ != "punct" and sub and sub[0].text in ("«", '"', "“"):
            return True
    return False


def passive(t):
    return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in t.children)


def subject_head(v, depth=0):
    """The speaker head token for a cue verb, or None."""
    if depth > 3:
        return None
    if passive(v):
        for c in v.children:
            if c.dep_ == "obl:agent":
                return c
        return None
    for c in v.children:
        if c.dep_ == "nsubj":
            if "Rel" in c.morph.get("PronType") and v.dep_.startswith("acl"):
                return v.head
            c2 = fix_t(c)
            if c2 is None:
                continue
            return c2
    if VARIANT == "v3" and depth == 0:
        before = [t for t in v.doc[max(0, v.i - 4):v.i]]
        if any(t.text in ("»", '"', "”", ",") for t in before):
            for c in v.children:
                if c.dep_ == "obj" and c.i > v.i and c.pos_ in ("NOUN", "PROPN"):
                    return c
    if v.dep_ in ("conj", "xcomp") or (
        v.dep_.startswith("advcl") and "Part" in v.morph.get("VerbForm") and "Pres" in v.morph.get("Tense")
    ):
        if v.head is not v:
            return subject_head(v.head, depth + 1)
    return None


def span_text(h):
    """Speaker string of a head token (procedure step 3)."""
    if VARIANT == "v3" and h.pos_ == "PROPN":
        for c in h.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == h.i + 1:
                return h.doc.text[h.idx: max(t.idx + len(t.text) for t in c.subtree if not t.is_punct and t.dep_ in ("appos", "flat:name", "flat") or t is c)].strip()
    if h.pos_ == "NOUN":
        for c in h.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                return span_text_plain(c)
    return span_text_plain(h)


def span_text_plain(h):
    keep = set()

    def walk(t, root):
        keep.add(t.i)
        for c in t.children:
            if root and c.dep_ in DROP:
                continue
            if not root and c.dep_ in ("acl:relcl", "parataxis"):
                continue
            walk(c, False)

    walk(h, True)
    toks = [t for t in h.doc if t.i in keep]
    # contiguous run around the head
    idx = sorted(keep)
    lo = hi = h.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    words = [h.doc[i] for i in range(lo, hi + 1)]
    # drop brackets
    out, depth = [], 0
    for t in words:
        if t.text == "(":
            depth += 1
            continue
        if t.text == ")":
            depth = max(0, depth - 1)
            continue
        if depth == 0:
            out.append(t)
    while out and out[0].is_punct:
        out.pop(0)
    while out and out[-1].is_punct:
        out.pop()
    if len(out) > 1 and out[0].lower_ in TITLES:
        out.pop(0)
    if not out:
        return ""
    s = h.doc.text[out[0].idx: out[-1].idx + len(out[-1].text)]
    return s.strip()


def heads_with_conj(h):
    hs = [h]
    for c in h.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
            hs.append(c)
    return hs


def number_gender(t):
    return (t.morph.get("Number"), t.morph.get("Gender"))


def compatible(pron, cand_tok):
    pf = pron_form(pron)
    plur = pf in ("ils", "elles", "eux", "ceux-ci", "celles-ci")
    fem = pf in ("elle", "elles", "celle-ci", "celles-ci")
    masc = pf in ("il", "ils", "lui", "eux", "celui-ci", "ceux-ci")
    num, gen = number_gender(cand_tok)
    if num:
        if plur and "Sing" in num and not any(c.dep_ == "conj" for c in cand_tok.children):
            return False
        if not plur and "Plur" in num:
            return False
    elif plur and cand_tok.pos_ == "PROPN" and not any(c.dep_ == "conj" for c in cand_tok.children):
        # a lone name is singular
        return cand_tok.ent_type_ == "ORG"
    if gen:
        if fem and "Masc" in gen and "Fem" not in gen:
            return False
        if masc and "Fem" in gen and "Masc" not in gen and pf not in ("lui", "eux"):
            return False
    return True


def candidates(doc, rows, before=None):
    """Antecedent candidates of one line, nearest first: (token, text)."""
    out = []
    lim = before if before is not None else len(doc)
    # the procedure's own speakers
    for r in reversed(rows):
        if r["head"] is not None and r["head"] < lim and r["speaker"]:
            out.append((doc[r["head"]], r["speaker"], r.get("ante_tok")))
    # other subjects
    for t in reversed(doc[:lim]):
        if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN"):
            out.append((t, span_text(t), None))
    for e in reversed(doc.ents):
        if e.label_ in ("PER", "ORG") and e.end <= lim:
            out.append((e.root, e.text, None))
    return out


def resolve(pron, doc, rows_so_far, history):
    """history: list of (doc, rows) of earlier lines, nearest last."""
    for tok, text, ante in candidates(doc, rows_so_far, before=pron.i):
        t = ante if ante is not None else tok
        if t.pos_ == "PRON":
            continue
        if compatible(pron, t):
            return text, t
    for d, rows in reversed(history[-5:]):
        for tok, text, ante in candidates(d, rows):
            t = ante if ante is not None else tok
            if t.pos_ == "PRON":
                continue
            if compatible(pron, t):
                return text, t
    return "", None


def rows_of(doc, history):
    rows = []
    cues = []  # (cue token index, head token, route)
    for t in doc:
        if is_cue_verb(t):
            h = subject_head(t)
            if h is not None:
                cues.append((t.i, h, "verb"))
            elif passive(t):
                continue
        low = t.lower_
        prev = doc[t.i - 1] if t.i > 0 else None
        if t.dep_ == "case" and t.head.pos_ != "VERB" and t.head is not t:
            if low == "selon" or (low == "après" and prev is not None and prev.lower_ in ("d'", "d’")):
                cues.append((t.i, t.head, "selon"))
            elif low == "pour" and (t.i == 0 or (prev is not None and prev.is_punct)):
                sub = list(t.head.subtree)
                end = sub[-1].i
                if end + 1 < len(doc) and doc[end + 1].text == ",":
                    cues.append((t.i, t.head, "pour"))
            elif low == "auprès":
                g = t.head.head
                if g.lemma_ == "apprendre":
                    cues.append((t.i, t.head, "aupres"))
        if low == "de" and prev is not None and prev.lower_ == "auprès" and t.head.head.lemma_ == "apprendre":
            cues.append((t.i, t.head, "aupres"))
    seen = set()
    for ci, h, route in cues:
        for hh in heads_with_conj(h):
            pf = pron_form(hh)
            row = {"cue": doc[ci].text, "cue_i": ci, "route": route, "head": hh.i, "ante_tok": None}
            is_pron = hh.pos_ == "PRON" or (VARIANT != "v1" and hh.lower_.startswith("-"))
            if is_pron and pf in PRONOUNS:
                text, ante = resolve(hh, doc, rows, history)
                row["speaker"] = text
                row["ante_tok"] = ante
                row["resolved_from"] = pf
            elif is_pron and pf == "on":
                row["speaker"] = ""
            else:
                row["speaker"] = span_text(hh)
            key = (row["speaker"].lower(), route == "verb")
            if (row["speaker"].lower(), ci) in seen:
                continue
            seen.add((row["speaker"].lower(), ci))
            rows.append(row)
    return rows


def main():
    nlp = spacy.load(MODEL)
    out = []
    for path in FILES:
        for a in parse_fixture(path):
            history = []
            docs = list(nlp.pipe(a["sentences"]))
            for sid, (s, doc) in enumerate(zip(a["sentences"], docs), start=1):
                rows = rows_of(doc, history)
                history.append((doc, rows))
                out.append({
                    "article": a["name"],
                    "id": sid,
                    "sentence": s,
                    "gold": a["claims"].get(sid, []),
                    "rows": [{k: v for k, v in r.items() if k != "ante_tok"} for r in rows],
                    "parse": [[t.i, t.text, t.lemma_, t.pos_, t.dep_, t.head.i] for t in doc],
                    "ents": [[e.text, e.label_] for e in doc.ents],
                })
    json.dump(out, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=0)


main()
