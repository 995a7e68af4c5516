//! The Apertium backend: drives Debian's `apertium` command, pivoting through a chain of
//! modes (default `fr-es` then `spa-eng`), one pipeline run per batch.

use async_trait::async_trait;

use super::{BackendInfo, Batch, Capabilities, GlossaryStrategy, TranslateError, Translator};
use crate::config::BackendConfig;

/// The Apertium backend.
#[derive(Debug)]
pub struct Apertium {
    name: String,
    chain: Vec<String>,
}

impl Apertium {
    /// Builds the backend from its config section.
    pub fn new(name: &str, config: &BackendConfig) -> Result<Self, crate::Error> {
        Ok(Apertium {
            name: name.to_string(),
            chain: config
                .chain
                .clone()
                .unwrap_or_else(|| vec!["fr-es".into(), "spa-eng".into()]),
        })
    }
}

#[async_trait]
impl Translator for Apertium {
    fn info(&self) -> BackendInfo {
        BackendInfo {
            name: self.name.clone(),
            kind: "apertium".into(),
            detail: self.chain.join(" → "),
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
