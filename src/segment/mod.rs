//! French sentence segmentation: turns a [`Document`] into [`Segment`]s with ids, paragraph
//! numbers, normalized text and byte spans in the original text.

use std::ops::Range;

use crate::document::Document;
use crate::normalize::normalize;

/// One sentence of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// 1-based id in reading order.
    pub id: usize,
    /// 1-based paragraph number.
    pub paragraph: usize,
    /// The sentence, normalized.
    pub text: String,
    /// Byte range of the sentence in [`Document::text`].
    pub span: Range<usize>,
}

/// Splits every paragraph of `doc` into sentences.
pub fn segment_document(doc: &Document) -> Vec<Segment> {
    let mut out = Vec::new();
    for (p, range) in doc.paragraphs.iter().enumerate() {
        for s in split_sentences(&doc.text[range.clone()]) {
            let span = range.start + s.start..range.start + s.end;
            out.push(Segment {
                id: out.len() + 1,
                paragraph: p + 1,
                text: normalize(&doc.text[span.clone()]),
                span,
            });
        }
    }
    out
}

/// Sentence byte ranges (trimmed) within one paragraph's text.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let start = text.len() - text.trim_start().len();
    let end = text.trim_end().len();
    if start >= end {
        return vec![];
    }
    vec![start..end]
}
