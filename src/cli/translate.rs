//! `passerelle translate`: aligned French/English output; also the article loop that `brief`
//! shares ([`run_articles`]): config, backend and glossary once, then each input read,
//! translated, rendered and written in turn, failures reported and counted.

use std::io::Write;
use std::time::Instant;

use anyhow::Context;
use clap::Args;

use super::inputs::{self, BatchArgs, Plan};
use super::progress::Progress;
use super::{code_of, glossary_files, CommonArgs, ExitCode};
use crate::config::Config;
use crate::render::{self, Format};
use crate::translate::TranslateError;

const HELP: &str = "\
Each input is split into sentences, the glossary's names and terms are protected, and the
sentences go to the translation backend in batches. The output pairs every French sentence
with its English translation, paragraph by paragraph.

Examples:
  passerelle translate article.fr.txt
      Markdown on stdout, with the default backend (apertium unless configured)
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
translates only what is missing; under -o DIR an output already there with the same content
is left alone (a different one needs --force). Progress goes to stderr (-q: none).
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

/// What [`run_articles`] makes of each translated article.
#[derive(Debug, Clone, Copy)]
pub enum Job {
    /// The aligned text.
    Translate,
    /// The brief, with a summary of this many sentences.
    Brief {
        /// Summary length.
        summary: usize,
    },
}

/// The most sentences one window holds, whatever `--window` says.
const WINDOW_SEGMENTS: usize = 4096;

/// Where rendered outputs go during the run.
enum Sink {
    Stdout,
    File(std::path::PathBuf),
    Jsonl(tempfile::NamedTempFile, std::path::PathBuf),
    Files(Vec<std::path::PathBuf>, inputs::WritePool),
}

/// How many articles are read and prepared at once (split between the cores).
const READ_AHEAD: usize = 32;

/// How many threads write outputs under `-o DIR`.
const WRITERS: usize = 4;

/// Translates every input and writes one output each, in input order.
///
/// Setup problems (config, backend, glossary, input discovery, output plan) are errors before
/// anything is read or written. The articles are then read in windows (`--window` articles,
/// at most [`WINDOW_SEGMENTS`] sentences), each window's sentences pooled into the backend's
/// batches, and its outputs written before the next window is read, so memory does not grow
/// with the number of articles. An input that fails (unreadable, a failed backend batch,
/// an output that cannot be written) is reported on stderr with its path and the others go on
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
    let (config, config_path) = Config::load(common.config.as_deref())?;
    let name = config.backend_name(common.backend.as_deref());
    let translator = crate::cache::wrap(
        crate::translate::build(&name, &config)?,
        &config,
        !common.no_cache,
    )?;
    let files = glossary_files(&config, config_path.as_deref(), &common.glossaries);
    let glossary = crate::glossary::load::load_for_run(&files, !common.no_default_glossary)?;
    for warning in &glossary.warnings {
        eprintln!("passerelle: {warning}");
    }
    let output = common.output.as_deref().filter(|o| o.as_os_str() != "-");
    let opts = common.intake_options()?;
    let mut list = inputs::discover(inputs, &batch.jsonl, batch.glob.as_deref(), output)?;
    list.extend(inputs::feed_inputs(batch)?);
    let jsonl = format == Format::Jsonl;
    let mut planned = inputs::plan(&list, output, format.extension(), jsonl, common.force)?;
    // A feed item already written under -o DIR is not read again (nor fetched, nor
    // translated), unless --force.
    if let (Plan::Files(files), false) = (&mut planned, common.force) {
        let keep: Vec<bool> = list
            .iter()
            .zip(files.iter())
            .map(|(input, file)| !(input.is_feed_item() && file.exists()))
            .collect();
        let skipped = keep.iter().filter(|k| !**k).count();
        if skipped > 0 {
            let mut k = keep.iter();
            list.retain(|_| *k.next().unwrap_or(&true));
            let mut k = keep.iter();
            files.retain(|_| *k.next().unwrap_or(&true));
            if !common.quiet {
                eprintln!(
                    "passerelle: {skipped} feed item{} already written, skipped",
                    plural(skipped)
                );
            }
        }
    }
    let mut sink = match planned {
        Plan::Stdout => Sink::Stdout,
        Plan::File(path) => Sink::File(path),
        Plan::Files(files) => Sink::Files(files, inputs::WritePool::new(WRITERS, common.force)),
        Plan::JsonlFile(path) => {
            let dir = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => std::path::Path::new("."),
            };
            let tmp = tempfile::NamedTempFile::new_in(dir)
                .with_context(|| format!("{}: cannot write here", path.display()))?;
            Sink::Jsonl(tmp, path)
        }
    };
    let options = crate::pipeline::Options {
        jobs: common.jobs.map(usize::from),
    };
    let rt = super::runtime()?;
    let strategy = translator.capabilities().glossary;
    let progress = Progress::new(list.len(), common.quiet);
    // Per-article glossary lines: for one article always, for many only with -v.
    let glossary_lines =
        !common.quiet && !glossary.is_empty() && (list.len() == 1 || common.verbose > 0);

    let mut tally = Tally::default();
    let mut sentences = 0usize;
    let mut findings = 0usize;
    let window_articles = usize::try_from(batch.window).unwrap_or(usize::MAX).max(1);
    let mut next = 0usize;
    while next < list.len() {
        // Read and prepare one window, a few articles at a time on all cores.
        let mut window: Vec<(usize, crate::pipeline::PreparedDocument)> = Vec::new();
        let mut window_segments = 0usize;
        while next < list.len()
            && window.len() < window_articles
            && window_segments < WINDOW_SEGMENTS
        {
            let take = (window_articles - window.len()).min(READ_AHEAD);
            let chunk: Vec<usize> = (next..list.len().min(next + take)).collect();
            next += chunk.len();
            let read = crate::pipeline::par_map(chunk, |i| {
                let doc = super::safety::check_language(list[i].read(&opts)?, common)?;
                Ok::<_, crate::Error>((
                    i,
                    crate::pipeline::prepare_document(&doc, &glossary, strategy),
                ))
            });
            for r in read {
                match r {
                    Ok((i, prepared)) => {
                        window_segments += prepared.len();
                        window.push((i, prepared));
                    }
                    Err(e) => tally.fail(&progress, &e.to_string(), &e),
                }
            }
        }
        let (indices, docs): (Vec<usize>, Vec<_>) = window.into_iter().unzip();
        let results = rt.block_on(crate::pipeline::translate_prepared(
            docs,
            translator.as_ref(),
            &glossary,
            &options,
            &|n| progress.translated(n),
        ));
        // No input will get through a backend that is not there, or that refuses the key or
        // has no quota left: stop now rather than fail every remaining window.
        if let Some(pos) = results.iter().position(|r| {
            matches!(
                r,
                Err(crate::Error::Translate(
                    TranslateError::Unavailable { .. }
                        | TranslateError::Auth { .. }
                        | TranslateError::Quota { .. }
                ))
            )
        }) {
            progress.finish();
            if let Some(Err(e)) = results.into_iter().nth(pos) {
                return Err(e.into());
            }
            unreachable!("the position of an error");
        }

        // Briefs and rendering on all cores; then written in input order.
        let rendered = crate::pipeline::par_map(
            indices.into_iter().zip(results).collect(),
            |(index, result)| {
                let aligned = match result {
                    Ok(a) => a,
                    Err(e) => return (index, Err(e)),
                };
                let sentences = aligned.segments.len();
                let findings = aligned.segments.iter().map(|s| s.qa.len()).sum::<usize>();
                let summary_line = glossary_lines.then(|| {
                    format!(
                        "passerelle: {}: {}",
                        aligned.source,
                        crate::glossary::verify::summary(&aligned)
                    )
                });
                let mut buf = Vec::new();
                let r = match job {
                    Job::Translate => render::render_document(&aligned, format, &mut buf),
                    Job::Brief { summary } => {
                        let brief = crate::pipeline::brief(aligned, summary);
                        render::render_brief(&brief, format, &mut buf)
                    }
                };
                (
                    index,
                    Ok(r.map(|()| (buf, sentences, findings, summary_line))),
                )
            },
        );
        for (index, result) in rendered {
            let label = &list[index].label;
            let (buf, n, f, summary_line) = match result {
                Ok(r) => r.with_context(|| {
                    format!(
                        "{label}: rendering {}",
                        format!("{format:?}").to_lowercase()
                    )
                })?,
                Err(e) => {
                    tally.fail(&progress, &format!("{label}: {e}"), &e);
                    continue;
                }
            };
            sentences += n;
            findings += f;
            if let Some(line) = summary_line {
                progress.println(&line);
            }
            let written = match &mut sink {
                Sink::Stdout => {
                    let mut out = std::io::stdout().lock();
                    out.write_all(&buf).and_then(|()| out.flush())?;
                    Ok(())
                }
                Sink::Jsonl(tmp, path) => tmp.write_all(&buf).map_err(|e| crate::Error::Output {
                    path: path.clone(),
                    message: e.to_string(),
                }),
                Sink::File(path) => render::write_atomic(path, &buf),
                Sink::Files(files, pool) => {
                    // Counted when the pool reports it.
                    pool.submit(label.clone(), files[index].clone(), buf);
                    continue;
                }
            };
            tally.written(&progress, written.map(|()| inputs::Written::Written));
        }
        if let Sink::Files(_, pool) = &sink {
            for (_, result) in pool.finished() {
                tally.written(&progress, result);
            }
        }
    }
    if let Sink::Files(_, pool) = sink {
        for (_, result) in pool.close() {
            tally.written(&progress, result);
        }
        sink = Sink::Stdout;
    }
    progress.finish();
    if let Sink::Jsonl(tmp, path) = sink {
        if tally.done > 0 {
            let err = |message: String| crate::Error::Output {
                path: path.clone(),
                message,
            };
            tmp.as_file().sync_all().map_err(|e| err(e.to_string()))?;
            tmp.persist(&path).map_err(|e| err(e.error.to_string()))?;
        }
    }

    let Tally {
        done,
        unchanged,
        failures,
    } = tally;
    if !common.quiet {
        let info = translator.info();
        let failed = if failures.is_empty() {
            String::new()
        } else {
            format!("; {} failed", failures.len())
        };
        let kept = if unchanged > 0 {
            format!(
                " ({unchanged} output{} already up to date)",
                plural(unchanged)
            )
        } else {
            String::new()
        };
        eprintln!(
            "passerelle: {done} article{}{kept} ({sentences} sentence{}) translated with {} ({}) \
             in {:.1} s; {findings} QA finding{}{failed}",
            plural(done),
            plural(sentences),
            info.name,
            info.detail,
            started.elapsed().as_secs_f64(),
            plural(findings),
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
    fn written(&mut self, progress: &Progress, result: Result<inputs::Written, crate::Error>) {
        match result {
            Ok(w) => {
                self.done += 1;
                if w == inputs::Written::Unchanged {
                    self.unchanged += 1;
                }
                progress.article_done();
            }
            Err(e) => self.fail(progress, &e.to_string(), &e),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
