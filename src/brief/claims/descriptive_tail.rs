//! The words after a speaker's noun that describe the speaker at the moment the article meets
//! them, no part of who speaks: who interviewed them (« plusieurs sources interrogées par
//! l'AFP », « un proche de la famille contacté par téléphone »), where they stand or sit and in
//! what state (« un voisin situé à quelques mètres », « une passante assise sur un banc », « un
//! locataire enveloppé dans une couverture »), their age (« l'athlète âgé de 30 ans »). The
//! press writes the source, then these circumstances; the source is the noun phrase before
//! them. A bare participle of the interview (« les personnes interrogées », the ones polled)
//! and a post that says which source it is (« un diplomate basé au Caire », « un sondage
//! réalisé pour la chaîne ARD », « les habitants des villes situées près du site »: the
//! participle of a complement's noun) stays part of it.

use super::tokens::Tok;
use crate::brief::lexicon;

/// Participles of the press meeting its source: the interview, never who the source is.
const INTERVIEWED: &[&str] = &[
    "interrogé",
    "contacté",
    "joint",
    "sollicité",
    "interviewé",
    "questionné",
    "rencontré",
    "croisé",
];

/// Participles and adjectives of where a witness stands and in what state (« situé »,
/// « installé » not before a town's name: « un médecin installé à Lyon » is a post).
const CIRCUMSTANCES: &[&str] = &[
    "situé",
    "installé",
    "assis",
    "allongé",
    "adossé",
    "accoudé",
    "enveloppé",
    "emmitouflé",
    "ému",
    "choqué",
    "bouleversé",
];

/// Heads that take a partitive complement and stay the head (« l'un des locataires », « une
/// des victimes », « plusieurs de ses voisins »): a participle after the complement is the
/// head's.
const PARTITIVE_HEADS: &[&str] = &[
    "un",
    "une",
    "chacun",
    "chacune",
    "aucun",
    "aucune",
    "certains",
    "certaines",
    "plusieurs",
];

/// Whether `low` is one of `bases` in any gender and number (« interrogées », « assise »).
fn inflects(low: &str, bases: &[&str]) -> bool {
    bases.iter().any(|b| lexicon::inflects_adjective(low, b))
}

/// « âgé de 30 ans », « âgées de trente ans »: the participle at `k` then « de » and a number.
fn gives_an_age(toks: &[Tok], k: usize) -> bool {
    inflects(&toks[k].low, &["âgé"])
        && toks.get(k + 1).is_some_and(|t| t.low == "de")
        && toks.get(k + 2).is_some_and(|t| {
            t.low.starts_with(|c: char| c.is_ascii_digit())
                || lexicon::CARDINALS.contains(&t.low.as_str())
        })
}

/// « installé à Lyon », « située au Caire »: a place word at `k` before a town's name, a post.
fn before_a_town(toks: &[Tok], k: usize) -> bool {
    toks.get(k + 1)
        .is_some_and(|t| matches!(t.low.as_str(), "à" | "au" | "en"))
        && toks.get(k + 2).is_some_and(|t| t.upper)
}

/// The last token of the speaker span `toks[from..=to]` once a describing tail is cut off, or
/// `to` when it has none. The tail opens on one of [`INTERVIEWED`] with its complement,
/// anywhere after the head's noun (bare, closing the span, « les habitants interrogés » says
/// which people speak and stays), or on one of [`CIRCUMSTANCES`] right after the head's noun
/// and its adjectives (a complement's noun in between may be what the participle describes).
pub(super) fn without_descriptive_tail(toks: &[Tok], from: usize, to: usize) -> usize {
    let mut through_complement = false;
    for k in from + 1..=to {
        let t = &toks[k];
        if !t.word || t.quoted {
            return to;
        }
        let low = t.low.as_str();
        if matches!(low, "de" | "d'" | "du" | "des") {
            // (« l'un des locataires », « une de ses voisines »: the complement counts the
            // head, a participle after it is still the head's.)
            let partitive = toks[from..k].iter().all(|w| {
                lexicon::DETERMINERS.contains(&w.low.as_str())
                    || PARTITIVE_HEADS.contains(&w.low.as_str())
            });
            through_complement |= !partitive;
            continue;
        }
        // (« le plus âgé des pompiers », « l'habitant le plus ému »: a word of degree is no
        // noun, what follows it is a superlative or an adjective of the head.)
        let after_noun = {
            let p = &toks[k - 1];
            p.word
                && !lexicon::DETERMINERS.contains(&p.low.as_str())
                && !lexicon::PREPOSITIONS.contains(&p.low.as_str())
                && !matches!(
                    p.low.as_str(),
                    "de" | "d'" | "du" | "des" | "plus" | "moins"
                )
                && !super::cues::DEGREE_WORDS.contains(&p.low.as_str())
        };
        if t.upper || !after_noun {
            continue;
        }
        // (« Les personnes interrogées affirment »: a bare participle of the interview says
        // which people, the ones polled; only one with its complement tells how they were
        // reached. An age, « âgée de 40 ans », is never who speaks, even after a complement:
        // « une mère de famille âgée de 40 ans ».)
        if inflects(low, INTERVIEWED) && k < to
            || !through_complement && inflects(low, CIRCUMSTANCES) && !before_a_town(toks, k)
            || gives_an_age(toks, k)
        {
            return k - 1;
        }
    }
    to
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers_of;

    /// Must: the source before who interviewed it, where it stood, its state or its age.
    #[test]
    fn the_circumstances_of_a_source_are_no_part_of_it() {
        for (sentence, want) in [
            (
                "Le marché a fermé, selon plusieurs sources policières interrogées par Reuters.",
                "plusieurs sources policières",
            ),
            (
                "« Tout a brûlé en dix minutes », raconte un habitant installé à deux rues de l'usine.",
                "un habitant",
            ),
            (
                "« J'ai entendu un grand bruit », témoigne une riveraine assise sur un banc.",
                "une riveraine",
            ),
            (
                "« On a tout perdu », confie l'une des locataires enveloppée dans une couverture.",
                "l'une des locataires",
            ),
            (
                "Le test était négatif, a assuré le nageur âgé de 24 ans.",
                "le nageur",
            ),
            (
                "Un proche de la famille contacté par téléphone a affirmé que le jeune homme était rentré.",
                "Un proche de la famille",
            ),
            (
                "« Je suis inquiète », dit une mère de famille âgée de 40 ans.",
                "une mère de famille",
            ),
        ] {
            assert_eq!(speakers_of(sentence), [want], "{sentence}");
        }
    }

    /// Must not: a post that says which source it is, and a participle of the complement's
    /// noun (where the source lives), stay with the source.
    #[test]
    fn a_post_or_a_complement_participle_stays_with_the_source() {
        for (sentence, want) in [
            (
                "Le ministre est malade, selon un diplomate basé à Dakar.",
                "un diplomate basé à Dakar",
            ),
            (
                "« Nous avons peur », disent les habitants des rues situées près du fleuve.",
                "les habitants des rues situées près du fleuve",
            ),
            (
                "Les habitants interrogés affirment que le bruit est insupportable.",
                "Les habitants interrogés",
            ),
            (
                "Le virus circule, selon un médecin installé à Lyon.",
                "un médecin installé à Lyon",
            ),
            // (A superlative: « le plus âgé des … » is who speaks.)
            (
                "« Il faut rester prudent », a déclaré le plus âgé des pompiers.",
                "le plus âgé des pompiers",
            ),
            (
                "« Le feu a pris vite », a raconté l'habitant le plus âgé du quartier.",
                "l'habitant le plus âgé du quartier",
            ),
        ] {
            assert_eq!(speakers_of(sentence), [want], "{sentence}");
        }
    }
}
