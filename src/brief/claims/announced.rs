//! A claim whose sentence announces a quotation that goes on in the next ones: it ends on a
//! colon (« Le maire a déclaré : » closing a paragraph, the quotation in the next one), or it
//! opens a quotation it does not close (« Le maire a déclaré : « Nous reconstruirons l'école.
//! Les travaux commencent lundi. » », which the segmenter splits after « l'école. »). The
//! quotation's later sentences are segments of their own, with no cue and no claim, so the
//! claim showed who spoke but only the start of what was said, or none of it. It now takes
//! the quotation's sentences as its words, up to where the quotation closes.

use super::path::SpeakerPath;
use super::tokens::Tok;
use crate::model::{AlignedDocument, Claim};

/// How a segment reads as quotation, for the words of an announced quotation and for how
/// far back a pronoun reaches.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct QuotationShape {
    /// Every word of the segment lies inside a quotation that closes, in it or later in its
    /// paragraph past segments all in quotation marks: the speaker's words going on (no
    /// cue, no narrative).
    pub(super) quotation_only: bool,
    /// A quotation is still open at the segment's end (it goes on in the next one).
    pub(super) open_after: bool,
}

/// The shape of every segment, from its tokens and whether a quotation is open at its end
/// (`read`, one entry per segment of `document`). A quotation never closed in its paragraph
/// (a closing mark the writer forgot) is no quotation: the sentences after its opening mark
/// may be narrative, and counting them as the speaker's words would stretch a pronoun's reach
/// and a claim's words over them.
pub(super) fn quotation_shapes(
    document: &AlignedDocument,
    read: &[(Vec<Tok>, bool)],
) -> Vec<QuotationShape> {
    let segments = &document.segments;
    let mut shapes = vec![QuotationShape::default(); read.len()];
    // (From the end: whether the quotation open at a segment's start closes, in it or in a
    // later segment of its paragraph, passing only through segments all in quotation marks;
    // the closing one may hold an incise, « … » a indiqué X. ».)
    let mut closes_from_next = false;
    for n in (0..read.len()).rev() {
        let (toks, open_after) = (&read[n].0, read[n].1);
        let next_same_paragraph = segments
            .get(n + 1)
            .is_some_and(|next| next.paragraph == segments[n].paragraph);
        let goes_on_and_closes = next_same_paragraph && closes_from_next;
        let all = all_quoted(toks);
        shapes[n] = QuotationShape {
            quotation_only: all && (!open_after || goes_on_and_closes),
            open_after,
        };
        closes_from_next = !open_after || all && goes_on_and_closes;
    }
    shapes
}

/// Whether every word lies inside quotation marks, once an incise inside them is taken out
/// (« « Les travaux commencent lundi. » », the later sentences of a quotation): no cue, so no
/// claim, and no one named outside quotes.
fn all_quoted(toks: &[Tok]) -> bool {
    toks.iter().any(|t| t.word) && toks.iter().all(|t| !t.word || t.quoted)
}

/// The most segments one announced quotation runs over: a longer run is more likely a
/// document or a transcript quoted at length than one speaker's words.
const MAX_SEGMENTS: usize = 6;

/// Gives the last claim of each segment that ends on a colon or inside a quotation the words
/// of the quotation the next segments hold: segments all in quotation marks, the first right
/// after, then each one while the quotation stays open. `shapes` has one entry per segment
/// of `document`.
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
        let announces = segments[at].fr.trim_end().ends_with(':')
            || shapes.get(at).is_some_and(|shape| shape.open_after);
        if !announces {
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
    use super::super::tests::{doc, one_paragraph};
    use super::super::{find_claims, read_segments};
    use super::quotation_shapes;
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

    /// Must: a quotation the claim's own sentence opens and the next ones close, after a colon
    /// or a « que », in guillemets or straight quotes.
    #[test]
    fn a_quotation_left_open_takes_its_later_sentences() {
        let cases = [
            [
                "Le maire Paul Martin a déclaré : « Nous reconstruirons l'école.",
                "Les travaux commencent lundi.",
                "La commune paiera. »",
            ],
            [
                "La préfète a assuré que \"la route rouvrira vendredi.",
                "Les équipes travaillent jour et nuit.",
                "Personne ne sera oublié.\"",
            ],
        ];
        for article in cases {
            let found = claims(&one_paragraph(&article));
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].fr, article.join(" "));
        }
    }

    /// Must not: a claim whose quotation closed in its own sentence keeps its words, whatever
    /// quotation follows (a bare quotation is nobody's, and not the claim's words either).
    #[test]
    fn a_closed_quotation_takes_nothing_more() {
        let article = [
            "« Nous partirons en juin », a déclaré le maire Paul Martin.",
            "« Les travaux commencent lundi. »",
        ];
        let found = claims(&one_paragraph(&article));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].fr, article[0]);
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

    /// Must not: a quotation that closes only after six segments is cut there.
    #[test]
    fn a_long_quotation_is_cut() {
        let mut article = vec![
            "Le rapport de la commission conclut :",
            "« Les comptes sont faux.",
        ];
        article.extend(["Les chiffres ont été arrangés."; 8]);
        article.push("Tout est à refaire. »");
        let found = claims(&one_paragraph(&article));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].fr, article[..7].join(" "));
    }

    /// Must: sentences after a quotation left open by mistake (never closed: the next mark
    /// opens a quotation of its own, or none follows) are narration, and their speech verbs
    /// make their subjects' claims; must not: the same sentences inside a quotation that
    /// closes further on (and opens none of its own) are the first speaker's words.
    #[test]
    fn sentences_after_a_quotation_never_closed_are_narration() {
        let opened = "Le maire Paul Martin a prévenu : “Les crues ont tout emporté.";
        for (later, subject) in [
            (
                "La préfecture a indiqué mardi que trois routes restaient coupées.",
                "La préfecture",
            ),
            (
                "Les pompiers ont rapporté que deux maisons avaient brûlé.",
                "Les pompiers",
            ),
            (
                "Le conseil départemental, de son côté, a annoncé qu'une aide serait versée.",
                "Le conseil départemental",
            ),
            (
                "L'association Entraide a affirmé qu'elle ouvrirait un « centre d'accueil ».",
                "L'association Entraide",
            ),
            (
                "La ministre de l'Intérieur, Anne Roux, a déclaré qu'elle viendrait jeudi.",
                "Anne Roux",
            ),
        ] {
            let found = claims(&one_paragraph(&[opened, later]));
            assert!(
                found.iter().any(|c| c.fr == later && c.speaker == subject),
                "{later}: {found:?}"
            );
            // (A sentence opening a quotation of its own ends the one left open: below,
            // only those without.)
            if later.contains('«') {
                continue;
            }
            let closed = [opened, later, "Nous reconstruirons tout. ”"];
            let found = claims(&one_paragraph(&closed));
            assert!(found.iter().all(|c| c.fr != later), "{later}: {found:?}");
        }
    }

    /// Must not: a quotation whose closing mark the writer forgot takes nothing (the
    /// sentences after it may be narrative), and its sentences are not the speaker's words
    /// for a pronoun's reach either.
    #[test]
    fn a_quotation_never_closed_takes_nothing() {
        let article = [
            "Le maire Paul Martin a déclaré : « Nous reconstruirons l'école.",
            "Les travaux commencent lundi.",
            "La commune a voté le budget mardi.",
        ];
        let found = claims(&one_paragraph(&article));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].fr, article[0]);
        let document = one_paragraph(&article);
        let shapes = quotation_shapes(&document, &read_segments(&document));
        assert!(shapes.iter().all(|s| !s.quotation_only), "{shapes:?}");
        // (The same quotation closed is the speaker's words, closed on its own or by an
        // incise.)
        for end in [
            "Les travaux commencent lundi. »",
            "Les travaux commencent lundi » a précisé le maire.",
        ] {
            let closed = ["« Nous reconstruirons l'école.", "La commune paiera.", end];
            let document = one_paragraph(&closed);
            let shapes = quotation_shapes(&document, &read_segments(&document));
            assert!(
                shapes[0].quotation_only && shapes[1].quotation_only,
                "{end}: {shapes:?}"
            );
        }
    }
}
