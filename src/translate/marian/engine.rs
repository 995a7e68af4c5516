//! The Marian decoder: loads a model (weights, config, source and target tokenizers) once,
//! and turns one French sentence into English with greedy or beam search. One [`Session`]
//! per worker thread, each sentence with its own decoding state (the weights are shared,
//! read-only); [`MarianModel::map_parallel`] spreads work over such sessions. Greedy
//! decoding also runs several sentences as one batch ([`Session::translate_many`]): the
//! sources right-padded and masked, each row stopped on its own, finished rows dropped from
//! the batch, so that every row decodes exactly as it would alone while the weights are read
//! once per step for all of them.
//!
//! The decoding rules are those of Hugging Face's `MarianMTModel` (and candle's marian-mt
//! example): exactly one `</s>` appended to the source ids, the decoder started from the pad
//! id, generation stopped at `</s>` or at a length bound, `</s>`/`<pad>`/`<unk>` stripped
//! before detokenizing, and a fresh KV cache for every sentence (the network is
//! [`MarianNet`], whose caches live in a per-sentence state, not in the weights).

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::marian::Config;
use tokenizers::Tokenizer;

use super::beam;
use super::files::ModelFiles;
use super::generation::Generation;
use super::model::{padding_mask, MarianNet, Precision};

/// A model or decoding fault, as one line of text (callers add the backend name).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct EngineError(pub String);

impl EngineError {
    fn from_display(context: &str, e: impl std::fmt::Display) -> Self {
        EngineError(format!("{context}: {}", one_line(&e.to_string())))
    }
}

/// First line of a message, so that errors stay one line even when a library adds a
/// backtrace or a multi-line explanation.
pub(crate) fn one_line(s: &str) -> String {
    s.lines().next().unwrap_or("").trim().to_string()
}

fn candle_err(e: candle_core::Error) -> EngineError {
    EngineError::from_display("model", e)
}

/// How to decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decoding {
    /// 1 = greedy; more = beam search with that many beams.
    pub beam_size: usize,
    /// Absolute cap on generated tokens (the relative bound of [`length_bound`] applies too).
    pub max_new_tokens: Option<usize>,
    /// `</s>` is not generated before this many tokens (Hugging Face's `min_new_tokens`;
    /// benches use it to fix the work).
    pub min_new_tokens: usize,
}

impl Default for Decoding {
    fn default() -> Self {
        Decoding {
            beam_size: 1,
            max_new_tokens: None,
            min_new_tokens: 0,
        }
    }
}

/// The most tokens generated for a source of `source_len` ids (`</s>` included): twice the
/// source plus 10, never more than `cap` nor than the model's positions allow.
pub fn length_bound(source_len: usize, cap: Option<usize>, max_positions: usize) -> usize {
    let relative = source_len.saturating_mul(2).saturating_add(10);
    let positions = max_positions.saturating_sub(1).max(1);
    relative.min(cap.unwrap_or(usize::MAX)).min(positions)
}

/// A loaded Marian model: config, weights and both tokenizers. Immutable and shared between
/// threads; decode through [`MarianModel::session`].
#[derive(Debug)]
pub struct MarianModel {
    config: Config,
    model: MarianNet,
    source: Tokenizer,
    target: Tokenizer,
    /// Ids never rendered as text: `</s>`, `<pad>` and the target tokenizer's `<unk>`.
    strip: Vec<u32>,
    /// The model's generation settings (banned tokens, beam search's rules).
    generation: Generation,
    device: Device,
}

impl MarianModel {
    /// Loads the files resolved by [`super::files`]: `config.json` when there is one, else
    /// the opus-mt-fr-en config; the weights as f32 (candle's Marian runs in f32).
    pub fn load(files: &ModelFiles) -> Result<Self, EngineError> {
        Self::load_as(files, Precision::F32)
    }

    /// [`MarianModel::load`] with the matrices held in `precision` (int8 blocks are computed
    /// here from the f32 weights, which are then dropped).
    pub fn load_as(files: &ModelFiles, precision: Precision) -> Result<Self, EngineError> {
        let config = match &files.config {
            Some(path) => read_config(path)?,
            None => Config::opus_mt_fr_en(),
        };
        let device = Device::Cpu;
        for p in [
            &files.weights,
            &files.source_tokenizer,
            &files.target_tokenizer,
        ] {
            if !p.is_file() {
                return Err(EngineError(format!("{}: no such file", p.display())));
            }
        }
        // SAFETY: the weights file is mapped read-only for the duration of the load; candle
        // copies every tensor out of the map before it is dropped. A file modified by another
        // process during those milliseconds is the only hazard, as for any mmap reader.
        let vb =
            unsafe { VarBuilder::from_mmaped_safetensors(&[&files.weights], DType::F32, &device) }
                .map_err(|e| EngineError::from_display(&files.weights.display().to_string(), e))?;
        let model = MarianNet::new(&config, vb, precision).map_err(|e| {
            EngineError::from_display(
                &format!(
                    "{}: not a Marian model matching its config",
                    files.weights.display()
                ),
                e,
            )
        })?;
        let source = read_tokenizer(&files.source_tokenizer)?;
        let target = read_tokenizer(&files.target_tokenizer)?;
        let generation = match (&files.generation, &files.config) {
            (Some(path), _) => Generation::read(path)?,
            // Older checkpoints keep these settings in config.json.
            (None, Some(path)) => Generation::read(path)?,
            (None, None) => Generation::opus_mt(config.pad_token_id, config.eos_token_id),
        };
        Self::assemble(config, model, source, target, device).map(|m| m.with_generation(generation))
    }

    /// The same model with other generation settings.
    pub fn with_generation(mut self, generation: Generation) -> Self {
        self.generation = generation;
        self
    }

    /// The model's generation settings.
    pub fn generation(&self) -> &Generation {
        &self.generation
    }

    /// How the weight matrices are held.
    pub fn precision(&self) -> Precision {
        self.model.precision()
    }

    /// The network itself (benches and tests drive it step by step).
    pub fn net(&self) -> &MarianNet {
        &self.model
    }

    /// Builds a model from parts already in memory (benches, tests).
    pub fn from_parts(
        config: Config,
        vb: VarBuilder,
        source: Tokenizer,
        target: Tokenizer,
        precision: Precision,
    ) -> Result<Self, EngineError> {
        let device = vb.device().clone();
        let model = MarianNet::new(&config, vb, precision).map_err(candle_err)?;
        Self::assemble(config, model, source, target, device)
    }

    fn assemble(
        config: Config,
        model: MarianNet,
        source: Tokenizer,
        target: Tokenizer,
        device: Device,
    ) -> Result<Self, EngineError> {
        let vocab = config.decoder_vocab_size.unwrap_or(config.vocab_size);
        if config.eos_token_id as usize >= vocab || config.decoder_start_token_id as usize >= vocab
        {
            return Err(EngineError(format!(
                "config: eos {} / decoder start {} outside the vocabulary of {vocab}",
                config.eos_token_id, config.decoder_start_token_id
            )));
        }
        let mut strip = vec![
            config.eos_token_id,
            config.forced_eos_token_id,
            config.pad_token_id,
        ];
        if let Some(unk) = target.token_to_id("<unk>") {
            strip.push(unk);
        }
        strip.sort_unstable();
        strip.dedup();
        Ok(MarianModel {
            generation: Generation::plain(Some(config.forced_eos_token_id)),
            config,
            model,
            source,
            target,
            strip,
            device,
        })
    }

    /// The model's config.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// A decoding session over the shared weights. One per thread.
    pub fn session(&self) -> Session<'_> {
        Session { shared: self }
    }

    /// Source ids of `text`: the source tokenizer's ids (no post-processor) plus exactly one
    /// `</s>`, truncated so that the encoder's positions suffice. Every Unicode space counts
    /// as a plain space.
    pub fn encode(&self, text: &str) -> Result<Vec<u32>, EngineError> {
        // French typography's no-break and thin spaces (before `?`, inside « ») are plain
        // spaces to the model, as SentencePiece's own normalizer has them.
        let text: String = text
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect();
        let enc = self
            .source
            .encode(text.as_str(), false)
            .map_err(|e| EngineError::from_display("source tokenizer", e))?;
        let mut ids = enc.get_ids().to_vec();
        let room = self.config.max_position_embeddings.saturating_sub(1).max(1);
        if ids.len() > room - 1 {
            tracing::warn!(
                "marian: sentence of {} tokens truncated to {}",
                ids.len(),
                room - 1
            );
            ids.truncate(room - 1);
        }
        ids.push(self.config.eos_token_id);
        Ok(ids)
    }

    /// English text of generated ids: `</s>`, `<pad>` and `<unk>` removed, then the target
    /// tokenizer's decoder.
    pub fn detokenize(&self, ids: &[u32]) -> Result<String, EngineError> {
        let kept: Vec<u32> = ids
            .iter()
            .copied()
            .filter(|id| self.strip.binary_search(id).is_err())
            .collect();
        let text = self
            .target
            .decode(&kept, true)
            .map_err(|e| EngineError::from_display("target tokenizer", e))?;
        Ok(text.trim().to_string())
    }

    /// Runs `f` on every item with up to `threads` sessions on as many threads, taking items
    /// in turn from a shared counter. Results come back in the items' order; each item's
    /// result depends only on the item (the KV cache is reset per sentence), never on the
    /// thread or on the other items.
    pub fn map_parallel<T, R, F>(
        &self,
        items: &[T],
        threads: usize,
        f: F,
    ) -> Result<Vec<R>, EngineError>
    where
        T: Sync,
        R: Send,
        F: Fn(&mut Session<'_>, &T) -> Result<R, EngineError> + Sync,
    {
        let threads = threads.max(1).min(items.len().max(1));
        let next = AtomicUsize::new(0);
        let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
        let failure: Mutex<Option<EngineError>> = Mutex::new(None);
        let work = || {
            let mut session = self.session();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                if lock(&failure).is_some() {
                    break;
                }
                match f(&mut session, item) {
                    Ok(r) => lock(&results)[i] = Some(r),
                    Err(e) => {
                        lock(&failure).get_or_insert(e);
                        break;
                    }
                }
            }
        };
        if threads == 1 {
            work();
        } else {
            std::thread::scope(|s| {
                for _ in 0..threads {
                    s.spawn(work);
                }
            });
        }
        if let Some(e) = failure.into_inner().unwrap_or_else(|p| p.into_inner()) {
            return Err(e);
        }
        results
            .into_inner()
            .unwrap_or_else(|p| p.into_inner())
            .into_iter()
            .map(|r| r.ok_or_else(|| EngineError("a worker thread stopped early".into())))
            .collect()
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Reads a Hugging Face `config.json` (unknown fields ignored).
pub fn read_config(path: &Path) -> Result<Config, EngineError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| EngineError::from_display(&path.display().to_string(), e))?;
    serde_json::from_str(&text).map_err(|e| {
        EngineError::from_display(&format!("{}: not a Marian config", path.display()), e)
    })
}

fn read_tokenizer(path: &Path) -> Result<Tokenizer, EngineError> {
    Tokenizer::from_file(path).map_err(|e| {
        EngineError::from_display(&format!("{}: not a tokenizer JSON", path.display()), e)
    })
}

/// One thread's decoder over the shared weights; every sentence gets a fresh state.
#[derive(Debug)]
pub struct Session<'a> {
    shared: &'a MarianModel,
}

impl Session<'_> {
    /// Translates one sentence. Blank input gives an empty translation without running the
    /// model.
    pub fn translate(&mut self, text: &str, decoding: &Decoding) -> Result<String, EngineError> {
        if text.trim().is_empty() {
            return Ok(String::new());
        }
        let ids = self.shared.encode(text)?;
        let out = self.generate(&ids, decoding)?;
        self.shared.detokenize(&out)
    }

    /// Generates target ids for source ids (which must already end with `</s>`). The result
    /// holds the generated tokens after the start token, without the final `</s>`.
    pub fn generate(
        &mut self,
        source_ids: &[u32],
        decoding: &Decoding,
    ) -> Result<Vec<u32>, EngineError> {
        self.check_sources(std::slice::from_ref(&source_ids.to_vec()))?;
        let cfg = &self.shared.config;
        let max_new = length_bound(
            source_ids.len(),
            decoding.max_new_tokens,
            cfg.max_position_embeddings,
        );
        if decoding.beam_size > 1 {
            let mut out = self.beam_batch(&[source_ids.to_vec()], &[max_new], decoding)?;
            return Ok(out.pop().unwrap_or_default());
        }
        let dev = &self.shared.device;
        let src = Tensor::new(source_ids, dev)
            .and_then(|t| t.unsqueeze(0))
            .map_err(candle_err)?;
        let encoded = self.shared.model.encode(&src).map_err(candle_err)?;
        self.greedy(&encoded, max_new, decoding.min_new_tokens)
    }

    fn check_sources(&self, sources: &[Vec<u32>]) -> Result<(), EngineError> {
        let vocab = self.shared.config.vocab_size as u32;
        if sources
            .iter()
            .any(|ids| ids.is_empty() || ids.iter().any(|&id| id >= vocab))
        {
            return Err(EngineError(format!(
                "source ids empty or outside the vocabulary of {vocab}"
            )));
        }
        Ok(())
    }

    /// The greedy choice from one row of logits: the model's banned tokens and, before
    /// `min_new` tokens, `</s>` are never chosen (Hugging Face's `bad_words_ids` and
    /// `min_new_tokens`); ties go to the lowest id, as candle's and torch's argmax.
    fn pick(&self, row: &mut [f32], generated: usize, min_new: usize) -> u32 {
        for &id in &self.shared.generation.banned {
            if let Some(x) = row.get_mut(id as usize) {
                *x = f32::NEG_INFINITY;
            }
        }
        if generated < min_new {
            let cfg = &self.shared.config;
            for id in [cfg.eos_token_id, cfg.forced_eos_token_id] {
                if let Some(x) = row.get_mut(id as usize) {
                    *x = f32::NEG_INFINITY;
                }
            }
        }
        let mut best = 0;
        for (i, &x) in row.iter().enumerate() {
            if x > row[best] {
                best = i;
            }
        }
        best as u32
    }

    /// Beam search over several sentences at once (see [`beam`]): row `i` generates at
    /// most `bounds[i]` tokens.
    pub fn beam_batch(
        &mut self,
        sources: &[Vec<u32>],
        bounds: &[usize],
        decoding: &Decoding,
    ) -> Result<Vec<Vec<u32>>, EngineError> {
        self.check_sources(sources)?;
        if bounds.len() != sources.len() {
            return Err(EngineError("one length bound per source".into()));
        }
        let m = self.shared;
        let search = beam::Search {
            net: &m.model,
            device: &m.device,
            generation: &m.generation,
            beams: decoding.beam_size.max(1),
            start: m.config.decoder_start_token_id,
            eos: m.config.eos_token_id,
            pad: m.config.pad_token_id,
            min_new: decoding.min_new_tokens,
        };
        search.run(sources, bounds).map_err(candle_err)
    }

    /// Translates several sentences, greedy ones as batches ([`Session::generate_batch`]),
    /// in order. Blank inputs give empty translations without running the model.
    pub fn translate_many(
        &mut self,
        texts: &[&str],
        decoding: &Decoding,
    ) -> Result<Vec<String>, EngineError> {
        let mut out = vec![String::new(); texts.len()];
        let mut rows: Vec<usize> = Vec::new();
        let mut sources: Vec<Vec<u32>> = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            if !text.trim().is_empty() {
                rows.push(i);
                sources.push(self.shared.encode(text)?);
            }
        }
        let generated = self.generate_batch(&sources, decoding)?;
        for (i, ids) in rows.into_iter().zip(generated) {
            out[i] = self.shared.detokenize(&ids)?;
        }
        Ok(out)
    }

    /// [`Session::generate`] for several sources, run as one batch (greedy or beam search).
    /// Each result is the one its source gives alone.
    pub fn generate_batch(
        &mut self,
        sources: &[Vec<u32>],
        decoding: &Decoding,
    ) -> Result<Vec<Vec<u32>>, EngineError> {
        if sources.len() <= 1 {
            return sources
                .iter()
                .map(|ids| self.generate(ids, decoding))
                .collect();
        }
        let cfg = &self.shared.config;
        let bounds: Vec<usize> = sources
            .iter()
            .map(|ids| {
                length_bound(
                    ids.len(),
                    decoding.max_new_tokens,
                    cfg.max_position_embeddings,
                )
            })
            .collect();
        if decoding.beam_size > 1 {
            return self.beam_batch(sources, &bounds, decoding);
        }
        self.greedy_batch_min(sources, &bounds, decoding.min_new_tokens)
    }

    /// Greedy decoding of `sources` as one batch, row `i` generating at most `bounds[i]`
    /// tokens (benches set the bounds themselves to fix the work).
    pub fn greedy_batch(
        &mut self,
        sources: &[Vec<u32>],
        bounds: &[usize],
    ) -> Result<Vec<Vec<u32>>, EngineError> {
        self.greedy_batch_min(sources, bounds, 0)
    }

    /// [`Session::greedy_batch`] with `</s>` blocked before `min_new` tokens.
    pub fn greedy_batch_min(
        &mut self,
        sources: &[Vec<u32>],
        bounds: &[usize],
        min_new: usize,
    ) -> Result<Vec<Vec<u32>>, EngineError> {
        self.check_sources(sources)?;
        if bounds.len() != sources.len() {
            return Err(EngineError("one length bound per source".into()));
        }
        let cfg = &self.shared.config;
        let mut out: Vec<Vec<u32>> = vec![Vec::new(); sources.len()];
        if sources.is_empty() {
            return Ok(out);
        }
        let dev = &self.shared.device;
        let net = &self.shared.model;
        let lengths: Vec<usize> = sources.iter().map(Vec::len).collect();
        let width = lengths.iter().copied().max().unwrap_or(1);
        let padded: Vec<u32> = sources
            .iter()
            .flat_map(|ids| {
                ids.iter()
                    .copied()
                    .chain(std::iter::repeat_n(cfg.pad_token_id, width - ids.len()))
            })
            .collect();
        let src = Tensor::from_vec(padded, (sources.len(), width), dev).map_err(candle_err)?;
        let mask = padding_mask(&lengths, width, dev).map_err(candle_err)?;
        let encoded = net.encode_masked(&src, Some(&mask)).map_err(candle_err)?;
        let mut state = net
            .start_masked(&encoded, Some(&mask))
            .map_err(candle_err)?;
        // The rows still decoding (indices into `sources`), in batch order.
        let mut alive: Vec<usize> = (0..sources.len()).filter(|&i| bounds[i] > 0).collect();
        if alive.len() < sources.len() {
            let rows: Vec<u32> = alive.iter().map(|&i| i as u32).collect();
            if rows.is_empty() {
                return Ok(out);
            }
            let rows = Tensor::new(rows.as_slice(), dev).map_err(candle_err)?;
            state.reorder(&rows).map_err(candle_err)?;
        }
        let mut last: Vec<u32> = vec![cfg.decoder_start_token_id; alive.len()];
        while !alive.is_empty() {
            let input =
                Tensor::from_vec(last.clone(), (alive.len(), 1), dev).map_err(candle_err)?;
            let logits = net.step(&input, &mut state).map_err(candle_err)?;
            let mut rows: Vec<Vec<f32>> = logits
                .squeeze(1)
                .and_then(|l| l.to_vec2::<f32>())
                .map_err(candle_err)?;
            let next: Vec<u32> = rows
                .iter_mut()
                .zip(&alive)
                .map(|(row, &i)| self.pick(row, out[i].len(), min_new))
                .collect();
            let mut keep: Vec<u32> = Vec::with_capacity(alive.len());
            let mut still: Vec<usize> = Vec::with_capacity(alive.len());
            last.clear();
            for (row, (&i, &id)) in alive.iter().zip(&next).enumerate() {
                if id == cfg.eos_token_id || id == cfg.forced_eos_token_id {
                    continue;
                }
                out[i].push(id);
                if out[i].len() < bounds[i] {
                    keep.push(row as u32);
                    still.push(i);
                    last.push(id);
                }
            }
            if still.len() < alive.len() && !still.is_empty() {
                let rows = Tensor::new(keep.as_slice(), dev).map_err(candle_err)?;
                state.reorder(&rows).map_err(candle_err)?;
            }
            alive = still;
        }
        Ok(out)
    }

    fn greedy(
        &mut self,
        encoded: &Tensor,
        max_new: usize,
        min_new: usize,
    ) -> Result<Vec<u32>, EngineError> {
        let cfg = &self.shared.config;
        let dev = &self.shared.device;
        let net = &self.shared.model;
        // A fresh state per sentence: nothing of the previous sentence is cached.
        let mut state = net.start(encoded).map_err(candle_err)?;
        let mut tokens = vec![cfg.decoder_start_token_id];
        for _ in 0..max_new {
            // The state holds every earlier position: feed only the newest token.
            let input = Tensor::new(&tokens[tokens.len() - 1..], dev)
                .and_then(|t| t.unsqueeze(0))
                .map_err(candle_err)?;
            let logits = net.step(&input, &mut state).map_err(candle_err)?;
            let mut row = logits
                .flatten_all()
                .and_then(|l| l.to_vec1::<f32>())
                .map_err(candle_err)?;
            let next = self.pick(&mut row, tokens.len() - 1, min_new);
            if next == cfg.eos_token_id || next == cfg.forced_eos_token_id {
                break;
            }
            tokens.push(next);
        }
        tokens.remove(0);
        Ok(tokens)
    }
}
