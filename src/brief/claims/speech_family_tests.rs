//! Families of speech verbs and locutions the lexicon lacked (session 19, class « verbs the
//! lexicon does not know »): for each family, made-up sentences with other verbs of the family,
//! other subjects, tenses and inserts that must give a claim, and the same words in another
//! sense that must give none.

use super::cue_tests::{expect, expect_none};
use crate::model::ClaimKind::{Position, Statement};

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

/// « défendre » outside an incise reports a stance when what it defends is a decision, a
/// measure, a record or a view (« a défendu la réforme », « défend son bilan », « défendait
/// l'idée d'une taxe »); a title, a town, a client, a goal or a position held by arms is
/// defended by deeds.
#[test]
fn defending_a_decision_or_a_view_is_a_position() {
    for (sentence, speaker) in [
        (
            "La ministre a défendu mardi la réforme des retraites devant les députés.",
            "La ministre",
        ),
        ("Le maire défend son bilan face à l'opposition.", "Le maire"),
        (
            "Les syndicats défendent la décision de fermer le site.",
            "Les syndicats",
        ),
        (
            "Le gouvernement a vigoureusement défendu ce choix.",
            "Le gouvernement",
        ),
        (
            "L'avocat défendait l'idée d'une peine plus légère.",
            "L'avocat",
        ),
        (
            "Le président du conseil régional a défendu ses propositions pour le rail.",
            "Le président du conseil régional",
        ),
    ] {
        expect(sentence, speaker, Position);
    }
    for sentence in [
        "Le champion défend son titre samedi à Paris.",
        "L'armée a défendu la ville pendant trois jours.",
        "L'avocat défend son client devant la cour d'assises.",
        "Le gardien a défendu son but avec brio.",
        "Les soldats défendent leur position sur la colline.",
        // A text as subject forbids (« défendre » = « interdire »), it takes no stance.
        "La loi défend la publication de ces images.",
        "Le règlement défend l'idée même de sanction collective.",
        "Le décret défendait la vente de ces produits le dimanche.",
        "Ce texte défend toute réforme du statut sans consultation.",
        "La nouvelle loi défend la publication de ces images.",
    ] {
        expect_none(sentence);
    }
}

/// « ne pas mâcher ses mots »: speaking bluntly, a stance, negated only (« mâche ses mots »
/// mumbles, « mâche ses croquettes » eats).
#[test]
fn not_mincing_words_is_a_position() {
    for (sentence, speaker) in [
        (
            "Le maire n'a pas mâché ses mots contre la direction de l'usine.",
            "Le maire",
        ),
        (
            "Les syndicats ne mâchent pas leurs mots dans leur communiqué.",
            "Les syndicats",
        ),
        (
            "L'entraîneur n'a pas vraiment mâché ses mots samedi soir.",
            "L'entraîneur",
        ),
        (
            "La présidente de la région ne mâchait pas ses mots face aux élus.",
            "La présidente de la région",
        ),
    ] {
        expect(sentence, speaker, Position);
    }
    for sentence in [
        "Le vieil homme mâche ses mots, à peine audible.",
        "Le chien mâche ses croquettes.",
    ] {
        expect_none(sentence);
    }
}

/// « aviser quelqu'un que »: notice given in words, as « informer que » (not « mal avisé »,
/// nor « aviser un passant », to catch sight of him).
#[test]
fn notice_given_that_is_a_statement() {
    for (sentence, speaker) in [
        (
            "Les citoyens ont avisé les élus qu'un climat de peur règne dans le quartier.",
            "Les citoyens",
        ),
        (
            "Le ministère a avisé mardi les hôpitaux que les stocks seront livrés.",
            "Le ministère",
        ),
        (
            "La direction avise ses employés que l'usine fermera en juin.",
            "La direction",
        ),
    ] {
        expect(sentence, speaker, Statement);
    }
    for sentence in [
        "Ce choix mal avisé a coûté cher au club.",
        "Il a avisé un passant dans la rue.",
    ] {
        expect_none(sentence);
    }
}

/// Praise and support in words: « vanter » what it praises (« les mérites », « son bilan »,
/// « les atouts »), « appuyer » a word or a request (« les propos », « la demande », « la
/// candidature »); not « se vanter de » (its own sense), a seller praising his car, nor
/// pressing on a brake or leaning a bike.
#[test]
fn praising_or_supporting_in_words_is_a_position() {
    for (sentence, speaker) in [
        (
            "Le ministre a vanté mardi les mérites de la réforme.",
            "Le ministre",
        ),
        ("La maire vante son bilan devant les habitants.", "La maire"),
        (
            "Les organisateurs vantaient les atouts de la région.",
            "Les organisateurs",
        ),
        (
            "Le ministère a appuyé les propos du Premier ministre.",
            "Le ministère",
        ),
        (
            "La fédération appuie la demande des syndicats.",
            "La fédération",
        ),
        (
            "Plusieurs élus ont vivement appuyé la candidature de la ville.",
            "Plusieurs élus",
        ),
        (
            "L'opposition appuyait cette proposition depuis des mois.",
            "L'opposition",
        ),
    ] {
        expect(sentence, speaker, Position);
    }
    expect(
        "« Le chantier avance bien », appuie le maire de la commune.",
        "le maire de la commune",
        Statement,
    );
    for sentence in [
        "Le vendeur vante sa voiture aux clients.",
        "Le conducteur a appuyé sur le frein.",
        "Il appuie son vélo contre le mur.",
        "Le gardien a appuyé la balle de la main.",
    ] {
        expect_none(sentence);
    }
}

/// What one praises, defends or attacks in words shares its decisions and courses taken
/// (`lexicon::POLICIES`, rv1 R3): « vanter » a strategy, a law, a decision or choices as it
/// praises a record; not « se vanter de », nor a seller's goods.
#[test]
fn praising_a_course_taken_is_a_position() {
    for (sentence, speaker) in [
        (
            "Le ministre a vanté jeudi sa stratégie face à la crise.",
            "Le ministre",
        ),
        (
            "La présidente de région vante la loi votée en juin.",
            "La présidente de région",
        ),
        (
            "Les élus de la majorité vantaient la décision du conseil.",
            "Les élus de la majorité",
        ),
        (
            "Le directeur a longuement vanté ses choix devant les actionnaires.",
            "Le directeur",
        ),
    ] {
        expect(sentence, speaker, Position);
    }
    for sentence in [
        "Le vendeur vante ses tapis aux touristes.",
        "Le guide vante le charme du village.",
    ] {
        expect_none(sentence);
    }
}

/// Thanks are the thanker's position (README « Session 20 »), when the sentence says what for
/// (« pour … », « de / d' » + an infinitive), how (« chaleureusement ») or that it was meant
/// (« tient à / a voulu remercier »); « remercier » alone is as often a dismissal (« Le club a
/// remercié son entraîneur »), and the passive always is.
#[test]
fn thanks_given_are_a_position() {
    for (sentence, speaker) in [
        (
            "Le maire a remercié les pompiers pour leur intervention rapide.",
            "Le maire",
        ),
        (
            "La réalisatrice a tenu à remercier le jury dans une courte vidéo.",
            "La réalisatrice",
        ),
        (
            "La présidente remercie chaleureusement les bénévoles du festival.",
            "La présidente",
        ),
        (
            "Le préfet a remercié les habitants d'avoir respecté les consignes.",
            "Le préfet",
        ),
        (
            "Les syndicats ont voulu remercier les usagers de leur patience.",
            "Les syndicats",
        ),
        (
            "L'entraîneur remercie ses joueurs de s'être battus jusqu'au bout.",
            "L'entraîneur",
        ),
    ] {
        expect(sentence, speaker, Position);
    }
    for sentence in [
        "Le club a remercié son entraîneur après la défaite.",
        "Le technicien a été remercié par la fédération au lendemain de l'élimination.",
        "L'entraîneur, remercié en mars, a retrouvé un club.",
        "Les ouvriers ont été remerciés après trente ans de service.",
        "La direction a remercié trois cadres en janvier.",
    ] {
        expect_none(sentence);
    }
}
