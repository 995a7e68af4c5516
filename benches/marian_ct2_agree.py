"""CTranslate2 int8 against CTranslate2 f32 on the marian-speed workload: free greedy decoding of
the 13 sources (up to 40 tokens), share of equal tokens position by position (the figure the
marian bench's --agree gives for Passerelle). Usage: python3 benches/marian_ct2_agree.py DIR"""
import json, os, sys, ctranslate2
D = sys.argv[1]
W = json.load(open(os.path.join(D, "workload.json")))
out = {}
for c, d in (("float32", "ct2_f32"), ("int8", "ct2_int8")):
    tr = ctranslate2.Translator(os.path.join(D, d), device="cpu", compute_type=c, intra_threads=2)
    res = tr.translate_batch(W["tokens"], beam_size=1, max_decoding_length=W["steps"])
    out[c] = [r.hypotheses[0] for r in res]
same = sum(sum(a == b for a, b in zip(x, y)) for x, y in zip(out["float32"], out["int8"]))
tot = sum(max(len(x), len(y)) for x, y in zip(out["float32"], out["int8"]))
ident = sum(x == y for x, y in zip(out["float32"], out["int8"]))
print(json.dumps({"check": "ctranslate2 int8 vs float32", "same_tokens": same, "tokens": tot, "agreement": same / tot, "identical_sentences": ident}))
