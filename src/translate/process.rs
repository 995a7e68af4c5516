//! The child processes of the local engines (`command`, `apertium`): each engine runs in a
//! process group of its own, killed whole — the engine and whatever it started — when its
//! batch times out, fails or is dropped, and when Passerelle is interrupted; what is read
//! from an engine is bounded; and the default timeout is scaled to the batch.
//!
//! Default timeout: [`BASE_TIMEOUT`] plus one second per [`BYTES_PER_SECOND`] bytes of the
//! batch (60 s for a sentence, about 65 s for the sample article, 17 min for a 1 MB batch),
//! used when the backend's `timeout_seconds` is not set. Output bound: [`output_limit`], a
//! generous multiple of the batch; an engine writing more (`yes`) fails its batch.

use std::collections::BTreeSet;
use std::sync::Mutex;
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt};

/// The fixed part of the default timeout (engine start-up, model loading).
pub const BASE_TIMEOUT: Duration = Duration::from_secs(60);
/// The slowest throughput the default timeout allows for (bytes of input per second).
pub const BYTES_PER_SECOND: u64 = 1_000;
/// Most bytes of an engine's stderr kept (the last ones: its final message).
pub const STDERR_KEPT: usize = 64 * 1024;

/// The timeout of a batch of `input_bytes`: the configured one, else the default above.
pub fn timeout_for(configured: Option<Duration>, input_bytes: usize) -> Duration {
    configured.unwrap_or_else(|| {
        BASE_TIMEOUT.saturating_add(Duration::from_secs(input_bytes as u64 / BYTES_PER_SECOND))
    })
}

/// Most bytes read from an engine's stdout for a batch of `input_bytes`: 1 MiB plus 16
/// times the input (a translation is rarely twice its source; any engine flooding its output
/// is stopped long before memory runs out).
pub fn output_limit(input_bytes: usize) -> usize {
    (1usize << 20).saturating_add(input_bytes.saturating_mul(16))
}

/// Process groups of engines running now (killed by [`kill_all`]).
fn live() -> std::sync::MutexGuard<'static, BTreeSet<i32>> {
    static LIVE: Mutex<BTreeSet<i32>> = Mutex::new(BTreeSet::new());
    LIVE.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn kill_group(pgid: i32) {
    if pgid > 0 {
        // SAFETY: kill(2) with a negative pid signals a process group; no memory is involved.
        unsafe {
            libc::kill(-pgid, libc::SIGKILL);
        }
    }
}

/// Kills every engine's process group still running: for the interrupt handler, just before
/// the process exits (the engines are in groups of their own, so a terminal's Ctrl-C does
/// not reach them).
pub fn kill_all() {
    for pgid in live().iter() {
        kill_group(*pgid);
    }
}

/// An engine's process group: killed whole when dropped, unless [`Group::finished`] was
/// called after the engine ended and its output was read to the end.
#[derive(Debug)]
pub struct Group {
    pgid: i32,
    finished: bool,
}

impl Group {
    /// The group led by the process `pid` (spawned with `process_group(0)`).
    pub fn new(pid: Option<u32>) -> Group {
        let pgid = pid.and_then(|p| i32::try_from(p).ok()).unwrap_or(0);
        if pgid > 0 {
            live().insert(pgid);
        }
        Group {
            pgid,
            finished: false,
        }
    }

    /// The group id, for the other processes of a pipeline to join.
    pub fn id(&self) -> i32 {
        self.pgid
    }

    /// Kills the group now (it stays registered until dropped).
    pub fn kill(&self) {
        kill_group(self.pgid);
    }

    /// The engine ended normally: nothing to kill.
    pub fn finished(mut self) {
        self.finished = true;
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        live().remove(&self.pgid);
        if !self.finished {
            kill_group(self.pgid);
        }
    }
}

/// Reads `reader` to its end, or fails with the number of bytes allowed once more than
/// `limit` were written.
pub async fn read_bounded<R: AsyncRead + Unpin>(
    reader: R,
    limit: usize,
) -> std::io::Result<Result<Vec<u8>, usize>> {
    let mut out = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    reader.take(cap).read_to_end(&mut out).await?;
    Ok(if out.len() > limit {
        Err(limit)
    } else {
        Ok(out)
    })
}

/// Reads `reader` to its end, keeping the last [`STDERR_KEPT`] bytes.
pub async fn read_tail<R: AsyncRead + Unpin>(mut reader: R) -> Vec<u8> {
    let mut kept = Vec::new();
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        match reader.read(&mut buf).await {
            Ok(0) | Err(_) => return kept,
            Ok(n) => {
                kept.extend_from_slice(&buf[..n]);
                if kept.len() > 2 * STDERR_KEPT {
                    kept.drain(..kept.len() - STDERR_KEPT);
                }
            }
        }
    }
}

/// `1.0 MB`, `512 KB`, `37 bytes`: sizes in messages.
pub fn fmt_bytes(n: usize) -> String {
    if n >= 1_000_000 {
        format!("{:.1} MB", n as f64 / 1e6)
    } else if n >= 10_000 {
        format!("{} KB", n / 1000)
    } else {
        format!("{n} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_timeout_grows_with_the_batch() {
        assert_eq!(timeout_for(None, 0), Duration::from_secs(60));
        assert_eq!(timeout_for(None, 5_000), Duration::from_secs(65));
        assert_eq!(timeout_for(None, 1_000_000), Duration::from_secs(1060));
        let set = Duration::from_millis(300);
        assert_eq!(timeout_for(Some(set), 1_000_000), set);
        assert!(output_limit(10) > 1_000_000 && output_limit(usize::MAX) == usize::MAX);
    }

    #[tokio::test]
    async fn reading_stops_past_the_limit() {
        let data = vec![b'y'; 10_000];
        assert_eq!(
            read_bounded(&data[..], 10_000)
                .await
                .unwrap()
                .unwrap()
                .len(),
            10_000
        );
        assert_eq!(read_bounded(&data[..], 9_999).await.unwrap(), Err(9_999));
        let tail = read_tail(&vec![b'e'; 3 * STDERR_KEPT][..]).await;
        assert!(tail.len() <= 2 * STDERR_KEPT && tail.len() >= STDERR_KEPT);
    }
}
