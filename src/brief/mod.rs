//! The bilingual brief: the article's own headline ([`headline`]), key claims ([`claims`]) and
//! an extractive summary ([`summary`]) of a translated article.

pub mod antecedent;
pub mod claims;
pub mod headline;
pub mod lexicon;
pub mod summary;

use crate::model::{AlignedDocument, Brief};

/// Builds the brief of `document` with a summary of at most `summary_len` sentences.
pub fn build(document: AlignedDocument, summary_len: usize) -> Brief {
    let claims = claims::find_claims(&document);
    let headline = headline::find(&document);
    let summary = summary::rank(&document, &claims, headline.as_ref(), summary_len);
    let qa = document
        .segments
        .iter()
        .flat_map(|s| s.qa.iter().cloned())
        .collect();
    Brief {
        document,
        headline,
        summary,
        claims,
        qa,
    }
}
