//! The translation backends: the [`Translator`] trait every backend implements, the
//! [`TranslateError`] they fail with, and [`build`], which makes a backend from config by kind.
//!
//! The contract: a batch of texts in, the same number of translations out, in the same order,
//! or a typed error. A backend that gets back a different count returns
//! [`TranslateError::CountMismatch`]; it never pads, truncates or realigns.

pub mod apertium;
pub mod command;
pub mod deepl;
pub mod google;
pub mod http;
pub mod libretranslate;
#[cfg(feature = "marian")]
pub mod marian;
pub mod openai;

use std::fmt;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::config::{BackendConfig, Config};

/// What a backend says about itself: shown in outputs and in `passerelle backends`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackendInfo {
    /// The configured name (`apertium`, `local-llm`).
    pub name: String,
    /// The kind (`apertium`, `deepl`, `openai`, …).
    pub kind: String,
    /// One line of detail (`fr-es → spa-eng`, a model name, a URL).
    pub detail: String,
}

/// How a backend wants glossary terms enforced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GlossaryStrategy {
    /// Terms are replaced by tokens the engine passes through untouched, then restored.
    Placeholder,
    /// The backend enforces [`Batch::terms`] itself (a DeepL glossary).
    Native,
    /// The terms of the batch go into the prompt (LLMs).
    Prompt,
}

/// What the shared batching code needs to know about a backend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capabilities {
    /// How glossary terms are enforced.
    pub glossary: GlossaryStrategy,
    /// Most texts in one call to [`Translator::translate`].
    pub max_batch_texts: usize,
    /// Most bytes of text in one call.
    pub max_batch_bytes: usize,
    /// How many calls may run at once by default.
    pub default_concurrency: usize,
}

/// A glossary term pair handed to backends that enforce terms natively or in a prompt.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TermPair {
    /// French term.
    pub fr: String,
    /// Required English rendering.
    pub en: String,
}

/// One call's worth of work.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Batch {
    /// The French texts, one sentence each (placeholders already in, for that strategy).
    pub texts: Vec<String>,
    /// The glossary terms hit in these texts (empty for the placeholder strategy).
    pub terms: Vec<TermPair>,
    /// For each text, the indices in `terms` of the terms hit in that text. Empty when not
    /// known: every text is then taken to hold every term ([`Batch::terms_of`]).
    pub text_terms: Vec<Vec<usize>>,
}

impl Batch {
    /// The terms hit in text `i`: its own when [`Batch::text_terms`] says, else all of them.
    pub fn terms_of(&self, i: usize) -> Vec<TermPair> {
        match self.text_terms.get(i) {
            Some(own) if self.text_terms.len() == self.texts.len() => own
                .iter()
                .filter_map(|&t| self.terms.get(t).cloned())
                .collect(),
            _ => self.terms.clone(),
        }
    }

    /// The terms hit in the texts of `range`, each once, in order of first appearance.
    pub fn terms_in(&self, range: std::ops::Range<usize>) -> Vec<TermPair> {
        let mut out: Vec<TermPair> = Vec::new();
        for i in range {
            for term in self.terms_of(i) {
                if !out.contains(&term) {
                    out.push(term);
                }
            }
        }
        out
    }

    /// A batch of `texts` each holding the terms given with it (`terms` is their union,
    /// in order of first appearance).
    pub fn with_own_terms(texts: Vec<(String, Vec<TermPair>)>) -> Batch {
        let mut batch = Batch::default();
        for (text, own) in texts {
            let mut indices = Vec::with_capacity(own.len());
            for term in own {
                let index = match batch.terms.iter().position(|t| *t == term) {
                    Some(i) => i,
                    None => {
                        batch.terms.push(term);
                        batch.terms.len() - 1
                    }
                };
                if !indices.contains(&index) {
                    indices.push(index);
                }
            }
            batch.texts.push(text);
            batch.text_terms.push(indices);
        }
        batch
    }
}

/// A translation backend.
///
/// `translate` must return exactly `batch.texts.len()` translations, in order, or an error.
#[async_trait]
pub trait Translator: fmt::Debug + Send + Sync {
    /// Name, kind and detail of this backend.
    fn info(&self) -> BackendInfo;
    /// Batching limits and glossary strategy.
    fn capabilities(&self) -> Capabilities;
    /// Translates one batch.
    async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError>;
    /// Checks that the backend can be used now (binary installed, service reachable);
    /// `Ok` carries a one-line status.
    async fn check(&self) -> Result<String, TranslateError>;
    /// What makes this backend's output differ from another's: kind plus model, chain, URL
    /// and options. Keys the translation memory; never contains a secret.
    fn fingerprint(&self) -> String {
        let info = self.info();
        format!("{}|{}", info.kind, info.detail)
    }
}

/// A backend fault. Every variant names the backend; none ever contains an API key.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TranslateError {
    /// The backend cannot be used at all (not installed, no model, no key).
    #[error("{backend}: {message}")]
    Unavailable {
        /// Backend name.
        backend: String,
        /// What is missing and how to get it.
        message: String,
    },
    /// The backend answered with a different number of translations than texts sent.
    #[error("{backend}: sent {expected} texts, got {got} translations back")]
    CountMismatch {
        /// Backend name.
        backend: String,
        /// Texts sent.
        expected: usize,
        /// Translations received.
        got: usize,
    },
    /// The backend failed for this batch (process error, HTTP error, malformed answer).
    #[error("{backend}: {message}")]
    Failed {
        /// Backend name.
        backend: String,
        /// What happened, in one line.
        message: String,
    },
    /// The service refused the key (HTTP 401/403): final, retrying cannot help.
    #[error("{backend}: authentication failed ({status}){detail} — check the key in ${env_var}")]
    Auth {
        /// Backend name.
        backend: String,
        /// HTTP status.
        status: u16,
        /// The service's own message (`": Invalid API key"`), or empty.
        detail: String,
        /// The environment variable the key was read from.
        env_var: String,
    },
    /// The account's quota or spending limit is used up (DeepL 456, OpenAI
    /// `insufficient_quota`, Google daily limit): final.
    #[error("{backend}: quota exceeded ({status}){detail}")]
    Quota {
        /// Backend name.
        backend: String,
        /// HTTP status.
        status: u16,
        /// The service's own message, or empty.
        detail: String,
    },
    /// The service kept answering "too many requests" until the retry budget ran out.
    #[error("{backend}: rate limited ({status}) — gave up after {} over {}", crate::translate::http::fmt_tries(*tries), crate::translate::http::fmt_secs(*seconds))]
    RateLimited {
        /// Backend name.
        backend: String,
        /// HTTP status (429, or DeepL's 529, or Google's 403 rate-limit).
        status: u16,
        /// Requests made.
        tries: u32,
        /// Time spent, first request to giving up.
        seconds: f64,
    },
    /// Requests kept timing out until the retry budget ran out.
    #[error("{backend}: no answer within {} — gave up after {} over {}", crate::translate::http::fmt_secs(*timeout), crate::translate::http::fmt_tries(*tries), crate::translate::http::fmt_secs(*seconds))]
    Timeout {
        /// Backend name.
        backend: String,
        /// The per-request timeout.
        timeout: f64,
        /// Requests made.
        tries: u32,
        /// Time spent, first request to giving up.
        seconds: f64,
    },
}

impl TranslateError {
    /// Convenience constructor for [`TranslateError::Failed`].
    pub fn failed(backend: impl Into<String>, message: impl Into<String>) -> Self {
        TranslateError::Failed {
            backend: backend.into(),
            message: message.into(),
        }
    }

    /// Convenience constructor for [`TranslateError::Auth`]: the key in `env_var` was refused
    /// with HTTP `status` and the service's `detail`.
    pub fn auth(backend: &str, status: u16, detail: String, env_var: &str) -> Self {
        TranslateError::Auth {
            backend: backend.to_string(),
            status,
            detail,
            env_var: env_var.to_string(),
        }
    }

    /// Checks the count contract: `got` translations for `expected` texts.
    pub fn check_count(backend: &str, expected: usize, got: usize) -> Result<(), Self> {
        if expected == got {
            Ok(())
        } else {
            Err(TranslateError::CountMismatch {
                backend: backend.to_string(),
                expected,
                got,
            })
        }
    }
}

/// The backend kinds this build knows.
pub const KINDS: &[&str] = &[
    "marian",
    "apertium",
    "command",
    "deepl",
    "libretranslate",
    "openai",
    "google",
];

/// Builds the backend called `name`: a named backend of the config, or a kind name with
/// defaults.
pub fn build(name: &str, config: &Config) -> Result<Box<dyn Translator>, crate::Error> {
    let backend = config.backend_config(name)?;
    build_from(name, &backend)
}

/// Builds a backend from its resolved config section.
pub fn build_from(
    name: &str,
    backend: &BackendConfig,
) -> Result<Box<dyn Translator>, crate::Error> {
    match backend.kind.as_str() {
        "apertium" => Ok(Box::new(apertium::Apertium::new(name, backend)?)),
        "command" => Ok(Box::new(command::Command::new(name, backend)?)),
        "deepl" => Ok(Box::new(deepl::Deepl::new(name, backend)?)),
        "libretranslate" => Ok(Box::new(libretranslate::LibreTranslate::new(
            name, backend,
        )?)),
        "openai" => Ok(Box::new(openai::OpenAi::new(name, backend)?)),
        "google" => Ok(Box::new(google::Google::new(name, backend)?)),
        #[cfg(feature = "marian")]
        "marian" => Ok(Box::new(marian::Marian::new(name, backend)?)),
        #[cfg(not(feature = "marian"))]
        "marian" => Err(crate::Error::Config(
            "the marian backend is not in this build (feature \"marian\" disabled)".into(),
        )),
        other => Err(crate::Error::Config(format!(
            "backend {name:?}: unknown kind {other:?} (known: {})",
            KINDS.join(", ")
        ))),
    }
}

/// Splits texts of the given byte `lengths` into consecutive ranges of at most `max_texts`
/// texts and `max_bytes` bytes (a single text larger than `max_bytes` gets a batch of its own).
pub fn plan_batches(
    lengths: &[usize],
    max_texts: usize,
    max_bytes: usize,
) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes: usize = 0;
    for (i, &len) in lengths.iter().enumerate() {
        if i > start && (i - start >= max_texts.max(1) || bytes.saturating_add(len) > max_bytes) {
            out.push(start..i);
            start = i;
            bytes = 0;
        }
        bytes = bytes.saturating_add(len);
    }
    if start < lengths.len() {
        out.push(start..lengths.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(fr: &str) -> TermPair {
        TermPair {
            fr: fr.into(),
            en: fr.to_uppercase(),
        }
    }

    #[test]
    fn a_batch_knows_the_terms_of_each_text() {
        let b = Batch::with_own_terms(vec![
            (
                "a".into(),
                vec![term("Pékin"), term("Moscou"), term("Pékin")],
            ),
            ("b".into(), Vec::new()),
            ("c".into(), vec![term("Moscou")]),
        ]);
        assert_eq!(b.terms, [term("Pékin"), term("Moscou")]);
        assert_eq!(b.text_terms, [vec![0, 1], vec![], vec![1]]);
        assert_eq!(b.terms_of(0), [term("Pékin"), term("Moscou")]);
        assert!(b.terms_of(1).is_empty());
        assert_eq!(b.terms_of(2), [term("Moscou")]);
        assert_eq!(b.terms_in(1..3), [term("Moscou")]);
        assert!(b.terms_in(1..2).is_empty());
        // Without per-text terms, every text holds every term.
        let unknown = Batch {
            texts: vec!["a".into(), "b".into()],
            terms: vec![term("Pékin")],
            text_terms: Vec::new(),
        };
        assert_eq!(unknown.terms_of(1), [term("Pékin")]);
    }
}
