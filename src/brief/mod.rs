//! The bilingual brief: the article's own headline ([`headline`]), key claims ([`claims`]) and
//! an extractive summary ([`summary`]) of a translated article.

pub mod antecedent;
pub mod claims;
pub mod headline;
pub mod lexicon;
pub mod summary;

use crate::model::{AlignedDocument, Brief};

/// The French phrases of `brief`'s claims that the run translates: each speaker and role
/// once, in order of first appearance.
pub fn claim_phrases(brief: &Brief) -> Vec<String> {
    let mut phrases: Vec<String> = Vec::new();
    for c in &brief.claims {
        for p in std::iter::once(&c.speaker).chain(c.role.as_ref()) {
            if !p.trim().is_empty() && !phrases.contains(p) {
                phrases.push(p.clone());
            }
        }
    }
    phrases
}

/// Sets each claim's `speaker_en` and `role_en` from `english`, the translations of
/// `phrases` (as [`claim_phrases`] lists them) in the same order. A phrase without a
/// translation (an empty one, or past the end of `english`) leaves its field absent.
pub fn set_claim_english(brief: &mut Brief, phrases: &[String], english: &[String]) {
    let lookup = |fr: &str| {
        phrases
            .iter()
            .position(|p| p == fr)
            .and_then(|i| english.get(i))
            .map(|en| en.trim().to_string())
            .filter(|en| !en.is_empty())
    };
    for c in &mut brief.claims {
        c.speaker_en = lookup(&c.speaker);
        c.role_en = c.role.as_deref().and_then(lookup);
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Claim, ClaimKind, SpeakerKind};

    #[test]
    fn claim_phrases_are_listed_once_and_their_english_set_back() {
        let claim = |speaker: &str, role: Option<&str>| Claim {
            segment: 1,
            speaker: speaker.into(),
            speaker_kind: SpeakerKind::Person,
            cue: "a dit".into(),
            kind: ClaimKind::Statement,
            quote: false,
            unconfirmed: false,
            fr: String::new(),
            en: String::new(),
            role: role.map(String::from),
            speaker_en: None,
            role_en: None,
            speaker_as_written: None,
        };
        let mut brief = build(crate::render::test_document(), 1);
        brief.claims = vec![
            claim("le ministre", None),
            claim("Jean Dupont", Some("le ministre")),
            claim("", None),
        ];
        let phrases = claim_phrases(&brief);
        assert_eq!(phrases, ["le ministre", "Jean Dupont"]);
        set_claim_english(
            &mut brief,
            &phrases,
            &["the minister".into(), "Jean Dupont".into()],
        );
        let en: Vec<(Option<&str>, Option<&str>)> = brief
            .claims
            .iter()
            .map(|c| (c.speaker_en.as_deref(), c.role_en.as_deref()))
            .collect();
        assert_eq!(
            en,
            [
                (Some("the minister"), None),
                (Some("Jean Dupont"), Some("the minister")),
                (None, None)
            ]
        );
    }
}
