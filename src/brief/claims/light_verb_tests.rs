//! Tests of the light verbs and their nouns of speech (`cues/light_verbs.rs`, session 19): one
//! reader for « lancer un appel », « adresser une mise en garde », « dresser / tracer un
//! bilan », « pousser un cri d'alarme », « multiplier les critiques »…, with adverbs, dates and
//! adjectives between the verb and its noun; the same verbs with other objects, a tender, and
//! an appeal or a warning only addressed to someone make no claim.

use super::tests::{expect_claim as expect, expect_no_claim as expect_none};
use crate::model::ClaimKind;

/// A light verb and a noun of speech, whatever stands between them, is a claim of the noun's
/// kind.
#[test]
fn a_light_verb_and_its_noun_of_speech_are_a_claim() {
    for (sentence, speaker, kind) in [
        (
            "Le syndicat lance également un appel aux salariés pour rejoindre la grève.",
            "Le syndicat",
            ClaimKind::Call,
        ),
        (
            "Le préfet a lancé lundi un nouvel appel à la vigilance.",
            "Le préfet",
            ClaimKind::Call,
        ),
        // (Every ordinal ranks the noun as « nouvel » does: lexicon::ranks.)
        (
            "Le maire a lancé un second appel aux dons pour les sinistrés.",
            "Le maire",
            ClaimKind::Call,
        ),
        (
            "La présidente a exprimé ses premières inquiétudes sur le projet.",
            "La présidente",
            ClaimKind::Position,
        ),
        (
            "Les syndicats ont lancé un deuxième appel à la grève.",
            "Les syndicats",
            ClaimKind::Call,
        ),
        (
            "La ministre a adressé une mise en garde aux exploitants, leur rappelant que la loi s'applique à tous.",
            "La ministre",
            ClaimKind::Warning,
        ),
        (
            "La députée adresse une nouvelle fois une mise en garde au gouvernement sur le coût de la réforme.",
            "La députée",
            ClaimKind::Warning,
        ),
        (
            "Les responsables du salon ont tracé un bilan très positif de cette édition.",
            "Les responsables du salon",
            ClaimKind::Statement,
        ),
        (
            "L'entraîneur trace un bilan sévère de la saison de son équipe.",
            "L'entraîneur",
            ClaimKind::Statement,
        ),
        (
            "L'association a lancé hier un cri d'alarme sur la pénurie de médecins.",
            "L'association",
            ClaimKind::Warning,
        ),
        (
            "Le syndicat a poussé un cri d'alarme face à la fermeture de l'usine.",
            "Le syndicat",
            ClaimKind::Warning,
        ),
        (
            "La fédération a multiplié les mises en garde contre ce projet.",
            "La fédération",
            ClaimKind::Warning,
        ),
        (
            "Les élus ont formulé de vives critiques contre le tracé de l'autoroute.",
            "Les élus",
            ClaimKind::Position,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
}

/// The same verbs with other objects say nothing; a tender is no call; an appeal or a warning
/// only addressed to someone names speech without its content (session 13).
#[test]
fn light_verbs_without_a_noun_of_speech_are_no_claim() {
    for sentence in [
        "L'architecte a tracé les plans du nouveau stade.",
        "L'avion a tracé une ligne blanche dans le ciel.",
        "La pluie a tracé un sillon dans le champ.",
        "Le président a adressé une lettre au ministre.",
        "Les enfants ont lancé des ballons dans la cour.",
        "La police a dressé une barrière devant la mairie.",
        "Le club a multiplié les victoires cette saison.",
        "Les manifestants ont poussé la voiture hors de la route.",
        "La mairie a lancé également un appel d'offres pour la cantine.",
        "La présidente a adressé de sévères mises en garde aux élus frondeurs.",
        "Le maire a lancé hier un nouvel appel aux habitants du quartier.",
    ] {
        expect_none(sentence);
    }
}

/// « été » after « d' », an article or « cet » is the season, no passive: « Les organisateurs
/// du Camp d'été ont dit que » is the organisers' claim.
#[test]
fn the_summer_in_a_subject_is_no_passive() {
    for (sentence, speaker) in [
        (
            "Les organisateurs du Camp d'été ont dit que la saison était bonne.",
            "Les organisateurs du Camp d'été",
        ),
        (
            "La directrice de l'Université d'été a affirmé que les inscriptions doublaient.",
            "La directrice de l'Université d'été",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("Une plainte a été déposée par la famille.");
}

/// A cry voices words when it is one of anger or distress (« pousse un cri de colère »), not a
/// scream (« un cri de douleur »).
#[test]
fn a_cry_of_anger_is_words_a_cry_of_pain_is_not() {
    expect(
        "Les parents ont poussé mardi un cri de détresse devant l'école fermée.",
        "Les parents",
        ClaimKind::Statement,
    );
    for sentence in [
        "Le blessé a poussé un cri de douleur.",
        "La foule a poussé un cri de joie au coup de sifflet final.",
    ] {
        expect_none(sentence);
    }
}

/// A headline with no verb whose noun of speech, with a determiner, names whose words they are
/// after « de » (README « Session 20 ») is a claim of the noun's kind, opening the headline or
/// after its topic and a comma or a colon; « l'appel » only with what it calls for. No claim
/// for a sentence (a verb, a closing period), a bare noun heading a section, « la critique
/// de X » (of X or by X), a tender, custody, an appeal lodged in court, or no one after « de ».
#[test]
fn a_headline_whose_cue_is_a_noun_is_a_claim() {
    for (sentence, speaker, kind) in [
        (
            "Hausse des prix de l'énergie, la mise en garde de la Banque de France",
            "la Banque de France",
            ClaimKind::Warning,
        ),
        (
            "Fermeture de la maternité : le coup de gueule du maire de Die",
            "le maire de Die",
            ClaimKind::Position,
        ),
        (
            "Le démenti du ministère de la Santé",
            "le ministère de la Santé",
            ClaimKind::Denial,
        ),
        (
            "Grève des transports : l'appel des syndicats au calme",
            "les syndicats",
            ClaimKind::Call,
        ),
        (
            "Rougeole : le cri d'alarme des médecins",
            "les médecins",
            ClaimKind::Warning,
        ),
        (
            "Le plaidoyer de Paul Durand pour la paix au Proche-Orient",
            "Paul Durand",
            ClaimKind::Call,
        ),
        (
            "Retraites : le nouvel avertissement de la Cour des comptes",
            "la Cour des comptes",
            ClaimKind::Warning,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "L'appel d'offres de la mairie pour la cantine",
        "La mise en garde à vue du suspect",
        "L'appel du 18 juin",
        "L'appel de la forêt",
        "Le coup de gueule du printemps",
        "Critique de Marine Le Pen",
        "Procès de l'incendie : l'appel du parquet",
        "Réforme : la critique du projet de loi",
        "Cour d'appel de Paris : le procès reporté",
    ] {
        expect_none(sentence);
    }
}

/// A promise renewed or repeated, what is promised in an infinitive after it (« a renouvelé
/// son engagement à réformer l'État », « a renouvelé jeudi son engagement à lutter contre la
/// fraude »): a statement. Not a soldier's re-enlistment (« son engagement dans l'armée »).
#[test]
fn a_promise_renewed_with_what_is_promised() {
    expect(
        "Le Conseil a renouvelé son engagement à réformer l'État.",
        "Le Conseil",
        ClaimKind::Statement,
    );
    expect(
        "Le ministre a renouvelé jeudi son engagement à lutter contre la fraude.",
        "Le ministre",
        ClaimKind::Statement,
    );
    expect_none("Le soldat a renouvelé son engagement dans l'armée.");
}

/// Thanks addressed (« a adressé ses remerciements aux bénévoles ») are a position, as « a
/// remercié » is (README « Session 20 »). The same verb sending a thing is no claim, nor are
/// condolences (`idiom_tests::addressing_reproaches_is_a_stance`).
#[test]
fn thanks_addressed_are_a_position() {
    expect(
        "La directrice a adressé ses remerciements aux parents d'élèves pour leur aide.",
        "La directrice",
        ClaimKind::Position,
    );
    expect(
        "Le préfet adresse ses chaleureux remerciements aux pompiers du département.",
        "Le préfet",
        ClaimKind::Position,
    );
    expect_none("Le maire a adressé un courrier aux riverains du chantier.");
    expect_none("Le club adresse ses maillots dédicacés aux supporters.");
}
