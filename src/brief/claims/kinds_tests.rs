//! Speaker kinds settled once the article is read ([`super::kinds`]): made-up articles, each
//! construction with several nouns, orders and adjuncts, and the cases that must keep their
//! kind.

use super::tests::one_paragraph;
use super::*;
use crate::model::SpeakerKind;

/// The kind of the claim whose speaker is `speaker` (as shown, or as written when a
/// back-reference named it) in the one-paragraph article `sentences`; panics when there is none.
fn kind_of(sentences: &[&str], speaker: &str) -> SpeakerKind {
    let claims = find_claims(&one_paragraph(sentences));
    claims
        .iter()
        .find(|c| c.speaker == speaker || c.speaker_as_written.as_deref() == Some(speaker))
        .unwrap_or_else(|| panic!("no claim of {speaker:?} in {sentences:?}: {claims:?}"))
        .speaker_kind
}

/// Asserts that every case's claim of the speaker shown has `want` as its kind, listing
/// every case that has not.
fn assert_kinds(cases: &[(&[&str], &str)], want: SpeakerKind) {
    let wrong: Vec<String> = cases
        .iter()
        .map(|(sentences, speaker)| (speaker, kind_of(sentences, speaker)))
        .filter(|(_, kind)| *kind != want)
        .map(|(speaker, kind)| format!("{speaker} [{kind}]"))
        .collect();
    assert!(wrong.is_empty(), "not {want}: {wrong:?}");
}

#[test]
fn a_role_whose_holder_the_article_names_beside_it_is_a_person() {
    let cases: &[(&[&str], &str)] = &[
        // Two holders of the role: either is meant, a person either way.
        (
            &[
                "Le bourgmestre de Namur Paul Roy et le bourgmestre de Liège Luc Petit se sont rencontrés mardi.",
                "« Nous devons coopérer », a estimé le bourgmestre wallon.",
            ],
            "le bourgmestre wallon",
        ),
        // The holder named only after the role spoke.
        (
            &[
                "« Le budget baissera », a averti jeudi la ministre de la Culture.",
                "Sophie Garnier, ministre de la Culture depuis 2022, n'a pas précisé les montants.",
            ],
            "la ministre de la Culture",
        ),
        // The holder named after « auprès de », the role in apposition after the name.
        (
            &[
                "Un adolescent a été interpellé, a appris l'AFP auprès de Nadia Berrada, procureure de la République de Nantes.",
                "Il « aurait menacé plusieurs élèves », précise la procureure de la République de Nantes.",
            ],
            "la procureure de la République de Nantes",
        ),
        // Two ministers named: whichever is meant, a person.
        (
            &[
                "Le ministre des Sports, Karim Bensaïd, et le ministre de la Culture, Henri Lavoie, étaient présents.",
                "« Le stade sera prêt », a assuré le ministre algérien.",
            ],
            "le ministre algérien",
        ),
        // The surname right after a rank written with a capital.
        (
            &[
                "Le Colonel de la garde nationale Issa Traoré a prêté serment lundi.",
                "Deux jours après le putsch, le chef de la garde, le Colonel de la garde nationale Issa Traoré a été investi.",
                "« Nous rétablirons l'ordre », s'est engagé le Colonel Traoré.",
            ],
            "le Colonel Traoré",
        ),
    ];
    assert_kinds(cases, SpeakerKind::Person);
}

#[test]
fn a_role_without_a_named_holder_stays_a_role() {
    let cases: &[(&[&str], &str)] = &[
        // Nobody named with that role.
        (
            &[
                "Paul Roy a été interpellé samedi à Lille.",
                "« Les faits sont graves », a déclaré le procureur.",
            ],
            "le procureur",
        ),
        // A holder of the same noun, of another place.
        (
            &[
                "Jean Morin, maire de Lille, a visité le chantier.",
                "« Les travaux prendront du retard », a reconnu le maire de Roubaix.",
            ],
            "le maire de Roubaix",
        ),
        // A name that only spoke after the role: no apposition, no holder.
        (
            &[
                "« La peine est juste », a déclaré la procureure.",
                "« Mon client fera appel », a répliqué Me Anne Roussel.",
            ],
            "la procureure",
        ),
        // A holder of the other gender.
        (
            &[
                "Marc Denis, ministre de la Santé, a visité l'hôpital.",
                "« Les urgences manquent de bras », a déploré la ministre de la Santé.",
            ],
            "la ministre de la Santé",
        ),
        // The name belongs to the complement, not to the role.
        (
            &["L'avocat du caporal Jean Dupont a affirmé que son client était innocent."],
            "L'avocat du caporal Jean Dupont",
        ),
    ];
    assert_kinds(cases, SpeakerKind::Role);
}

#[test]
fn a_definite_epithet_for_a_named_protagonist_is_a_person() {
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "Le tennisman Jan Keller a battu Paul Roy en trois sets.",
                "« Je suis soulagé », a déclaré l'Allemand de 27 ans.",
            ],
            "l'Allemand de 27 ans",
        ),
        (
            &[
                "Le coureur Marc Aubry a remporté l'étape dimanche.",
                "« C'était dur », a confié le Lyonnais.",
            ],
            "le Lyonnais",
        ),
        (
            &[
                "Le défenseur Luc Petit a quitté le club en juin.",
                "« J'ai besoin de jouer », a expliqué le Franco-Sénégalais.",
            ],
            "le Franco-Sénégalais",
        ),
        (
            &[
                "Paul Roy a été limogé lundi.",
                "« Je n'ai rien à me reprocher », a assuré l'ex-sélectionneur de la Gambie.",
            ],
            "l'ex-sélectionneur de la Gambie",
        ),
        (
            &[
                "Le colonel Jean Mba a pris le pouvoir mardi.",
                "« Nous organiserons des élections », a promis le nouvel homme fort du pays.",
            ],
            "le nouvel homme fort du pays",
        ),
    ];
    assert_kinds(cases, SpeakerKind::Person);
}

#[test]
fn a_descriptor_before_a_name_or_a_thing_keeps_its_kind() {
    // (A noun of agent before a firm's name: the name tells the kind.)
    let kind = kind_of(
        &[
            "Paul Roy a visité l'usine lundi.",
            "Des salariés du chimiste Arkalis, qui a annoncé mardi la suppression de 150 postes, ont manifesté.",
        ],
        "le chimiste Arkalis",
    );
    assert_eq!(kind, SpeakerKind::Organization);
    // (No one named in the article: nobody the epithet could stand for.)
    let kind = kind_of(
        &["« Je suis soulagé », a déclaré l'Allemand de 27 ans."],
        "l'Allemand de 27 ans",
    );
    assert_ne!(kind, SpeakerKind::Person);
}

/// « des inconnus ont revendiqué … », « un inconnu a appelé »: people whose names no one knows
/// are unnamed people (anonymous), whom a later « ils » takes up. Must not: « inconnue » as an
/// adjective leaves the subject its own.
#[test]
fn unknown_people_are_anonymous() {
    assert_kinds(
        &[
            (
                &["Des inconnus ont revendiqué l'incendie du hangar sur un site en ligne."],
                "Des inconnus",
            ),
            (
                &[
                    "Des inconnus ont revendiqué l'incendie du hangar sur un site en ligne.",
                    "« Ce n'est qu'un début », écrivent-ils.",
                ],
                "Des inconnus",
            ),
            (
                &["Un inconnu a affirmé au téléphone qu'une bombe était cachée dans la gare."],
                "Un inconnu",
            ),
        ],
        SpeakerKind::Anonymous,
    );
    assert_eq!(
        kind_of(
            &["La cause de l'incendie reste inconnue, a indiqué la préfecture."],
            "la préfecture"
        ),
        SpeakerKind::Organization
    );
}

/// « le maire de la commune », « le bourgmestre de la Ville de Bruxelles », « le gouverneur de
/// la province », « la présidente de la région »: a role whose complement restates its holder's
/// territory (not naming it) is the person the article named with that role: `person`. Must
/// not: a complement that names another scope (« le maire de la commune voisine »), or a role
/// no one is named with.
#[test]
fn a_role_restating_its_territory_is_its_named_holder() {
    let kind_of = |sentences: &[&str], speaker: &str| {
        find_claims(&one_paragraph(sentences))
            .into_iter()
            .find(|c| c.speaker == speaker)
            .map(|c| c.speaker_kind)
    };
    for (named, role) in [
        (
            "Le maire de Grasse, Paul Girard, a visité le chantier.",
            "le maire de la commune",
        ),
        (
            "Le bourgmestre de Bruxelles, Paul Girard, a visité le chantier.",
            "le bourgmestre de la Ville de Bruxelles",
        ),
        (
            "Le gouverneur du Kivu, Paul Girard, a visité le chantier.",
            "le gouverneur de la province",
        ),
        (
            "La présidente de l'Occitanie, Claire Morel, a visité le chantier.",
            "la présidente de la région",
        ),
    ] {
        let sentences = [
            named,
            &format!("Selon {role}, les travaux dureront deux ans."),
        ];
        assert_eq!(
            kind_of(&sentences, role),
            Some(SpeakerKind::Person),
            "{sentences:?}"
        );
    }
    for (named, role) in [
        (
            "Le maire de Grasse, Paul Girard, a visité le chantier.",
            "le maire de la commune voisine",
        ),
        (
            "Le ministre Paul Girard a visité le chantier.",
            "le maire de la commune",
        ),
    ] {
        let sentences = [
            named,
            &format!("Selon {role}, les travaux dureront deux ans."),
        ];
        assert_eq!(
            kind_of(&sentences, role),
            Some(SpeakerKind::Role),
            "{sentences:?}"
        );
    }
}
