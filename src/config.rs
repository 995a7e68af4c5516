//! Configuration: the TOML file (design §3), the environment and the flags, resolved into one
//! plain [`Config`]. Lookup order: `--config`, `$PASSERELLE_CONFIG`, `./passerelle.toml`,
//! `$XDG_CONFIG_HOME/passerelle/config.toml`. Flags override environment, environment overrides
//! the file. Secrets are never stored here: only the names of the variables that hold them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::Error;

/// The default backend when none is named anywhere.
pub const DEFAULT_BACKEND: &str = "marian";

/// The resolved configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The backend used when `--backend` and `PASSERELLE_BACKEND` are absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backend: Option<String>,
    /// User glossaries added to the shipped ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossaries: Vec<PathBuf>,
    /// Named backends.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub backends: BTreeMap<String, BackendConfig>,
}

/// One backend's settings. Which keys apply depends on `kind`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackendConfig {
    /// The backend kind: `apertium`, `command`, `marian`, `deepl`, `libretranslate`, `openai`, `google`.
    pub kind: String,
    /// Base URL of the service (HTTP kinds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Name of the environment variable that holds the API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key_env: Option<String>,
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
    /// Never download model files (`marian`); `PASSERELLE_OFFLINE=1` or `--offline` too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offline: Option<bool>,
    /// Most tokens generated per sentence (`marian`; a bound relative to the source
    /// length, twice it plus 10, applies as well).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<usize>,
}

impl Config {
    /// Parses a config file's text; `path` is for error messages.
    pub fn parse(path: &Path, text: &str) -> Result<Config, Error> {
        toml::from_str(text).map_err(|e| Error::Config(format!("{}: {}", path.display(), e)))
    }

    /// Loads the config file found by the lookup order, or the empty config when none exists.
    /// `explicit` is `--config`; a missing explicit file is an error.
    pub fn load(explicit: Option<&Path>) -> Result<(Config, Option<PathBuf>), Error> {
        let candidates: Vec<(PathBuf, bool)> = if let Some(p) = explicit {
            vec![(p.to_path_buf(), true)]
        } else if let Some(p) = std::env::var_os("PASSERELLE_CONFIG") {
            vec![(PathBuf::from(p), true)]
        } else {
            let mut v = vec![(PathBuf::from("passerelle.toml"), false)];
            if let Some(dirs) = directories::BaseDirs::new() {
                v.push((dirs.config_dir().join("passerelle/config.toml"), false));
            }
            v
        };
        for (path, required) in candidates {
            match std::fs::read_to_string(&path) {
                Ok(text) => return Ok((Config::parse(&path, &text)?, Some(path))),
                Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(Error::Config(format!("{}: {}", path.display(), e))),
            }
        }
        Ok((Config::default(), None))
    }

    /// The backend to use: `flag`, else `$PASSERELLE_BACKEND`, else the file's `backend`,
    /// else [`DEFAULT_BACKEND`].
    pub fn backend_name(&self, flag: Option<&str>) -> String {
        flag.map(str::to_string)
            .or_else(|| {
                std::env::var("PASSERELLE_BACKEND")
                    .ok()
                    .filter(|s| !s.is_empty())
            })
            .or_else(|| self.backend.clone())
            .unwrap_or_else(|| DEFAULT_BACKEND.to_string())
    }

    /// The settings of backend `name`: its `[backends.NAME]` section, or, for a kind name with
    /// no section, that kind with defaults.
    pub fn backend_config(&self, name: &str) -> Result<BackendConfig, Error> {
        if let Some(b) = self.backends.get(name) {
            return Ok(b.clone());
        }
        if crate::translate::KINDS.contains(&name) {
            return Ok(BackendConfig {
                kind: name.to_string(),
                ..BackendConfig::default()
            });
        }
        let configured: Vec<&str> = self.backends.keys().map(String::as_str).collect();
        Err(Error::Config(format!(
            "unknown backend {name:?}; configured: [{}]; kinds usable by name: {}",
            configured.join(", "),
            crate::translate::KINDS.join(", ")
        )))
    }
}
