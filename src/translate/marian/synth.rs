//! Random Marian models for tests and benches: the weights come from a seeded generator and
//! are laid out by candle's own `MTModel` (through a `VarMap`), so the tensor names and
//! shapes are exactly those a real checkpoint must have; tokenizers are tiny Unigram +
//! Metaspace JSONs of the structure candle's converted opus-mt tokenizers have.
//!
//! Such a model produces gibberish; it exercises the loading and decoding plumbing, not
//! translation quality (the trained fixture under `tests/fixtures/marian-fixture` does that).

use std::path::Path;

use candle_core::{DType, Device, Tensor};
use candle_nn::{VarBuilder, VarMap};
use candle_transformers::models::marian::{Config, MTModel};
use serde_json::json;
use tokenizers::Tokenizer;

use super::engine::EngineError;

fn err(e: impl std::fmt::Display) -> EngineError {
    EngineError(format!(
        "synth: {}",
        super::engine::one_line(&e.to_string())
    ))
}

/// A tiny config with the opus-mt-fr-en conventions: `</s>` = 0 is eos, the last id is
/// `<pad>` and the decoder start. d_model 8, 1+1 layers, 2 heads, ffn 16.
pub fn tiny_config(vocab: usize) -> Config {
    let mut c = Config::opus_mt_fr_en();
    c.vocab_size = vocab;
    c.decoder_vocab_size = Some(vocab);
    c.d_model = 8;
    c.encoder_layers = 1;
    c.decoder_layers = 1;
    c.encoder_attention_heads = 2;
    c.decoder_attention_heads = 2;
    c.encoder_ffn_dim = 16;
    c.decoder_ffn_dim = 16;
    c.max_position_embeddings = 64;
    c.pad_token_id = vocab as u32 - 1;
    c.decoder_start_token_id = vocab as u32 - 1;
    c
}

/// The `config.json` Hugging Face writes for `config` (the fields candle reads).
pub fn config_json(config: &Config) -> serde_json::Value {
    json!({
        "model_type": "marian",
        "architectures": ["MarianMTModel"],
        "activation_function": config.activation_function,
        "d_model": config.d_model,
        "encoder_layers": config.encoder_layers,
        "decoder_layers": config.decoder_layers,
        "encoder_attention_heads": config.encoder_attention_heads,
        "decoder_attention_heads": config.decoder_attention_heads,
        "encoder_ffn_dim": config.encoder_ffn_dim,
        "decoder_ffn_dim": config.decoder_ffn_dim,
        "vocab_size": config.vocab_size,
        "decoder_vocab_size": config.decoder_vocab_size,
        "max_position_embeddings": config.max_position_embeddings,
        "decoder_start_token_id": config.decoder_start_token_id,
        "pad_token_id": config.pad_token_id,
        "eos_token_id": config.eos_token_id,
        "forced_eos_token_id": config.forced_eos_token_id,
        "scale_embedding": config.scale_embedding,
        "share_encoder_decoder_embeddings": config.share_encoder_decoder_embeddings,
        "use_cache": config.use_cache,
        "is_encoder_decoder": config.is_encoder_decoder,
    })
}

/// Random weights for `config` in a `VarMap`, seeded: the same seed gives the same bytes.
/// Layer norms start at weight 1, bias 0; `final_logits_bias` at 0 plus `biases`
/// (`(token id, value)`: a large value makes that token win every step).
pub fn random_weights(
    config: &Config,
    seed: u64,
    biases: &[(u32, f32)],
) -> Result<VarMap, EngineError> {
    let varmap = VarMap::new();
    let vb = VarBuilder::from_varmap(&varmap, DType::F32, &Device::Cpu);
    // Let candle's MTModel ask for every tensor it reads, with its names and shapes.
    MTModel::new(config, vb).map_err(err)?;
    let mut rng = fastrand::Rng::with_seed(seed);
    let data = varmap.data().lock().map_err(err)?;
    let mut names: Vec<&String> = data.keys().collect();
    names.sort();
    for name in names {
        let var = &data[name];
        let shape = var.shape().clone();
        let n = shape.elem_count();
        let values: Vec<f32> = if name.ends_with("layer_norm.weight") {
            vec![1.0; n]
        } else if name.ends_with("layer_norm.bias") {
            vec![0.0; n]
        } else if name == "final_logits_bias" {
            let mut v = vec![0.0; n];
            for &(id, b) in biases {
                if let Some(x) = v.get_mut(id as usize) {
                    *x = b;
                }
            }
            v
        } else {
            // Uniform in ±1/sqrt(fan-in) keeps activations of every size in a sane range.
            let fan_in = shape.dims().last().copied().unwrap_or(1).max(1);
            let a = 1.0 / (fan_in as f32).sqrt();
            (0..n).map(|_| (rng.f32() * 2.0 - 1.0) * a).collect()
        };
        let t = Tensor::from_vec(values, shape, &Device::Cpu).map_err(err)?;
        var.set(&t).map_err(err)?;
    }
    drop(data);
    Ok(varmap)
}

/// A Unigram + Metaspace tokenizer JSON over `pieces` (id = index), `<unk>` at `unk_id`,
/// no normalizer, no post-processor: the structure of candle's converted opus-mt tokenizers.
pub fn tokenizer_json(pieces: &[String], unk_id: usize) -> serde_json::Value {
    let vocab: Vec<serde_json::Value> = pieces
        .iter()
        .map(|p| {
            let score = if p.starts_with('<') {
                0.0
            } else {
                -2.0 - p.chars().count() as f64 * 0.01
            };
            json!([p, score])
        })
        .collect();
    let meta =
        json!({"type": "Metaspace", "replacement": "▁", "prepend_scheme": "always", "split": true});
    json!({
        "version": "1.0",
        "truncation": null,
        "padding": null,
        "added_tokens": [],
        "normalizer": null,
        "pre_tokenizer": meta,
        "post_processor": null,
        "decoder": meta,
        "model": {"type": "Unigram", "unk_id": unk_id, "vocab": vocab, "byte_fallback": false},
    })
}

/// The piece list of a tokenizer with `vocab` ids: `</s>`, `<unk>`, the `words` (as `▁word`
/// pieces), single characters, filler pieces, and `<pad>` last.
pub fn pieces(words: &[&str], vocab: usize) -> Vec<String> {
    let mut p = vec!["</s>".to_string(), "<unk>".to_string()];
    for w in words {
        if p.len() + 1 < vocab {
            p.push(format!("▁{w}"));
        }
    }
    for c in "abcdefghijklmnopqrstuvwxyz.,'?!-▁".chars() {
        if p.len() + 1 < vocab && !p.contains(&c.to_string()) {
            p.push(c.to_string());
        }
    }
    let mut i = 0;
    while p.len() + 1 < vocab {
        p.push(format!("▁x{i}"));
        i += 1;
    }
    p.push("<pad>".to_string());
    p
}

/// French and English words of the tiny test tokenizers.
pub const FRENCH_WORDS: &[&str] = &[
    "le", "la", "les", "chat", "chien", "mange", "souris", "de", "et", "à", "un", "une", "Russie",
    "Chine", "a", "dit",
];
/// See [`FRENCH_WORDS`].
pub const ENGLISH_WORDS: &[&str] = &[
    "the", "cat", "dog", "eats", "mouse", "of", "and", "to", "a", "Russia", "China", "said", "has",
    "house",
];

/// Writes a complete random model directory: `config.json`, `model.safetensors`, and the
/// tokenizers under candle's names (`tokenizer-marian-base-fr.json`, `-en.json`).
pub fn write_model_dir(
    dir: &Path,
    config: &Config,
    seed: u64,
    biases: &[(u32, f32)],
) -> Result<(), EngineError> {
    std::fs::create_dir_all(dir).map_err(err)?;
    let varmap = random_weights(config, seed, biases)?;
    varmap.save(dir.join("model.safetensors")).map_err(err)?;
    let write = |name: &str, v: &serde_json::Value| {
        std::fs::write(dir.join(name), serde_json::to_vec_pretty(v).map_err(err)?).map_err(err)
    };
    write("config.json", &config_json(config))?;
    let vocab = config.vocab_size;
    write(
        "tokenizer-marian-base-fr.json",
        &tokenizer_json(&pieces(FRENCH_WORDS, vocab), 1),
    )?;
    write(
        "tokenizer-marian-base-en.json",
        &tokenizer_json(&pieces(ENGLISH_WORDS, vocab), 1),
    )?;
    Ok(())
}

/// A tokenizer built in memory from [`tokenizer_json`].
pub fn tokenizer(pieces: &[String], unk_id: usize) -> Result<Tokenizer, EngineError> {
    let bytes = serde_json::to_vec(&tokenizer_json(pieces, unk_id)).map_err(err)?;
    Tokenizer::from_bytes(bytes).map_err(err)
}
