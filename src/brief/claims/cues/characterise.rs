//! Characterisation frames: someone calls someone or something a name or a judgement in their
//! own words. The quotation after the verb's particle vouches for the words being the
//! speaker's, so the object before it may be long (« a décrit l'avalanche, qui a touché une
//! cordée, comme étant la « plus meurtrière » », « traite sa fille de « petite-bourgeoise » »,
//! « qualifiant la situation économique au pays de « Justinflation » »), a pronoun before a
//! participle (« la qualifiant de « simulacre » »), or the name given stand alone (« avait
//! appelé la ministre « la bourgeoise du château » »). Without a quotation « traiter de »
//! deals with a topic (« le livre traite de la guerre ») and « appeler » summons or calls for
//! something (see the cues).

use super::super::tokens::{is_quote_mark, Tok};
use crate::brief::lexicon;

/// The most words the object holds before the particle (« l'intervention de la Russie en
/// Crimée, qu'elle a annexée en 2014, »).
const MAX_OBJECT_WORDS: usize = 16;

/// The most words of the object of « appeler » before the name it gives.
const MAX_NAMED_WORDS: usize = 6;

/// Verbs whose particle (« comme », « de ») introduces what their object is called.
pub(super) const CHARACTERISING: &[&str] = &[
    "décrire comme",
    "présenter comme",
    "qualifier",
    "taxer de",
    "traiter de",
];

/// From token `at`, right after a characterising verb: its object, then one of `phrases` (its
/// particle, « comme » or « de ») and an opening quotation, right after it or after « étant »
/// or a determiner (« comme la « plus meurtrière » », « de « simulacre » »). The particle's
/// index. The object holds no quotation, colon, semicolon or sentence end; it is empty when
/// `object_before`, a pronoun before the verb (« le traitaient de « traître » »).
pub(super) fn object_then_quoted(
    toks: &[Tok],
    at: usize,
    phrases: &[&str],
    object_before: bool,
) -> Option<usize> {
    let particles: &[&str] = if phrases.contains(&"comme") {
        &["comme"]
    } else if phrases.contains(&"de") {
        &["de", "d'"]
    } else {
        return None;
    };
    let mut words = 0;
    for k in at..toks.len() {
        let t = &toks[k];
        if t.quoted || is_quote_mark(t) || matches!(t.low.as_str(), ":" | ";" | "." | "?" | "!") {
            return None;
        }
        if (k > at) != object_before
            && particles.contains(&t.low.as_str())
            && quotation_opens(toks, k + 1)
        {
            return Some(k);
        }
        words += usize::from(t.word);
        if words > MAX_OBJECT_WORDS {
            return None;
        }
    }
    None
}

/// Whether a quotation opens at token `at`, after « étant », a determiner or both (« comme
/// étant la « plus meurtrière » »).
fn quotation_opens(toks: &[Tok], at: usize) -> bool {
    let opens = |k: usize| {
        toks.get(k).is_some_and(|t| !t.quoted && is_quote_mark(t))
            && toks.get(k + 1).is_some_and(|n| n.quoted && n.word)
    };
    let mut k = at + usize::from(toks.get(at).is_some_and(|t| t.low == "étant"));
    if toks
        .get(k)
        .is_some_and(|t| lexicon::DETERMINERS.contains(&t.low.as_str()))
    {
        k += 1;
    }
    opens(k)
}

/// Whether the verb at token `i`, a present participle, has an object pronoun right before it
/// that opens its clause (« , la qualifiant de « … » », « , le décrivant comme « … » ») and
/// its particle right after it: a determiner never stands there.
pub(super) fn clitic_before_participle(toks: &[Tok], i: usize, phrases: &[&str]) -> bool {
    toks[i].low.ends_with("ant")
        && i >= 2
        && matches!(toks[i - 1].low.as_str(), "le" | "la" | "les" | "l'")
        && (!toks[i - 2].word || toks[i - 2].low == "en")
        && !toks[i - 2].quoted
        && toks
            .get(i + 1)
            .is_some_and(|n| phrases.contains(&n.low.as_str()))
}

/// From token `at`, right after « appeler »: the name the speaker gives in a quotation closing
/// the clause, after an object of a few words or none (the object a pronoun before the verb:
/// « l'avait appelée la « châtelaine » »), a determiner before it at most (« a appelé Marine
/// Le Pen « la bourgeoise du château » », « appelle ce quartier « le ghetto » »). The index of
/// the last token before the quotation. Not a call (« appelle les habitants « au calme » »,
/// whose particle opens the quotation: the cue's own frame).
pub(super) fn names_in_quotes(toks: &[Tok], at: usize, object_before: bool) -> Option<usize> {
    let quote = (at..toks.len().min(at + MAX_NAMED_WORDS + 2))
        .find(|&k| is_quote_mark(&toks[k]) || toks[k].quoted)?;
    if toks[quote].quoted || !toks.get(quote + 1).is_some_and(|n| n.quoted && n.word) {
        return None;
    }
    let first_quoted = &toks[quote + 1];
    if matches!(first_quoted.low.as_str(), "à" | "au" | "aux" | "de" | "d'") {
        return None;
    }
    let before = &toks[at..quote];
    let plain = before.iter().all(|t| {
        t.word
            && !matches!(t.low.as_str(), "que" | "qu'" | "qui" | "à" | "au" | "aux")
            && !lexicon::is_verb_form(t.low.as_str())
    });
    // The object, then at most a determiner of the name (« la « châtelaine » »).
    let object_words = before.len()
        - usize::from(
            before
                .last()
                .is_some_and(|t| lexicon::DETERMINERS.contains(&t.low.as_str())),
        );
    let object_ok = if object_before {
        object_words == 0
    } else {
        (1..=MAX_NAMED_WORDS).contains(&object_words)
            && (before[0].upper || lexicon::DETERMINERS.contains(&before[0].low.as_str()))
    };
    // The quotation closes the clause: a sentence end, a comma or nothing after it.
    let close = (quote + 1..toks.len()).find(|&k| !toks[k].quoted)?;
    let closes = is_quote_mark(&toks[close])
        && toks
            .get(close + 1)
            .is_none_or(|n| matches!(n.low.as_str(), "." | "," | "!" | ";"));
    (plain && object_ok && closes).then(|| quote.saturating_sub(1).max(at.saturating_sub(1)))
}

/// Verbs of judging that may put their adjective before their object (« juge nécessaire une
/// réforme », « estime indispensable de », « trouve scandaleux que »).
const JUDGING: &[&str] = &["juger", "estimer", "considérer", "trouver"];

/// From token `at`, right after a verb of judging (see [`JUDGING`]): an adjective of judgement
/// (quoted or not), then what it judges: an object (« jugeait opportune une concertation »,
/// « considère prématurée toute discussion »), « de » and an infinitive (« juge utile de
/// rappeler ») or « que » (« jugent inacceptable que »). Not the adjective alone (« le
/// jury l'a jugé juste »), nor an adjective the lexicon does not list (« juge coupable le
/// prévenu », a verdict).
pub(super) fn judged_before_object(lemma: &str, toks: &[Tok], at: usize) -> bool {
    if !JUDGING.contains(&lemma) {
        return false;
    }
    let mut k = at;
    let quoted = toks.get(k).is_some_and(|t| {
        !t.quoted && is_quote_mark(t) && toks.get(k + 1).is_some_and(|n| n.quoted)
    });
    k += usize::from(quoted);
    if !toks
        .get(k)
        .is_some_and(|t| t.word && lexicon::is_judgement_adjective(&t.low))
    {
        return false;
    }
    k += 1;
    if quoted {
        k += usize::from(toks.get(k).is_some_and(|t| !t.quoted && is_quote_mark(t)));
    }
    // (« de » + an infinitive is one of the objects `opens_object` reads.)
    super::opens_object(toks.get(k))
}
