//! `passerelle segment`: the French sentences of an article, one per line, or JSON with
//! their ids, paragraphs and byte spans.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::inputs::Input;
use super::outputs::{self, Plan};
use super::ExitCode;

const HELP: &str = "\
Shows how Passerelle splits an article into the sentences it translates: one sentence per
line (line breaks inside a sentence shown as spaces), or JSON with each sentence's id,
paragraph and byte span in the input.

Examples:
  passerelle segment article.fr.txt
  passerelle segment article.fr.txt | wc -l            how many sentences
  passerelle segment --format json article.fr.txt
  cat article.fr.txt | passerelle segment -";

/// What `segment` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SegmentFormat {
    /// One sentence per line.
    Text,
    /// A JSON array of {id, paragraph, span, text}.
    Json,
}

/// Arguments of `passerelle segment`.
#[derive(Debug, Args)]
#[command(after_help = HELP)]
pub struct SegmentArgs {
    /// Input file (`-` for stdin).
    #[arg(value_name = "INPUT")]
    pub input: String,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = SegmentFormat::Text)]
    pub format: SegmentFormat,
    /// Same as `--format json`.
    #[arg(long, hide = true)]
    pub json: bool,
    /// Write to this file instead of stdout.
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Overwrite the output file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// Runs `passerelle segment`.
pub fn run(args: SegmentArgs) -> anyhow::Result<ExitCode> {
    let json = args.json || args.format == SegmentFormat::Json;
    let input = [Input::named(&args.input)];
    let plan = outputs::plan(
        &input,
        args.output.as_deref(),
        if json { "json" } else { "txt" },
        false,
        args.force,
    )?;
    let doc = crate::document::read_input(&args.input)?;
    let segments = crate::segment::segment_document(&doc);
    let mut buf = Vec::new();
    if json {
        let spans: Vec<_> = segments.iter().map(|s| s.span.clone()).collect();
        let rows: Vec<_> = segments
            .iter()
            .zip(doc.input_spans(&spans))
            .map(|(s, span)| {
                serde_json::json!({"id": s.id, "paragraph": s.paragraph,
                    "span": span, "text": s.text})
            })
            .collect();
        serde_json::to_writer_pretty(&mut buf, &rows)?;
        writeln!(buf)?;
    } else {
        for s in &segments {
            writeln!(buf, "{}", s.text.replace(['\n', '\r'], " "))?;
        }
    }
    match plan {
        Plan::File(path) | Plan::JsonlFile(path) => crate::render::write_atomic(&path, &buf)?,
        Plan::Files(files) => {
            for file in files {
                outputs::write_under_dir(&file, &buf, args.force)?;
            }
        }
        Plan::Stdout => {
            let mut out = std::io::stdout().lock();
            out.write_all(&buf).and_then(|()| out.flush())?;
        }
    }
    Ok(ExitCode::Success)
}
