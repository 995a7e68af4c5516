//! Tests of the reporting idioms the lexicon lacked in session 10 (issue 18): « se prononcer
//! sur », « prendre position dans / sur », « se vanter que », « donner raison / tort à »,
//! « livrer / apporter / donner des précisions », « plaider (non) coupable ». Each class has
//! made-up sentences over several verbs' tenses and word orders that must give the claim, and
//! the same words in their other sense (a ruling, a vote, troops, a plea to come, a subject
//! that cannot speak, details refused) that must give none.

use super::tests::{expect_claim as expect, expect_no_claim as expect_none};
use crate::model::ClaimKind;

/// « se prononcer pour / contre » takes a side; « se prononcer sur » gives a view only when the
/// sentence says which (a side, a « que » clause, a quotation): alone it says nothing anyone
/// could quote (issue 18 convention, session 12: a speech verb with no content makes no claim).
/// A court's ruling, a vote and what is still to be said are no claim either.
#[test]
fn giving_a_view_on_something_is_a_stance() {
    for (sentence, speaker) in [
        (
            "Les syndicats se sont prononcés pour la grève.",
            "Les syndicats",
        ),
        (
            "Le ministre s'est prononcé sur le référendum en faveur du oui.",
            "Le ministre",
        ),
        (
            "Paul Martin s'est également prononcé mardi sur la réforme, qu'il juge « injuste ».",
            "Paul Martin",
        ),
        (
            "La députée se prononce clairement contre le projet de loi.",
            "La députée",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Le ministre s'est prononcé sur le référendum de dimanche.",
        "Paul Martin s'est également prononcé mardi sur la réforme des retraites.",
        "Les syndicats se sont prononcés sur la proposition de la direction.",
        "La Cour suprême s'est prononcée sur le recours des familles.",
        "Le tribunal s'est prononcé sur la demande de libération.",
        "Les électeurs se prononceront sur le texte en juin.",
        "Le ministre se prononcera sur le dossier la semaine prochaine.",
        "Le Conseil constitutionnel doit se prononcer sur la loi.",
        "Le mot se prononce avec un accent.",
    ] {
        expect_none(sentence);
    }
}

/// « répondre à X » with nothing said (no « que » clause, colon or quotation) is no claim,
/// whatever stands between the subject and the verb; an incise after a quotation, « répondre
/// que » and a colon stay claims.
#[test]
fn answering_someone_without_words_is_no_claim() {
    for sentence in [
        "La ministre a répondu à une question d'un journaliste lors de la conférence de presse.",
        "Le ministre de l'Intérieur, qui n'était pas présent, a répondu à sa place.",
        "L'un des chefs de l'opposition, Paul Martin en l'occurrence, a répondu au gouvernement.",
        "Le porte-parole, Jean Dubois, a répondu, ce mardi soir, aux accusations du syndicat.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le ministre de l'Intérieur, qui n'était pas présent, a répondu que la loi serait appliquée.",
            "Le ministre de l'Intérieur",
        ),
        (
            "« Non, il ne faut pas s'inquiéter », a répondu la porte-parole à une question de la radio.",
            "la porte-parole",
        ),
        (
            "Le porte-parole, Jean Dubois, a répondu : « Nous verrons. »",
            "Jean Dubois",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// « évoquer » + a definite noun phrase is a topic mentioned (session 12), also when a long
/// apposition sets the subject off by commas: an incise closes what was said before it (a
/// quotation or a clause with its verb), and « Le porte-parole, X, ministre de …, a évoqué
/// la condamnation des soldats » has none. A true incise after a clause keeps its subject.
#[test]
fn a_topic_mentioned_after_an_apposition_says_nothing() {
    expect_none(
        "En marge de la réunion, le porte-parole du gouvernement, Paul Martin, ministre de la Communication, a évoqué la condamnation des soldats détenus au Mali.",
    );
    expect(
        "La piste criminelle n'est pas écartée, évoque le maire.",
        "le maire",
        ClaimKind::Statement,
    );
}

/// « prendre position dans / sur » takes a stance when an adverb says it was said or a debate
/// follows; troops taking up position in a place say nothing.
#[test]
fn taking_a_position_in_a_debate_is_a_stance() {
    for (sentence, speaker) in [
        (
            "Pour la première fois, la maire a pris clairement position dans le conflit qui oppose les chauffeurs à la société.",
            "la maire",
        ),
        ("Le président a pris position dans ce débat.", "Le président"),
        ("Paul Martin a pris position sur la réforme.", "Paul Martin"),
        (
            "La présidente prend publiquement position sur le dossier.",
            "La présidente",
        ),
        (
            "Les évêques avaient pris position dans la polémique.",
            "Les évêques",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Les soldats ont pris position dans le village.",
        "Les troupes ont pris position sur la colline.",
        "Les tireurs prennent position sur les toits.",
        "Les policiers avaient pris position dans la rue.",
    ] {
        expect_none(sentence);
    }
}

/// « se vanter que / de » is someone boasting; a place « se vante d'un château » says nothing.
#[test]
fn boasting_is_a_statement_by_someone() {
    for (sentence, speaker) in [
        (
            "Le maire s'est vanté mardi que la ville n'a plus de dette.",
            "Le maire",
        ),
        (
            "Paul Martin se vante que son équipe a gagné tous ses matchs.",
            "Paul Martin",
        ),
        (
            "La ministre se vantait d'avoir réduit le chômage.",
            "La ministre",
        ),
        (
            "Les dirigeants se sont vantés hier qu'ils avaient doublé les ventes.",
            "Les dirigeants",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Le village se vante d'un magnifique château.",
        "La région se vante de ses vins depuis des siècles.",
    ] {
        expect_none(sentence);
    }
}

/// « donner raison / tort à X » is siding with X, by a person or a body, voters included, X
/// named or a dative pronoun (« leur donnent raison »); facts, the future and a court's
/// judgement side with nobody in words, nor does a gift.
#[test]
fn siding_with_someone_is_a_stance() {
    for (sentence, speaker) in [
        ("Le maire a donné raison aux riverains.", "Le maire"),
        (
            "Sur les marchés, les commerçants leur donnent raison.",
            "les commerçants",
        ),
        ("La députée leur donnait tort.", "La députée"),
        ("Les citoyens donnent raison aux grévistes.", "Les citoyens"),
        (
            "Paul Martin n'a pas hésité à donner raison aux spectateurs.",
            "Paul Martin",
        ),
        ("La ministre donne tort aux syndicats.", "La ministre"),
        (
            "Les élus de l'opposition donnaient raison au préfet.",
            "Les élus de l'opposition",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "L'avenir lui a donné raison.",
        "Les faits ont donné raison aux sceptiques.",
        "Les résultats lui donnent tort.",
        "Le tribunal a donné raison au plaignant.",
        "La cour d'appel donne raison à la société.",
        "Les événements leur donnent raison.",
        "Le juge leur a donné tort.",
        "Le club leur donne un ballon.",
    ] {
        expect_none(sentence);
    }
}

/// Anger voiced « contre » someone or something (« s'emporte contre », « fulmine contre »,
/// « pestent contre ») is a stance of a subject that can speak; a thing, an infinitive and the
/// verb alone are none.
#[test]
fn railing_against_someone_is_a_stance() {
    for (sentence, speaker) in [
        (
            "La sénatrice s'emporte contre le ministre de l'Intérieur.",
            "La sénatrice",
        ),
        (
            "Le maire fulminait contre la fermeture de l'usine.",
            "Le maire",
        ),
        (
            "Les commerçants pestent contre les travaux.",
            "Les commerçants",
        ),
        (
            "Paul Martin s'est énervé contre les arbitres.",
            "Paul Martin",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "La rivière s'emporte contre les digues.",
        "Pester contre la pluie ne sert à rien.",
        "Le maire s'est emporté.",
    ] {
        expect_none(sentence);
    }
}

/// Details given, delivered or brought (« livrer / donner / apporter des précisions ») with
/// their words in the sentence (a colon, a « que » clause, a quotation) are a statement;
/// details only named (« apporte des précisions sur l'accident. »: session 12 convention, a
/// speech verb with no content), details refused and a bare participle are none.
#[test]
fn giving_details_is_a_statement() {
    for (sentence, speaker) in [
        (
            "Le groupe armé a livré dans un communiqué des précisions sur l'attaque : deux soldats ont été blessés.",
            "Le groupe armé",
        ),
        (
            "Le parquet a apporté des précisions sur l'enquête, indiquant que le suspect avait avoué.",
            "Le parquet",
        ),
        (
            "La ministre a donné quelques précisions sur le calendrier : « Les travaux dureront un an. »",
            "La ministre",
        ),
        (
            "Le maire apporte de nouvelles précisions sur les travaux, qui « finiront en mai ».",
            "Le maire",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Le parquet a apporté des précisions sur l'enquête.",
        "Le maire apporte de nouvelles précisions sur les travaux.",
        "La préfecture donnait des détails sur le dispositif.",
        "La police n'a pas donné de précisions.",
        "La police n'a pas donné plus de précisions.",
        "Les précisions apportées par le parquet ont rassuré les familles.",
        "Le parquet a apporté son soutien aux victimes.",
    ] {
        expect_none(sentence);
    }
}

/// A plea made is a denial (« non coupable ») or an admission (« coupable »); a plea to come,
/// supposed or asked about is none.
#[test]
fn a_plea_made_is_a_claim() {
    for (sentence, speaker, kind) in [
        (
            "Paul Ndiaye a plaidé non coupable.",
            "Paul Ndiaye",
            ClaimKind::Denial,
        ),
        (
            "Les deux accusés ont plaidé non coupable des charges retenues.",
            "Les deux accusés",
            ClaimKind::Denial,
        ),
        (
            "Marc Durand plaide coupable devant le tribunal.",
            "Marc Durand",
            ClaimKind::Statement,
        ),
        (
            "L'ancien ministre avait plaidé son innocence.",
            "L'ancien ministre",
            ClaimKind::Denial,
        ),
        (
            "L'avocate plaide pour un acquittement.",
            "L'avocate",
            ClaimKind::Call,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "Les trois accusés plaideront non coupable lundi.",
        "Il doit indiquer s'il plaide coupable ou non coupable des faits.",
        "Paul Ndiaye va plaider non coupable.",
        "Si l'accusé plaide coupable, la peine sera réduite.",
    ] {
        expect_none(sentence);
    }
}

/// « promettre » with a noun object is a promise made by someone; a thing « promet » nothing
/// in words.
#[test]
fn promising_something_is_a_statement_by_someone() {
    for (sentence, speaker) in [
        (
            "Les syndicalistes promettent d'autres formes de lutte.",
            "Les syndicalistes",
        ),
        (
            "Le gouvernement promet une baisse des impôts.",
            "Le gouvernement",
        ),
        (
            "Le maire a promis de nouveaux logements aux habitants.",
            "Le maire",
        ),
        (
            "Plus tard, la ministre promettait une enquête.",
            "la ministre",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Ce film promet un grand moment.",
        "La saison promet du spectacle.",
        "Cette réforme promet des économies.",
    ] {
        expect_none(sentence);
    }
}

/// « rassurer » said by someone (bare at the end of the sentence, before a colon, with what
/// it reassures about); a thing reassures nobody in words, and someone only reassured, with
/// nothing said or named (« tient à rassurer la population à ce propos. »), makes no claim
/// (session 12 convention: a speech verb with no content).
#[test]
fn reassuring_is_a_statement_by_someone() {
    for (sentence, speaker) in [
        ("Après ces rumeurs, Paul Martin rassure.", "Paul Martin"),
        (
            "La directrice rassure : « Il n'y a aucun danger ».",
            "La directrice",
        ),
        (
            "Le ministre a rassuré les habitants sur la qualité de l'eau.",
            "Le ministre",
        ),
        (
            "La présidente du club a voulu rassurer les supporters quant à l'avenir de l'équipe.",
            "La présidente du club",
        ),
        (
            "Le directeur de l'usine a tenu à rassurer les salariés au sujet des primes.",
            "Le directeur de l'usine",
        ),
        (
            "Le maire rassure les riverains, assurant que les travaux finiront en mai.",
            "Le maire",
        ),
        (
            "Le ministre se veut rassurant sur l'état de santé des blessés.",
            "Le ministre",
        ),
        (
            "La maire se veut rassurante : « L'eau est potable. »",
            "La maire",
        ),
        (
            "Le directeur s'est montré rassurant, assurant que personne ne serait licencié.",
            "Le directeur",
        ),
        // (An incise after what was said.)
        (
            "Tout va bien, rassure le maire du village.",
            "le maire du village",
        ),
        (
            "« Il n'y a aucun danger », rassure la préfète.",
            "la préfète",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Sa présence rassure les enfants.",
        "Ce résultat a rassuré les marchés.",
        "Les précisions apportées par le parquet ont rassuré les familles.",
        "Les chiffres sont rassurants.",
        "Il faut rassurer les parents.",
        // (Someone only reassured.)
        "Le préfet rassurait les commerçants mardi.",
        "La commandante de la gendarmerie, Anne Morel, tient à rassurer les habitants à ce sujet.",
        "Le ministre a tenu à rassurer les familles sur ce point.",
        "Le président de l'association a voulu rassurer ses adhérents lors de l'assemblée générale.",
        "Dès lundi, la direction a cherché à rassurer le personnel.",
        // (A reassuring air, nothing said.)
        "Le ministre des Transports se veut rassurant.",
        "La directrice de l'agence s'est montrée rassurante mardi.",
        "Interrogé, le préfet se voulait plutôt rassurant à ce sujet.",
    ] {
        expect_none(sentence);
    }
}

/// « parler de » names what something is when the noun is an evaluation or carries an
/// evaluative adjective; a topic (« du budget », « d'une famille ») is no claim.
#[test]
fn speaking_of_a_scandal_is_a_statement() {
    for (sentence, speaker) in [
        ("Les élus parlent d'économies nécessaires.", "Les élus"),
        (
            "La directrice parle d'un budget impossible à tenir.",
            "La directrice",
        ),
        ("Le syndicat parle d'un véritable scandale.", "Le syndicat"),
        ("La ministre a parlé de graves erreurs.", "La ministre"),
        ("L'entraîneur parlait d'un match plein.", "L'entraîneur"),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Ils ont parlé du budget pendant deux heures.",
        "Le maire parle d'une famille nombreuse.",
        "La presse ne cessa de parler de l'affaire.",
        "Le ministre a parlé de la crise devant les députés.",
    ] {
        expect_none(sentence);
    }
}

/// « parler de » reports what happened when someone who can speak names an incident after an
/// indefinite article or gives a count; a topic, a thing as subject, a year, a pronoun, « parler
/// avec » and a mention not made are no claim.
#[test]
fn speaking_of_an_incident_or_a_count_is_a_statement() {
    for (sentence, speaker) in [
        (
            "Le collectif des riverains parle d'une intrusion dans l'entrepôt.",
            "Le collectif des riverains",
        ),
        (
            "La gendarmerie parlait d'un accident de chasse.",
            "La gendarmerie",
        ),
        (
            "Des sources hospitalières parlent d'une trentaine de blessés légers.",
            "Des sources hospitalières",
        ),
        (
            "Les pompiers ont parlé d'au moins quatre victimes.",
            "Les pompiers",
        ),
        ("Le syndicat parle de 3 000 grévistes.", "Le syndicat"),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Les voisins parlent de la pluie et du beau temps.",
        "Le documentaire parle d'une attaque de requin.",
        "Le maire a parlé avec les habitants du quartier.",
        "Le préfet n'a pas parlé d'un accident.",
        "La ministre parle de 2030 comme d'une échéance.",
        "Le romancier parle d'une semaine de vacances en Bretagne.",
        "Le président parle de lui à la troisième personne.",
    ] {
        expect_none(sentence);
    }
}

/// « n'avoir aucun reproche à adresser / à faire (à X) » is a stance of the subject; « aucun
/// reproche » elsewhere is the noun.
#[test]
fn having_no_reproach_to_make_is_a_stance() {
    for (sentence, speaker) in [
        (
            "Paul Martin n'avait aucun reproche à adresser à son équipe.",
            "Paul Martin",
        ),
        (
            "L'entraîneur n'a aucun reproche à faire à ses joueurs.",
            "L'entraîneur",
        ),
        (
            "La présidente n'a eu aucun reproche à formuler.",
            "La présidente",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Aucun reproche n'a été adressé au club.",
        "Il a été licencié sans aucun reproche.",
        "Les joueurs n'ont aucun reproche sur leur fiche.",
    ] {
        expect_none(sentence);
    }
}

/// « qui » before « promettre » or « rassurer » speaks when its antecedent can.
#[test]
fn a_relative_promise_is_its_antecedents() {
    expect(
        "Le syndicat a rencontré le ministre, qui a promis une réponse rapide.",
        "le ministre",
        ClaimKind::Statement,
    );
    expect_none("Ils ont vu un film qui promet un grand moment.");
}

/// « attaquer » a person or a political body with an adverb of speech or « sur » what is an
/// attack in words (as « s'attaquer à » is); blows, raids and an object that is no person are
/// none.
#[test]
fn attacking_someone_in_words_is_a_stance() {
    for (sentence, speaker) in [
        (
            "Le député a attaqué personnellement la ministre.",
            "Le député",
        ),
        (
            "Paul Martin a vivement attaqué le gouvernement.",
            "Paul Martin",
        ),
        (
            "La députée a attaqué le ministre sur sa gestion de la crise.",
            "La députée",
        ),
        (
            "Les élus de l'opposition attaquent frontalement le maire.",
            "Les élus de l'opposition",
        ),
        ("Le candidat s'est attaqué au président.", "Le candidat"),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Les rebelles ont attaqué une caserne.",
        "Deux hommes ont attaqué une banque.",
        "Le loup a attaqué un troupeau.",
        "Les hommes armés ont attaqué le convoi du préfet.",
        "Des inconnus ont violemment attaqué le maire.",
        "L'équipe a attaqué le match fort.",
    ] {
        expect_none(sentence);
    }
}

/// « adresser des reproches / des critiques / ses félicitations (à X) » is blame or praise
/// given; a letter or condolences sent are none.
#[test]
fn addressing_reproaches_is_a_stance() {
    for (sentence, speaker) in [
        (
            "Le ministre a adressé de vifs reproches au préfet.",
            "Le ministre",
        ),
        (
            "La présidente adresse ses critiques à la direction.",
            "La présidente",
        ),
        (
            "Les syndicats adressaient des reproches au gouvernement.",
            "Les syndicats",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Le maire a adressé une lettre au préfet.",
        "Le club adresse ses condoléances à la famille.",
        "Les reproches adressés au préfet sont nombreux.",
    ] {
        expect_none(sentence);
    }
}

/// « « … », a plaidé la CGT »: in an incise after a quotation, what follows « plaider » is
/// its subject, not what is pleaded (« plaide la légitime défense »): the plea is a call, as
/// with a subject of no article (it was a statement when the subject opened on « la »).
/// Must not: a preposed subject's plea keeps its object's reading.
#[test]
fn a_plea_in_an_incise_is_a_call() {
    for (sentence, speaker) in [
        ("« Il faut baisser les impôts », a plaidé la CGT.", "la CGT"),
        (
            "« Nous devons rouvrir la ligne », plaide la présidente de la région.",
            "la présidente de la région",
        ),
        (
            "« Il faut investir dans l'école », plaidait la ministre, mardi.",
            "la ministre",
        ),
        (
            "« Le tunnel doit être achevé », a plaidé la maire de Lyon, Anne Roux.",
            "Anne Roux",
        ),
        (
            "« Donnons une chance au projet », a plaidé jeudi la fédération.",
            "la fédération",
        ),
        (
            "« Nous sommes prêts » plaide la fédération.",
            "la fédération",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Call);
    }
    for (sentence, speaker, kind) in [
        (
            "Le prévenu a plaidé la légitime défense.",
            "Le prévenu",
            ClaimKind::Statement,
        ),
        (
            "Le prévenu, mardi, a plaidé la légitime défense.",
            "Le prévenu",
            ClaimKind::Statement,
        ),
        ("L'avocat a plaidé la relaxe.", "L'avocat", ClaimKind::Call),
    ] {
        expect(sentence, speaker, kind);
    }
}

/// « a donné son avis sur X pour + infinitive »: the « pour » tells what X is for, no side
/// taken (session-12 convention: a view named, not given); « son avis pour la réforme »,
/// « son avis favorable » give the view.
#[test]
fn a_purpose_after_a_view_named_gives_no_side() {
    for sentence in [
        "Le ministre a donné son avis sur le recours aux pharmaciens pour vacciner la population.",
        "La présidente a donné son avis sur l'usage des caméras pour surveiller les rues.",
        "Le maire a livré son analyse du projet pour agrandir le port.",
    ] {
        expect_none(sentence);
    }
    for sentence in [
        "Le ministre a donné son avis pour la réforme.",
        "Le sénateur a donné son avis favorable au texte.",
    ] {
        assert_eq!(super::tests::claims_of(sentence).len(), 1, "{sentence}");
    }
}

/// « réagir » and « s'exprimer » say what only with words of their subject: a colon before a
/// noun phrase with no conjugated verb names the topic again, a colon before a clause whose own
/// subject speaks gives others' reactions, a name in quotation marks (« l'opération baptisée
/// « … » ») is no words; a colon before a quotation or a clause of the subject's, a « que »
/// clause or a quotation stay claims.
#[test]
fn reacting_before_a_topic_or_others_words_is_no_claim() {
    for sentence in [
        "Le gouvernement a aussi réagi à une autre actualité : la décision du maire de fermer la piscine.",
        "Le club a réagi mardi à la polémique : le départ de son entraîneur vers un club rival.",
        "Le porte-parole s'est ainsi exprimé lors d'un point de presse, en réponse à une question sur l'opération baptisée « Bouclier 2025 ».",
        "La ministre a réagi au rapport intitulé « Vivre mieux » lors d'une visite.",
    ] {
        expect_none(sentence);
    }
    // Others speak after the colon: their claims, not the group's.
    let speakers: Vec<String> = super::tests::claims_of(
        "La classe politique a réagi : le maire Paul Roux dénonce des actes « inacceptables ».",
    )
    .into_iter()
    .map(|(s, _)| s)
    .collect();
    assert_eq!(speakers, ["Paul Roux"]);
    for (sentence, speaker) in [
        (
            "Le syndicat a réagi à l'annonce : « C'est une trahison. »",
            "Le syndicat",
        ),
        (
            "Le maire a réagi : « Nous ne laisserons pas faire. »",
            "Le maire",
        ),
        (
            "Le maire a réagi sèchement : la décision est injuste et sera contestée.",
            "Le maire",
        ),
        (
            "La fédération a réagi en affirmant que la grève était injustifiée.",
            "La fédération",
        ),
    ] {
        let got = super::tests::claims_of(sentence);
        assert_eq!(got.len(), 1, "{sentence}: {got:?}");
        assert_eq!(got[0].0, speaker, "{sentence}");
    }
}
