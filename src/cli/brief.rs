//! `passerelle brief`: the bilingual brief (summary, key claims, aligned text, QA findings),
//! through the same article loop as `translate`.

use clap::Args;

use super::inputs::BatchArgs;
use super::translate::{run_articles, Job};
use super::{CommonArgs, ExitCode};
use crate::render::Format;

const HELP: &str = "\
The brief holds a short summary (the article's most informative sentences, in English with
the French beneath), the key claims (who said what, how firmly, and in which sentence), the
aligned text, and the QA findings on the translation.

Examples:
  passerelle brief article.fr.txt                       Markdown brief on stdout
  passerelle brief --format html -o brief.html article.fr.txt
  passerelle brief --format json --summary 3 article.fr.txt
  passerelle brief -o briefs/ monday/*.txt              one briefs/NAME.md per article
  passerelle brief -o briefs/ archive/                  briefs/ mirrors archive/**/*.txt
  passerelle brief -f jsonl --jsonl feed.jsonl -o briefs.jsonl

Formats: markdown (default), json, html, text, tmx, xliff, jsonl.
Many articles at once: see `passerelle translate --help`.
Exit codes: 0 success; 1 some inputs failed (each reported, the others written); 2 usage,
config or input error (nothing written); 3 backend unavailable or failed.";

/// Arguments of `passerelle brief`.
#[derive(Debug, Args)]
#[command(after_help = HELP)]
pub struct BriefArgs {
    /// Inputs: French articles (UTF-8 or UTF-16 with BOM), directories of them (walked
    /// recursively, see --glob), or `-` for stdin.
    #[arg(required_unless_present_any = ["jsonl", "feed"], value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Output format (`jsonl`: one JSON object a line, all articles in one stream).
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    /// How many sentences the summary holds.
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub summary: usize,
    /// Which articles, and how many at a time.
    #[command(flatten)]
    pub batch: BatchArgs,
    /// Options shared with `translate`.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Runs `passerelle brief`.
pub fn run(args: BriefArgs) -> anyhow::Result<ExitCode> {
    run_articles(
        &args.inputs,
        &args.batch,
        args.format,
        &args.common,
        Job::Brief {
            summary: args.summary,
        },
    )
}
