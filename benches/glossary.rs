//! Glossary matching throughput: a 10,000-entry glossary (the shipped one plus generated
//! entries) over a 1 MB French article (the sample article's sentences interleaved with
//! generated sentences that mention generated terms). Prints the figures; no assertion.
//!
//! Run: `cargo bench --bench glossary` (see BENCHMARKS.md, "Glossary matching").

use std::time::{Duration, Instant};

use passerelle::glossary::{enforce, load, matcher, verify, Entry, Glossary};

const ENTRIES: usize = 10_000;
const ARTICLE_BYTES: usize = 1_000_000;
const RUNS: usize = 5;

fn word(rng: &mut fastrand::Rng, capital: bool) -> String {
    const SYLLABLES: &[&str] = &[
        "ba", "ké", "lo", "min", "tra", "vé", "sou", "rel", "ga", "dan", "pi", "chon", "ré", "mau",
        "zel", "tin", "ko", "lu", "sar", "né",
    ];
    let n = rng.usize(2..4);
    let mut w: String = (0..n)
        .map(|_| SYLLABLES[rng.usize(..SYLLABLES.len())])
        .collect();
    if capital {
        let mut c = w.chars();
        if let Some(f) = c.next() {
            w = f.to_uppercase().chain(c).collect();
        }
    }
    w
}

fn glossary(rng: &mut fastrand::Rng) -> Glossary {
    let mut entries: Vec<Entry> = load::shipped()
        .expect("shipped glossary")
        .into_iter()
        .flat_map(|(_, e)| e)
        .collect();
    let mut seen: std::collections::HashSet<String> =
        entries.iter().map(|e| e.fr.clone()).collect();
    while entries.len() < ENTRIES {
        let (fr, kind) = match rng.usize(..4) {
            0 => (format!("{} {}", word(rng, true), word(rng, true)), "person"),
            1 => (word(rng, true), "place"),
            2 => (
                format!("{} de la {}", word(rng, false), word(rng, false)),
                "title",
            ),
            _ => (
                format!("Conseil {} de {}", word(rng, false), word(rng, true)),
                "organization",
            ),
        };
        if seen.insert(fr.clone()) {
            entries.push(Entry {
                en: format!("en {fr}"),
                fr,
                kind: kind.into(),
                note: String::new(),
                origin: "bench".into(),
            });
        }
    }
    Glossary::from_entries(entries)
}

fn article(rng: &mut fastrand::Rng, g: &Glossary) -> Vec<String> {
    let sample = include_str!("../tests/fixtures/ukraine-chine-2022-03.fr.txt");
    let sample: Vec<&str> = sample
        .split(['.', '\n'])
        .map(str::trim)
        .filter(|s| s.len() > 20)
        .collect();
    let mut sentences = Vec::new();
    let mut bytes = 0;
    while bytes < ARTICLE_BYTES {
        let s = if rng.bool() {
            format!("{}.", sample[rng.usize(..sample.len())])
        } else {
            let a = &g.entries[rng.usize(..g.entries.len())].fr;
            let b = &g.entries[rng.usize(..g.entries.len())].fr;
            format!(
                "Selon l'{} de {}, le {} a rencontré d'{} à {} la semaine dernière.",
                word(rng, false),
                a,
                word(rng, false),
                b,
                word(rng, true)
            )
        };
        bytes += s.len() + 1;
        sentences.push(s);
    }
    sentences
}

fn best(mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut n = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        n = std::hint::black_box(f());
        best = best.min(t.elapsed());
    }
    (best, n)
}

fn main() {
    let mut rng = fastrand::Rng::with_seed(2022);
    let g = glossary(&mut rng);
    let sentences = article(&mut rng, &g);
    let text = sentences.join(" ");
    let mb = text.len() as f64 / 1e6;

    let t = Instant::now();
    let patterns = g.matcher().pattern_count();
    let build = t.elapsed();
    println!(
        "glossary: {} entries, {patterns} patterns (with plural/feminine forms); automaton built in {:.1} ms",
        g.len(),
        build.as_secs_f64() * 1e3
    );
    println!("article: {:.2} MB, {} sentences", mb, sentences.len());

    let (d, hits) = best(|| matcher::find(&g, &text).len());
    println!(
        "match whole text:   {:>7.1} ms  ({:.1} MB/s, {hits} hits)  best of {RUNS}",
        d.as_secs_f64() * 1e3,
        mb / d.as_secs_f64()
    );

    let (d, hits) = best(|| sentences.iter().map(|s| matcher::find(&g, s).len()).sum());
    println!(
        "match per sentence: {:>7.1} ms  ({:.1} MB/s, {hits} hits)  best of {RUNS}",
        d.as_secs_f64() * 1e3,
        mb / d.as_secs_f64()
    );

    let (d, tokens) = best(|| {
        sentences
            .iter()
            .map(|s| {
                let hits = matcher::find(&g, s);
                let p = enforce::protect(&g, s, &hits);
                let back = enforce::restore(&p.text, &p);
                verify::verify(&g, &hits, &back).len()
            })
            .sum()
    });
    println!(
        "find + protect + restore + verify per sentence: {:>7.1} ms  ({tokens} term checks)  best of {RUNS}",
        d.as_secs_f64() * 1e3
    );
}
