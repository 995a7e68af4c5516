//! Configuration: the TOML file (design §3), the environment and the flags, resolved into one
//! plain [`Config`].
//!
//! Lookup order: `--config`, `$PASSERELLE_CONFIG`, `./passerelle.toml`,
//! `$XDG_CONFIG_HOME/passerelle/config.toml` (else `~/.config/passerelle/config.toml`); the
//! first that exists is read, and an explicitly named file (flag or variable) must exist.
//! Precedence: flags override environment, environment overrides the file, the file overrides
//! the defaults. Unknown keys are rejected with the nearest valid key named.
//!
//! Secrets are not meant to live here: a backend names the environment variable that holds its
//! key (`api_key_env`). A key written straight into the file (`api_key`) is accepted for
//! convenience, kept in a [`Secret`] that never prints, and warned about. This module owns
//! parsing, validation and provenance (where each value came from, for `passerelle config
//! show`); it does not build backends (that is [`crate::translate::build`]).

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::translate::TranslateError;
use crate::Error;

/// The default backend when none is named anywhere.
pub const DEFAULT_BACKEND: &str = "marian";

/// The environment variable naming the config file.
pub const CONFIG_ENV: &str = "PASSERELLE_CONFIG";

/// The environment variable naming the backend (overrides the file's `backend`).
pub const BACKEND_ENV: &str = "PASSERELLE_BACKEND";

/// The config file looked for in the current directory.
pub const LOCAL_FILE: &str = "passerelle.toml";

/// The resolved configuration.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The backend used when `--backend` and `PASSERELLE_BACKEND` are absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backend: Option<String>,
    /// User glossaries added to the shipped ones (`~/` expanded at load time).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub glossaries: Vec<PathBuf>,
    /// The translation memory: `postgres://USER@HOST/DB` (shared between machines) or an SQLite
    /// file; `$PASSERELLE_CACHE` overrides it, the default is the SQLite file of
    /// [`crate::cache::default_path`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache: Option<String>,
    /// `passerelle serve`: the environment variable holding the API keys clients must present
    /// (comma- or whitespace-separated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_keys_env: Option<String>,
    /// Named backends.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub backends: BTreeMap<String, BackendConfig>,
}

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

/// A secret string (an API key). Its `Debug`, `Display` and `Serialize` never show the value;
/// [`Secret::expose`] is the one way to read it.
#[derive(Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret value itself: only for putting it where the vendor expects it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// What a secret prints as, everywhere.
pub const REDACTED: &str = "<redacted>";

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({REDACTED})")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(REDACTED)
    }
}

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag (`--backend`).
    Flag(String),
    /// An environment variable (`PASSERELLE_BACKEND`).
    Env(String),
    /// The config file at this path.
    File(PathBuf),
    /// Built in; the text says which default (`kind "deepl"`).
    Default(String),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "flag {flag}"),
            Source::Env(var) => write!(f, "env ${var}"),
            Source::File(path) => write!(f, "file {}", path.display()),
            Source::Default(what) if what.is_empty() => f.write_str("default"),
            Source::Default(what) => write!(f, "default ({what})"),
        }
    }
}

/// A config file that was read, and how it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigFile {
    /// The file's path as found (relative for `./passerelle.toml`).
    pub path: PathBuf,
    /// How it was found: flag `--config`, env `PASSERELLE_CONFIG`, or a default location.
    pub found_by: Source,
}

/// The outcome of [`Config::load_with`]: the config, the file it came from, and the warnings
/// the caller should show the user (secrets held in a file others can read, …).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    /// The parsed and validated config (empty when no file exists).
    pub config: Config,
    /// The file read, if any.
    pub file: Option<ConfigFile>,
    /// The places looked at, in order, and whether each existed.
    pub searched: Vec<(PathBuf, Source, bool)>,
    /// One-line warnings for stderr.
    pub warnings: Vec<String>,
}

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

/// The keys a struct accepts, read from its `Deserialize` impl (so fields added later are
/// known without a list to keep in step).
fn struct_fields<T: serde::de::DeserializeOwned>() -> &'static [&'static str] {
    use serde::de::{self, Visitor};
    struct Probe<'a>(&'a mut &'static [&'static str]);
    impl<'de> de::Deserializer<'de> for Probe<'_> {
        type Error = de::value::Error;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(de::Error::custom("not a struct"))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _visitor: V,
        ) -> Result<V::Value, Self::Error> {
            *self.0 = fields;
            Err(de::Error::custom("probe"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
            byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
            identifier ignored_any
        }
    }
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(Probe(&mut fields));
    fields
}

/// The keys accepted at the top level of a config file.
pub fn config_keys() -> &'static [&'static str] {
    struct_fields::<Config>()
}

/// The keys accepted in a `[backends.NAME]` table.
pub fn backend_keys() -> &'static [&'static str] {
    struct_fields::<BackendConfig>()
}

/// The candidate nearest to `word` (Damerau–Levenshtein, ties to the first), if it is close
/// enough to be a plausible typo.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    let (best, distance) = candidates
        .into_iter()
        .map(|c| {
            (
                c,
                strsim::damerau_levenshtein(&word_lower, &c.to_lowercase()),
            )
        })
        .min_by_key(|&(_, d)| d)?;
    let limit = (word.chars().count().max(best.chars().count()) / 2).max(2);
    (distance <= limit).then_some(best)
}

/// The 1-based line of byte offset `at` in `text`.
fn line_of(text: &str, at: usize) -> usize {
    text.as_bytes()[..at.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The line where `key` is assigned in table `table` (`None` = top level), when it can be
/// found by a plain scan (dotted keys and inline tables are not followed).
fn locate_key(text: &str, table: Option<&str>, key: &str) -> Option<usize> {
    let mut current: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.starts_with('[') {
            let name = line
                .trim_start_matches('[')
                .split(']')
                .next()
                .unwrap_or("")
                .trim();
            let parts: Vec<String> = name
                .split('.')
                .map(|p| p.trim().trim_matches('"').trim_matches('\'').to_string())
                .collect();
            current = Some(parts.join("."));
            continue;
        }
        let in_table = match (table, current.as_deref()) {
            (None, None) => true,
            (Some(want), Some(cur)) => want == cur,
            _ => false,
        };
        if !in_table {
            continue;
        }
        let Some((lhs, _)) = line.split_once('=') else {
            continue;
        };
        let lhs = lhs.trim().trim_matches('"').trim_matches('\'');
        if lhs == key {
            return Some(i + 1);
        }
    }
    None
}

/// `~/x` → `$HOME/x`; anything else unchanged.
fn expand_home(path: &Path, home: Option<&Path>) -> PathBuf {
    match (path.strip_prefix("~"), home) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => path.to_path_buf(),
    }
}

/// An environment variable name: letters, digits and `_`, not starting with a digit.
fn is_env_name(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn home_dir(env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    env("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
        .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf()))
}

/// `$XDG_CONFIG_HOME/passerelle/config.toml` when that variable is set to an absolute path,
/// else `~/.config/passerelle/config.toml` (on every platform: one place to document).
pub fn user_config_path() -> Option<PathBuf> {
    user_config_path_with(&|k| std::env::var_os(k))
}

fn user_config_path_with(env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let base = env("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| home_dir(env).map(|h| h.join(".config")))?;
    Some(base.join("passerelle").join("config.toml"))
}

/// A parsed file plus what the loader must still check about it.
struct Parsed {
    config: Config,
    /// Backends whose table holds `api_key` directly.
    holds_key: Vec<String>,
}

fn parse_inner(
    path: &Path,
    text: &str,
    env: &dyn Fn(&str) -> Option<OsString>,
) -> Result<Parsed, Error> {
    let file = path.display();
    let err = |message: String| Error::Config(message);
    let syntax = |e: toml::de::Error| {
        let line = e
            .span()
            .map(|s| format!(" (line {})", line_of(text, s.start)))
            .unwrap_or_default();
        err(format!(
            "{file}{line}: {}",
            e.message().trim().replace('\n', " ")
        ))
    };
    let table: toml::Table = toml::from_str(text).map_err(syntax)?;

    // Unknown keys, with the nearest valid key named.
    let unknown = |key: &str, table_name: Option<&str>, valid: &[&'static str]| {
        let line = locate_key(text, table_name, key)
            .map(|l| format!(" (line {l})"))
            .unwrap_or_default();
        let place = match table_name {
            None => format!("{file}{line}"),
            Some(t) => format!("[{t}] of {file}{line}"),
        };
        let hint = match nearest(key, valid.iter().copied()) {
            Some(near) => format!(", did you mean `{near}`?"),
            None => format!("; valid keys: {}", valid.join(", ")),
        };
        let belongs = if table_name.is_none() && backend_keys().contains(&key) {
            format!(" (`{key}` belongs in a [backends.NAME] table)")
        } else {
            String::new()
        };
        err(format!("unknown key `{key}` in {place}{hint}{belongs}"))
    };
    for key in table.keys() {
        if !config_keys().contains(&key.as_str()) {
            return Err(unknown(key, None, config_keys()));
        }
    }
    if let Some(backends) = table.get("backends") {
        let Some(backends) = backends.as_table() else {
            return Err(err(format!(
                "{file}: `backends` must be a table of tables, like [backends.deepl]"
            )));
        };
        for (name, section) in backends {
            let Some(section) = section.as_table() else {
                return Err(err(format!(
                    "{file}: `backends.{name}` must be a table ([backends.{name}] with a `kind`)"
                )));
            };
            for key in section.keys() {
                if !backend_keys().contains(&key.as_str()) {
                    return Err(unknown(
                        key,
                        Some(&format!("backends.{name}")),
                        backend_keys(),
                    ));
                }
            }
        }
    }

    // Types (missing fields, wrong types), with the line of the offending value.
    let mut config: Config = toml::from_str(text).map_err(syntax)?;

    let kinds = crate::translate::KINDS;
    let mut holds_key = Vec::new();
    for (name, backend) in config.backends.iter_mut() {
        if backend.kind.is_empty() {
            if kinds.contains(&name.as_str()) {
                backend.kind = name.clone();
            } else {
                return Err(err(format!(
                    "[backends.{name}] of {file} has no `kind`; set kind to one of: {}",
                    kinds.join(", ")
                )));
            }
        }
        if !kinds.contains(&backend.kind.as_str()) {
            let hint = match nearest(&backend.kind, kinds.iter().copied()) {
                Some(near) => format!("did you mean `{near}`? "),
                None => String::new(),
            };
            return Err(err(format!(
                "unknown kind `{}` in [backends.{name}] of {file}; {hint}kinds: {}",
                backend.kind,
                kinds.join(", ")
            )));
        }
        if let Some(var) = &backend.api_key_env {
            // Never echo the value: a user may have pasted the key itself here.
            if !is_env_name(var) {
                return Err(err(format!(
                    "`api_key_env` in [backends.{name}] of {file} must be the NAME of an \
                     environment variable (letters, digits, _), like {}; put the key itself in \
                     that variable",
                    default_api_key_env(&backend.kind).unwrap_or("MY_API_KEY")
                )));
            }
        }
        if backend.api_key.is_some() {
            holds_key.push(name.clone());
        }
        if let Some(dir) = &backend.model_dir {
            backend.model_dir = Some(expand_home(dir, home_dir(env).as_deref()));
        }
    }
    if let Some(b) = &config.backend {
        if b.trim().is_empty() {
            return Err(err(format!("{file}: `backend` is empty")));
        }
    }
    let home = home_dir(env);
    for g in config.glossaries.iter_mut() {
        *g = expand_home(g, home.as_deref());
    }
    Ok(Parsed { config, holds_key })
}

/// The warnings about API keys written in a config file: always suggest `api_key_env`; when
/// the file is readable by group or others, also `chmod 600`.
fn key_warnings(path: &Path, holds_key: &[String]) -> Vec<String> {
    if holds_key.is_empty() {
        return Vec::new();
    }
    let file = path.display();
    let tables = holds_key
        .iter()
        .map(|n| format!("[backends.{n}]"))
        .collect::<Vec<_>>()
        .join(", ");
    #[cfg(unix)]
    let readable_by_others = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path)
            .map(|m| m.permissions().mode() & 0o044 != 0)
            .unwrap_or(false)
    };
    #[cfg(not(unix))]
    let readable_by_others = false;
    if readable_by_others {
        vec![format!(
            "{file} holds an API key ({tables}) and is readable by other users: move the key to \
             an environment variable named by `api_key_env`, or at least run `chmod 600 {file}`"
        )]
    } else {
        vec![format!(
            "{file} holds an API key ({tables}); prefer an environment variable named by \
             `api_key_env`"
        )]
    }
}

impl Config {
    /// Parses and validates a config file's text; `path` is for error messages. Unknown keys,
    /// unknown kinds and malformed values are errors naming the file (and line, when known).
    pub fn parse(path: &Path, text: &str) -> Result<Config, Error> {
        parse_inner(path, text, &|k| std::env::var_os(k)).map(|p| p.config)
    }

    /// Loads the config file found by the lookup order, or the empty config when none exists.
    /// `explicit` is `--config`; a missing explicit file is an error. Warnings (an API key in a
    /// file others can read) are printed on stderr.
    pub fn load(explicit: Option<&Path>) -> Result<(Config, Option<PathBuf>), Error> {
        let loaded = Config::load_with(explicit)?;
        for w in &loaded.warnings {
            eprintln!("passerelle: warning: {w}");
        }
        Ok((loaded.config, loaded.file.map(|f| f.path)))
    }

    /// Like [`Config::load`], but returns the warnings and how the file was found instead of
    /// printing anything.
    pub fn load_with(explicit: Option<&Path>) -> Result<Loaded, Error> {
        load_inner(explicit, &|k| std::env::var_os(k))
    }

    /// The backend to use: `flag`, else `$PASSERELLE_BACKEND`, else the file's `backend`,
    /// else [`DEFAULT_BACKEND`].
    pub fn backend_name(&self, flag: Option<&str>) -> String {
        self.backend_name_with_source(flag, None).0
    }

    /// [`Config::backend_name`] and where the name came from; `file` is the config file's
    /// path, for the [`Source::File`] it reports.
    pub fn backend_name_with_source(
        &self,
        flag: Option<&str>,
        file: Option<&Path>,
    ) -> (String, Source) {
        self.backend_name_from(flag, file, &|k| std::env::var(k).ok())
    }

    fn backend_name_from(
        &self,
        flag: Option<&str>,
        file: Option<&Path>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> (String, Source) {
        if let Some(f) = flag.filter(|f| !f.is_empty()) {
            return (f.to_string(), Source::Flag("--backend".into()));
        }
        if let Some(e) = env(BACKEND_ENV).filter(|s| !s.trim().is_empty()) {
            return (e.trim().to_string(), Source::Env(BACKEND_ENV.into()));
        }
        if let Some(b) = &self.backend {
            let source = file
                .map(|p| Source::File(p.to_path_buf()))
                .unwrap_or_else(|| Source::Default("config".into()));
            return (b.clone(), source);
        }
        (DEFAULT_BACKEND.to_string(), Source::Default(String::new()))
    }

    /// The settings of backend `name`: its `[backends.NAME]` section, or, for a kind name with
    /// no section, that kind with defaults. An unknown name lists the configured backends and
    /// the kinds, and suggests the nearest.
    pub fn backend_config(&self, name: &str) -> Result<BackendConfig, Error> {
        if let Some(b) = self.backends.get(name) {
            return Ok(b.clone());
        }
        let kinds = crate::translate::KINDS;
        if kinds.contains(&name) {
            return Ok(BackendConfig {
                kind: name.to_string(),
                ..BackendConfig::default()
            });
        }
        let names = self
            .backends
            .keys()
            .map(String::as_str)
            .chain(kinds.iter().copied());
        let hint = nearest(name, names)
            .map(|n| format!("did you mean {n:?}? "))
            .unwrap_or_default();
        let configured = if self.backends.is_empty() {
            "none (write a config with `passerelle config init`)".to_string()
        } else {
            self.backends
                .iter()
                .map(|(n, b)| format!("{n} ({})", b.kind))
                .collect::<Vec<_>>()
                .join(", ")
        };
        Err(Error::Config(format!(
            "unknown backend {name:?}; {hint}configured backends: {configured}; kinds usable by \
             name: {}",
            kinds.join(", ")
        )))
    }

    /// A commented starter config listing every backend kind with its keys and the
    /// environment variables it reads (`passerelle config init`).
    pub fn starter() -> String {
        STARTER.replace("{DEFAULT_BACKEND}", DEFAULT_BACKEND)
    }

    /// The resolved view `passerelle config show` prints: every value, redacted where secret,
    /// with where it came from. `flags` are the command-line values (`--backend`,
    /// `--glossary`); `file` is the config file's path.
    pub fn explain(&self, flags: &Flags, file: Option<&Path>) -> Result<Explained, Error> {
        self.explain_with(flags, file, &|k| std::env::var(k).ok())
    }

    fn explain_with(
        &self,
        flags: &Flags,
        file: Option<&Path>,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Explained, Error> {
        let file_source = || {
            file.map(|p| Source::File(p.to_path_buf()))
                .unwrap_or_else(|| Source::Default("config".into()))
        };
        let (backend, backend_source) = self.backend_name_from(flags.backend.as_deref(), file, env);
        let active = self.backend_config(&backend)?;
        let mut glossaries: Vec<(PathBuf, Source)> = self
            .glossaries
            .iter()
            .map(|g| (g.clone(), file_source()))
            .collect();
        glossaries.extend(
            flags
                .glossaries
                .iter()
                .map(|g| (g.clone(), Source::Flag("--glossary".into()))),
        );
        let mut backends = Vec::new();
        for (name, b) in &self.backends {
            backends.push(explain_backend(name, b, file_source(), env));
        }
        if !self.backends.contains_key(&backend) {
            backends.insert(
                0,
                explain_backend(
                    &backend,
                    &active,
                    Source::Default(format!("kind {:?} with no table in the config", backend)),
                    env,
                ),
            );
        }
        for b in backends.iter_mut() {
            b.active = b.name == backend;
        }
        Ok(Explained {
            backend: Setting {
                key: "backend".into(),
                value: toml_value(&backend),
                source: backend_source,
            },
            glossaries,
            backends,
        })
    }
}

/// The command-line values `config show` reports as flags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    /// `--backend`.
    pub backend: Option<String>,
    /// `--glossary`, repeatable.
    pub glossaries: Vec<PathBuf>,
}

/// One resolved key: its TOML-rendered value (secrets redacted) and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    /// The key.
    pub key: String,
    /// The value as TOML, or [`REDACTED`] for a secret.
    pub value: String,
    /// Where it came from.
    pub source: Source,
}

/// Whether an environment variable a backend reads is set (its value is never kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvStatus {
    /// The variable.
    pub name: String,
    /// What it is for.
    pub purpose: String,
    /// Whether it is set to a non-empty value.
    pub set: bool,
}

/// One backend as `config show` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExplainedBackend {
    /// Its name (`[backends.NAME]`).
    pub name: String,
    /// Where the table came from (the file, or the kind's defaults).
    pub source: Source,
    /// Whether this is the backend in use.
    pub active: bool,
    /// Its keys, `kind` first.
    pub settings: Vec<Setting>,
    /// The environment variables it reads.
    pub env: Vec<EnvStatus>,
}

/// The resolved configuration with provenance (see [`Config::explain`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    /// The backend used.
    pub backend: Setting,
    /// The user glossaries, config's first, then the flags'.
    pub glossaries: Vec<(PathBuf, Source)>,
    /// The backend in use (first, when it has no table) and every configured backend.
    pub backends: Vec<ExplainedBackend>,
}

fn toml_value<T: Serialize + ?Sized>(v: &T) -> String {
    toml::Value::try_from(v)
        .map(|v| v.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// A URL with any `user:password@` and query string hidden (they may carry credentials).
pub fn redact_url(url: &str) -> String {
    let (base, had_query) = match url.split_once('?') {
        Some((b, _)) => (b, true),
        None => (url, false),
    };
    let mut out = match base.split_once("://") {
        Some((scheme, rest)) => {
            let (authority, path) = match rest.find('/') {
                Some(i) => rest.split_at(i),
                None => (rest, ""),
            };
            match authority.rsplit_once('@') {
                Some((_, host)) => format!("{scheme}://{REDACTED}@{host}{path}"),
                None => base.to_string(),
            }
        }
        None => base.to_string(),
    };
    if had_query {
        out.push('?');
        out.push_str(REDACTED);
    }
    out
}

fn explain_backend(
    name: &str,
    b: &BackendConfig,
    table_source: Source,
    env: &dyn Fn(&str) -> Option<String>,
) -> ExplainedBackend {
    let mut settings = Vec::new();
    let kind_source = if matches!(table_source, Source::File(_)) {
        // A table without `kind` whose name is a kind gets its kind from its name.
        table_source.clone()
    } else {
        Source::Default(String::new())
    };
    settings.push(Setting {
        key: "kind".into(),
        value: toml_value(&b.kind),
        source: kind_source,
    });
    let table = toml::Table::try_from(b).unwrap_or_default();
    for (key, value) in &table {
        if key == "kind" {
            continue;
        }
        let value = match key.as_str() {
            "url" => toml_value(&redact_url(value.as_str().unwrap_or_default())),
            "api_key_env"
                if !value.as_str().is_some_and(|v| {
                    v.chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
                }) =>
            {
                // Not a conventional variable name: it could be a pasted key.
                toml_value(REDACTED)
            }
            _ => value.to_string(),
        };
        settings.push(Setting {
            key: key.clone(),
            value,
            source: table_source.clone(),
        });
    }
    if b.api_key_env.is_none() {
        if let Some(var) = default_api_key_env(&b.kind) {
            settings.push(Setting {
                key: "api_key_env".into(),
                value: toml_value(var),
                source: Source::Default(format!("kind {}", b.kind)),
            });
        }
    }
    if b.api_key.is_some() {
        settings.push(Setting {
            key: "api_key".into(),
            value: toml_value(REDACTED),
            source: table_source.clone(),
        });
    }
    let mut vars: Vec<EnvStatus> = Vec::new();
    if let Some(var) = &b.api_key_env {
        if is_env_name(var) && var.chars().all(|c| !c.is_ascii_lowercase()) {
            vars.push(EnvStatus {
                name: var.clone(),
                purpose: "API key".into(),
                set: env(var).is_some_and(|v| !v.trim().is_empty()),
            });
        }
    }
    for v in kind_env_vars(&b.kind) {
        if v.secret && b.api_key_env.is_some() {
            continue;
        }
        vars.push(EnvStatus {
            name: v.name.into(),
            purpose: v.purpose.into(),
            set: env(v.name).is_some_and(|x| !x.trim().is_empty()),
        });
    }
    ExplainedBackend {
        name: name.to_string(),
        source: table_source,
        active: false,
        settings,
        env: vars,
    }
}

fn load_inner(
    explicit: Option<&Path>,
    env: &dyn Fn(&str) -> Option<OsString>,
) -> Result<Loaded, Error> {
    let mut candidates: Vec<(PathBuf, Source, bool)> = Vec::new();
    if let Some(p) = explicit {
        candidates.push((p.to_path_buf(), Source::Flag("--config".into()), true));
    } else if let Some(p) = env(CONFIG_ENV).filter(|p| !p.is_empty()) {
        candidates.push((PathBuf::from(p), Source::Env(CONFIG_ENV.into()), true));
    } else {
        candidates.push((
            PathBuf::from(LOCAL_FILE),
            Source::Default("current directory".into()),
            false,
        ));
        if let Some(p) = user_config_path_with(env) {
            candidates.push((p, Source::Default("user config".into()), false));
        }
    }
    let mut searched = Vec::new();
    for (path, found_by, required) in candidates {
        match std::fs::read(&path) {
            Ok(bytes) => {
                searched.push((path.clone(), found_by.clone(), true));
                let text = String::from_utf8(bytes).map_err(|e| {
                    Error::Config(format!(
                        "{}: not UTF-8 (invalid byte at offset {})",
                        path.display(),
                        e.utf8_error().valid_up_to()
                    ))
                })?;
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                let parsed = parse_inner(&path, text, env)?;
                let warnings = key_warnings(&path, &parsed.holds_key);
                return Ok(Loaded {
                    config: parsed.config,
                    file: Some(ConfigFile { path, found_by }),
                    searched,
                    warnings,
                });
            }
            Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => {
                searched.push((path, found_by, false));
            }
            Err(e) => {
                let how = match &found_by {
                    Source::Default(_) => String::new(),
                    other => format!(" (from {other})"),
                };
                let what = if e.kind() == std::io::ErrorKind::NotFound {
                    "no such file".to_string()
                } else {
                    e.to_string()
                };
                return Err(Error::Config(format!("{}{how}: {what}", path.display())));
            }
        }
    }
    Ok(Loaded {
        searched,
        ..Loaded::default()
    })
}

/// The text `passerelle config init` writes. Every key of every `[backends.*]` table is listed
/// (commented out) once; tests uncomment them all and parse the result.
const STARTER: &str = r#"# Passerelle configuration, written by `passerelle config init`.
#
# Where Passerelle looks (the first file found is read):
#   1. --config PATH
#   2. $PASSERELLE_CONFIG
#   3. ./passerelle.toml
#   4. $XDG_CONFIG_HOME/passerelle/config.toml (default ~/.config/passerelle/config.toml)
# Flags override environment variables, which override this file.
# `passerelle config show` prints the resolved settings and where each one came from.
#
# Secrets: do not write API keys here. Each service backend reads its key from an environment
# variable (the default is given below; `api_key_env` names another one). Export it in your
# shell, e.g.  export DEEPL_AUTH_KEY=...
# (An `api_key = "..."` line is accepted but warned about; keep such a file `chmod 600`.)

# The backend used when neither --backend nor $PASSERELLE_BACKEND names one: a table name
# below or a kind name. Built-in default: "{DEFAULT_BACKEND}".
# backend = "{DEFAULT_BACKEND}"

# Your glossaries (TSV, CSV or TBX: fr, en, kind, note), added to the shipped ones;
# --glossary adds more. `~/` means your home directory.
glossaries = []

# ----------------------------------------------------------------------------------------
# Backends. Each [backends.NAME] table has a `kind`; NAME is what --backend takes. Every kind
# also works by its kind name with its defaults and no table at all (`--backend apertium`).
# Copy a table under another name to keep two settings of one kind (two LLM servers, say).
# Keys read by several kinds:
#   concurrency          how many calls run at once (-j overrides)
#   timeout_seconds      per-request timeout (HTTP kinds)
#   max_retry_seconds    longest total time spent retrying one batch (HTTP kinds)
#   requests_per_second  client-side rate limit (HTTP kinds)
#   retry_base_seconds   first retry delay, doubled at each retry (HTTP kinds; default 1)
#   max_retries          most retries of one request (HTTP kinds; default 8)
#   batch_size           most texts per request, below the service's own limit (HTTP kinds)
# ----------------------------------------------------------------------------------------

# Local neural translation in-process (Helsinki-NLP opus-mt-fr-en). No account, no network
# once the model is in the cache.
# Environment: PASSERELLE_OFFLINE=1 never downloads; HF_HOME moves the model cache.
[backends.marian]
kind = "marian"
# model_dir = "~/models/opus-mt-fr-en"   # config.json, model.safetensors and tokenizers
# beam_size = 1                          # 1 = greedy decoding
# max_length = 256                       # most tokens generated per sentence
# quantize = "int8"                      # int8 weights (default; 2.5x smaller, faster) or "f32"
# offline = false                        # true: never download the model
# concurrency = 2

# Apertium (Debian: apt-get install apertium apertium-fr-es apertium-eng-spa). Rule-based,
# offline, fast. Debian has no French-English pair, so it pivots through Spanish.
# Environment: none.
[backends.apertium]
kind = "apertium"
# chain = ["fr-es", "spa-eng"]           # modes run one after the other

# Any program: one French sentence per line on stdin, one English line per sentence on stdout.
# Environment: none of its own (the program inherits yours).
[backends.command]
kind = "command"
# command = ["my-translator", "--from", "fr", "--to", "en"]

# DeepL API. Glossaries are enforced natively. Keys ending in ":fx" use the Free endpoint.
# Environment: DEEPL_AUTH_KEY (the API key).
[backends.deepl]
kind = "deepl"
# api_key_env = "DEEPL_AUTH_KEY"
# api_key = "..."                        # discouraged: a key in a file leaks; use api_key_env
# url = "https://api-free.deepl.com"     # override for proxies or tests
# target_lang = "EN-US"                  # or "EN-GB"
# formality = "prefer_less"              # prefer_more, prefer_less, more, less, default
# timeout_seconds = 30
# max_retry_seconds = 60
# requests_per_second = 5
# retry_base_seconds = 1
# max_retries = 8
# batch_size = 50

# LibreTranslate, self-hosted or a public instance.
# Environment: LIBRETRANSLATE_API_KEY (only if the server requires a key).
[backends.libretranslate]
kind = "libretranslate"
# url = "http://localhost:5000"
# api_key_env = "LIBRETRANSLATE_API_KEY"

# Any OpenAI-compatible chat server: OpenAI, Ollama, vLLM, llama.cpp.
# Environment: OPENAI_API_KEY (the API key; local servers usually need none).
[backends.openai]
kind = "openai"
# url = "http://localhost:11434/v1"      # Ollama; OpenAI itself is https://api.openai.com/v1
# model = "mistral-small"
# response_format = "json_schema"        # or "json_object", or "none" for servers without it
# api_key_env = "OPENAI_API_KEY"

# Google Cloud Translation (v2).
# Environment: GOOGLE_API_KEY (the API key).
[backends.google]
kind = "google"
# api_key_env = "GOOGLE_API_KEY"
# url = "https://translation.googleapis.com"
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn p() -> PathBuf {
        PathBuf::from("passerelle.toml")
    }

    fn no_env(_: &str) -> Option<OsString> {
        None
    }

    fn parse(text: &str) -> Result<Parsed, Error> {
        parse_inner(&p(), text, &no_env)
    }

    fn message(r: Result<Parsed, Error>) -> String {
        match r {
            Ok(_) => panic!("expected an error"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn field_lists_come_from_the_structs() {
        assert_eq!(
            config_keys(),
            &["backend", "glossaries", "cache", "api_keys_env", "backends"]
        );
        for key in [
            "kind",
            "url",
            "api_key_env",
            "api_key",
            "chain",
            "command",
            "model_dir",
        ] {
            assert!(backend_keys().contains(&key), "{key}");
        }
    }

    #[test]
    fn design_example_parses() {
        let text = r#"
backend = "deepl"
glossaries = ["~/terms/ukraine.tsv"]

[backends.deepl]
kind = "deepl"
api_key_env = "DEEPL_AUTH_KEY"

[backends.local-llm]
kind = "openai"
url = "http://localhost:11434/v1"
model = "mistral-small"

[backends.apertium]
kind = "apertium"
chain = ["fr-es", "spa-eng"]
"#;
        let env = |k: &str| (k == "HOME").then(|| OsString::from("/home/u"));
        let c = parse_inner(&p(), text, &env).unwrap().config;
        assert_eq!(c.backend.as_deref(), Some("deepl"));
        assert_eq!(
            c.glossaries,
            vec![PathBuf::from("/home/u/terms/ukraine.tsv")]
        );
        assert_eq!(c.backends["local-llm"].kind, "openai");
        assert_eq!(
            c.backends["apertium"].chain.as_deref(),
            Some(&["fr-es".to_string(), "spa-eng".to_string()][..])
        );
    }

    #[test]
    fn unknown_top_level_key_names_the_nearest() {
        let m = message(parse("glosaries = []\n"));
        assert!(
            m.contains(
                "unknown key `glosaries` in passerelle.toml (line 1), did you mean `glossaries`?"
            ),
            "{m}"
        );
        let m = message(parse("\n\nbackned = \"x\"\n"));
        assert!(m.contains("(line 3)") && m.contains("`backend`?"), "{m}");
    }

    #[test]
    fn unknown_backend_key_names_table_line_and_nearest() {
        let text = "[backends.deepl]\nkind = \"deepl\"\napi_kye_env = \"X\"\n";
        let m = message(parse(text));
        assert!(
            m.contains("unknown key `api_kye_env` in [backends.deepl] of passerelle.toml (line 3), did you mean `api_key_env`?"),
            "{m}"
        );
    }

    #[test]
    fn backend_key_at_top_level_is_explained() {
        let m = message(parse("kind = \"deepl\"\n"));
        assert!(m.contains("belongs in a [backends.NAME] table"), "{m}");
    }

    #[test]
    fn far_away_key_lists_the_valid_ones() {
        let m = message(parse("zzzzzzzzzzzz = 1\n"));
        assert!(
            m.contains("valid keys: backend, glossaries, backends"),
            "{m}"
        );
    }

    #[test]
    fn syntax_and_type_errors_are_one_line_with_line_number() {
        let m = message(parse("backend = \n"));
        assert!(m.starts_with("config: passerelle.toml (line 1): "), "{m}");
        assert!(!m.contains('\n'), "{m}");
        let m = message(parse(
            "[backends.deepl]\nkind = \"deepl\"\nconcurrency = \"two\"\n",
        ));
        assert!(m.contains("(line 3)") && !m.contains('\n'), "{m}");
    }

    #[test]
    fn kind_is_inferred_from_a_kind_named_table_and_checked() {
        let c = parse("[backends.apertium]\nchain = [\"fr-es\", \"spa-eng\"]\n")
            .unwrap()
            .config;
        assert_eq!(c.backends["apertium"].kind, "apertium");
        let m = message(parse("[backends.mine]\nurl = \"http://x\"\n"));
        assert!(
            m.contains("[backends.mine] of passerelle.toml has no `kind`"),
            "{m}"
        );
        let m = message(parse("[backends.mine]\nkind = \"depl\"\n"));
        assert!(
            m.contains("unknown kind `depl`") && m.contains("did you mean `deepl`?"),
            "{m}"
        );
    }

    #[test]
    fn api_key_env_holding_a_key_is_rejected_without_echoing_it() {
        let text = "[backends.deepl]\napi_key_env = \"1234-abcd-SECRET:fx\"\n";
        let m = message(parse(text));
        assert!(
            m.contains("must be the NAME of an environment variable"),
            "{m}"
        );
        assert!(!m.contains("SECRET"), "{m}");
    }

    #[test]
    fn secret_never_prints() {
        let text = "[backends.deepl]\napi_key = \"PLANTED-KEY-42\"\n";
        let parsed = parse(text).unwrap();
        assert_eq!(parsed.holds_key, vec!["deepl".to_string()]);
        let b = &parsed.config.backends["deepl"];
        assert_eq!(b.api_key.as_ref().unwrap().expose(), "PLANTED-KEY-42");
        let shown = format!(
            "{:?} {} {}",
            parsed.config,
            toml::to_string(&parsed.config).unwrap(),
            serde_json::to_string(&Secret::new("PLANTED-KEY-42")).unwrap()
        );
        assert!(!shown.contains("PLANTED-KEY-42"), "{shown}");
    }

    #[test]
    fn api_key_prefers_env_then_file_and_names_the_variable() {
        let mut b = BackendConfig {
            kind: "deepl".into(),
            ..Default::default()
        };
        let env = |k: &str| (k == "DEEPL_AUTH_KEY").then(|| "from-env".to_string());
        assert_eq!(b.api_key_from("deepl", &env).unwrap().expose(), "from-env");
        let none = |_: &str| None;
        let e = b.api_key_from("deepl", &none).unwrap_err().to_string();
        assert!(
            e.contains("set the environment variable DEEPL_AUTH_KEY"),
            "{e}"
        );
        b.api_key = Some(Secret::new("from-file"));
        assert_eq!(
            b.api_key_from("deepl", &none).unwrap().expose(),
            "from-file"
        );
        assert_eq!(b.api_key_from("deepl", &env).unwrap().expose(), "from-env");
        b.api_key_env = Some("MY_KEY".into());
        b.api_key = None;
        let e = b.api_key_from("deepl", &none).unwrap_err().to_string();
        assert!(e.contains("MY_KEY") && !e.contains("DEEPL_AUTH_KEY"), "{e}");
        assert_eq!(b.api_key_env_or("OTHER"), "MY_KEY");
    }

    #[test]
    fn backend_precedence_flag_env_file_default() {
        let c = Config {
            backend: Some("deepl".into()),
            ..Default::default()
        };
        let env = |k: &str| (k == BACKEND_ENV).then(|| "openai".to_string());
        let none = |_: &str| None;
        let f = Some(Path::new("x.toml"));
        assert_eq!(
            c.backend_name_from(Some("google"), f, &env),
            ("google".into(), Source::Flag("--backend".into()))
        );
        assert_eq!(
            c.backend_name_from(None, f, &env),
            ("openai".into(), Source::Env(BACKEND_ENV.into()))
        );
        assert_eq!(
            c.backend_name_from(None, f, &none),
            ("deepl".into(), Source::File("x.toml".into()))
        );
        assert_eq!(
            Config::default().backend_name_from(None, None, &none),
            (DEFAULT_BACKEND.into(), Source::Default(String::new()))
        );
    }

    #[test]
    fn unknown_backend_lists_configured_and_kinds() {
        let c = parse("[backends.local-llm]\nkind = \"openai\"\n")
            .unwrap()
            .config;
        let e = c.backend_config("local-lm").unwrap_err().to_string();
        assert!(e.contains("did you mean \"local-llm\"?"), "{e}");
        assert!(e.contains("configured backends: local-llm (openai)"), "{e}");
        assert!(e.contains("apertium") && e.contains("google"), "{e}");
        assert_eq!(c.backend_config("deepl").unwrap().kind, "deepl");
    }

    #[test]
    fn xdg_config_home_is_honoured_else_dot_config() {
        let env = |k: &str| match k {
            "XDG_CONFIG_HOME" => Some(OsString::from("/xdg")),
            "HOME" => Some(OsString::from("/home/u")),
            _ => None,
        };
        assert_eq!(
            user_config_path_with(&env),
            Some(PathBuf::from("/xdg/passerelle/config.toml"))
        );
        let env = |k: &str| (k == "HOME").then(|| OsString::from("/home/u"));
        assert_eq!(
            user_config_path_with(&env),
            Some(PathBuf::from("/home/u/.config/passerelle/config.toml"))
        );
        // A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
        let env = |k: &str| match k {
            "XDG_CONFIG_HOME" => Some(OsString::from("rel")),
            "HOME" => Some(OsString::from("/home/u")),
            _ => None,
        };
        assert_eq!(
            user_config_path_with(&env),
            Some(PathBuf::from("/home/u/.config/passerelle/config.toml"))
        );
    }

    #[test]
    fn lookup_order_and_explicit_missing_file() {
        let dir = tempfile::tempdir().unwrap();
        let xdg = dir.path().join("xdg");
        std::fs::create_dir_all(xdg.join("passerelle")).unwrap();
        std::fs::write(xdg.join("passerelle/config.toml"), "backend = \"google\"\n").unwrap();
        let named = dir.path().join("named.toml");
        std::fs::write(&named, "backend = \"openai\"\n").unwrap();
        let mut vars: HashMap<&str, OsString> = HashMap::new();
        vars.insert("XDG_CONFIG_HOME", xdg.clone().into());
        let env = |k: &str| vars.get(k).cloned();
        // Nothing explicit: ./passerelle.toml (absent in the test's cwd) then XDG.
        let l = load_inner(None, &env).unwrap();
        assert_eq!(l.config.backend.as_deref(), Some("google"));
        assert_eq!(l.searched.len(), 2);
        assert!(!l.searched[0].2 && l.searched[1].2);
        // --config wins over everything.
        let l = load_inner(Some(&named), &env).unwrap();
        assert_eq!(l.config.backend.as_deref(), Some("openai"));
        assert_eq!(l.file.unwrap().found_by, Source::Flag("--config".into()));
        // $PASSERELLE_CONFIG wins over the default places; a missing one is an error.
        vars.insert(CONFIG_ENV, named.clone().into());
        let env = |k: &str| vars.get(k).cloned();
        let l = load_inner(None, &env).unwrap();
        assert_eq!(l.config.backend.as_deref(), Some("openai"));
        vars.insert(CONFIG_ENV, dir.path().join("missing.toml").into());
        let env = |k: &str| vars.get(k).cloned();
        let e = load_inner(None, &env).unwrap_err().to_string();
        assert!(
            e.contains("missing.toml (from env $PASSERELLE_CONFIG): no such file"),
            "{e}"
        );
        let e = load_inner(Some(&dir.path().join("nope.toml")), &env)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("nope.toml (from flag --config): no such file"),
            "{e}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn key_in_a_readable_file_warns_with_chmod() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "[backends.deepl]\napi_key = \"PLANTED\"\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let l = load_inner(Some(&path), &no_env).unwrap();
        assert_eq!(l.warnings.len(), 1);
        assert!(l.warnings[0].contains("chmod 600") && l.warnings[0].contains("api_key_env"));
        assert!(l.warnings[0].contains("c.toml") && !l.warnings[0].contains("PLANTED"));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        let l = load_inner(Some(&path), &no_env).unwrap();
        assert!(!l.warnings[0].contains("chmod"), "{:?}", l.warnings);
        std::fs::write(&path, "[backends.deepl]\napi_key_env = \"K\"\n").unwrap();
        assert!(load_inner(Some(&path), &no_env)
            .unwrap()
            .warnings
            .is_empty());
    }

    #[test]
    fn explain_reports_sources_and_hides_secrets() {
        let text = "backend = \"deepl\"\nglossaries = [\"a.tsv\"]\n[backends.deepl]\n\
                    url = \"https://user:pw@proxy.example/v2?token=abc\"\napi_key = \"PLANTED\"\n";
        let c = parse(text).unwrap().config;
        let env = |k: &str| (k == "DEEPL_AUTH_KEY").then(|| "ENVKEY".to_string());
        let flags = Flags {
            backend: None,
            glossaries: vec!["b.tsv".into()],
        };
        let x = c
            .explain_with(&flags, Some(Path::new("c.toml")), &env)
            .unwrap();
        assert_eq!(x.backend.value, "\"deepl\"");
        assert_eq!(x.backend.source, Source::File("c.toml".into()));
        assert_eq!(
            x.glossaries[1],
            ("b.tsv".into(), Source::Flag("--glossary".into()))
        );
        let all = format!("{x:?}");
        for secret in ["PLANTED", "ENVKEY", "pw", "abc"] {
            assert!(!all.contains(secret), "{secret} in {all}");
        }
        let deepl = &x.backends[0];
        assert!(deepl
            .settings
            .iter()
            .any(|s| s.key == "api_key_env" && s.source == Source::Default("kind deepl".into())));
        assert!(deepl
            .env
            .iter()
            .any(|e| e.name == "DEEPL_AUTH_KEY" && e.set));
        // A kind used by name with no table is shown with its defaults.
        let x = c
            .explain_with(
                &Flags {
                    backend: Some("apertium".into()),
                    ..Flags::default()
                },
                None,
                &env,
            )
            .unwrap();
        assert_eq!(x.backends[0].name, "apertium");
        assert!(matches!(x.backends[0].source, Source::Default(_)));
    }

    #[test]
    fn redact_url_hides_credentials_only() {
        assert_eq!(
            redact_url("http://127.0.0.1:8080/v1"),
            "http://127.0.0.1:8080/v1"
        );
        assert_eq!(
            redact_url("https://u:p@h.example/x?key=1"),
            format!("https://{REDACTED}@h.example/x?{REDACTED}")
        );
    }

    #[test]
    fn starter_config_parses_and_lists_every_kind_key_and_variable() {
        let text = Config::starter();
        let c = parse(&text).unwrap().config;
        for kind in crate::translate::KINDS {
            assert_eq!(c.backends[*kind].kind, *kind, "a table for every kind");
            for v in kind_env_vars(kind) {
                assert!(text.contains(v.name), "{} not documented", v.name);
            }
        }
        for key in backend_keys() {
            assert!(
                text.contains(&format!("# {key} ")) || text.contains(&format!("\n{key} =")),
                "backend key `{key}` is not documented in the starter config"
            );
        }
        // Every commented example is a valid setting: uncomment them all and parse again.
        let uncommented: String = text
            .lines()
            .map(|l| match l.strip_prefix("# ") {
                Some(rest)
                    if rest
                        .split_once(" = ")
                        .is_some_and(|(k, _)| is_env_name(k) && k.to_lowercase() == k) =>
                {
                    rest.to_string()
                }
                _ => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        assert_ne!(uncommented, text);
        let c = parse(&uncommented).unwrap_or_else(|e| panic!("{e}")).config;
        assert_eq!(c.backend.as_deref(), Some(DEFAULT_BACKEND));
        assert_eq!(c.backends["openai"].model.as_deref(), Some("mistral-small"));
    }
}
