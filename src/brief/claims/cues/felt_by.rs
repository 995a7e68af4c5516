//! Someone's feeling told through what stirs it: they are the object of a verb of worry or
//! of shock (« ces fermetures inquiètent les habitants », « la réforme préoccupe les
//! syndicats », « cette décision choque l'ancien bâtonnier », « n'ébranle pas le
//! gouvernement »), what « laisser » leaves in a feeling (« cette version laisse la famille
//! perplexe », « laissant pantois les riverains »), or the place a feeling rises in
//! (« l'inquiétude monte chez les salariés », « la colère gronde chez les agriculteurs »). The
//! press narrates a mood so, and whoever feels it holds the view as when « les riverains sont
//! inquiets » (README « Session 19 »; « Session 21 »: « une menace … inquiète Karel » is
//! Karel's `position`, a feeling narrated of a person whatever the syntax). Only people,
//! roles or institutions (a plural common noun, a definite singular one, a name; not
//! « inquiète les marchés », a thing), closing the sentence (not before an incise that credits
//! the clause to a speaker), in a sentence that quotes no one (words in quotation marks used
//! as a noun of the narration aside: « c'est la « volonté de ne pas savoir » qui choque … »).

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

/// Verbs whose object is shocked, angered, shaken or let down (« choquer », « indigner »,
/// « révolter », « scandaliser », « consterner », « exaspérer », « agacer », « irriter »,
/// « ulcérer », « ébranler », « décevoir », « étonner »): their active third-person forms and
/// past participles (after « a » / « ont »). Not « surprendre » (« ont surpris les
/// cambrioleurs », caught) nor « rassurer » (its subject speaks).
const STIRRING: &[&str] = &[
    "choque",
    "choquent",
    "choquait",
    "choquaient",
    "choqué",
    "indigne",
    "indignent",
    "indigné",
    "révolte",
    "révoltent",
    "révolté",
    "scandalise",
    "scandalisent",
    "scandalisé",
    "consterne",
    "consternent",
    "consterné",
    "exaspère",
    "exaspèrent",
    "exaspéré",
    "agace",
    "agacent",
    "agaçait",
    "agacé",
    "irrite",
    "irritent",
    "irrité",
    "ulcère",
    "ulcèrent",
    "ulcéré",
    "ébranle",
    "ébranlent",
    "ébranlé",
    "déçoit",
    "déçoivent",
    "décevait",
    "déçu",
    "étonne",
    "étonnent",
    "étonné",
];

/// Forms of « laisser » that leave someone in a feeling (« laisse la famille perplexe »,
/// « laissant pantois les riverains »).
const LEAVING: &[&str] = &[
    "laisse",
    "laissent",
    "laissait",
    "laissaient",
    "laissé",
    "laissant",
];

/// Feelings « laisser » leaves someone in, besides [`lexicon::NARRATED_STANCES`] (« sceptique »,
/// « dubitatif »).
const LEFT_IN: &[&str] = &[
    "perplexe",
    "perplexes",
    "pantois",
    "songeur",
    "songeuse",
    "songeurs",
    "amer",
    "amère",
    "amers",
    "indifférent",
    "indifférente",
    "indifférents",
    "désemparé",
    "désemparée",
    "désemparés",
];

/// Whether `t` is a feeling « laisser » leaves someone in ([`LEFT_IN`], or a narrated stance).
pub(in crate::brief::claims) fn is_feeling_left_in(t: &Tok) -> bool {
    t.word
        && !t.quoted
        && (LEFT_IN.contains(&t.low.as_str())
            || lexicon::NARRATED_STANCES.contains(&t.low.as_str()))
}

/// Whether `t` is a form of « laisser » that leaves someone in a feeling ([`LEAVING`]).
pub(in crate::brief::claims) fn leaves_in_a_feeling(t: &Tok) -> bool {
    LEAVING.contains(&t.low.as_str())
}

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
    let low = t.low.as_str();
    let (group_at, end) = if low == "chez" {
        let at = feeling_rises_before(toks, i).then_some(i + 1)?;
        (at, super::super::speaker::np_end(toks, at))
    } else if (WORRYING.contains(&low) || STIRRING.contains(&low)) && worries_someone(toks, i) {
        let at = past_adverbs(toks, i + 1);
        (at, super::super::speaker::np_end(toks, at))
    } else if LEAVING.contains(&low) && worries_someone(toks, i) {
        left_in_a_feeling(toks, i + 1)?
    } else {
        return None;
    };
    // (The group closes the sentence: « Cette décision inquiète les syndicats, a indiqué le
    // maire » is the mayor's words, not a mood the article narrates.)
    let closes = toks[end + 1..]
        .iter()
        .all(|t| !t.word && !t.quoted && t.low != ",");
    // (A sentence that quotes someone is about those words: « « Le pont va céder » : cette
    // rumeur a inquiété les riverains ». Words in quotation marks after a determiner are a
    // noun of the narration: « c'est la « volonté de ne pas savoir » qui choque X ».)
    let quotes = toks.iter().enumerate().any(|(k, t)| {
        let opens_run = t.quoted && (k == 0 || !toks[k - 1].quoted);
        let after_determiner =
            k >= 2 && !toks[k - 1].word && lexicon::DETERMINERS.contains(&toks[k - 2].low.as_str());
        opens_run && !after_determiner
    });
    let someone = names_a_group(toks, group_at) || names_one(toks, group_at);
    (someone && closes && !quotes).then_some(group_at)
}

/// After « laisser » at `at - 1`, who is left in a feeling, and the last token of the phrase:
/// someone then the feeling (« laisse la famille perplexe »), or the feeling then someone
/// (« laissant pantois les riverains »), adverbs of degree allowed before the feeling.
fn left_in_a_feeling(toks: &[Tok], at: usize) -> Option<(usize, usize)> {
    let feeling = |k: usize| {
        let k = past_adverbs(toks, k);
        toks.get(k).is_some_and(is_feeling_left_in).then_some(k)
    };
    if let Some(f) = feeling(at) {
        let who = f + 1;
        return Some((who, super::super::speaker::np_end(toks, who)));
    }
    let end = super::super::speaker::np_end(toks, at);
    // (np_end may take the adjective in: look for it inside the phrase too.)
    let f = (at + 1..=end + 1).find(|&k| feeling(k) == Some(k))?;
    Some((at, f))
}

/// Whether one person, role or institution opens at `at`: a definite or possessive singular
/// determiner and a noun of someone who can speak (people, roles, institutions, sources), adjectives of a former or acting
/// holder between (« l'ancien bâtonnier », « le gouvernement », « la famille », « son
/// avocat »), or a capitalized name (« Karel », « Paul Martin »).
fn names_one(toks: &[Tok], at: usize) -> bool {
    let Some(first) = toks.get(at).filter(|t| t.word && !t.quoted) else {
        return false;
    };
    if first.upper && !lexicon::DETERMINERS.contains(&first.low.as_str()) {
        return !lexicon::is_not_name(&first.low);
    }
    if !matches!(
        first.low.as_str(),
        "le" | "la" | "l'" | "son" | "sa" | "leur" | "ce" | "cet" | "cette"
    ) {
        return false;
    }
    let mut h = at + 1;
    while toks
        .get(h)
        .is_some_and(|t| super::super::speaker::ROLE_ADJECTIVES.contains(&t.low.as_str()))
    {
        h += 1;
    }
    toks.get(h).is_some_and(|head| {
        head.word && !head.quoted && super::super::speaker::can_speak(&head.low)
    })
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
    // (« ce comportement est indigne des élus »: an adjective after a copula.)
    let copula = super::ETRE.contains(&prev.low.as_str());
    if clitic || copula || lexicon::DETERMINERS.contains(&prev.low.as_str()) {
        return false;
    }
    // (« a inquiété les riverains »: the participle only after « avoir ».)
    if toks[i].low.ends_with('é') {
        return matches!(prev.low.as_str(), "a" | "ont" | "avait" | "avaient");
    }
    true
}

/// The first token after adverbs from `at` (« inquiètent logiquement les salariés », « n'ébranle
/// pas le gouvernement »), not past a determiner (« le » is a clitic to the adverbs' list).
fn past_adverbs(toks: &[Tok], at: usize) -> usize {
    let mut k = at;
    while toks.get(k).is_some_and(|t| {
        t.word
            && !t.quoted
            && !lexicon::DETERMINERS.contains(&t.low.as_str())
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
