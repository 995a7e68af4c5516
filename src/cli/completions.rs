//! `passerelle completions`: shell completions and the man page.

use clap::Args;

use super::ExitCode;

/// Arguments of `passerelle completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    pub shell: String,
}

/// Runs `passerelle completions`.
pub fn run(args: CompletionsArgs) -> anyhow::Result<ExitCode> {
    let _ = args;
    anyhow::bail!("`passerelle completions` is not built yet")
}

/// Runs `passerelle man`.
pub fn man() -> anyhow::Result<ExitCode> {
    anyhow::bail!("`passerelle man` is not built yet")
}
