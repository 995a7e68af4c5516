//! A call told to someone: the verb, who is told (a noun phrase, maybe after « à », maybe a
//! list set off by commas), then the particle and what to do, an infinitive (« appelle chaque
//! habitant, chaque commerce, à économiser l'eau », « ont appelé les élus de la ville, à
//! ouvrir une enquête », « a signifié aux grévistes de quitter l'usine », « a instruit le
//! ministre de lancer une enquête »). One reader for the verbs of calling that take their
//! object before the particle, and for the verbs of command that call only so (« signifier »,
//! « instruire », « intimer »: « cela signifie de repartir », « le juge instruit le dossier »
//! call for nothing).

use super::super::pos::{self, Upos};
use super::super::tokens::Tok;
use super::infinitive_follows;
use crate::brief::lexicon;

/// Verbs that make a call only when told to someone (see the module's note).
pub(super) const COMMANDING: &[&str] = &["signifier", "instruire", "intimer"];

/// The particle before the infinitive that the call verb `lemma` takes (its listed
/// particles `phrases`): « à » (« appeler », « inviter », « encourager ») or « de »
/// (« presser », « prier », and the verbs of [`COMMANDING`]).
fn particles_of(lemma: &str, phrases: &[&str]) -> &'static [&'static str] {
    if COMMANDING.contains(&lemma) || phrases.contains(&"de") {
        &["de", "d'"]
    } else if phrases.contains(&"à") {
        &["à"]
    } else {
        &[]
    }
}

/// Commands whose object is who is told only after « à » (« signifier à quelqu'un de »,
/// « intimer à quelqu'un de »): « a signifié ses intentions de se présenter » says what,
/// to no one.
const DATIVE_ONLY: &[&str] = &["signifier", "intimer"];

/// Whether `t` is a dative particle (« à », « au », « aux »).
fn dative(t: &Tok) -> bool {
    matches!(t.low.as_str(), "à" | "au" | "aux")
}

/// What may open the noun phrase of who is told after `lemma`: a determiner, « chaque », a
/// dative (« aux grévistes ») or a name; only a dative after the verbs of [`DATIVE_ONLY`].
fn opens_whom(lemma: &str, t: &Tok) -> bool {
    if t.quoted || !t.word {
        return false;
    }
    if DATIVE_ONLY.contains(&lemma) {
        return dative(t);
    }
    lexicon::DETERMINERS.contains(&t.low.as_str()) || t.low == "chaque" || dative(t) || t.upper
}

/// Words that end who is told before any particle: a clause, a quotation, a stop.
fn ends_whom(t: &Tok) -> bool {
    t.quoted
        || matches!(
            t.low.as_str(),
            "que" | "qu'" | "qui" | ";" | ":" | "." | "?" | "!" | "(" | ")"
        )
}

/// The last token of a call told to someone after the verb `lemma` (the particle), reading
/// from `at` (past the adjuncts after the verb): who is told, in at most a dozen tokens,
/// then the particle and an infinitive the tagger reads as a verb (not « à savoir », nor the
/// « de » of a complement, « les élus de la ville »).
pub(super) fn told_to_do(toks: &[Tok], at: usize, lemma: &str, phrases: &[&str]) -> Option<usize> {
    let particles = particles_of(lemma, phrases);
    if particles.is_empty() || !toks.get(at).is_some_and(|t| opens_whom(lemma, t)) {
        return None;
    }
    let mut tags: Option<Vec<Upos>> = None;
    for k in at + 1..(at + 14).min(toks.len()) {
        let t = &toks[k];
        if ends_whom(t) {
            return None;
        }
        if !particles.contains(&t.low.as_str()) || !infinitive_follows(toks, k + 1) {
            continue;
        }
        let verb_at = if matches!(toks[k + 1].low.as_str(), "s'" | "se") {
            k + 2
        } else {
            k + 1
        };
        if toks[verb_at].low == "savoir" {
            return None;
        }
        let tags = tags.get_or_insert_with(|| pos::tags_of_lower_case(toks));
        if tags.get(verb_at) == Some(&Upos::Verb) {
            return Some(k);
        }
    }
    None
}
