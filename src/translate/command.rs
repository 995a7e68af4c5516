//! The `command` backend: runs any program given as an argv list, one segment per line on
//! stdin, one translation per line on stdout: the escape hatch for engines we do not ship.

use async_trait::async_trait;

use super::{BackendInfo, Batch, Capabilities, GlossaryStrategy, TranslateError, Translator};
use crate::config::BackendConfig;

/// The command backend.
#[derive(Debug)]
pub struct Command {
    name: String,
    argv: Vec<String>,
}

impl Command {
    /// Builds the backend from its config section.
    pub fn new(name: &str, config: &BackendConfig) -> Result<Self, crate::Error> {
        Ok(Command {
            name: name.to_string(),
            argv: config.command.clone().unwrap_or_default(),
        })
    }
}

#[async_trait]
impl Translator for Command {
    fn info(&self) -> BackendInfo {
        BackendInfo {
            name: self.name.clone(),
            kind: "command".into(),
            detail: self.argv.join(" "),
        }
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            glossary: GlossaryStrategy::Placeholder,
            max_batch_texts: usize::MAX,
            max_batch_bytes: usize::MAX,
            default_concurrency: 1,
        }
    }

    async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
        let _ = batch;
        Err(TranslateError::Unavailable {
            backend: self.name.clone(),
            message: "not built yet".into(),
        })
    }

    async fn check(&self) -> Result<String, TranslateError> {
        Err(TranslateError::Unavailable {
            backend: self.name.clone(),
            message: "not built yet".into(),
        })
    }
}
