//! [`CachedTranslator`]: the translation memory as a [`Translator`] decorator. It answers what
//! the [`Cache`] already holds and sends only the rest to the backend it wraps, in one call,
//! storing each batch's results as soon as the backend returns them, so an interrupted run
//! resumes where it stopped and nothing is ever paid for twice.

use std::collections::HashMap;
use std::sync::Arc;

use async_trait::async_trait;

use super::{BackendInfo, Batch, Capabilities, TermPair, TranslateError, Translator};
use crate::cache::{backend_key, glossary_fingerprint, Cache, Scope};

/// A backend behind the translation memory.
///
/// Keys: the inner backend's [`Translator::fingerprint`] (stored as a digest), the digest of
/// the glossary terms the text holds ([`Batch::terms_of`]), and the exact text sent. A cache fault (disk full, locked past
/// the busy timeout) is logged and the batch goes to the backend: the cache only ever saves
/// work, it never makes a run fail.
#[derive(Debug)]
pub struct CachedTranslator {
    inner: Box<dyn Translator>,
    cache: Arc<Cache>,
    backend: String,
    kind: String,
}

impl CachedTranslator {
    /// Puts `inner` behind `cache`.
    pub fn new(inner: Box<dyn Translator>, cache: Arc<Cache>) -> Self {
        let backend = backend_key(&inner.fingerprint());
        let kind = inner.info().kind;
        CachedTranslator {
            inner,
            cache,
            backend,
            kind,
        }
    }

    /// The cache in use.
    pub fn cache(&self) -> &Arc<Cache> {
        &self.cache
    }

    fn scope(&self, terms: &[TermPair]) -> Scope {
        Scope {
            backend: self.backend.clone(),
            glossary: glossary_fingerprint(terms),
            kind: self.kind.clone(),
        }
    }
}

/// Runs a blocking cache operation off the async worker threads when there is a runtime.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    match tokio::runtime::Handle::try_current() {
        Ok(handle) => handle.spawn_blocking(f).await.ok(),
        Err(_) => Some(f()),
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

        let lookup = {
            let cache = self.cache.clone();
            let jobs: Vec<(Scope, Vec<usize>, Vec<String>)> = groups
                .iter()
                .zip(&scopes)
                .map(|((_, members), scope)| {
                    let texts = members.iter().map(|&i| batch.texts[i].clone()).collect();
                    (scope.clone(), members.clone(), texts)
                })
                .collect();
            let n = batch.texts.len();
            blocking(move || {
                let mut found = vec![None; n];
                for (scope, members, texts) in jobs {
                    for (i, hit) in members.into_iter().zip(cache.get_many(&scope, &texts)?) {
                        found[i] = hit;
                    }
                }
                Ok::<_, crate::Error>(found)
            })
            .await
        };
        let mut found: Vec<Option<String>> = match lookup {
            Some(Ok(found)) => found,
            Some(Err(e)) => {
                tracing::warn!("{e}; translating without the cache");
                vec![None; batch.texts.len()]
            }
            None => vec![None; batch.texts.len()],
        };

        // The misses, each distinct text once, in order of first appearance.
        let mut misses: Vec<usize> = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        for (i, (text, hit)) in batch.texts.iter().zip(&found).enumerate() {
            if hit.is_none() && !index.contains_key(text.as_str()) {
                index.insert(text, misses.len());
                misses.push(i);
            }
        }
        tracing::debug!(
            "{name}: {} of {} texts from the cache",
            batch.texts.len() - found.iter().filter(|h| h.is_none()).count(),
            batch.texts.len()
        );

        if !misses.is_empty() {
            let sub = Batch::with_own_terms(
                misses
                    .iter()
                    .map(|&i| (batch.texts[i].clone(), own[i].clone()))
                    .collect(),
            );
            let translated = self.inner.translate(&sub).await?;
            TranslateError::check_count(&name, misses.len(), translated.len())?;

            // An empty answer for a non-empty text is not worth remembering.
            let mut fresh: Vec<(Scope, Vec<(String, String)>)> = Vec::new();
            for (&i, t) in misses.iter().zip(&translated) {
                let text = &batch.texts[i];
                if t.trim().is_empty() && !text.trim().is_empty() {
                    continue;
                }
                let scope = &scopes[group_of[i]];
                match fresh.iter_mut().find(|(s, _)| s == scope) {
                    Some((_, pairs)) => pairs.push((text.clone(), t.clone())),
                    None => fresh.push((scope.clone(), vec![(text.clone(), t.clone())])),
                }
            }
            let cache = self.cache.clone();
            let stored = blocking(move || {
                fresh
                    .iter()
                    .try_for_each(|(scope, pairs)| cache.put_many(scope, pairs))
            })
            .await;
            if let Some(Err(e)) = stored {
                tracing::warn!("{e}; these translations were not cached");
            }
            for (text, hit) in batch.texts.iter().zip(found.iter_mut()) {
                if hit.is_none() {
                    *hit = index.get(text.as_str()).map(|&k| translated[k].clone());
                }
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

    fn setup(backend: Counting) -> (tempfile::TempDir, Arc<Counting>, Arc<Cache>) {
        let dir = tempfile::tempdir().unwrap();
        let cache = Arc::new(Cache::open(&dir.path().join("tm.sqlite3")).unwrap());
        (dir, Arc::new(backend), cache)
    }

    fn cached(backend: &Arc<Counting>, cache: &Arc<Cache>) -> CachedTranslator {
        CachedTranslator::new(Box::new(backend.clone()), cache.clone())
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
        let cache = Arc::new(Cache::open(&dir.path().join("tm.sqlite3")).unwrap());
        let inner = Arc::new(Terms::default());
        let t = CachedTranslator::new(Box::new(inner.clone()), cache);
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
        for kind in crate::translate::KINDS {
            let config = crate::config::BackendConfig {
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
