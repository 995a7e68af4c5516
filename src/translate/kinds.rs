//! The one table of backend kinds ([`BACKEND_KINDS`]): for each kind its name, the variable
//! its API key is read from, the environment variables it reads, the config keys it takes, and
//! its constructor. The config reads it (kind names, per-kind keys, `config init` and `config
//! show`), [`super::build_from`] builds from it, `passerelle backends` lists it; nothing else
//! keeps a list of kinds.

use super::{BackendConfig, Translator};

/// An environment variable a backend kind reads, for `config init` and `config show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnvVar {
    /// The variable's name.
    pub name: &'static str,
    /// What it is for, in a few words.
    pub purpose: &'static str,
    /// Whether its value is a secret (never printed).
    pub secret: bool,
}

/// A kind's constructor: the backend called `name` from its table.
pub type Build = fn(&str, &BackendConfig) -> Result<Box<dyn Translator>, crate::Error>;

/// One backend kind.
#[derive(Debug, Clone, Copy)]
pub struct BackendKind {
    /// The kind's name (`kind = "deepl"`, `--backend deepl`).
    pub name: &'static str,
    /// The variable the API key is read from unless `api_key_env` names another; `None` for
    /// kinds that take no key.
    pub key_env: Option<&'static str>,
    /// The environment variables it reads (its key variable first, when it has one).
    pub env: &'static [EnvVar],
    /// The keys of its `[backends.NAME]` table (`kind` included).
    pub keys: &'static [&'static str],
    /// Makes the backend called `name` from its table.
    pub build: Build,
    /// The values its table's keys take when left out (`config show`); keys without a fixed
    /// default (a timeout scaled to the batch, say) are not set.
    pub defaults: fn() -> BackendConfig,
    /// A word on a default that depends on something else, by key (`config show`).
    pub default_notes: &'static [(&'static str, &'static str)],
}

/// The environment variable that turns the marian backend's offline mode on (`1`, `true`,
/// `yes`, `on`); `--offline` wins.
pub const OFFLINE_ENV: &str = "PASSERELLE_OFFLINE";

/// The environment variable that sets the marian backend's `model_dir`; `--model-dir` wins.
pub const MODEL_DIR_ENV: &str = "PASSERELLE_MODEL_DIR";

/// The keys every HTTP service kind takes.
macro_rules! http_keys {
    ($($extra:literal),*) => {
        &[
            "kind",
            "url",
            "api_key_env",
            "api_key",
            "concurrency",
            "timeout_seconds",
            "max_retry_seconds",
            "requests_per_second",
            "retry_base_seconds",
            "max_retries",
            "batch_size",
            $($extra),*
        ]
    };
}

const fn key(name: &'static str) -> EnvVar {
    EnvVar {
        name,
        purpose: "API key",
        secret: true,
    }
}

/// Every backend kind, in the order `passerelle backends` and `config init` list them.
pub const BACKEND_KINDS: &[BackendKind] = &[
    BackendKind {
        name: "marian",
        key_env: None,
        env: &[
            EnvVar {
                name: OFFLINE_ENV,
                purpose: "set to 1: never download the model",
                secret: false,
            },
            EnvVar {
                name: MODEL_DIR_ENV,
                purpose: "the model directory (overrides model_dir)",
                secret: false,
            },
            EnvVar {
                name: "HF_HOME",
                purpose: "where the downloaded model is cached",
                secret: false,
            },
        ],
        keys: &[
            "kind",
            "model_dir",
            "beam_size",
            "max_length",
            "quantize",
            "offline",
            "concurrency",
        ],
        build: build_marian,
        defaults: marian_defaults,
        default_notes: &[("concurrency", "one thread per core")],
    },
    BackendKind {
        name: "apertium",
        key_env: None,
        env: &[],
        keys: &["kind", "chain", "timeout_seconds"],
        build: |name, config| Ok(Box::new(super::apertium::Apertium::new(name, config)?)),
        defaults: super::apertium::defaults,
        default_notes: &[],
    },
    BackendKind {
        name: "command",
        key_env: None,
        env: &[],
        keys: &["kind", "command", "timeout_seconds"],
        build: |name, config| Ok(Box::new(super::command::Command::new(name, config)?)),
        defaults: || BackendConfig {
            kind: "command".into(),
            ..BackendConfig::default()
        },
        default_notes: &[],
    },
    BackendKind {
        name: "deepl",
        key_env: Some(super::deepl::DEFAULT_KEY_ENV),
        env: &[key(super::deepl::DEFAULT_KEY_ENV)],
        keys: http_keys!("target_lang", "formality"),
        build: |name, config| Ok(Box::new(super::deepl::Deepl::new(name, config)?)),
        defaults: super::deepl::defaults,
        default_notes: &[("url", "the Free endpoint for a key ending in :fx")],
    },
    BackendKind {
        name: "libretranslate",
        key_env: Some(super::libretranslate::DEFAULT_KEY_ENV),
        env: &[key(super::libretranslate::DEFAULT_KEY_ENV)],
        keys: http_keys!(),
        build: |name, config| {
            Ok(Box::new(super::libretranslate::LibreTranslate::new(
                name, config,
            )?))
        },
        defaults: super::libretranslate::defaults,
        default_notes: &[],
    },
    BackendKind {
        name: "openai",
        key_env: Some(super::openai::DEFAULT_KEY_ENV),
        env: &[key(super::openai::DEFAULT_KEY_ENV)],
        keys: http_keys!("model", "response_format"),
        build: |name, config| Ok(Box::new(super::openai::OpenAi::new(name, config)?)),
        defaults: super::openai::defaults,
        default_notes: &[],
    },
    BackendKind {
        name: "google",
        key_env: Some(super::google::DEFAULT_KEY_ENV),
        env: &[key(super::google::DEFAULT_KEY_ENV)],
        keys: http_keys!(),
        build: |name, config| Ok(Box::new(super::google::Google::new(name, config)?)),
        defaults: super::google::defaults,
        default_notes: &[],
    },
];

#[cfg(feature = "marian")]
fn build_marian(name: &str, config: &BackendConfig) -> Result<Box<dyn Translator>, crate::Error> {
    Ok(Box::new(super::marian::Marian::new(name, config)?))
}

#[cfg(feature = "marian")]
fn marian_defaults() -> BackendConfig {
    super::marian::defaults()
}

#[cfg(not(feature = "marian"))]
fn marian_defaults() -> BackendConfig {
    BackendConfig {
        kind: "marian".into(),
        ..BackendConfig::default()
    }
}

#[cfg(not(feature = "marian"))]
fn build_marian(_: &str, _: &BackendConfig) -> Result<Box<dyn Translator>, crate::Error> {
    Err(crate::Error::Config(
        "the marian backend is not in this build (feature \"marian\" disabled)".into(),
    ))
}

/// The settings a table of kind `kind` leaves out, each with a word on where it comes from,
/// for `config show` (none for an unknown kind).
pub fn defaults_of(kind: &str) -> Vec<(String, toml::Value, String)> {
    let Some(k) = find(kind) else {
        return Vec::new();
    };
    let table = toml::Table::try_from((k.defaults)()).unwrap_or_default();
    k.keys
        .iter()
        .filter(|key| **key != "kind")
        .filter_map(|key| Some((key.to_string(), table.get(*key)?.clone())))
        .map(|(key, value)| {
            let note = match k.default_notes.iter().find(|(n, _)| *n == key) {
                Some((_, note)) => format!("kind {kind}; {note}"),
                None => format!("kind {kind}"),
            };
            (key, value, note)
        })
        .collect()
}

/// The kind called `name`.
pub fn find(name: &str) -> Option<&'static BackendKind> {
    BACKEND_KINDS.iter().find(|k| k.name == name)
}

/// The names of every kind, in table order.
pub fn names() -> Vec<&'static str> {
    BACKEND_KINDS.iter().map(|k| k.name).collect()
}

/// The environment variables that backend kind `kind` reads (none for an unknown kind).
pub fn kind_env_vars(kind: &str) -> &'static [EnvVar] {
    find(kind).map_or(&[], |k| k.env)
}

/// The variable a backend kind reads its API key from when `api_key_env` is not set, or
/// `None` for kinds that take no key.
pub fn default_api_key_env(kind: &str) -> Option<&'static str> {
    find(kind).and_then(|k| k.key_env)
}

/// The kinds whose table takes `key`, in table order.
pub fn kinds_taking(key: &str) -> Vec<&'static str> {
    BACKEND_KINDS
        .iter()
        .filter(|k| k.keys.contains(&key))
        .map(|k| k.name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_belongs_to_some_kind_and_every_kind_key_exists() {
        let fields = crate::config::backend_keys();
        for field in fields {
            assert!(!kinds_taking(field).is_empty(), "no kind takes `{field}`");
        }
        for kind in BACKEND_KINDS {
            assert_eq!(kind.keys[0], "kind", "{}", kind.name);
            for key in kind.keys {
                assert!(fields.contains(key), "{}: `{key}` is no field", kind.name);
            }
            assert_eq!(
                kind.key_env,
                kind.env.iter().find(|v| v.secret).map(|v| v.name),
                "{}",
                kind.name
            );
            assert_eq!(kind.key_env.is_some(), kind.keys.contains(&"api_key"));
        }
        for kind in BACKEND_KINDS {
            let defaults = toml::Table::try_from((kind.defaults)()).unwrap();
            assert_eq!(defaults["kind"].as_str(), Some(kind.name));
            assert_eq!(
                defaults.len() - 1,
                defaults_of(kind.name).len(),
                "{}",
                kind.name
            );
            for (key, _) in kind.default_notes {
                assert!(kind.keys.contains(key), "{}: note on `{key}`", kind.name);
            }
        }
        let mut sorted = names();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), BACKEND_KINDS.len(), "a kind listed twice");
    }

    #[test]
    fn the_table_builds_each_kind_and_only_its_kind() {
        let command = BackendConfig {
            kind: "command".into(),
            command: Some(vec!["cat".into()]),
            ..BackendConfig::default()
        };
        let t = (find("command").unwrap().build)("mine", &command).unwrap();
        assert_eq!(
            (t.info().name.as_str(), t.info().kind.as_str()),
            ("mine", "command")
        );
        let apertium = BackendConfig {
            kind: "apertium".into(),
            ..BackendConfig::default()
        };
        let t = (find("apertium").unwrap().build)("a", &apertium).unwrap();
        assert_eq!(t.info().kind, "apertium");
        assert!(find("nope").is_none());
        assert_eq!(default_api_key_env("deepl"), Some("DEEPL_AUTH_KEY"));
        assert_eq!(default_api_key_env("apertium"), None);
    }
}
