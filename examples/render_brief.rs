//! Renders the brief of a saved aligned document (the JSON of `passerelle translate --format
//! json`) in any format, without a backend:
//! `cargo run --example render_brief -- tests/fixtures/ukraine-chine-2022-03.aligned.json html`.
//! Also used to time claim extraction and rendering (see BENCHMARKS.md).

use std::io::Write;
use std::time::Instant;

use clap::ValueEnum;
use passerelle::model::AlignedDocument;
use passerelle::render::{self, Format};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or_else(|| {
        anyhow::anyhow!("usage: render_brief ALIGNED.json [FORMAT] [REPEAT] [COPIES]")
    })?;
    let format = match args.next() {
        Some(f) => Format::from_str(&f, true).map_err(|e| anyhow::anyhow!("{f}: {e}"))?,
        None => Format::Markdown,
    };
    let repeat: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(0);
    let copies: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(1);
    let text = std::fs::read_to_string(&path).map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
    let mut doc: AlignedDocument =
        serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
    // COPIES > 1 repeats the article's segments to measure how the brief scales.
    let original = doc.segments.clone();
    for copy in 1..copies.max(1) {
        for s in &original {
            let mut s = s.clone();
            s.id += copy * original.len();
            s.paragraph += copy * original.len();
            doc.segments.push(s);
        }
    }
    if repeat > 0 {
        let start = Instant::now();
        let mut bytes = 0;
        for _ in 0..repeat {
            let brief = passerelle::brief::build(doc.clone(), 5);
            let mut out = Vec::new();
            render::render_brief(&brief, format, &mut out)?;
            bytes += out.len();
        }
        let per = start.elapsed() / repeat as u32;
        let t = Instant::now();
        let claims = passerelle::brief::claims::find_claims(&doc);
        let claims_time = t.elapsed();
        let t = Instant::now();
        let headline = passerelle::brief::headline::find(&doc);
        let _ = passerelle::brief::summary::rank(&doc, &claims, headline.as_ref(), 5);
        eprintln!(
            "  of which claims {:?}, summary {:?}",
            claims_time,
            t.elapsed()
        );
        eprintln!(
            "{} segments: brief + {:?} render {:?} per run over {repeat} runs ({} bytes each)",
            doc.segments.len(),
            format,
            per,
            bytes / repeat
        );
        return Ok(());
    }
    let brief = passerelle::brief::build(doc, 5);
    let mut out = Vec::new();
    render::render_brief(&brief, format, &mut out)?;
    std::io::stdout().write_all(&out)?;
    Ok(())
}
