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
//! convenience, kept in a [`Secret`] that never prints, and warned about. It does not build
//! backends (that is [`crate::translate::build`]).
//!
//! One file per job: this one holds the schema ([`Config`], [`BackendConfig`]) and the entry
//! points; [`lookup`] finds the file, [`validate`] parses and checks it, [`explain`] says where
//! each value came from (`config show`), and `starter.toml` is the commented starter config
//! (`config init`). One backend's table, [`BackendConfig`], its API key lookup and [`Secret`]
//! belong to the backends ([`crate::translate::settings`], [`crate::translate::secret`]): this
//! module reads them, and the backends import nothing from here.

pub mod explain;
pub mod lookup;
pub mod validate;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::Error;

pub use crate::translate::kinds::{
    default_api_key_env, kind_env_vars, EnvVar, MODEL_DIR_ENV, OFFLINE_ENV,
};
pub use crate::translate::secret::{redact_url, Secret, REDACTED};
pub use crate::translate::settings::BackendConfig;
pub use explain::{EnvStatus, Explained, ExplainedBackend, Setting};
pub use lookup::{user_config_path, ConfigFile, Loaded, Source};
pub use validate::{backend_keys, config_keys, nearest};
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

impl Config {
    /// Parses and validates a config file's text; `path` is for error messages. Unknown keys,
    /// unknown kinds and malformed values are errors naming the file (and line, when known).
    pub fn parse(path: &Path, text: &str) -> Result<Config, Error> {
        validate::parse_inner(path, text, &|k| std::env::var_os(k)).map(|p| p.config)
    }

    /// Loads the config file found by the lookup order (`explicit` is `--config`, then
    /// `$PASSERELLE_CONFIG` looked up in `env`, …), or the empty config when none exists. A
    /// missing explicit file is an error. Returns the warnings (an API key in a file others can
    /// read) and how the file was found; prints nothing.
    pub fn load_with(explicit: Option<&Path>, env: Env) -> Result<Loaded, Error> {
        lookup::load_inner(explicit, env)
    }

    /// The backend to use: `flag`, else `$PASSERELLE_BACKEND` (looked up in `env`), else the
    /// file's `backend`, else [`DEFAULT_BACKEND`].
    pub fn backend_name(&self, flag: Option<&str>, env: Env) -> String {
        self.backend_name_with_source(flag, None, env).0
    }

    /// [`Config::backend_name`] and where the name came from; `file` is the config file's
    /// path, for the [`Source::File`] it reports.
    pub fn backend_name_with_source(
        &self,
        flag: Option<&str>,
        file: Option<&Path>,
        env: Env,
    ) -> (String, Source) {
        self.backend_name_from(flag, file, &|k| env(k).and_then(|v| v.into_string().ok()))
    }

    pub(super) fn backend_name_from(
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

    /// The glossary files of a run, in order: the config's `glossaries` (relative paths taken
    /// from the directory of `file`, the config file), then `flags` (`--glossary`); `~/`
    /// expanded in both.
    pub fn glossary_files(&self, file: Option<&Path>, flags: &[PathBuf]) -> Vec<PathBuf> {
        let base = file
            .and_then(Path::parent)
            .filter(|d| !d.as_os_str().is_empty());
        let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
        let expand = |p: &Path| lookup::expand_home(p, home.as_deref());
        let mut out: Vec<PathBuf> = self
            .glossaries
            .iter()
            .map(|p| {
                let p = expand(p);
                match base {
                    Some(b) if p.is_relative() => b.join(p),
                    _ => p,
                }
            })
            .collect();
        out.extend(flags.iter().map(|p| expand(p)));
        out
    }

    /// Every configured backend of kind `kind` with its settings, in name order; when none is
    /// configured, the kind itself with its defaults (as `--backend KIND` would use it).
    pub fn backends_of_kind(&self, kind: &str) -> Result<Vec<(String, BackendConfig)>, Error> {
        let configured: Vec<(String, BackendConfig)> = self
            .backends
            .iter()
            .filter(|(_, b)| b.kind == kind)
            .map(|(n, b)| (n.clone(), b.clone()))
            .collect();
        if configured.is_empty() {
            return Ok(vec![(kind.to_string(), self.backend_config(kind)?)]);
        }
        Ok(configured)
    }

    /// The settings of backend `name`: its `[backends.NAME]` section, or, for a kind name with
    /// no section, that kind with defaults. An unknown name lists the configured backends and
    /// the kinds, and suggests the nearest.
    pub fn backend_config(&self, name: &str) -> Result<BackendConfig, Error> {
        if let Some(b) = self.backends.get(name) {
            return Ok(b.clone());
        }
        let kinds = crate::translate::kinds::names();
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
}

/// The text `passerelle config init` writes (`{DEFAULT_BACKEND}` stands for
/// [`DEFAULT_BACKEND`]). Every key of every `[backends.*]` table is listed (commented out)
/// once; tests uncomment them all and parse the result.
const STARTER: &str = include_str!("starter.toml");

/// How the library looks up an environment variable: the CLI passes the process environment
/// (`|k| std::env::var_os(k)`), tests a map. The library never reads the environment itself
/// for a value a flag can set.
pub type Env<'a> = &'a dyn Fn(&str) -> Option<OsString>;

/// The command-line values that take part in the configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    /// `--config`.
    pub config: Option<PathBuf>,
    /// `--backend`.
    pub backend: Option<String>,
    /// `--glossary`, repeatable.
    pub glossaries: Vec<PathBuf>,
    /// `--model-dir` (marian).
    pub model_dir: Option<PathBuf>,
    /// `--offline` (marian).
    pub offline: bool,
    /// `--quantize` (marian): `int8` or `f32`.
    pub quantize: Option<String>,
}

/// Flags, environment and config file resolved into the plain values a run needs
/// ([`resolve`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// The config file's contents (empty when there is none).
    pub config: Config,
    /// The config file read, if any.
    pub file: Option<PathBuf>,
    /// The backend's name.
    pub backend: String,
    /// Where the backend's name came from.
    pub backend_source: Source,
    /// The backend's settings, the flags and environment applied.
    pub backend_config: BackendConfig,
    /// The user's glossary files, in order ([`Config::glossary_files`]).
    pub glossaries: Vec<PathBuf>,
    /// The translation memory named by `$PASSERELLE_CACHE` or the file's `cache`
    /// ([`cache_location`]); `None` is the default SQLite file.
    pub cache: Option<String>,
    /// Warnings for the user, one line each (`warning: …`, no `passerelle:` prefix).
    pub warnings: Vec<String>,
}

/// Which translation memory to use: `$PASSERELLE_CACHE` (looked up in `env`), else the
/// config's `cache`, else `None` (the SQLite file in [`crate::cache::default_dir`]). Empty
/// values count as absent; a file path's `~/` is the home directory.
pub fn cache_location(config: &Config, env: Env) -> Option<String> {
    let location = env(crate::cache::CACHE_ENV)
        .map(|v| v.to_string_lossy().into_owned())
        .or_else(|| config.cache.clone())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())?;
    if crate::cache::is_postgres(&location) {
        return Some(location);
    }
    let path = lookup::expand_home(Path::new(&location), lookup::home_dir(env).as_deref());
    Some(path.to_string_lossy().into_owned())
}

/// Applies to a marian backend's settings `--model-dir` / `$PASSERELLE_MODEL_DIR`,
/// `--offline` / `$PASSERELLE_OFFLINE` (flag over environment over file) and `--quantize`
/// (flag over file); other kinds are left as they are. The one place these variables are read: the backends take the values.
pub fn apply_overrides(backend_config: &mut BackendConfig, flags: &Flags, env: Env) {
    if backend_config.kind != "marian" {
        return;
    }
    let set = |k: &str| env(k).filter(|v| !v.is_empty());
    if let Some(dir) = flags
        .model_dir
        .clone()
        .or_else(|| set(MODEL_DIR_ENV).map(PathBuf::from))
    {
        backend_config.model_dir = Some(dir);
    }
    if let Some(q) = &flags.quantize {
        backend_config.quantize = Some(q.clone());
    }
    if flags.offline {
        backend_config.offline = Some(true);
    } else if let Some(v) = set(OFFLINE_ENV) {
        let v = v.to_string_lossy().trim().to_ascii_lowercase();
        if !v.is_empty() {
            backend_config.offline = Some(matches!(v.as_str(), "1" | "true" | "yes" | "on"));
        }
    }
}

/// Resolves `flags`, the environment (`env`) and the config file into one [`Resolved`]:
/// the file found by the lookup order, the backend named by `--backend`,
/// `$PASSERELLE_BACKEND`, the file or the default, and that backend's settings with
/// `--model-dir` / `$PASSERELLE_MODEL_DIR` and `--offline` / `$PASSERELLE_OFFLINE` applied
/// (flag over environment over file). Prints nothing: warnings are returned.
pub fn resolve(flags: &Flags, env: Env) -> Result<Resolved, Error> {
    let loaded = Config::load_with(flags.config.as_deref(), env)?;
    let file = loaded.file.map(|f| f.path);
    let config = loaded.config;
    let (backend, backend_source) =
        config.backend_name_with_source(flags.backend.as_deref(), file.as_deref(), env);
    let mut backend_config = config.backend_config(&backend)?;
    apply_overrides(&mut backend_config, flags, env);
    let glossaries = config.glossary_files(file.as_deref(), &flags.glossaries);
    let cache = cache_location(&config, env);
    Ok(Resolved {
        config,
        file,
        backend,
        backend_source,
        backend_config,
        glossaries,
        cache,
        warnings: loaded
            .warnings
            .into_iter()
            .map(|w| format!("warning: {w}"))
            .collect(),
    })
}
