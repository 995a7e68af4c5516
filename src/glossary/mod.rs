//! The domain glossary: loading term files ([`load`]), finding terms in French text
//! ([`matcher`]), enforcing them through a backend ([`enforce`]) and checking the result
//! ([`verify`]).

pub mod enforce;
pub mod load;
pub mod matcher;
pub mod verify;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// One glossary entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// French term.
    pub fr: String,
    /// Required English rendering (equal to `fr` for do-not-translate terms).
    pub en: String,
    /// `person`, `place`, `organization`, `media`, `title` or `term`.
    pub kind: String,
    /// Free note.
    pub note: String,
    /// Where the entry came from (file and line), for messages.
    pub origin: String,
}

/// All glossary entries in force, later files winning over earlier ones.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    /// The entries, deduplicated by `fr`.
    pub entries: Vec<Entry>,
    /// The files they came from.
    pub files: Vec<PathBuf>,
}

/// A term found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Byte range of the match in the searched text.
    pub start: usize,
    /// End of the match (exclusive).
    pub end: usize,
    /// Index into [`Glossary::entries`].
    pub entry: usize,
}
