//! The backend kinds: the environment variables each kind reads ([`kind_env_vars`], for
//! `config init` and `config show`) and the variable its API key is read from.

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
