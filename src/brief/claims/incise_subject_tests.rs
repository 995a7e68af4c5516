//! The pronoun of an incise closing a quotation that a colon opens (« Le voisin, un retraité,
//! agite un drapeau : « … », assure-t-il ») stands for the subject of the clause before the
//! colon, not for someone an earlier sentence named: made-up articles whose last sentence must
//! name that subject, and ones where it must not (another gender or number, a subject that
//! cannot speak, a second candidate of the pronoun's gender in the clause, no clause).

use super::tests::one_paragraph;
use super::*;
use crate::model::SpeakerKind;

/// The (speaker, kind) of every claim of the article's last sentence.
fn last_speakers(sentences: &[&str]) -> Vec<(String, SpeakerKind)> {
    let last = sentences.len();
    find_claims(&one_paragraph(sentences))
        .into_iter()
        .filter(|c| c.segment == last)
        .map(|c| (c.speaker, c.speaker_kind))
        .collect()
}

#[test]
fn the_incise_pronoun_takes_the_subject_before_the_colon() {
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "Le maire Paul Girard a inauguré la salle.",
                "Le voisin, un retraité, agite un drapeau : « On ne lâchera rien », assure-t-il.",
            ],
            "Le voisin",
        ),
        (
            &[
                "La ministre Claire Dubois a visité l'hôpital jeudi.",
                "Debout près de la grille, Sophie, une infirmière du service, brandit une pancarte : « Nous sommes épuisées », lance-t-elle.",
            ],
            "Sophie",
        ),
        (
            &[
                "Le préfet Marc Lenoir a survolé la zone.",
                "Julien, un agriculteur de la vallée, montre ses champs inondés : « Tout est perdu », soupire-t-il.",
            ],
            "Julien",
        ),
        (
            &[
                "La juge Anne Morel a rendu sa décision mardi.",
                "Les avocates de la défense, réunies dans le hall, ont improvisé un point presse : « Nous ferons appel », annoncent-elles.",
            ],
            "Les avocates de la défense",
        ),
        (
            &[
                "La présidente de région, Hélène Vasseur, est venue samedi.",
                "Assise sur un banc, une habitante a pris la parole devant les caméras : « Je n'ai plus de maison », raconte-t-elle.",
            ],
            "une habitante",
        ),
        (
            &[
                "Le président du club, Olivier Marchal, a présenté le budget.",
                "Lundi soir, l'entraîneur a réuni ses joueurs dans le vestiaire : « Il faut tout donner », a-t-il expliqué.",
            ],
            "l'entraîneur",
        ),
    ];
    for (sentences, want) in cases {
        let got = last_speakers(sentences);
        assert!(
            got.len() == 1 && got[0].0.eq_ignore_ascii_case(want),
            "{sentences:?}\n  want {want:?}, got {got:?}"
        );
    }
}

#[test]
fn no_subject_before_the_colon_that_the_pronoun_cannot_stand_for() {
    // (sentences, a speaker it must not give, the speaker it must give when it is known)
    let cases: &[(&[&str], &str, Option<&str>)] = &[
        // Another gender: the woman named before is still the one.
        (
            &[
                "La ministre Claire Dubois a parlé devant les élus.",
                "Le voisin, un retraité, agite un drapeau : « On ne lâchera rien », assure-t-elle.",
            ],
            "Le voisin",
            Some("Claire Dubois"),
        ),
        // Another number.
        (
            &[
                "Le maire Paul Girard a inauguré la salle.",
                "Les voisins agitent des drapeaux : « On ne lâchera rien », assure-t-il.",
            ],
            "Les voisins",
            None,
        ),
        // A subject that cannot speak.
        (
            &[
                "Le maire Paul Girard a visité le quartier mercredi.",
                "Le climat reste tendu dans les rues : « Nous restons vigilants », assure-t-il.",
            ],
            "Le climat",
            Some("Paul Girard"),
        ),
        // No clause before the colon.
        (
            &[
                "Le maire Paul Girard a inauguré la salle.",
                "Réaction du voisin, un retraité : « On ne lâchera rien », assure-t-il.",
            ],
            "Réaction",
            None,
        ),
        // Two men in the clause: either may speak, unresolved.
        (
            &[
                "Le maire Paul Girard a inauguré la salle.",
                "Le voisin, un retraité, a interpellé le préfet : « On ne lâchera rien », assure-t-il.",
            ],
            "Paul Girard",
            None,
        ),
        // Two women in the clause.
        (
            &[
                "La ministre Claire Dubois a parlé.",
                "Sophie, une infirmière, a montré la directrice du doigt : « Elle nous ment », lance-t-elle.",
            ],
            "Claire Dubois",
            None,
        ),
    ];
    for (sentences, wrong, want) in cases {
        let got = last_speakers(sentences);
        assert!(
            !got.iter().any(|(s, _)| s.contains(wrong)),
            "{sentences:?}\n  must not give {wrong:?}, got {got:?}"
        );
        if let Some(want) = want {
            assert!(
                got.iter().any(|(s, _)| s == want),
                "{sentences:?}\n  want {want:?}, got {got:?}"
            );
        }
    }
    // The two-candidate clauses leave the pronoun unresolved.
    for sentences in [&cases[4].0, &cases[5].0] {
        let got = last_speakers(sentences);
        assert!(
            got.iter().all(|(_, k)| *k == SpeakerKind::Unattributed),
            "{sentences:?}\n  want unresolved, got {got:?}"
        );
    }
}

/// What the subject gives before the colon, a toll or a figure (« un bilan », « une
/// estimation »), is no second candidate for the incise's pronoun: the subject speaks. A
/// person or a role named there still is (« Le voisin montre le maire : « … », dit-il »).
#[test]
fn a_toll_given_is_no_rival_of_the_subject() {
    assert_eq!(
        last_speakers(&[
            "Le préfet Marc Lenoir a survolé la zone.",
            "Mais un habitant a donné un bilan différent : « Trois maisons ont brûlé », a-t-il dit.",
        ]),
        [("un habitant".to_string(), SpeakerKind::Anonymous)]
    );
    let got = last_speakers(&["Le voisin montre le maire : « Tout a brûlé », dit-il."]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, SpeakerKind::Unattributed, "{got:?}");
}

/// « Le maire a menti, dénonce-t-il »: one blames another; the subject of the clause an
/// incise of blame closes (critiquer, dénoncer, fustiger, accuser …) is its target, never
/// the incise's pronoun. Must not: an incise that reports, « a-t-il indiqué », keeps it.
#[test]
fn the_target_of_blame_is_not_the_incise_pronoun() {
    for sentence in [
        "Le gouvernement préfère ignorer les critiques internationales, critique-t-il.",
        "Le maire a menti aux habitants, dénonce-t-il.",
        "Le ministre a oublié les agriculteurs, fustige-t-il.",
    ] {
        let got = last_speakers(&[sentence]);
        assert!(
            got.iter()
                .all(|(_, kind)| *kind == SpeakerKind::Unattributed),
            "{sentence}: {got:?}"
        );
    }
    assert_eq!(
        last_speakers(&["Le Haut commissariat a ordonné l'évacuation du camp, a-t-il indiqué."]),
        [(
            "Le Haut commissariat".to_string(),
            SpeakerKind::Organization
        )]
    );
}

/// « Le bilan est de trois blessés, a-t-il précisé »: a document or a count the clause before
/// the incise tells of (a toll, figures, a report, a bill, a plan) is what someone talks
/// about, not who speaks; the pronoun is read as any other (the one who spoke or was named
/// before, or no one), never the document. Must not: a body or a role as that subject, beside
/// someone else who spoke before, leaves the pronoun unresolved (either may be meant).
#[test]
fn a_document_or_a_count_told_of_is_not_the_incise_pronoun() {
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "Le général Paul Martin a visité la caserne.",
                "« Tout est calme », a-t-il déclaré.",
                "Le bilan est de trois blessés, a-t-il précisé.",
            ],
            "Paul Martin",
        ),
        (
            &[
                "Le maire Marc Lenoir a reçu les riverains.",
                "« Nous tiendrons les délais », a-t-il assuré.",
                "Le rapport des experts sera publié en mars, indique-t-il.",
            ],
            "Marc Lenoir",
        ),
        (
            &[
                "Le député Paul Girard a interpellé le gouvernement.",
                "« Ce n'est pas sérieux », a-t-il lancé.",
                "Le texte de loi ne prévoit aucune sanction, a-t-il déploré.",
            ],
            "Paul Girard",
        ),
        (
            &[
                "Le préfet Marc Lenoir a survolé la zone.",
                "« La situation reste tendue », a-t-il reconnu.",
                "Le projet de l'armée était de boucler le quartier avant l'aube, a-t-il expliqué.",
            ],
            "Marc Lenoir",
        ),
    ];
    for (article, want) in cases {
        assert_eq!(
            last_speakers(article),
            [(want.to_string(), SpeakerKind::Person)],
            "{article:?}"
        );
    }
    // (So when no one else spoke before: the one named before, or no one.)
    assert_eq!(
        last_speakers(&[
            "Le procureur Marc Roux a ouvert une enquête.",
            "Le rapport d'autopsie de la victime, un homme de 40 ans, sera rendu lundi, a-t-il précisé.",
        ]),
        [("Marc Roux".to_string(), SpeakerKind::Person)]
    );
    let got = last_speakers(&[
        "La maire Anne Roy a dénoncé le projet.",
        "Le rapport du préfet sera publié en mars, a-t-il indiqué.",
    ]);
    assert!(
        got.len() == 1 && got[0].1 == SpeakerKind::Unattributed,
        "{got:?}"
    );
    for article in [
        [
            "Le maire Paul Martin a visité le chantier.",
            "« Nous tiendrons », a-t-il déclaré.",
            "Le syndicat refuse de signer, a-t-il ajouté.",
        ],
        [
            "Le maire Paul Martin a visité le chantier.",
            "« Nous tiendrons », a-t-il déclaré.",
            "Le ministère a ordonné l'évacuation, a-t-il indiqué.",
        ],
    ] {
        let got = last_speakers(&article);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, SpeakerKind::Unattributed, "{article:?}: {got:?}");
    }
}
