//! [`BackendConfig`]: one backend's settings, the `[backends.NAME]` table of the config file
//! (which keys a kind reads is in [`super::kinds`]), and the one API key lookup
//! ([`BackendConfig::api_key`]).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::secret::Secret;
use super::TranslateError;

/// One backend's settings. Which keys apply depends on `kind`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackendConfig {
    /// The backend kind: `apertium`, `command`, `marian`, `deepl`, `libretranslate`, `openai`,
    /// `google`. May be left out when the table's name is a kind (`[backends.deepl]`).
    #[serde(default)]
    pub kind: String,
    /// Base URL of the service (HTTP kinds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Name of the environment variable that holds the API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key_env: Option<String>,
    /// An API key written straight into the file. Accepted, warned about, never printed;
    /// `api_key_env` is the way to go. Prefer [`BackendConfig::api_key`] to reading it.
    #[serde(default, skip_serializing)]
    pub api_key: Option<Secret>,
    /// Model name (openai) or nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// Apertium modes run one after the other (`["fr-es", "spa-eng"]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain: Option<Vec<String>>,
    /// The program and its arguments (`command` kind).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    /// Directory holding a local model's files (`marian`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_dir: Option<PathBuf>,
    /// How many requests may run at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub concurrency: Option<usize>,
    /// Most requests per second (HTTP kinds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requests_per_second: Option<f64>,
    /// Longest total time spent retrying one batch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_retry_seconds: Option<f64>,
    /// Per-request timeout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_seconds: Option<f64>,
    /// Target language variant (`EN-US`, `EN-GB`; deepl).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_lang: Option<String>,
    /// Beam size (`marian`; 1 = greedy).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beam_size: Option<usize>,
    /// DeepL `formality` (`prefer_more`, `prefer_less`, `more`, `less`, `default`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formality: Option<String>,
    /// First retry delay in seconds, doubled at each retry (HTTP kinds; default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_base_seconds: Option<f64>,
    /// Most retries of one request (HTTP kinds; default 8), within `max_retry_seconds`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_retries: Option<u32>,
    /// Most texts per request, below the service's own limit (HTTP kinds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_size: Option<usize>,
    /// `response_format` sent to an OpenAI-compatible server: `json_schema` (default),
    /// `json_object` or `none`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_format: Option<String>,
    /// Never download model files (`marian`); `PASSERELLE_OFFLINE=1` or `--offline` too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offline: Option<bool>,
    /// Most tokens generated per sentence (`marian`; a bound relative to the source
    /// length, twice it plus 10, applies as well).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<usize>,
    /// Weight precision (`marian`): `"int8"` (default) or `"f32"` (bit-exact with the reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantize: Option<String>,
}

/// A backend's API key as [`BackendConfig::api_key`] found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    /// The environment variable it is read from: `api_key_env`, else the kind's default.
    pub var: String,
    /// The key: that variable's value, else the `api_key` written in the config file; `None`
    /// when neither is set.
    pub key: Option<Secret>,
}

/// The error of a backend that needs a key and has none: [`TranslateError::Unavailable`]
/// naming the variable to set (and `api_key_env`, to name another).
pub fn missing_key(backend: &str, var: &str) -> TranslateError {
    TranslateError::Unavailable {
        backend: backend.to_string(),
        message: format!(
            "no API key: set the environment variable {var} (or name another variable with \
             api_key_env in [backends.{backend}])"
        ),
    }
}

impl BackendConfig {
    /// The API key, the one lookup every backend uses: the variable named by `api_key_env`
    /// (else `default_env`, the kind's own), trimmed, when it is set and not empty; else an
    /// `api_key` written in the config file (which the config loader warns about). Environment
    /// over file, as everywhere in the config.
    pub fn api_key(&self, default_env: &str) -> ApiKey {
        self.api_key_from(default_env, &|var| std::env::var(var).ok())
    }

    fn api_key_from(&self, default_env: &str, env: &dyn Fn(&str) -> Option<String>) -> ApiKey {
        let var = self
            .api_key_env
            .clone()
            .unwrap_or_else(|| default_env.to_string());
        let from_env = env(&var)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .map(Secret::new);
        let from_file = self
            .api_key
            .as_ref()
            .filter(|k| !k.expose().trim().is_empty())
            .map(|k| Secret::new(k.expose().trim()));
        ApiKey {
            var,
            key: from_env.or(from_file),
        }
    }
}

/// The range each numeric key of a backend's table must fall in: the key, the lowest and
/// highest value, and the unit for messages. Beyond these a value is a mistake (a timeout of
/// 1e20 seconds, a rate of 1e-300 requests a second) that would otherwise overflow a
/// `Duration` or wait for ever.
pub const NUMBER_RANGES: &[(&str, f64, f64, &str)] = &[
    ("concurrency", 1.0, 256.0, ""),
    ("requests_per_second", 0.001, 10_000.0, " requests a second"),
    ("max_retry_seconds", 0.0, 86_400.0, " seconds"),
    ("timeout_seconds", 0.001, 86_400.0, " seconds"),
    ("retry_base_seconds", 0.0, 3_600.0, " seconds"),
    ("max_retries", 0.0, 100.0, ""),
    ("batch_size", 1.0, 10_000.0, ""),
    ("beam_size", 1.0, 64.0, ""),
    ("max_length", 1.0, 4_096.0, " tokens"),
];

impl BackendConfig {
    /// Each numeric key that is set, with its value.
    fn numbers(&self) -> Vec<(&'static str, f64)> {
        let as_f64 = |v: Option<usize>| v.map(|n| n as f64);
        [
            ("concurrency", as_f64(self.concurrency)),
            ("requests_per_second", self.requests_per_second),
            ("max_retry_seconds", self.max_retry_seconds),
            ("timeout_seconds", self.timeout_seconds),
            ("retry_base_seconds", self.retry_base_seconds),
            ("max_retries", self.max_retries.map(f64::from)),
            ("batch_size", as_f64(self.batch_size)),
            ("beam_size", as_f64(self.beam_size)),
            ("max_length", as_f64(self.max_length)),
        ]
        .into_iter()
        .filter_map(|(k, v)| Some((k, v?)))
        .collect()
    }

    /// Checks every numeric key against [`NUMBER_RANGES`]: the first one out of range (or not
    /// a finite number) as `(key, message)`, the message saying the range and the value.
    pub fn check_numbers(&self) -> Result<(), (&'static str, String)> {
        for (key, value) in self.numbers() {
            let Some(&(_, low, high, unit)) = NUMBER_RANGES.iter().find(|r| r.0 == key) else {
                continue;
            };
            if !(value.is_finite() && (low..=high).contains(&value)) {
                return Err((
                    key,
                    format!("`{key}` must be between {low} and {high}{unit}, not {value}"),
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_key_prefers_env_then_file_and_names_the_variable() {
        let mut b = BackendConfig {
            kind: "deepl".into(),
            ..Default::default()
        };
        let env = |k: &str| (k == "DEEPL_AUTH_KEY").then(|| " from-env ".to_string());
        let none = |_: &str| None;
        let found = |b: &BackendConfig, env: &dyn Fn(&str) -> Option<String>| {
            let k = b.api_key_from("DEEPL_AUTH_KEY", env);
            (k.var, k.key.map(|s| s.expose().to_string()))
        };
        assert_eq!(
            found(&b, &env),
            ("DEEPL_AUTH_KEY".into(), Some("from-env".into()))
        );
        assert_eq!(found(&b, &none), ("DEEPL_AUTH_KEY".into(), None));
        b.api_key = Some(Secret::new("from-file"));
        assert_eq!(
            found(&b, &none),
            ("DEEPL_AUTH_KEY".into(), Some("from-file".into()))
        );
        assert_eq!(
            found(&b, &env),
            ("DEEPL_AUTH_KEY".into(), Some("from-env".into()))
        );
        b.api_key_env = Some("MY_KEY".into());
        assert_eq!(found(&b, &env), ("MY_KEY".into(), Some("from-file".into())));
        b.api_key = None;
        assert_eq!(found(&b, &env), ("MY_KEY".into(), None));
        let e = missing_key("deepl", "MY_KEY").to_string();
        assert!(
            e.contains("set the environment variable MY_KEY") && e.contains("[backends.deepl]"),
            "{e}"
        );
    }

    #[test]
    fn numbers_out_of_range_are_refused_with_the_range() {
        let ok = BackendConfig {
            kind: "deepl".into(),
            timeout_seconds: Some(30.0),
            max_retry_seconds: Some(0.0),
            requests_per_second: Some(5.0),
            concurrency: Some(4),
            ..Default::default()
        };
        assert_eq!(ok.check_numbers(), Ok(()));
        for (b, key) in [
            (
                BackendConfig {
                    timeout_seconds: Some(1e20),
                    ..ok.clone()
                },
                "timeout_seconds",
            ),
            (
                BackendConfig {
                    max_retry_seconds: Some(1e20),
                    ..ok.clone()
                },
                "max_retry_seconds",
            ),
            (
                BackendConfig {
                    requests_per_second: Some(1e-300),
                    ..ok.clone()
                },
                "requests_per_second",
            ),
            (
                BackendConfig {
                    retry_base_seconds: Some(f64::NAN),
                    ..ok.clone()
                },
                "retry_base_seconds",
            ),
            (
                BackendConfig {
                    concurrency: Some(0),
                    ..ok.clone()
                },
                "concurrency",
            ),
            (
                BackendConfig {
                    max_retries: Some(1_000_000),
                    ..ok.clone()
                },
                "max_retries",
            ),
        ] {
            let (k, message) = b.check_numbers().unwrap_err();
            assert_eq!(k, key);
            assert!(
                message.starts_with(&format!("`{key}` must be between ")),
                "{message}"
            );
        }
        // Every numeric key has a range.
        let all = BackendConfig {
            concurrency: Some(1),
            requests_per_second: Some(1.0),
            max_retry_seconds: Some(1.0),
            timeout_seconds: Some(1.0),
            retry_base_seconds: Some(1.0),
            max_retries: Some(1),
            batch_size: Some(1),
            beam_size: Some(1),
            max_length: Some(1),
            ..Default::default()
        };
        let keys: Vec<&str> = all.numbers().into_iter().map(|(k, _)| k).collect();
        let ranged: Vec<&str> = NUMBER_RANGES.iter().map(|r| r.0).collect();
        assert_eq!(keys, ranged);
    }
}
