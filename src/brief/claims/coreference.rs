//! Coreference: the people and media named so far in the article, and what a pronoun
//! (« il », « selon elle ») or a demonstrative (« ce journal ») refers back to.

use super::speaker::{apposition, capitalized_runs, looks_like_person, Speaker};
use super::tokens::{slice, Tok};
use crate::brief::lexicon::{self, Gender};
use crate::model::{Claim, SpeakerKind};

/// « selon ces publications » names the media cited last (a plural demonstrative, the last
/// list of several media): the speaker gets them in brackets.
pub(super) fn resolve_demonstrative_media(claim: &mut Claim, last: &mut LastMedia) {
    let low = claim.speaker.to_lowercase();
    let plural = low.starts_with("ces ");
    let singular = ["ce ", "cet ", "cette "].iter().any(|d| low.starts_with(d));
    if claim.speaker_kind == SpeakerKind::Media && (plural || singular) {
        let media = if plural {
            last.several.as_deref().or(last.one.as_deref())
        } else {
            last.one.as_deref()
        };
        if let Some(media) = media {
            claim.speaker = format!("{} ({media})", claim.speaker);
        }
    } else if claim.speaker_kind == SpeakerKind::Media {
        last.one = Some(claim.speaker.clone());
    } else if let Some((_, media)) = claim.speaker.split_once(", cités par ") {
        if media.contains(" et ") {
            last.several = Some(media.to_string());
        } else {
            last.one = Some(media.to_string());
        }
    }
}

/// The media cited last: one medium, and the last list of several.
#[derive(Debug, Default)]
pub(super) struct LastMedia {
    pub(super) one: Option<String>,
    pub(super) several: Option<String>,
}

pub(super) fn claim_gender(claim: &Claim) -> Gender {
    match claim.role.as_deref() {
        Some(role) => role_gender(role),
        None => Gender::Unknown,
    }
}

/// The gender a determiner gives its noun phrase (« le maire », « la préfecture »).
pub(super) fn determiner_gender(np: &str) -> Gender {
    let low = np.to_lowercase();
    match low.split_whitespace().next().unwrap_or("") {
        "le" | "un" | "ce" | "cet" | "du" => Gender::Male,
        "la" | "une" | "cette" => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// The speaker a subject pronoun stands for: the entity of matching gender named last (a
/// person, or a role or organization that spoke), or the pronoun itself, unresolved.
pub(super) fn pronoun_speaker(pronoun: &str, people: &People) -> Speaker {
    let gender = match pronoun {
        "il" | "ils" => Gender::Male,
        "elle" | "elles" => Gender::Female,
        _ => Gender::Unknown,
    };
    if matches!(pronoun, "il" | "elle") {
        if let Some(entity) = people.last(gender) {
            return Speaker {
                name: entity.name.clone(),
                role: entity.role.clone(),
                kind: entity.kind,
            };
        }
    }
    Speaker {
        name: pronoun.to_string(),
        role: None,
        kind: SpeakerKind::Unattributed,
    }
}

pub(super) fn role_gender(role: &str) -> Gender {
    let low = role.to_lowercase();
    let first = low.split_whitespace().next().unwrap_or("");
    match first {
        "la" | "une" => Gender::Female,
        "le" | "un" => Gender::Male,
        _ if ["présidente", "conseillère", "directrice", "ministre"]
            .iter()
            .any(|w| first == *w && *w != "ministre") =>
        {
            Gender::Female
        }
        _ => Gender::Unknown,
    }
}

/// An entity named in the article: a person, or a role or organization that spoke.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Person {
    pub(super) name: String,
    pub(super) role: Option<String>,
    pub(super) gender: Gender,
    pub(super) kind: SpeakerKind,
    /// The sentence (0-based) it was last named in.
    pub(super) sentence: usize,
}

/// The entities named so far, in order of mention, for pronouns and back-references.
#[derive(Debug, Default)]
pub(super) struct People {
    pub(super) mentions: Vec<Person>,
    /// The media cited last (for « selon ces publications »).
    pub(super) last_media: LastMedia,
    /// Unnamed sources and people that spoke (« une source sécuritaire », « un habitant »).
    pub(super) anonymous: Vec<String>,
    /// The sentence being read (0-based).
    pub(super) sentence: usize,
}

/// Words that name the same role (« le premier magistrat » is the mayor).
const ROLE_SYNONYMS: &[(&str, &str)] = &[("premier magistrat", "maire")];

impl People {
    /// Records every person named in a sentence (capitalized runs that look like names), with
    /// the role an apposition or a preceding role noun gives them.
    pub(super) fn observe(&mut self, text: &str, toks: &[Tok]) {
        self.observe_until(text, toks, toks.len());
    }

    /// Records the people named in tokens `..end` (those before a cue, so « lorsqu'il a
    /// affirmé » after « le général Michel Aoun » finds him).
    pub(super) fn observe_until(&mut self, text: &str, toks: &[Tok], end: usize) {
        let end = end.min(toks.len());
        if end == 0 {
            return;
        }
        for (a, b) in capitalized_runs(toks, 0, end - 1) {
            let words: Vec<&str> = toks[a..=b].iter().map(|t| t.low.as_str()).collect();
            let titled = a > 0 && lexicon::TITLES.contains(&toks[a - 1].low.as_str());
            if !looks_like_person(&words) && !titled {
                continue;
            }
            let name = slice(text, toks, a, b);
            let mut gender = lexicon::first_name_gender(words[0]).unwrap_or(Gender::Unknown);
            let role = apposition(text, toks, b + 1).or_else(|| role_before(text, toks, a));
            if gender == Gender::Unknown {
                if let Some(role) = &role {
                    gender = role_gender(role);
                }
                if a > 0 && matches!(toks[a - 1].low.as_str(), "mme" | "madame" | "mlle") {
                    gender = Gender::Female;
                } else if a > 0 && matches!(toks[a - 1].low.as_str(), "m." | "monsieur") {
                    gender = Gender::Male;
                }
            }
            self.push(&name, gender);
            if let (Some(role), Some(last)) = (role, self.mentions.last_mut()) {
                if last.role.is_none() {
                    last.role = Some(role);
                }
            }
        }
    }

    /// Records the speaker of a claim: a person, or a role or organization whose determiner
    /// gives a gender (so « il » can stand for « le maire »).
    pub(super) fn record(&mut self, claim: &Claim) {
        match claim.speaker_kind {
            SpeakerKind::Person => {
                self.push(&claim.speaker, claim_gender(claim));
                if let (Some(role), Some(last)) = (&claim.role, self.mentions.last_mut()) {
                    last.role = Some(role.clone());
                }
            }
            SpeakerKind::Role | SpeakerKind::Organization => {
                let gender = determiner_gender(&claim.speaker);
                if gender != Gender::Unknown {
                    self.mentions.retain(|p| p.name != claim.speaker);
                    self.mentions.push(Person {
                        name: claim.speaker.clone(),
                        role: claim.role.clone(),
                        gender,
                        kind: claim.speaker_kind,
                        sentence: self.sentence,
                    });
                }
            }
            SpeakerKind::Anonymous => {
                let base = claim.speaker.split(" (").next().unwrap_or("").to_string();
                self.anonymous.push(base);
            }
            _ => {}
        }
    }

    pub(super) fn push(&mut self, name: &str, gender: Gender) {
        let known = self
            .mentions
            .iter()
            .rev()
            .find(|p| p.name == name)
            .map(|p| (p.gender, p.role.clone()));
        let (gender, role) = match known {
            Some((g, role)) if gender == Gender::Unknown => (g, role),
            Some((_, role)) => (gender, role),
            None => (gender, None),
        };
        self.mentions.push(Person {
            name: name.to_string(),
            role,
            gender,
            kind: SpeakerKind::Person,
            sentence: self.sentence,
        });
    }

    /// The entity of matching gender named last: a person of unknown gender matches either;
    /// a role or organization only its own gender.
    pub(super) fn last(&self, gender: Gender) -> Option<&Person> {
        self.mentions.iter().rev().find(|p| {
            if p.kind != SpeakerKind::Person {
                return gender != Gender::Unknown && p.gender == gender;
            }
            gender == Gender::Unknown || p.gender == gender || p.gender == Gender::Unknown
        })
    }

    pub(super) fn by_surname(&self, surname: &str) -> Option<&Person> {
        self.mentions.iter().rev().find(|p| {
            p.kind == SpeakerKind::Person
                && p.name
                    .to_lowercase()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| last == surname)
        })
    }

    /// The person a definite role (« le porte-parole », « la pharmacienne ») refers back to:
    /// the one named last whose role holds that noun and the words of its complement.
    pub(super) fn by_role(&self, role_words: &[&str]) -> Option<&Person> {
        let mut words: Vec<String> = role_words.iter().map(|w| w.to_string()).collect();
        let joined = words.join(" ");
        for (from, to) in ROLE_SYNONYMS {
            if let Some(rest) = joined.strip_prefix(from) {
                words = std::iter::once(to.to_string())
                    .chain(rest.split_whitespace().map(str::to_string))
                    .collect();
            }
        }
        let content: Vec<&String> = words
            .iter()
            .filter(|w| !matches!(w.as_str(), "de" | "d'" | "du" | "des" | "la" | "le" | "l'"))
            .collect();
        let head = content.first()?;
        self.mentions.iter().rev().find(|p| {
            let Some(role) = &p.role else { return false };
            let role = role.to_lowercase().replace('’', "'");
            let role_words: Vec<&str> = role
                .split(|c: char| c.is_whitespace() || c == '\'')
                .collect();
            p.kind == SpeakerKind::Person
                && role_words
                    .iter()
                    .any(|w| *w == head.as_str() || w.trim_end_matches('s') == head.as_str())
                && content
                    .iter()
                    .all(|w| role.contains(w.trim_end_matches('\'')))
        })
    }

    /// The person « cet homme » / « cette femme » stands for: the one of that gender named
    /// in this sentence or the one before.
    pub(super) fn recent(&self, gender: Gender) -> Option<&Person> {
        self.mentions
            .iter()
            .rev()
            .take_while(|p| p.sentence + 1 >= self.sentence)
            .find(|p| p.kind == SpeakerKind::Person && p.gender == gender)
    }

    /// The unnamed source « la même source » / « ce témoin » refers back to: the last one that
    /// spoke whose words share the head noun.
    pub(super) fn anonymous_with(&self, head: &str) -> Option<&String> {
        self.anonymous.iter().rev().find(|a| {
            a.to_lowercase()
                .split_whitespace()
                .any(|w| w == head || w.trim_end_matches('s') == head)
        })
    }
}

/// A role noun phrase right before a name: « le maire Martial Bourquin », « une pharmacienne
/// du centre-ville, Claire Moreau ».
fn role_before(text: &str, toks: &[Tok], name: usize) -> Option<String> {
    let mut end = name.checked_sub(1)?;
    if toks[end].low == "," {
        end = end.checked_sub(1)?;
    }
    let mut from = end;
    loop {
        let t = &toks[from];
        if !t.word || t.quoted {
            return None;
        }
        if lexicon::ROLE_NOUNS.contains(&t.low.as_str())
            && (from == 0 || lexicon::DETERMINERS.contains(&toks[from - 1].low.as_str()))
        {
            break;
        }
        if from == 0 || end - from > 6 {
            return None;
        }
        from -= 1;
    }
    if toks[from..=end].iter().any(|t| t.upper) {
        return None; // « du président américain Joe Biden, »: another person's role.
    }
    if from > 0 && lexicon::DETERMINERS.contains(&toks[from - 1].low.as_str()) {
        from -= 1;
    }
    Some(slice(text, toks, from, end)).filter(|r| super::speaker::is_role(r))
}
