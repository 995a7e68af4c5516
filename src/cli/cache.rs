//! `passerelle cache`: statistics of the translation memory, or clear it.

use clap::Subcommand;

use super::ExitCode;

/// The `cache` subcommands.
#[derive(Debug, Subcommand)]
pub enum CacheCommand {
    /// How many segments the cache holds, and where it is.
    Stats,
}

/// Runs `passerelle cache`.
pub fn run(command: CacheCommand) -> anyhow::Result<ExitCode> {
    let _ = command;
    anyhow::bail!("`passerelle cache` is not built yet")
}
