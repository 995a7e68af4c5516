//! The library's error type: one enum, each variant with the context a user needs
//! (which file, which backend), and the exit code the binary maps it to.

use std::path::PathBuf;

use crate::translate::TranslateError;

/// Everything the pipeline can fail with. Backend faults are wrapped in [`Error::Translate`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input could not be read or decoded (bad encoding, empty, binary, missing).
    #[error("{path}: {message}")]
    Input {
        /// The input's display name (a path, or `<stdin>`).
        path: String,
        /// What is wrong with it, in one line.
        message: String,
    },
    /// The configuration is invalid.
    #[error("config: {0}")]
    Config(String),
    /// A glossary file could not be read or parsed.
    #[error("{path}:{line}: {message}")]
    Glossary {
        /// The glossary file.
        path: PathBuf,
        /// 1-based line (0 when not tied to a line).
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// An output could not be written.
    #[error("{path}: {message}")]
    Output {
        /// The output path.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The translation memory could not be opened, read or written.
    #[error("cache {path}: {message}")]
    Cache {
        /// The cache database file.
        path: PathBuf,
        /// What went wrong, in one line.
        message: String,
    },
    /// The translation backend failed.
    #[error(transparent)]
    Translate(#[from] TranslateError),
}

impl Error {
    /// The process exit code this error maps to (design §3): 2 for usage, config and input
    /// errors, 3 for a backend that is unavailable or failed as a whole.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Translate(_) => 3,
            _ => 2,
        }
    }
}
