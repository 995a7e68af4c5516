//! The command line: clap definitions (one file per subcommand) and [`run`], which the binary
//! calls. Errors leave here as `anyhow::Error`; the binary maps them to an [`ExitCode`]
//! (design §3) through [`exit_code_of`].

pub mod backends;
pub mod brief;
pub mod cache;
pub mod completions;
pub mod config;
pub mod glossary;
pub mod inputs;
pub mod outputs;
pub mod progress;
pub mod safety;
pub mod segment;
pub mod serve;
pub mod translate;

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand};

/// Process exit codes (design §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ExitCode {
    /// Everything worked.
    Success = 0,
    /// Finished, but some input or segment failed (each failure reported).
    Partial = 1,
    /// Usage, config or input error; nothing written.
    Usage = 2,
    /// The backend is unavailable or failed as a whole.
    Backend = 3,
}

const MAIN_HELP: &str = "\
Examples:
  passerelle translate article.fr.txt                 aligned French/English Markdown on stdout
  passerelle translate --format json -o out.json article.fr.txt
  passerelle brief -o briefs/ monday/*.txt            one brief per article, in briefs/
  passerelle segment article.fr.txt                   one French sentence per line
  passerelle backends                                 which backends are usable on this machine

Exit codes: 0 success; 1 some inputs failed (each reported); 2 usage, config or input error
(nothing written); 3 translation backend unavailable or failed.";

/// Passerelle: French news articles into English, sentence by sentence, with a bilingual brief.
#[derive(Debug, Parser)]
#[command(name = "passerelle", version = env!("PASSERELLE_VERSION"), about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Translate articles and write French and English side by side.
    Translate(translate::TranslateArgs),
    /// Write a bilingual brief: summary, key claims, aligned text, QA findings.
    Brief(brief::BriefArgs),
    /// Split an article into sentences, one per line.
    Segment(segment::SegmentArgs),
    /// List the backends and whether each is usable now.
    Backends(backends::BackendsArgs),
    /// Lint glossaries, or show the glossary terms found in an article.
    #[command(subcommand)]
    Glossary(glossary::GlossaryCommand),
    /// Write a commented starter config, or show the resolved config.
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Inspect or clear the translation memory.
    #[command(subcommand)]
    Cache(cache::CacheCommand),
    /// Run as an HTTP service: the LibreTranslate API and Passerelle's own.
    Serve(serve::ServeArgs),
    /// Print shell completions.
    Completions(completions::CompletionsArgs),
    /// Print the man page (roff).
    #[command(after_help = "Examples:
  passerelle man | man -l -
  passerelle man > ~/.local/share/man/man1/passerelle.1")]
    Man,
}

/// Options shared by the subcommands that translate (`translate`, `brief`).
#[derive(Debug, Clone, Default, Args)]
pub struct CommonArgs {
    /// Backend to use: a name from the config's [backends] or a kind (marian, apertium,
    /// deepl, …). Default: the config's `backend`, else marian (local neural translation; its
    /// model is downloaded once, 300 MB). `passerelle backends` lists them.
    /// Overrides $PASSERELLE_BACKEND and the config's `backend`.
    #[arg(long, short = 'b', value_name = "NAME")]
    pub backend: Option<String>,
    /// Config file (default: $PASSERELLE_CONFIG, ./passerelle.toml,
    /// $XDG_CONFIG_HOME/passerelle/config.toml).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// A glossary file (TSV, CSV or TBX) added after the shipped ones and the config's;
    /// repeat for several. Later files win.
    #[arg(long = "glossary", short = 'g', value_name = "PATH", action = ArgAction::Append)]
    pub glossaries: Vec<PathBuf>,
    /// Do not use the glossaries shipped with Passerelle.
    #[arg(long)]
    pub no_default_glossary: bool,
    /// Write to this file instead of stdout (`-` is stdout). With several inputs, a directory
    /// (`DIR/` or an existing one; created if missing) that receives one file per input: its
    /// name without extension, plus the format's extension (files found in a directory input
    /// keep their path below it; JSONL articles are named by id). With `--format jsonl`, one
    /// file holding every article.
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Overwrite output files that already exist (under `-o DIR`: translate again the
    /// articles whose outputs are there). Never a file the run reads.
    #[arg(long)]
    pub force: bool,
    /// Neither read nor write the translation memory.
    #[arg(long)]
    pub no_cache: bool,
    /// How many backend calls may run at once (default: the backend's own).
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// More detail on stderr (-v: each input, -vv: debugging); `-q` wins.
    #[arg(long, short = 'v', action = ArgAction::Count)]
    pub verbose: u8,
    /// No progress or summary lines on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Local model directory for the marian backend (overrides its `model_dir`).
    #[arg(long, value_name = "DIR")]
    pub model_dir: Option<PathBuf>,
    /// Never download anything (the marian model); same as PASSERELLE_OFFLINE=1.
    #[arg(long)]
    pub offline: bool,
    /// (marian) Weights in 8-bit integers (`int8`, the default: faster, 0.4× the memory) or
    /// 32-bit floats (`f32`, bit-exact with the reference); overrides the config's `quantize`.
    #[arg(long, value_name = "PRECISION", value_parser = ["int8", "f32"])]
    pub quantize: Option<String>,
    /// Refuse an input that does not look French (without it: a warning, and the input is
    /// translated anyway).
    #[arg(long)]
    pub strict: bool,
    /// How the inputs are read.
    #[command(flatten)]
    pub intake: IntakeArgs,
}

/// How inputs are read (`translate`, `brief`, `segment`).
#[derive(Debug, Clone, Default, Args)]
pub struct IntakeArgs {
    /// How to read the inputs: plain text, or an HTML page (its article: title, date, author
    /// and body, without navigation, footer, banners or related links). Without it, an input
    /// named `.html`/`.htm`, served as HTML, or starting with `<!DOCTYPE html`/`<html` is read
    /// as HTML and any other as text.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<crate::document::InputFormat>,
    /// The inputs' character encoding (`windows-1252`, `iso-8859-15`, `utf-8`, …). Without it,
    /// UTF-8 and UTF-16 are recognised, a declared charset is used, and Windows-1252 or
    /// ISO-8859-15 is detected; `-v` says which.
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
    /// The largest input read (default 100M): bytes, or with a suffix k, M, G (powers of
    /// 1000) or KiB, MiB, GiB (powers of 1024). A larger input is refused, naming the file
    /// and the limit (exit 2, or 1 when other inputs got through).
    #[arg(long, value_name = "BYTES", value_parser = parse_size)]
    pub max_input_size: Option<u64>,
}

/// A size in bytes: digits, then an optional unit (`k`, `M`, `G`: powers of 1000; `KiB`,
/// `MiB`, `GiB`: powers of 1024; `B` or none: bytes), case aside. At least one byte.
fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (digits, unit) = s.split_at(split);
    let multiplier: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "m" | "mb" => 1_000_000,
        "g" | "gb" => 1_000_000_000,
        "kib" => 1 << 10,
        "mib" => 1 << 20,
        "gib" => 1 << 30,
        other => {
            return Err(format!(
                "unknown unit {other:?} (use bytes, or k, M, G, KiB, MiB, GiB)"
            ))
        }
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| "expected a number of bytes, such as 500000, 10M or 1G".to_string())?;
    match n.checked_mul(multiplier) {
        Some(0) => Err("must be at least 1 byte".into()),
        Some(bytes) => Ok(bytes),
        None => Err("too large".into()),
    }
}

impl IntakeArgs {
    /// `--input-format` and `--encoding` as the intake takes them; an unknown encoding is a
    /// usage error.
    pub fn options(&self) -> Result<crate::intake::Options, crate::Error> {
        let encoding = match &self.encoding {
            None => None,
            Some(name) => Some(crate::intake::encoding::for_label(name).ok_or_else(|| {
                crate::Error::Config(format!(
                    "--encoding {name:?}: unknown encoding (known: {})",
                    crate::intake::encoding::KNOWN
                ))
            })?),
        };
        Ok(crate::intake::Options {
            format: self.input_format,
            encoding,
            max_bytes: self
                .max_input_size
                .unwrap_or(crate::document::DEFAULT_MAX_INPUT_BYTES),
        })
    }
}

impl CommonArgs {
    /// The flags that take part in the configuration.
    pub fn flags(&self) -> crate::config::Flags {
        crate::config::Flags {
            config: self.config.clone(),
            backend: self.backend.clone(),
            glossaries: self.glossaries.clone(),
            model_dir: self.model_dir.clone(),
            offline: self.offline,
            quantize: self.quantize.clone(),
        }
    }

    /// The run engine's settings: the resolved config plus these flags.
    pub fn settings(
        &self,
        resolved: crate::config::Resolved,
        batch: &inputs::BatchArgs,
    ) -> Result<crate::run::Settings, crate::Error> {
        Ok(crate::run::Settings {
            default_glossary: !self.no_default_glossary,
            cache: !self.no_cache,
            jobs: self.jobs.map(usize::from),
            window: usize::try_from(batch.window).unwrap_or(usize::MAX).max(1),
            strict: self.strict,
            intake: self.intake.options()?,
            ..crate::run::Settings::from(resolved)
        })
    }
}

/// The process environment, the one place the CLI hands it to the library
/// ([`crate::config::Env`]).
pub fn process_env(key: &str) -> Option<OsString> {
    std::env::var_os(key)
}

/// The full command-line definition: [`Cli`] plus the top-level help's examples and exit codes.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command().after_help(MAIN_HELP)
}

/// Parses the process arguments with [`command`]; exits with clap's message (code 2) on a
/// usage error, or prints help or version and exits 0.
pub fn parse() -> Cli {
    let matches = command().get_matches();
    <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Command::Translate(_) | Command::Brief(_) = &cli.command {
        safety::install_interrupt_handler();
    }
    match cli.command {
        Command::Translate(a) => translate::run(a),
        Command::Brief(a) => brief::run(a),
        Command::Segment(a) => segment::run(a),
        Command::Backends(a) => backends::run(a),
        Command::Glossary(c) => glossary::run(c),
        Command::Config(c) => config::run(c),
        Command::Cache(c) => cache::run(c),
        Command::Serve(a) => serve::run(a),
        Command::Completions(a) => completions::run(a),
        Command::Man => completions::man(),
    }
}

/// The exit code an error that ended the run maps to, and whether to print it: a broken pipe
/// on stdout (`passerelle … | head`) ends quietly with success.
pub fn exit_code_of(err: &anyhow::Error) -> (ExitCode, bool) {
    for cause in err.chain() {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            if io.kind() == std::io::ErrorKind::BrokenPipe {
                return (ExitCode::Success, false);
            }
        }
        if let Some(e) = cause.downcast_ref::<crate::Error>() {
            return (code_of(e), true);
        }
        if cause
            .downcast_ref::<crate::translate::TranslateError>()
            .is_some()
        {
            return (ExitCode::Backend, true);
        }
    }
    (ExitCode::Usage, true)
}

/// The exit code of a library error.
pub fn code_of(e: &crate::Error) -> ExitCode {
    match e.exit_code() {
        3 => ExitCode::Backend,
        _ => ExitCode::Usage,
    }
}

/// Sends `tracing` output to stderr: warnings by default, errors only with `-q`, more with
/// `-v`/`-vv`; `PASSERELLE_LOG` (an env-filter directive) overrides.
pub fn init_logging(verbose: u8, quiet: bool) {
    let level = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, _) => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("PASSERELLE_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(format!("passerelle={level}")));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(crate::redact::Stderr::new())
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .without_time()
        .with_target(false)
        .try_init();
}

/// The tokio runtime the subcommands use to drive backends.
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[test]
    fn the_command_line_is_well_formed() {
        command().debug_assert();
    }

    #[test]
    fn common_options_parse() {
        let cli = Cli::try_parse_from([
            "passerelle",
            "translate",
            "-b",
            "apertium",
            "-g",
            "a.tsv",
            "--glossary",
            "b.tsv",
            "--no-default-glossary",
            "--no-cache",
            "-j",
            "2",
            "-vv",
            "x.txt",
            "-",
        ])
        .expect("parses");
        let Command::Translate(a) = cli.command else {
            panic!("not translate")
        };
        assert_eq!(a.inputs, ["x.txt", "-"]);
        assert_eq!(
            a.common.glossaries,
            [PathBuf::from("a.tsv"), PathBuf::from("b.tsv")]
        );
        assert!(a.common.no_default_glossary && a.common.no_cache);
        assert_eq!((a.common.jobs, a.common.verbose), (Some(2), 2));
        assert!(Cli::try_parse_from(["passerelle", "translate", "-j", "0", "x"]).is_err());
    }

    #[test]
    fn sizes_parse_with_units() {
        assert_eq!(parse_size("1234"), Ok(1234));
        assert_eq!(parse_size("10M"), Ok(10_000_000));
        assert_eq!(parse_size("10 mb"), Ok(10_000_000));
        assert_eq!(parse_size("1G"), Ok(1_000_000_000));
        assert_eq!(parse_size("2k"), Ok(2_000));
        assert_eq!(parse_size("1KiB"), Ok(1024));
        assert_eq!(parse_size("3MiB"), Ok(3 << 20));
        for bad in ["", "M", "0", "1.5M", "10X", "-1", "99999999999G"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn errors_map_to_the_design_exit_codes() {
        let pipe = anyhow::Error::new(std::io::Error::from(std::io::ErrorKind::BrokenPipe))
            .context("writing stdout");
        assert_eq!(exit_code_of(&pipe), (ExitCode::Success, false));
        let backend = anyhow::Error::new(crate::Error::Translate(
            crate::translate::TranslateError::failed("apertium", "boom"),
        ));
        assert_eq!(exit_code_of(&backend), (ExitCode::Backend, true));
        let config = anyhow::Error::new(crate::Error::Config("bad".into())).context("loading");
        assert_eq!(exit_code_of(&config), (ExitCode::Usage, true));
        let other = anyhow::anyhow!("something else");
        assert_eq!(exit_code_of(&other), (ExitCode::Usage, true));
    }
}
