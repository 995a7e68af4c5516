//! Local neural translation in-process: Helsinki-NLP opus-mt-fr-en (or any Marian model in a
//! `model_dir`) run with candle, no Python, no network once the files are there.
//!
//! - [`files`]: where the model comes from (`model_dir`, the Hugging Face cache, a download,
//!   or a one-line error when offline).
//! - [`engine`]: loading and decoding (greedy, or beam search through [`beam`]).
//! - [`beam`]: beam search over a batch of sentences, by Hugging Face's rules.
//! - [`generation`]: the model's generation settings (`generation_config.json`).
//! - [`int8`]: 8-bit linear layers (the quantized path's kernel).
//! - [`model`]: the Marian network (f32 or int8 matrices), with per-sentence decoding state.
//! - [`synth`]: random models of any size for tests and benches.
//!
//! The model is loaded once per process, on first use; a batch's sentences, grouped by
//! length into decoding batches of up to [`DECODE_BATCH`], are spread over worker threads that
//! share the read-only weights; each row of a decoding batch is masked from the others' padding
//! and stopped on its own, so a result never depends on the thread or on the other sentences
//! (tests hold it to the reference outputs and to one-at-a-time decoding).

pub mod beam;
pub mod engine;
pub mod files;
pub mod generation;
pub mod int8;
pub mod model;
pub mod synth;

use std::path::PathBuf;
use std::sync::Arc;

use async_trait::async_trait;
use tokio::sync::OnceCell;

use super::{BackendInfo, Batch, Capabilities, GlossaryStrategy, TranslateError, Translator};
use crate::translate::settings::BackendConfig;
use engine::{Decoding, MarianModel};
use files::ModelFiles;
pub use model::Precision;

/// Local neural translation in-process: opus-mt-fr-en (Marian) with candle.
#[derive(Debug)]
pub struct Marian {
    name: String,
    model_dir: Option<PathBuf>,
    offline: bool,
    cache_dir: Option<PathBuf>,
    decoding: Decoding,
    threads: usize,
    precision: Precision,
    loaded: OnceCell<Arc<MarianModel>>,
}

/// The precision when the config names none (`quantize`).
pub const DEFAULT_PRECISION: Precision = Precision::Int8;

/// The beam when the config names none (`beam_size`): 1, greedy decoding.
pub const DEFAULT_BEAM_SIZE: usize = 1;

/// Threads when `concurrency` is not set: one per core.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The settings a marian table leaves out (`config show`). (`model_dir` unset means the model
/// is downloaded to the hub cache; `max_length` unset means the model's own limit.)
pub fn defaults() -> BackendConfig {
    BackendConfig {
        kind: "marian".into(),
        beam_size: Some(DEFAULT_BEAM_SIZE),
        quantize: Some(DEFAULT_PRECISION.name().into()),
        offline: Some(false),
        concurrency: Some(default_threads()),
        ..BackendConfig::default()
    }
}

impl Marian {
    /// Builds the backend from its config section. Nothing is read or downloaded here: the
    /// model is loaded on first use.
    pub fn new(name: &str, config: &BackendConfig) -> Result<Self, crate::Error> {
        let beam_size = config.beam_size.unwrap_or(DEFAULT_BEAM_SIZE);
        if beam_size == 0 {
            return Err(crate::Error::Config(format!(
                "backend {name:?}: beam_size must be at least 1"
            )));
        }
        if config.max_length == Some(0) {
            return Err(crate::Error::Config(format!(
                "backend {name:?}: max_length must be at least 1"
            )));
        }
        let precision = match config.quantize.as_deref() {
            None => DEFAULT_PRECISION,
            Some(q) => q
                .parse()
                .map_err(|e| crate::Error::Config(format!("backend {name:?}: quantize {e}")))?,
        };
        let threads = config
            .concurrency
            .filter(|&n| n > 0)
            .unwrap_or_else(default_threads);
        Ok(Marian {
            name: name.to_string(),
            model_dir: config.model_dir.clone(),
            offline: config.offline.unwrap_or(false),
            cache_dir: files::cache_dir(),
            decoding: Decoding {
                beam_size,
                max_new_tokens: config.max_length,
                min_new_tokens: 0,
            },
            threads,
            precision,
            loaded: OnceCell::new(),
        })
    }

    fn unavailable(&self, message: impl Into<String>) -> TranslateError {
        TranslateError::Unavailable {
            backend: self.name.clone(),
            message: message.into(),
        }
    }

    /// Finds the files without downloading: `model_dir`, else the cache.
    fn local_files(&self) -> Result<Option<ModelFiles>, TranslateError> {
        if let Some(dir) = &self.model_dir {
            return files::from_dir(dir)
                .map(Some)
                .map_err(|m| self.unavailable(m));
        }
        Ok(self.cache_dir.as_deref().and_then(files::from_cache))
    }

    /// Finds the files, downloading them into the cache when allowed.
    async fn resolve(&self) -> Result<ModelFiles, TranslateError> {
        if let Some(found) = self.local_files()? {
            return Ok(found);
        }
        let cache = self.cache_dir.clone();
        if self.offline {
            return Err(self.unavailable(format!(
                "{}\n  opus-mt-fr-en is not in the cache and offline mode is on: {}",
                files::not_downloaded("offline mode is on"),
                files::how_to_get(cache.as_deref())
            )));
        }
        let Some(cache) = cache else {
            return Err(self.unavailable(format!(
                "no home directory for the model cache (set HF_HOME): {}",
                files::how_to_get(None)
            )));
        };
        files::download(&cache).await.map_err(|e| {
            self.unavailable(format!(
                "{}\n  opus-mt-fr-en could not be fetched ({e}): {}",
                files::not_downloaded("the hub cannot be reached"),
                files::how_to_get(Some(&cache))
            ))
        })
    }

    /// The model, loaded on first call (once per process).
    async fn model(&self) -> Result<Arc<MarianModel>, TranslateError> {
        self.loaded
            .get_or_try_init(|| async {
                let found = self.resolve().await?;
                let origin = found.origin.clone();
                let precision = self.precision;
                let model =
                    tokio::task::spawn_blocking(move || MarianModel::load_as(&found, precision))
                        .await
                        .map_err(|e| self.unavailable(format!("loading the model: {e}")))?
                        .map_err(|e| self.unavailable(format!("{e} (from {origin})")))?;
                tracing::info!("marian: model loaded from {origin}");
                Ok(Arc::new(model))
            })
            .await
            .cloned()
    }
}

#[async_trait]
impl Translator for Marian {
    fn info(&self) -> BackendInfo {
        let model = match &self.model_dir {
            Some(dir) => format!("model {}", dir.display()),
            None => format!("{}@{}", files::WEIGHTS_REPO, files::WEIGHTS_REVISION),
        };
        let search = if self.decoding.beam_size > 1 {
            format!("beam {}", self.decoding.beam_size)
        } else {
            "greedy".to_string()
        };
        BackendInfo {
            name: self.name.clone(),
            kind: "marian".into(),
            detail: format!("{model}, {search}, {}", self.precision.name()),
        }
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            glossary: GlossaryStrategy::Placeholder,
            // Enough sentences per call to keep every worker thread busy.
            max_batch_texts: 64,
            max_batch_bytes: usize::MAX,
            default_concurrency: 1,
        }
    }

    fn fingerprint(&self) -> String {
        format!(
            "marian|{}|beam={}|max={:?}",
            self.info().detail,
            self.decoding.beam_size,
            self.decoding.max_new_tokens
        )
    }

    async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
        if batch.texts.is_empty() {
            return Ok(Vec::new());
        }
        let model = self.model().await?;
        let texts = batch.texts.clone();
        let decoding = self.decoding;
        let threads = self.threads;
        let out = tokio::task::spawn_blocking(move || {
            let lengths: Vec<usize> = texts.iter().map(String::len).collect();
            let groups = decode_groups(&lengths, threads, model.precision());
            let done = model.map_parallel(&groups, threads, |session, group| {
                let texts: Vec<&str> = group.iter().map(|&i| texts[i].as_str()).collect();
                session.translate_many(&texts, &decoding)
            })?;
            let mut out = vec![String::new(); texts.len()];
            for (group, translated) in groups.iter().zip(done) {
                for (&i, text) in group.iter().zip(translated) {
                    out[i] = text;
                }
            }
            Ok::<_, engine::EngineError>(out)
        })
        .await
        .map_err(|e| TranslateError::failed(&self.name, format!("decoder thread: {e}")))?
        .map_err(|e| TranslateError::failed(&self.name, e.to_string()))?;
        TranslateError::check_count(&self.name, batch.texts.len(), out.len())?;
        Ok(out)
    }

    async fn check(&self) -> Result<String, TranslateError> {
        match self.local_files()? {
            Some(found) => {
                let origin = found.origin.clone();
                self.model().await?;
                Ok(format!("model loaded from {origin}"))
            }
            None if self.offline => Err(self.unavailable(format!(
                "opus-mt-fr-en is not in the cache and offline mode is on: {}",
                files::how_to_get(self.cache_dir.as_deref())
            ))),
            // Not downloaded: usable only if the hub answers now.
            None => match files::probe_hub().await {
                Ok(endpoint) => Ok(format!(
                    "model not downloaded (300 MB, needs the network once); the hub ({endpoint}) \
                     answers, so first use downloads it into {}",
                    self.cache_dir
                        .as_ref()
                        .map(|c| c.display().to_string())
                        .unwrap_or_else(|| "$HF_HOME/hub".into())
                )),
                Err(why) => Err(self.unavailable(format!(
                    "model not downloaded (300 MB, needs the network once) and the hub cannot \
                     be reached ({why}); use another backend, e.g. apertium"
                ))),
            },
        }
    }
}

/// The most sentences decoded as one batch (see BENCHMARKS.md, "Local neural (Marian)").
pub const DECODE_BATCH: usize = 8;

/// The most sentences decoded as one batch on the int8 path.
pub const DECODE_BATCH_INT8: usize = 32;

/// Sentences (by index, from their lengths) in decoding batches: sentences of similar length
/// together, so that little is padding, and at least one batch per worker thread while there
/// are sentences enough.
pub fn decode_groups(lengths: &[usize], threads: usize, precision: Precision) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    order.sort_by_key(|&i| lengths[i]);
    let size = match precision {
        // The int8 kernel spreads each product over the threads itself: one big batch.
        Precision::Int8 => DECODE_BATCH_INT8,
        _ => lengths
            .len()
            .div_ceil(threads.max(1))
            .clamp(1, DECODE_BATCH),
    };
    order.chunks(size).map(<[usize]>::to_vec).collect()
}

#[cfg(test)]
mod tests;
