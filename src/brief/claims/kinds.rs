//! Speaker kinds settled once the whole article is read. The words a row shows may stand for
//! someone the article names elsewhere, before or after them; the kind says so, whoever the
//! back-references did or did not reach (this pass changes kinds, never speakers).
//!
//! - A role noun for one person the article names as holding it (« la ministre » in an
//!   article that names « Marie Roux, ministre de la Santé », « le juge Dumas ») is that
//!   person's: `person`, as the sets annotate a named person shown by the role the article
//!   uses for them. A role the article gives no holder's name (« le maire » of an article that
//!   names no mayor) stays `role`.
//! - A definite epithet for a human read as a body, a demonym (« l'Allemand de 27 ans »,
//!   « le Lyonnais ») or a noun of agent with its complement (« le sélectionneur de la
//!   Gambie », « le nouvel homme fort du pays »), is a person when the article names people;
//!   so is a role its speaker no longer holds (« l'ex-sélectionneur de la Gambie »), read as a
//!   role by the claims pass.

use super::coreference::{determiner_gender, People, Person};
use super::path::SpeakerPath;
use super::speaker::{agent_noun, is_finite_verb, ROLE_ADJECTIVES};
use super::tokens::{tokenize, Tok};
use crate::brief::lexicon::{self, Gender};
use crate::model::{Claim, SpeakerKind};
use std::collections::HashMap;

/// Settles the kind of every claim's speaker against the article's named people and its
/// sentences as the claims pass read them (`sentences`: each sentence's tokens, not
/// tokenized again here).
pub(super) fn settle(claims: &mut [(Claim, SpeakerPath)], people: &People, sentences: &[&[Tok]]) {
    let named = NamedInText::find(people, sentences);
    // (Many rows share one speaker's words: each is settled once.)
    let mut settled: HashMap<(String, SpeakerKind), bool> = HashMap::new();
    for (claim, _) in claims.iter_mut() {
        let key = (claim.speaker.clone(), claim.speaker_kind);
        let person = *settled.entry(key).or_insert_with(|| {
            let toks: Vec<Tok> = tokenize(&claim.speaker)
                .into_iter()
                .filter(|t| t.word)
                .collect();
            match claim.speaker_kind {
                SpeakerKind::Role => {
                    role_of_a_named_holder(&claim.speaker, &toks, &named, sentences)
                        || former_holder(&toks) && human_epithet(&toks) && !named.is_empty()
                }
                SpeakerKind::Organization => human_epithet(&toks) && !named.is_empty(),
                _ => false,
            }
        });
        if person {
            claim.speaker_kind = SpeakerKind::Person;
        }
    }
}

/// A person the article names, with how many words its name has and where the sentences
/// write it (sentence, first token), found once for the whole article.
struct NamedInText<'p> {
    person: &'p Person,
    name_len: usize,
    written_at: Vec<(usize, usize)>,
}

impl<'p> NamedInText<'p> {
    fn find(people: &'p People, sentences: &[&[Tok]]) -> Vec<Self> {
        // Where each word is written (sentence, token), in article order: a name is sought
        // only where its first word stands.
        let mut places: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
        for (s, toks) in sentences.iter().enumerate() {
            for (a, t) in toks.iter().enumerate() {
                places.entry(t.low.as_str()).or_default().push((s, a));
            }
        }
        people
            .mentions
            .iter()
            .filter(|p| named_person(p))
            .map(|person| {
                let words: Vec<String> = tokenize(&person.name)
                    .into_iter()
                    .filter(|t| t.word)
                    .map(|t| t.low)
                    .collect();
                let written_at = match words.first().and_then(|w| places.get(w.as_str())) {
                    Some(firsts) => firsts
                        .iter()
                        .copied()
                        .filter(|&(s, a)| {
                            let toks = &sentences[s][a..];
                            toks.len() >= words.len()
                                && words.iter().zip(toks).all(|(n, t)| *n == t.low)
                        })
                        .collect(),
                    None => Vec::new(),
                };
                NamedInText {
                    person,
                    name_len: words.len(),
                    written_at,
                }
            })
            .collect()
    }
}

/// A person the article names (not a role or a body it mentions).
fn named_person(p: &Person) -> bool {
    p.kind == SpeakerKind::Person
}

/// The words of a singular definite or demonstrative noun phrase after its determiner and the
/// adjectives before its head (« le nouveau ministre » → « ministre »), or `None`.
fn after_singular_determiner(toks: &[Tok]) -> Option<&[Tok]> {
    let (det, rest) = toks.split_first()?;
    if !matches!(
        det.low.as_str(),
        "le" | "la" | "l'" | "ce" | "cet" | "cette"
    ) {
        return None;
    }
    let skip = rest
        .iter()
        .take_while(|t| {
            ROLE_ADJECTIVES.contains(&t.low.as_str())
                || matches!(t.low.as_str(), "nouvel" | "récent" | "récente")
        })
        .count();
    Some(&rest[skip..]).filter(|r| !r.is_empty())
}

/// « la ministre », « le gouverneur de la Banque », « le juge Dumas »: a singular role whose
/// holder the article names, written beside the name with that role's noun and every word of
/// its complement (« de la Banque »), or the name itself right after the role.
fn role_of_a_named_holder(
    speaker: &str,
    toks: &[Tok],
    named: &[NamedInText],
    sentences: &[&[Tok]],
) -> bool {
    let Some(body) = after_singular_determiner(toks) else {
        return false;
    };
    let gender = determiner_gender(speaker);
    let named: Vec<&NamedInText> = named
        .iter()
        .filter(|n| {
            let p = n.person;
            gender == Gender::Unknown || p.gender == Gender::Unknown || p.gender == gender
        })
        .collect();
    // (« le juge Dumas », « le colonel Randria »: the name written right after the role,
    // not a complement's, « l'avocat du caporal Dumas ».)
    let name_words: Vec<&str> = body[1..]
        .iter()
        .take_while(|t| t.upper)
        .map(|t| t.low.as_str())
        .collect();
    if !name_words.is_empty()
        && name_words.len() + 1 == body.len()
        && named.iter().any(|n| {
            let name = n.person.name.to_lowercase();
            name_words
                .iter()
                .all(|w| name.split_whitespace().any(|n| n == *w))
        })
    {
        return true;
    }
    let role = RoleWords {
        head: body[0].low.as_str(),
        complement: body
            .iter()
            .skip_while(|t| !is_de(t))
            .filter(|t| {
                !is_de(t)
                    && !lexicon::DETERMINERS.contains(&t.low.as_str())
                    && !SCOPE_NOUNS.contains(&t.low.as_str())
            })
            .map(|t| t.low.as_str())
            .collect(),
    };
    named.iter().any(|n| {
        n.written_at
            .iter()
            .any(|&(s, a)| role.beside(sentences[s], a, n.name_len))
    })
}

/// Nouns of the territory a role's complement may restate instead of naming it (« le maire
/// de la commune », « le bourgmestre de la Ville de Bruxelles », « le gouverneur de la
/// province »): the holder's scope as the story already set it, no word a name beside the role
/// must repeat.
const SCOPE_NOUNS: &[&str] = &[
    "commune",
    "ville",
    "localité",
    "municipalité",
    "agglomération",
    "pays",
    "région",
    "département",
    "province",
    "canton",
];

/// « de », « du », « des », « d' »: what opens a role's complement.
fn is_de(t: &Tok) -> bool {
    matches!(t.low.as_str(), "de" | "du" | "des" | "d'")
}

/// A role's head noun and the words of its complement (« gouverneur », [« banque »,
/// « france »]).
struct RoleWords<'a> {
    head: &'a str,
    complement: Vec<&'a str>,
}

impl RoleWords<'_> {
    /// Whether the sentence `toks` writes this role in apposition to the name written at `a`
    /// (`name_len` words): before it, with no verb between (« le ministre de la Culture Paul
    /// Roy », « la ministre, Marie Roux »), or after it and a comma (« Marie Roux, ministre de la
    /// Culture »). Not a role the rules guessed for a name from the order of speaking (« … a dit
    /// le magistrat. … a poursuivi Me Roux »).
    fn beside(&self, toks: &[Tok], a: usize, name_len: usize) -> bool {
        self.role_before(toks, a) || self.role_after(toks, a + name_len - 1)
    }

    /// The role's head within a few words before the name, no verb or clause break between,
    /// its complement's words between them.
    fn role_before(&self, toks: &[Tok], a: usize) -> bool {
        let from = a.saturating_sub(12);
        let Some(h) = (from..a).rev().find(|&k| {
            toks[k].low == self.head
                || !toks[k].word && !matches!(toks[k].low.as_str(), "," | "-")
                || is_finite_verb(&toks[k])
                || matches!(toks[k].low.as_str(), "qui" | "que" | "qu'")
        }) else {
            return false;
        };
        toks[h].low == self.head && self.complement_in(&toks[h + 1..a])
    }

    /// « Marie Roux, ministre de la Culture », « Marie Roux, la ministre »: the role's head
    /// after the name's comma, its complement's words after it.
    fn role_after(&self, toks: &[Tok], b: usize) -> bool {
        if toks.get(b + 1).is_none_or(|t| t.low != ",") {
            return false;
        }
        let mut h = b + 2;
        if toks
            .get(h)
            .is_some_and(|t| matches!(t.low.as_str(), "le" | "la" | "l'"))
        {
            h += 1;
        }
        toks.get(h).is_some_and(|t| t.low == self.head)
            && self.complement_in(&toks[h + 1..toks.len().min(h + 13)])
    }

    /// Whether every word of the role's complement is among `words`.
    fn complement_in(&self, words: &[Tok]) -> bool {
        self.complement
            .iter()
            .all(|w| words.iter().any(|t| t.low == *w))
    }
}

/// « l'Allemand de 27 ans », « le Lyonnais », « le sélectionneur de la Gambie », « le nouvel
/// homme fort du pays »: a definite singular epithet whose head names a human, a demonym
/// (capitalized, alone or with an age) or a noun of agent.
fn human_epithet(toks: &[Tok]) -> bool {
    if !toks
        .first()
        .is_some_and(|d| matches!(d.low.as_str(), "le" | "la" | "l'"))
    {
        return false;
    }
    let Some(body) = after_singular_determiner(toks) else {
        return false;
    };
    let head = &body[0];
    let low = lexicon::without_former(&head.low);
    if head.upper {
        return demonym(low) && (body.len() == 1 || tells_an_age(&body[1..]));
    }
    // (« le chimiste Arkema », « le constructeur Renault »: a descriptor before a name, whose
    // kind the name tells.)
    let named_after = body.get(1).is_some_and(|t| t.upper);
    !low.ends_with('s') && !named_after && (agent_noun(low) || matches!(low, "homme" | "femme"))
}

/// « l'ex-sélectionneur de la Gambie »: a role its speaker no longer holds, an epithet for
/// someone (no holder of the role to look for), read as [`human_epithet`] reads one.
fn former_holder(toks: &[Tok]) -> bool {
    after_singular_determiner(toks).is_some_and(|body| body[0].low.starts_with("ex-"))
}

/// A demonym by its ending (« allemand », « lyonnais », « franco-bosniaque »), no place's or
/// institution's name.
fn demonym(low: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ien", "ienne", "ais", "aise", "ois", "oise", "and", "ande", "ain", "aine", "aque",
    ];
    let last = low.rsplit('-').next().unwrap_or(low);
    ENDINGS.iter().any(|e| last.ends_with(e))
        && !lexicon::PLACES.contains(&low)
        && !lexicon::ORG_WORDS.contains(&low)
        && !lexicon::MEDIA_NAMES.contains(&low)
}

/// « de 27 ans », « âgé de 40 ans »: an age after the head.
fn tells_an_age(rest: &[Tok]) -> bool {
    let words: Vec<&str> = rest.iter().map(|t| t.low.as_str()).collect();
    matches!(
        words.as_slice(),
        ["de", n, "ans"] | ["âgé" | "âgée", "de", n, "ans"] if n.chars().all(|c| c.is_ascii_digit())
    )
}
