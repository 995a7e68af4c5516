//! Locutions that name speech without saying what was said (issue 18 convention, session 12:
//! a speech verb whose sentence gives no content makes no claim): details brought or a view
//! given with nothing of it in the sentence (« Le procureur apporte des précisions sur
//! l'accident. », « a donné son avis sur le projet. »), an appeal launched to someone for
//! nothing the sentence names (« a tenu à lancer un appel à la population. »), a topic
//! mentioned (« aurait évoqué la menace terroriste. »). The same
//! locutions with their words (a « que » clause, a colon, a quotation), a side taken or what is
//! called for (« un appel au calme », « un appel à la population à rester chez elle ») stay
//! claims.

use super::super::tokens::Tok;
use super::{is_infinitive, is_quote_mark_str, is_source_word};

/// The public an appeal may be addressed to, besides people, bodies and names (« un appel à
/// la population », « à la communauté internationale », « à la nation »).
const PUBLICS: &[&str] = &[
    "population",
    "populations",
    "communauté",
    "opinion",
    "public",
    "nation",
    "peuple",
    "compatriotes",
];

/// Whether the sentence from `at` gives words: a quotation, a « que » clause or a colon.
pub(super) fn words_follow(toks: &[Tok], at: usize) -> bool {
    toks.get(at..).unwrap_or_default().iter().any(|t| {
        t.quoted || is_quote_mark_str(&t.low) || matches!(t.low.as_str(), "que" | "qu'" | ":")
    })
}

/// Whether the appeal whose noun is at `noun` (« lance un appel ») is only addressed to
/// someone: « à / au / aux » and a person, a body or the public, then nothing it calls for in
/// the rest of the sentence (no infinitive, « pour », « afin », « contre », « en faveur », nor
/// words). Not « un appel au calme », « à la grève » (what is called for), nor « un appel aux
/// habitants à rester chez eux ».
pub(super) fn appeal_to_someone_only(toks: &[Tok], noun: usize) -> bool {
    let Some(a) = toks.get(noun + 1) else {
        return false;
    };
    if !matches!(a.low.as_str(), "à" | "au" | "aux") {
        return false;
    }
    let Some(head) = toks[noun + 2..].iter().find(|t| {
        !matches!(
            t.low.as_str(),
            "la" | "l'" | "les" | "tous" | "toute" | "toutes"
        )
    }) else {
        return false;
    };
    let addressee = head.word
        && !head.quoted
        && (head.upper || is_source_word(&head.low) || PUBLICS.contains(&head.low.as_str()));
    addressee && !calls_for_something(toks, noun + 2)
}

/// Whether the sentence from `at` says what is called for: words (see [`words_follow`]), an
/// infinitive after « à » or « de », or a purpose or a side (« pour », « afin », « contre »,
/// « en faveur »).
fn calls_for_something(toks: &[Tok], at: usize) -> bool {
    words_follow(toks, at)
        || toks[at..].windows(2).any(|w| {
            matches!(w[0].low.as_str(), "à" | "de" | "d'") && w[1].word && is_infinitive(&w[1].low)
        })
        || toks[at..]
            .iter()
            .any(|t| matches!(t.low.as_str(), "pour" | "afin" | "contre" | "faveur"))
}

/// What « évoquer » names when it says what (« a évoqué la piste criminelle », « l'hypothèse
/// d'un incendie », « la possibilité d'un report »), not a topic.
const SAYS_WHAT: &[&str] = &[
    "piste",
    "pistes",
    "hypothèse",
    "hypothèses",
    "possibilité",
    "éventualité",
    "thèse",
    "idée",
    "perspective",
];

/// Whether « évoquer » mentions only a topic from `at`: a definite noun phrase (« la menace
/// terroriste », « le dossier », « les négociations ») that is no hypothesis (see
/// [`SAYS_WHAT`]), and no words after it (see [`words_follow`]). Not « évoque un attentat »
/// (what happened, indefinite), nor « a évoqué la position de Dakar : « … » ».
pub(super) fn topic_only(toks: &[Tok], at: usize) -> bool {
    let Some(det) = toks.get(at) else {
        return false;
    };
    let definite = matches!(det.low.as_str(), "le" | "la" | "les" | "l'")
        && toks
            .get(at + 1)
            .is_some_and(|n| n.word && !n.quoted && !SAYS_WHAT.contains(&n.low.as_str()));
    definite && !words_follow(toks, at)
}
