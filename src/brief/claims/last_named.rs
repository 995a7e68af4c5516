//! « Cette dernière a renchéri », « Celle-ci avait expliqué »: a pointer opening a sentence
//! stands for the last entity of its gender the sentence before named, in the order of its
//! words (a person, a role, an organization, a medium, a source), not for whoever spoke last.
//! Each narrative sentence leaves, after it is read, the last one of each gender it named.

use super::coreference::{determiner_gender, determiner_plural, People};
use super::speaker::{
    article_in_contraction, can_speak, classify, is_finite_verb, np_end_before_verb, Speaker,
    ROLE_ADJECTIVES,
};
use super::tokens::{slice, Tok};
use crate::brief::lexicon::{self, Gender};
use crate::model::SpeakerKind;

/// The last entity of each gender a sentence named, outside quotations.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct LastNamed {
    /// The narrative sentence (0-based) read.
    pub(super) sentence: usize,
    male: Option<Last>,
    female: Option<Last>,
}

/// What the last entity of a gender a sentence named is.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Last {
    /// That entity, as the sentence named it (or the person its role stands for).
    Named(Speaker),
    /// A person of unknown gender was named after it: either may be meant.
    Unclear,
}

impl LastNamed {
    /// The last entity of `gender` the sentence named, if it named one.
    pub(super) fn of(&self, gender: Gender) -> Option<&Last> {
        match gender {
            Gender::Male => self.male.as_ref(),
            Gender::Female => self.female.as_ref(),
            _ => None,
        }
    }
}

/// Reads, in word order, the entities sentence `toks` names outside quotations (the people
/// `people` holds for this sentence, and the noun phrases after a determiner whose noun can
/// speak) and keeps the last one of each gender.
pub(super) fn last_named(text: &str, toks: &[Tok], people: &People) -> LastNamed {
    let mut named: Vec<(usize, Gender, Speaker)> = people_named(text, people);
    named.extend(phrases_named(text, toks, people));
    named.sort_by_key(|(at, _, _)| *at);
    let last_of = |gender: Gender| {
        let (at, _, speaker) = named.iter().rev().find(|(_, g, _)| *g == gender)?;
        // (« … la ministre, puis Dominique Lenoir. »: a person of unknown gender after her.)
        let unknown_after = named
            .iter()
            .any(|(a, g, s)| a > at && *g == Gender::Unknown && s.kind == SpeakerKind::Person);
        Some(if unknown_after {
            Last::Unclear
        } else {
            Last::Named(speaker.clone())
        })
    };
    LastNamed {
        sentence: people.sentence,
        male: last_of(Gender::Male),
        female: last_of(Gender::Female),
    }
}

/// The people named in the sentence being read, each where its name last stands in `text`.
fn people_named(text: &str, people: &People) -> Vec<(usize, Gender, Speaker)> {
    people
        .mentions
        .iter()
        .filter(|p| p.sentence == people.sentence && p.kind == SpeakerKind::Person && !p.quoted)
        .filter_map(|p| {
            let at = text.rfind(p.name.as_str())?;
            Some((at, p.gender, Speaker::of(p, SpeakerKind::Person)))
        })
        .collect()
}

/// The singular noun phrases after a determiner whose head can speak (« l'ancienne
/// ministre », « la chaîne de télévision locale X », « le porte-parole », « le Procureur »),
/// outside quotations, each with the gender its determiner gives.
fn phrases_named(text: &str, toks: &[Tok], people: &People) -> Vec<(usize, Gender, Speaker)> {
    let mut found = Vec::new();
    for (i, det) in toks.iter().enumerate() {
        if det.quoted
            || !SINGULAR_DETERMINERS.contains(&det.low.as_str())
            || in_relative_set_off(toks, i)
        {
            continue;
        }
        let mut h = i + 1;
        while toks
            .get(h)
            .is_some_and(|t| ROLE_ADJECTIVES.contains(&t.low.as_str()))
        {
            h += 1;
        }
        // (« le Procureur de la République »: a function some write with a capital is still
        // a function, not a name.)
        let Some(head) = toks.get(h).filter(|t| {
            t.word && !t.quoted && (!t.upper || lexicon::ROLE_NOUNS.contains(&t.low.as_str()))
        }) else {
            continue;
        };
        if !can_speak(&head.low) {
            continue;
        }
        // (« et le ministre reste prudent »: the phrase stops before its verb.)
        let end = np_end_before_verb(toks, i, h + 1);
        // (« a réclamé une enquête au ministre »: « au », « du » are « à le », « de le ».)
        let contracted = article_in_contraction(&det.low);
        let from = i + usize::from(contracted.is_some());
        let phrase = slice(text, toks, from, end);
        let gender = determiner_gender(contracted.unwrap_or(&phrase));
        if gender == Gender::Unknown || determiner_plural(&phrase) {
            continue;
        }
        let mut speaker = classify(text, toks, from, end, people);
        if let Some(article) = contracted.filter(|_| speaker.name.starts_with(char::is_lowercase)) {
            speaker.name = format!("{article} {}", speaker.name);
        }
        if matches!(
            speaker.kind,
            SpeakerKind::Person
                | SpeakerKind::Role
                | SpeakerKind::Organization
                | SpeakerKind::Media
                | SpeakerKind::Anonymous
        ) {
            found.push((det.start, gender, speaker));
        }
    }
    found
}

/// Whether `toks[at]` stands inside a relative clause set off by commas (« L'élue X, qui
/// siège sur les bancs de l'opposition, a répondu »): what it names is background to the
/// noun the clause describes, not who a pointer in the next sentence takes up.
fn in_relative_set_off(toks: &[Tok], at: usize) -> bool {
    let opening = toks[..at]
        .iter()
        .rposition(|t| !t.quoted && t.low == ",")
        .filter(|&comma| {
            toks.get(comma + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "qui" | "dont"))
        });
    // (Closed by the main clause's verb after its comma: « X, qui siège …, a répondu »; not
    // by any comma, « le préfet, qui a reçu la directrice de l'usine, fermée depuis mai ».)
    let closed = toks[at..]
        .iter()
        .position(|t| !t.quoted && t.low == ",")
        .and_then(|c| toks.get(at + c + 1))
        .is_some_and(|t| is_finite_verb(t) || matches!(t.low.as_str(), "ne" | "n'" | "se" | "s'"));
    opening.is_some() && closed
}

/// Determiners of one entity (the contracted « du », « au » give back « le »).
const SINGULAR_DETERMINERS: &[&str] = &[
    "le", "la", "l'", "un", "une", "ce", "cet", "cette", "du", "au",
];

#[cfg(test)]
mod tests {
    use super::super::tests::last_speaker as last;

    /// « Cette dernière », « celui-ci » opening a sentence: the last entity of that gender
    /// the sentence before named, even a role after a person who spoke.
    /// A relative clause is set off only when the main clause's verb follows its comma: a
    /// comma before an apposition (« l'usine, fermée depuis mai ») leaves what the relative
    /// named within reach of « Cette dernière ».
    #[test]
    fn a_relative_closed_by_an_apposition_is_not_set_off() {
        let got = last(&[
            "Claire Morel a salué le préfet, qui a reçu la directrice de l'usine, fermée depuis mai.",
            "Cette dernière a assuré que le site rouvrirait.",
        ]);
        assert_ne!(got, "Claire Morel");
    }

    #[test]
    fn a_pointer_opening_a_sentence_is_the_last_of_its_gender_named_before() {
        let got = last(&[
            "Claire Morel a reproché son absence à la préfète.",
            "Cette dernière a rétorqué que le chantier avançait.",
        ]);
        assert_eq!(got, "la préfète");
        let got = last(&[
            "Paul Girard a salué Anne Lenoir, puis le maire de Lens.",
            "Celui-ci a affirmé que la route rouvrirait lundi.",
        ]);
        assert_eq!(got, "le maire de Lens");
        // (The role taken to the name the article gave it.)
        let got = last(&[
            "L'ancienne ministre de la Santé, Anne Lenoir, était présente.",
            "Claire Morel a reproché son absence à l'ancienne ministre.",
            "Cette dernière a rétorqué que le chantier avançait.",
        ]);
        assert_eq!(got, "Anne Lenoir");
    }

    /// A person of unknown gender named after the last one of that gender may be meant as
    /// well: unresolved. A pointer that does not open its sentence is read as before.
    #[test]
    fn a_pointer_with_a_person_of_unknown_gender_after_stays_unresolved() {
        let got = last(&[
            "La préfète a reçu Claire Morel, puis Dominique Lenoir.",
            "Cette dernière a rétorqué que le chantier avançait.",
        ]);
        assert_eq!(got, "Cette dernière");
    }

    /// A function after a contracted article (« au ministre », « du préfet ») is named there
    /// as « le ministre »; a noun phrase stops before its verb (« le maire reste prudent »).
    #[test]
    fn a_function_after_au_or_du_or_before_its_verb_is_the_last_named() {
        // Must: whatever the verb or the function.
        for (article, want) in [
            (
                [
                    "Paul Girard a réclamé mardi une enquête au ministre.",
                    "Ce dernier a démenti toute fermeture du site.",
                ],
                "le ministre",
            ),
            (
                [
                    "Claire Morel a contesté la décision du préfet de Lens.",
                    "Celui-ci a assuré que la route rouvrirait lundi.",
                ],
                "le préfet de Lens",
            ),
            (
                [
                    "Paul Girard a écrit au directeur de l'usine, qui n'a pas répondu.",
                    "Ce dernier a affirmé que le site resterait ouvert.",
                ],
                "le directeur de l'usine",
            ),
            (
                [
                    "Paul Girard a quitté la salle et le maire reste prudent.",
                    "Ce dernier a affirmé que le site resterait ouvert.",
                ],
                "le maire",
            ),
        ] {
            assert_eq!(last(&article), want, "{article:?}");
        }
        // Must not: a pointer of the other gender, a contracted article before a thing.
        for (article, want) in [
            [
                "La ministre Claire Morel a écrit au préfet.",
                "Cette dernière a assuré que la route rouvrirait lundi.",
            ],
            [
                "La ministre Claire Morel a renoncé au projet du gouvernement.",
                "Cette dernière a assuré que la route rouvrirait lundi.",
            ],
        ]
        .map(|a| (a, "Claire Morel"))
        {
            assert_eq!(last(&article), want, "{article:?}");
        }
    }

    /// A function written with a capital (« le Procureur de la République », « la Préfète »)
    /// is the last one named as much as « le procureur »; a body or a person named inside
    /// the quotation before it is not.
    #[test]
    fn a_capitalized_function_after_a_quotation_is_the_last_named() {
        // Must: whatever the function, gender, verb of the incise, or the body quoted.
        for (article, want) in [
            (
                [
                    "« J'ai saisi la Brigade du Commissariat Central de Lyon », a informé le Procureur de la République.",
                    "Celui-ci a rappelé que la loi s'applique à tous.",
                ],
                "le Procureur de la République",
            ),
            (
                [
                    "« J'ai reçu Claire Morel mardi », a précisé la Préfète de la Somme.",
                    "Celle-ci a assuré que les routes rouvriraient lundi.",
                ],
                "la Préfète de la Somme",
            ),
            (
                [
                    "« Paul Girard tranchera », a ajouté mardi le Maire de la commune.",
                    "Ce dernier a affirmé que le chantier reprendrait.",
                ],
                "le Maire de la commune",
            ),
        ] {
            assert_eq!(last(&article), want, "{article:?}");
        }
        // Must not: a capitalized name that is no function stays a name (« le Monde »), read
        // as before.
        let got = last(&[
            "Paul Girard a répondu au quotidien Le Monde.",
            "Ce dernier a affirmé que le chantier reprendrait.",
        ]);
        assert_ne!(got, "le Monde");
    }

    /// « La ministre, qui a reçu la directrice de l'usine, a visité le site. Cette dernière
    /// … »: what a relative clause set off by commas names is background; the pointer takes
    /// the last one of its gender named outside it, or stays unresolved.
    #[test]
    fn a_pointer_skips_what_a_relative_set_off_by_commas_names() {
        for (article, not) in [
            (
                [
                    "La ministre, qui a reçu la directrice de l'usine, a visité le site.",
                    "Cette dernière a affirmé que les emplois seraient sauvés.",
                ],
                "la directrice de l'usine",
            ),
            (
                [
                    "Le maire, qui avait salué le préfet mardi, a ouvert la séance.",
                    "Ce dernier a assuré que la dette baisserait.",
                ],
                "le préfet",
            ),
            (
                [
                    "L'élue Anne Roux, qui siège sur les bancs de l'opposition, a répondu au maire.",
                    "Cette dernière a regretté un procès d'intention.",
                ],
                "l'opposition",
            ),
            (
                [
                    "Le juge, dont la décision a surpris la défense, a levé la séance.",
                    "Cette dernière a dénoncé une erreur de droit.",
                ],
                "la défense",
            ),
            (
                [
                    "Le syndicat, qui conteste le plan de la direction, a appelé à la grève.",
                    "Cette dernière a rétorqué que le plan était nécessaire.",
                ],
                "la direction",
            ),
        ] {
            assert_ne!(last(&article), not, "{article:?}");
        }
    }

    /// Must not: what a relative names before the sentence ends, without a closing comma,
    /// or what the main clause names after the relative, stays the last of its gender.
    #[test]
    fn what_follows_a_relative_or_ends_the_sentence_is_still_taken_up() {
        for (article, want) in [
            (
                [
                    "La ministre, qui était absente, a salué la préfète.",
                    "Cette dernière a affirmé que les routes rouvriraient.",
                ],
                "la préfète",
            ),
            (
                [
                    "Paul Girard, dont le mandat expire, a répondu au maire de Lens.",
                    "Ce dernier a affirmé que la route rouvrirait lundi.",
                ],
                "le maire de Lens",
            ),
            (
                [
                    "Claire Morel a salué le préfet, qui a reçu la directrice.",
                    "Cette dernière a assuré que le site resterait ouvert.",
                ],
                "la directrice",
            ),
            (
                [
                    "Paul Girard a écrit à la préfète qui a reçu la directrice.",
                    "Cette dernière a assuré que le site resterait ouvert.",
                ],
                "la directrice",
            ),
            (
                [
                    "Le maire, qui était présent, a félicité le capitaine des pompiers.",
                    "Ce dernier a rappelé que le feu était fixé.",
                ],
                "le capitaine des pompiers",
            ),
        ] {
            assert_eq!(last(&article), want, "{article:?}");
        }
    }
}
