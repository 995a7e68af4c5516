//! Unit tests of speakers named by a title (« la mairesse », « le bourgmestre d'Uccle », « le
//! ministre de la Santé et des Services sociaux »): made-up sentences, a must and a must-not for
//! each class, several verbs and word orders each.

use super::tests::doc;
use super::*;
use crate::model::SpeakerKind;

/// The (speaker, kind) of every claim of a one-sentence article.
fn rows(sentence: &str) -> Vec<(String, SpeakerKind)> {
    find_claims(&doc(&[sentence]))
        .into_iter()
        .map(|c| (c.speaker, c.speaker_kind))
        .collect()
}

/// Local, regional and feminine titles of the French-speaking press (Belgium, Switzerland,
/// Québec, Africa), with the gender and number forms that a title list tends to miss.
const LOCAL_TITLES: &[(&str, &str)] = &[
    ("La", "mairesse"),
    ("Le", "bourgmestre"),
    ("La", "bourgmestre"),
    ("L'", "échevin"),
    ("L'", "échevine"),
    ("Le", "syndic"),
    ("La", "sous-préfète"),
    ("Le", "sous-préfet"),
    ("La", "sous-ministre"),
    ("La", "ministre-présidente"),
    ("Le", "député-maire"),
    ("La", "rectrice"),
    ("La", "doyenne"),
    ("La", "proviseure"),
    ("L'", "inspectrice"),
    ("La", "médiatrice"),
    ("L'", "ombudsman"),
    ("La", "consule"),
    ("Le", "bâtonnier"),
    ("La", "policière"),
];

#[test]
fn a_local_or_feminine_title_before_an_apposed_name_gives_the_name() {
    // Must: « Det Title, Name, verb » names the person, whatever the verb and tense.
    for (det, title) in LOCAL_TITLES {
        let sep = if det.ends_with('\'') { "" } else { " " };
        for verb in ["a déclaré que", "affirme que", "avait indiqué que"] {
            let sentence = format!("{det}{sep}{title}, Marie Durand, {verb} la route est fermée.");
            assert_eq!(
                rows(&sentence),
                [("Marie Durand".to_string(), SpeakerKind::Person)],
                "{sentence}"
            );
        }
    }
}

#[test]
fn a_local_or_feminine_title_alone_is_a_role() {
    // Must: unnamed, the title is the speaker as a role, before or after the verb.
    for (det, title) in LOCAL_TITLES {
        let sep = if det.ends_with('\'') { "" } else { " " };
        let before = format!("{det}{sep}{title} a assuré que l'école resterait ouverte.");
        assert_eq!(
            rows(&before),
            [(format!("{det}{sep}{title}"), SpeakerKind::Role)],
            "{before}"
        );
        let low = det.to_lowercase();
        let after = format!("« L'école restera ouverte », a promis {low}{sep}{title} de la ville.");
        assert_eq!(
            rows(&after),
            [(format!("{low}{sep}{title} de la ville"), SpeakerKind::Role)],
            "{after}"
        );
    }
}

#[test]
fn a_title_that_says_nothing_makes_no_claim() {
    // Must not: a title with no reporting verb is no claim, and a title as the object of a
    // reporting verb is not its speaker.
    for (det, title) in LOCAL_TITLES {
        let sep = if det.ends_with('\'') { "" } else { " " };
        let silent = format!("{det}{sep}{title} est arrivée en retard à la réunion.");
        assert!(rows(&silent).is_empty(), "{silent}");
        let low = det.to_lowercase();
        let object = format!("Paul Martin a critiqué {low}{sep}{title} pendant la réunion.");
        for (speaker, _) in rows(&object) {
            assert_eq!(speaker, "Paul Martin", "{object}");
        }
    }
}
