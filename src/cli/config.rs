//! `passerelle config`: write a starter config; show the resolved config.

use clap::Subcommand;

use super::ExitCode;

/// The `config` subcommands.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Write a commented starter config.
    Init,
}

/// Runs `passerelle config`.
pub fn run(command: ConfigCommand) -> anyhow::Result<ExitCode> {
    let _ = command;
    anyhow::bail!("`passerelle config` is not built yet")
}
