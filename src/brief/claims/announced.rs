//! A claim whose sentence ends on a colon that announces a quotation (« Le maire a déclaré : »
//! closing a paragraph, the quotation in the next one). The segmenter ends a sentence at a
//! line ending with a colon, so the quotation's sentences are segments of their own, with no
//! cue and no claim; the claim of the announcing sentence showed who spoke but not what was
//! said. It now takes the quotation's sentences as its words, up to where the quotation
//! closes.

use super::path::SpeakerPath;
use crate::model::{AlignedDocument, Claim};

/// How a segment reads as quotation, for the words of an announced quotation.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct QuotationShape {
    /// Every word of the segment lies inside quotation marks (no cue, no narrative).
    pub(super) quotation_only: bool,
    /// A quotation is still open at the segment's end (it goes on in the next one).
    pub(super) open_after: bool,
}

/// The most segments one announced quotation runs over: a longer run is more likely a
/// document or a transcript quoted at length than one speaker's words.
const MAX_SEGMENTS: usize = 6;

/// Gives the last claim of each segment that ends on a colon the words of the quotation the
/// next segments hold: segments all in quotation marks, the first right after, then each one
/// while the quotation stays open. `shapes` has one entry per segment of `document`.
pub(super) fn take_announced_quotations(
    claims: &mut [(Claim, SpeakerPath)],
    document: &AlignedDocument,
    shapes: &[QuotationShape],
) {
    let segments = &document.segments;
    let claimed = |index: usize| claims.iter().any(|(c, _)| c.segment == segments[index].id);
    let mut runs = Vec::new();
    for (i, (claim, _)) in claims.iter().enumerate() {
        // (Only the claim nearest the colon: « X a dit que …, et Y a déclaré : » is Y's.)
        if claims
            .get(i + 1)
            .is_some_and(|(next, _)| next.segment == claim.segment)
        {
            continue;
        }
        let Some(at) = segments.iter().position(|s| s.id == claim.segment) else {
            continue;
        };
        if !segments[at].fr.trim_end().ends_with(':') {
            continue;
        }
        let mut run = Vec::new();
        for k in at + 1..segments.len().min(at + 1 + MAX_SEGMENTS) {
            let shape = shapes.get(k).copied().unwrap_or_default();
            if !shape.quotation_only || claimed(k) {
                break;
            }
            run.push(k);
            if !shape.open_after {
                break;
            }
        }
        if !run.is_empty() {
            runs.push((i, run));
        }
    }
    for (i, run) in runs {
        let claim = &mut claims[i].0;
        for k in run {
            append(&mut claim.fr, &segments[k].fr);
            append(&mut claim.en, &segments[k].en);
        }
        claim.quote = true;
    }
}

/// `more` after `text`, a space between.
fn append(text: &mut String, more: &str) {
    let more = more.trim();
    if more.is_empty() {
        return;
    }
    if !text.is_empty() {
        text.push(' ');
    }
    text.push_str(more);
}

#[cfg(test)]
mod tests {
    use super::super::find_claims;
    use super::super::tests::{doc, one_paragraph};
    use crate::model::{AlignedDocument, Claim};

    /// The claims of `document`, with their words.
    fn claims(document: &AlignedDocument) -> Vec<Claim> {
        find_claims(document)
    }

    /// Must: « X a déclaré : » ending its paragraph, the quotation in the next paragraph:
    /// the claim is X's and its words are the quotation's too (French and English).
    #[test]
    fn a_colon_at_a_paragraph_end_takes_the_quotation_after_it() {
        let cases = [
            (
                "Le maire de Lens, Paul Martin, a déclaré mardi :",
                "« Nous reconstruirons l'école avant la rentrée. »",
                "Paul Martin",
            ),
            (
                "Interrogée par la radio locale, la préfète Anne Leroy a prévenu :",
                "\"La route restera fermée jusqu'à vendredi.\"",
                "Anne Leroy",
            ),
            (
                "Dans un communiqué, le syndicat Force ouvrière dénonce :",
                "“Les salariés apprennent la fermeture par la presse.”",
                "le syndicat Force ouvrière",
            ),
        ];
        for (frame, quotation, speaker) in cases {
            let found = claims(&doc(&[frame, quotation]));
            assert_eq!(found.len(), 1, "{frame}: {found:?}");
            let c = &found[0];
            assert!(c.speaker.contains(speaker), "{frame}: {}", c.speaker);
            assert_eq!(c.segment, 1);
            assert_eq!(c.fr, format!("{frame} {quotation}"));
            assert_eq!(c.en, "EN 1 EN 2");
            assert!(c.quote, "{frame}");
        }
    }

    /// Must: a quotation of several sentences runs to where it closes, not past it.
    #[test]
    fn the_words_run_to_where_the_quotation_closes() {
        let article = [
            "La préfète a expliqué devant la presse :",
            "« La route restera fermée jusqu'à vendredi.",
            "Les équipes travaillent jour et nuit.",
            "Nous rouvrirons dès que possible. »",
            "Le trafic est dévié par Arras.",
        ];
        let found = claims(&one_paragraph(&article));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].fr, article[..4].join(" "));
    }

    /// Must not: a colon before narrative, a quotation with no colon before it (a bare
    /// quotation stays nobody's), and a quotation with its own incise keep their words.
    #[test]
    fn no_announced_quotation_leaves_the_words_alone() {
        let narrative = [
            "Le maire Paul Martin a annoncé les mesures suivantes :",
            "La piscine fermera en août pour des travaux.",
        ];
        let found = claims(&doc(&narrative));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].fr, narrative[0]);
        assert!(!found[0].quote);

        let no_colon = [
            "Le maire Paul Martin a dénoncé la fermeture de l'usine.",
            "« Nous ne laisserons pas faire. »",
        ];
        let found = claims(&doc(&no_colon));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].fr, no_colon[0]);

        let own_incise = [
            "Le maire Paul Martin a déclaré :",
            "« Nous partirons en juin », a répondu la préfète.",
        ];
        let found = claims(&doc(&own_incise));
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].fr, own_incise[0]);
        assert_eq!(found[1].fr, own_incise[1]);
    }

    /// Must not: of two speakers in the announcing sentence, only the one nearest the colon
    /// takes the quotation.
    #[test]
    fn only_the_claim_nearest_the_colon_takes_the_quotation() {
        let article = [
            "Paul Martin a affirmé que le projet avance, mais la préfète Anne Leroy a répliqué :",
            "« Rien n'est signé. »",
        ];
        let found = claims(&doc(&article));
        let martin = found.iter().find(|c| c.speaker.contains("Paul Martin"));
        let leroy = found.iter().find(|c| c.speaker.contains("Anne Leroy"));
        assert_eq!(martin.map(|c| c.fr.as_str()), Some(article[0]));
        assert_eq!(leroy.map(|c| c.fr.clone()), Some(article.join(" ")));
    }

    /// Must not: a quotation that never closes is taken for six segments at most.
    #[test]
    fn an_endless_quotation_is_cut() {
        let mut article = vec!["Le rapport de la commission conclut :"];
        article.extend(["« Les comptes sont faux."; 9]);
        let found = claims(&one_paragraph(&article));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].fr, article[..7].join(" "));
    }
}
