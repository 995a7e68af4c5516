//! The translation memory: translated segments kept under one key (backend fingerprint, the
//! text's own glossary terms, the exact text sent), behind one small trait, [`Memory`], with
//! two stores: [`sqlite::SqliteMemory`] (a file on this machine, the default) and
//! [`postgres::PostgresMemory`] (one database shared by many machines: `cache =
//! "postgres://USER@HOST/DB"` at the top of the config, or `$PASSERELLE_CACHE`).
//!
//! [`translator::CachedTranslator`] is the [`Translator`] decorator that consults a memory and
//! sends only the misses to the backend (each distinct miss once, even when several callers ask
//! for it at the same time: [`flight`]); [`wrap`] is the one-call constructor for the command
//! line and the service.
//!
//! Nothing secret is stored: the backend fingerprint (which never holds a key) is itself stored
//! only as a SHA-256 digest, next to the backend kind (`deepl`, `apertium`) for statistics; a
//! PostgreSQL address is shown without its password.

pub mod flight;
pub mod postgres;
pub mod sqlite;
pub mod translator;

use std::path::Path;
use std::sync::Arc;

use async_trait::async_trait;
use sha2::{Digest, Sha256};

use crate::translate::{TermPair, Translator};
use crate::Error;

pub use sqlite::{clear_at, default_dir, default_path, stats_at, Cleared, SqliteMemory, Stats};
pub use translator::{CachedTranslator, Counters};

/// The environment variable that overrides the cache directory of the SQLite memory.
pub const DIR_ENV: &str = "PASSERELLE_CACHE_DIR";

/// The environment variable naming the memory (`postgres://…` or an SQLite file); it overrides
/// the config's `cache`.
pub const CACHE_ENV: &str = "PASSERELLE_CACHE";

/// The database file name inside the cache directory.
pub const FILE_NAME: &str = "translations.sqlite3";

/// A translation memory: where translated segments are kept between runs, and between
/// machines when it is shared.
///
/// Both operations may fail (a locked file, a database gone away); the caller goes on without
/// the memory then, it never makes a translation fail.
#[async_trait]
pub trait Memory: std::fmt::Debug + Send + Sync {
    /// Looks up each of `texts` under `scope`: the stored translation, or `None`.
    async fn lookup(&self, scope: &Scope, texts: &[String]) -> Result<Vec<Option<String>>, Error>;

    /// Stores translated `(source, target)` pairs under `scope` (a pair already there is
    /// replaced).
    async fn store(&self, scope: &Scope, pairs: &[(String, String)]) -> Result<(), Error>;

    /// Where the memory is, for messages: a path, or a PostgreSQL address without password.
    fn location(&self) -> String;
}

/// The key shared by the entries of one group of texts: which backend, which glossary terms.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Scope {
    /// [`backend_key`] of the backend's fingerprint.
    pub backend: String,
    /// [`glossary_fingerprint`] of the batch's terms.
    pub glossary: String,
    /// The backend kind, kept for statistics.
    pub kind: String,
}

/// A digest of the glossary terms a batch was translated with: the same terms in any order
/// and with repeats give the same digest.
pub fn glossary_fingerprint(terms: &[TermPair]) -> String {
    let mut pairs: Vec<(&str, &str)> = terms
        .iter()
        .map(|t| (t.fr.as_str(), t.en.as_str()))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut h = Sha256::new();
    h.update(b"passerelle-glossary-v1");
    for (fr, en) in pairs {
        h.update([0x1e]);
        h.update(fr.as_bytes());
        h.update([0x1f]);
        h.update(en.as_bytes());
    }
    hex(&h.finalize())
}

/// The digest a backend fingerprint is stored as.
pub fn backend_key(fingerprint: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"passerelle-backend-v1\0");
    h.update(fingerprint.as_bytes());
    hex(&h.finalize())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `location` names a PostgreSQL database rather than an SQLite file.
pub fn is_postgres(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// Opens the memory `location` names (see [`crate::config::cache_location`]): a PostgreSQL
/// database for a `postgres://` address, else the SQLite file at that path, else the default
/// SQLite file.
///
/// An unreachable PostgreSQL server is not an error here: the memory is opened, warned about
/// when first used, and used as soon as the server answers. A malformed address is.
pub fn open(location: Option<&str>) -> Result<Arc<dyn Memory>, Error> {
    match location {
        Some(url) if is_postgres(url) => Ok(Arc::new(postgres::PostgresMemory::connect(url)?)),
        Some(path) => Ok(Arc::new(SqliteMemory::open(Path::new(path))?)),
        None => Ok(Arc::new(SqliteMemory::open(&default_path()?)?)),
    }
}

/// Wraps `translator` in the translation memory at `location` (see
/// [`crate::config::cache_location`]; `None` is the default SQLite file) when `enabled` (the
/// command line passes `!no_cache`); returns it unchanged otherwise.
///
/// With the backend comes the memory's [`Counters`] (`None` when there is no memory), so the
/// caller can say how many sentences the memory answered.
///
/// A memory that cannot be opened (read-only, locked past the busy timeout, corrupt, its
/// directory not creatable, a database server not answering) does not stop the run: one
/// warning, and the run goes on without it.
pub fn wrap(
    translator: Box<dyn Translator>,
    location: Option<&str>,
    enabled: bool,
) -> (Box<dyn Translator>, Option<Arc<Counters>>) {
    if !enabled {
        return (translator, None);
    }
    let memory = match open(location) {
        Ok(memory) => memory,
        Err(e) => {
            tracing::warn!("{e}; translating without the cache (--no-cache does so silently)");
            return (translator, None);
        }
    };
    let cached = CachedTranslator::new(translator, memory);
    let counters = cached.counters();
    (Box::new(cached), Some(counters))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glossary_fingerprint_ignores_order_and_repeats() {
        let t = |fr: &str, en: &str| TermPair {
            fr: fr.into(),
            en: en.into(),
        };
        let a = glossary_fingerprint(&[t("Pékin", "Beijing"), t("Moscou", "Moscow")]);
        let b = glossary_fingerprint(&[
            t("Moscou", "Moscow"),
            t("Pékin", "Beijing"),
            t("Moscou", "Moscow"),
        ]);
        assert_eq!(a, b);
        assert_ne!(a, glossary_fingerprint(&[t("Pékin", "Peking")]));
        assert_ne!(a, glossary_fingerprint(&[]));
        // Separators keep ("ab","c") and ("a","bc") apart.
        assert_ne!(
            glossary_fingerprint(&[t("ab", "c")]),
            glossary_fingerprint(&[t("a", "bc")])
        );
    }

    #[test]
    fn postgres_addresses_are_told_from_paths() {
        assert!(is_postgres("postgres://tm@db.internal/passerelle"));
        assert!(is_postgres("postgresql://tm@127.0.0.1:5432/tm"));
        assert!(!is_postgres("/var/cache/passerelle/tm.sqlite3"));
        assert!(!is_postgres("postgres.sqlite3"));
    }

    #[test]
    fn wrap_is_transparent_when_disabled_and_caches_when_enabled() {
        let dir = tempfile::tempdir().unwrap();
        let backend = crate::translate::settings::BackendConfig {
            kind: "apertium".into(),
            ..Default::default()
        };
        let inner = crate::translate::build_from("apertium", &backend).unwrap();
        let fingerprint = inner.fingerprint();
        let (plain, counters) = wrap(inner, None, false);
        assert_eq!(plain.fingerprint(), fingerprint);
        assert!(counters.is_none());
        let file = dir.path().join("tm.sqlite3");
        let location = file.display().to_string();
        let inner = crate::translate::build_from("apertium", &backend).unwrap();
        let (cached, counters) = wrap(inner, Some(&location), true);
        assert_eq!(cached.fingerprint(), fingerprint);
        assert!(counters.is_some());
        assert!(file.exists());
        let under_a_file = file.join("x").display().to_string();
        let inner = crate::translate::build_from("apertium", &backend).unwrap();
        // A memory that cannot be opened: warned about, and the backend goes on without it.
        let (bare, counters) = wrap(inner, Some(&under_a_file), true);
        assert_eq!(bare.fingerprint(), fingerprint);
        assert!(counters.is_none());
    }
}
