"""Beam search of the marian backend against Hugging Face transformers' generate(num_beams=N).

For each model, the same source ids are decoded by transformers (`generate`, greedy and beam
search, each sentence alone and all as one batch, the model's own generation config: length
penalty, early stopping, banned <pad>, forced </s> at the length bound, renormalized log-probs)
and by Passerelle (`cargo bench --bench marian -- --workload DIR --ids FILE --beam N`, which
runs the backend's `Session::generate_batch` and `Session::generate`). It prints, per model and
beam size, how many sentences give the same ids and in how many beam search differs from greedy
(a check is only meaningful where they differ), and exits 1 on any mismatch.

Models: small random Marian models made here with transformers (several seeds, a bias on </s>
so that hypotheses finish at different lengths and the stopping rule matters), and, with
--speed-dir DIR, the real-size random model that shared/tools/marian-speed/make_model.py wrote.

Usage (needs `pip install torch transformers safetensors`):
  python3 benches/marian_beam_check.py [--speed-dir DIR] [--beams 4 5] [--bin PATH]
--bin: the bench binary (target/release/deps/marian-*); default: run it through cargo bench.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import torch
import transformers
from transformers import MarianConfig, MarianMTModel

transformers.logging.set_verbosity_error()

p = argparse.ArgumentParser()
p.add_argument("--speed-dir", help="make_model.py's output dir (real-size random model)")
p.add_argument("--beams", type=int, nargs="+", default=[4, 5])
p.add_argument("--bin", help="bench binary; default: cargo bench --bench marian")
p.add_argument("--small-models", type=int, default=4, help="random small models to make")
p.add_argument("--sentences", type=int, default=12)
a = p.parse_args()
torch.set_num_threads(2)


def small_model(out, seed):
    """A random Marian model (vocab 96, d_model 32) whose </s> is likely enough to end
    hypotheses at different lengths."""
    vocab, pad, eos = 96, 95, 0
    cfg = MarianConfig(
        vocab_size=vocab, decoder_vocab_size=vocab, d_model=32, encoder_layers=2, decoder_layers=2,
        encoder_attention_heads=4, decoder_attention_heads=4, encoder_ffn_dim=64, decoder_ffn_dim=64,
        max_position_embeddings=128, activation_function="swish", scale_embedding=True,
        static_position_embeddings=True, share_encoder_decoder_embeddings=True,
        tie_word_embeddings=True, pad_token_id=pad, decoder_start_token_id=pad, eos_token_id=eos,
        forced_eos_token_id=eos, bos_token_id=0, dropout=0.0, attention_dropout=0.0,
        activation_dropout=0.0, model_type="marian")
    torch.manual_seed(seed)
    model = MarianMTModel(cfg).eval()
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, prm in model.named_parameters():
            if "embed_positions" in name:
                continue
            if "layer_norm" in name:
                prm.copy_((1.0 if name.endswith("weight") else 0.0) + 0.02 * torch.randn(prm.shape, generator=g))
            elif "shared" in name or "embed_tokens" in name:
                prm.copy_(0.3 * torch.randn(prm.shape, generator=g))
            elif name.endswith("weight"):
                prm.copy_(1.5 * torch.randn(prm.shape, generator=g) / prm.shape[1] ** 0.5)
            else:
                prm.copy_(0.05 * torch.randn(prm.shape, generator=g))
        model.model.shared.weight[pad].zero_()
        model.final_logits_bias.zero_()
        model.final_logits_bias[0, eos] = 2.5
    gc = model.generation_config
    gc.bad_words_ids = [[pad]]
    gc.num_beams = 4
    gc.renormalize_logits = True
    gc.max_length = 128
    model.save_pretrained(os.path.join(out, "model_hf"))
    src = [torch.randint(2, pad, (int(n),), generator=g).tolist() + [eos]
           for n in torch.randint(3, 12, (a.sentences,), generator=g)]
    return src


def hf_generate(model, rows, beams, max_new):
    pad = model.config.pad_token_id
    width = max(len(r) for r in rows)
    ids = torch.tensor([r + [pad] * (width - len(r)) for r in rows])
    mask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rows])
    with torch.inference_mode():
        out = model.generate(input_ids=ids, attention_mask=mask, num_beams=beams,
                             max_new_tokens=max_new, do_sample=False)
    res = []
    for o in out.tolist():
        o = o[1:]  # decoder start
        while o and o[-1] == pad:
            o.pop()
        if o and o[-1] == model.config.eos_token_id:
            o.pop()
        res.append(o)
    return res


def passerelle(model_dir, src, beams, max_new):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(src, f)
    args = ["--workload", model_dir, "--ids", f.name, "--beam", str(beams), "--max-new", str(max_new)]
    if a.bin:
        cmd = [a.bin, "--bench"] + args
    else:
        cmd = ["cargo", "bench", "--quiet", "--bench", "marian", "--"] + args
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed: {run.stderr.strip()}")
    out = run.stdout
    os.unlink(f.name)
    return json.loads(out.strip().splitlines()[-1])


def check(name, model_dir, src, max_new):
    model = MarianMTModel.from_pretrained(os.path.join(model_dir, "model_hf")).eval()
    greedy = [hf_generate(model, [s], 1, max_new)[0] for s in src]
    ok = True
    for beams in a.beams:
        hf_alone = [hf_generate(model, [s], beams, max_new)[0] for s in src]
        hf_batch = hf_generate(model, src, beams, max_new)
        ours = passerelle(model_dir, src, beams, max_new)
        same_batch = sum(x == y for x, y in zip(ours["ids"], hf_alone))
        same_alone = sum(x == y for x, y in zip(ours["alone"], hf_alone))
        hf_self = sum(x == y for x, y in zip(hf_batch, hf_alone))
        differ = sum(x != y for x, y in zip(hf_alone, greedy))
        lengths = sorted({len(x) for x in hf_alone})
        print(f"{name:28s} beam {beams}: Passerelle batched == HF {same_batch}/{len(src)}, "
              f"one at a time == HF {same_alone}/{len(src)} (HF batched == HF alone "
              f"{hf_self}/{len(src)}); beam differs from greedy in {differ}/{len(src)}; "
              f"output lengths {lengths}")
        if same_batch != len(src) or same_alone != len(src):
            ok = False
            for i, (x, y) in enumerate(zip(ours["ids"], hf_alone)):
                if x != y:
                    print(f"  sentence {i}: passerelle {x}\n  {'':11s} hf         {y}")
    return ok


ok = True
with tempfile.TemporaryDirectory() as tmp:
    for seed in range(a.small_models):
        d = os.path.join(tmp, f"small{seed}")
        src = small_model(d, 1000 + seed)
        ok &= check(f"small random model seed {seed}", d, src, 40)
if a.speed_dir:
    w = json.load(open(os.path.join(a.speed_dir, "workload.json")))
    ok &= check("real-size random model", a.speed_dir, w["src"][:6], 24)
print("all equal" if ok else "MISMATCH")
sys.exit(0 if ok else 1)
