//! Segmentation benchmark (issue 7): boundary precision / recall / F1 on the shared gold set,
//! and throughput in MB/s on the gold text repeated to about 10 MB; pySBD's figures on the same
//! data in the same run when `python3 -c 'import pysbd'` works, skipped with a message if not.
//!
//! Run: `cargo bench --bench segmentation` (see BENCHMARKS.md, section "Segmentation", for the
//! exact command behind the recorded figures).

use std::io::Write;
use std::ops::Range;
use std::process::Command;
use std::time::{Duration, Instant};

use passerelle::document::decode;
use passerelle::segment::eval::{GoldText, Scores};
use passerelle::segment::{segment_document, split_sentences};

const GOLD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/segmentation/annodis.er.conllu"
);
const TARGET_BYTES: usize = 10_000_000;
const RUNS: usize = 5;

/// pySBD side, fed the same texts: prints one JSON object with the sentence end offsets (in
/// bytes) of the gold text, and the seconds spent segmenting the large text.
const PYSBD: &str = r#"
import json, sys, time
import pysbd
gold = open(sys.argv[1], encoding="utf-8").read()
large = open(sys.argv[2], encoding="utf-8").read()
seg = pysbd.Segmenter(language="fr", clean=False)
sents = seg.segment(gold)
ends, pos = [], 0
for s in sents:
    s = s.strip()
    if not s:
        continue
    i = gold.find(s, pos)
    if i < 0:
        continue
    pos = i + len(s)
    ends.append(len(gold[:pos].encode("utf-8")))
# The large text is the gold text repeated, blank lines between copies: each copy is one
# call, the way pySBD is used on documents (and its most favourable case).
copies = large.split("\n\n")
t = time.perf_counter()
n = 0
for c in copies:
    n += len(seg.segment(c))
secs = time.perf_counter() - t
print(json.dumps({"version": getattr(pysbd, "__version__", "?"), "ends": ends, "seconds": secs, "sentences": n}))
"#;

fn main() {
    let conllu = std::fs::read_to_string(GOLD).expect("read the gold set");
    let gold = GoldText::from_conllu(&conllu);
    let times = TARGET_BYTES.div_ceil(gold.text.len() + 2);
    let large = gold.repeat(times);
    let mb = large.text.len() as f64 / 1e6;
    println!(
        "gold set: {} sentences, {} bytes; large text: gold x {times} = {:.2} MB",
        gold.sentences.len(),
        gold.text.len(),
        mb
    );

    // Accuracy, on the gold text and (a check that repetition changes nothing) the large one.
    let ours = gold.score(&split_sentences(&gold.text));
    let mut large_sentences = Vec::new();
    let split_time = median(|| {
        large_sentences = split_sentences(&large.text);
    });
    let ours_large = large.score(&large_sentences);
    print_scores("passerelle", &ours);
    println!(
        "passerelle  on the large text: F1 {:.4}, {} sentences",
        ours_large.f1(),
        large_sentences.len()
    );
    let split_mbs = mb / split_time.as_secs_f64();
    println!(
        "passerelle  split_sentences:  {split_mbs:8.1} MB/s  (median of {RUNS}: {:.1} ms)",
        ms(split_time)
    );
    let bytes = large.text.as_bytes();
    let mut segments = 0;
    let doc_time = median(|| {
        let doc = decode("large", bytes).expect("decode");
        segments = segment_document(&doc).len();
    });
    println!(
        "passerelle  decode + segment_document (normalized text): {:8.1} MB/s  ({:.1} ms, {segments} segments)",
        mb / doc_time.as_secs_f64(),
        ms(doc_time)
    );

    // Where the time of the line above goes.
    let decode_time = median(|| {
        decode("large", bytes).expect("decode");
    });
    let mut normalized = 0;
    let normalize_time = median(|| {
        normalized = large_sentences
            .iter()
            .map(|r| passerelle::normalize::normalize(&large.text[r.clone()]).len())
            .sum();
    });
    println!(
        "  of which decode: {:.1} ms; normalize every sentence: {:.1} ms ({normalized} bytes out)",
        ms(decode_time),
        ms(normalize_time)
    );

    match pysbd(&gold, &large) {
        Ok((version, scores, secs, n)) => {
            print_scores(&format!("pysbd {version}"), &scores);
            let py_mbs = mb / secs;
            println!(
                "pysbd {version} segment(): {py_mbs:8.3} MB/s  (1 run: {secs:.1} s, {n} sentences)"
            );
            println!(
                "speed-up split_sentences / pySBD: {:.0}x; F1 {:.4} vs {:.4} ({})",
                split_mbs / py_mbs,
                ours.f1(),
                scores.f1(),
                if ours.f1() >= scores.f1() {
                    "equal or better"
                } else {
                    "WORSE"
                }
            );
        }
        Err(why) => println!("pysbd: skipped ({why})"),
    }
}

fn print_scores(name: &str, s: &Scores) {
    println!(
        "{name:<11} gold set: P {:.4}  R {:.4}  F1 {:.4}  (TP {}, FP {}, FN {})",
        s.precision(),
        s.recall(),
        s.f1(),
        s.true_positives,
        s.false_positives,
        s.false_negatives
    );
}

/// Median wall time of [`RUNS`] runs of `f`.
fn median(mut f: impl FnMut()) -> Duration {
    let mut t: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    t.sort();
    t[RUNS / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Runs pySBD on the same texts. Returns its version, its scores on the gold set, the seconds
/// it took on the large text, and how many sentences it found there.
fn pysbd(gold: &GoldText, large: &GoldText) -> Result<(String, Scores, f64, usize), String> {
    let probe = Command::new("python3")
        .args(["-c", "import pysbd"])
        .output()
        .map_err(|e| format!("python3 not runnable: {e}"))?;
    if !probe.status.success() {
        return Err("python3 cannot import pysbd; `pip install pysbd` to compare".into());
    }
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let write = |name: &str, text: &str| -> Result<std::path::PathBuf, String> {
        let path = dir.path().join(name);
        let mut f = std::fs::File::create(&path).map_err(|e| e.to_string())?;
        f.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
        Ok(path)
    };
    let gold_path = write("gold.txt", &gold.text)?;
    let large_path = write("large.txt", &large.text)?;
    let out = Command::new("python3")
        .arg("-c")
        .arg(PYSBD)
        .arg(&gold_path)
        .arg(&large_path)
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        return Err(format!(
            "pysbd failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())?;
    let ends: Vec<usize> = v["ends"]
        .as_array()
        .ok_or("no ends in pysbd output")?
        .iter()
        .filter_map(|e| e.as_u64().map(|e| e as usize))
        .collect();
    // Sentence ranges from the end offsets, to score with the same code as ours.
    let mut ranges: Vec<Range<usize>> = Vec::with_capacity(ends.len());
    let mut start = 0;
    for e in ends {
        ranges.push(start..e);
        start = e;
    }
    let scores = gold.score(&ranges);
    Ok((
        v["version"].as_str().unwrap_or("?").to_string(),
        scores,
        v["seconds"].as_f64().ok_or("no seconds in pysbd output")?,
        v["sentences"].as_u64().unwrap_or(0) as usize,
    ))
}
