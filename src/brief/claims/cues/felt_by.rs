//! A group's feeling told through what stirs it: the group is the object of a verb of worry
//! (« ces fermetures inquiètent les habitants », « la réforme préoccupe les syndicats ») or
//! the place a feeling rises in (« l'inquiétude monte chez les salariés », « la colère gronde
//! chez les agriculteurs »). The press narrates a group's mood so, and the group holds the
//! view as when « les riverains sont inquiets » (README « Session 19 »: a feeling narrated of
//! a group is its `position`). Only a group named by a plural common noun of people or
//! institutions (not « inquiète les marchés », a thing; not one person whose private feeling
//! the story tells, « inquiète Karel »), closing the sentence (not before an incise that
//! credits the clause to a speaker), in a sentence that quotes no one.

use super::super::tokens::Tok;
use crate::brief::lexicon;

/// Verbs whose object feels the worry (« inquiéter », « préoccuper », « alarmer »): their
/// active third-person forms and past participles (after « a » / « ont »).
const WORRYING: &[&str] = &[
    "inquiète",
    "inquiètent",
    "inquiétait",
    "inquiétaient",
    "inquiété",
    "préoccupe",
    "préoccupent",
    "préoccupait",
    "préoccupaient",
    "préoccupé",
    // (Not « alarme », the noun as often: « le cri d'alarme des médecins ».)
    "alarment",
    "alarmait",
    "alarmaient",
    "alarmé",
];

/// Verbs a feeling rises or reigns by, before « chez » (« l'inquiétude monte chez »).
const RISING: &[&str] = &[
    "monte",
    "montent",
    "grandit",
    "grandissent",
    "gronde",
    "grondent",
    "règne",
    "domine",
];

/// Determiners of a group named in full (« les salariés », « ces habitants », « leurs
/// parents », « de nombreux élus »).
const GROUP_DETERMINERS: &[&str] = &["les", "des", "ces", "leurs", "nos", "plusieurs", "nombreux"];

/// The first token of the group that feels what the word at `i` tells (see the module's
/// note): the object of a verb of worry, or what follows « chez » after a rising feeling.
pub(super) fn felt_by(toks: &[Tok], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    if t.quoted || !t.word {
        return None;
    }
    let group_at = if t.low == "chez" {
        feeling_rises_before(toks, i).then_some(i + 1)?
    } else if WORRYING.contains(&t.low.as_str()) && worries_someone(toks, i) {
        past_adverbs(toks, i + 1)
    } else {
        return None;
    };
    // (The group closes the sentence: « Cette décision inquiète les syndicats, a indiqué le
    // maire » is the mayor's words, not a mood the article narrates.)
    let end = super::super::speaker::np_end(toks, group_at);
    let closes = toks[end + 1..]
        .iter()
        .all(|t| !t.word && !t.quoted && t.low != ",");
    // (A sentence that quotes someone is about those words: « « Le pont va céder » : cette
    // rumeur a inquiété les riverains ».)
    let quotes = toks.iter().any(|t| t.quoted);
    (names_a_group(toks, group_at) && closes && !quotes).then_some(group_at)
}

/// Whether the verb of worry at `i` is active with a noun object: not reflexive (« s'inquiète »,
/// a stance of its own subject), not after a clitic object (« les inquiète »), not a noun or
/// an adjective after a determiner (« l'alarme », « la famille inquiète »: a word before it
/// must be a subject's last word or an auxiliary); a participle only after « a » / « ont ».
fn worries_someone(toks: &[Tok], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    let clitic = matches!(
        prev.low.as_str(),
        "s'" | "se"
            | "m'"
            | "me"
            | "t'"
            | "te"
            | "nous"
            | "vous"
            | "l'"
            | "le"
            | "la"
            | "les"
            | "lui"
            | "leur"
    );
    if clitic || lexicon::DETERMINERS.contains(&prev.low.as_str()) {
        return false;
    }
    // (« a inquiété les riverains »: the participle only after « avoir ».)
    if toks[i].low.ends_with('é') {
        return matches!(prev.low.as_str(), "a" | "ont" | "avait" | "avaient");
    }
    true
}

/// The first token after adverbs from `at` (« inquiètent logiquement les salariés »).
fn past_adverbs(toks: &[Tok], at: usize) -> usize {
    let mut k = at;
    while toks.get(k).is_some_and(|t| {
        t.word
            && !t.quoted
            && (lexicon::ADVERBS.contains(&t.low.as_str())
                || t.low.ends_with("ment") && t.low.chars().count() > 6)
    }) {
        k += 1;
    }
    k
}

/// Whether « chez » at `chez` follows a feeling that rises: a noun of a stance shown
/// ([`lexicon::SHOWN_STANCES`]: « inquiétude », « colère », « exaspération ») as the subject
/// of a verb of [`RISING`], at most one adjective or adverb between (« la colère gronde
/// toujours chez », « une vive inquiétude règne chez »).
fn feeling_rises_before(toks: &[Tok], chez: usize) -> bool {
    let Some(verb) = (chez.saturating_sub(2)..chez)
        .rev()
        .find(|&k| RISING.contains(&toks[k].low.as_str()))
    else {
        return false;
    };
    (verb.saturating_sub(2)..verb)
        .any(|k| !toks[k].quoted && lexicon::SHOWN_STANCES.contains(&toks[k].low.as_str()))
}

/// Whether a group of people or institutions opens at `at`: a plural determiner, maybe
/// « de » or « nombreux », then a plural noun of people, roles or institutions (« les
/// salariés », « de nombreux parents », « les autorités sanitaires »).
fn names_a_group(toks: &[Tok], at: usize) -> bool {
    let low = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    let mut h = at;
    if low(h) == "de" && low(h + 1) == "nombreux" {
        h += 1;
    }
    if !GROUP_DETERMINERS.contains(&low(h)) {
        return false;
    }
    h += 1;
    if low(h) == "nombreux" {
        h += 1;
    }
    let Some(head) = toks.get(h) else {
        return false;
    };
    let listed = |w: &str| {
        lexicon::PEOPLE_NOUNS.contains(&w)
            || lexicon::ROLE_NOUNS.contains(&w)
            || lexicon::ORG_WORDS.contains(&w)
    };
    head.word
        && !head.quoted
        && !head.upper
        && head.low.ends_with(['s', 'x'])
        && (listed(&head.low) || head.low.strip_suffix('s').is_some_and(listed))
}
