//! Summary and headline benchmark (issue 18): what the brief's headline and summary do on the
//! sample article and on made-up articles (`tests/fixtures/summary/`), and how long the brief
//! of a 1,000-word article takes without translation.
//!
//! For each article: its segments, the headline (the segment that holds it, or none), the
//! summary's segment ids, whether the lead is in it, how many summary sentences need an
//! antecedent that is not shown (must be 0), and how many are plain facts (no claim) against
//! the article's share. The articles are segmented by the real segmenter; with no backend, each
//! segment's "translation" is its French.
//!
//! Timing: read + decode + segment + brief (claims, headline, summary) + Markdown render of an
//! article of at least 1,000 words (the made-up articles and the sample, end to end), median of
//! 21 runs after a warm-up. Without `--bench` (as `cargo test` runs it) it runs once.
//!
//! Run: `cargo bench --profile dev --bench summary` (the dev profile reuses the prebuilt
//! dependencies; see BENCHMARKS.md, "Summary and headline").

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use passerelle::brief::antecedent::needs_antecedent;
use passerelle::document::{decode, Document};
use passerelle::model::{AlignedDocument, AlignedSegment, Brief};
use passerelle::render::{self, Format};
use passerelle::segment::segment_document;
use passerelle::translate::BackendInfo;

const SUMMARY_LEN: usize = 5;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The aligned document of `doc` with no translation (each English is the French).
fn aligned(doc: &Document) -> AlignedDocument {
    AlignedDocument {
        source: doc.name.clone(),
        metadata: doc.metadata.clone(),
        backend: BackendInfo {
            name: "none".into(),
            kind: "none".into(),
            detail: String::new(),
        },
        segments: segment_document(doc)
            .into_iter()
            .map(|s| AlignedSegment {
                id: s.id,
                paragraph: s.paragraph,
                span: [s.span.start, s.span.end],
                en: s.text.clone(),
                fr: s.text,
                glossary: vec![],
                qa: vec![],
            })
            .collect(),
    }
}

fn brief_of(path: &Path) -> Brief {
    let bytes = std::fs::read(path).expect("article");
    let doc = decode(&path.display().to_string(), &bytes).expect("decodes");
    passerelle::brief::build(aligned(&doc), SUMMARY_LEN)
}

/// One line of the report for `brief`.
fn report(name: &str, brief: &Brief) {
    let segments = &brief.document.segments;
    let headline = brief.headline.as_ref();
    let headline_id = headline.and_then(|h| h.segment);
    let claimed = |id: usize| brief.claims.iter().any(|c| c.segment == id);
    // The lead: the first sentence that is neither the headline nor a line without a period.
    let lead = segments
        .iter()
        .find(|s| {
            Some(s.id) != headline_id && !passerelle::brief::headline::is_title_line(&s.fr, false)
        })
        .map(|s| s.id);
    let shown = |id: usize| brief.summary.contains(&id) || Some(id) == headline_id;
    let orphans = brief
        .summary
        .iter()
        .filter(|&&id| {
            let s = &segments[id - 1];
            needs_antecedent(&s.fr)
                && !(id > 1 && shown(id - 1))
                && !(id == lead.unwrap_or(0) && headline.is_some())
        })
        .count();
    let facts = brief.summary.iter().filter(|&&id| !claimed(id)).count();
    let article_facts = segments.iter().filter(|s| !claimed(s.id)).count();
    println!(
        "| {name} | {} | {} | {:?} | {} | {orphans} | {facts} of {} | {article_facts} of {} |",
        segments.len(),
        match (headline_id, headline) {
            (Some(id), _) => format!("§{id}"),
            (None, Some(_)) => "metadata".into(),
            (None, None) => "none".into(),
        },
        brief.summary,
        match lead {
            Some(id) if brief.summary.contains(&id) => "yes",
            Some(_) => "no",
            None => "-",
        },
        brief.summary.len(),
        segments.len(),
    );
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let fixtures = root().join("tests/fixtures");
    let mut articles: Vec<PathBuf> = std::fs::read_dir(fixtures.join("summary"))
        .expect("made-up articles")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    articles.sort();
    articles.insert(0, fixtures.join("ukraine-chine-2022-03.fr.txt"));

    println!("| article | segments | headline | summary (ids) | lead in | orphans | plain facts in summary | plain facts in article |");
    println!("|---|---|---|---|---|---|---|---|");
    // The sample as the golden briefs have it (a hand-aligned document).
    let text = std::fs::read_to_string(fixtures.join("ukraine-chine-2022-03.aligned.json"))
        .expect("aligned sample");
    let doc: AlignedDocument = serde_json::from_str(&text).expect("aligned document");
    report(
        "sample, aligned fixture",
        &passerelle::brief::build(doc, SUMMARY_LEN),
    );
    for path in &articles {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        report(&name, &brief_of(path));
    }
    let show = std::env::args().any(|a| a == "--show");
    for path in &articles {
        let brief = brief_of(path);
        let title = brief
            .headline
            .as_ref()
            .map_or("(none)".to_string(), |h| h.fr.clone());
        println!(
            "{}: headline {title}",
            path.file_name().unwrap().to_string_lossy()
        );
        if show {
            for s in &brief.document.segments {
                let mark = if brief.summary.contains(&s.id) {
                    "S"
                } else {
                    " "
                };
                let claim = if brief.claims.iter().any(|c| c.segment == s.id) {
                    "c"
                } else {
                    " "
                };
                let dep = if needs_antecedent(&s.fr) { "d" } else { " " };
                let text: String = s.fr.chars().take(90).collect();
                println!(
                    "  {mark}{claim}{dep} {:>2} ¶{:<2} {text}",
                    s.id, s.paragraph
                );
            }
        }
    }

    // A 1,000-word article: every article's paragraphs, end to end, the header dropped.
    let mut long = String::new();
    while long.split_whitespace().count() < 1_000 {
        for path in &articles {
            let doc = decode("a", &std::fs::read(path).expect("article")).expect("decodes");
            let body = &doc.text[doc.paragraphs[0].start..];
            long.push_str(body.trim());
            long.push_str("\n\n");
        }
    }
    let words = long.split_whitespace().count();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("long.fr.txt");
    std::fs::write(&path, &long).expect("write");
    let once = || {
        let brief = brief_of(&path);
        let mut out = Vec::new();
        render::render_brief(&brief, Format::Markdown, &mut out).expect("renders");
        (brief.document.segments.len(), out.len())
    };
    let (segments, bytes) = once();
    // Where the time goes, on one run.
    let t = Instant::now();
    let doc = decode("long", long.as_bytes()).expect("decodes");
    let aligned_doc = aligned(&doc);
    let t_segment = t.elapsed();
    let t = Instant::now();
    let claims = passerelle::brief::claims::find_claims(&aligned_doc);
    let t_claims = t.elapsed();
    let t = Instant::now();
    let headline = passerelle::brief::headline::find(&aligned_doc);
    let _ = passerelle::brief::summary::rank(&aligned_doc, &claims, headline.as_ref(), SUMMARY_LEN);
    let t_summary = t.elapsed();
    println!(
        "one run: decode + segment {:.1} ms, claims {:.1} ms, headline + summary {:.1} ms",
        t_segment.as_secs_f64() * 1e3,
        t_claims.as_secs_f64() * 1e3,
        t_summary.as_secs_f64() * 1e3
    );
    let runs = if bench { 21 } else { 1 };
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            once();
            t.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "brief of a {words}-word article ({segments} segments, {bytes} bytes of Markdown), \
         read + segment + brief + render, no translation: median {:.1} ms, best {:.1} ms, worst {:.1} ms over {runs} runs",
        times[runs / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[runs - 1].as_secs_f64() * 1e3,
    );
}
