//! Speed of the marian backend's decoder on a random model of the real opus-mt-fr-en size
//! (vocab 59514, d_model 512, 6+6 layers, 8 heads, ffn 2048), decoding the sample article's
//! 13 sentences with a fixed output length, one thread versus all cores, one sentence at a
//! time versus batched greedy decoding.
//!
//! Token ids are synthetic (random weights translate nothing): each sentence gets
//! ceil(1.3 × its word count) source ids plus `</s>`, and generates exactly as many tokens
//! (`final_logits_bias` keeps `</s>` from ever winning; `max_length` stops it). The work per
//! token is that of the real model: same matrices, same vocabulary projection.
//!
//! Run: `cargo bench --bench marian` (see BENCHMARKS.md, "Local neural
//! (Marian)"). Without `--bench` (as `cargo test --all-targets` runs it) it only checks itself
//! on a tiny model.
//! `MARIAN_BENCH_REPEAT=N` sets the timed passes per configuration (default 3; median shown).
//!
//! Workload mode (the shared anchors' workload, see `workload.rs` beside this file):
//! `cargo bench --bench marian -- --workload DIR --threads N [--quantize int8] [--batch B]`
//! prints one JSON line like `bench_py.py` does.

use std::time::{Duration, Instant};

use candle_core::{DType, Device};
use candle_nn::VarBuilder;
use candle_transformers::models::marian::Config;
use passerelle::translate::marian::engine::{Decoding, MarianModel};
use passerelle::translate::marian::model::Precision;
use passerelle::translate::marian::synth;

#[path = "marian/workload.rs"]
mod workload;

const ARTICLE: &str = include_str!("../tests/fixtures/ukraine-chine-2022-03.fr.txt");

/// The article's 13 sentences: paragraphs split at blank lines, the metadata header
/// (` date 2022-03`) dropped, and the first paragraph's two sentences split at ". C".
fn sentences() -> Vec<String> {
    let mut out = Vec::new();
    for para in ARTICLE.split("\n\n") {
        let mut p = para.trim();
        if let Some(rest) = p.strip_prefix("date ") {
            p = rest.split_once(' ').map_or("", |(_, t)| t).trim();
        }
        let mut rest = p;
        while let Some(i) = rest.find(". C") {
            out.push(rest[..=i].to_string());
            rest = rest[i + 2..].trim_start();
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
    }
    out
}

fn median<T: PartialOrd + Copy>(mut v: Vec<T>) -> T {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    v[v.len() / 2]
}

/// CPU seconds (user + system) this process has used so far, from `/proc/self/stat`
/// (Linux; `None` elsewhere). On a shared machine, wall time includes waiting for a core;
/// CPU time does not.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--workload") {
        if let Err(e) = workload::main(&args) {
            eprintln!("marian bench: {e}");
            std::process::exit(2);
        }
        return;
    }
    let sentences = sentences();
    assert_eq!(sentences.len(), 13, "the sample article has 13 sentences");
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this binary without it,
    // and then a tiny model and one pass only check that the bench works.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let cfg = if smoke {
        let mut c = synth::tiny_config(64);
        c.max_position_embeddings = 512;
        c
    } else {
        Config::opus_mt_fr_en()
    };
    let vocab = cfg.vocab_size;
    let eos = cfg.eos_token_id;
    let pad = cfg.pad_token_id;

    // Synthetic source ids, deterministic.
    let mut rng = fastrand::Rng::with_seed(42);
    let jobs: Vec<Vec<u32>> = sentences
        .iter()
        .map(|s| {
            let words = s.split_whitespace().count();
            let n = (words as f64 * 1.3).ceil() as usize;
            let mut ids: Vec<u32> = (0..n).map(|_| rng.u32(1..pad)).collect();
            ids.push(eos);
            ids
        })
        .collect();
    let src_tokens: usize = jobs.iter().map(Vec::len).sum();
    let out_tokens: usize = jobs.iter().map(|j| j.len() - 1).sum();

    let t0 = Instant::now();
    let varmap = synth::random_weights(&cfg, 1, &[(eos, -1e4), (pad, -1e4)]).expect("weights");
    let vb = VarBuilder::from_varmap(&varmap, DType::F32, &Device::Cpu);
    let pieces = synth::pieces(synth::FRENCH_WORDS, vocab);
    let model = MarianModel::from_parts(
        cfg.clone(),
        vb,
        synth::tokenizer(&pieces, 1).expect("tokenizer"),
        synth::tokenizer(&pieces, 1).expect("tokenizer"),
        Precision::F32,
    )
    .expect("model");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // candle's softmax and layer norm run on rayon's global pool, which reads
    // RAYON_NUM_THREADS once, when first used: size it to the cores before any setting below.
    rayon::ThreadPoolBuilder::new()
        .num_threads(cores)
        .build_global()
        .expect("rayon pool");
    let repeat: usize = std::env::var("MARIAN_BENCH_REPEAT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3)
        .max(1);
    let repeat = if smoke { 1 } else { repeat };
    if smoke {
        println!("marian bench: test mode (no --bench): tiny model, one pass");
    }
    println!(
        "marian bench: random model (vocab {vocab}, d_model {}, {}+{} layers, \
         {} heads, ffn {}) built in {:.1?}; {} sentences, {src_tokens} source ids, \
         {out_tokens} generated tokens per pass; {cores} cores; median of {repeat} passes",
        cfg.d_model,
        cfg.encoder_layers,
        cfg.decoder_layers,
        cfg.encoder_attention_heads,
        cfg.encoder_ffn_dim,
        t0.elapsed(),
        jobs.len(),
    );

    let report = |label: &str, secs: f64, cpu: f64, base: f64| {
        println!(
            "{label:<55} {:>7.2} s/pass  {:>6.2} sentences/s  {:>7.1} tokens/s  x{:.2}  \
             (cpu {:.1} s/pass, {:.1} tokens per cpu-second; load {})",
            secs,
            jobs.len() as f64 / secs,
            out_tokens as f64 / secs,
            base / secs,
            cpu,
            out_tokens as f64 / cpu,
            load_average()
        );
    };

    // (label, worker threads, candle's intra-op threads for matmul)
    let configs = [
        ("1 worker, candle 1 thread (one thread)", 1, 1),
        ("1 worker, candle all cores", 1, cores),
        ("all-core workers, candle 1 thread each", cores, 1),
        (
            "all-core workers, candle all cores (one sentence each)",
            cores,
            cores,
        ),
    ];
    let mut one_thread = None;
    for (label, workers, intra) in configs {
        // candle reads RAYON_NUM_THREADS at every matmul; set here while no worker runs.
        std::env::set_var("RAYON_NUM_THREADS", intra.to_string());
        let run = || {
            let cpu = cpu_seconds();
            let started = Instant::now();
            let out = model
                .map_parallel(&jobs, workers, |session, ids| {
                    let decoding = Decoding {
                        beam_size: 1,
                        max_new_tokens: Some(ids.len() - 1),
                        ..Decoding::default()
                    };
                    session.generate(ids, &decoding)
                })
                .expect("decode");
            let elapsed: Duration = started.elapsed();
            let cpu = cpu.zip(cpu_seconds()).map_or(f64::NAN, |(a, b)| b - a);
            let generated: usize = out.iter().map(Vec::len).sum();
            assert_eq!(generated, out_tokens, "fixed output length");
            (elapsed.as_secs_f64(), cpu)
        };
        run(); // warm-up
        let passes: Vec<(f64, f64)> = (0..repeat).map(|_| run()).collect();
        let secs = median(passes.iter().map(|p| p.0).collect());
        let cpu = median(passes.iter().map(|p| p.1).collect());
        let base = *one_thread.get_or_insert(secs);
        report(label, secs, cpu, base);
    }

    // Batched greedy decoding, as the backend runs it: sentences sorted by length, in
    // decoding batches of at most B, the batches spread over one worker per core, candle on
    // all cores (the backend's default at B = 8). Same sources, same fixed output lengths.
    std::env::set_var("RAYON_NUM_THREADS", cores.to_string());
    let mut by_length: Vec<usize> = (0..jobs.len()).collect();
    by_length.sort_by_key(|&i| jobs[i].len());
    let base = one_thread.unwrap_or(f64::NAN);
    for b in [2usize, 4, 8] {
        let size = b.min(jobs.len().div_ceil(cores));
        let groups: Vec<Vec<usize>> = by_length.chunks(size).map(<[usize]>::to_vec).collect();
        let run = || {
            let cpu = cpu_seconds();
            let started = Instant::now();
            let out = model
                .map_parallel(&groups, cores, |session, group| {
                    let sources: Vec<Vec<u32>> = group.iter().map(|&i| jobs[i].clone()).collect();
                    let bounds: Vec<usize> = sources.iter().map(|ids| ids.len() - 1).collect();
                    session.greedy_batch(&sources, &bounds)
                })
                .expect("decode");
            let elapsed = started.elapsed().as_secs_f64();
            let cpu = cpu.zip(cpu_seconds()).map_or(f64::NAN, |(a, b)| b - a);
            let generated: usize = out.iter().flatten().map(Vec::len).sum();
            assert_eq!(generated, out_tokens, "fixed output length");
            (elapsed, cpu)
        };
        run(); // warm-up
        let passes: Vec<(f64, f64)> = (0..repeat).map(|_| run()).collect();
        let secs = median(passes.iter().map(|p| p.0).collect());
        let cpu = median(passes.iter().map(|p| p.1).collect());
        let label = format!("batched greedy, up to {b} per batch ({size} here), {cores} workers");
        report(&label, secs, cpu, base);
    }
}
