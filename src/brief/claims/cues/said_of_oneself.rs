//! What « se dire » says of its subject: « s'est dit « outré » », « se sont dits très
//! déçus », « se dit convaincu que … ». A feeling or a view the speaker gives of themself is a
//! position, as the same feeling narrated is (« est outré », « sont inquiets », README
//! « Session 19 »). A state or a status (« se dit fatigué », « se dit incapable de », « se
//! dit innocent », « se dit victime de »), a clause (« s'est dit que ») or words given after a
//! colon (« se disent sûrs : « … » ») keep the verb's kind.

use super::super::tokens::Tok;
use super::{is_adverb, is_quote_mark_str, shows_a_side, DEGREE_WORDS};
use crate::brief::lexicon;

/// Feelings and views one says one has, in the masculine singular (« outré », « ravi »,
/// « convaincu »), beside the sides of [`shows_a_side`] and the feelings of
/// [`lexicon::NARRATED_STANCES`].
const FEELINGS: &[&str] = &[
    "outré",
    "scandalisé",
    "choqué",
    "indigné",
    "révolté",
    "consterné",
    "atterré",
    "sidéré",
    "écœuré",
    "dégoûté",
    "excédé",
    "exaspéré",
    "agacé",
    "irrité",
    "attristé",
    "peiné",
    "préoccupé",
    "perplexe",
    "surpris",
    "étonné",
    "stupéfait",
    "ravi",
    "heureux",
    "heureuse",
    "fier",
    "fière",
    "soulagé",
    "rassuré",
    "serein",
    "convaincu",
    "persuadé",
];

/// Whether the reflexive « dire » whose verb form stands at `i` gives a feeling or a view of
/// its subject: past adverbs, words of degree (« très », « particulièrement ») and an opening
/// quotation mark, a word of [`FEELINGS`], of [`lexicon::NARRATED_STANCES`] or a side
/// [`shows_a_side`] reads, with no colon right after it.
pub(super) fn feeling_said_of_oneself(toks: &[Tok], i: usize) -> bool {
    let Some(at) = (i + 1..toks.len()).find(|&k| {
        let t = &toks[k];
        !(is_adverb(t) || DEGREE_WORDS.contains(&t.low.as_str()) || is_quote_mark_str(&t.low))
    }) else {
        return false;
    };
    let low = toks[at].low.as_str();
    let feeling = FEELINGS.iter().any(|f| lexicon::inflects_adjective(low, f))
        || lexicon::NARRATED_STANCES.contains(&low)
        || shows_a_side(low);
    // (« se disent sûrs : « … » »: the words after the colon are what is said.)
    let colon_after = toks[at + 1..]
        .iter()
        .find(|t| !is_quote_mark_str(&t.low))
        .is_some_and(|t| t.low == ":");
    feeling && !colon_after
}

#[cfg(test)]
mod tests {
    use super::super::super::tokens::tokenize;
    use super::*;

    fn said(sentence: &str) -> bool {
        let toks = tokenize(sentence);
        let i = toks
            .iter()
            .position(|t| t.low.starts_with("dit") || t.low.starts_with("dis"))
            .expect("a form of « dire »");
        feeling_said_of_oneself(&toks, i)
    }

    #[test]
    fn a_feeling_or_a_view_said_of_oneself() {
        for sentence in [
            "Le maire s'est dit « scandalisé » par la décision.",
            "La syndicaliste s'est dite très déçue du résultat.",
            "Les habitants se disent inquiets pour leurs enfants.",
            "Paul Martin se dit convaincu que la réforme passera.",
            "Le président du club s'est dit satisfait de la saison.",
            "La directrice s'est dite « choquée ».",
        ] {
            assert!(said(sentence), "{sentence}");
        }
        for sentence in [
            "Le prévenu se dit innocent.",
            "La femme se dit victime d'une escroquerie.",
            "Il se dit être le fils du fondateur.",
            "Le ministre s'est dit que rien ne changerait.",
            "L'entraîneur se dit fatigué après la saison.",
            "Le médecin se dit incapable de répondre.",
            "Les chercheurs se disent convaincus : « Le glacier aura fondu. »",
        ] {
            assert!(!said(sentence), "{sentence}");
        }
    }
}
