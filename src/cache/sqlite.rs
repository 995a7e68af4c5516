//! The SQLite translation memory, the default: one file on this machine
//! (`translations.sqlite3` in the user's cache directory, `$XDG_CACHE_HOME/passerelle`, or in
//! `$PASSERELLE_CACHE_DIR`; or the file the config's `cache` names).
//!
//! [`SqliteMemory`] runs in WAL mode with a busy timeout, and writes each batch in one
//! `BEGIN IMMEDIATE` transaction, so several Passerelle processes can share it without losing
//! or corrupting entries. Its calls block; as a [`Memory`] they run on tokio's blocking threads.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use async_trait::async_trait;
use std::time::Duration;

use super::{Memory, Scope, DIR_ENV, FILE_NAME};
use crate::Error;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};

/// How long a writer waits for another process's write lock before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// The schema version written to `PRAGMA user_version`.
const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS translations (
    backend  TEXT    NOT NULL,  -- SHA-256 of the backend fingerprint
    glossary TEXT    NOT NULL,  -- SHA-256 of the batch's glossary terms
    source   TEXT    NOT NULL,  -- the exact text sent to the backend
    target   TEXT    NOT NULL,  -- what the backend returned for it
    kind     TEXT    NOT NULL,  -- the backend kind, for statistics
    created  INTEGER NOT NULL,  -- Unix time of the translation
    PRIMARY KEY (backend, glossary, source)
) WITHOUT ROWID;
";

/// The cache directory: `$PASSERELLE_CACHE_DIR`, else the user's cache directory
/// (`$XDG_CACHE_HOME/passerelle`, `~/.cache/passerelle`).
pub fn default_dir() -> Result<PathBuf, Error> {
    if let Some(dir) = std::env::var_os(DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::BaseDirs::new()
        .map(|d| d.cache_dir().join("passerelle"))
        .ok_or_else(|| Error::Cache {
            path: PathBuf::from("~/.cache/passerelle"),
            message: format!("no home directory to hold the cache; set {DIR_ENV}"),
        })
}

/// The path of the cache database in [`default_dir`].
pub fn default_path() -> Result<PathBuf, Error> {
    Ok(default_dir()?.join(FILE_NAME))
}

/// What `passerelle cache stats` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    /// The database file.
    pub path: PathBuf,
    /// Whether the file exists yet.
    pub exists: bool,
    /// How many translations it holds.
    pub entries: u64,
    /// Bytes on disk (database plus write-ahead log).
    pub bytes: u64,
    /// Entries per backend kind, most first.
    pub by_kind: Vec<(String, u64)>,
}

/// An open SQLite translation memory. Safe to share between threads (one connection behind a
/// mutex, shared by clones); other processes open their own.
#[derive(Debug, Clone)]
pub struct SqliteMemory {
    path: PathBuf,
    conn: Arc<Mutex<Connection>>,
}

impl SqliteMemory {
    /// Opens (creating if needed) the cache database at `path`, its directory included.
    pub fn open(path: &Path) -> Result<SqliteMemory, Error> {
        let fail = |message: String| Error::Cache {
            path: path.to_path_buf(),
            message,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                fail(format!(
                    "cannot create {}: {}",
                    dir.display(),
                    crate::error::io_message(&e)
                ))
            })?;
        }
        let conn = Connection::open(path).map_err(|e| fail(e.to_string()))?;
        let cache = SqliteMemory {
            path: path.to_path_buf(),
            conn: Arc::new(Mutex::new(conn)),
        };
        cache.init().map_err(fail)?;
        Ok(cache)
    }

    fn init(&self) -> Result<(), String> {
        // Switching a new file to WAL while another process does the same answers "database
        // is locked" at once, without going through the busy timeout: try again, within it.
        let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
        let version = loop {
            match self.init_schema() {
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if matches!(
                        e.code,
                        rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                    ) && std::time::Instant::now() < deadline =>
                {
                    std::thread::sleep(Duration::from_millis(10 + fastrand::u64(0..20)));
                }
                other => break other.map_err(|e| describe(&e))?,
            }
        };
        if version > SCHEMA_VERSION {
            return Err(format!(
                "written by a newer Passerelle (schema {version}, this one knows {SCHEMA_VERSION})"
            ));
        }
        Ok(())
    }

    /// Sets the connection up and creates the schema; returns the schema version found.
    fn init_schema(&self) -> rusqlite::Result<i64> {
        let mut conn = self.lock();
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // WAL lets readers and one writer work at once; it is a property of the file, so
        // only the first opener actually switches it.
        let mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            tracing::warn!(
                "cache {}: journal mode {mode}, not WAL",
                self.path.display()
            );
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Ok(version);
        }
        tx.execute_batch(SCHEMA)?;
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
        Ok(version)
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave the connection half-way through a
        // transaction (rusqlite rolls back on drop), so a poisoned lock is still usable.
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn error(&self, e: rusqlite::Error) -> Error {
        Error::Cache {
            path: self.path.clone(),
            message: describe(&e),
        }
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Looks up each of `texts` under `scope`: the cached translation, or `None`.
    pub fn get_many(&self, scope: &Scope, texts: &[String]) -> Result<Vec<Option<String>>, Error> {
        let mut conn = self.lock();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Deferred)
            .map_err(|e| self.error(e))?;
        let mut out = Vec::with_capacity(texts.len());
        {
            let mut stmt = tx
                .prepare_cached(
                    "SELECT target FROM translations
                     WHERE backend = ?1 AND glossary = ?2 AND source = ?3",
                )
                .map_err(|e| self.error(e))?;
            for text in texts {
                let hit: Option<String> = stmt
                    .query_row(params![scope.backend, scope.glossary, text], |r| r.get(0))
                    .optional()
                    .map_err(|e| self.error(e))?;
                out.push(hit);
            }
        }
        tx.commit().map_err(|e| self.error(e))?;
        Ok(out)
    }

    /// Stores translated `(source, target)` pairs under `scope`, all in one transaction.
    pub fn put_many(&self, scope: &Scope, pairs: &[(String, String)]) -> Result<(), Error> {
        if pairs.is_empty() {
            return Ok(());
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        let mut conn = self.lock();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| self.error(e))?;
        {
            let mut stmt = tx
                .prepare_cached(
                    "INSERT OR REPLACE INTO translations
                     (backend, glossary, source, target, kind, created)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )
                .map_err(|e| self.error(e))?;
            for (source, target) in pairs {
                stmt.execute(params![
                    scope.backend,
                    scope.glossary,
                    source,
                    target,
                    scope.kind,
                    now
                ])
                .map_err(|e| self.error(e))?;
            }
        }
        tx.commit().map_err(|e| self.error(e))
    }

    /// How many entries the cache holds, per backend kind, and its size on disk.
    pub fn stats(&self) -> Result<Stats, Error> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare(
                "SELECT kind, COUNT(*) FROM translations GROUP BY kind
                 ORDER BY COUNT(*) DESC, kind",
            )
            .map_err(|e| self.error(e))?;
        let by_kind = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.error(e))?;
        Ok(Stats {
            path: self.path.clone(),
            exists: true,
            entries: by_kind.iter().map(|(_, n)| n).sum(),
            bytes: disk_size(&self.path),
            by_kind,
        })
    }

    /// Removes every entry and gives the space back; returns how many were removed.
    pub fn clear(&self) -> Result<u64, Error> {
        let conn = self.lock();
        let removed = conn
            .execute("DELETE FROM translations", [])
            .map_err(|e| self.error(e))?;
        conn.execute_batch("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")
            .map_err(|e| self.error(e))?;
        Ok(removed as u64)
    }

    /// Runs SQLite's integrity check: `Ok` when the database is sound.
    pub fn integrity_check(&self) -> Result<(), Error> {
        let conn = self.lock();
        let result: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|e| self.error(e))?;
        if result == "ok" {
            Ok(())
        } else {
            Err(Error::Cache {
                path: self.path.clone(),
                message: format!("integrity check failed: {result}"),
            })
        }
    }
}

/// Runs a blocking memory operation off the async worker threads when there is a runtime.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    match tokio::runtime::Handle::try_current() {
        Ok(handle) => match handle.spawn_blocking(f).await {
            Ok(t) => t,
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        },
        Err(_) => f(),
    }
}

#[async_trait]
impl Memory for SqliteMemory {
    async fn lookup(&self, scope: &Scope, texts: &[String]) -> Result<Vec<Option<String>>, Error> {
        let (me, scope, texts) = (self.clone(), scope.clone(), texts.to_vec());
        blocking(move || me.get_many(&scope, &texts)).await
    }

    async fn store(&self, scope: &Scope, pairs: &[(String, String)]) -> Result<(), Error> {
        let (me, scope, pairs) = (self.clone(), scope.clone(), pairs.to_vec());
        blocking(move || me.put_many(&scope, &pairs)).await
    }

    fn location(&self) -> String {
        self.path.display().to_string()
    }
}

/// Statistics of the cache at `path` without creating it: zero entries when the file does
/// not exist yet.
pub fn stats_at(path: &Path) -> Result<Stats, Error> {
    check_dir(path)?;
    if !path.exists() {
        return Ok(Stats {
            path: path.to_path_buf(),
            exists: false,
            entries: 0,
            bytes: 0,
            by_kind: Vec::new(),
        });
    }
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).map_err(|e| {
            Error::Cache {
                path: path.to_path_buf(),
                message: describe(&e),
            }
        })?;
    let cache = SqliteMemory {
        path: path.to_path_buf(),
        conn: Arc::new(Mutex::new(conn)),
    };
    cache
        .lock()
        .busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| cache.error(e))?;
    cache.stats()
}

/// Clears the cache at `path` if it exists: how many entries were removed, `None` when there
/// was no cache file.
///
/// A file that is not a sound cache database (corrupt, or not SQLite at all) is removed
/// whole, with its write-ahead log: [`Cleared::Removed`].
pub fn clear_at(path: &Path) -> Result<Option<Cleared>, Error> {
    check_dir(path)?;
    if !path.exists() {
        return Ok(None);
    }
    let cleared = SqliteMemory::open(path).and_then(|c| {
        c.integrity_check()?;
        c.clear()
    });
    match cleared {
        Ok(n) => Ok(Some(Cleared::Entries(n))),
        Err(Error::Cache { message, .. }) if is_corrupt(&message) => {
            for suffix in ["", "-wal", "-shm"] {
                let mut p = path.as_os_str().to_owned();
                p.push(suffix);
                match std::fs::remove_file(&p) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                        return Err(Error::Cache {
                            path: path.to_path_buf(),
                            message: format!("corrupt ({message}), and cannot remove it: {e}"),
                        })
                    }
                    _ => {}
                }
            }
            Ok(Some(Cleared::Removed(message)))
        }
        Err(e) => Err(e),
    }
}

/// What `cache clear` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cleared {
    /// Removed this many entries from a sound database.
    Entries(u64),
    /// The file was not a sound database (why): it was removed.
    Removed(String),
}

/// Whether a cache error says the file is not a (sound) SQLite database.
fn is_corrupt(message: &str) -> bool {
    [
        "not a database",
        "malformed",
        "integrity check failed",
        "corrupt",
    ]
    .iter()
    .any(|m| message.contains(m))
}

/// Fails when the cache's directory exists but is not a directory.
fn check_dir(path: &Path) -> Result<(), Error> {
    match path.parent().filter(|d| d.exists() && !d.is_dir()) {
        Some(dir) => Err(Error::Cache {
            path: path.to_path_buf(),
            message: format!("{} is not a directory", dir.display()),
        }),
        None => Ok(()),
    }
}

fn disk_size(path: &Path) -> u64 {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    [path.to_path_buf(), PathBuf::from(wal)]
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum()
}

/// One line for an SQLite error, with a hint for the one users can fix.
fn describe(e: &rusqlite::Error) -> String {
    let text = e.to_string();
    if matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase) | Some(rusqlite::ErrorCode::DatabaseCorrupt)
    ) {
        format!("{text} (delete the file to start a new cache)")
    } else {
        text.replace('\n', " ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::backend_key;

    fn scope(backend: &str, glossary: &str) -> Scope {
        Scope {
            backend: backend_key(backend),
            glossary: glossary.to_string(),
            kind: "test".into(),
        }
    }

    fn pairs(prefix: &str, n: usize) -> Vec<(String, String)> {
        (0..n)
            .map(|i| {
                (
                    format!("{prefix} phrase {i}"),
                    format!("{prefix} sentence {i}"),
                )
            })
            .collect()
    }

    #[test]
    fn put_then_get_by_scope() {
        let dir = tempfile::tempdir().unwrap();
        let cache = SqliteMemory::open(&dir.path().join("sub/c.sqlite3")).unwrap();
        let a = scope("apertium|fr-es → spa-eng", "g1");
        cache.put_many(&a, &pairs("a", 3)).unwrap();
        let texts = vec!["a phrase 1".to_string(), "nope".to_string()];
        assert_eq!(
            cache.get_many(&a, &texts).unwrap(),
            [Some("a sentence 1".to_string()), None]
        );
        // Another backend or another glossary sees nothing.
        let b = scope("deepl|https://api.deepl.com", "g1");
        assert_eq!(cache.get_many(&b, &texts).unwrap(), [None, None]);
        let c = scope("apertium|fr-es → spa-eng", "g2");
        assert_eq!(cache.get_many(&c, &texts).unwrap(), [None, None]);
    }

    #[test]
    fn stats_and_clear() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        assert_eq!(stats_at(&path).unwrap().entries, 0);
        assert!(!path.exists(), "stats must not create the cache");
        let cache = SqliteMemory::open(&path).unwrap();
        cache.put_many(&scope("x", "g"), &pairs("x", 5)).unwrap();
        let mut other = scope("y", "g");
        other.kind = "apertium".into();
        cache.put_many(&other, &pairs("y", 2)).unwrap();
        let stats = stats_at(&path).unwrap();
        assert_eq!(stats.entries, 7);
        assert_eq!(
            stats.by_kind,
            [("test".to_string(), 5), ("apertium".to_string(), 2)]
        );
        assert!(stats.bytes > 0);
        assert_eq!(cache.clear().unwrap(), 7);
        assert_eq!(cache.stats().unwrap().entries, 0);
        cache.integrity_check().unwrap();
    }

    #[test]
    fn bad_locations_are_one_line_errors() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plain-file");
        std::fs::write(&file, "x").unwrap();
        let err = SqliteMemory::open(&file.join(FILE_NAME))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("cache "), "{err}");
        assert!(err.contains("cannot create"), "{err}");
        assert!(!err.contains('\n'));
        assert!(stats_at(&file.join(FILE_NAME)).is_err());

        let garbage = dir.path().join("garbage.sqlite3");
        std::fs::write(&garbage, vec![b'#'; 4096]).unwrap();
        let err = SqliteMemory::open(&garbage).unwrap_err().to_string();
        assert!(err.contains("not a database"), "{err}");
        assert!(err.contains("delete the file"), "{err}");
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 7).unwrap();
        drop(conn);
        let err = SqliteMemory::open(&path).unwrap_err().to_string();
        assert!(
            err.ends_with("written by a newer Passerelle (schema 7, this one knows 1)"),
            "{err}"
        );
    }

    #[test]
    fn concurrent_writers_lose_nothing() {
        // Two threads, each with its own connection (as two processes would have), write
        // overlapping and distinct entries in many small transactions at the same time.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let writers: Vec<_> = ["one", "two"]
            .into_iter()
            .map(|name| {
                let path = path.clone();
                std::thread::spawn(move || {
                    let cache = SqliteMemory::open(&path).unwrap();
                    let s = scope("shared backend", "g");
                    for batch in 0..40 {
                        let mut p = pairs(&format!("{name} {batch}"), 25);
                        p.extend(pairs(&format!("common {batch}"), 5));
                        cache.put_many(&s, &p).unwrap();
                    }
                })
            })
            .collect();
        for w in writers {
            w.join().unwrap();
        }
        let cache = SqliteMemory::open(&path).unwrap();
        cache.integrity_check().unwrap();
        assert_eq!(cache.stats().unwrap().entries, 2 * 40 * 25 + 40 * 5);
        let s = scope("shared backend", "g");
        let texts: Vec<String> = pairs("two 39", 25).into_iter().map(|p| p.0).collect();
        assert!(cache
            .get_many(&s, &texts)
            .unwrap()
            .iter()
            .all(Option::is_some));
    }
}
