//! `passerelle segment`: the French sentences of articles, one per line, or JSON with their
//! ids, paragraphs and byte spans. Inputs are found and read as `translate` finds and reads
//! them ([`super::inputs`], [`crate::intake`]: directories, URLs, HTML pages, encodings), and
//! their outputs go where `translate`'s would ([`super::outputs`]); an input that cannot be
//! read is reported and the others go on (exit 1).

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::inputs;
use super::outputs::{self, Plan};
use super::{code_of, ExitCode, IntakeArgs};
use crate::document::Document;

const HELP: &str = "\
Shows how Passerelle splits an article into the sentences it translates: one sentence per
line (line breaks inside a sentence shown as spaces), or JSON with each sentence's id,
paragraph and byte span in the input. Inputs are read as `translate` reads them: files,
directories (see --glob), URLs, `-` for stdin, HTML pages (their article's text; the spans
are then in the extracted text), any encoding (--encoding).

With several inputs on stdout, a blank line separates the articles (text), or every sentence
is one element of a single JSON array, its `source` naming its article (json); with -o DIR,
one file per input.

Examples:
  passerelle segment article.fr.txt
  passerelle segment article.fr.txt | wc -l            how many sentences
  passerelle segment --format json article.fr.txt
  passerelle segment page.html https://example.org/article.html
  passerelle segment -f json -o sentences/ articles/  one sentences/NAME.json per article
  cat article.fr.txt | passerelle segment -

Exit codes: 0 success; 1 some inputs failed (each reported, the others written); 2 usage or
input error (nothing written).";

/// What `segment` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SegmentFormat {
    /// One sentence per line.
    Text,
    /// A JSON array of {id, paragraph, span, text, source}.
    Json,
}

/// Arguments of `passerelle segment`.
#[derive(Debug, Args)]
#[command(after_help = HELP)]
pub struct SegmentArgs {
    /// Inputs: French articles, directories of them (walked recursively, see --glob), URLs,
    /// or `-` for stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = SegmentFormat::Text)]
    pub format: SegmentFormat,
    /// Same as `--format json`.
    #[arg(long, hide = true)]
    pub json: bool,
    /// Write to this file instead of stdout. With several inputs, a directory that receives
    /// one file per input, as with `translate`.
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Overwrite output files that already exist.
    #[arg(long)]
    pub force: bool,
    /// With a directory input: which files to take, a glob matched against their path below
    /// the directory (default `*.txt`).
    #[arg(long, value_name = "GLOB")]
    pub glob: Option<String>,
    /// How the inputs are read.
    #[command(flatten)]
    pub intake: IntakeArgs,
}

/// Runs `passerelle segment`.
pub fn run(args: SegmentArgs) -> anyhow::Result<ExitCode> {
    let json = args.json || args.format == SegmentFormat::Json;
    let opts = args.intake.options()?;
    let output = args.output.as_deref().filter(|o| o.as_os_str() != "-");
    let list = inputs::discover(&args.inputs, &[], args.glob.as_deref(), output)?;
    let plan = outputs::plan(
        &list,
        output,
        if json { "json" } else { "txt" },
        false,
        args.force,
    )?;
    // One input's error is the run's (exit 2); with several, each is reported and the others
    // go on.
    let single = list.len() == 1;
    let mut failures: Vec<ExitCode> = Vec::new();
    let mut fail = |e: crate::Error| -> anyhow::Result<()> {
        if single {
            return Err(e.into());
        }
        eprintln!("passerelle: {e}");
        failures.push(code_of(&e));
        Ok(())
    };
    // On stdout or into one file, the articles read make one document, written at the end.
    let mut read: Vec<Document> = Vec::new();
    let mut done = 0usize;
    for (i, input) in list.iter().enumerate() {
        let doc = match input.read(&opts) {
            Ok(doc) => doc,
            Err(e) => {
                fail(e)?;
                continue;
            }
        };
        match &plan {
            Plan::Files(files) => {
                let bytes = render(std::slice::from_ref(&doc), json)?;
                match outputs::write_under_dir(&files[i], &bytes, args.force) {
                    Ok(_) => done += 1,
                    Err(e) => fail(e)?,
                }
            }
            Plan::Stdout | Plan::File(_) | Plan::JsonlFile(_) => {
                read.push(doc);
                done += 1;
            }
        }
    }
    if !read.is_empty() {
        let bytes = render(&read, json)?;
        match plan {
            Plan::File(path) | Plan::JsonlFile(path) => crate::render::write_atomic(&path, &bytes)?,
            Plan::Stdout => stdout(&bytes)?,
            Plan::Files(_) => {}
        }
    }
    Ok(match (failures.iter().max(), done) {
        (None, _) => ExitCode::Success,
        (Some(_), d) if d > 0 => ExitCode::Partial,
        (Some(&worst), _) => worst,
    })
}

/// The sentences of `docs`: one per line, a blank line between articles; or one JSON array
/// of every article's sentences, each naming its article in `source`.
fn render(docs: &[Document], json: bool) -> anyhow::Result<Vec<u8>> {
    let mut buf = Vec::new();
    if json {
        let mut rows = Vec::new();
        for doc in docs {
            let segments = crate::segment::segment_document(doc);
            let spans: Vec<_> = segments.iter().map(|s| s.span.clone()).collect();
            rows.extend(
                segments
                    .iter()
                    .zip(doc.input_spans(&spans))
                    .map(|(s, span)| {
                        serde_json::json!({"id": s.id, "paragraph": s.paragraph,
                    "span": span, "text": s.text, "source": doc.name})
                    }),
            );
        }
        serde_json::to_writer_pretty(&mut buf, &rows)?;
        writeln!(buf)?;
    } else {
        for (i, doc) in docs.iter().enumerate() {
            if i > 0 {
                writeln!(buf)?;
            }
            for s in crate::segment::segment_document(doc) {
                writeln!(buf, "{}", s.text.replace(['\n', '\r'], " "))?;
            }
        }
    }
    Ok(buf)
}

/// Writes `bytes` to stdout.
fn stdout(bytes: &[u8]) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes).and_then(|()| out.flush())
}
