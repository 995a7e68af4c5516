//! `passerelle translate`: aligned French/English output; also the article loop that `brief`
//! shares ([`run_articles`]): config, backend and glossary once, then each input read,
//! translated, rendered and written in turn, failures reported and counted.

use std::io::Write;
use std::time::Instant;

use anyhow::Context;
use clap::Args;

use super::{code_of, glossary_files, plan_outputs, CommonArgs, Destination, ExitCode};
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
  curl -s https://example.org/a.txt | passerelle translate -
  passerelle translate --glossary my-terms.tsv article.fr.txt

Formats: markdown (default), json, text, html, tmx, xliff.
Exit codes: 0 success; 1 some inputs failed (each reported, the others written); 2 usage,
config or input error (nothing written); 3 backend unavailable or failed.";

/// Arguments of `passerelle translate`.
#[derive(Debug, Args)]
#[command(after_help = HELP)]
pub struct TranslateArgs {
    /// Input files (`-` for stdin): French articles, UTF-8 or UTF-16 with BOM.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    /// Options shared with `brief`.
    #[command(flatten)]
    pub common: CommonArgs,
}

/// Runs `passerelle translate`.
pub fn run(args: TranslateArgs) -> anyhow::Result<ExitCode> {
    run_articles(&args.inputs, args.format, &args.common, Job::Translate)
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

/// Translates every input and writes one output each. A setup problem (config, backend,
/// glossary, outputs) is an error before anything is read or written; an input that fails is
/// reported on stderr with its path and the others go on; a backend that is unavailable stops
/// the run.
pub fn run_articles(
    inputs: &[String],
    format: Format,
    common: &CommonArgs,
    job: Job,
) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    super::init_logging(common.verbose, common.quiet);
    let (config, config_path) = Config::load(common.config.as_deref())?;
    let name = config.backend_name(common.backend.as_deref());
    let translator =
        crate::cache::wrap(crate::translate::build(&name, &config)?, !common.no_cache)?;
    let files = glossary_files(&config, config_path.as_deref(), &common.glossaries);
    let glossary = crate::glossary::load::load_for_run(&files, !common.no_default_glossary)?;
    for warning in &glossary.warnings {
        eprintln!("passerelle: warning: {warning}");
    }
    let destinations = plan_outputs(
        inputs,
        common.output.as_deref(),
        format.extension(),
        common.force,
    )?;
    let options = crate::pipeline::Options {
        jobs: common.jobs.map(usize::from),
    };
    let rt = super::runtime()?;

    let mut done = 0usize;
    let mut sentences = 0usize;
    let mut findings = 0usize;
    let mut failures: Vec<ExitCode> = Vec::new();
    for (input, destination) in inputs.iter().zip(&destinations) {
        let doc = match super::safety::read_input(input, common) {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("passerelle: {e}");
                failures.push(code_of(&e));
                continue;
            }
        };
        let aligned = match rt.block_on(crate::pipeline::translate_document(
            &doc,
            translator.as_ref(),
            &glossary,
            &options,
        )) {
            Ok(aligned) => aligned,
            // No input will get through a backend that is not there: stop now.
            Err(crate::Error::Translate(e @ TranslateError::Unavailable { .. })) => {
                return Err(crate::Error::Translate(e).into());
            }
            Err(e) => {
                eprintln!("passerelle: {}: {e}", doc.name);
                failures.push(code_of(&e));
                continue;
            }
        };
        sentences += aligned.segments.len();
        if !common.quiet && !glossary.is_empty() {
            eprintln!(
                "passerelle: {}: {}",
                doc.name,
                crate::glossary::verify::summary(&aligned)
            );
        }
        findings += aligned.segments.iter().map(|s| s.qa.len()).sum::<usize>();
        let mut buf = Vec::new();
        match job {
            Job::Translate => render::render_document(&aligned, format, &mut buf),
            Job::Brief { summary } => {
                let brief = crate::pipeline::brief(aligned, summary);
                render::render_brief(&brief, format, &mut buf)
            }
        }
        .with_context(|| {
            format!(
                "{}: rendering {}",
                doc.name,
                format!("{format:?}").to_lowercase()
            )
        })?;
        match destination {
            Destination::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(&buf).and_then(|()| out.flush())?;
            }
            Destination::File(path) => {
                if let Err(e) = render::write_atomic(path, &buf) {
                    eprintln!("passerelle: {e}");
                    failures.push(code_of(&e));
                    continue;
                }
                tracing::info!("{} → {}", doc.name, path.display());
            }
        }
        done += 1;
    }

    if !common.quiet {
        let info = translator.info();
        let failed = if failures.is_empty() {
            String::new()
        } else {
            format!("; {} failed", failures.len())
        };
        eprintln!(
            "passerelle: {done} article{} ({sentences} sentence{}) translated with {} ({}) in \
             {:.1} s; {findings} QA finding{}{failed}",
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

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
