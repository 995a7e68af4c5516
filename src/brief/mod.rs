//! The bilingual brief: key claims ([`claims`]) and an extractive summary ([`summary`]) of a
//! translated article.

pub mod claims;
pub mod lexicon;
pub mod summary;

use crate::model::{AlignedDocument, Brief};

/// Builds the brief of `document` with a summary of at most `summary_len` sentences.
pub fn build(document: AlignedDocument, summary_len: usize) -> Brief {
    let claims = claims::find_claims(&document);
    let summary = summary::rank(&document, &claims, summary_len);
    let qa = document
        .segments
        .iter()
        .flat_map(|s| s.qa.iter().cloned())
        .collect();
    Brief {
        document,
        summary,
        claims,
        qa,
    }
}
