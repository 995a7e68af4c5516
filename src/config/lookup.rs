//! Finding the config file (`--config`, `$PASSERELLE_CONFIG`, `./passerelle.toml`, the user
//! config) and reading it; `~/` expansion; where each value came from ([`Source`]).

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

use super::validate::{key_warnings, parse_inner};
use super::{Config, CONFIG_ENV, LOCAL_FILE};
use crate::Error;

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

/// `~/x` → `$HOME/x`; anything else unchanged.
pub(super) fn expand_home(path: &Path, home: Option<&Path>) -> PathBuf {
    match (path.strip_prefix("~"), home) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => path.to_path_buf(),
    }
}

pub(super) fn home_dir(env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
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

pub(super) fn user_config_path_with(env: &dyn Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let base = env("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| home_dir(env).map(|h| h.join(".config")))?;
    Some(base.join("passerelle").join("config.toml"))
}

pub(super) fn load_inner(
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
