//! `passerelle glossary`: lint glossary files; show the terms found in an article.

use clap::Subcommand;

use super::ExitCode;

/// The `glossary` subcommands.
#[derive(Debug, Subcommand)]
pub enum GlossaryCommand {
    /// Lint glossary files: duplicates, conflicts, empty fields, shadowed entries.
    Check,
}

/// Runs `passerelle glossary`.
pub fn run(command: GlossaryCommand) -> anyhow::Result<ExitCode> {
    let _ = command;
    anyhow::bail!("`passerelle glossary` is not built yet")
}
