//! The PostgreSQL translation memory: one database that every replica of a service (and any
//! command-line run pointed at it) shares, so a sentence translated on one machine is not
//! translated again on another.
//!
//! [`PostgresMemory`] holds a small pool of connections (deadpool over tokio-postgres) and one
//! table, `passerelle_translations`, created on first use under an advisory lock. Its key is
//! the SQLite memory's: backend fingerprint digest, glossary digest, and the exact text (the
//! primary key holds the text's SHA-256, as PostgreSQL's B-tree cannot index a text of any
//! length; lookups compare the text itself too).
//!
//! A server that does not answer is not waited for: each operation has a deadline
//! ([`DEADLINE`]), and after a failure the memory answers "unavailable" at once for
//! [`RETRY_AFTER`] before trying the server again, so requests go on without it at full speed
//! and use it again as soon as it is back.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use sha2::{Digest, Sha256};
use tokio::sync::OnceCell;

use super::{hex, Memory, Scope};
use crate::Error;

/// How long one lookup or store may take, connecting included.
pub const DEADLINE: Duration = Duration::from_secs(3);

/// How long the memory stays "unavailable" after a failure before the server is tried again.
pub const RETRY_AFTER: Duration = Duration::from_secs(1);

/// Connections kept per process.
const POOL_SIZE: usize = 16;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS passerelle_translations (
    backend    TEXT   NOT NULL,  -- SHA-256 of the backend fingerprint
    glossary   TEXT   NOT NULL,  -- SHA-256 of the text's glossary terms
    source_key TEXT   NOT NULL,  -- SHA-256 of the exact text sent to the backend
    source     TEXT   NOT NULL,  -- the exact text sent to the backend
    target     TEXT   NOT NULL,  -- what the backend returned for it
    kind       TEXT   NOT NULL,  -- the backend kind, for statistics
    created    BIGINT NOT NULL,  -- Unix time of the translation
    PRIMARY KEY (backend, glossary, source_key)
)";

/// A translation memory in a PostgreSQL database.
pub struct PostgresMemory {
    pool: Pool,
    shown: String,
    schema: OnceCell<()>,
    retry_at: Mutex<Option<Instant>>,
}

impl std::fmt::Debug for PostgresMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresMemory")
            .field("at", &self.shown)
            .finish_non_exhaustive()
    }
}

impl PostgresMemory {
    /// Prepares the memory at `url` (`postgres://USER[:PASSWORD]@HOST[:PORT]/DB`, or any form
    /// libpq takes as a URL, `?host=/run/postgresql` for a Unix socket). Connects lazily: a
    /// server that is down now is not an error, a malformed address is.
    pub fn connect(url: &str) -> Result<PostgresMemory, Error> {
        let shown = redact(url);
        let fail = |message: String| Error::Cache {
            path: PathBuf::from(&shown),
            message,
        };
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(|e| fail(format!("not a PostgreSQL address: {}", chain(&e))))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(DEADLINE);
        }
        config.application_name("passerelle");
        let manager = Manager::from_config(
            config,
            tokio_postgres::NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(DEADLINE))
            .create_timeout(Some(DEADLINE))
            .build()
            .map_err(|e| fail(e.to_string()))?;
        Ok(PostgresMemory {
            pool,
            shown,
            schema: OnceCell::new(),
            retry_at: Mutex::new(None),
        })
    }

    fn error(&self, message: String) -> Error {
        Error::Cache {
            path: PathBuf::from(&self.shown),
            message,
        }
    }

    /// Runs `op` on a pooled connection (the schema made sure of first) within [`DEADLINE`],
    /// or fails at once while the server is known to be away.
    async fn with_client<T, F>(&self, op: F) -> Result<T, Error>
    where
        F: for<'c> FnOnce(
            &'c deadpool_postgres::Client,
        )
            -> futures::future::BoxFuture<'c, Result<T, tokio_postgres::Error>>,
    {
        {
            let retry_at = self.retry_at.lock().unwrap_or_else(|e| e.into_inner());
            if retry_at.is_some_and(|t| Instant::now() < t) {
                return Err(self.error("unavailable (tried again shortly)".into()));
            }
        }
        let attempt = async {
            let mut client = self.pool.get().await.map_err(|e| pool_error(&e))?;
            self.schema
                .get_or_try_init(|| create_schema(&mut client))
                .await?;
            op(&client).await.map_err(|e| chain(&e))
        };
        let result = match tokio::time::timeout(DEADLINE, attempt).await {
            Ok(r) => r,
            Err(_) => Err(format!("no answer within {} s", DEADLINE.as_secs())),
        };
        let mut retry_at = self.retry_at.lock().unwrap_or_else(|e| e.into_inner());
        match result {
            Ok(t) => {
                *retry_at = None;
                Ok(t)
            }
            Err(message) => {
                *retry_at = Some(Instant::now() + RETRY_AFTER);
                Err(self.error(message))
            }
        }
    }

    /// How many translations the table holds (0 when it does not exist yet).
    pub async fn entries(&self) -> Result<u64, Error> {
        self.with_client(|c| {
            Box::pin(async move {
                let row = c
                    .query_one("SELECT COUNT(*) FROM passerelle_translations", &[])
                    .await?;
                Ok(row.get::<_, i64>(0) as u64)
            })
        })
        .await
    }
}

impl PostgresMemory {
    /// Removes every translation; returns how many there were.
    pub async fn clear(&self) -> Result<u64, Error> {
        self.with_client(|c| {
            Box::pin(async move { c.execute("DELETE FROM passerelle_translations", &[]).await })
        })
        .await
    }
}

/// Creates the table, once across every process starting at the same time.
async fn create_schema(client: &mut deadpool_postgres::Client) -> Result<(), String> {
    let tx = client.transaction().await.map_err(|e| chain(&e))?;
    tx.batch_execute(&format!("SELECT pg_advisory_xact_lock(7261836); {SCHEMA};"))
        .await
        .map_err(|e| chain(&e))?;
    tx.commit().await.map_err(|e| chain(&e))
}

fn source_key(text: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"passerelle-source-v1\0");
    h.update(text.as_bytes());
    hex(&h.finalize())
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

#[async_trait]
impl Memory for PostgresMemory {
    async fn lookup(&self, scope: &Scope, texts: &[String]) -> Result<Vec<Option<String>>, Error> {
        let keys: Vec<String> = texts.iter().map(|t| source_key(t)).collect();
        let rows = self
            .with_client(|c| {
                let (scope, keys) = (scope.clone(), keys.clone());
                Box::pin(async move {
                    let stmt = c
                        .prepare_cached(
                            "SELECT source, target FROM passerelle_translations
                             WHERE backend = $1 AND glossary = $2 AND source_key = ANY($3)",
                        )
                        .await?;
                    c.query(&stmt, &[&scope.backend, &scope.glossary, &keys])
                        .await
                })
            })
            .await?;
        let found: HashMap<String, String> = rows
            .into_iter()
            .map(|r| (r.get::<_, String>(0), r.get::<_, String>(1)))
            .collect();
        Ok(texts.iter().map(|t| found.get(t).cloned()).collect())
    }

    async fn store(&self, scope: &Scope, pairs: &[(String, String)]) -> Result<(), Error> {
        // One row per text (the last translation wins, as a replace would): an upsert may not
        // touch one row twice.
        let mut last: HashMap<&str, &str> = HashMap::new();
        for (s, t) in pairs {
            last.insert(s, t);
        }
        if last.is_empty() {
            return Ok(());
        }
        let sources: Vec<String> = last.keys().map(|s| s.to_string()).collect();
        let targets: Vec<String> = sources
            .iter()
            .map(|s| last[s.as_str()].to_string())
            .collect();
        let keys: Vec<String> = sources.iter().map(|s| source_key(s)).collect();
        self.with_client(|c| {
            let scope = scope.clone();
            Box::pin(async move {
                let stmt = c
                    .prepare_cached(
                        "INSERT INTO passerelle_translations
                         (backend, glossary, source_key, source, target, kind, created)
                         SELECT $1, $2, k, s, t, $3, $4
                         FROM UNNEST($5::text[], $6::text[], $7::text[]) AS u(k, s, t)
                         ON CONFLICT (backend, glossary, source_key)
                         DO UPDATE SET target = EXCLUDED.target, created = EXCLUDED.created",
                    )
                    .await?;
                c.execute(
                    &stmt,
                    &[
                        &scope.backend,
                        &scope.glossary,
                        &scope.kind,
                        &now(),
                        &keys,
                        &sources,
                        &targets,
                    ],
                )
                .await
                .map(|_| ())
            })
        })
        .await
    }

    fn location(&self) -> String {
        self.shown.clone()
    }
}

/// A pool error in one line.
fn pool_error(e: &deadpool_postgres::PoolError) -> String {
    match e {
        deadpool_postgres::PoolError::Backend(e) => chain(e),
        other => other.to_string(),
    }
}

/// An error and its sources in one line (tokio-postgres puts the detail in the source).
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let more = s.to_string();
        if !text.contains(&more) {
            text = format!("{text}: {more}");
        }
        source = s.source();
    }
    text.replace('\n', " ")
}

/// `url` with any password replaced by `***`, for messages.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return "postgres://…".into();
    };
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (hosts, tail) = rest.split_at(end);
    let shown = match hosts.rsplit_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split(':').next().unwrap_or("");
            let hidden = if userinfo.contains(':') { ":***" } else { "" };
            format!("{user}{hidden}@{host}")
        }
        None => hosts.to_string(),
    };
    // Query parameters may carry a password too (`?password=`): dropped.
    let path = tail.split('?').next().unwrap_or("");
    format!("{scheme}://{shown}{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_shown_without_password() {
        assert_eq!(
            redact("postgres://tm:s3cret@db.internal:5433/passerelle"),
            "postgres://tm:***@db.internal:5433/passerelle"
        );
        assert_eq!(
            redact("postgresql://tm@127.0.0.1/tm?password=s3cret&sslmode=disable"),
            "postgresql://tm@127.0.0.1/tm"
        );
        assert_eq!(redact("postgres://db/tm"), "postgres://db/tm");
        let err = PostgresMemory::connect("postgres://tm:s3cret@db:notaport/tm")
            .unwrap_err()
            .to_string();
        assert!(!err.contains("s3cret"), "{err}");
        assert!(err.contains("not a PostgreSQL address"), "{err}");
    }

    #[tokio::test]
    async fn a_server_that_is_not_there_fails_fast_and_is_retried() {
        // A port nobody listens on: refused at once, then "unavailable" without a new attempt.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let memory =
            PostgresMemory::connect(&format!("postgres://tm@127.0.0.1:{port}/tm")).unwrap();
        let scope = Scope {
            backend: "b".into(),
            glossary: "g".into(),
            kind: "k".into(),
        };
        let err = memory.lookup(&scope, &["x".into()]).await.unwrap_err();
        assert!(
            err.to_string()
                .starts_with(&format!("cache postgres://tm@127.0.0.1:{port}/tm: ")),
            "{err}"
        );
        let err = memory.lookup(&scope, &["x".into()]).await.unwrap_err();
        assert!(err.to_string().contains("unavailable"), "{err}");
        tokio::time::sleep(RETRY_AFTER).await;
        let err = memory.lookup(&scope, &["x".into()]).await.unwrap_err();
        assert!(
            !err.to_string().contains("unavailable"),
            "tried again: {err}"
        );
    }
}
