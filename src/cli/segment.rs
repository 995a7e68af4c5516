//! `passerelle segment`: one sentence per line, or JSON with spans.

use std::io::Write;

use clap::Args;

use super::ExitCode;

/// Arguments of `passerelle segment`.
#[derive(Debug, Args)]
pub struct SegmentArgs {
    /// Input file (`-` for stdin).
    pub input: String,
    /// Write JSON (id, paragraph, span, text) instead of one sentence per line.
    #[arg(long)]
    pub json: bool,
}

/// Runs `passerelle segment`.
pub fn run(args: SegmentArgs) -> anyhow::Result<ExitCode> {
    let doc = crate::document::read_input(&args.input)?;
    let segments = crate::segment::segment_document(&doc);
    let mut out = std::io::stdout().lock();
    if args.json {
        let rows: Vec<_> = segments
            .iter()
            .map(|s| {
                serde_json::json!({"id": s.id, "paragraph": s.paragraph,
                    "span": [s.span.start, s.span.end], "text": s.text})
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &rows)?;
        writeln!(out)?;
    } else {
        for s in &segments {
            writeln!(out, "{}", s.text)?;
        }
    }
    Ok(ExitCode::Success)
}
