//! `passerelle translate`: aligned French/English output. Also what `brief` shares
//! ([`run_articles`]): the flags resolved into the engine's settings, the inputs found, the
//! outputs planned, then [`crate::run::Engine::run`] with a sink that writes each output where
//! the plan says, shows progress and warnings on stderr, and counts what became of each
//! article for the summary line and the exit code. The pipeline itself is the engine's.

use std::io::Write;
use std::ops::ControlFlow;
use std::time::Instant;

use clap::{Args, ValueEnum};

use super::inputs::{self, BatchArgs};
use super::outputs::{self, Plan, Written};
use super::progress::Progress;
use super::{code_of, CommonArgs, ExitCode};
use crate::render::{self, plural_s, Format};
use crate::run::{Engine, Event, Job, Output, Sink};

const HELP: &str = "\
Each input is split into sentences, the glossary's names and terms are protected, and the
sentences go to the translation backend in batches. The output pairs every French sentence
with its English translation, paragraph by paragraph.

Examples:
  passerelle translate article.fr.txt
      Markdown on stdout, with the default backend (marian unless configured: local
      neural translation, its 300 MB model downloaded on first use)
  passerelle translate --backend apertium article.fr.txt     no download, no service
  passerelle translate --backend apertium --format json -o article.json article.fr.txt
  passerelle translate --format text article.fr.txt          the English alone
  passerelle translate -o out/ monday/*.txt                  one out/NAME.md per article
  passerelle translate -o out/ articles/                     out/ mirrors articles/**/*.txt
  passerelle translate --glob '*.fr' -f json -o out/ articles/
  passerelle translate --format jsonl --jsonl feed.jsonl > translated.jsonl
  curl -s https://example.org/a.txt | passerelle translate -
  passerelle translate --glossary my-terms.tsv article.fr.txt

Formats: markdown (default), json, text, html, tmx, xliff, jsonl.

Many articles: their sentences are pooled into the backend's batches, a window of articles
at a time (--window), and each output is written as its window completes. Translations are
kept in the translation memory as each batch completes, so an interrupted run, run again,
translates only what is missing; under -o DIR an article whose output is already there is
not translated again and its file is kept (--force redoes it). Several inputs go to a
directory (-o DIR/) or one stream (-f jsonl); on stdout, only markdown and jsonl hold several
articles. No file the run reads (inputs, glossaries, config) is ever an output. Progress goes
to stderr (-q: none).
Exit codes: 0 success; 1 some inputs failed (each reported, the others written); 2 usage,
config or input error (nothing written); 3 backend unavailable or failed.";

/// Arguments of `passerelle translate`.
#[derive(Debug, Args)]
#[command(after_help = HELP)]
pub struct TranslateArgs {
    /// Inputs: French articles (UTF-8 or UTF-16 with BOM), directories of them (walked
    /// recursively, see --glob), or `-` for stdin.
    #[arg(required_unless_present_any = ["jsonl", "feed"], value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Output format (`jsonl`: one JSON object a line, all articles in one stream).
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    /// Which articles, and how many at a time.
    #[command(flatten)]
    pub batch: BatchArgs,
    /// Options shared with `brief`.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Runs `passerelle translate`.
pub fn run(args: TranslateArgs) -> anyhow::Result<ExitCode> {
    run_articles(
        &args.inputs,
        &args.batch,
        args.format,
        &args.common,
        Job::Translate,
    )
}

/// Where rendered outputs go during the run.
enum Destination {
    Stdout,
    File(std::path::PathBuf),
    Jsonl(render::OutputFile),
    Files(Vec<std::path::PathBuf>, outputs::WritePool),
}

/// How many threads write outputs under `-o DIR`.
const WRITERS: usize = 4;

/// The CLI's sink: writes each output where the plan says, shows events on stderr through the
/// progress display, and counts what became of the articles.
struct CliSink<'a> {
    destination: Destination,
    progress: &'a Progress,
    tally: Tally,
    /// Show language warnings.
    warnings: bool,
    /// Show per-article glossary summaries.
    glossary_lines: bool,
    /// Why the run was stopped (stdout closed), to return as the run's error.
    stopped: Option<std::io::Error>,
}

impl Sink for CliSink<'_> {
    fn event(&mut self, event: Event) {
        match event {
            Event::Warning(w) if self.warnings => {
                self.progress.println(&format!("passerelle: {w}"))
            }
            Event::Warning(_) => {}
            Event::Prepared(n) => self.progress.prepared(n),
            Event::Translated(n) => self.progress.translated(n),
            Event::Failed { message, error, .. } => {
                self.tally.fail(self.progress, &message, &error)
            }
            Event::GlossarySummary { label, summary } if self.glossary_lines => self
                .progress
                .println(&format!("passerelle: {label}: {summary}")),
            Event::GlossarySummary { .. } => {}
        }
    }

    fn output(&mut self, output: Output) -> ControlFlow<()> {
        let written = match &mut self.destination {
            Destination::Stdout => {
                let mut out = std::io::stdout().lock();
                if let Err(e) = out.write_all(&output.bytes).and_then(|()| out.flush()) {
                    self.stopped = Some(e);
                    return ControlFlow::Break(());
                }
                Ok(())
            }
            Destination::Jsonl(file) => file.write_all(&output.bytes),
            Destination::File(path) => render::write_atomic(path, &output.bytes),
            Destination::Files(files, pool) => {
                // Counted when the pool reports it.
                pool.submit(output.label, files[output.index].clone(), output.bytes);
                for (_, result) in pool.finished() {
                    self.tally.written(self.progress, result);
                }
                return ControlFlow::Continue(());
            }
        };
        self.tally
            .written(self.progress, written.map(|()| Written::Written));
        ControlFlow::Continue(())
    }

    fn window_done(&mut self) {
        if let Destination::Files(_, pool) = &mut self.destination {
            for (_, result) in pool.wait() {
                self.tally.written(self.progress, result);
            }
        }
    }
}

impl CliSink<'_> {
    /// Waits for the outputs still being written and commits a JSONL stream.
    fn close(self) -> anyhow::Result<Tally> {
        let CliSink {
            destination,
            progress,
            mut tally,
            ..
        } = self;
        match destination {
            Destination::Files(_, pool) => {
                for (_, result) in pool.close() {
                    tally.written(progress, result);
                }
                progress.finish();
            }
            Destination::Jsonl(file) => {
                progress.finish();
                if tally.done > 0 {
                    file.commit()?;
                }
            }
            Destination::Stdout | Destination::File(_) => progress.finish(),
        }
        Ok(tally)
    }
}

/// Translates every input and writes one output each, in input order.
///
/// Setup problems (config, backend, glossary, input discovery, output plan) are errors before
/// anything is read or written. The engine ([`crate::run::Engine::run`]) then translates the
/// articles window by window; an input that fails (unreadable, a failed backend batch, an
/// output that cannot be written) is reported on stderr with its path and the others go on
/// (exit 1); a backend that is unavailable stops the run (exit 3).
pub fn run_articles(
    inputs: &[String],
    batch: &BatchArgs,
    format: Format,
    common: &CommonArgs,
    job: Job,
) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    super::init_logging(common.verbose, common.quiet);
    let resolved = crate::config::resolve(&common.flags(), &super::process_env)?;
    for w in &resolved.warnings {
        eprintln!("passerelle: {w}");
    }
    let mut read = files_read(&resolved, common, batch);
    let engine = Engine::new(common.settings(resolved, batch)?)?;
    for w in engine.warnings() {
        eprintln!("passerelle: {w}");
    }
    let output = common.output.as_deref().filter(|o| o.as_os_str() != "-");
    let mut list = inputs::discover(inputs, &batch.jsonl, batch.glob.as_deref(), output)?;
    list.extend(inputs::feed_inputs(batch)?);
    read.add_inputs(&list);
    let jsonl = format == Format::Jsonl;
    let mut planned = outputs::plan_reading(
        &list,
        output,
        format.extension(),
        jsonl,
        common.force,
        &read,
    )?;
    if planned == Plan::Stdout && list.len() > 1 && !format.holds_several() {
        anyhow::bail!(
            "--format {} on stdout holds one article, not {}; use -o DIR/ (one file per \
             input) or -f jsonl (one stream)",
            format
                .to_possible_value()
                .map_or_else(String::new, |v| v.get_name().to_string()),
            list.len()
        );
    }
    // Under -o DIR, an article whose output exists already is not read, fetched or
    // translated (no backend call is spent on an output that would be refused), unless
    // --force: its output is kept as it is. (-o FILE refuses an existing file up front.)
    let mut skipped = 0;
    if let (Plan::Files(files), false) = (&mut planned, common.force) {
        let keep: Vec<bool> = files.iter().map(|file| !file.exists()).collect();
        skipped = keep.iter().filter(|k| !**k).count();
        if skipped > 0 {
            let mut k = keep.iter();
            list.retain(|_| *k.next().unwrap_or(&true));
            let mut k = keep.iter();
            files.retain(|_| *k.next().unwrap_or(&true));
            if !common.quiet {
                eprintln!(
                    "passerelle: {skipped} output{} already there, kept and not translated \
                     again (--force to redo them)",
                    plural_s(skipped)
                );
            }
        }
    }
    let destination = match planned {
        Plan::Stdout => Destination::Stdout,
        Plan::File(path) => Destination::File(path),
        Plan::Files(files) => {
            Destination::Files(files, outputs::WritePool::new(WRITERS, common.force))
        }
        Plan::JsonlFile(path) => Destination::Jsonl(render::OutputFile::create(&path)?),
    };
    let progress = Progress::new(list.len(), common.quiet);
    let mut sink = CliSink {
        destination,
        progress: &progress,
        tally: Tally::default(),
        warnings: !common.quiet,
        // Per-article glossary lines: for one article always, for many only with -v.
        glossary_lines: !common.quiet && (list.len() == 1 || common.verbose > 0),
        stopped: None,
    };
    let report = match engine.run(&list, job, format, &mut sink) {
        Ok(r) => r,
        Err(e) => {
            progress.finish();
            return Err(e.into());
        }
    };
    if let Some(e) = sink.stopped.take() {
        progress.finish();
        return Err(e.into());
    }
    let Tally {
        done,
        unchanged,
        failures,
    } = sink.close()?;
    if !common.quiet {
        let info = engine.backend();
        let failed = if failures.is_empty() {
            String::new()
        } else {
            format!("; {} failed", failures.len())
        };
        let kept = match (unchanged, skipped) {
            (0, 0) => String::new(),
            (u, 0) => format!(" ({u} output{} already up to date)", plural_s(u)),
            (_, s) => format!(" ({s} already there, skipped)"),
        };
        let memory = match report.from_memory {
            0 => String::new(),
            n if n == report.sentences => ", all from the translation memory".to_string(),
            n => format!(", {n} from the translation memory"),
        };
        eprintln!(
            "passerelle: {done} article{}{kept} ({} sentence{}{memory}) translated with {} ({}) \
             in {:.1} s; {} QA finding{}{failed}",
            plural_s(done),
            report.sentences,
            plural_s(report.sentences),
            info.name,
            info.detail,
            started.elapsed().as_secs_f64(),
            report.findings,
            plural_s(report.findings),
        );
    }
    Ok(match (failures.iter().max(), done) {
        (None, _) => ExitCode::Success,
        (Some(_), d) if d > 0 => ExitCode::Partial,
        (Some(&worst), _) => worst,
    })
}

/// What became of the articles so far.
#[derive(Debug, Default)]
struct Tally {
    done: usize,
    unchanged: usize,
    failures: Vec<ExitCode>,
}

impl Tally {
    /// An article failed: `message` on stderr, its exit code kept.
    fn fail(&mut self, progress: &Progress, message: &str, e: &crate::Error) {
        progress.println(&format!("passerelle: {message}"));
        self.failures.push(code_of(e));
        progress.article_done();
    }

    /// An article's output was written, or not.
    fn written(&mut self, progress: &Progress, result: Result<Written, crate::Error>) {
        match result {
            Ok(w) => {
                self.done += 1;
                if w == Written::Unchanged {
                    self.unchanged += 1;
                }
                progress.article_done();
            }
            Err(e) => self.fail(progress, &e.to_string(), &e),
        }
    }
}

/// The files a run reads besides its inputs, which no output may replace: `--jsonl` files,
/// feed files, the config file, the glossaries, the `command` engine's files, the SQLite
/// translation memory.
fn files_read(
    resolved: &crate::config::Resolved,
    common: &CommonArgs,
    batch: &BatchArgs,
) -> outputs::ReadFiles {
    let mut read = outputs::ReadFiles::default();
    for file in &batch.jsonl {
        read.add(file, &format!("the JSONL input {}", file.display()));
    }
    for feed in batch
        .feed
        .iter()
        .filter(|f| !crate::intake::fetch::is_url(f))
    {
        read.add(std::path::Path::new(feed), &format!("the feed {feed}"));
    }
    if let Some(file) = &resolved.file {
        read.add(file, &format!("the config {}", file.display()));
    }
    for file in &resolved.glossaries {
        read.add(file, &format!("the glossary {}", file.display()));
    }
    for arg in resolved.backend_config.command.iter().flatten() {
        read.add(
            std::path::Path::new(arg),
            &format!("the engine's file {arg}"),
        );
    }
    if !common.no_cache {
        let memory = match resolved.cache.as_deref() {
            Some(location) if crate::cache::is_postgres(location) => None,
            Some(path) => Some(path.into()),
            None => crate::cache::default_path().ok(),
        };
        if let Some(file) = memory {
            read.add(&file, "the translation memory");
        }
    }
    read
}
