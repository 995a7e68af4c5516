//! [`CachedTranslator`]: the translation memory as a [`Translator`] decorator. It answers what
//! the [`Memory`] already holds and sends only the rest to the backend it wraps, in one call,
//! storing each batch's results as soon as the backend returns them, so an interrupted run
//! resumes where it stopped and nothing is ever paid for twice. A text another caller is
//! having translated at the same moment is waited for, not sent again ([`super::flight`]).
//!
//! A memory that fails (a locked file, a PostgreSQL server gone away) is warned about once and
//! counted; translation goes on without it, and it is used again as soon as it answers.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;

use async_trait::async_trait;

use super::flight::{self, Claim, Flights};
use super::{backend_key, glossary_fingerprint, Memory, Scope};
use crate::translate::{BackendInfo, Batch, Capabilities, TermPair, TranslateError, Translator};

/// What a [`CachedTranslator`] counts, for a service's metrics.
#[derive(Debug, Default)]
pub struct Counters {
    /// Texts found in the memory.
    pub hits: AtomicU64,
    /// Texts not found in the memory (or looked up while it was unavailable).
    pub misses: AtomicU64,
    /// Missed texts another caller was translating at that moment, waited for, not sent.
    pub shared: AtomicU64,
    /// Texts sent to the backend.
    pub backend_sentences: AtomicU64,
    /// Backend calls that failed.
    pub backend_errors: AtomicU64,
    /// Memory lookups or stores that failed.
    pub memory_errors: AtomicU64,
    /// Whether the memory's last operation failed.
    pub memory_down: AtomicBool,
}

impl Counters {
    fn add(counter: &AtomicU64, n: usize) {
        counter.fetch_add(n as u64, Ordering::Relaxed);
    }

    /// The value of `counter`.
    pub fn get(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }
}

/// A backend behind the translation memory.
///
/// Keys: the inner backend's [`Translator::fingerprint`] (stored as a digest), the digest of
/// the glossary terms the text holds ([`Batch::terms_of`]), and the exact text sent. A memory
/// fault is warned about once (and again only after the memory has answered in between) and the
/// batch goes to the backend: the memory only ever saves work, it never makes a run fail.
#[derive(Debug)]
pub struct CachedTranslator {
    inner: Box<dyn Translator>,
    memory: Option<Arc<dyn Memory>>,
    backend: String,
    kind: String,
    flights: Flights,
    counters: Arc<Counters>,
}

impl CachedTranslator {
    /// Puts `inner` behind `memory`.
    pub fn new(inner: Box<dyn Translator>, memory: Arc<dyn Memory>) -> Self {
        Self::with(inner, Some(memory))
    }

    /// `inner` with no memory: only concurrent requests for one text are shared (a service run
    /// with `--no-cache`).
    pub fn without_memory(inner: Box<dyn Translator>) -> Self {
        Self::with(inner, None)
    }

    fn with(inner: Box<dyn Translator>, memory: Option<Arc<dyn Memory>>) -> Self {
        let backend = backend_key(&inner.fingerprint());
        let kind = inner.info().kind;
        CachedTranslator {
            inner,
            memory,
            backend,
            kind,
            flights: Flights::default(),
            counters: Arc::new(Counters::default()),
        }
    }

    /// The memory in use, if any.
    pub fn memory(&self) -> Option<&Arc<dyn Memory>> {
        self.memory.as_ref()
    }

    /// What this translator has counted so far (shared: it keeps counting).
    pub fn counters(&self) -> Arc<Counters> {
        self.counters.clone()
    }

    fn scope(&self, terms: &[TermPair]) -> Scope {
        Scope {
            backend: self.backend.clone(),
            glossary: glossary_fingerprint(terms),
            kind: self.kind.clone(),
        }
    }

    /// Notes a memory operation's outcome: the first failure after a success is warned about,
    /// the first success after a failure is logged.
    fn memory_result<T>(&self, result: Result<T, crate::Error>, what: &str) -> Option<T> {
        let down = &self.counters.memory_down;
        match result {
            Ok(t) => {
                if down.swap(false, Ordering::Relaxed) {
                    let at = self
                        .memory
                        .as_ref()
                        .map(|m| m.location())
                        .unwrap_or_default();
                    tracing::warn!("translation memory {at} answers again; using it");
                }
                Some(t)
            }
            Err(e) => {
                Counters::add(&self.counters.memory_errors, 1);
                if !down.swap(true, Ordering::Relaxed) {
                    tracing::warn!("{e}; {what} without the translation memory until it answers");
                }
                None
            }
        }
    }

    /// Stores fresh `(index, translation)` pairs of `batch` (each under its text's scope).
    async fn remember(
        &self,
        batch: &Batch,
        scopes: &[Scope],
        group_of: &[usize],
        done: &[(usize, String)],
    ) {
        let Some(memory) = &self.memory else { return };
        // An empty answer for a non-empty text is not worth remembering.
        let mut fresh: Vec<(&Scope, Vec<(String, String)>)> = Vec::new();
        for (i, t) in done {
            let text = &batch.texts[*i];
            if t.trim().is_empty() && !text.trim().is_empty() {
                continue;
            }
            let scope = &scopes[group_of[*i]];
            match fresh.iter_mut().find(|(s, _)| *s == scope) {
                Some((_, pairs)) => pairs.push((text.clone(), t.clone())),
                None => fresh.push((scope, vec![(text.clone(), t.clone())])),
            }
        }
        for (scope, pairs) in fresh {
            let stored = memory.store(scope, &pairs).await;
            if self.memory_result(stored, "translating").is_none() {
                return;
            }
        }
    }

    /// Sends the texts of `batch` at `indices` to the backend, counted.
    async fn send(
        &self,
        batch: &Batch,
        own: &[Vec<TermPair>],
        indices: &[usize],
    ) -> Result<Vec<String>, TranslateError> {
        let name = self.inner.info().name;
        let sub = Batch::with_own_terms(
            indices
                .iter()
                .map(|&i| (batch.texts[i].clone(), own[i].clone()))
                .collect(),
        );
        Counters::add(&self.counters.backend_sentences, indices.len());
        let translated =
            self.inner.translate(&sub).await.and_then(|t| {
                TranslateError::check_count(&name, indices.len(), t.len()).map(|()| t)
            });
        if translated.is_err() {
            Counters::add(&self.counters.backend_errors, 1);
        }
        translated
    }
}

#[async_trait]
impl Translator for CachedTranslator {
    fn info(&self) -> BackendInfo {
        self.inner.info()
    }

    fn capabilities(&self) -> Capabilities {
        self.inner.capabilities()
    }

    fn fingerprint(&self) -> String {
        self.inner.fingerprint()
    }

    fn marks_unknown(&self) -> bool {
        self.inner.marks_unknown()
    }

    async fn check(&self) -> Result<String, TranslateError> {
        self.inner.check().await
    }

    async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
        if batch.texts.is_empty() {
            return Ok(Vec::new());
        }
        let name = self.inner.info().name;
        // Each text is keyed by the glossary terms it holds itself, so a sentence met again in
        // another batch (other neighbours, other terms around it) is still found.
        let own: Vec<Vec<TermPair>> = (0..batch.texts.len()).map(|i| batch.terms_of(i)).collect();
        let groups = by_scope(&own);
        let scopes: Vec<Scope> = groups.iter().map(|(terms, _)| self.scope(terms)).collect();
        let mut group_of = vec![0; batch.texts.len()];
        for (g, (_, members)) in groups.iter().enumerate() {
            for &i in members {
                group_of[i] = g;
            }
        }

        let mut found: Vec<Option<String>> = vec![None; batch.texts.len()];
        if let Some(memory) = &self.memory {
            for ((_, members), scope) in groups.iter().zip(&scopes) {
                let texts: Vec<String> = members.iter().map(|&i| batch.texts[i].clone()).collect();
                let looked = memory.lookup(scope, &texts).await;
                let Some(hits) = self.memory_result(looked, "translating") else {
                    break;
                };
                for (&i, hit) in members.iter().zip(hits) {
                    found[i] = hit;
                }
            }
        }
        let hits = found.iter().filter(|h| h.is_some()).count();
        Counters::add(&self.counters.hits, hits);
        Counters::add(&self.counters.misses, batch.texts.len() - hits);
        tracing::debug!(
            "{name}: {hits} of {} texts from the memory",
            batch.texts.len()
        );

        // The misses, each distinct text once, in order of first appearance: led (sent to the
        // backend by this call) or followed (being translated by another call right now).
        let mut first: HashMap<&str, usize> = HashMap::new();
        let mut leads = Vec::new();
        let mut follows = Vec::new();
        for (i, (text, hit)) in batch.texts.iter().zip(&found).enumerate() {
            if hit.is_some() || first.contains_key(text.as_str()) {
                continue;
            }
            first.insert(text, i);
            let key = (scopes[group_of[i]].glossary.clone(), text.clone());
            match self.flights.claim(key) {
                Claim::Lead(lead) => leads.push((i, lead)),
                Claim::Follow(rx) => follows.push((i, rx)),
            }
        }

        let mut done: Vec<(usize, String)> = Vec::new();
        if !leads.is_empty() {
            let indices: Vec<usize> = leads.iter().map(|(i, _)| *i).collect();
            // On error the leads are dropped: whoever waits on them translates them itself.
            let translated = self.send(batch, &own, &indices).await?;
            let fresh: Vec<(usize, String)> = indices.into_iter().zip(translated).collect();
            // Stored before the followers are released, so that a caller arriving in between
            // finds the text in the memory.
            self.remember(batch, &scopes, &group_of, &fresh).await;
            for ((_, lead), (_, t)) in leads.into_iter().zip(&fresh) {
                lead.finish(t);
            }
            done.extend(fresh);
        }
        let mut orphans = Vec::new();
        for (i, rx) in follows {
            match flight::wait(rx).await {
                Some(t) => {
                    Counters::add(&self.counters.shared, 1);
                    done.push((i, t));
                }
                None => orphans.push(i),
            }
        }
        if !orphans.is_empty() {
            let translated = self.send(batch, &own, &orphans).await?;
            let fresh: Vec<(usize, String)> = orphans.into_iter().zip(translated).collect();
            self.remember(batch, &scopes, &group_of, &fresh).await;
            done.extend(fresh);
        }

        let by_text: HashMap<&str, &str> = done
            .iter()
            .map(|(i, t)| (batch.texts[*i].as_str(), t.as_str()))
            .collect();
        for (text, hit) in batch.texts.iter().zip(found.iter_mut()) {
            if hit.is_none() {
                *hit = by_text.get(text.as_str()).map(|t| t.to_string());
            }
        }
        found
            .into_iter()
            .map(|t| t.ok_or_else(|| TranslateError::failed(&name, "cache lost a translation")))
            .collect()
    }
}

/// The texts of a batch grouped by the set of terms they hold (as a sorted, deduplicated
/// list), in order of first appearance: one cache scope per group.
fn by_scope(own: &[Vec<TermPair>]) -> Vec<(Vec<TermPair>, Vec<usize>)> {
    let mut groups: Vec<(Vec<TermPair>, Vec<usize>)> = Vec::new();
    for (i, terms) in own.iter().enumerate() {
        let mut key = terms.clone();
        key.sort_by(|a, b| (&a.fr, &a.en).cmp(&(&b.fr, &b.en)));
        key.dedup();
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, members)) => members.push(i),
            None => groups.push((key, vec![i])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;

    use super::*;
    use crate::cache::SqliteMemory;
    use crate::translate::{GlossaryStrategy, TermPair};

    /// A backend that uppercases, counts its calls and texts, and can be told to misbehave.
    #[derive(Debug, Default)]
    struct Counting {
        calls: AtomicUsize,
        texts: Mutex<Vec<String>>,
        fail_on: Option<String>,
        drop_one: bool,
        detail: String,
    }

    impl Counting {
        fn calls(&self) -> usize {
            self.calls.load(Ordering::SeqCst)
        }
    }

    #[async_trait]
    impl Translator for Arc<Counting> {
        fn info(&self) -> BackendInfo {
            BackendInfo {
                name: "counting".into(),
                kind: "counting".into(),
                detail: self.detail.clone(),
            }
        }
        fn capabilities(&self) -> Capabilities {
            Capabilities {
                glossary: GlossaryStrategy::Native,
                max_batch_texts: 50,
                max_batch_bytes: 10_000,
                default_concurrency: 1,
            }
        }
        async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            self.texts.lock().unwrap().extend(batch.texts.clone());
            if let Some(bad) = &self.fail_on {
                if batch.texts.contains(bad) {
                    return Err(TranslateError::failed("counting", "HTTP 503"));
                }
            }
            let mut out: Vec<String> = batch.texts.iter().map(|t| t.to_uppercase()).collect();
            if self.drop_one {
                out.pop();
            }
            Ok(out)
        }
        async fn check(&self) -> Result<String, TranslateError> {
            Ok("ok".into())
        }
    }

    fn setup(backend: Counting) -> (tempfile::TempDir, Arc<Counting>, SqliteMemory) {
        let dir = tempfile::tempdir().unwrap();
        let cache = SqliteMemory::open(&dir.path().join("tm.sqlite3")).unwrap();
        (dir, Arc::new(backend), cache)
    }

    fn cached(backend: &Arc<Counting>, cache: &SqliteMemory) -> CachedTranslator {
        CachedTranslator::new(Box::new(backend.clone()), Arc::new(cache.clone()))
    }

    fn batch(texts: &[&str]) -> Batch {
        Batch {
            texts: texts.iter().map(|t| t.to_string()).collect(),
            terms: Vec::new(),
            text_terms: Vec::new(),
        }
    }

    #[tokio::test]
    async fn second_run_makes_no_backend_call() {
        let (_dir, backend, cache) = setup(Counting::default());
        let b = batch(&["un", "deux", "trois"]);
        let first = cached(&backend, &cache).translate(&b).await.unwrap();
        assert_eq!(first, ["UN", "DEUX", "TROIS"]);
        assert_eq!(backend.calls(), 1);
        // A new decorator over the same file, as a second run would build.
        let second = cached(&backend, &cache).translate(&b).await.unwrap();
        assert_eq!(second, first);
        assert_eq!(
            backend.calls(),
            1,
            "the second run must not call the backend"
        );
    }

    #[tokio::test]
    async fn only_misses_are_sent_once_each_in_order() {
        let (_dir, backend, cache) = setup(Counting::default());
        let t = cached(&backend, &cache);
        t.translate(&batch(&["b", "d"])).await.unwrap();
        backend.texts.lock().unwrap().clear();
        let out = t
            .translate(&batch(&["a", "b", "c", "a", "d", "e"]))
            .await
            .unwrap();
        assert_eq!(out, ["A", "B", "C", "A", "D", "E"]);
        assert_eq!(backend.calls(), 2);
        assert_eq!(*backend.texts.lock().unwrap(), ["a", "c", "e"]);
    }

    #[tokio::test]
    async fn keys_include_backend_and_glossary() {
        let (_dir, backend, cache) = setup(Counting::default());
        let mut b = batch(&["Pékin a refusé"]);
        cached(&backend, &cache).translate(&b).await.unwrap();
        b.terms = vec![TermPair {
            fr: "Pékin".into(),
            en: "Beijing".into(),
        }];
        cached(&backend, &cache).translate(&b).await.unwrap();
        assert_eq!(backend.calls(), 2, "other glossary terms: a miss");
        let other = Arc::new(Counting {
            detail: "another model".into(),
            ..Counting::default()
        });
        cached(&other, &cache).translate(&b).await.unwrap();
        assert_eq!(other.calls(), 1, "another backend fingerprint: a miss");
        cached(&backend, &cache).translate(&b).await.unwrap();
        assert_eq!(backend.calls(), 2);
    }

    fn term(fr: &str, en: &str) -> TermPair {
        TermPair {
            fr: fr.into(),
            en: en.into(),
        }
    }

    #[tokio::test]
    async fn a_text_is_keyed_by_its_own_terms_not_its_neighbours() {
        let (_dir, backend, cache) = setup(Counting::default());
        let t = cached(&backend, &cache);
        let pekin = (
            "Pékin a refusé.".to_string(),
            vec![term("Pékin", "Beijing")],
        );
        let moscou = ("Moscou répond.".to_string(), vec![term("Moscou", "Moscow")]);
        let plain = ("Rien.".to_string(), Vec::new());
        t.translate(&Batch::with_own_terms(vec![pekin.clone(), moscou.clone()]))
            .await
            .unwrap();
        assert_eq!(backend.calls(), 1);
        // The same sentences with other neighbours, in other batches: all from the cache.
        let out = t
            .translate(&Batch::with_own_terms(vec![plain.clone(), pekin.clone()]))
            .await
            .unwrap();
        assert_eq!(out, ["RIEN.", "PÉKIN A REFUSÉ."]);
        assert_eq!(
            *backend.texts.lock().unwrap(),
            [pekin.0.clone(), moscou.0.clone(), plain.0.clone()]
        );
        t.translate(&Batch::with_own_terms(vec![moscou.clone()]))
            .await
            .unwrap();
        assert_eq!(backend.calls(), 2, "only `Rien.` was a miss");
        // Its own terms changed: a miss.
        let renamed = (pekin.0.clone(), vec![term("Pékin", "Peking")]);
        t.translate(&Batch::with_own_terms(vec![renamed]))
            .await
            .unwrap();
        assert_eq!(backend.calls(), 3);
    }

    #[tokio::test]
    async fn the_backend_gets_only_the_terms_of_the_texts_it_is_sent() {
        #[derive(Debug, Default)]
        struct Terms(Mutex<Vec<Vec<TermPair>>>);
        #[async_trait]
        impl Translator for Arc<Terms> {
            fn info(&self) -> BackendInfo {
                BackendInfo {
                    name: "terms".into(),
                    kind: "terms".into(),
                    detail: String::new(),
                }
            }
            fn capabilities(&self) -> Capabilities {
                Capabilities {
                    glossary: GlossaryStrategy::Native,
                    max_batch_texts: 50,
                    max_batch_bytes: 10_000,
                    default_concurrency: 1,
                }
            }
            async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
                self.0.lock().unwrap().push(batch.terms.clone());
                Ok(batch.texts.iter().map(|t| t.to_uppercase()).collect())
            }
            async fn check(&self) -> Result<String, TranslateError> {
                Ok("ok".into())
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let cache = SqliteMemory::open(&dir.path().join("tm.sqlite3")).unwrap();
        let inner = Arc::new(Terms::default());
        let t = CachedTranslator::new(Box::new(inner.clone()), Arc::new(cache));
        let pekin = (
            "Pékin a refusé.".to_string(),
            vec![term("Pékin", "Beijing")],
        );
        let moscou = ("Moscou répond.".to_string(), vec![term("Moscou", "Moscow")]);
        t.translate(&Batch::with_own_terms(vec![pekin.clone()]))
            .await
            .unwrap();
        t.translate(&Batch::with_own_terms(vec![pekin, moscou]))
            .await
            .unwrap();
        assert_eq!(
            *inner.0.lock().unwrap(),
            [
                vec![term("Pékin", "Beijing")],
                vec![term("Moscou", "Moscow")]
            ]
        );
    }

    #[tokio::test]
    async fn completed_batches_survive_a_failing_one() {
        let (_dir, backend, cache) = setup(Counting {
            fail_on: Some("boom".into()),
            ..Counting::default()
        });
        let t = cached(&backend, &cache);
        t.translate(&batch(&["one", "two"])).await.unwrap();
        let err = t.translate(&batch(&["three", "boom"])).await.unwrap_err();
        assert!(err.to_string().contains("HTTP 503"));
        // The resumed run: the first batch comes from the cache, only the failed one is sent.
        let fixed = Arc::new(Counting::default());
        let resumed = cached(&fixed, &cache);
        assert_eq!(
            resumed.translate(&batch(&["one", "two"])).await.unwrap(),
            ["ONE", "TWO"]
        );
        resumed.translate(&batch(&["three", "boom"])).await.unwrap();
        assert_eq!(*fixed.texts.lock().unwrap(), ["three", "boom"]);
    }

    #[tokio::test]
    async fn a_short_answer_is_an_error_and_is_not_stored() {
        let (_dir, backend, cache) = setup(Counting {
            drop_one: true,
            ..Counting::default()
        });
        let err = cached(&backend, &cache)
            .translate(&batch(&["x", "y"]))
            .await
            .unwrap_err();
        assert!(matches!(
            err,
            TranslateError::CountMismatch {
                expected: 2,
                got: 1,
                ..
            }
        ));
        assert_eq!(cache.stats().unwrap().entries, 0);
    }

    /// A backend that takes its time, so that callers overlap, and counts the texts it gets.
    #[derive(Debug, Default)]
    struct Slow(Mutex<Vec<String>>);

    #[async_trait]
    impl Translator for Arc<Slow> {
        fn info(&self) -> BackendInfo {
            BackendInfo {
                name: "slow".into(),
                kind: "slow".into(),
                detail: String::new(),
            }
        }
        fn capabilities(&self) -> Capabilities {
            Capabilities {
                glossary: GlossaryStrategy::Native,
                max_batch_texts: 50,
                max_batch_bytes: 10_000,
                default_concurrency: 1,
            }
        }
        async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
            self.0.lock().unwrap().extend(batch.texts.clone());
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            if batch.texts.iter().any(|t| t == "boom") {
                return Err(TranslateError::failed("slow", "HTTP 503"));
            }
            Ok(batch.texts.iter().map(|t| t.to_uppercase()).collect())
        }
        async fn check(&self) -> Result<String, TranslateError> {
            Ok("ok".into())
        }
    }

    #[tokio::test]
    async fn many_callers_at_once_send_a_text_once() {
        let backend = Arc::new(Slow::default());
        let t = Arc::new(CachedTranslator::without_memory(Box::new(backend.clone())));
        let calls: Vec<_> = (0..8)
            .map(|i| {
                let t = t.clone();
                tokio::spawn(async move {
                    let texts: &[&str] = if i % 2 == 0 {
                        &["même", "pair"]
                    } else {
                        &["même", "impair"]
                    };
                    t.translate(&batch(texts)).await.unwrap()
                })
            })
            .collect();
        for (i, c) in calls.into_iter().enumerate() {
            let want = if i % 2 == 0 { "PAIR" } else { "IMPAIR" };
            assert_eq!(c.await.unwrap(), ["MÊME", want]);
        }
        let mut sent = backend.0.lock().unwrap().clone();
        sent.sort();
        assert_eq!(sent, ["impair", "même", "pair"], "each text sent once");
        let c = t.counters();
        assert_eq!(Counters::get(&c.backend_sentences), 3);
        assert_eq!(Counters::get(&c.shared), 16 - 3);
    }

    #[tokio::test]
    async fn a_failed_leader_leaves_its_followers_to_translate_alone() {
        let backend = Arc::new(Slow::default());
        let t = Arc::new(CachedTranslator::without_memory(Box::new(backend.clone())));
        let leader = {
            let t = t.clone();
            tokio::spawn(async move { t.translate(&batch(&["texte", "boom"])).await })
        };
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        let follower = t.translate(&batch(&["texte"])).await.unwrap();
        assert_eq!(follower, ["TEXTE"]);
        assert!(leader.await.unwrap().is_err());
        assert_eq!(Counters::get(&t.counters().backend_errors), 1);
    }

    #[tokio::test]
    async fn a_failing_memory_is_warned_about_once_and_used_again_when_back() {
        #[derive(Debug, Default)]
        struct Flaky {
            down: std::sync::atomic::AtomicBool,
            inner: Mutex<HashMap<String, String>>,
        }
        #[async_trait]
        impl Memory for Arc<Flaky> {
            async fn lookup(
                &self,
                _: &Scope,
                texts: &[String],
            ) -> Result<Vec<Option<String>>, crate::Error> {
                if self.down.load(Ordering::SeqCst) {
                    return Err(crate::Error::Cache {
                        path: "flaky".into(),
                        message: "gone".into(),
                    });
                }
                let m = self.inner.lock().unwrap();
                Ok(texts.iter().map(|t| m.get(t).cloned()).collect())
            }
            async fn store(
                &self,
                _: &Scope,
                pairs: &[(String, String)],
            ) -> Result<(), crate::Error> {
                if self.down.load(Ordering::SeqCst) {
                    return Err(crate::Error::Cache {
                        path: "flaky".into(),
                        message: "gone".into(),
                    });
                }
                self.inner.lock().unwrap().extend(pairs.iter().cloned());
                Ok(())
            }
            fn location(&self) -> String {
                "flaky".into()
            }
        }
        let memory = Arc::new(Flaky::default());
        let backend = Arc::new(Counting::default());
        let t = CachedTranslator::new(Box::new(backend.clone()), Arc::new(memory.clone()));
        memory.down.store(true, Ordering::SeqCst);
        assert_eq!(t.translate(&batch(&["un"])).await.unwrap(), ["UN"]);
        assert_eq!(t.translate(&batch(&["un"])).await.unwrap(), ["UN"]);
        let c = t.counters();
        assert!(c.memory_down.load(Ordering::SeqCst));
        assert_eq!(
            Counters::get(&c.memory_errors),
            4,
            "two lookups, two stores"
        );
        assert_eq!(backend.calls(), 2);
        memory.down.store(false, Ordering::SeqCst);
        t.translate(&batch(&["un"])).await.unwrap();
        assert!(!c.memory_down.load(Ordering::SeqCst));
        t.translate(&batch(&["un"])).await.unwrap();
        assert_eq!(backend.calls(), 3, "stored once back, then found");
        assert_eq!(Counters::get(&c.hits), 1);
    }

    #[test]
    fn works_without_a_tokio_runtime() {
        let (_dir, backend, cache) = setup(Counting::default());
        let t = cached(&backend, &cache);
        let out = futures::executor::block_on(t.translate(&batch(&["salut"]))).unwrap();
        assert_eq!(out, ["SALUT"]);
        futures::executor::block_on(t.translate(&batch(&["salut"]))).unwrap();
        assert_eq!(backend.calls(), 1);
    }

    #[tokio::test]
    async fn no_secret_reaches_the_cache_file() {
        const KEY: &str = "planted-secret-0b9f6e1c";
        const VAR: &str = "PASSERELLE_TEST_PLANTED_KEY_CACHED_RS";
        std::env::set_var(VAR, KEY);
        // Every backend kind, configured with the key in its environment variable: the
        // fingerprint that keys the cache never holds the key.
        for kind in crate::translate::kinds::names() {
            let config = crate::translate::settings::BackendConfig {
                kind: kind.to_string(),
                api_key_env: Some(VAR.into()),
                url: Some("http://127.0.0.1:9/v2".into()),
                model: Some("some-model".into()),
                command: Some(vec!["cat".into()]),
                ..Default::default()
            };
            if let Ok(backend) = crate::translate::build_from(kind, &config) {
                assert!(!backend.fingerprint().contains(KEY), "{kind} fingerprint");
                assert!(
                    !format!("{:?}", backend.info()).contains(KEY),
                    "{kind} info"
                );
            }
        }
        // And the fingerprint itself is stored only as a digest.
        let (dir, _, cache) = setup(Counting::default());
        let marked = Arc::new(Counting {
            detail: format!("url-with-{KEY}"),
            ..Counting::default()
        });
        cached(&marked, &cache)
            .translate(&batch(&["bonjour"]))
            .await
            .unwrap();
        drop(cache);
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            assert!(!text.contains(KEY), "the key reached the cache file");
            assert!(!text.contains("url-with-"), "a fingerprint stored in clear");
        }
    }
}
