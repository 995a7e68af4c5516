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
    let path = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: render_brief ALIGNED.json [FORMAT] [REPEAT]"))?;
    let format = match args.next() {
        Some(f) => Format::from_str(&f, true).map_err(|e| anyhow::anyhow!("{f}: {e}"))?,
        None => Format::Markdown,
    };
    let repeat: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(0);
    let text = std::fs::read_to_string(&path).map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
    let doc: AlignedDocument =
        serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
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
