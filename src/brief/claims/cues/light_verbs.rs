//! A light verb and a noun of speech: the verb says little, its noun says what kind of words
//! were said (« lance un appel à la grève », « a adressé une mise en garde au ministre »,
//! « dresse / trace un bilan positif », « a poussé un cri d'alarme », « multiplie les mises en
//! garde », « a formulé de vives critiques »). One reader for the family, not one list of
//! objects per verb: adverbs, time words and asides may stand between the verb and its noun
//! (« lance également un appel », « a lancé lundi un nouvel appel »), as [`follows`] skips
//! them. An appeal or a warning only addressed to someone, with nothing it calls for or warns
//! of, stays no claim (session 13, see [`unsaid::appeal_to_someone_only`]); a tender (« un
//! appel d'offres ») is no call.

use super::super::tokens::Tok;
use super::{a_tender, follows, sounds_the_alarm, unsaid};
use crate::brief::lexicon::{self, ClaimKind};

/// Verbs that launch or address words (« lancer un appel », « adresser une mise en garde »,
/// « pousser un cri d'alarme », « multiplier les critiques », « réitérer son appel »).
const VOICING_VERBS: &[&str] = &[
    "lancer",
    "adresser",
    "pousser",
    "multiplier",
    "formuler",
    "émettre",
    "réitérer",
    "renouveler",
];

/// Verbs that draw up an assessment (« dresser un bilan », « tracer un constat »).
const DRAWING_VERBS: &[&str] = &["dresser", "tracer"];

/// Verbs that use words, reporting only when the words follow in quotation marks
/// (« a employé l'expression « puissance nucléaire » », « utilise le terme de
/// « génocide » »; not « a employé 300 intérimaires »).
pub(super) const WORDING_VERBS: &[&str] = &["employer", "utiliser"];

/// What opens the noun phrase after the verb (« un appel », « de vives critiques », « ses
/// mises en garde »).
const OPENINGS: &[&str] = &[
    "un",
    "une",
    "des",
    "de",
    "d'",
    "le",
    "la",
    "l'",
    "les",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cet",
    "cette",
    "ces",
    "plusieurs",
];

/// Adjectives that may stand between the determiner and the noun (« un nouvel appel », « de
/// vives critiques », « un sévère avertissement »): those that rank it
/// ([`lexicon::ranks`]), those before what « lancer » launches (`cues::LAUNCH_ADJECTIVES`)
/// and these.
const PRENOMINAL: &[&str] = &[
    "ultimes",
    "vif",
    "vive",
    "vifs",
    "vives",
    "sévère",
    "sévères",
    "sérieux",
    "sérieuse",
    "sérieuses",
    "sombre",
    "nombreux",
    "nombreuses",
    "ferme",
    "fermes",
    // (« ses sincères remerciements », « ses chaleureux remerciements ».)
    "sincères",
    "chaleureux",
    "chaleureuses",
];

/// Whether `w` is an adjective that may stand before the noun of speech.
pub(super) fn prenominal(w: &str) -> bool {
    lexicon::ranks(w) || super::LAUNCH_ADJECTIVES.contains(&w) || PRENOMINAL.contains(&w)
}

/// A reader of the noun at a token: the index of its last token and the kind it names.
type NounReader = fn(&[Tok], usize) -> Option<(usize, ClaimKind)>;

/// The noun of speech after the light verb `lemma`, read from `at` (the token after the verb):
/// the index of its last token and the kind of claim it names. `None` when no such noun
/// follows, or when it is an appeal or a warning only addressed to someone, or a tender.
pub(super) fn speech_noun_after(
    lemma: &str,
    toks: &[Tok],
    at: usize,
) -> Option<(usize, ClaimKind)> {
    let read: NounReader = if VOICING_VERBS.contains(&lemma) {
        voiced_words
    } else if DRAWING_VERBS.contains(&lemma) {
        drawn_assessment
    } else if WORDING_VERBS.contains(&lemma) {
        words_in_quotes
    } else {
        return None;
    };
    let opening = follows(toks, at, OPENINGS)?;
    let mut noun = opening + 1;
    while toks.get(noun).is_some_and(|t| prenominal(&t.low)) {
        noun += 1;
    }
    let (end, kind) = read(toks, noun)?;
    let addressed_only = matches!(kind, ClaimKind::Call | ClaimKind::Warning)
        && unsaid::appeal_to_someone_only(toks, end)
        && !(kind == ClaimKind::Warning && warns_of_something(toks, end));
    (!addressed_only && !a_tender(toks, noun)).then_some((end, kind))
}

/// Whether a warning addressed to someone says what it warns of, from `at` (« une mise en
/// garde aux élus sur le coût de la réforme », « face à la montée des prix »).
fn warns_of_something(toks: &[Tok], at: usize) -> bool {
    toks[at..]
        .iter()
        .any(|t| !t.quoted && matches!(t.low.as_str(), "sur" | "face" | "quant"))
}

/// What a cry voices when it is words (« un cri de colère », « un cri du cœur »), not a
/// scream (« un cri de douleur »).
const SPOKEN_CRIES: &[&str] = &[
    "colère",
    "détresse",
    "ralliement",
    "cœur",
    "coeur",
    "révolte",
    "désespoir",
    "indignation",
];

/// Words voiced, at `k`: a call (« appel », « plaidoyer »), a warning (« avertissement »,
/// « ultimatum », « mise en garde », « cri / signal d'alarme »), a reproach (« critiques »,
/// « reproches », « réquisitoire »), thanks (« remerciements »), a promise of something to do (« engagement à »,
/// « promesse de »).
pub(super) fn voiced_words(toks: &[Tok], k: usize) -> Option<(usize, ClaimKind)> {
    let word = toks.get(k).filter(|t| t.word && !t.quoted)?;
    match word.low.as_str() {
        "appel" | "appels" | "plaidoyer" | "plaidoyers" => Some((k, ClaimKind::Call)),
        "avertissement" | "avertissements" | "ultimatum" => Some((k, ClaimKind::Warning)),
        "mise" | "mises" => follows(toks, k + 1, &["en garde"]).map(|e| (e, ClaimKind::Warning)),
        "cri" | "cris" | "signal" | "message" if sounds_the_alarm(toks, k + 1) => {
            Some((k + 2, ClaimKind::Warning))
        }
        // (« un cri de colère contre la direction », not « un cri de douleur »)
        "cri" | "cris"
            if follows(toks, k + 1, &["de", "du"]).is_some_and(|de| {
                toks.get(de + 1)
                    .is_some_and(|t| SPOKEN_CRIES.contains(&t.low.as_str()))
            }) =>
        {
            Some((k + 2, ClaimKind::Statement))
        }
        "critique" | "critiques" | "reproche" | "reproches" | "réquisitoire" => {
            Some((k, ClaimKind::Position))
        }
        // « a adressé ses remerciements aux bénévoles »: thanks, a public approval, as
        // « a remercié » (README « Session 20 »). (Not condolences, sympathy with no side
        // taken: `idiom_tests::addressing_reproaches_is_a_stance`.)
        "remerciements" => Some((k, ClaimKind::Position)),
        // « a renouvelé son engagement à réformer l'État », « réitère sa promesse de baisser
        // les impôts »: a promise, what is promised in an infinitive after it (not « a
        // renouvelé son engagement dans l'armée »).
        "engagement" | "engagements" | "promesse" | "promesses"
            if matches!(
                toks.get(k + 1).map(|t| t.low.as_str()),
                Some("à" | "de" | "d'")
            ) && super::infinitive_follows(toks, k + 2) =>
        {
            Some((k, ClaimKind::Statement))
        }
        _ => None,
    }
}

/// Words used, at `k`: a noun of wording (« l'expression », « le terme », « le mot », « la
/// formule »), maybe « de », then the words in quotation marks: a statement in the
/// speaker's own words.
fn words_in_quotes(toks: &[Tok], k: usize) -> Option<(usize, ClaimKind)> {
    let word = toks.get(k).filter(|t| t.word && !t.quoted)?;
    if !matches!(
        word.low.as_str(),
        "expression" | "expressions" | "terme" | "termes" | "mot" | "mots" | "formule"
    ) {
        return None;
    }
    let mark = match toks.get(k + 1).map(|t| t.low.as_str()) {
        Some("de" | "d'") => k + 2,
        _ => k + 1,
    };
    let quoted = toks
        .get(mark)
        .is_some_and(|t| !t.quoted && super::is_quote_mark_str(&t.low))
        && toks.get(mark + 1).is_some_and(|t| t.quoted && t.word);
    quoted.then_some((k, ClaimKind::Statement))
}

/// An assessment drawn up, at `k` (« un bilan », « un constat », « un état des lieux »; « un
/// réquisitoire », a stance).
fn drawn_assessment(toks: &[Tok], k: usize) -> Option<(usize, ClaimKind)> {
    let word = toks.get(k).filter(|t| t.word && !t.quoted)?;
    match word.low.as_str() {
        "bilan" | "constat" => Some((k, ClaimKind::Statement)),
        "état" => follows(toks, k + 1, &["des lieux"]).map(|e| (e, ClaimKind::Statement)),
        "réquisitoire" => Some((k, ClaimKind::Position)),
        _ => None,
    }
}
