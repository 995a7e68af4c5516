//! The environment variables each backend kind reads ([`kind_env_vars`], for `config init`
//! and `config show`) and the API key lookup ([`BackendConfig::api_key`]).

use super::{BackendConfig, Secret};
use crate::translate::TranslateError;

/// Environment variables a backend kind reads, for `config init` and `config show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnvVar {
    /// The variable's name.
    pub name: &'static str,
    /// What it is for, in a few words.
    pub purpose: &'static str,
    /// Whether its value is a secret (never printed).
    pub secret: bool,
}

/// The environment variables that backend kind `kind` reads (with its default `api_key_env`).
pub fn kind_env_vars(kind: &str) -> &'static [EnvVar] {
    const fn key(name: &'static str) -> EnvVar {
        EnvVar {
            name,
            purpose: "API key",
            secret: true,
        }
    }
    match kind {
        "marian" => &[
            EnvVar {
                name: "PASSERELLE_OFFLINE",
                purpose: "set to 1: never download the model",
                secret: false,
            },
            EnvVar {
                name: "HF_HOME",
                purpose: "where the downloaded model is cached",
                secret: false,
            },
        ],
        "deepl" => {
            const V: &[EnvVar] = &[key("DEEPL_AUTH_KEY")];
            V
        }
        "libretranslate" => {
            const V: &[EnvVar] = &[key("LIBRETRANSLATE_API_KEY")];
            V
        }
        "openai" => {
            const V: &[EnvVar] = &[key("OPENAI_API_KEY")];
            V
        }
        "google" => {
            const V: &[EnvVar] = &[key("GOOGLE_API_KEY")];
            V
        }
        _ => &[],
    }
}

/// The variable a backend kind reads its API key from when `api_key_env` is not set, or
/// `None` for kinds that take no key.
pub fn default_api_key_env(kind: &str) -> Option<&'static str> {
    kind_env_vars(kind)
        .iter()
        .find(|v| v.secret)
        .map(|v| v.name)
}

impl BackendConfig {
    /// The variable to read the API key from: `api_key_env`, else `default`.
    pub fn api_key_env_or<'a>(&'a self, default: &'a str) -> &'a str {
        self.api_key_env.as_deref().unwrap_or(default)
    }

    /// The API key for backend `name`: the variable named by `api_key_env` (or the kind's
    /// default variable), else an `api_key` written in the file. A missing key is
    /// [`TranslateError::Unavailable`] naming the variable to set; the key never appears in an
    /// error.
    pub fn api_key(&self, name: &str) -> Result<Secret, TranslateError> {
        self.api_key_from(name, &|var| std::env::var(var).ok())
    }

    fn api_key_from(
        &self,
        name: &str,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Secret, TranslateError> {
        let var = self
            .api_key_env
            .as_deref()
            .or_else(|| default_api_key_env(&self.kind));
        if let Some(value) = var.and_then(env).filter(|v| !v.trim().is_empty()) {
            return Ok(Secret::new(value.trim()));
        }
        if let Some(key) = self.api_key.as_ref().filter(|k| !k.expose().is_empty()) {
            return Ok(key.clone());
        }
        let message = match var {
            Some(var) => format!(
                "no API key: set the environment variable {var} (or name another variable with \
                 api_key_env in [backends.{name}])"
            ),
            None => format!(
                "no API key: name the environment variable that holds it with api_key_env in \
                 [backends.{name}]"
            ),
        };
        Err(TranslateError::Unavailable {
            backend: name.to_string(),
            message,
        })
    }
}

