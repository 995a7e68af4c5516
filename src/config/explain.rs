//! Where each resolved value came from, for `passerelle config show`: [`Config::explain`]
//! returns every value (secrets redacted) with its [`Source`].

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::validate::is_env_name;
use super::{BackendConfig, Config, Env, Flags, Source};
use crate::translate::kinds::{
    default_api_key_env, defaults_of, kind_env_vars, MODEL_DIR_ENV, OFFLINE_ENV,
};
use crate::translate::secret::{redact_url, REDACTED};
use crate::Error;

impl Config {
    /// The resolved view `passerelle config show` prints: every value, redacted where secret,
    /// with where it came from. `flags` are the command-line values (`--backend`,
    /// `--glossary`); `file` is the config file's path.
    /// `env` looks up environment variables (the CLI passes the process environment).
    pub fn explain(
        &self,
        flags: &Flags,
        file: Option<&Path>,
        env: Env,
    ) -> Result<Explained, Error> {
        self.explain_with(flags, file, &|k| env(k).and_then(|v| v.into_string().ok()))
    }

    pub(super) fn explain_with(
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
    // What the table leaves out takes the kind's default; marian's model_dir and offline may
    // come from the environment instead (as a run applies them).
    let mut from_env = b.clone();
    let env_os = |k: &str| env(k).map(std::ffi::OsString::from);
    super::apply_overrides(&mut from_env, &super::Flags::default(), &env_os);
    let from_env = toml::Table::try_from(&from_env).unwrap_or_default();
    for (key, var) in [("model_dir", MODEL_DIR_ENV), ("offline", OFFLINE_ENV)] {
        if let Some(value) = from_env.get(key).filter(|v| table.get(key) != Some(*v)) {
            settings.retain(|s| s.key != key);
            settings.push(Setting {
                key: key.into(),
                value: value.to_string(),
                source: Source::Env(var.into()),
            });
        }
    }
    for (key, value, note) in defaults_of(&b.kind) {
        if settings.iter().any(|s| s.key == key) {
            continue;
        }
        settings.push(Setting {
            key,
            value: value.to_string(),
            source: Source::Default(note),
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
