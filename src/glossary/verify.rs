//! Checking that every glossary term of a segment came through in its translation.

use super::{Glossary, Hit};
use crate::model::TermCheck;

/// One [`TermCheck`] per distinct hit of the segment: is the English term in `translation`?
pub fn verify(glossary: &Glossary, hits: &[Hit], translation: &str) -> Vec<TermCheck> {
    hits.iter()
        .map(|h| {
            let e = &glossary.entries[h.entry];
            TermCheck {
                fr: e.fr.clone(),
                en: e.en.clone(),
                found: translation.contains(&e.en),
            }
        })
        .collect()
}
