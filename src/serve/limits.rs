//! What keeps one replica standing under load: a bound on requests worked on at once
//! ([`Limits::in_flight`]) with a bounded queue behind it (past it: 429 with `Retry-After`), a
//! deadline per request (503 past it), and draining on shutdown (new work gets 503 while the
//! requests in flight finish). The body size and sentence limits are checked where the body is
//! read ([`super::read_body`]) and where it is segmented.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// The service's limits; [`Limits::default`] is what `passerelle serve` starts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest request body, in bytes (413 past it).
    pub body_bytes: usize,
    /// Most sentences one request may hold, all its texts together (400 past it).
    pub sentences: usize,
    /// Translation requests worked on at once.
    pub in_flight: usize,
    /// Translation requests waiting for a slot; one more gets 429.
    pub queue: usize,
    /// Longest a request may take, waiting included (503 past it).
    pub timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            body_bytes: 1024 * 1024,
            sentences: 2_000,
            in_flight: 16,
            queue: 256,
            timeout: Duration::from_secs(60),
        }
    }
}

/// The in-flight bound and its queue.
#[derive(Debug)]
pub struct Gate {
    slots: Arc<Semaphore>,
    size: usize,
    queued: AtomicUsize,
    queue: usize,
}

/// The queue is full.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Full;

impl Gate {
    /// `size` slots, `queue` places to wait for one.
    pub fn new(size: usize, queue: usize) -> Gate {
        Gate {
            slots: Arc::new(Semaphore::new(size.max(1))),
            size: size.max(1),
            queued: AtomicUsize::new(0),
            queue,
        }
    }

    /// A slot, after waiting in the queue if need be; [`Full`] at once when the queue is.
    pub async fn enter(&self) -> Result<OwnedSemaphorePermit, Full> {
        if let Ok(permit) = self.slots.clone().try_acquire_owned() {
            return Ok(permit);
        }
        if self.queued.fetch_add(1, Ordering::SeqCst) >= self.queue {
            self.queued.fetch_sub(1, Ordering::SeqCst);
            return Err(Full);
        }
        // Leaves the queue however the wait ends (a slot, or the request given up).
        struct Leave<'a>(&'a AtomicUsize);
        impl Drop for Leave<'_> {
            fn drop(&mut self) {
                self.0.fetch_sub(1, Ordering::SeqCst);
            }
        }
        let _leave = Leave(&self.queued);
        Ok(self
            .slots
            .clone()
            .acquire_owned()
            .await
            .expect("the gate's semaphore is never closed"))
    }

    /// Requests holding a slot.
    pub fn in_flight(&self) -> usize {
        self.size - self.slots.available_permits()
    }

    /// Requests waiting for one.
    pub fn queued(&self) -> usize {
        self.queued.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn past_the_slots_requests_queue_then_are_refused() {
        let gate = Arc::new(Gate::new(1, 1));
        let first = gate.enter().await.unwrap();
        assert_eq!(gate.in_flight(), 1);
        let waiting = {
            let gate = gate.clone();
            tokio::spawn(async move { gate.enter().await.map(drop) })
        };
        while gate.queued() == 0 {
            tokio::task::yield_now().await;
        }
        assert_eq!(gate.enter().await.unwrap_err(), Full);
        drop(first);
        assert_eq!(waiting.await.unwrap(), Ok(()));
        assert_eq!((gate.in_flight(), gate.queued()), (0, 0));
    }

    #[tokio::test]
    async fn a_request_given_up_in_the_queue_leaves_it() {
        let gate = Gate::new(1, 1);
        let _slot = gate.enter().await.unwrap();
        let gave_up = tokio::time::timeout(Duration::from_millis(10), gate.enter()).await;
        assert!(gave_up.is_err());
        assert_eq!(gate.queued(), 0);
    }
}
