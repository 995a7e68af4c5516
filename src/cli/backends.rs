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
    /// Delete the DeepL glossaries Passerelle created (named `passerelle-…`) on every
    /// configured deepl backend's account, then exit.
    #[arg(long)]
    pub cleanup: bool,
}

/// Runs `passerelle backends`.
pub fn run(args: BackendsArgs) -> anyhow::Result<ExitCode> {
    let (config, _) = Config::load(args.config.as_deref())?;
    let rt = super::runtime()?;
    if args.cleanup {
        return cleanup(&config, &rt);
    }
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

/// `passerelle backends --cleanup`: deletes Passerelle's DeepL glossaries.
fn cleanup(config: &Config, rt: &tokio::runtime::Runtime) -> anyhow::Result<ExitCode> {
    let mut names: Vec<String> = config
        .backends
        .iter()
        .filter(|(_, b)| b.kind == "deepl")
        .map(|(n, _)| n.clone())
        .collect();
    if names.is_empty() {
        names.push("deepl".to_string());
    }
    for name in names {
        let backend = config.backend_config(&name)?;
        let deleted = rt.block_on(crate::translate::deepl::cleanup(&name, &backend))?;
        println!("{name:<16} deleted {deleted} glossaries created by passerelle");
    }
    Ok(ExitCode::Success)
}
