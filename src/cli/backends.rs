//! `passerelle backends`: the configured backends and whether each is usable now.

use std::path::PathBuf;

use clap::Args;

use super::ExitCode;
use crate::config::Config;

/// Arguments of `passerelle backends`.
#[derive(Debug, Args)]
pub struct BackendsArgs {
    /// Config file.
    #[arg(long)]
    pub config: Option<PathBuf>,
}

/// Runs `passerelle backends`.
pub fn run(args: BackendsArgs) -> anyhow::Result<ExitCode> {
    let (config, _) = Config::load(args.config.as_deref())?;
    let rt = super::runtime()?;
    let mut names: Vec<String> = config.backends.keys().cloned().collect();
    for kind in crate::translate::KINDS {
        if !names.iter().any(|n| n == kind) {
            names.push(kind.to_string());
        }
    }
    for name in names {
        let status = match crate::translate::build(&name, &config) {
            Ok(t) => match rt.block_on(t.check()) {
                Ok(s) => format!("usable    {s}"),
                Err(e) => format!("unusable  {e}"),
            },
            Err(e) => format!("invalid   {e}"),
        };
        println!("{name:<16} {status}");
    }
    Ok(ExitCode::Success)
}
