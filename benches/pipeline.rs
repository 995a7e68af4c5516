//! Batch and pipeline benchmark (`cargo bench --bench pipeline`), through the real binary.
//!
//! Articles are generated from the 524 gold sentences of the shared segmentation set and the
//! sample article: article `k` is a date header and 20 sentences (picked with a stride that
//! depends on `k`, so articles differ) in 5 paragraphs, about 3 KB. Every run starts from an
//! empty output directory. Measures:
//!
//! 1. the whole pipeline without translation (read, normalize, segment, glossary match with the
//!    shipped glossaries, QA, claims, summary, JSON render, write): `passerelle brief -q
//!    --no-cache -f json -o OUT DIR` with the `command` backend running `cat`, on 1,000 and
//!    4,000 articles: wall time, articles/s and peak RSS (`/usr/bin/time`), median of
//!    `PIPELINE_RUNS` (default 3);
//! 2. Apertium through Passerelle (`translate -q --no-cache -b apertium -f text`) against the
//!    raw chain (`apertium -u fr-es | apertium -u spa-eng`) on the same 100 articles' sentences
//!    (as `passerelle segment` splits them), alternated run by run, medians of `APERTIUM_RUNS`
//!    (default 5);
//! 3. the translation memory: a first Apertium run on an empty cache, then the same command
//!    again; the second run's debug log must show every text answered by the cache (no
//!    backend call); speed-up = first ÷ second, median of `CACHE_RUNS` (default 3).
//!
//! Without `--bench` (as `cargo test` runs it) it only checks that the cat pipeline runs on a
//! few articles.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const BIN: &str = env!("CARGO_BIN_EXE_passerelle");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The source sentences: the gold set's `# text = ` lines, then the sample article's lines.
fn source_sentences() -> Vec<String> {
    let conllu =
        std::fs::read_to_string(root().join("tests/fixtures/segmentation/annodis.er.conllu"))
            .expect("gold set");
    let mut out: Vec<String> = conllu
        .lines()
        .filter_map(|l| l.strip_prefix("# text = "))
        .map(|s| s.trim().to_string())
        .filter(|s| s.ends_with(['.', '!', '?', '»']))
        .collect();
    let sample =
        std::fs::read_to_string(root().join("tests/fixtures/ukraine-chine-2022-03.fr.txt"))
            .expect("sample article");
    out.extend(
        sample
            .lines()
            .skip(1)
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from),
    );
    out
}

/// Writes articles `0..n` into `dir`.
fn generate(dir: &Path, n: usize, sentences: &[String]) {
    generate_with(dir, n, sentences, false)
}

/// Writes articles `0..n` into `dir`; with `distinct`, every sentence of every article is made
/// unique (« Selon la note 17-2-3, … »), so that a first run has no repeats for the cache to
/// absorb, as with real articles.
fn generate_with(dir: &Path, n: usize, sentences: &[String], distinct: bool) {
    std::fs::create_dir_all(dir).expect("mkdir");
    let m = sentences.len();
    for k in 0..n {
        let stride = 1 + (k * 7) % (m - 1);
        let mut text = format!(" date 2022-{:02}\n", k % 12 + 1);
        for p in 0..5 {
            text.push('\n');
            let para: Vec<String> = (0..4)
                .map(|j| {
                    let s = sentences[(k * 13 + (p * 4 + j) * stride) % m].as_str();
                    if distinct {
                        let mut chars = s.chars();
                        let first: String = chars
                            .next()
                            .into_iter()
                            .flat_map(char::to_lowercase)
                            .collect();
                        format!("Selon la note {k}-{p}-{j}, {first}{}", chars.as_str())
                    } else {
                        s.to_string()
                    }
                })
                .collect();
            text.push_str(&para.join(" "));
            text.push('\n');
        }
        std::fs::write(dir.join(format!("article-{k:05}.fr.txt")), text).expect("write");
    }
}

/// Runs `args` under `/usr/bin/time`: (wall seconds, max RSS in KB from `time`, stderr).
fn timed(work: &Path, env: &[(&str, &str)], args: &[&str]) -> (f64, u64, String) {
    let report = work.join("time.txt");
    let started = Instant::now();
    let out = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%e %M")
        .arg("-o")
        .arg(&report)
        .arg(BIN)
        .args(args)
        .current_dir(work)
        .envs(env.iter().copied())
        .env("PASSERELLE_CACHE_DIR", work.join("cache"))
        .stdout(Stdio::null())
        .output()
        .expect("/usr/bin/time runs");
    let secs = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{args:?} failed: {stderr}");
    let t = std::fs::read_to_string(&report).expect("time report");
    let mut it = t.split_whitespace().skip(1);
    let rss: u64 = it.next().and_then(|s| s.parse().ok()).expect("max RSS");
    (secs, rss, stderr)
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn runs(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(default)
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let work = tempfile::tempdir().expect("tempdir");
    let w = work.path();
    std::fs::write(
        w.join("passerelle.toml"),
        "[backends.cat]\nkind = \"command\"\ncommand = [\"cat\"]\n",
    )
    .expect("config");
    let sentences = source_sentences();
    fn cat(dir: &str) -> Vec<&str> {
        vec![
            "brief",
            "-q",
            "--no-cache",
            "--config",
            "passerelle.toml",
            "-b",
            "cat",
            "-f",
            "json",
            "-o",
            "out",
            dir,
        ]
    }

    if !bench {
        generate(&w.join("few"), 5, &sentences);
        timed(w, &[], &cat("few"));
        assert_eq!(std::fs::read_dir(w.join("out")).expect("out").count(), 5);
        println!("pipeline bench: self-check passed (run with cargo bench for figures)");
        return;
    }

    println!(
        "{} source sentences; articles of 20 sentences in 5 paragraphs",
        sentences.len()
    );
    // 1. The pipeline without translation.
    for n in [1000usize, 4000] {
        let dir = format!("a{n}");
        generate(&w.join(&dir), n, &sentences);
        let bytes: u64 = std::fs::read_dir(w.join(&dir))
            .expect("dir")
            .map(|e| e.expect("entry").metadata().expect("meta").len())
            .sum();
        let mut secs = Vec::new();
        let mut rss = Vec::new();
        for _ in 0..runs("PIPELINE_RUNS", 3) {
            let _ = std::fs::remove_dir_all(w.join("out"));
            let (s, r, _) = timed(w, &[], &cat(&dir));
            secs.push(s);
            rss.push(r as f64);
        }
        let s = median(&mut secs);
        println!(
            "pipeline, no translation, {n} articles ({:.1} MB): median {s:.2} s ({:.0} articles/s; runs {:?} s), peak RSS median {:.1} MB (runs {:?} KB)",
            bytes as f64 / 1e6,
            n as f64 / s,
            secs,
            median(&mut rss.clone()) / 1024.0,
            rss,
        );
    }

    // 2. Apertium through Passerelle against the raw chain, same sentences, alternated.
    let has_apertium = Command::new("apertium")
        .arg("-l")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if !has_apertium {
        println!("apertium not installed: Apertium figures skipped");
        return;
    }
    generate(&w.join("a100"), 100, &sentences);
    let mut all = String::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(w.join("a100"))
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    for f in &files {
        let out = Command::new(BIN)
            .arg("segment")
            .arg(f)
            .output()
            .expect("segment runs");
        all.push_str(&String::from_utf8_lossy(&out.stdout));
    }
    std::fs::write(w.join("sentences.txt"), &all).expect("write");
    println!(
        "100 articles: {} sentences, {:.0} KB",
        all.lines().count(),
        all.len() as f64 / 1e3
    );
    let through = [
        "translate",
        "-q",
        "--no-cache",
        "-b",
        "apertium",
        "-f",
        "text",
        "--force",
        "-o",
        "out",
        "a100",
    ];
    let raw = || {
        let t = Instant::now();
        let ok = Command::new("sh")
            .arg("-c")
            .arg("apertium -u fr-es < sentences.txt | apertium -u spa-eng > /dev/null")
            .current_dir(w)
            .status()
            .expect("sh")
            .success();
        assert!(ok, "raw chain failed");
        t.elapsed().as_secs_f64()
    };
    let (mut p, mut r) = (Vec::new(), Vec::new());
    timed(w, &[], &through); // warm-up: page cache, Apertium's files
    for _ in 0..runs("APERTIUM_RUNS", 5) {
        p.push(timed(w, &[], &through).0);
        r.push(raw());
    }
    let (pm, rm) = (median(&mut p.clone()), median(&mut r.clone()));
    println!(
        "apertium, 100 articles: passerelle median {pm:.2} s (runs {p:?}), raw chain median {rm:.2} s (runs {r:?}), ratio {:.3}",
        pm / rm
    );

    // 3. The translation memory: first run on an empty cache, second run from it, over 100
    // articles whose sentences are all distinct.
    generate_with(&w.join("d100"), 100, &sentences, true);
    let cached = [
        "translate",
        "-q",
        "-b",
        "apertium",
        "-f",
        "text",
        "--force",
        "-o",
        "out",
        "d100",
    ];
    let mut ratios = Vec::new();
    for _ in 0..runs("CACHE_RUNS", 3) {
        let _ = std::fs::remove_dir_all(w.join("cache"));
        let (first, _, _) = timed(w, &[], &cached);
        let (second, _, log) = timed(w, &[("PASSERELLE_LOG", "passerelle=debug")], &cached);
        let (mut hit, mut total) = (0usize, 0usize);
        for line in log.lines().filter(|l| l.contains("texts from the cache")) {
            let nums: Vec<usize> = line
                .split_whitespace()
                .filter_map(|w| w.parse().ok())
                .collect();
            if let [h, t, ..] = nums[..] {
                hit += h;
                total += t;
            }
        }
        assert!(
            total > 0 && hit == total,
            "second run: {hit} of {total} from the cache"
        );
        println!(
            "cache: first run {first:.2} s, second {second:.3} s ({hit} of {total} texts from the cache, no backend call), speed-up {:.0}×",
            first / second
        );
        ratios.push(first / second);
    }
    println!("cache speed-up median {:.0}×", median(&mut ratios));
}
