//! The pipeline: a decoded [`Document`] in, an [`AlignedDocument`] (and a [`Brief`]) out.
//! It strings the stages together (segment → glossary → translate → restore → verify → qa) and
//! owns batching and concurrency of backend calls; each stage's logic lives in its own module.

use futures::stream::{self, StreamExt, TryStreamExt};

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

/// Translates one document: segments it, protects glossary terms, sends the segments to
/// `translator` in batches, restores and verifies the terms, and runs the QA checks.
pub async fn translate_document(
    doc: &Document,
    translator: &dyn Translator,
    glossary: &Glossary,
    options: &Options,
) -> Result<AlignedDocument, Error> {
    let segments = segment_document(doc);
    let caps = translator.capabilities();
    let prepared: Vec<Prepared> = segments
        .iter()
        .map(|s| prepare(glossary, s, caps.glossary))
        .collect();

    // Empty texts are not sent: their translation is empty, and some engines refuse them.
    let to_send: Vec<usize> = (0..prepared.len())
        .filter(|&i| !prepared[i].protected.text.trim().is_empty())
        .collect();
    let lengths: Vec<usize> = to_send
        .iter()
        .map(|&i| prepared[i].protected.text.len())
        .collect();
    let batches = plan_batches(&lengths, caps.max_batch_texts, caps.max_batch_bytes);
    let concurrency = options.jobs.unwrap_or(caps.default_concurrency).max(1);
    let results: Vec<Vec<String>> = stream::iter(batches.into_iter().map(|range| {
        let members = &to_send[range];
        let batch = Batch {
            texts: members
                .iter()
                .map(|&i| prepared[i].protected.text.clone())
                .collect(),
            terms: dedup_terms(members.iter().flat_map(|&i| prepared[i].terms.iter())),
        };
        async move {
            let out = translator.translate(&batch).await?;
            crate::translate::TranslateError::check_count(
                &translator.info().name,
                batch.texts.len(),
                out.len(),
            )?;
            Ok::<_, Error>(out)
        }
    }))
    .buffered(concurrency)
    .try_collect()
    .await?;

    let mut translations = vec![String::new(); prepared.len()];
    for (i, en) in to_send.into_iter().zip(results.into_iter().flatten()) {
        translations[i] = en;
    }
    let segments = segments
        .into_iter()
        .zip(prepared)
        .zip(translations)
        .map(|((seg, prep), raw)| align(glossary, seg, prep, &raw))
        .collect();

    Ok(AlignedDocument {
        source: doc.name.clone(),
        metadata: doc.metadata.clone(),
        backend: translator.info(),
        segments,
    })
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

fn align(glossary: &Glossary, seg: Segment, prep: Prepared, raw: &str) -> AlignedSegment {
    let en = enforce::restore(raw, &prep.protected);
    let checks = verify::verify(glossary, &prep.hits, &en);
    let qa = crate::qa::check_pair(seg.id, &seg.text, &en, &checks);
    AlignedSegment {
        id: seg.id,
        paragraph: seg.paragraph,
        span: [seg.span.start, seg.span.end],
        fr: seg.text,
        en,
        glossary: checks,
        qa,
    }
}

fn dedup_terms<'a>(terms: impl Iterator<Item = &'a TermPair>) -> Vec<TermPair> {
    let mut out: Vec<TermPair> = Vec::new();
    for t in terms {
        if !out.contains(t) {
            out.push(t.clone());
        }
    }
    out
}

/// Splits texts of the given byte `lengths` into consecutive ranges of at most `max_texts`
/// texts and `max_bytes` bytes (a single text larger than `max_bytes` gets a batch of its own).
fn plan_batches(
    lengths: &[usize],
    max_texts: usize,
    max_bytes: usize,
) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes: usize = 0;
    for (i, &len) in lengths.iter().enumerate() {
        if i > start && (i - start >= max_texts.max(1) || bytes.saturating_add(len) > max_bytes) {
            out.push(start..i);
            start = i;
            bytes = 0;
        }
        bytes = bytes.saturating_add(len);
    }
    if start < lengths.len() {
        out.push(start..lengths.len());
    }
    out
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

    #[test]
    fn plan_batches_respects_both_limits() {
        assert!(plan_batches(&[], 2, 100).is_empty());
        assert_eq!(plan_batches(&[1, 1, 1], 2, 100), vec![0..2, 2..3]);
        assert_eq!(plan_batches(&[60, 60, 10], 10, 100), vec![0..1, 1..3]);
        assert_eq!(plan_batches(&[500, 1], 10, 100), vec![0..1, 1..2]);
        assert_eq!(plan_batches(&[5; 4], usize::MAX, usize::MAX), vec![0..4]);
    }
}
