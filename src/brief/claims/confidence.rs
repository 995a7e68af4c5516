//! Measured confidence: the ways of reaching a speaker that name the wrong one too often on
//! text the rules were not written from, and the evidence that must agree before their names
//! are shown. Without it the speaker is shown unresolved, in the article's words: a reader
//! can act on « unresolved », not on a wrong name. (Per-path figures on fresh and tuned sets:
//! `claims_eval fixture FILE… --by-path`; BENCHMARKS.md.)
//!
//! - A subject read at a distance from its verb (the antecedent of « qui », the first verb's
//!   subject for a second verb or a participle, the noun phrase a participle follows, the
//!   main clause's subject for an opening participle) read as an organization must hold a
//!   capitalized name or a noun of an institution, a group, a document or people (not « ces
//!   coupes budgétaires », « une circonstance particulière »): an adjective in « -aire » or
//!   « -ique » is no evidence here.
//! - The subject after an incise's verb must stop before the adjuncts after it: a time or a
//!   closing adverb inside it (« a révélé ce vendredi Nice », « a dit une cliente peu ») is
//!   a span that ran on.
//! - Words opening on a negative quantifier (« Aucun membre du gouvernement n'a demandé »)
//!   name no one.
//! - « il », « elle » taken back to an institution or a medium cannot be who says « je ».
//! - Words read in the cue's own sentence that are a clause, not a noun phrase, name no one
//!   ([`super::clause_span`]: a finite verb or a bare infinitive, as the tagger reads them).

use super::path::{Link, Route, SpeakerPath};
use super::speaker::{can_speak, Speaker, COLLECTIVES, DOCUMENTS};
use super::tokens::{split_inverted, tokenize};
use crate::brief::lexicon;
use crate::model::SpeakerKind;

/// `speaker`, reached by `path` in the sentence `text`, or the same words unresolved when
/// the path is one that fails often on unseen text and nothing else vouches for the name.
pub(super) fn weigh(speaker: Speaker, path: SpeakerPath, text: &str) -> Speaker {
    if speaker.kind == SpeakerKind::Unattributed || vouched_for(&speaker, path, text) {
        return speaker;
    }
    // (A pronoun taken back to someone is shown as the article writes it: « il ».)
    let pronoun = matches!(
        path.link,
        Link::PronounToEntity | Link::PronounToLastSpeaker | Link::PluralPronounToGroup
    );
    let name = match pronoun.then(|| pronoun_in(text)).flatten() {
        Some(words) => words,
        None => speaker.name,
    };
    Speaker {
        name,
        role: None,
        kind: SpeakerKind::Unattributed,
    }
}

/// The subject pronoun the sentence's narrator uses (« il a répété », « a-t-elle ajouté »,
/// « selon eux »), outside quotation marks.
fn pronoun_in(text: &str) -> Option<String> {
    tokenize(text).iter().filter(|t| !t.quoted).find_map(|t| {
        let low = match split_inverted(&t.low) {
            Some((_, pronoun)) => pronoun,
            None => t.low.as_str(),
        };
        matches!(low, "il" | "elle" | "ils" | "elles" | "lui" | "eux").then(|| low.to_string())
    })
}

/// Whether the speaker's name may be shown: the path is reliable, or the evidence its
/// weakness asks for agrees.
fn vouched_for(speaker: &Speaker, path: SpeakerPath, text: &str) -> bool {
    let distant = matches!(
        path.route,
        Route::RelativeAntecedent
            | Route::FirstVerbSubject
            | Route::ParticipleHolder
            | Route::MainClauseAfterParticiple
    );
    if distant && path.link == Link::AsWritten && !looks_like_a_speaker(speaker) {
        return false;
    }
    // Words read in the cue's own sentence that hold a finite verb or a bare infinitive are
    // a clause, not who speaks (« La Russie se réserve le droit de … »).
    if path.link == Link::AsWritten && super::clause_span::is_clause(&speaker.name, text) {
        return false;
    }
    // (Nor are words that open on a preposition, an adverb or a negative quantifier, or close
    // on an adverb or a negation: « de victime », « Aucun membre du gouvernement », « Paul Roy
    // non seulement ».)
    if path.link == Link::AsWritten && super::span_edges::ill_formed(&speaker.name) {
        return false;
    }
    // (So are such words taken back from an earlier sentence: « l'avocat entend ».)
    if path.link != Link::AsWritten && super::clause_span::reads_alone_as_clause(&speaker.name) {
        return false;
    }
    let postposed = matches!(
        path.route,
        Route::PostposedSubject | Route::NameAfterPostposedRole
    );
    if postposed && runs_past_the_subject(speaker) {
        return false;
    }
    let pronoun = matches!(
        path.link,
        Link::PronounToEntity | Link::PronounToLastSpeaker
    );
    let institution = matches!(speaker.kind, SpeakerKind::Organization | SpeakerKind::Media);
    !(pronoun && institution && says_i(text))
}

/// Whether words read as a subject at a distance name someone who speaks: read as an
/// organization, they must hold a capitalized name or a noun of an institution, a group, a
/// document or people (« la CGT », « le point 9 du rapport », « une cinquantaine de chefs
/// d'entreprise », « les réalisateurs du film »), not only things and their adjectives
/// (« ces coupes budgétaires », « une circonstance particulière », « Une statistique »).
fn looks_like_a_speaker(speaker: &Speaker) -> bool {
    let toks = tokenize(&speaker.name);
    let words: Vec<_> = toks.iter().filter(|t| t.word).collect();
    if speaker.kind != SpeakerKind::Organization {
        return true;
    }
    // (Its determiners aside: « Une enquête », « Quelques semaines » open the sentence.)
    let content = words.iter().filter(|t| {
        !lexicon::DETERMINERS.contains(&t.low.as_str())
            && !matches!(
                t.low.as_str(),
                "quelques" | "plusieurs" | "certains" | "certaines" | "nombreux" | "nombreuses"
            )
    });
    content.into_iter().any(|t| {
        let singular = t.low.strip_suffix('s').unwrap_or(&t.low);
        t.upper
            || [t.low.as_str(), singular].iter().any(|w| {
                can_speak(w)
                    || COLLECTIVES.contains(w)
                    || DOCUMENTS.contains(w)
                    || lexicon::ORG_WORDS.contains(w)
            })
            || agent_noun(singular)
    })
}

/// Whether a noun names someone by what they do (« les réalisateurs », « une éditrice »,
/// « des militantes », « les actionnaires »), not a thing in « -eur » (« le secteur », « ces
/// erreurs ») nor an adjective in « -aire » (« budgétaires »).
fn agent_noun(singular: &str) -> bool {
    const PEOPLE_IN_AIRE: &[&str] = &[
        "actionnaire",
        "fonctionnaire",
        "militaire",
        "parlementaire",
        "signataire",
        "locataire",
        "libraire",
        "stagiaire",
        "mandataire",
        "propriétaire",
        "bénéficiaire",
        "destinataire",
        "secrétaire",
        "commissaire",
        "dignitaire",
        "émissaire",
        "notaire",
        "vétérinaire",
        "partenaire",
        "adversaire",
        "gestionnaire",
        "bibliothécaire",
        "intérimaire",
    ];
    if PEOPLE_IN_AIRE.contains(&singular) {
        return true;
    }
    const THINGS: &[&str] = &[
        "secteur", "moteur", "facteur", "valeur", "erreur", "chaleur", "couleur", "hauteur",
        "rumeur", "faveur", "douleur", "terreur", "humeur", "largeur", "longueur", "teneur",
        "honneur", "malheur", "bonheur", "odeur", "lueur", "vigueur", "peur", "heure",
    ];
    let singular = singular
        .strip_suffix('e')
        .filter(|s| s.ends_with("eus"))
        .unwrap_or(singular);
    ["eur", "eus", "trice", "iste"]
        .iter()
        .any(|e| singular.ends_with(e))
        && !THINGS.contains(&singular)
}

/// Whether the words read after an incise's verb run past its subject into the adjuncts
/// that follow it: a time (« a révélé ce vendredi Nice », « a dit une habitante mardi
/// soir ») or a closing adverb (« a témoigné une commerçante peu après … », « dit une
/// chauffeuse sanctionnée aussi pour … »).
fn runs_past_the_subject(speaker: &Speaker) -> bool {
    const CLOSING_ADVERBS: &[&str] = &[
        "aussi",
        "également",
        "encore",
        "déjà",
        "peu",
        "alors",
        "ensuite",
        "enfin",
        "notamment",
        "toutefois",
        "cependant",
        "ainsi",
        "ici",
        "là",
    ];
    let toks = tokenize(&speaker.name);
    let words: Vec<_> = toks.iter().filter(|t| t.word).collect();
    words.iter().any(|t| {
        // (« dernier », « prochain » qualify a time, they are none: « le dernier
        // ministre ».)
        let low = t.low.as_str();
        !t.upper
            && lexicon::TIME_WORDS.contains(&low)
            && !matches!(low, "dernier" | "dernière" | "prochain")
    }) || words
        .last()
        .is_some_and(|t| CLOSING_ADVERBS.contains(&t.low.as_str()))
}

/// Whether the sentence speaks in the first person singular (« je », « j' »): what someone,
/// not an institution, says.
fn says_i(text: &str) -> bool {
    tokenize(text)
        .iter()
        .any(|t| matches!(t.low.as_str(), "je" | "j'"))
}

#[cfg(test)]
mod tests {
    use super::super::find_claims;
    use super::super::tests::{doc, speakers_of};
    use crate::model::SpeakerKind;

    /// The speaker and kind of every claim of an article of `sentences`.
    fn claims(sentences: &[&str]) -> Vec<(String, SpeakerKind)> {
        find_claims(&doc(sentences))
            .into_iter()
            .map(|c| (c.speaker, c.speaker_kind))
            .collect()
    }

    fn unresolved(words: &str) -> Vec<(String, SpeakerKind)> {
        vec![(words.to_string(), SpeakerKind::Unattributed)]
    }

    #[test]
    fn a_thing_before_qui_names_no_speaker() {
        // Must: an antecedent of things and their adjectives (« -aire », « -ière »), first
        // cue shown unresolved, a later one no row.
        assert_eq!(
            claims(&["C'est une circonstance particulière qui exige que l'on agisse vite."]),
            unresolved("une circonstance particulière")
        );
        assert_eq!(
            speakers_of(
                "Les élus dénoncent ces coupes budgétaires qui remettent en cause leur existence même."
            ),
            ["Les élus"]
        );
    }

    #[test]
    fn someone_before_qui_still_speaks() {
        // Must not: a role, an institution, a group, a document, people named by what they do.
        for (sentence, speaker) in [
            (
                "Il a rencontré le maire de Lens, qui a affirmé que la route rouvrira.",
                "le maire de Lens",
            ),
            (
                "L'avenir du site inquiète les syndicats qui affirment que rien n'est prévu.",
                "les syndicats",
            ),
            (
                "Le projet a été critiqué par plusieurs partis d'opposition, qui dénoncent un passage en force.",
                "plusieurs partis d'opposition",
            ),
            (
                "Le prix a été remis aux réalisateurs du film, qui ont souligné que le tournage avait été difficile.",
                "les réalisateurs du film",
            ),
            (
                "Une cinquantaine de chefs d'entreprise, qui ont reconnu avoir versé des fonds, ont été entendus.",
                "Une cinquantaine de chefs d'entreprise",
            ),
            (
                "Nous approuvons le point 9 du rapport qui considère que la Commission doit agir.",
                "le point 9 du rapport",
            ),
            (
                "Le conseil a reçu les actionnaires, qui estiment que le plan est trop timide.",
                "les actionnaires",
            ),
        ] {
            assert_eq!(speakers_of(sentence), [speaker], "{sentence}");
            assert!(
                claims(&[sentence])
                    .iter()
                    .all(|(_, kind)| *kind != SpeakerKind::Unattributed),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_thing_as_the_first_verbs_subject_is_unresolved() {
        // Must: a participle or a second verb whose subject is a thing.
        assert_eq!(
            claims(&["La politique monétaire a été durcie mardi, confirmant que l'inflation reste forte."]),
            unresolved("La politique monétaire")
        );
        assert_eq!(
            claims(&[
                "Une réforme fiscale a été adoptée et a confirmé que les impôts baisseraient."
            ]),
            unresolved("Une réforme fiscale")
        );
    }

    #[test]
    fn someone_as_the_first_verbs_subject_still_speaks() {
        // Must not: an institution, a named union, a person, a group, a role; over tenses.
        for (sentence, speaker) in [
            (
                "La préfecture a levé l'alerte mardi, précisant que les routes étaient praticables.",
                "La préfecture",
            ),
            (
                "Le syndicat Alliance a publié des photos et demande une réponse ferme.",
                "Le syndicat Alliance",
            ),
            (
                "Paul Martin s'est montré prudent, estimant que rien n'était joué.",
                "Paul Martin",
            ),
            (
                "Le ministre est allé plus loin en assurant qu'il n'avait aucun doute.",
                "Le ministre",
            ),
        ] {
            assert_eq!(speakers_of(sentence), [speaker], "{sentence}");
        }
    }

    #[test]
    fn an_incise_subject_running_into_a_time_or_an_adverb_is_unresolved() {
        // Must: the words after the incise's verb run on past its subject (an adverb closing
        // them, a time inside them), whatever the verb and its tense.
        assert_eq!(
            claims(&["« Nous avons eu très peur », a confié une infirmière encore sous le choc."]),
            unresolved("une infirmière encore")
        );
        assert_eq!(
            claims(&["« Tout a brûlé », explique un pompier ensuite devant la presse."]),
            unresolved("un pompier ensuite")
        );
    }

    #[test]
    fn an_incise_subject_after_a_time_or_before_an_apposition_is_kept() {
        // Must not: a time before the subject, a name holding « Soir », an apposition.
        for (sentence, speaker) in [
            ("« La route rouvrira lundi », a précisé mardi le préfet.", "le préfet"),
            (
                "« Nous avons eu très peur », a témoigné une habitante peu après l'incendie.",
                "une habitante",
            ),
            (
                "« La route rouvrira lundi », a indiqué mardi soir la ministre de la Santé, Marie Durand.",
                "Marie Durand",
            ),
            ("L'incendie a détruit trois hangars, rapporte Le Soir.", "Le Soir"),
            (
                "« Nous restons mobilisés », a déclaré Paul Martin, délégué syndical depuis 2019.",
                "Paul Martin",
            ),
            (
                "« Nous restons mobilisés », a déclaré ensuite le délégué syndical.",
                "le délégué syndical",
            ),
        ] {
            assert_eq!(speakers_of(sentence), [speaker], "{sentence}");
        }
    }

    #[test]
    fn an_institution_taken_back_by_il_does_not_say_je() {
        // Must: « il » / « elle » resolved to a country or a body, words in the first person
        // singular; shown as the pronoun the article writes.
        assert_eq!(
            claims(&[
                "Le Luxembourg a proposé une autre date pour le sommet.",
                "Après la réunion, il a répété : « Je regrette vraiment ce choix. »",
            ]),
            unresolved("il")
        );
        assert_eq!(
            claims(&[
                "La commission a rendu son avis mardi.",
                "« J'ai toujours dit que ce projet était fragile », a-t-elle ajouté.",
            ]),
            unresolved("elle")
        );
    }

    #[test]
    fn an_institution_or_a_person_taken_back_by_il_still_speaks() {
        // Must not: an institution without « je », a body saying « nous », a person saying
        // « je ».
        assert_eq!(
            claims(&[
                "La Banque mondiale a publié son rapport mardi.",
                "Elle estime que la croissance ralentira l'an prochain.",
            ]),
            [("La Banque mondiale".to_string(), SpeakerKind::Organization)]
        );
        assert_eq!(
            claims(&[
                "Le syndicat a tenu une réunion jeudi.",
                "« Nous ne lâcherons rien », a-t-il ajouté.",
            ]),
            [("Le syndicat".to_string(), SpeakerKind::Organization)]
        );
        assert_eq!(
            claims(&[
                "Le maire de Lens, Paul Martin, est arrivé mardi.",
                "« Je regrette ce choix », a-t-il déclaré.",
            ]),
            [("Paul Martin".to_string(), SpeakerKind::Person)]
        );
    }

    #[test]
    fn a_negative_quantifier_names_no_one() {
        // Must: « aucun », « aucune », « personne », « nul » opening the subject; an incise
        // closing the sentence still names its own speaker.
        for (sentence, words) in [
            (
                "Aucun membre du gouvernement n'a demandé à changer de poste.",
                "Aucun membre du gouvernement",
            ),
            ("Aucune des parties n'a commenté la décision.", "Aucune des parties"),
            (
                "Aucun des deux candidats n'a affirmé que le scrutin serait reporté.",
                "Aucun des deux candidats",
            ),
            (
                "Aucun responsable de la mairie n'a démenti jeudi soir que le projet était abandonné.",
                "Aucun responsable de la mairie",
            ),
            ("Personne au ministère n'a commenté la décision.", "Personne au ministère"),
            ("Nul parmi les élus n'a réclamé un nouveau vote.", "Nul parmi les élus"),
        ] {
            assert_eq!(claims(&[sentence]), unresolved(words), "{sentence}");
        }
        assert_eq!(
            speakers_of("Aucun membre du gouvernement n'a demandé à changer de poste, a précisé le porte-parole."),
            ["le porte-parole"]
        );
    }

    #[test]
    fn someone_named_after_a_quantifier_still_speaks() {
        // Must not: a person, a group, an anonymous source whose words hold « personne » or
        // « aucun » further on.
        for (sentence, speaker) in [
            (
                "Une personne proche du dossier a affirmé que le contrat était signé.",
                "Une personne proche du dossier",
            ),
            (
                "Les personnes interrogées affirment que le bruit est insupportable.",
                "Les personnes interrogées",
            ),
            (
                "« Nous n'avons reçu aucun courrier », a déclaré le maire.",
                "le maire",
            ),
        ] {
            assert_eq!(speakers_of(sentence), [speaker], "{sentence}");
        }
    }
}
