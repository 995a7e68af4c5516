//! `passerelle translate`: aligned French/English output.

use std::io::Write;

use clap::Args;

use super::{CommonArgs, ExitCode};
use crate::config::Config;
use crate::glossary::Glossary;
use crate::render::{self, Format};

/// Arguments of `passerelle translate`.
#[derive(Debug, Args)]
pub struct TranslateArgs {
    /// Input files (`-` for stdin).
    #[arg(required = true)]
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
    let (config, _) = Config::load(args.common.config.as_deref())?;
    let name = config.backend_name(args.common.backend.as_deref());
    let translator = crate::translate::build(&name, &config)?;
    let glossary = Glossary::default();
    let rt = super::runtime()?;
    for input in &args.inputs {
        let doc = crate::document::read_input(input)?;
        let options = crate::pipeline::Options {
            jobs: args.common.jobs,
        };
        let aligned = rt.block_on(crate::pipeline::translate_document(
            &doc,
            translator.as_ref(),
            &glossary,
            &options,
        ))?;
        let mut buf = Vec::new();
        render::render_document(&aligned, args.format, &mut buf)?;
        match &args.common.output {
            Some(path) => render::write_atomic(path, &buf)?,
            None => std::io::stdout().write_all(&buf)?,
        }
    }
    Ok(ExitCode::Success)
}
