//! The edges of a speaker span that no noun phrase naming someone has: it never opens on a
//! preposition (« de victime », « de se voir », « dans un communiqué »), on an adverb that
//! qualifies no noun after it (« Absolument tôt ») or on a negative quantifier (« Aucun
//! membre du gouvernement »), and never ends on an adverb or a negation
//! (« Paul Roy non seulement », « le maire aussi »). Such words are a span cut in the wrong
//! place (a missed comma, a run-on subject), not a name: the claim is shown unresolved.
//! Lexical only (the tagger's prior for a word form, no sentence tagging): cheap enough to
//! weigh every speaker.

use super::cues::is_infinitive;
use super::pos::{self, Upos};
use super::speaker::CLITICS;
use super::tokens::{tokenize, Tok};
use crate::brief::lexicon;

/// Whether the words `name`, shown as a speaker, open or close where no noun phrase does.
pub(super) fn ill_formed(name: &str) -> bool {
    let toks = tokenize(name);
    let words: Vec<&Tok> = toks.iter().filter(|t| t.word).collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    opens_on_preposition(first, words.get(1).copied())
        || opens_on_adverb(first, words.get(1).copied())
        || opens_on_negative_quantifier(first)
        || words.len() > 1 && closes_on_adverb(last)
}

/// « Aucun membre du gouvernement », « Aucune des parties », « Personne au ministère », « Nul
/// parmi les élus »: a negative quantifier opening the span names no one who speaks.
fn opens_on_negative_quantifier(first: &Tok) -> bool {
    matches!(
        first.low.as_str(),
        "aucun" | "aucune" | "nul" | "nulle" | "personne"
    )
}

/// « dans un communiqué », « de victime », « de se voir », « d'après », « du Liban »: a
/// lowercase preposition opening the span. (« de » is also the indefinite article before a plural
/// adjective, « de hauts responsables », « d'autres témoins »: only a bare singular noun, an
/// object pronoun or an infinitive after it make it the preposition. « entre » opens a
/// number, « entre 200 et 300 manifestants ».)
fn opens_on_preposition(first: &Tok, next: Option<&Tok>) -> bool {
    if first.quoted {
        return false;
    }
    let low = first.low.as_str();
    // (« Dans un communiqué publié jeudi », « Selon des données »: capitalised, opening the
    // sentence, before a lowercase word; a name never opens so, « De Gaulle », « Du Pont ».)
    if first.upper {
        let adjunct = lexicon::PREPOSITIONS.contains(&low) && low != "entre" || low == "selon";
        return adjunct && next.is_some_and(|n| !n.upper && n.word);
    }
    if lexicon::PREPOSITIONS.contains(&low) && low != "entre" {
        return true;
    }
    // (« du Liban », « du Hezbollah »: « de » and the article before a name; the partitive
    // « du » comes before a lowercase noun, « du personnel ».)
    if low == "du" && next.is_some_and(|n| n.upper) {
        return true;
    }
    matches!(low, "de" | "d'")
        && next.is_some_and(|n| {
            !n.upper
                && (CLITICS.contains(&n.low.as_str())
                    || is_infinitive(&n.low)
                    || !n.low.ends_with(['s', 'x'])
                        && !lexicon::DETERMINERS.contains(&n.low.as_str())
                        && !n.low.starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// « Absolument tôt »: an adverb (as the tagger learnt the form) opening the span, with no
/// noun phrase it qualifies right after it (« Même le ministre », « Plus de 200 salariés »,
/// « Environ 50 élus » stay).
fn opens_on_adverb(first: &Tok, next: Option<&Tok>) -> bool {
    let Some(next) = next else {
        return false;
    };
    let qualifies_a_noun_phrase = next.upper
        || lexicon::DETERMINERS.contains(&next.low.as_str())
        || matches!(next.low.as_str(), "de" | "d'" | "des" | "du")
        || next.low.starts_with(|c: char| c.is_ascii_digit());
    is_adverb(&first.low) && !qualifies_a_noun_phrase
}

/// « Paul Roy non seulement », « le maire aussi », « la ministre hier »: a lowercase adverb
/// or negation closing the span.
fn closes_on_adverb(last: &Tok) -> bool {
    !last.upper
        && !last.quoted
        && (is_adverb(&last.low) || matches!(last.low.as_str(), "pas" | "non" | "jamais"))
}

/// Whether the form is an adverb: one of the lexicon's adverbs (its object pronouns and
/// negation particles aside), or a form the tagger learnt as an adverb.
fn is_adverb(low: &str) -> bool {
    let listed = lexicon::ADVERBS.contains(&low) && !CLITICS.contains(&low);
    listed || pos::word_prior(low) == Some(Upos::Adv)
}

#[cfg(test)]
mod tests {
    use super::super::tests::last_claim;
    use super::ill_formed;
    use crate::model::SpeakerKind;

    #[test]
    fn a_span_opening_on_a_preposition_or_an_adverb_or_closing_on_one_is_ill_formed() {
        for name in [
            "de blessé",
            "de se voir",
            "dans un communiqué",
            "Vraiment tard",
            "Paul Roy non seulement",
            "le maire aussi",
            "du Liban",
            "Dans un communiqué publié jeudi",
            "Selon des chiffres provisoires",
        ] {
            assert!(ill_formed(name), "{name}");
        }
    }

    #[test]
    fn a_noun_phrase_with_its_determiner_or_quantity_is_well_formed() {
        for name in [
            "de hauts responsables",
            "d'autres témoins",
            "Plus de deux cents salariés",
            "Même le ministre",
            "entre 200 et 300 manifestants",
            "le gouvernement",
            "le ministère des Affaires étrangères",
            "Paul Roy",
            "du personnel de l'hôpital",
            "De Gaulle",
            "Du Pont de Nemours",
            "Avec Sport",
        ] {
            assert!(!ill_formed(name), "{name}");
        }
    }

    #[test]
    fn a_claim_whose_span_runs_in_from_a_missed_comma_is_unresolved() {
        // Must: « sans faire de blessé » before an incise with no comma is no speaker. (A
        // verb of stance: a verb of statement there has its subject after it, read by
        // speaker::incise_without_commas.)
        let (speaker, kind) = last_claim(&["Le colis a explosé dans la rue sans faire de blessé avait déploré un policier, ajoutant que l'enquête commençait."]).unwrap();
        assert_eq!(kind, SpeakerKind::Unattributed, "{speaker}");
        let (speaker, kind) = last_claim(&[
            "Vraiment tard ce lundi soir que le maire était parti, affirmant avoir des preuves.",
        ])
        .unwrap();
        assert_eq!(kind, SpeakerKind::Unattributed, "{speaker}");
        // Must not: a quantity or an indefinite plural opening the subject is a speaker.
        for (sentence, want) in [
            (
                "Plus de deux cents salariés ont dénoncé la fermeture du site.",
                "Plus de deux cents salariés",
            ),
            (
                "De hauts responsables ont affirmé que le sommet aurait lieu.",
                "De hauts responsables",
            ),
        ] {
            let (speaker, kind) = last_claim(&[sentence]).unwrap();
            assert_eq!(speaker, want, "{sentence}");
            assert_ne!(kind, SpeakerKind::Unattributed, "{sentence}");
        }
    }
}
