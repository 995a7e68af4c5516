//! What the evaluation examples share: a document of French sentences with no translation,
//! one segment per sentence in one paragraph, as the claims read it.

use passerelle::document::Metadata;
use passerelle::model::{AlignedDocument, AlignedSegment};
use passerelle::translate::BackendInfo;

/// A document named `source` whose segments are `sentences`, untranslated.
pub fn untranslated(source: &str, sentences: &[String]) -> AlignedDocument {
    AlignedDocument {
        source: source.into(),
        metadata: Metadata::default(),
        backend: BackendInfo {
            name: "none".into(),
            kind: "none".into(),
            detail: String::new(),
        },
        segments: sentences
            .iter()
            .enumerate()
            .map(|(i, s)| AlignedSegment {
                id: i + 1,
                paragraph: 1,
                span: [0, 0],
                fr: s.clone(),
                en: String::new(),
                glossary: vec![],
                qa: vec![],
            })
            .collect(),
    }
}
