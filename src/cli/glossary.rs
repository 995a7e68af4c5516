//! `passerelle glossary`: lint glossary files (`check`); show the terms found in an article,
//! with their segment and the rule that matched them (`show`).

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::ExitCode;
use crate::config::Config;
use crate::glossary::{enforce, lint, load};

/// The `glossary` subcommands.
#[derive(Debug, Subcommand)]
pub enum GlossaryCommand {
    /// Lint glossary files: duplicates, conflicts, empty fields, shadowed entries.
    ///
    /// With no PATHS, lints the shipped glossaries. Problems go to stdout, one per line
    /// (`file:line: check: message`), every problem of every file; exit code 1 when there are
    /// any, 2 when a file cannot be read.
    #[command(after_help = "Examples:
  passerelle glossary check                        lint the shipped glossaries
  passerelle glossary check my-terms.tsv           lint one file
  passerelle glossary check --with-shipped my-terms.tsv team.csv
                                                   also report what they override")]
    Check(CheckArgs),
    /// Show every glossary term found in an article: its segment, the English it requires,
    /// the rule that matched it and the glossary line it comes from.
    ///
    /// One line per hit, tab-separated under a header row: segment id, text as found,
    /// English, kind, rule, origin (`file:line`); `--json` writes the same as an array of
    /// objects.
    #[command(after_help = "Examples:
  passerelle glossary show article.fr.txt
  passerelle glossary show -g my-terms.tsv article.fr.txt
  passerelle glossary show --json article.fr.txt | jq '.[].en'
  cat article.fr.txt | passerelle glossary show -")]
    Show(ShowArgs),
}

/// Arguments of `passerelle glossary check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Glossary files (.tsv, .csv, .tbx) in load order; later files win.
    pub paths: Vec<PathBuf>,
    /// Also load the shipped glossaries first, to report entries of PATHS that override or
    /// shadow shipped ones.
    #[arg(long)]
    pub with_shipped: bool,
}

/// Arguments of `passerelle glossary show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Input article (`-` for stdin).
    pub input: String,
    /// Add a glossary file (repeatable); its entries win over the shipped ones.
    #[arg(long, short = 'g')]
    pub glossary: Vec<PathBuf>,
    /// Do not load the shipped glossaries.
    #[arg(long)]
    pub no_default_glossary: bool,
    /// Config file whose `glossaries` are added before `--glossary` files.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Write JSON instead of one line per hit.
    #[arg(long)]
    pub json: bool,
}

/// Runs `passerelle glossary`.
pub fn run(command: GlossaryCommand) -> anyhow::Result<ExitCode> {
    match command {
        GlossaryCommand::Check(args) => check(args),
        GlossaryCommand::Show(args) => show(args),
    }
}

fn check(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let mut files = Vec::new();
    if args.paths.is_empty() || args.with_shipped {
        files.extend(load::shipped()?);
    }
    // Every file is read to the end: each bad row is a problem, the good rows are linted.
    let mut problems: Vec<String> = Vec::new();
    let mut unreadable = false;
    for path in &args.paths {
        let (entries, errors) = load::read_file_all(path);
        for e in errors {
            if let crate::Error::Glossary {
                path,
                line,
                message,
            } = &e
            {
                if *line == 0 {
                    unreadable |= entries.is_empty();
                    problems.push(format!("{}: unreadable: {message}", path.display()));
                } else {
                    problems.push(format!("{}:{line}: invalid: {message}", path.display()));
                }
            } else {
                problems.push(e.to_string());
            }
        }
        files.push((path.clone(), entries));
    }
    let findings = lint::lint(&files);
    let mut out = std::io::stdout().lock();
    for p in &problems {
        writeln!(out, "{p}")?;
    }
    for f in &findings {
        writeln!(out, "{f}")?;
    }
    let entries: usize = files.iter().map(|(_, e)| e.len()).sum();
    let total = problems.len() + findings.len();
    eprintln!(
        "glossary check: {} in {}, {}",
        count(entries, "entry", "entries"),
        count(files.len(), "file", "files"),
        count(total, "problem", "problems"),
    );
    Ok(if unreadable {
        ExitCode::Usage
    } else if total == 0 {
        ExitCode::Success
    } else {
        ExitCode::Partial
    })
}

/// `1 entry`, `2 entries`.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn show(args: ShowArgs) -> anyhow::Result<ExitCode> {
    let loaded = Config::load_with(args.config.as_deref(), &super::process_env)?;
    for w in &loaded.warnings {
        eprintln!("passerelle: warning: {w}");
    }
    let file = loaded.file.map(|f| f.path);
    let files = loaded
        .config
        .glossary_files(file.as_deref(), &args.glossary);
    let glossary = load::load_for_run(&files, !args.no_default_glossary)?;
    for w in &glossary.warnings {
        eprintln!("passerelle: {w}");
    }
    // Read as `translate` reads it: HTML detected, encodings, URLs.
    let doc = crate::intake::read_path(&args.input, &crate::intake::Options::default())?.document;
    let segments = crate::segment::segment_document(&doc);
    let mut rows = Vec::new();
    for seg in &segments {
        for hit in crate::glossary::matcher::find(&glossary, &seg.text) {
            let e = &glossary.entries[hit.entry];
            rows.push(serde_json::json!({
                "segment": seg.id,
                "span": [hit.start, hit.end],
                "text": &seg.text[hit.start..hit.end],
                "fr": e.fr,
                "en": enforce::english(&glossary, &seg.text, &hit),
                "kind": e.kind,
                "rule": hit.rule(),
                "origin": e.origin,
            }));
        }
    }
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &rows)?;
        writeln!(out)?;
    } else {
        writeln!(out, "segment\ttext\ten\tkind\trule\torigin")?;
        for r in &rows {
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}",
                r["segment"],
                r["text"].as_str().unwrap_or_default(),
                r["en"].as_str().unwrap_or_default(),
                r["kind"].as_str().unwrap_or_default(),
                r["rule"].as_str().unwrap_or_default(),
                r["origin"].as_str().unwrap_or_default(),
            )?;
        }
    }
    let mut terms: Vec<&str> = rows.iter().filter_map(|r| r["fr"].as_str()).collect();
    terms.sort_unstable();
    terms.dedup();
    eprintln!(
        "glossary: {} of {} in {} ({} loaded)",
        count(rows.len(), "hit", "hits"),
        count(terms.len(), "term", "terms"),
        count(segments.len(), "segment", "segments"),
        count(glossary.len(), "entry", "entries"),
    );
    Ok(ExitCode::Success)
}
