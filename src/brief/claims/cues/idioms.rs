//! Reporting idioms whose frame tells speech from another sense of the same words: « a pris
//! clairement position dans le conflit » (not troops taking up position in a village), « s'est
//! prononcé sur la réforme » (not a court's ruling nor a vote to come), « a donné raison aux
//! riverains » (not « les faits lui ont donné raison »), « se vante que » (a speaking subject,
//! not « le village se vante d'un château »), « a plaidé non coupable » (not a plea to come),
//! « a livré des précisions » (not « n'a pas donné plus de précisions »).

use super::super::tokens::Tok;
use super::{follows, subject_can_show, subject_words};
use crate::brief::lexicon;

/// Adverbs that make « prendre position » a stance taken in words (« a pris clairement
/// position dans le débat »).
const SPOKEN_STANCE_ADVERBS: &[&str] = &[
    "clairement",
    "publiquement",
    "ouvertement",
    "officiellement",
    "fermement",
    "nettement",
    "résolument",
    "franchement",
    "explicitement",
    "fortement",
];

/// What a stance is taken in or on (« dans le conflit », « sur la réforme »), as opposed to a
/// place (« dans le village », « sur la colline »).
const DEBATES: &[&str] = &[
    "débat",
    "débats",
    "conflit",
    "conflits",
    "dossier",
    "dossiers",
    "polémique",
    "affaire",
    "controverse",
    "question",
    "questions",
    "sujet",
    "crise",
    "querelle",
    "différend",
    "bras",
    "réforme",
    "projet",
    "texte",
    "proposition",
    "loi",
    "mesure",
    "mesures",
    "décision",
    "guerre",
    "grève",
    "référendum",
    "candidature",
];

/// Bodies that rule or vote: « La Cour s'est prononcée sur le recours » (a ruling), « Les
/// électeurs se prononceront sur le texte » (a vote), « Le tribunal a donné raison au
/// plaignant » (a judgement), no claim of theirs.
const RULING_BODIES: &[&str] = &[
    "cour",
    "tribunal",
    "tribunaux",
    "juge",
    "juges",
    "juridiction",
    "magistrats",
    "justice",
    "conseil",
    "assemblée",
    "parlement",
    "sénat",
    "électeurs",
    "électrices",
    "votants",
    "citoyens",
    "jury",
    "arbitre",
];

/// Whether « prendre » at `at - 1` takes a stance ([`lexicon::TAKING_A_STANCE`]'s words
/// follow): « position dans / sur » only with an adverb of speech before « position » or a
/// debate after it (« a pris clairement position dans le conflit », « a pris position sur la
/// réforme »; not « ont pris position dans le village »).
pub(super) fn takes_a_stance(toks: &[Tok], at: usize) -> bool {
    let Some(end) = lexicon::TAKING_A_STANCE
        .needs_next
        .and_then(|phrases| follows(toks, at, phrases))
    else {
        return false;
    };
    if !matches!(toks[end].low.as_str(), "dans" | "sur") {
        return true;
    }
    let spoken = toks[at..end]
        .iter()
        .any(|t| SPOKEN_STANCE_ADVERBS.contains(&t.low.as_str()));
    spoken || names_a_debate(toks, end + 1)
}

/// Whether a debate (see [`DEBATES`]) is named at `at`, after a determiner and at most one
/// adjective (« le conflit », « ce vaste débat », « la réforme »).
fn names_a_debate(toks: &[Tok], at: usize) -> bool {
    let Some(det) = toks.get(at) else {
        return false;
    };
    if !lexicon::DETERMINERS.contains(&det.low.as_str()) {
        return false;
    }
    toks[at + 1..]
        .iter()
        .take(2)
        .take_while(|t| t.word && !t.quoted)
        .any(|t| DEBATES.contains(&t.low.as_str()))
}

/// Whether the idiom of `lemma` at verb `i` (group from `start`, form `form`) says nothing
/// someone said: a ruling or a vote, a subject that cannot speak, what is still to be said, or
/// details refused.
pub(super) fn says_nothing(lemma: &str, toks: &[Tok], i: usize, start: usize, form: &str) -> bool {
    let after = |phrases: &[&str]| follows(toks, i + 1, phrases).is_some();
    let ruling_body = || subject_words(toks, start).any(|w| RULING_BODIES.contains(&w));
    let to_come = form.ends_with("ra") || form.ends_with("ront") || form.ends_with("er");
    let negated = toks[start..i]
        .iter()
        .any(|t| matches!(t.low.as_str(), "ne" | "n'"));
    match lemma {
        // « s'est prononcé sur le référendum »: a view (« contre », « pour » already were).
        "se prononcer" if after(&["sur"]) => to_come || ruling_body(),
        // « a donné raison aux riverains »: a person or a body siding with someone.
        "donner" if after(&["raison", "tort"]) => {
            ruling_body() || !subject_can_show(toks, start) && !before_a_quotation(toks, start)
        }
        // « se vante que », « se targue d'avoir »: someone boasting.
        "se vanter" | "se targuer" => !subject_can_show(toks, start),
        // « plaideront non coupable »: a plea to come; « s'il plaide coupable », « plaide
        // coupable ou non »: a plea supposed or asked about, none made.
        "plaider" if !after(&["pour", "en"]) => {
            to_come
                || in_an_if_clause(toks, start)
                || toks[i + 1..].iter().take(3).any(|t| t.low == "ou")
        }
        // « n'a pas livré plus de précisions »: nothing said.
        "livrer" | "donner" | "apporter un démenti" if after(lexicon::DETAILS_GIVEN) => negated,
        _ => false,
    }
}

/// Whether a quotation or a colon comes right before the group at `start` (an incise).
fn before_a_quotation(toks: &[Tok], start: usize) -> bool {
    start > 0 && (toks[start - 1].quoted || !toks[start - 1].word && toks[start - 1].low != "(")
}

/// Whether the group at `start` opens an « if » clause or an indirect question (« s'il
/// plaide », « si l'accusé plaide », « si elles plaident »): within four words after « si ».
fn in_an_if_clause(toks: &[Tok], start: usize) -> bool {
    let from = start.saturating_sub(4);
    let window = &toks[from..start];
    let opens = window.iter().enumerate().any(|(k, t)| {
        !t.quoted
            && (t.low == "si"
                || t.low == "s'"
                    && window
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.low.as_str(), "il" | "ils")))
    });
    opens && !window.iter().any(|t| matches!(t.low.as_str(), "," | "."))
}
