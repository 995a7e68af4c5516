//! Tests of sentences with several attributions (issue 18, session 10): a claim its subject
//! makes and a source that relays it (« X a déclaré …, selon un communiqué de Y », « …, a
//! rapporté l'agence Z »), each credited for its part; made-up sentences over several verbs,
//! tenses and word orders, and the look-alikes that must keep one speaker.

use super::tests::one_paragraph as doc;
use super::*;
use crate::model::ClaimKind;

/// The (speaker, kind) of every claim of a one-sentence article.
fn claims(sentence: &str) -> Vec<(String, ClaimKind)> {
    find_claims(&doc(&[sentence]))
        .into_iter()
        .map(|c| (c.speaker, c.kind))
        .collect()
}

/// The speakers of every claim of a one-sentence article.
fn speakers(sentence: &str) -> Vec<String> {
    claims(sentence).into_iter().map(|(s, _)| s).collect()
}

/// « X a déclaré …, selon Y »: the subject's claim, then the one who relays it.
#[test]
fn a_trailing_selon_after_a_cue_is_a_second_source() {
    let both = [
        (
            "Le ministre Paul Girard a déclaré qu'il recevra les syndicats, selon un communiqué de son cabinet.",
            "Paul Girard",
            "un communiqué de son cabinet",
        ),
        (
            "Les infirmières dénoncent des cadences intenables, selon les délégués du personnel.",
            "Les infirmières",
            "les délégués du personnel",
        ),
        (
            "La maire Anne Roux avait promis une piscine neuve, selon le quotidien Le Courrier.",
            "Anne Roux",
            "le quotidien Le Courrier",
        ),
        (
            "Le préfet annonce la fermeture de la route, d'après la radio locale.",
            "Le préfet",
            "la radio locale",
        ),
        (
            "Le syndicat réclame une hausse des salaires, selon l'AFP.",
            "Le syndicat",
            "l'AFP",
        ),
    ];
    for (sentence, subject, source) in both {
        assert_eq!(
            speakers(sentence),
            [subject.to_string(), source.to_string()],
            "{sentence}"
        );
    }
    // Each for its part: the subject's call stays a call, the relay a statement.
    assert_eq!(
        claims("Le maire a appelé les habitants à rester chez eux, selon la préfecture."),
        [
            ("Le maire".to_string(), ClaimKind::Call),
            ("la préfecture".to_string(), ClaimKind::Statement)
        ]
    );
}

/// Must not: a « selon » that is how (« selon le calendrier », « selon les cas »), the one
/// speaking (« selon lui »), a source the speaker cites inside what they report (« a dit
/// que, selon l'OMS, … »), or one inside an incise before its subject keeps one speaker.
#[test]
fn a_selon_that_relays_nothing_adds_no_speaker() {
    let one_speaker = [
        (
            "Le directeur a expliqué que les travaux seront faits selon le calendrier prévu.",
            "Le directeur",
        ),
        (
            "Le maire a affirmé que, selon lui, la fermeture est provisoire.",
            "Le maire",
        ),
        (
            "Le ministre a déclaré que, selon l'OMS, le virus recule.",
            "Le ministre",
        ),
        (
            "L'entraîneur estime que son équipe progresse, selon les cas, plus vite que prévu.",
            "L'entraîneur",
        ),
        (
            "« Les vols sont annulés », auraient dit, selon le site, des agents de voyage.",
            "des agents de voyage",
        ),
        (
            "Paul Martin a déclaré que la route rouvrira lundi, selon Paul Martin.",
            "Paul Martin",
        ),
    ];
    for (sentence, speaker) in one_speaker {
        assert_eq!(speakers(sentence), [speaker.to_string()], "{sentence}");
    }
}

/// « X a invité …, a rapporté l'APS »: a medium closing the sentence relays what the subject
/// said; both are credited, whatever the first verb's kind.
#[test]
fn a_medium_closing_the_sentence_relays_the_subject() {
    let both = [
        (
            "Dans un communiqué, le ministère a exhorté les habitants à rester chez eux, a rapporté l'agence de presse APS.",
            "le ministère",
            "l'agence de presse APS",
        ),
        (
            "Le syndicat a appelé à la grève jeudi, rapporte le journal Le Soir.",
            "Le syndicat",
            "le journal Le Soir",
        ),
        (
            "Le président Marc Diallo a affirmé que les élections auront lieu en mars, a rapporté la télévision nationale.",
            "Marc Diallo",
            "la télévision nationale",
        ),
        (
            "La mairie indique que l'école restera fermée, écrit le quotidien Le Matin.",
            "La mairie",
            "le quotidien Le Matin",
        ),
    ];
    for (sentence, subject, medium) in both {
        assert_eq!(
            speakers(sentence),
            [subject.to_string(), medium.to_string()],
            "{sentence}"
        );
    }
}

/// Must not: a person or a body closing the sentence (« a précisé son porte-parole ») is the
/// source of what it reports, alone; a medium with no cue before it (« Un incendie s'est
/// déclaré, rapporte X ») or reporting an event is the only speaker.
#[test]
fn a_reporter_who_is_no_medium_stays_the_only_speaker() {
    assert_eq!(
        speakers(
            "Le ministre Paul Martin a affirmé la volonté du pays d'aider la région, a précisé le porte-parole du gouvernement, Marc Lenoir."
        ),
        ["Marc Lenoir"]
    );
    assert_eq!(
        speakers("Un incendie s'est déclaré lundi près de Lens, rapporte Radio Nord."),
        ["Radio Nord"]
    );
    assert_eq!(
        speakers("La préfecture a interdit la manifestation de samedi, rapporte Radio Vallée."),
        ["Radio Vallée"]
    );
}
