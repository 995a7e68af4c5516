//! The article's own headline, when it has one; never an invented one.
//!
//! Where it comes from, in order:
//! 1. the title in the document's metadata (an HTML `<title>` or `og:title`, read by the
//!    intake): when one of the first segments repeats it, that segment is the headline and
//!    carries its translation; otherwise the headline is the French title alone;
//! 2. a title line: the first segment, when it is a short line without final punctuation
//!    (at most [`MAX_WORDS`] words and [`MAX_CHARS`] characters, not ending with `.`, `:`,
//!    `;`, `,` or `…`; a `?` or `!` only when the line is a paragraph of its own) and the
//!    article goes on after it. A kicker of three words or fewer above another such line
//!    (`Guerre en Ukraine` above the title) gives way to the line below it.
//!
//! A title line stays a segment: it is the article's text, translated and aligned with the
//! rest (its id is 1, or 2 under a kicker); the brief names it as the headline and leaves it
//! out of the summary. The metadata header line (` date 2022-03`) is never a segment, and
//! neither is a metadata title the body does not repeat. With no title, the brief has no
//! headline: the renderers name the source instead of cutting the first sentence.

use crate::model::{AlignedDocument, AlignedSegment, Headline};

/// Longest title line, in words.
pub const MAX_WORDS: usize = 25;
/// Longest title line, in characters.
pub const MAX_CHARS: usize = 200;
/// How many of the first segments may repeat a metadata title.
const TITLE_SEARCH: usize = 3;

/// The headline of `doc`: its metadata title, or its title line (see the module notes).
pub fn find(doc: &AlignedDocument) -> Option<Headline> {
    find_with_title(doc, doc.metadata.title.as_deref())
}

/// The headline of `doc` given a metadata `title` (see the module notes).
pub fn find_with_title(doc: &AlignedDocument, title: Option<&str>) -> Option<Headline> {
    let segments = &doc.segments;
    if let Some(title) = title.map(str::trim).filter(|t| !t.is_empty()) {
        let key = comparable(title);
        let repeated = segments
            .iter()
            .take(TITLE_SEARCH)
            .find(|s| comparable(&s.fr) == key);
        return Some(match repeated {
            Some(s) => from_segment(s),
            None => Headline {
                segment: None,
                fr: title.split_whitespace().collect::<Vec<_>>().join(" "),
                en: None,
            },
        });
    }
    let first = segments.first()?;
    let own_paragraph = |i: usize| {
        let p = segments[i].paragraph;
        segments.iter().filter(|s| s.paragraph == p).count() == 1
    };
    if segments.len() < 2 || !is_title_line(&first.fr, own_paragraph(0)) {
        return None;
    }
    let second = &segments[1].fr;
    if segments.len() >= 3
        && words(&first.fr) <= 3
        && words(second) > words(&first.fr)
        && is_title_line(second, own_paragraph(1))
        && !is_byline(second)
    {
        // `Guerre en Ukraine` above the title: a kicker.
        return Some(from_segment(&segments[1]));
    }
    Some(from_segment(first))
}

fn from_segment(s: &AlignedSegment) -> Headline {
    let en = s.en.trim();
    Headline {
        segment: Some(s.id),
        fr: s.fr.clone(),
        en: (!en.is_empty()).then(|| en.to_string()),
    }
}

/// Whether `text` reads as a title line, a byline or a kicker rather than a sentence: short,
/// with letters, and without final punctuation (a `?` or `!` allowed when `own_paragraph`).
pub fn is_title_line(text: &str, own_paragraph: bool) -> bool {
    let text = text.trim();
    if text.is_empty()
        || words(text) > MAX_WORDS
        || text.chars().count() > MAX_CHARS
        || !text.chars().any(char::is_alphabetic)
    {
        return false;
    }
    let core = text.trim_end_matches(|c: char| {
        matches!(c, '»' | '"' | '”' | '’' | ')' | ']') || c.is_whitespace()
    });
    match core.chars().next_back() {
        Some('.' | ':' | ';' | ',' | '…') | None => false,
        Some('?' | '!') => own_paragraph,
        Some(_) => true,
    }
}

/// Whether a line names the author or the time of publication (`Par Jean Dupont`, `Publié le
/// 3 mars`): never a title.
fn is_byline(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    ["par ", "de notre ", "publié", "mis à jour", "modifié le"]
        .iter()
        .any(|p| lower.starts_with(p))
        || lower
            .strip_prefix("le ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        || lower.contains('©')
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// A title as compared with a segment: lower case, one space between words, final
/// punctuation dropped.
fn comparable(text: &str) -> String {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words
        .join(" ")
        .trim_end_matches(['.', '!', '?', '…', ' '])
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Metadata;
    use crate::model::AlignedSegment;
    use crate::translate::BackendInfo;

    /// A document of `(paragraph, French)` segments, each translated as `EN: <French>`.
    fn doc(segments: &[(usize, &str)]) -> AlignedDocument {
        AlignedDocument {
            source: "t.txt".into(),
            metadata: Metadata::default(),
            backend: BackendInfo {
                name: "t".into(),
                kind: "t".into(),
                detail: String::new(),
            },
            segments: segments
                .iter()
                .enumerate()
                .map(|(i, (p, fr))| AlignedSegment {
                    id: i + 1,
                    paragraph: *p,
                    span: [0, 0],
                    fr: fr.to_string(),
                    en: format!("EN: {fr}"),
                    glossary: vec![],
                    qa: vec![],
                })
                .collect(),
        }
    }

    #[test]
    fn a_short_first_line_without_a_period_is_the_headline() {
        let d = doc(&[
            (1, "Pékin dément toute aide militaire à Moscou"),
            (2, "La Chine a démenti lundi avoir reçu une demande d'aide."),
        ]);
        assert_eq!(
            find(&d),
            Some(Headline {
                segment: Some(1),
                fr: "Pékin dément toute aide militaire à Moscou".into(),
                en: Some("EN: Pékin dément toute aide militaire à Moscou".into()),
            })
        );
        // On the first line of the lead's paragraph too (a single line break).
        let d = doc(&[
            (1, "Pékin dément toute aide militaire à Moscou"),
            (1, "La Chine a démenti lundi avoir reçu une demande d'aide."),
        ]);
        assert_eq!(find(&d).and_then(|h| h.segment), Some(1));
    }

    #[test]
    fn a_first_sentence_is_no_headline() {
        // Must not: a sentence with its period, the first of a long paragraph, a line ending
        // with a colon, a long line, or an article of one line.
        for first in [
            "La Chine a démenti lundi avoir reçu une demande d'aide.",
            "Les membres du comité :",
            "Pékin dément toute aide militaire à Moscou…",
        ] {
            let d = doc(&[(1, first), (2, "Suite de l'article.")]);
            assert_eq!(find(&d), None, "{first}");
        }
        let long = "mot ".repeat(MAX_WORDS + 1);
        assert_eq!(find(&doc(&[(1, long.as_str()), (2, "Suite.")])), None);
        assert_eq!(find(&doc(&[(1, "Pékin dément toute aide")])), None);
        assert_eq!(find(&doc(&[])), None);
    }

    #[test]
    fn a_question_headline_needs_its_own_paragraph() {
        let q = "Faut-il avoir peur de la Chine ?";
        assert_eq!(
            find(&doc(&[(1, q), (2, "La question divise les experts.")])).and_then(|h| h.segment),
            Some(1)
        );
        // Must not: a question opening the lead's paragraph is the lead.
        assert_eq!(
            find(&doc(&[(1, q), (1, "La question divise les experts.")])),
            None
        );
    }

    #[test]
    fn a_kicker_gives_way_to_the_title_below_it() {
        let d = doc(&[
            (1, "Guerre en Ukraine"),
            (2, "Pékin dément toute aide militaire à Moscou"),
            (3, "La Chine a démenti lundi avoir reçu une demande d'aide."),
        ]);
        assert_eq!(find(&d).and_then(|h| h.segment), Some(2));
        // Must not: a short title above a sentence stays the title.
        let d = doc(&[
            (1, "Incendie à Lyon"),
            (2, "Un entrepôt a brûlé dans la nuit."),
            (3, "Personne n'a été blessé."),
        ]);
        assert_eq!(find(&d).and_then(|h| h.segment), Some(1));
        // Must not: a byline under a short title is no title.
        let d = doc(&[
            (1, "Incendie à Lyon"),
            (2, "Par Jean Dupont, envoyé spécial"),
            (3, "Un entrepôt a brûlé dans la nuit."),
        ]);
        assert_eq!(find(&d).and_then(|h| h.segment), Some(1));
    }

    #[test]
    fn a_metadata_title_wins_and_takes_a_repeating_segment() {
        let d = doc(&[
            (1, "Pékin dément toute aide militaire à Moscou"),
            (2, "La Chine a démenti lundi avoir reçu une demande d'aide."),
        ]);
        let h =
            find_with_title(&d, Some("  Pékin dément toute  aide militaire à Moscou ")).unwrap();
        assert_eq!(h.segment, Some(1));
        assert!(h.en.is_some());
        // A title the body does not repeat is the headline alone, untranslated.
        let d = doc(&[(1, "La Chine a démenti lundi avoir reçu une demande d'aide.")]);
        let h = find_with_title(&d, Some("Pékin dément\n toute aide")).unwrap();
        assert_eq!(
            h,
            Headline {
                segment: None,
                fr: "Pékin dément toute aide".into(),
                en: None
            }
        );
        // An empty title is none.
        assert_eq!(find_with_title(&d, Some("  ")), None);
    }

    #[test]
    fn an_untranslated_title_line_has_no_english() {
        let mut d = doc(&[(1, "Incendie à Lyon"), (2, "Un entrepôt a brûlé.")]);
        d.segments[0].en = " ".into();
        assert_eq!(find(&d).unwrap().en, None);
    }
}
