//! Tests of a feeling or a side narrated after « être », « rester » or « demeurer » (session
//! 19, README « narrated feelings »: « les riverains sont inquiets », « X reste confiant »,
//! « sont opposés à » are the subject's position), with adverbs and words of degree between;
//! a thing's state, a side said of a pronoun that may stand for a thing, and the adjective
//! without a copula make no claim, but in a headline that drops the copula (« La mairie
//! satisfaite de … », session 20, `cues/headlines.rs`).

use super::tests::{claims_of as claims, expect_claim as expect, expect_no_claim as expect_none};
use crate::model::ClaimKind;

/// A feeling or a side after a copula is the subject's position; words quoted after it, a
/// statement.
#[test]
fn a_feeling_or_a_side_after_a_copula_is_a_position() {
    for (sentence, speaker) in [
        (
            "Les riverains sont très inquiets des nuisances du chantier.",
            "Les riverains",
        ),
        (
            "Le maire reste confiant pour la suite du projet.",
            "Le maire",
        ),
        (
            "Les syndicats sont farouchement opposés à la réforme.",
            "Les syndicats",
        ),
        (
            "La ministre est favorable à un report du scrutin.",
            "La ministre",
        ),
        (
            "Les économistes restent sceptiques quant à l'efficacité de la mesure.",
            "Les économistes",
        ),
        ("Paul Martin demeure optimiste.", "Paul Martin"),
        (
            "Les élus sont tous opposés à la fermeture de la maternité.",
            "Les élus",
        ),
        (
            "Les commerçants étaient plutôt réticents face au projet de piétonnisation.",
            "Les commerçants",
        ),
        // The idiom « être vent debout contre »: fiercely opposed.
        (
            "Les riverains restent vent debout contre le projet de décharge.",
            "Les riverains",
        ),
        (
            "Le maire reste vent debout contre le projet d'autoroute.",
            "Le maire",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    expect(
        "Le syndicat est inquiet : « Les commandes s'effondrent. »",
        "Le syndicat",
        ClaimKind::Statement,
    );
}

/// A thing's state, a side said of a pronoun (it may stand for conclusions or a climate), the
/// adjective without a copula, and « opposé » without « à » make no claim.
#[test]
fn a_state_without_someone_is_no_position() {
    for sentence in [
        "Les deux équipes seront opposées en finale.",
        "Les conditions restent favorables à une reprise.",
        "Le temps reste favorable aux semis.",
        "Elles sont favorables au projet.",
        "Un homme inquiet attendait devant la mairie.",
        "Les deux textes sont opposés.",
        "Le climat reste hostile aux investisseurs.",
        "Le vent est debout contre la digue depuis ce matin.",
    ] {
        expect_none(sentence);
    }
    assert!(
        claims("Confiant, le coureur a attaqué dans la dernière montée.").is_empty(),
        "a bare adjective"
    );
}

/// A feeling's or a side's adjective inside a subject, before or after its verb, is no verb:
/// the subject keeps it (rv1 N1: they were forms of a « verb » « être hostile » to every reader
/// that asks whether a word is a verb form).
#[test]
fn a_stance_adjective_inside_a_subject_is_no_verb() {
    for (sentence, speaker, kind) in [
        (
            "« La route est dangereuse », a lancé un habitant furieux.",
            "un habitant furieux",
            ClaimKind::Statement,
        ),
        // « intime » is an adjective here, no form of « intimer » (rv2 B8).
        (
            "Un proche intime du ministre a affirmé que la démission était prête.",
            "Un proche intime du ministre",
            ClaimKind::Statement,
        ),
        (
            "« Il était épuisé », a confié un ami intime.",
            "un ami intime",
            ClaimKind::Statement,
        ),
        (
            "« Rien n'est décidé », a assuré un collaborateur intime du président.",
            "un collaborateur intime du président",
            ClaimKind::Statement,
        ),
        (
            "Les riverains inquiets ont affirmé que le chantier les empêchait de dormir.",
            "Les riverains inquiets",
            ClaimKind::Statement,
        ),
        (
            "Un élu sceptique a estimé lundi que le budget ne tiendrait pas.",
            "Un élu sceptique",
            ClaimKind::Position,
        ),
        (
            "Une militante hostile au projet a prévenu jeudi que la mobilisation durerait.",
            "Une militante hostile au projet",
            ClaimKind::Warning,
        ),
        (
            "Des commerçants optimistes assurent que la saison sera bonne.",
            "Des commerçants optimistes",
            ClaimKind::Statement,
        ),
        (
            "« C'est une erreur », a déclaré mardi un député sceptique.",
            "un député sceptique",
            ClaimKind::Statement,
        ),
        (
            "Les parents, inquiets, ont réclamé une réunion avec la direction.",
            "Les parents",
            ClaimKind::Call,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
}

/// A headline that drops the copula, someone then the feeling or side it takes (« La
/// mairie satisfaite de … », « Le Mexique en désaccord avec … »), is that speaker's position,
/// as « sont inquiets » is (`cues/headlines.rs`). No claim for a thing or a document as
/// subject, a headline capital on a common noun, a victim or an act, nor a sentence.
#[test]
fn a_headline_dropping_the_copula_gives_the_feeling_s_position() {
    for (sentence, speaker) in [
        ("La mairie satisfaite de son marché de Noël", "La mairie"),
        (
            "Les éleveurs toujours inquiets pour leur récolte",
            "Les éleveurs",
        ),
        ("Le Chili en désaccord avec Buenos Aires", "Le Chili"),
        (
            "Le Mexique d'accord avec Washington sur les droits de douane",
            "Le Mexique",
        ),
        (
            "Les riverains hostiles au projet de parc éolien",
            "Les riverains",
        ),
        ("Paul Durand déçu par la décision du jury", "Paul Durand"),
        (
            "Le maire de Lyon plutôt favorable à la fusion",
            "Le maire de Lyon",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Un climat hostile aux investisseurs",
        "Le rapport favorable au projet",
        "Prévisions pessimistes",
        "Un cycliste tué par un chauffard à Nantes",
        // A participle right after the feeling: an event (rv2 B9).
        "Un automobiliste hostile interpellé par la police",
        "Des supporters furieux évacués du stade",
        "Une élue inquiète agressée à la sortie du conseil",
        "Le suspect arrêté par la police après le cambriolage",
        "Un projet favorable aux familles",
        "Les habitants satisfaits ont quitté la salle.",
    ] {
        expect_none(sentence);
    }
}

/// A headline's sentence may follow its topic and a colon or a dash (« Grasse : le maire en
/// colère contre la préfecture », « Pêche – les marins inquiets pour leur avenir »); anger at
/// someone (« en colère contre X ») is a side taken against them. Must not: anger with no one
/// it is against (« en colère après l'annulation »), a victim after a topic.
#[test]
fn a_headline_after_its_topic_and_anger_against_someone() {
    for (sentence, speaker) in [
        (
            "Cannes : le maire en colère contre la préfecture après l'arrivée de caravanes",
            "le maire",
        ),
        (
            "Fermeture de l'usine : les salariés en colère contre la direction",
            "les salariés",
        ),
        (
            "Les agriculteurs en colère contre Bruxelles",
            "Les agriculteurs",
        ),
        ("Pêche – les marins inquiets pour leur avenir", "les marins"),
        ("Budget : la mairie satisfaite de ses comptes", "la mairie"),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Le chanteur Paul Durand en colère après l'annulation",
        "Incendie : un pompier blessé par les flammes",
        "Météo : un climat hostile aux cultures",
    ] {
        expect_none(sentence);
    }
}

/// « se sentir » and a side or a feeling (« se sent prêt pour relever le défi », « se
/// sentent très inquiets », « se sent solidaire des grévistes »): the subject's position, as
/// « se dire prêt » and « reste confiant ». Not a state of health or comfort (« se sent
/// bien », « se sent fatigué »), nor « sentir » a smell.
#[test]
fn se_sentir_and_a_side_or_a_feeling() {
    for (sentence, speaker) in [
        (
            "Le candidat se sent prêt pour relever le défi.",
            "Le candidat",
        ),
        (
            "Les éleveurs se sentent très inquiets pour la suite.",
            "Les éleveurs",
        ),
        ("La maire se sent solidaire des grévistes.", "La maire"),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Le joueur se sent bien dans son nouveau club.",
        "Le coureur se sent fatigué après l'étape.",
        "Ça sent bon la victoire.",
    ] {
        expect_none(sentence);
    }
}

/// A group's feeling told through what stirs it (`cues/felt_by.rs`): the group object of a
/// verb of worry, or where a feeling rises after « chez », closing the sentence, is that
/// group's position; so one person's (README « Session 21 »: « … inquiète Karel »).
#[test]
fn a_group_stirred_by_something_holds_the_feeling() {
    for (sentence, speaker) in [
        (
            "La fermeture de la ligne inquiète les usagers du quotidien.",
            "les usagers du quotidien",
        ),
        (
            "Des retards de paiement qui préoccupent sérieusement les agriculteurs.",
            "les agriculteurs",
        ),
        (
            "L'exaspération grandit chez les riverains de l'aéroport.",
            "les riverains de l'aéroport",
        ),
        ("La colère gronde chez les enseignants.", "les enseignants"),
        ("Une menace bien plus grave inquiète Paul.", "Paul"),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        // A thing stirred, a clitic object, the adjective.
        "La hausse des taux inquiète les marchés.",
        "Cette annonce les inquiète beaucoup.",
        "La famille inquiète attend des nouvelles de l'hôpital.",
        // Not where a feeling rises.
        "Il a dîné chez les parents de sa femme.",
    ] {
        expect_none(sentence);
    }
    // Before an incise, the clause is the speaker's words.
    expect(
        "Cette décision inquiète les syndicats, a indiqué le maire.",
        "le maire",
        ClaimKind::Statement,
    );
}

/// Someone shocked, shaken or let down by what the sentence names (« choquer », « ébranler »,
/// « décevoir », … in `cues/felt_by.rs`), or left in a feeling by it (« laisse X perplexe »,
/// « laissant pantois X »), closing the sentence, holds that feeling as a position: a group,
/// one role, a family, negated or not. Must not: a thing stirred, an adjective after a copula
/// (« est indigne des élus »), « surprendre » in the sense of catching, a quotation the
/// sentence opens on.
#[test]
fn someone_shocked_or_left_in_a_feeling_holds_it() {
    for (sentence, speaker) in [
        (
            "Ces coupes budgétaires choquent les enseignants.",
            "les enseignants",
        ),
        (
            "C'est la « lenteur de l'enquête » qui a choqué l'ancienne directrice.",
            "l'ancienne directrice",
        ),
        (
            "La manifestation, très suivie, n'ébranle pas le gouvernement.",
            "le gouvernement",
        ),
        (
            "Cette explication laisse la famille du défunt perplexe.",
            "la famille du défunt",
        ),
        (
            "Les sirènes ont retenti toute la nuit, laissant pantois les habitants.",
            "les habitants",
        ),
        ("Le tracé retenu déçoit les riverains.", "les riverains"),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "La hausse des taux choque les marchés.",
        "Ce comportement est indigne des élus.",
        "Les gendarmes ont surpris les cambrioleurs.",
        "« Le pont va céder » : cette rumeur a choqué les riverains.",
        "Cette panne laisse la ville sans courant.",
    ] {
        let found = claims(sentence);
        let stirred = [
            "les marchés",
            "les élus",
            "les cambrioleurs",
            "les riverains",
            "la ville",
        ];
        assert!(
            found
                .iter()
                .all(|(who, _)| !stirred.contains(&who.as_str())),
            "{sentence}: {found:?}"
        );
    }
}
