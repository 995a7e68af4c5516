//! The command line: clap definitions (one file per subcommand) and [`run`], which the binary
//! calls. Errors leave here as `anyhow::Error` with an [`ExitCode`] attached.

pub mod backends;
pub mod brief;
pub mod cache;
pub mod completions;
pub mod config;
pub mod glossary;
pub mod segment;
pub mod translate;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Process exit codes (design §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    /// Print shell completions.
    Completions(completions::CompletionsArgs),
    /// Print the man page (roff).
    Man,
}

/// Options shared by the subcommands that translate.
#[derive(Debug, Clone, Args)]
pub struct CommonArgs {
    /// Backend to use: a name from the config's [backends] or a kind (apertium, command, …).
    #[arg(long, short = 'b')]
    pub backend: Option<String>,
    /// Config file (default: $PASSERELLE_CONFIG, ./passerelle.toml, ~/.config/passerelle/config.toml).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Write to this file (or directory, with several inputs) instead of stdout.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// How many backend calls may run at once.
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// No progress or summary lines on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Local model directory for the marian backend (overrides its `model_dir`).
    #[arg(long, value_name = "DIR")]
    pub model_dir: Option<PathBuf>,
    /// Never download anything (the marian model); same as PASSERELLE_OFFLINE=1.
    #[arg(long)]
    pub offline: bool,
}

impl CommonArgs {
    /// Hands `--model-dir` and `--offline` to the backends through the environment
    /// (`PASSERELLE_MODEL_DIR`, `PASSERELLE_OFFLINE`), which the marian backend reads.
    /// Called once at start-up, before any other thread exists.
    fn export_env(&self) {
        if let Some(dir) = &self.model_dir {
            std::env::set_var("PASSERELLE_MODEL_DIR", dir);
        }
        if self.offline {
            std::env::set_var("PASSERELLE_OFFLINE", "1");
        }
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Command::Translate(translate::TranslateArgs { common, .. })
    | Command::Brief(brief::BriefArgs { common, .. }) = &cli.command
    {
        common.export_env();
    }
    match cli.command {
        Command::Translate(a) => translate::run(a),
        Command::Brief(a) => brief::run(a),
        Command::Segment(a) => segment::run(a),
        Command::Backends(a) => backends::run(a),
        Command::Glossary(c) => glossary::run(c),
        Command::Config(c) => config::run(c),
        Command::Cache(c) => cache::run(c),
        Command::Completions(a) => completions::run(a),
        Command::Man => completions::man(),
    }
}

/// The tokio runtime the subcommands use to drive backends.
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}
