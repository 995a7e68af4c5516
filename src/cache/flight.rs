//! Single flight: while one caller is having a text translated, others asking for the same
//! text (same backend, same terms) wait for that translation instead of sending it again. This
//! is what keeps a service's backend from translating one sentence many times when many
//! clients ask for it at once; across replicas the shared memory does the same job.
//!
//! A leader that fails or is cancelled (its request timed out) releases its texts; whoever
//! waited on them is told so and translates them itself.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::watch;

/// What identifies one translation in flight: the scope's glossary digest and the exact text
/// (one [`Flights`] serves one backend).
pub type Key = (String, String);

type Table = Arc<Mutex<HashMap<Key, watch::Sender<Option<String>>>>>;

/// The texts being translated right now, by key.
#[derive(Debug, Default)]
pub struct Flights {
    table: Table,
}

/// The answer to [`Flights::claim`].
#[derive(Debug)]
pub enum Claim {
    /// Nobody is translating the text: the caller does, and reports with [`Lead::finish`].
    Lead(Lead),
    /// Someone is: [`wait`] for their translation.
    Follow(watch::Receiver<Option<String>>),
}

/// The caller's duty to translate one text. Dropped without [`Lead::finish`] (an error, a
/// cancelled request), it releases the text and wakes its followers empty-handed.
#[derive(Debug)]
pub struct Lead {
    table: Table,
    key: Key,
}

impl Flights {
    /// Takes the lead on `key`, or joins whoever has it.
    pub fn claim(&self, key: Key) -> Claim {
        let mut table = lock(&self.table);
        if let Some(tx) = table.get(&key) {
            return Claim::Follow(tx.subscribe());
        }
        table.insert(key.clone(), watch::channel(None).0);
        Claim::Lead(Lead {
            table: self.table.clone(),
            key,
        })
    }

    /// How many texts are in flight.
    pub fn len(&self) -> usize {
        lock(&self.table).len()
    }

    /// Whether no text is in flight.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Lead {
    /// Hands `translation` to every follower and releases the text.
    pub fn finish(self, translation: &str) {
        if let Some(tx) = lock(&self.table).get(&self.key) {
            tx.send_replace(Some(translation.to_string()));
        }
    }
}

impl Drop for Lead {
    fn drop(&mut self) {
        lock(&self.table).remove(&self.key);
    }
}

/// The leader's translation, or `None` when it failed or gave up.
pub async fn wait(mut rx: watch::Receiver<Option<String>>) -> Option<String> {
    rx.wait_for(Option::is_some)
        .await
        .ok()
        .and_then(|v| v.clone())
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // The table is consistent after every statement: a poisoned lock is still usable.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> Key {
        ("g".into(), text.into())
    }

    #[tokio::test]
    async fn followers_get_the_leaders_translation() {
        let flights = Flights::default();
        let Claim::Lead(lead) = flights.claim(key("un")) else {
            panic!("the first caller leads")
        };
        let Claim::Follow(rx) = flights.claim(key("un")) else {
            panic!("the second caller follows")
        };
        assert!(matches!(flights.claim(key("deux")), Claim::Lead(_)));
        let waiter = tokio::spawn(wait(rx));
        lead.finish("one");
        assert_eq!(waiter.await.unwrap().as_deref(), Some("one"));
        assert!(flights.is_empty(), "a finished text is released");
        assert!(matches!(flights.claim(key("un")), Claim::Lead(_)));
    }

    #[tokio::test]
    async fn a_dropped_leader_releases_its_followers() {
        let flights = Flights::default();
        let Claim::Lead(lead) = flights.claim(key("un")) else {
            panic!("the first caller leads")
        };
        let Claim::Follow(rx) = flights.claim(key("un")) else {
            panic!("the second caller follows")
        };
        let waiter = tokio::spawn(wait(rx));
        drop(lead);
        assert_eq!(waiter.await.unwrap(), None);
        assert!(flights.is_empty());
    }
}
