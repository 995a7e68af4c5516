//! Workload mode of the marian bench: the shared speed anchors' workload
//! (`make_model.py` of `shared/tools/marian-speed`: a random model of opus-mt-fr-en's shapes in
//! `DIR/model_hf`, 13 sources of 30 ids in `DIR/workload.json`, each decoded greedily for
//! exactly 40 tokens with `</s>` and `<pad>` blocked), decoded with the marian backend's code
//! path: the weights loaded by `MarianModel::load_as` (f32 or int8), the sentences of each
//! batch grouped by `marian::decode_groups` and spread over worker sessions by
//! `MarianModel::map_parallel`, each group decoded by `Session::generate_batch`.
//!
//! ```text
//! cargo bench --bench marian -- --workload DIR --threads N [--quantize int8] [--batch B]
//!     [--runs 3] [--warmup 1] [--beam K]
//! cargo bench --bench marian -- --workload DIR --agree      # int8 vs f32 token agreement
//! cargo bench --bench marian -- --workload DIR --ids FILE --beam K --max-new M
//!     # free decoding of the ids in FILE (JSON list of lists), one JSON line of outputs
//! ```
//!
//! Prints one JSON line: `tok_per_s`, `median_s`, `times_s`, the settings, the load figures
//! (`load_s`: weights read and quantized; `first_token_s`: from process start to the first
//! generated token) and the resident memory (`rss_mb` once loaded, `rss_peak_mb`).
//!
//! Threads: `--threads N` sizes candle's thread pools (`RAYON_NUM_THREADS`,
//! `CANDLE_NUM_THREADS`, read once per process, so one setting per process as `bench_py.py`
//! does) and is the backend's `concurrency` (worker sessions).

use std::path::{Path, PathBuf};
use std::time::Instant;

use candle_transformers::models::marian::Config;
use passerelle::translate::marian::engine::{read_config, Decoding, MarianModel};
use passerelle::translate::marian::files::ModelFiles;
use passerelle::translate::marian::model::Precision;
use passerelle::translate::marian::{decode_groups, synth};
use serde_json::{json, Value};

struct Args {
    dir: PathBuf,
    threads: usize,
    precision: Precision,
    batch: usize,
    runs: usize,
    warmup: usize,
    beam: usize,
    agree: bool,
    ids: Option<PathBuf>,
    max_new: Option<usize>,
}

fn parse(args: &[String]) -> Result<Args, String> {
    let mut a = Args {
        dir: PathBuf::new(),
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        precision: Precision::F32,
        batch: 13,
        runs: 3,
        warmup: 1,
        beam: 1,
        agree: false,
        ids: None,
        max_new: None,
    };
    let mut it = args.iter().skip(1);
    let num = |v: Option<&String>, name: &str| -> Result<usize, String> {
        v.ok_or(format!("{name} needs a value"))?
            .parse::<usize>()
            .map_err(|e| format!("{name}: {e}"))
    };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--workload" => a.dir = PathBuf::from(it.next().ok_or("--workload needs DIR")?),
            "--threads" => a.threads = num(it.next(), "--threads")?.max(1),
            "--batch" => a.batch = num(it.next(), "--batch")?.max(1),
            "--runs" => a.runs = num(it.next(), "--runs")?.max(1),
            "--warmup" => a.warmup = num(it.next(), "--warmup")?,
            "--beam" => a.beam = num(it.next(), "--beam")?.max(1),
            "--max-new" => a.max_new = Some(num(it.next(), "--max-new")?),
            "--quantize" => {
                a.precision = it.next().ok_or("--quantize needs int8 or f32")?.parse()?
            }
            "--agree" => a.agree = true,
            "--ids" => a.ids = Some(PathBuf::from(it.next().ok_or("--ids needs FILE")?)),
            // cargo bench's own flag, and anything the harness adds.
            _ => {}
        }
    }
    if a.dir.as_os_str().is_empty() {
        return Err("--workload DIR is required".into());
    }
    Ok(a)
}

/// Seconds since this process started (`/proc/self/stat` field 22, in clock ticks since
/// boot, against `/proc/uptime`); 0 where unknown.
fn process_age() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let start_ticks: f64 = stat
        .rsplit_once(')')
        .and_then(|(_, rest)| rest.split_whitespace().nth(19))
        .and_then(|t| t.parse().ok())
        .unwrap_or(0.0);
    let uptime: f64 = std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|u| u.split_whitespace().next().and_then(|x| x.parse().ok()))
        .unwrap_or(0.0);
    if start_ticks == 0.0 || uptime == 0.0 {
        return 0.0;
    }
    (uptime - start_ticks / 100.0).max(0.0)
}

/// `VmRSS` and `VmHWM` of this process, in MB.
fn rss_mb() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| -> f64 {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

/// The model of `DIR/model_hf` with synthetic tokenizers (the workload is ids; the
/// tokenizers are only needed to build the model).
fn load(dir: &Path, precision: Precision) -> Result<(MarianModel, Config, f64), String> {
    let hf = dir.join("model_hf");
    let config = read_config(&hf.join("config.json")).map_err(|e| e.to_string())?;
    let tok = tempfile::tempdir().map_err(|e| e.to_string())?;
    let vocab = config.vocab_size;
    let write = |name: &str, words: &[&str]| -> Result<PathBuf, String> {
        let path = tok.path().join(name);
        let json = synth::tokenizer_json(&synth::pieces(words, vocab), 1);
        std::fs::write(&path, json.to_string()).map_err(|e| e.to_string())?;
        Ok(path)
    };
    let files = ModelFiles {
        weights: hf.join("model.safetensors"),
        config: Some(hf.join("config.json")),
        generation: Some(hf.join("generation_config.json")).filter(|p| p.is_file()),
        source_tokenizer: write("src.json", synth::FRENCH_WORDS)?,
        target_tokenizer: write("tgt.json", synth::ENGLISH_WORDS)?,
        origin: format!("workload {}", dir.display()),
    };
    let t = Instant::now();
    let model = MarianModel::load_as(&files, precision).map_err(|e| e.to_string())?;
    Ok((model, config, t.elapsed().as_secs_f64()))
}

fn read_workload(dir: &Path) -> Result<(Vec<Vec<u32>>, usize), String> {
    let path = dir.join("workload.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let w: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let src: Vec<Vec<u32>> = serde_json::from_value(w["src"].clone())
        .map_err(|e| format!("{}: src: {e}", path.display()))?;
    let steps = w["steps"].as_u64().ok_or("workload.json: no steps")? as usize;
    Ok((src, steps))
}

/// Decodes `sources` as the backend decodes a batch of that many sentences.
fn decode(
    model: &MarianModel,
    sources: &[Vec<u32>],
    decoding: &Decoding,
    threads: usize,
) -> Vec<Vec<u32>> {
    let lengths: Vec<usize> = sources.iter().map(Vec::len).collect();
    let groups = decode_groups(&lengths, threads, model.precision());
    let done = model
        .map_parallel(&groups, threads, |session, group| {
            let rows: Vec<Vec<u32>> = group.iter().map(|&i| sources[i].clone()).collect();
            session.generate_batch(&rows, decoding)
        })
        .expect("decode");
    let mut out = vec![Vec::new(); sources.len()];
    for (group, ids) in groups.iter().zip(done) {
        for (&i, ids) in group.iter().zip(ids) {
            out[i] = ids;
        }
    }
    out
}

pub fn main(args: &[String]) -> Result<(), String> {
    let age_at_start = process_age();
    let started = Instant::now();
    let a = parse(args)?;
    // candle sizes its pools once, from these, at first use.
    std::env::set_var("RAYON_NUM_THREADS", a.threads.to_string());
    std::env::set_var("CANDLE_NUM_THREADS", a.threads.to_string());
    if let Some(ids) = &a.ids {
        let (model, _, _) = load(&a.dir, a.precision)?;
        return free_decode(&a, &model, ids);
    }
    let (src, steps) = read_workload(&a.dir)?;
    if a.agree {
        return agree(&a, &src, steps);
    }
    let (model, _config, load_s) = load(&a.dir, a.precision)?;
    let (rss_loaded, _) = rss_mb();
    // First token: one greedy step of the first source.
    let one = Decoding {
        max_new_tokens: Some(1),
        min_new_tokens: 1,
        ..Decoding::default()
    };
    model
        .session()
        .generate(&src[0], &one)
        .map_err(|e| e.to_string())?;
    let first_token_s = age_at_start + started.elapsed().as_secs_f64();
    // The workload: exactly `steps` tokens per source.
    let decoding = Decoding {
        beam_size: a.beam,
        max_new_tokens: Some(steps),
        min_new_tokens: steps,
    };
    let mut times = Vec::new();
    for r in 0..a.warmup + a.runs {
        let t = Instant::now();
        let mut tokens = 0;
        for chunk in src.chunks(a.batch) {
            let out = decode(&model, chunk, &decoding, a.threads);
            assert!(out.iter().all(|o| o.len() == steps), "fixed output length");
            tokens += out.iter().map(Vec::len).sum::<usize>();
        }
        assert_eq!(tokens, src.len() * steps);
        if r >= a.warmup {
            times.push(t.elapsed().as_secs_f64());
        }
    }
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    let (rss, peak) = rss_mb();
    let line = json!({
        "engine": "passerelle-marian",
        "precision": a.precision.name(),
        "threads": a.threads,
        "batch": a.batch,
        "beam": a.beam,
        "times_s": times,
        "median_s": median,
        "sent_per_s": src.len() as f64 / median,
        "tok_per_s": (src.len() * steps) as f64 / median,
        "load_s": load_s,
        "first_token_s": first_token_s,
        "rss_loaded_mb": rss_loaded,
        "rss_mb": rss,
        "rss_peak_mb": peak,
        "loadavg": load_average(),
    });
    println!("{line}");
    Ok(())
}

/// Free decoding (stopped at `</s>` or `--max-new`) of the sources in a JSON file, printed as
/// one JSON line `{"ids": [[...], ...]}` (the beam-search check against transformers).
fn free_decode(a: &Args, model: &MarianModel, ids: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(ids).map_err(|e| format!("{}: {e}", ids.display()))?;
    let sources: Vec<Vec<u32>> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", ids.display()))?;
    let decoding = Decoding {
        beam_size: a.beam,
        ..Decoding::default()
    };
    // Exactly transformers' max_new_tokens (no bound relative to the source length).
    let max_new = a
        .max_new
        .unwrap_or(model.config().max_position_embeddings - 1);
    let bounds = vec![max_new; sources.len()];
    let batched = model
        .session()
        .beam_batch(&sources, &bounds, &decoding)
        .map_err(|e| e.to_string())?;
    let alone: Vec<Vec<u32>> = sources
        .iter()
        .map(|s| {
            model
                .session()
                .beam_batch(std::slice::from_ref(s), &[max_new], &decoding)
                .map(|mut v| v.remove(0))
        })
        .collect::<Result<_, _>>()
        .map_err(|e| e.to_string())?;
    println!(
        "{}",
        json!({"beam": a.beam, "max_new": a.max_new, "ids": batched, "alone": alone})
    );
    Ok(())
}

/// Token agreement of int8 with f32 on the workload's sources, free greedy decoding of up
/// to `steps` tokens: the share of f32's output positions where int8 has the same token
/// (positions past the shorter output count as disagreement).
fn agree(a: &Args, src: &[Vec<u32>], steps: usize) -> Result<(), String> {
    let decoding = Decoding {
        max_new_tokens: Some(steps),
        ..Decoding::default()
    };
    let (f32_model, config, _) = load(&a.dir, Precision::F32)?;
    let reference = decode(&f32_model, src, &decoding, a.threads);
    drop(f32_model);
    let (q_model, _, _) = load(&a.dir, Precision::Int8)?;
    let quantized = decode(&q_model, src, &decoding, a.threads);
    let (same, total) = agreement(&reference, &quantized);
    // Teacher-forced: int8's next token after each prefix of f32's output.
    let mut forced_same = 0;
    let mut forced_total = 0;
    for (ids, want) in src.iter().zip(&reference) {
        let got = forced_argmax(&q_model, &config, ids, want).map_err(|e| e.to_string())?;
        forced_total += want.len();
        forced_same += got.iter().zip(want).filter(|(g, w)| g == w).count();
    }
    let identical = reference
        .iter()
        .zip(&quantized)
        .filter(|(r, q)| r == q)
        .count();
    println!(
        "{}",
        json!({
            "check": "int8 vs f32 token agreement (free greedy, <= steps tokens)",
            "sentences": src.len(),
            "same_tokens": same,
            "tokens": total,
            "agreement": same as f64 / total.max(1) as f64,
            "identical_sentences": identical,
            "teacher_forced_same": forced_same,
            "teacher_forced_tokens": forced_total,
            "teacher_forced_agreement": forced_same as f64 / forced_total.max(1) as f64,
        })
    );
    Ok(())
}

/// The model's greedy choice at every position of `target` (fed after the start token),
/// with the model's banned tokens excluded.
fn forced_argmax(
    model: &MarianModel,
    config: &Config,
    source: &[u32],
    target: &[u32],
) -> candle_core::Result<Vec<u32>> {
    use candle_core::{Device, Tensor};
    let dev = Device::Cpu;
    let src = Tensor::new(source, &dev)?.unsqueeze(0)?;
    let enc = model.net().encode(&src)?;
    let mut state = model.net().start(&enc)?;
    let mut input = vec![config.decoder_start_token_id];
    input.extend_from_slice(&target[..target.len().saturating_sub(1)]);
    let ids = Tensor::new(input.as_slice(), &dev)?.unsqueeze(0)?;
    let logits = model.net().step(&ids, &mut state)?.squeeze(0)?;
    let mut rows = logits.to_vec2::<f32>()?;
    Ok(rows
        .iter_mut()
        .map(|row| {
            for &b in &model.generation().banned {
                row[b as usize] = f32::NEG_INFINITY;
            }
            let mut best = 0;
            for (i, &x) in row.iter().enumerate() {
                if x > row[best] {
                    best = i;
                }
            }
            best as u32
        })
        .collect())
}

/// (positions with the same token, positions in all) over pairs of outputs.
pub fn agreement(reference: &[Vec<u32>], other: &[Vec<u32>]) -> (usize, usize) {
    let mut same = 0;
    let mut total = 0;
    for (r, o) in reference.iter().zip(other) {
        total += r.len().max(o.len());
        same += r.iter().zip(o).filter(|(x, y)| x == y).count();
    }
    (same, total)
}
