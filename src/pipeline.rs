//! The pipeline: a decoded [`Document`] in, an [`AlignedDocument`] (and a [`Brief`]) out.
//! It strings the stages together (segment → glossary → translate → restore → verify → qa) and
//! owns batching and concurrency of backend calls; each stage's logic lives in its own module.

use futures::stream::{self, StreamExt};

use crate::document::Document;
use crate::glossary::{enforce, matcher, verify, Glossary, Hit};
use crate::model::{AlignedDocument, AlignedSegment, Brief};
use crate::segment::{segment_document, Segment};
use crate::translate::{Batch, GlossaryStrategy, TermPair, Translator};
use crate::Error;

/// Settings of one pipeline run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// How many backend calls may run at once (`-j`); `None` = the backend's default.
    pub jobs: Option<usize>,
}

/// One segment made ready for the backend.
#[derive(Debug, Clone)]
struct Prepared {
    hits: Vec<Hit>,
    protected: enforce::Protected,
    terms: Vec<TermPair>,
}

/// One article made ready for the backend by [`prepare_document`]: its segments, each with its
/// glossary hits and the text to send. Holds no reference to the [`Document`], which can be
/// dropped once prepared.
#[derive(Debug, Clone)]
pub struct PreparedDocument {
    source: String,
    metadata: crate::document::Metadata,
    segments: Vec<Segment>,
    prepared: Vec<Prepared>,
    /// Each segment's span in the input's own bytes ([`Document::input_spans`]).
    input_spans: Vec<[usize; 2]>,
}

impl PreparedDocument {
    /// How many segments (sentences) the article has.
    pub fn len(&self) -> usize {
        self.segments.len()
    }

    /// Whether the article has no segment.
    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }

    /// The article's display name (its path, or its id in a JSONL input).
    pub fn source(&self) -> &str {
        &self.source
    }
}

/// Segments `doc` and prepares every segment for a backend using `strategy`: glossary terms
/// found, and protected by placeholders or listed for the backend.
pub fn prepare_document(
    doc: &Document,
    glossary: &Glossary,
    strategy: GlossaryStrategy,
) -> PreparedDocument {
    let segments = segment_document(doc);
    let prepared = segments
        .iter()
        .map(|s| prepare(glossary, s, strategy))
        .collect();
    let spans: Vec<_> = segments.iter().map(|s| s.span.clone()).collect();
    PreparedDocument {
        source: doc.name.clone(),
        metadata: doc.metadata.clone(),
        segments,
        prepared,
        input_spans: doc.input_spans(&spans),
    }
}

/// Translates one document: segments it, protects glossary terms, sends the segments to
/// `translator` in batches, restores and verifies the terms, and runs the QA checks.
pub async fn translate_document(
    doc: &Document,
    translator: &dyn Translator,
    glossary: &Glossary,
    options: &Options,
) -> Result<AlignedDocument, Error> {
    let prepared = prepare_document(doc, glossary, translator.capabilities().glossary);
    let mut out = translate_prepared(vec![prepared], translator, glossary, options, &|_| {}).await;
    out.pop().unwrap_or_else(|| {
        Err(Error::Translate(crate::translate::TranslateError::failed(
            translator.info().name,
            "no result for the document",
        )))
    })
}

/// Translates many prepared articles together: the segments of all of them are pooled into
/// the backend's batches (as many texts per batch as the backend takes, up to
/// [`Options::jobs`] batches at once), so a hundred short articles cost one Apertium run or a
/// few full DeepL requests rather than one call each.
///
/// Returns one result per article, in order. When a batch holding segments of several
/// articles fails, each of those articles is sent again alone (once: at most as many more
/// calls as articles in the batch), so that only the articles the backend really fails on
/// fail ([`translate_apart`]); an [`crate::translate::TranslateError::Unavailable`] backend is
/// not asked again, and fails them all. A failed article gets the backend's own error (or a
/// copy of its message). `on_translated` is called with the number of segments of each batch
/// as it completes (for progress).
pub async fn translate_prepared(
    docs: Vec<PreparedDocument>,
    translator: &dyn Translator,
    glossary: &Glossary,
    options: &Options,
    on_translated: &(dyn Fn(usize) + Sync),
) -> Vec<Result<AlignedDocument, Error>> {
    let caps = translator.capabilities();
    // (article, segment) of every text to send. Empty texts are not sent: their translation
    // is empty, and some engines refuse them.
    let to_send: Vec<(usize, usize)> = docs
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| {
            doc.prepared
                .iter()
                .enumerate()
                .filter(|(_, p)| !p.protected.text.trim().is_empty())
                .map(move |(i, _)| (d, i))
        })
        .collect();
    let text_of = |&(d, i): &(usize, usize)| &docs[d].prepared[i];
    let lengths: Vec<usize> = to_send
        .iter()
        .map(|k| text_of(k).protected.text.len())
        .collect();
    let batches =
        crate::translate::plan_batches(&lengths, caps.max_batch_texts, caps.max_batch_bytes);
    let concurrency = options.jobs.unwrap_or(caps.default_concurrency).max(1);
    let send = |members: &[(usize, usize)]| {
        let batch = Batch::with_own_terms(
            members
                .iter()
                .map(|k| (text_of(k).protected.text.clone(), text_of(k).terms.clone()))
                .collect(),
        );
        async move {
            let out = translator.translate(&batch).await?;
            crate::translate::TranslateError::check_count(
                &translator.info().name,
                batch.texts.len(),
                out.len(),
            )?;
            Ok::<_, Error>(out)
        }
    };
    let send = &send;
    // Per batch: one result per member segment.
    let results: Vec<Vec<Result<String, std::sync::Arc<Error>>>> =
        // Ranges are passed by value: a closure over `&Range` would make this future's `Send`
        // unprovable (a higher-ranked lifetime), and the service runs it on any worker thread.
        stream::iter(batches.iter().cloned().map(|range| {
            let members = &to_send[range];
            async move {
                match send(members).await {
                    Ok(out) => out.into_iter().map(Ok).collect(),
                    Err(e) => translate_apart(members, e, send).await,
                }
            }
        }))
        .buffered(concurrency)
        .map(|r| {
            on_translated(r.iter().filter(|t| t.is_ok()).count());
            r
        })
        .collect()
        .await;

    let mut translations: Vec<Vec<String>> = docs
        .iter()
        .map(|d| vec![String::new(); d.prepared.len()])
        .collect();
    let mut failed_at: Vec<Option<std::sync::Arc<Error>>> = docs.iter().map(|_| None).collect();
    for (range, result) in batches.into_iter().zip(results) {
        let members = &to_send[range];
        for (&(d, i), r) in members.iter().zip(result) {
            match r {
                Ok(en) => translations[d][i] = en,
                Err(e) if failed_at[d].is_none() => failed_at[d] = Some(e),
                Err(_) => {}
            }
        }
    }
    // Every other holder is gone now: an article alone in its failure gets the backend's own
    // error; articles sharing one get copies (an unavailable backend's kept as such).
    let name = translator.info().name;
    let copy = |e: &Error| match e {
        Error::Translate(crate::translate::TranslateError::Unavailable { backend, message }) => {
            Error::Translate(crate::translate::TranslateError::Unavailable {
                backend: backend.clone(),
                message: message.clone(),
            })
        }
        e => Error::Translate(crate::translate::TranslateError::failed(
            &name,
            strip_backend(&e.to_string(), &name),
        )),
    };
    let failed: Vec<Option<Error>> = failed_at
        .into_iter()
        .map(|e| e.map(|e| std::sync::Arc::try_unwrap(e).unwrap_or_else(|e| copy(&e))))
        .collect();

    let backend = translator.info();
    let marks = translator.marks_unknown();
    let jobs: Vec<_> = docs.into_iter().zip(translations).zip(failed).collect();
    par_map(jobs, |((doc, translations), failed)| {
        if let Some(e) = failed {
            return Err(e);
        }
        let segments = doc
            .segments
            .into_iter()
            .zip(doc.prepared)
            .zip(translations)
            .zip(doc.input_spans)
            .map(|(((seg, prep), raw), span)| align(glossary, seg, prep, &raw, span, marks))
            .collect();
        Ok(AlignedDocument {
            source: doc.source,
            metadata: doc.metadata,
            backend: backend.clone(),
            segments,
        })
    })
}

/// After a batch failed with `error`: each article with segments in it sent again alone, in
/// order, so that one article the backend fails on does not fail the others pooled with it.
/// Not done for a batch of one article (it would only repeat the call) nor for an
/// `Unavailable` backend, which is not asked again (nor after it turns unavailable midway).
/// One result per member segment.
async fn translate_apart<'a, F, Fut>(
    members: &'a [(usize, usize)],
    error: Error,
    send: &F,
) -> Vec<Result<String, std::sync::Arc<Error>>>
where
    F: Fn(&'a [(usize, usize)]) -> Fut,
    Fut: std::future::Future<Output = Result<Vec<String>, Error>>,
{
    let unavailable = |e: &Error| {
        matches!(
            e,
            Error::Translate(crate::translate::TranslateError::Unavailable { .. })
        )
    };
    let single = members.windows(2).all(|w| w[0].0 == w[1].0);
    if single || unavailable(&error) {
        let e = std::sync::Arc::new(error);
        return members.iter().map(|_| Err(e.clone())).collect();
    }
    let mut out = Vec::with_capacity(members.len());
    let mut stop: Option<std::sync::Arc<Error>> = None;
    let mut start = 0;
    while start < members.len() {
        let article = members[start].0;
        let end = start
            + members[start..]
                .iter()
                .take_while(|(d, _)| *d == article)
                .count();
        let group = &members[start..end];
        let result = match &stop {
            Some(e) => Err(e.clone()),
            None => send(group).await.map_err(std::sync::Arc::new),
        };
        match result {
            Ok(texts) => out.extend(texts.into_iter().map(Ok)),
            Err(e) => {
                if unavailable(&e) {
                    stop = Some(e.clone());
                }
                out.extend(group.iter().map(|_| Err(e.clone())));
            }
        }
        start = end;
    }
    out
}

/// Maps `f` over `items` on all cores (scoped threads, each taking a contiguous share), the
/// results in the order of `items`. For the CPU-bound stages of many articles (segmenting,
/// glossary matching, QA, briefs, rendering), which are independent from one article to the
/// next. Runs in the calling thread when there is one item or one core.
pub fn par_map<T: Send, U: Send>(items: Vec<T>, f: impl Fn(T) -> U + Sync) -> Vec<U> {
    let threads = std::thread::available_parallelism()
        .map(usize::from)
        .unwrap_or(1)
        .min(items.len());
    if threads <= 1 {
        return items.into_iter().map(f).collect();
    }
    let per = items.len().div_ceil(threads);
    let mut chunks: Vec<Vec<T>> = Vec::with_capacity(threads);
    let mut items = items.into_iter();
    loop {
        let chunk: Vec<T> = items.by_ref().take(per).collect();
        if chunk.is_empty() {
            break;
        }
        chunks.push(chunk);
    }
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| scope.spawn(move || chunk.into_iter().map(f).collect::<Vec<U>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(v) => v,
                // A panic in `f` is a bug: carry it to the caller as it is.
                Err(payload) => std::panic::resume_unwind(payload),
            })
            .collect()
    })
}

/// A backend error's message without its leading `backend: `, which
/// [`crate::translate::TranslateError::failed`] puts back.
fn strip_backend<'a>(message: &'a str, backend: &str) -> &'a str {
    message
        .strip_prefix(backend)
        .and_then(|m| m.strip_prefix(": "))
        .unwrap_or(message)
}

/// Gives the claims of `briefs` their speakers and roles in English (`speaker_en`,
/// `role_en`): each phrase once for all of them, with [`translate_phrases`]. On failure the
/// briefs are left as they were (French only) and the error is returned.
pub async fn translate_speakers(
    briefs: &mut [&mut Brief],
    translator: &dyn Translator,
    glossary: &Glossary,
    options: &Options,
) -> Result<(), Error> {
    let mut phrases: Vec<String> = Vec::new();
    for b in briefs.iter() {
        for p in crate::brief::claim_phrases(b) {
            if !phrases.contains(&p) {
                phrases.push(p);
            }
        }
    }
    if phrases.is_empty() {
        return Ok(());
    }
    let english = translate_phrases(&phrases, translator, glossary, options).await?;
    for b in briefs.iter_mut() {
        crate::brief::set_claim_english(b, &phrases, &english);
    }
    Ok(())
}

/// Translates short phrases (the speakers and roles of a brief's claims) with `translator`
/// and `glossary`, as sentences are: terms protected or listed, batched, restored, numbers and
/// typography made English. Returns one English text per phrase, in order; an empty phrase
/// stays empty and costs no backend call.
pub async fn translate_phrases(
    phrases: &[String],
    translator: &dyn Translator,
    glossary: &Glossary,
    options: &Options,
) -> Result<Vec<String>, Error> {
    let strategy = translator.capabilities().glossary;
    let segments: Vec<Segment> = phrases
        .iter()
        .enumerate()
        .map(|(i, p)| Segment {
            id: i + 1,
            paragraph: 1,
            text: p.clone(),
            span: 0..p.len(),
        })
        .collect();
    let prepared = segments
        .iter()
        .map(|s| prepare(glossary, s, strategy))
        .collect();
    let input_spans = segments
        .iter()
        .map(|s| [s.span.start, s.span.end])
        .collect();
    let doc = PreparedDocument {
        source: "phrases".into(),
        metadata: crate::document::Metadata::default(),
        segments,
        prepared,
        input_spans,
    };
    let mut out = translate_prepared(vec![doc], translator, glossary, options, &|_| {}).await;
    match out.pop() {
        Some(Ok(doc)) => Ok(doc.segments.into_iter().map(|s| s.en).collect()),
        Some(Err(e)) => Err(e),
        None => Ok(Vec::new()),
    }
}

/// Builds the brief of a translated document.
pub fn brief(document: AlignedDocument, summary_len: usize) -> Brief {
    crate::brief::build(document, summary_len)
}

fn prepare(glossary: &Glossary, seg: &Segment, strategy: GlossaryStrategy) -> Prepared {
    let hits = matcher::find(glossary, &seg.text);
    match strategy {
        GlossaryStrategy::Placeholder => Prepared {
            protected: enforce::protect(glossary, &seg.text, &hits),
            terms: Vec::new(),
            hits,
        },
        GlossaryStrategy::Native | GlossaryStrategy::Prompt => Prepared {
            protected: enforce::Protected::plain(seg.text.clone()),
            terms: hits
                .iter()
                .map(|h| {
                    let e = &glossary.entries[h.entry];
                    TermPair {
                        fr: e.fr.clone(),
                        en: e.en.clone(),
                    }
                })
                .collect(),
            hits,
        },
    }
}

/// One segment's English from the engine's `raw` output: unknown-word marks taken out (when
/// the backend `marks` them), placeholders restored, numbers and typography made English;
/// then the glossary verification and the QA checks.
fn align(
    glossary: &Glossary,
    seg: Segment,
    prep: Prepared,
    raw: &str,
    span: [usize; 2],
    marks: bool,
) -> AlignedSegment {
    let (raw, unknown) = if marks {
        crate::qa::unknown::strip(raw)
    } else {
        (raw.to_string(), Vec::new())
    };
    let en = crate::qa::englishify(&seg.text, &enforce::restore(&raw, &prep.protected));
    let checks = verify::verify(glossary, &prep.hits, &en);
    let qa = crate::qa::check_translation(seg.id, &seg.text, &en, &checks, &unknown);
    AlignedSegment {
        id: seg.id,
        paragraph: seg.paragraph,
        span,
        fr: seg.text,
        en,
        glossary: checks,
        qa,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use async_trait::async_trait;

    use super::*;
    use crate::document::Metadata;
    use crate::translate::{BackendInfo, Capabilities, TranslateError};

    /// Uppercases, counting calls; batches of at most `max` texts; `drop_last` loses a line.
    #[derive(Debug)]
    struct Upper {
        calls: AtomicUsize,
        max: usize,
        drop_last: bool,
    }

    impl Upper {
        fn new(max: usize) -> Self {
            Upper {
                calls: AtomicUsize::new(0),
                max,
                drop_last: false,
            }
        }
    }

    #[async_trait]
    impl Translator for Upper {
        fn info(&self) -> BackendInfo {
            BackendInfo {
                name: "upper".into(),
                kind: "test".into(),
                detail: String::new(),
            }
        }
        fn capabilities(&self) -> Capabilities {
            Capabilities {
                glossary: GlossaryStrategy::Placeholder,
                max_batch_texts: self.max,
                max_batch_bytes: usize::MAX,
                default_concurrency: 2,
            }
        }
        async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
            self.calls.fetch_add(1, Ordering::SeqCst);
            if batch.texts.iter().any(|t| t.contains("panne")) {
                return Err(TranslateError::failed("upper", "engine broke down"));
            }
            assert!(batch.texts.iter().all(|t| !t.trim().is_empty()));
            let mut out: Vec<String> = batch.texts.iter().map(|t| t.to_uppercase()).collect();
            if self.drop_last {
                out.pop();
            }
            Ok(out)
        }
        async fn check(&self) -> Result<String, TranslateError> {
            Ok("ok".into())
        }
    }

    /// A document whose paragraphs are the given texts (each one sentence, no final stop so
    /// any segmenter keeps it whole).
    fn doc(paragraphs: &[&str]) -> Document {
        let mut text = String::new();
        let mut ranges = Vec::new();
        for p in paragraphs {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.len();
            text.push_str(p);
            ranges.push(start..text.len());
        }
        Document {
            name: "test.txt".into(),
            text,
            metadata: Metadata::default(),
            paragraphs: ranges,
            encoding: Default::default(),
        }
    }

    fn run(doc: &Document, t: &Upper) -> Result<AlignedDocument, Error> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        rt.block_on(translate_document(
            doc,
            t,
            &Glossary::default(),
            &Options::default(),
        ))
    }

    #[test]
    fn phrases_are_translated_in_order_and_empty_ones_cost_nothing() {
        let t = Upper::new(2);
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        let phrases: Vec<String> = ["un porte-parole", "", "la Maison Blanche", "M. Biden"]
            .map(String::from)
            .into();
        let out = rt
            .block_on(translate_phrases(
                &phrases,
                &t,
                &Glossary::default(),
                &Options::default(),
            ))
            .expect("translates");
        assert_eq!(
            out,
            ["UN PORTE-PAROLE", "", "LA MAISON BLANCHE", "M. BIDEN"]
        );
        assert_eq!(
            t.calls.load(Ordering::SeqCst),
            2,
            "three phrases, batches of two"
        );
    }

    /// A backend that marks the words it does not know, as Apertium does.
    #[derive(Debug)]
    struct Marking;

    #[async_trait]
    impl Translator for Marking {
        fn info(&self) -> BackendInfo {
            BackendInfo {
                name: "marking".into(),
                kind: "test".into(),
                detail: String::new(),
            }
        }
        fn capabilities(&self) -> Capabilities {
            Capabilities {
                glossary: GlossaryStrategy::Placeholder,
                max_batch_texts: 10,
                max_batch_bytes: usize::MAX,
                default_concurrency: 1,
            }
        }
        async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
            Ok(batch
                .texts
                .iter()
                .map(|_| "There are 15 237 *clients and 3 **millardos : « M. Macron »".into())
                .collect())
        }
        async fn check(&self) -> Result<String, TranslateError> {
            Ok("ok".into())
        }
        fn marks_unknown(&self) -> bool {
            true
        }
    }

    #[test]
    fn marks_are_taken_out_and_reported_and_the_english_made_english() {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        let d = doc(&["Il y a 15 237 clients et 3 milliards : « M. Macron »"]);
        let out = rt
            .block_on(translate_document(
                &d,
                &Marking,
                &Glossary::default(),
                &Options::default(),
            ))
            .expect("translates");
        let seg = &out.segments[0];
        assert_eq!(
            seg.en,
            "There are 15,237 clients and 3 millardos: “Mr Macron”"
        );
        let messages: Vec<&str> = seg.qa.iter().map(|f| f.message.as_str()).collect();
        assert!(
            messages
                .contains(&"words the engine did not know, left untranslated: clients, millardos"),
            "{messages:?}"
        );
    }

    #[test]
    fn translations_come_back_in_order_across_batches() {
        let t = Upper::new(2);
        let d = doc(&[
            "un chat",
            "deux chiens",
            "trois oiseaux",
            "quatre poissons",
            "cinq",
        ]);
        let out = run(&d, &t).expect("translates");
        let en: Vec<&str> = out.segments.iter().map(|s| s.en.as_str()).collect();
        assert_eq!(
            en,
            [
                "UN CHAT",
                "DEUX CHIENS",
                "TROIS OISEAUX",
                "QUATRE POISSONS",
                "CINQ"
            ]
        );
        assert_eq!(t.calls.load(Ordering::SeqCst), 3);
        assert_eq!(out.segments[4].paragraph, 5);
        assert_eq!(
            &d.text[out.segments[1].span[0]..out.segments[1].span[1]],
            "deux chiens"
        );
    }

    #[test]
    fn french_number_formats_the_engine_copied_are_written_the_english_way() {
        let out = run(
            &doc(&["il mesure 1,74 m pour 76.000 euros"]),
            &Upper::new(5),
        )
        .unwrap();
        assert_eq!(out.segments[0].en, "IL MESURE 1.74 M POUR 76,000 EUROS");
        assert!(out.segments[0]
            .qa
            .iter()
            .all(|f| f.check != crate::model::Check::Numbers));
    }

    #[test]
    fn empty_document_makes_no_backend_call() {
        let t = Upper::new(10);
        let out = run(&doc(&["   ", "\t"]), &t).expect("empty is fine");
        assert!(out.segments.is_empty());
        assert_eq!(t.calls.load(Ordering::SeqCst), 0);
        assert_eq!(out.backend.name, "upper");
    }

    #[test]
    fn a_lost_translation_is_an_error_not_a_misalignment() {
        let mut t = Upper::new(10);
        t.drop_last = true;
        let err = run(&doc(&["un", "deux"]), &t).unwrap_err();
        assert!(matches!(
            err,
            Error::Translate(TranslateError::CountMismatch { .. })
        ));
    }

    fn run_many(docs: &[Document], t: &Upper) -> (Vec<Result<AlignedDocument, Error>>, usize) {
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        let glossary = Glossary::default();
        let prepared = docs
            .iter()
            .map(|d| prepare_document(d, &glossary, GlossaryStrategy::Placeholder))
            .collect();
        let seen = AtomicUsize::new(0);
        let out = rt.block_on(translate_prepared(
            prepared,
            t,
            &glossary,
            &Options::default(),
            &|n| {
                seen.fetch_add(n, Ordering::SeqCst);
            },
        ));
        (out, seen.load(Ordering::SeqCst))
    }

    #[test]
    fn native_batches_carry_each_texts_own_terms() {
        #[derive(Debug, Default)]
        struct Recorder(std::sync::Mutex<Vec<Batch>>);
        #[async_trait]
        impl Translator for Recorder {
            fn info(&self) -> BackendInfo {
                BackendInfo {
                    name: "recorder".into(),
                    kind: "test".into(),
                    detail: String::new(),
                }
            }
            fn capabilities(&self) -> Capabilities {
                Capabilities {
                    glossary: GlossaryStrategy::Native,
                    max_batch_texts: 10,
                    max_batch_bytes: usize::MAX,
                    default_concurrency: 1,
                }
            }
            async fn translate(&self, batch: &Batch) -> Result<Vec<String>, TranslateError> {
                self.0.lock().unwrap().push(batch.clone());
                Ok(batch.texts.clone())
            }
            async fn check(&self) -> Result<String, TranslateError> {
                Ok("ok".into())
            }
        }
        let glossary = Glossary::from_entries(vec![
            crate::glossary::Entry::new("Pékin", "Beijing", "place", "t:1"),
            crate::glossary::Entry::new("Moscou", "Moscow", "place", "t:1"),
        ]);
        let d = doc(&["Pékin et Moscou", "rien ici", "Moscou encore"]);
        let rec = Recorder::default();
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime");
        rt.block_on(translate_document(&d, &rec, &glossary, &Options::default()))
            .expect("translates");
        let batches = rec.0.lock().unwrap();
        assert_eq!(batches.len(), 1);
        let fr = |i: usize| -> Vec<String> {
            batches[0].terms_of(i).into_iter().map(|t| t.fr).collect()
        };
        assert_eq!(fr(0), ["Pékin", "Moscou"]);
        assert!(fr(1).is_empty());
        assert_eq!(fr(2), ["Moscou"]);
        assert_eq!(batches[0].terms.len(), 2);
    }

    #[test]
    fn segments_of_many_articles_share_the_backend_batches() {
        let t = Upper::new(3);
        let docs = [
            doc(&["un", "deux"]),
            doc(&["trois"]),
            doc(&["quatre", "cinq"]),
        ];
        let (out, seen) = run_many(&docs, &t);
        // 5 segments in batches of 3: two calls for three articles, not three or more.
        assert_eq!(t.calls.load(Ordering::SeqCst), 2);
        assert_eq!(seen, 5);
        let en: Vec<Vec<String>> = out
            .into_iter()
            .map(|r| r.expect("ok").segments.into_iter().map(|s| s.en).collect())
            .collect();
        assert_eq!(
            en,
            [vec!["UN", "DEUX"], vec!["TROIS"], vec!["QUATRE", "CINQ"]]
        );
    }

    #[test]
    fn a_failed_batch_fails_only_the_articles_the_backend_fails_on() {
        let t = Upper::new(3);
        // Batches: [un, deux, en panne] [trois, quatre]: article 2 fails the first batch,
        // whose articles are then sent apart: 1 goes through, 2 alone fails.
        let docs = [
            doc(&["un", "deux"]),
            doc(&["en panne"]),
            doc(&["trois"]),
            doc(&["quatre"]),
        ];
        let (out, seen) = run_many(&docs, &t);
        assert_eq!(seen, 4);
        assert!(out[0].is_ok() && out[2].is_ok() && out[3].is_ok());
        let e = out[1].as_ref().unwrap_err();
        assert_eq!(e.to_string(), "upper: engine broke down");
        assert_eq!(out[0].as_ref().unwrap().segments[1].en, "DEUX");
        assert_eq!(out[3].as_ref().unwrap().segments[0].en, "QUATRE");
        // Two batches, then the first one's two articles apart: four calls, no more.
        assert_eq!(t.calls.load(Ordering::SeqCst), 4);
    }

    #[test]
    fn an_unavailable_backend_is_not_asked_again_article_by_article() {
        #[derive(Debug)]
        struct Down(AtomicUsize);
        #[async_trait]
        impl Translator for Down {
            fn info(&self) -> BackendInfo {
                BackendInfo {
                    name: "down".into(),
                    kind: "test".into(),
                    detail: String::new(),
                }
            }
            fn capabilities(&self) -> Capabilities {
                Capabilities {
                    glossary: GlossaryStrategy::Placeholder,
                    max_batch_texts: 100,
                    max_batch_bytes: usize::MAX,
                    default_concurrency: 1,
                }
            }
            async fn translate(&self, _: &Batch) -> Result<Vec<String>, TranslateError> {
                self.0.fetch_add(1, Ordering::SeqCst);
                Err(TranslateError::Unavailable {
                    backend: "down".into(),
                    message: "gone".into(),
                })
            }
            async fn check(&self) -> Result<String, TranslateError> {
                Ok("ok".into())
            }
        }
        let t = Down(AtomicUsize::new(0));
        let glossary = Glossary::default();
        let docs = [doc(&["un"]), doc(&["deux"]), doc(&["trois"])];
        let prepared = docs
            .iter()
            .map(|d| prepare_document(d, &glossary, GlossaryStrategy::Placeholder))
            .collect();
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let out = rt.block_on(translate_prepared(
            prepared,
            &t,
            &glossary,
            &Options::default(),
            &|_| {},
        ));
        assert_eq!(t.0.load(Ordering::SeqCst), 1);
        for r in out {
            assert_eq!(r.unwrap_err().exit_code(), 3);
        }
    }

    #[test]
    fn par_map_keeps_the_order() {
        let v: Vec<usize> = (0..1001).collect();
        assert_eq!(
            par_map(v.clone(), |x| x * 2),
            v.iter().map(|x| x * 2).collect::<Vec<_>>()
        );
        assert!(par_map(Vec::<u8>::new(), |x| x).is_empty());
        assert_eq!(par_map(vec!["a"], str::len), [1]);
    }

    #[test]
    fn plan_batches_respects_both_limits() {
        assert!(crate::translate::plan_batches(&[], 2, 100).is_empty());
        assert_eq!(
            crate::translate::plan_batches(&[1, 1, 1], 2, 100),
            vec![0..2, 2..3]
        );
        assert_eq!(
            crate::translate::plan_batches(&[60, 60, 10], 10, 100),
            vec![0..1, 1..3]
        );
        assert_eq!(
            crate::translate::plan_batches(&[500, 1], 10, 100),
            vec![0..1, 1..2]
        );
        assert_eq!(
            crate::translate::plan_batches(&[5; 4], usize::MAX, usize::MAX),
            vec![0..4]
        );
    }
}
