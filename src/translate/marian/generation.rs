//! The model's own generation settings, as Hugging Face reads them from
//! `generation_config.json`: the default number of beams, the length penalty and stopping rule
//! of beam search, the tokens never generated (`bad_words_ids`: `<pad>` for opus-mt) and
//! whether log-probabilities are renormalized after those are removed. Without the file, the
//! values of Helsinki-NLP/opus-mt-fr-en's own file (4 beams, `<pad>` banned, renormalized).

use std::path::Path;

use serde_json::Value;

use super::engine::EngineError;

/// When beam search stops for a sentence (`early_stopping` in Hugging Face's terms).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EarlyStopping {
    /// `false` (the default): stop once no running hypothesis, at its current length, could
    /// beat the worst of the `num_beams` finished ones (Hugging Face's heuristic).
    #[default]
    Heuristic,
    /// `true`: stop as soon as `num_beams` hypotheses are finished.
    Full,
    /// `"never"`: the same test as `false`, but with the best score a running hypothesis could
    /// reach at the length bound (when the length penalty is positive).
    Never,
}

/// Generation settings of one model.
#[derive(Debug, Clone, PartialEq)]
pub struct Generation {
    /// Beams the model's authors decode with (Hugging Face's default for it).
    pub num_beams: usize,
    /// Beam scores are divided by (generated length) ^ this.
    pub length_penalty: f32,
    /// The stopping rule of beam search.
    pub early_stopping: EarlyStopping,
    /// Token ids never generated (single-token `bad_words_ids`).
    pub banned: Vec<u32>,
    /// Log-softmax again after banning tokens (`renormalize_logits`).
    pub renormalize: bool,
    /// Token forced at the length bound (`forced_eos_token_id`), if any.
    pub forced_eos: Option<u32>,
}

impl Generation {
    /// Helsinki-NLP/opus-mt-fr-en's `generation_config.json`, with `pad` its `<pad>` id.
    pub fn opus_mt(pad: u32, eos: u32) -> Self {
        Generation {
            num_beams: 4,
            length_penalty: 1.0,
            early_stopping: EarlyStopping::Heuristic,
            banned: vec![pad],
            renormalize: true,
            forced_eos: Some(eos),
        }
    }

    /// Hugging Face's defaults when a model has no generation settings: greedy, nothing
    /// banned, no renormalization.
    pub fn plain(eos: Option<u32>) -> Self {
        Generation {
            num_beams: 1,
            length_penalty: 1.0,
            early_stopping: EarlyStopping::Heuristic,
            banned: Vec::new(),
            renormalize: false,
            forced_eos: eos,
        }
    }

    /// Reads `generation_config.json`; fields it lacks take Hugging Face's defaults.
    /// Multi-token `bad_words_ids` entries are ignored (with a warning): only single tokens
    /// are banned.
    pub fn read(path: &Path) -> Result<Self, EngineError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| EngineError(format!("{}: {e}", path.display())))?;
        Self::parse(&text).map_err(|e| EngineError(format!("{}: {e}", path.display())))
    }

    /// [`Generation::read`] on the text of the file.
    pub fn parse(text: &str) -> Result<Self, String> {
        let v: Value =
            serde_json::from_str(text).map_err(|e| format!("not a generation config: {e}"))?;
        let mut g = Generation::plain(None);
        if let Some(n) = v.get("num_beams").and_then(Value::as_u64) {
            g.num_beams = usize::try_from(n).unwrap_or(1).max(1);
        }
        if let Some(p) = v.get("length_penalty").and_then(Value::as_f64) {
            g.length_penalty = p as f32;
        }
        g.early_stopping = match v.get("early_stopping") {
            None | Some(Value::Null) | Some(Value::Bool(false)) => EarlyStopping::Heuristic,
            Some(Value::Bool(true)) => EarlyStopping::Full,
            Some(Value::String(s)) if s == "never" => EarlyStopping::Never,
            Some(other) => {
                return Err(format!(
                    "early_stopping {other} is not true, false or \"never\""
                ))
            }
        };
        if let Some(words) = v.get("bad_words_ids").and_then(Value::as_array) {
            for w in words {
                match w.as_array().map(Vec::as_slice) {
                    Some([id]) => {
                        if let Some(id) = id.as_u64().and_then(|i| u32::try_from(i).ok()) {
                            g.banned.push(id);
                        }
                    }
                    _ => tracing::warn!(
                        "marian: bad_words_ids entry {w} ignored (only single tokens)"
                    ),
                }
            }
        }
        g.banned.sort_unstable();
        g.banned.dedup();
        g.renormalize = v
            .get("renormalize_logits")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        g.forced_eos = v
            .get("forced_eos_token_id")
            .and_then(Value::as_u64)
            .and_then(|i| u32::try_from(i).ok());
        Ok(g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_fixture_and_defaults() {
        let g = Generation::parse(
            r#"{"bad_words_ids": [[328]], "num_beams": 4, "renormalize_logits": true,
                "forced_eos_token_id": 0, "max_length": 512}"#,
        )
        .unwrap();
        assert_eq!(g.num_beams, 4);
        assert_eq!(g.banned, vec![328]);
        assert!(g.renormalize);
        assert_eq!(g.forced_eos, Some(0));
        assert_eq!(g.early_stopping, EarlyStopping::Heuristic);
        assert_eq!(g.length_penalty, 1.0);
        let g = Generation::parse(
            r#"{"early_stopping": "never", "length_penalty": 0.6, "bad_words_ids": [[1, 2], [5]]}"#,
        )
        .unwrap();
        assert_eq!(g.early_stopping, EarlyStopping::Never);
        assert_eq!(g.length_penalty, 0.6);
        assert_eq!(g.banned, vec![5]);
        assert_eq!(g.num_beams, 1);
        assert!(Generation::parse(r#"{"early_stopping": 3}"#).is_err());
        assert!(Generation::parse("[").is_err());
    }
}
