//! Translation memory and QA benchmark (`cargo bench --bench cache`).
//!
//! Sentences: the repository's sample article plus, when present, the 524 gold sentences of
//! the shared segmentation set (`$BENCH_CONLLU`, default
//! `/work/shared/data/segmentation/annodis.er.conllu`). Backend: the real Apertium chain
//! (`apertium -u fr-es | apertium -u spa-eng`), one process pipeline per batch, driven by a
//! minimal translator local to this bench.
//!
//! Measures, each the median of several runs:
//! - the raw Apertium chain on the sentences (no cache);
//! - a first run through `CachedTranslator` on an empty cache (chain + lookups + stores);
//! - a second run on the warm cache (no backend call), and the speed-up over the first;
//! - cache lookups and stores per second on 20,000 entries;
//! - `qa::check_pair` throughput on the Apertium output.

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use passerelle::cache::{backend_key, CachedTranslator, Scope, SqliteMemory};
use passerelle::translate::{
    BackendInfo, Batch, Capabilities, GlossaryStrategy, TranslateError, Translator,
};

/// The Apertium chain; `calls` is shared so the bench can count backend calls.
#[derive(Debug, Clone, Default)]
struct ApertiumPipe {
    calls: Arc<AtomicUsize>,
}

#[async_trait]
impl Translator for ApertiumPipe {
    fn info(&self) -> BackendInfo {
        BackendInfo {
            name: "apertium-bench".into(),
            kind: "apertium".into(),
            detail: "fr-es → spa-eng".into(),
        }
    }
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            glossary: GlossaryStrategy::Placeholder,
            max_batch_texts: usize::MAX,
            max_batch_bytes: usize::MAX,
            default_concurrency: 1,
        }
    }
    async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let out = apertium(&batch.texts).map_err(|e| TranslateError::failed("apertium", e))?;
        TranslateError::check_count("apertium", batch.texts.len(), out.len())?;
        Ok(out)
    }
    async fn check(&self) -> Result<String, TranslateError> {
        Ok("bench".into())
    }
}

/// Runs the chain once on all `texts`, one per line.
fn apertium(texts: &[String]) -> Result<Vec<String>, String> {
    let mut child = Command::new("sh")
        .args(["-c", "apertium -u fr-es | apertium -u spa-eng"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let input = texts.join("\n") + "\n";
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    writer
        .join()
        .map_err(|_| "writer panicked")?
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        return Err(format!("apertium exited with {}", output.status));
    }
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| l.trim().to_string())
        .collect())
}

fn sentences() -> Vec<String> {
    let mut out = Vec::new();
    let article = include_str!("../tests/fixtures/ukraine-chine-2022-03.fr.txt");
    for para in article.split("\n\n") {
        let mut start = 0;
        let chars: Vec<(usize, char)> = para.char_indices().collect();
        for w in chars.windows(3) {
            if matches!(w[0].1, '.' | '?' | '!') && w[1].1 == ' ' && w[2].1.is_uppercase() {
                out.push(para[start..w[1].0].trim().to_string());
                start = w[1].0;
            }
        }
        out.push(para[start..].trim().to_string());
    }
    let conllu = std::env::var("BENCH_CONLLU").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/segmentation/annodis.er.conllu"
        )
        .into()
    });
    if let Ok(text) = std::fs::read_to_string(&conllu) {
        out.extend(
            text.lines()
                .filter_map(|l| l.strip_prefix("# text = "))
                .map(str::to_string),
        );
    } else {
        eprintln!("({conllu} not found: article sentences only)");
    }
    out.retain(|s| !s.is_empty());
    out
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` runs this binary without it,
    // and a minute of Apertium has no place in the test suite.
    if !std::env::args().any(|a| a == "--bench") {
        println!("cache bench: run it with `cargo bench --bench cache`");
        return;
    }
    let texts = sentences();
    let bytes: usize = texts.iter().map(String::len).sum();
    let batch = Batch {
        texts: texts.clone(),
        terms: Vec::new(),
        text_terms: Vec::new(),
    };
    let rt = tokio::runtime::Runtime::new().expect("tokio runtime");
    const RUNS: usize = 5;
    println!(
        "{} sentences, {:.1} KB of French; median of {RUNS} runs",
        texts.len(),
        bytes as f64 / 1e3
    );

    let raw = median(
        (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                apertium(&texts).expect("apertium chain");
                t.elapsed()
            })
            .collect(),
    );
    println!("raw apertium chain:            {}", ms(raw));

    let mut cold = Vec::new();
    let mut warm = Vec::new();
    for _ in 0..RUNS {
        let dir = tempfile::tempdir().expect("tempdir");
        let cache = Arc::new(SqliteMemory::open(&dir.path().join("tm.sqlite3")).expect("cache"));
        let backend = ApertiumPipe::default();
        let first = CachedTranslator::new(Box::new(backend.clone()), cache.clone());
        let t = Instant::now();
        let a = rt.block_on(first.translate(&batch)).expect("first run");
        cold.push(t.elapsed());
        let second = CachedTranslator::new(Box::new(backend.clone()), cache.clone());
        let t = Instant::now();
        let b = rt.block_on(second.translate(&batch)).expect("second run");
        warm.push(t.elapsed());
        assert_eq!(a, b);
        assert_eq!(
            backend.calls.load(Ordering::SeqCst),
            1,
            "second run called apertium"
        );
    }
    let (cold, warm) = (median(cold), median(warm));
    println!("first run, empty cache:        {}", ms(cold));
    println!(
        "second run, warm cache:        {}  (0 backend calls; {:.0}× faster than the first)",
        ms(warm),
        cold.as_secs_f64() / warm.as_secs_f64()
    );

    // Raw lookups and stores.
    const N: usize = 20_000;
    let dir = tempfile::tempdir().expect("tempdir");
    let cache = SqliteMemory::open(&dir.path().join("tm.sqlite3")).expect("cache");
    let scope = Scope {
        backend: backend_key("bench"),
        glossary: "g".into(),
        kind: "bench".into(),
    };
    let pairs: Vec<(String, String)> = (0..N)
        .map(|i| {
            let s = &texts[i % texts.len()];
            (format!("{i} {s}"), s.to_uppercase())
        })
        .collect();
    let t = Instant::now();
    for chunk in pairs.chunks(100) {
        cache.put_many(&scope, chunk).expect("put");
    }
    let put = t.elapsed();
    let keys: Vec<String> = pairs.iter().map(|p| p.0.clone()).collect();
    let t = Instant::now();
    for chunk in keys.chunks(100) {
        cache.get_many(&scope, chunk).expect("get");
    }
    let get = t.elapsed();
    println!(
        "cache stores: {:.0}/s, lookups: {:.0}/s ({N} entries, batches of 100)",
        N as f64 / put.as_secs_f64(),
        N as f64 / get.as_secs_f64()
    );

    // QA on the Apertium output.
    let english = apertium(&texts).expect("apertium chain");
    let t = Instant::now();
    let mut findings = 0;
    const QA_ROUNDS: usize = 50;
    for _ in 0..QA_ROUNDS {
        for (i, (fr, en)) in texts.iter().zip(&english).enumerate() {
            findings += passerelle::qa::check_pair(i + 1, fr, en, &[]).len();
        }
    }
    let qa = t.elapsed();
    println!(
        "qa::check_pair: {:.0} pairs/s, {:.2} MB/s of French ({} findings per pass)",
        (QA_ROUNDS * texts.len()) as f64 / qa.as_secs_f64(),
        (QA_ROUNDS * bytes) as f64 / 1e6 / qa.as_secs_f64(),
        findings / QA_ROUNDS
    );
}
