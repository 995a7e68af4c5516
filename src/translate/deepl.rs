//! The DeepL backend (`POST /v2/translate`), glossaries enforced natively.

use async_trait::async_trait;

use super::{BackendInfo, Batch, Capabilities, GlossaryStrategy, TranslateError, Translator};
use crate::config::BackendConfig;

/// The DeepL backend (`POST /v2/translate`), glossaries enforced natively.
#[derive(Debug)]
pub struct Deepl {
    name: String,
    argv: Vec<String>,
}

impl Deepl {
    /// Builds the backend from its config section.
    pub fn new(name: &str, _config: &BackendConfig) -> Result<Self, crate::Error> {
        Ok(Deepl {
            name: name.to_string(),
            argv: Vec::new(),
        })
    }
}

#[async_trait]
impl Translator for Deepl {
    fn info(&self) -> BackendInfo {
        BackendInfo {
            name: self.name.clone(),
            kind: "deepl".into(),
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
