//! How a claim's speaker was reached: the construction its words were read from ([`Route`])
//! and, when those words were taken back to someone named elsewhere, the coreference link
//! that did it ([`Link`]). A diagnostic of the claims rules, not part of a brief: the scorer
//! reads it through [`find_claims_with_paths`](super::find_claims_with_paths) to measure how
//! often each path names the right speaker on text the rules were not written from. What the
//! brief does show of it is the claim's `speaker_as_written`: the words a link started from
//! (« il », « le porte-parole »), noted with the link by `People::note`, so a reader sees the
//! name was inferred. Its tests are here, beside the links.

use std::fmt;

/// The construction a claim's speaker was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Route {
    /// The noun phrase right before the cue verb (« Le maire a dit »).
    SubjectBeforeVerb,
    /// A subject kept from its verb by an insertion: a relative clause, a bracket, an
    /// adjunct or an aside between dashes (« Le quotidien, qui cite …, affirme »).
    SubjectPastInsertion,
    /// A name before an apposition that describes it (« Emily Horne, la porte-parole, a
    /// déclaré », « Rémy Heitz, procureur de la République a rappelé »).
    NameBeforeApposition,
    /// A name opening the sentence, set off by a comma before the verb (« Roland Dumas,
    /// ancien ministre …, reconnaît »).
    OpeningName,
    /// One noun phrase opening the sentence, then a stray comma (« Le porte-parole du
    /// collectif, se félicite »).
    SubjectBeforeStrayComma,
    /// A list of subjects, or its last items (« Les administrateurs, la direction et les
    /// syndicats ont demandé »).
    ListSubject,
    /// The subject after the verb of an incise (« …, a prévenu Jake Sullivan »).
    PostposedSubject,
    /// A person's name apposed to the role after the verb of an incise (« …, a déclaré le
    /// chef de la diplomatie, Josep Borrell »).
    NameAfterPostposedRole,
    /// The pronoun of an inverted incise (« a-t-il dit », « poursuit-elle »).
    InvertedPronoun,
    /// The pronoun of an inverted incise read as the sentence's own subject, an institution
    /// or a role (« Le Haut commissariat a ordonné …, a-t-il indiqué »).
    InvertedPronounSentenceSubject,
    /// The source after « auprès de » or « de source » of an incise or of « apprendre »
    /// (« a-t-on appris auprès de la gendarmerie »).
    SourceOfImpersonalIncise,
    /// The one « apprendre » says learnt it, or from whom (« comme l'a appris l'agence X
    /// d'un responsable »).
    LearntBy,
    /// A subject pronoun of a verb that continues speech (« Il a ajouté »).
    PronounContinuingSpeech,
    /// A narrative infinitive or a participle fragment with no subject (« Puis d'ajouter »):
    /// the last one to speak.
    NarrativeContinuation,
    /// The antecedent of « qui » (« le ministre, qui a affirmé »).
    RelativeAntecedent,
    /// The subject of the verb an infinitive of purpose depends on (« a écrit au maire pour
    /// lui reprocher »).
    PurposeInfinitive,
    /// The noun phrase a present participle follows (« les gendarmes craignant que »).
    ParticipleHolder,
    /// The subject of the first verb, for a second verb or a participle (« a rendu hommage
    /// et affirmé », « …, précisant que »).
    FirstVerbSubject,
    /// The main clause's subject, for a participle opening the sentence (« Estimant que …,
    /// la Russie a »).
    MainClauseAfterParticiple,
    /// The source of an attribution phrase (« selon X », « d'après X », « pour X »).
    Attribution,
    /// The person named in apposition to the role of an attribution (« selon le président
    /// du groupe, Olivier Marleix »).
    AttributionApposedName,
    /// The second source of an attribution (« à l'appel de la CGT et de FO »).
    SecondAttributionSource,
    /// What a relative attribution after the first cue stands for (« du New York Times,
    /// selon lequel », « ni le Medef, pour qui »).
    RelativeAttribution,
    /// The subject a « cité par » participle qualifies (« Des responsables, cités par
    /// Reuters, évoquent »).
    CitedSubject,
    /// The source before a colon that opens someone's words (« Réaction de X : « … » »).
    ColonFrame,
    /// The subject of a sentence whose colon opens a quotation, with no cue verb
    /// (« Pablo Correa n'a obtenu aucune garantie : « … » »).
    ColonQuotation,
    /// The subject of a clause a first-person quotation follows (« L'éleveur montre le pré,
    /// mais « c'est grillé … » »).
    JuxtaposedQuotation,
    /// The person or role in the brackets closing a headline (« « … » (porte-parole) »).
    BracketCredit,
}

/// How the words the route found became the speaker shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Link {
    /// The speaker as the sentence writes them.
    AsWritten,
    /// A surname taken to the full name given earlier (« Obama » to « Barack Obama »).
    SurnameToFullName,
    /// « il », « elle », « selon lui »: the entity of that gender named last.
    PronounToEntity,
    /// « ils », « elles », « selon eux »: the group named last.
    PluralPronounToGroup,
    /// The pronoun of a verb that continues speech: the last one who spoke.
    PronounToLastSpeaker,
    /// « ce dernier », « l'intéressée »: the entity named last.
    BackPointer,
    /// « le premier », « la seconde »: one of two named just before.
    RankInPair,
    /// « l'ONG », « le quotidien »: the name introduced with that noun.
    DescriptorToName,
    /// « cet homme », « cette mère de famille »: the person of that gender named just before.
    DemonstrativeToPerson,
    /// « le quinquagénaire », « l'Américain »: the person of the sentence before.
    EpithetToPerson,
    /// « le porte-parole », « la pharmacienne »: the person introduced with that role.
    RoleToPerson,
    /// « la même source », « ce témoin »: the unnamed source that spoke before, in brackets.
    SameUnnamedSource,
    /// « cette source », « la même source » with no unnamed source before: the last one who
    /// spoke, named or not.
    SameSourceToLastSpeaker,
    /// « a-t-on expliqué », « la même source »: the source the news desk named for « on »
    /// before (« a-t-on appris auprès de la préfecture »).
    DeskSource,
    /// « ce journal », « ces publications »: the media cited last, in brackets.
    DemonstrativeMedia,
    /// Named outside the sentence by the route itself (a narrative continuation).
    ByRoute,
}

/// How one claim's speaker was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SpeakerPath {
    /// The construction the speaker's words were read from.
    pub route: Route,
    /// How those words became the speaker shown.
    pub link: Link,
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl fmt::Display for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl fmt::Display for SpeakerPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} + {}", self.route, self.link)
    }
}

#[cfg(test)]
mod tests {
    use super::super::find_claims_with_paths;
    use super::super::tests::doc;
    use super::*;

    /// The path of every claim of an article of `sentences`, with its speaker.
    fn paths(sentences: &[&str]) -> Vec<(String, SpeakerPath)> {
        find_claims_with_paths(&doc(sentences))
            .into_iter()
            .map(|(c, p)| (c.speaker, p))
            .collect()
    }

    fn path(route: Route, link: Link) -> SpeakerPath {
        SpeakerPath { route, link }
    }

    #[test]
    fn a_subject_before_the_verb_and_an_incise_are_told_apart() {
        assert_eq!(
            paths(&["Le maire a affirmé que la route rouvrira lundi."]),
            vec![(
                "Le maire".to_string(),
                path(Route::SubjectBeforeVerb, Link::AsWritten)
            )]
        );
        assert_eq!(
            paths(&["« La route rouvrira lundi », a assuré Paul Martin."]),
            vec![(
                "Paul Martin".to_string(),
                path(Route::PostposedSubject, Link::AsWritten)
            )]
        );
        assert_eq!(
            paths(&["Selon la préfecture, la route rouvrira lundi."]),
            vec![(
                "la préfecture".to_string(),
                path(Route::Attribution, Link::AsWritten)
            )]
        );
    }

    #[test]
    fn a_back_reference_gives_the_link_that_named_the_speaker() {
        let found = paths(&[
            "Paul Martin, le maire de Lens, est arrivé mardi.",
            "Il a affirmé que la route rouvrira lundi.",
        ]);
        assert_eq!(
            found,
            vec![(
                "Paul Martin".to_string(),
                path(Route::SubjectBeforeVerb, Link::PronounToEntity)
            )]
        );
        let found = paths(&[
            "Le maire de Lens, Paul Martin, est arrivé mardi.",
            "« La route rouvrira lundi », a assuré le maire.",
        ]);
        assert_eq!(
            found,
            vec![(
                "Paul Martin".to_string(),
                path(Route::PostposedSubject, Link::RoleToPerson)
            )]
        );
        // (A name the sentence writes is as written, whatever was looked up for it.)
        let found = paths(&[
            "Paul Martin est arrivé mardi.",
            "Paul Martin a affirmé que la route rouvrira lundi.",
        ]);
        assert_eq!(found[0].1, path(Route::SubjectBeforeVerb, Link::AsWritten));
    }

    /// The speaker and `speaker_as_written` of the last claim of an article of `sentences`.
    fn last_with_words(sentences: &[&str]) -> (String, Option<String>) {
        let (claim, _) = find_claims_with_paths(&doc(sentences))
            .pop()
            .expect("a claim");
        (claim.speaker, claim.speaker_as_written)
    }

    fn reached(speaker: &str, words: &str) -> (String, Option<String>) {
        (speaker.to_string(), Some(words.to_string()))
    }

    #[test]
    fn a_speaker_reached_by_a_pronoun_carries_the_pronoun() {
        let arrived = "Paul Martin, le maire de Lens, est arrivé mardi.";
        assert_eq!(
            last_with_words(&[arrived, "Il a affirmé que la route rouvrira lundi."]),
            reached("Paul Martin", "il")
        );
        assert_eq!(
            last_with_words(&[arrived, "« La route rouvrira lundi », a-t-il dit."]),
            reached("Paul Martin", "il")
        );
        assert_eq!(
            last_with_words(&[arrived, "Selon lui, la route rouvrira lundi."]),
            reached("Paul Martin", "lui")
        );
        assert_eq!(
            last_with_words(&[
                "Marie Dupont est arrivée mardi.",
                "Selon elle, la route rouvrira lundi."
            ]),
            reached("Marie Dupont", "elle")
        );
        assert_eq!(
            last_with_words(&[
                "Les syndicats sont arrivés mardi.",
                "Ils affirment que la grève continuera."
            ]),
            reached("Les syndicats", "ils")
        );
        // (The pronoun of a verb that continues speech: the last one who spoke.)
        assert_eq!(
            last_with_words(&[
                "Paul Martin a affirmé que la route rouvrira lundi.",
                "Il a ajouté que le pont sera réparé."
            ]),
            reached("Paul Martin", "il")
        );
    }

    #[test]
    fn a_speaker_reached_by_a_role_or_a_descriptor_carries_those_words() {
        let named = "Le maire de Lens, Paul Martin, est arrivé mardi.";
        assert_eq!(
            last_with_words(&[named, "« La route rouvrira lundi », a assuré le maire."]),
            reached("Paul Martin", "le maire")
        );
        // (A capital that only opens the sentence is taken down.)
        assert_eq!(
            last_with_words(&[named, "Le maire a assuré que la route rouvrira lundi."]),
            reached("Paul Martin", "le maire")
        );
        assert_eq!(
            last_with_words(&[
                "L'ONG Human Rights Watch a publié un rapport.",
                "L'ONG affirme que la route rouvrira lundi."
            ]),
            reached("Human Rights Watch", "l'ONG")
        );
        assert_eq!(
            last_with_words(&[
                "Paul Martin est arrivé mardi.",
                "L'Américain a affirmé que la route rouvrira lundi."
            ]),
            reached("Paul Martin", "l'Américain")
        );
    }

    #[test]
    fn back_pointers_demonstratives_and_sources_carry_their_words() {
        assert_eq!(
            last_with_words(&[
                "Paul Martin a rencontré le préfet.",
                "Ce dernier a affirmé que la route rouvrira lundi."
            ]),
            reached("le préfet", "ce dernier")
        );
        assert_eq!(
            last_with_words(&[
                "Le maire, Paul Martin, et la préfète, Anne Roy, sont venus.",
                "Le premier a promis que la route rouvrira lundi."
            ]),
            reached("Paul Martin", "le premier")
        );
        assert_eq!(
            last_with_words(&[
                "Paul Martin est arrivé mardi.",
                "Cet homme a affirmé que la route rouvrira lundi."
            ]),
            reached("Paul Martin", "cet homme")
        );
        let desk = "Un homme a été arrêté, a-t-on appris auprès de la préfecture.";
        assert_eq!(
            last_with_words(&[desk, "Il a fui, a indiqué la même source."]),
            reached("la préfecture", "la même source")
        );
        assert_eq!(
            last_with_words(&[desk, "Il a fui, a-t-on précisé."]),
            reached("la préfecture", "on")
        );
        // (An unnamed source is shown as first introduced, the pointer back in the field;
        // a medium keeps the words in the speaker, the one it stands for in brackets.)
        assert_eq!(
            last_with_words(&[
                "Une source policière a affirmé que le suspect a fui.",
                "La même source a précisé que la route rouvrira lundi."
            ]),
            reached("Une source policière", "la même source")
        );
        assert_eq!(
            last_with_words(&[
                "Le New York Times a affirmé que Moscou a demandé de l'aide.",
                "Selon ce journal, la Chine a refusé."
            ]),
            reached("ce journal (Le New York Times)", "ce journal")
        );
        // (A narrative continuation has no subject: the construction that continues.)
        assert_eq!(
            last_with_words(&[
                "Le maire a salué la décision.",
                "Puis d'ajouter : « La route rouvrira lundi. »"
            ]),
            reached("Le maire", "d'ajouter")
        );
    }

    #[test]
    fn a_name_as_written_a_surname_and_a_speaker_not_found_carry_no_words() {
        let (_, words) = last_with_words(&["« La route rouvrira lundi », a assuré Paul Martin."]);
        assert_eq!(words, None);
        // (« Obama » for « Barack Obama »: the reader sees it is the same person.)
        assert_eq!(
            last_with_words(&[
                "Barack Obama est arrivé mardi.",
                "Obama a affirmé que la route rouvrira lundi."
            ]),
            ("Barack Obama".to_string(), None)
        );
        // (A name the sentence writes, whatever was looked up for it.)
        assert_eq!(
            last_with_words(&[
                "Paul Martin est arrivé mardi.",
                "Paul Martin a affirmé que la route rouvrira lundi."
            ]),
            ("Paul Martin".to_string(), None)
        );
        // (No antecedent: the pronoun is the speaker, unresolved; nothing more to say.)
        let (claim, _) =
            find_claims_with_paths(&doc(&["Il a affirmé que la route rouvrira lundi."]))
                .pop()
                .expect("a claim");
        assert_eq!(claim.speaker_kind, crate::model::SpeakerKind::Unattributed);
        assert_eq!(claim.speaker_as_written, None);
    }
}
