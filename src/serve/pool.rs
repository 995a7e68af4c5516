//! Concurrent requests pooled into shared backend calls. Each request's documents wait in a
//! queue; a task started for the request takes one of the pool's slots, then everything
//! waiting (up to [`MAX_POOLED_ITEMS`]), and runs it as one call (for the service:
//! `pipeline::translate_prepared`, whose batches then hold the sentences of many requests).
//! An engine with a fixed cost per call (Apertium starts a dozen processes for each) answers
//! many requests for the price of one, and a request arriving while the slots are busy costs no
//! call of its own.
//!
//! Each request gets back exactly the results of its own items, in order. The call runs in a
//! task of its own, so a request that gives up (its deadline, a closed connection) loses
//! nothing for the others pooled with it. Failures stay with the items they belong to: the
//! call returns one result per item (`translate_prepared` isolates failing articles).

use std::collections::VecDeque;
use std::future::Future;
use std::sync::{Arc, Mutex};

use tokio::sync::{oneshot, Semaphore};

/// The most items one pooled call takes (more wait for the next slot). Each item is a document;
/// the service's per-request sentence limit bounds what one document holds.
pub const MAX_POOLED_ITEMS: usize = 256;

/// One request waiting: its items, and where its results go.
struct Job<I, O> {
    items: Vec<I>,
    reply: oneshot::Sender<Vec<O>>,
}

/// A queue of requests and the slots that run them (see the module note).
pub struct Pool<I, O> {
    queue: Mutex<VecDeque<Job<I, O>>>,
    slots: Arc<Semaphore>,
}

impl<I, O> std::fmt::Debug for Pool<I, O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let waiting = self.queue.lock().map_or(0, |q| q.len());
        f.debug_struct("Pool")
            .field("waiting", &waiting)
            .field("free_slots", &self.slots.available_permits())
            .finish()
    }
}

impl<I: Send + 'static, O: Send + 'static> Pool<I, O> {
    /// A pool running at most `slots` calls at once.
    pub fn new(slots: usize) -> Arc<Self> {
        Arc::new(Pool {
            queue: Mutex::new(VecDeque::new()),
            slots: Arc::new(Semaphore::new(slots.max(1))),
        })
    }

    /// Queues `items` and returns their results, one per item in order, computed by `run`
    /// over these items and whatever else was waiting. `None` when the call was lost (its task
    /// panicked or the runtime is shutting down).
    pub async fn submit<R, Fut>(self: &Arc<Self>, items: Vec<I>, run: R) -> Option<Vec<O>>
    where
        R: FnOnce(Vec<I>) -> Fut + Send + 'static,
        Fut: Future<Output = Vec<O>> + Send + 'static,
    {
        if items.is_empty() {
            return Some(Vec::new());
        }
        let (reply, answer) = oneshot::channel();
        self.queue.lock().ok()?.push_back(Job { items, reply });
        let pool = self.clone();
        tokio::spawn(async move {
            let Ok(_slot) = pool.slots.clone().acquire_owned().await else {
                return;
            };
            let jobs = pool.take();
            if jobs.is_empty() {
                // Another request's task took this one's items along with its own.
                return;
            }
            let mut counts = Vec::with_capacity(jobs.len());
            let mut replies = Vec::with_capacity(jobs.len());
            let mut all = Vec::new();
            for job in jobs {
                counts.push(job.items.len());
                replies.push(job.reply);
                all.extend(job.items);
            }
            let mut results = run(all).await.into_iter();
            for (n, reply) in counts.into_iter().zip(replies) {
                // A request that gave up has dropped its receiver: nothing to do.
                let _ = reply.send(results.by_ref().take(n).collect());
            }
        });
        answer.await.ok()
    }

    /// The jobs waiting, oldest first, up to [`MAX_POOLED_ITEMS`] items (at least one job).
    fn take(&self) -> Vec<Job<I, O>> {
        let Ok(mut queue) = self.queue.lock() else {
            return Vec::new();
        };
        let mut jobs = Vec::new();
        let mut items = 0;
        while let Some(job) = queue.front() {
            if !jobs.is_empty() && items + job.items.len() > MAX_POOLED_ITEMS {
                break;
            }
            items += job.items.len();
            jobs.extend(queue.pop_front());
        }
        jobs
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_requests_share_calls_and_each_gets_its_own_results() {
        let pool: Arc<Pool<String, String>> = Pool::new(1);
        let calls = Arc::new(AtomicUsize::new(0));
        let requests = (0..20).map(|r| {
            let pool = pool.clone();
            let calls = calls.clone();
            async move {
                let items: Vec<String> = (0..3).map(|i| format!("r{r} i{i}")).collect();
                let out = pool
                    .submit(items.clone(), move |all: Vec<String>| async move {
                        calls.fetch_add(1, Ordering::SeqCst);
                        // A call with a fixed cost: the others queue meanwhile.
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        all.iter().map(|s| s.to_uppercase()).collect()
                    })
                    .await
                    .expect("answered");
                (items, out)
            }
        });
        for (items, out) in futures::future::join_all(requests).await {
            let want: Vec<String> = items.iter().map(|s| s.to_uppercase()).collect();
            assert_eq!(out, want);
        }
        let calls = calls.load(Ordering::SeqCst);
        assert!((1..20).contains(&calls), "{calls} calls for 20 requests");
    }

    #[tokio::test]
    async fn a_request_that_gives_up_loses_nothing_for_the_others() {
        let pool: Arc<Pool<u32, u32>> = Pool::new(1);
        let slow = |all: Vec<u32>| async move {
            tokio::time::sleep(Duration::from_millis(30)).await;
            all.iter().map(|n| n * 10).collect::<Vec<_>>()
        };
        // The first request starts the call and gives up before it ends.
        let first = pool.submit(vec![1, 2], slow);
        assert!(tokio::time::timeout(Duration::from_millis(5), first)
            .await
            .is_err());
        assert_eq!(pool.submit(vec![3], slow).await, Some(vec![30]));
        assert_eq!(pool.submit(Vec::new(), slow).await, Some(Vec::new()));
    }

    #[test]
    fn a_pooled_call_takes_whole_requests_up_to_the_bound() {
        let pool: Arc<Pool<u8, u8>> = Pool::new(1);
        let mut receivers = Vec::new();
        for n in [MAX_POOLED_ITEMS - 1, 1, 1, MAX_POOLED_ITEMS + 5] {
            let (reply, answer) = oneshot::channel();
            pool.queue.lock().unwrap().push_back(Job {
                items: vec![0; n],
                reply,
            });
            receivers.push(answer);
        }
        let sizes = |jobs: Vec<Job<u8, u8>>| jobs.iter().map(|j| j.items.len()).collect::<Vec<_>>();
        assert_eq!(sizes(pool.take()), [MAX_POOLED_ITEMS - 1, 1]);
        assert_eq!(sizes(pool.take()), [1]);
        // A request larger than the bound still goes, alone.
        assert_eq!(sizes(pool.take()), [MAX_POOLED_ITEMS + 5]);
        assert!(pool.take().is_empty());
    }
}
