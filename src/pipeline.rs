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

    let batches = plan_batches(&prepared, caps.max_batch_texts, caps.max_batch_bytes);
    let concurrency = options.jobs.unwrap_or(caps.default_concurrency).max(1);
    let results: Vec<Vec<String>> = stream::iter(batches.into_iter().map(|range| {
        let batch = Batch {
            texts: prepared[range.clone()]
                .iter()
                .map(|p| p.protected.text.clone())
                .collect(),
            terms: dedup_terms(prepared[range].iter().flat_map(|p| p.terms.iter())),
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

    let segments = segments
        .into_iter()
        .zip(prepared)
        .zip(results.into_iter().flatten())
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

/// Splits `prepared` into consecutive ranges of at most `max_texts` texts and `max_bytes`
/// bytes (a single text larger than `max_bytes` gets a batch of its own).
fn plan_batches(
    prepared: &[Prepared],
    max_texts: usize,
    max_bytes: usize,
) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes = 0;
    for (i, p) in prepared.iter().enumerate() {
        let len = p.protected.text.len();
        if i > start && (i - start >= max_texts.max(1) || bytes + len > max_bytes) {
            out.push(start..i);
            start = i;
            bytes = 0;
        }
        bytes += len;
    }
    if start < prepared.len() {
        out.push(start..prepared.len());
    }
    out
}
