//! The domain glossary: loading term files ([`load`]), finding terms in French text
//! ([`matcher`]), enforcing them through a backend ([`enforce`]), checking the result
//! ([`verify`]) and linting glossary files ([`lint`]).
//!
//! A [`Glossary`] is built once per run (shipped files, then user files, later ones winning)
//! and compiles its Aho-Corasick automaton lazily, on the first search.

pub mod enforce;
pub mod inflect;
pub mod lint;
pub mod load;
pub mod matcher;
pub mod verify;

use std::fmt;
use std::path::PathBuf;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The kinds an entry may have (design §3).
pub const TERM_KINDS: &[&str] = &["person", "place", "organization", "media", "title", "term"];

/// One glossary entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// French term.
    pub fr: String,
    /// Required English rendering (equal to `fr` for do-not-translate terms). A leading
    /// `the ` says the English takes the definite article (`the United States`).
    pub en: String,
    /// `person`, `place`, `organization`, `media`, `title` or `term`.
    pub kind: String,
    /// Free note.
    pub note: String,
    /// Where the entry came from (`file:line`), for messages.
    pub origin: String,
}

impl Entry {
    /// An entry with no note, whose origin is `origin` (`file:line`).
    pub fn new(fr: &str, en: &str, kind: &str, origin: &str) -> Self {
        Entry {
            fr: fr.into(),
            en: en.into(),
            kind: kind.into(),
            note: String::new(),
            origin: origin.into(),
        }
    }

    /// Whether the entry is a name (person, place, organization, medium): matched exactly as
    /// written, never inflected, and never preceded by an English article the glossary does
    /// not give.
    pub fn is_name(&self) -> bool {
        matches!(
            self.kind.as_str(),
            "person" | "place" | "organization" | "media"
        )
    }

    /// Whether the entry is a common noun phrase (`title`, `term`): plural and feminine forms
    /// are matched too.
    pub fn inflects(&self) -> bool {
        matches!(self.kind.as_str(), "title" | "term")
    }

    /// Whether the entry's English is the French left as is.
    pub fn is_do_not_translate(&self) -> bool {
        self.fr == self.en
    }
}

/// A problem found while loading that does not stop the run (a duplicate `fr` with a
/// conflicting `en`). The library returns these; the caller decides whether to print them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file the problem is in.
    pub path: PathBuf,
    /// 1-based line (0 when not tied to a line).
    pub line: usize,
    /// What is wrong, naming the other line when there is one.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: warning: {}",
            self.path.display(),
            self.line,
            self.message
        )
    }
}

/// All glossary entries in force, later files winning over earlier ones.
///
/// Build it with [`load::load_for_run`], [`load::load_files`] or [`Glossary::from_entries`];
/// do not change `entries` after the first search (the compiled matcher is cached).
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    /// The entries, deduplicated by `fr`.
    pub entries: Vec<Entry>,
    /// The files they came from (`shipped:NAME` for the embedded ones).
    pub files: Vec<PathBuf>,
    /// Problems found while loading (conflicting duplicates), in file order.
    pub warnings: Vec<Warning>,
    /// The compiled matcher, built on first use.
    compiled: OnceLock<matcher::Matcher>,
}

impl Glossary {
    /// A glossary holding `entries` as given (no deduplication, no files).
    pub fn from_entries(entries: Vec<Entry>) -> Self {
        Glossary {
            entries,
            ..Glossary::default()
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the glossary has no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The compiled matcher (built on first call).
    pub fn matcher(&self) -> &matcher::Matcher {
        self.compiled
            .get_or_init(|| matcher::Matcher::build(&self.entries))
    }
}

/// Which form of an entry a hit matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    /// The entry as written (accents and typography normalized).
    Exact,
    /// The plural of a common noun phrase.
    Plural,
    /// The feminine of a common noun phrase.
    Feminine,
    /// The feminine plural of a common noun phrase.
    FemininePlural,
}

impl Form {
    /// Short name shown by `glossary show`.
    pub fn name(self) -> &'static str {
        match self {
            Form::Exact => "exact",
            Form::Plural => "plural",
            Form::Feminine => "feminine",
            Form::FemininePlural => "feminine plural",
        }
    }
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
    /// Which form of the entry matched.
    pub form: Form,
    /// How the text's case relates to the entry: `as written`, `any case` (lowercase entry),
    /// `all caps`.
    pub case: &'static str,
    /// Whether accents differ between text and entry (`Etats-Unis` for `États-Unis`).
    pub accent_folded: bool,
    /// The French elided article or contraction right before the term (`l'`, `d'`, `du`,
    /// `aux`, `de la`), if any.
    pub lead: Option<String>,
}

impl Hit {
    /// A one-line description of the rule that matched: form, case, accents, lead.
    pub fn rule(&self) -> String {
        let mut parts = vec![self.form.name().to_string(), self.case.to_string()];
        if self.accent_folded {
            parts.push("accents folded".into());
        }
        if let Some(lead) = &self.lead {
            let folded = lead.to_lowercase().replace('\u{2019}', "'");
            let what = if folded.ends_with('\'') {
                "elision"
            } else if matches!(folded.as_str(), "du" | "des" | "au" | "aux") {
                "contraction"
            } else {
                "after"
            };
            parts.push(format!("{what} «{lead}»"));
        }
        parts.join(", ")
    }
}
