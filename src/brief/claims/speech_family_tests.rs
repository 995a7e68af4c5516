//! Families of speech verbs and locutions the lexicon lacked (session 19, class « verbs the
//! lexicon does not know »): for each family, made-up sentences with other verbs of the family,
//! other subjects, tenses and inserts that must give a claim, and the same words in another
//! sense that must give none.

use super::cue_tests::{expect, expect_none};
use crate::model::ClaimKind::Position;

/// A view held after « être »: « est d'accord avec / sur / pour », « est du même avis »,
/// « est de cet avis » (as « est d'avis que »); not an agreement reached or signed (« se sont
/// mis d'accord », « sont tombés d'accord », « un accord avec »), nor someone's opinion named.
#[test]
fn a_view_held_after_etre_is_a_position() {
    for (sentence, speaker) in [
        (
            "Le maire est vraiment d'accord avec cette proposition.",
            "Le maire",
        ),
        (
            "Les syndicats sont d'accord sur la nécessité d'une pause.",
            "Les syndicats",
        ),
        (
            "La ministre n'est pas d'accord avec le rapport de la Cour des comptes.",
            "La ministre",
        ),
        (
            "Le directeur de l'hôpital était parfaitement d'accord avec ce calendrier.",
            "Le directeur de l'hôpital",
        ),
        ("Son adjoint est du même avis.", "Son adjoint"),
        (
            "La présidente de l'association est elle aussi de cet avis.",
            "La présidente de l'association",
        ),
    ] {
        expect(sentence, speaker, Position);
    }
    for sentence in [
        "Les deux pays se sont mis d'accord sur un cessez-le-feu.",
        "Les deux clubs sont tombés d'accord sur le montant du transfert.",
        "Un accord avec les créanciers a été signé mardi.",
        "Le conseil a donné son accord au projet.",
        "Le ministre a pris connaissance de l'avis du même avocat.",
        "Le texte est soumis à l'avis du Conseil d'État.",
    ] {
        expect_none(sentence);
    }
}
