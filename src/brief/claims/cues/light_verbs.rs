//! A light verb and a noun of speech: the verb says little, its noun says what kind of words
//! were said (« lance un appel à la grève », « a adressé une mise en garde au ministre »,
//! « dresse / trace un bilan positif », « a poussé un cri d'alarme », « multiplie les mises en
//! garde », « a formulé de vives critiques »). One reader for the family, not one list of
//! objects per verb: adverbs, time words and asides may stand between the verb and its noun
//! (« lance également un appel », « a lancé lundi un nouvel appel »), as [`follows`] skips
//! them. An appeal or a warning only addressed to someone, with nothing it calls for or warns
//! of, stays no claim (session 13, see [`unsaid::appeal_to_someone_only`]); a tender (« un
//! appel d'offres ») is no call.

use super::super::pos::{self, Upos};
use super::super::speaker::np_end;
use super::super::tokens::Tok;
use super::attribution::ColonFrame;
use super::{a_tender, agent_speaks, follows, sounds_the_alarm, unsaid};
use crate::brief::lexicon::ClaimKind;

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
/// vives critiques », « un sévère avertissement »): those before what « lancer » launches
/// (`cues::LAUNCH_ADJECTIVES`) and these.
const PRENOMINAL: &[&str] = &[
    "nouveaux",
    "nouvelles",
    "ultimes",
    "derniers",
    "dernières",
    "premier",
    "première",
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
];

/// Whether `w` is an adjective that may stand before the noun of speech.
fn prenominal(w: &str) -> bool {
    super::LAUNCH_ADJECTIVES.contains(&w) || PRENOMINAL.contains(&w)
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
/// « reproches », « réquisitoire »).
fn voiced_words(toks: &[Tok], k: usize) -> Option<(usize, ClaimKind)> {
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
        _ => None,
    }
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

/// What may open the noun phrase of a headline's noun of speech (« le démenti », « la mise en
/// garde », « nouvel appel »).
const HEADLINE_OPENINGS: &[&str] = &[
    "le",
    "la",
    "l'",
    "les",
    "un",
    "une",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "nouvel",
    "nouveau",
    "nouvelle",
    "nouveaux",
    "nouvelles",
];

/// « Retour de l'épidémie, le démenti du ministère de la Santé », « Hausse des prix : la mise
/// en garde de la Banque de France », « Fermeture de la maternité : le coup de gueule du
/// maire », « Le cri d'alarme des pédiatres »: a headline with no verb, whose noun of speech
/// (opening it or after a comma, a colon or a dash) says whose words they are after « de »
/// (README « Session 20 »: a headline whose cue is a noun is a claim). Where the source's
/// words run (from a contracted « du », « des », as « à l'appel des syndicats »), the noun
/// (as `colon`) and the kind it names. Someone must follow « de »: a name, or a noun of
/// people, bodies or media (not « l'appel de la forêt », « l'appel du 18 juin »). Not a
/// sentence (a closing period, or a verb outside the noun: « Le démenti du ministre a
/// convaincu »), a tender (« l'appel d'offres de la mairie »), custody (« la mise en garde à
/// vue du suspect »: no « de » after the noun).
pub(in crate::brief::claims) fn headline_noun_cue(toks: &[Tok]) -> Option<ColonFrame> {
    let last = toks.last()?;
    if matches!(last.low.as_str(), "." | "?" | "!" | "…") && !last.quoted {
        return None;
    }
    let starts = (0..toks.len()).filter(|&k| {
        k == 0
            || !toks[k - 1].quoted
                && matches!(toks[k - 1].low.as_str(), "," | ":" | "-" | "–" | "—")
    });
    for start in starts {
        let mut noun = start;
        while toks
            .get(noun)
            .is_some_and(|t| !t.quoted && HEADLINE_OPENINGS.contains(&t.low.as_str()))
        {
            noun += 1;
        }
        // (« Critique de Marine Le Pen »: a bare noun heads a section, of or by her.)
        if noun == start {
            continue;
        }
        while toks.get(noun).is_some_and(|t| prenominal(&t.low)) {
            noun += 1;
        }
        let Some((end, kind)) = headline_said_noun(toks, noun) else {
            continue;
        };
        if a_tender(toks, noun) {
            return None;
        }
        let from = match toks.get(end + 1).map(|t| t.low.as_str()) {
            Some("de" | "d'") => end + 2,
            Some("du" | "des") => end + 1,
            _ => continue,
        };
        let source_end = np_end(toks, from);
        if !agent_speaks(toks, from)
            || verb_outside(toks, noun, end)
            || kind == ClaimKind::Call && !calls_for_after(toks, source_end + 1)
        {
            continue;
        }
        return Some(ColonFrame {
            source: (from, source_end),
            colon: noun,
            kind,
        });
    }
    None
}

/// Whether what a headline's « appel » calls for follows its source, at `at` (« l'appel des
/// syndicats à la grève », « au calme », « pour la paix »): without it, « l'appel du
/// parquet » is an appeal lodged in court, an act.
fn calls_for_after(toks: &[Tok], at: usize) -> bool {
    toks.get(at)
        .is_some_and(|t| !t.quoted && matches!(t.low.as_str(), "à" | "au" | "aux" | "pour"))
}

/// Whether a verb stands outside quotations and outside the noun from `noun` to `end` (the
/// tagger's reading: « garde », « alarme » are nouns there).
fn verb_outside(toks: &[Tok], noun: usize, end: usize) -> bool {
    let tags = pos::tags_of_lower_case(toks);
    (0..toks.len()).any(|k| {
        !(noun..=end).contains(&k) && !toks[k].quoted && matches!(tags[k], Upos::Verb | Upos::Aux)
    })
}

/// The noun of speech of a headline at `k` (see [`headline_noun_cue`]): those a light verb
/// voices (« appel », « mise en garde », « cri d'alarme », « plaidoyer »), a denial
/// (« démenti ») and an outburst (« coup de gueule », « coup de colère »): its last token and
/// kind. (Not « la critique de X », « les reproches de X »: of X or by X, the headline does
/// not say.)
fn headline_said_noun(toks: &[Tok], k: usize) -> Option<(usize, ClaimKind)> {
    let word = toks.get(k).filter(|t| t.word && !t.quoted)?;
    match word.low.as_str() {
        "critique" | "critiques" | "reproche" | "reproches" => None,
        "démenti" | "démentis" => Some((k, ClaimKind::Denial)),
        "coup" => {
            follows(toks, k + 1, &["de gueule", "de colère"]).map(|e| (e, ClaimKind::Position))
        }
        _ => voiced_words(toks, k),
    }
}
