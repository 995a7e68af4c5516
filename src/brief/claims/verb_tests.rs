//! Claim-level tests of the reporting verbs and verbal phrases the lexicon lists (issue 18,
//! class 5): for each, made-up sentences in several tenses and word orders that must give a
//! claim, and sentences with the same verb in its other senses that must give none.

use super::cue_tests::{expect, expect_none};
use super::find_claims;
use super::tests::one_paragraph;
use crate::model::ClaimKind;

/// « On a appris que … », « On apprend ce samedi que … »: news the desk learnt from someone it
/// does not name, a statement shown unresolved; not « on a appris à », nor who learnt it
/// (« Nous avons appris que »), nor « on croit que ».
#[test]
fn news_the_desk_learnt_is_shown_unresolved() {
    use crate::model::SpeakerKind;
    for sentence in [
        "On apprend ce samedi que le maire démissionnera.",
        "On a appris que le conseil votera le budget en mars.",
        "On a également appris que le club vendra son stade.",
        "On apprend par ailleurs que la gare fermera l'été.",
    ] {
        let got = find_claims(&one_paragraph(&[sentence]));
        assert_eq!(got.len(), 1, "{sentence}");
        assert_eq!(got[0].speaker_kind, SpeakerKind::Unattributed, "{sentence}");
        assert_eq!(got[0].kind, ClaimKind::Statement, "{sentence}");
        assert!(got[0].unconfirmed, "{sentence}");
    }
    for sentence in [
        "On a appris à nager dans la rivière.",
        "Nous avons appris que le stade fermera.",
        "On croit que le stade fermera.",
    ] {
        assert!(
            find_claims(&one_paragraph(&[sentence])).is_empty(),
            "{sentence}"
        );
    }
}

/// « se dire » before a side (« prêts à », « ouverte à », « favorable », « contre ») takes a
/// position; before a state that takes no side (« fatigué ») it states.
#[test]
fn saying_oneself_ready_or_opposed_is_a_position() {
    for (sentence, speaker) in [
        (
            "Les deux syndicats se disent ouverts à de nouvelles discussions avec la direction.",
            "Les deux syndicats",
        ),
        (
            "Le maire s'est dit prêt à revoir le projet de parking.",
            "Le maire",
        ),
        (
            "La fédération se dit hostile à toute hausse des tarifs.",
            "La fédération",
        ),
        (
            "Une majorité d'habitants se disent contre la fermeture de la gare.",
            "Une majorité d'habitants",
        ),
        (
            "Les élus se sont dits favorables au nouveau tracé.",
            "Les élus",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    expect(
        "L'entraîneur se dit fatigué après cette longue saison.",
        "L'entraîneur",
        ClaimKind::Statement,
    );
}

/// « tenir X (pour) responsable de » blames; « tenir une réunion » or « tenir à » does not.
#[test]
fn holding_someone_responsible_is_a_position() {
    for (sentence, speaker) in [
        (
            "Le ministre a tenu le gouvernement précédent responsable de la crise.",
            "Le ministre",
        ),
        (
            "Paul Martin tient les syndicats pour responsables du blocage.",
            "Paul Martin",
        ),
        (
            "La maire tenait l'État responsable des retards.",
            "La maire",
        ),
        (
            "Le maire a tenu les syndicats pour responsables du retard.",
            "Le maire",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    expect(
        "Le ministre a tenu des propos rassurants sur l'emploi.",
        "Le ministre",
        ClaimKind::Statement,
    );
    expect_none("Le ministre a tenu une réunion avec les syndicats mardi.");
    expect_none("La maire tient à sa réputation.");
    expect_none("Le sommet se tiendra à Genève en mai.");
}

/// « s'attaquer à » a person or a political body is a verbal attack; fighting positions or
/// tackling a problem is not.
#[test]
fn attacking_a_person_in_words_is_a_position() {
    for (sentence, speaker) in [
        (
            "M. Poirier s'est attaqué à M. Leblanc lors du débat.",
            "Poirier",
        ),
        (
            "La candidate s'attaquait au premier ministre sur la dette.",
            "La candidate",
        ),
        (
            "Les députés se sont attaqués au gouvernement sur les prix.",
            "Les députés",
        ),
        (
            "Jean Roux s'en est pris à Marie Dubois dans une lettre.",
            "Jean Roux",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    expect_none("Les rebelles se sont attaqués aux positions de l'armée dans la nuit.");
    expect_none("Le gouvernement s'attaque au chômage des jeunes.");
    expect_none("Des casseurs se sont attaqués à une banque du centre-ville.");
    expect_none("L'auteur de l'attaque a été arrêté.");
}

/// « convenir que » admits; « il convient que » and « comme convenu » say nothing.
#[test]
fn agreeing_that_is_a_statement() {
    for (sentence, speaker) in [
        (
            "Le ministre a convenu que la réforme devait être revue.",
            "Le ministre",
        ),
        (
            "La directrice convient que les délais sont trop longs.",
            "La directrice",
        ),
        ("Les experts conviendront qu'il faut agir.", "Les experts"),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("Il convient que chacun respecte les règles.");
    expect_none("Il conviendrait que les élus se réunissent.");
    expect_none("Comme convenu lors de la réunion, les travaux reprendront lundi.");
    expect_none("Les deux clubs ont convenu d'un nouveau calendrier.");
    expect_none("Plus de 90 % des études conviennent que le climat se réchauffe.");
}

/// « infirmer » a report denies it; a court that « infirme » a ruling overturns it.
#[test]
fn infirming_a_report_is_a_denial() {
    for (sentence, speaker) in [
        (
            "Le porte-parole a infirmé l'information mardi soir.",
            "Le porte-parole",
        ),
        (
            "La police infirme les rumeurs d'un second suspect.",
            "La police",
        ),
        (
            "Le club infirmait ces informations dans un communiqué.",
            "Le club",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Denial);
    }
    expect_none("La cour d'appel a infirmé le jugement de première instance.");
    expect_none("Le porte-parole n'a pas voulu confirmer ou infirmer l'information.");
}

/// « informer que » and « informer X que » report; informing someone alone does not.
#[test]
fn informing_that_is_a_statement() {
    for (sentence, speaker) in [
        (
            "Le président a informé que le sommet était reporté.",
            "Le président",
        ),
        (
            "L'entreprise a informé ses salariés que l'usine fermerait.",
            "L'entreprise",
        ),
        (
            "La mairie informe les riverains que la rue sera fermée.",
            "La mairie",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("La police a informé les familles.");
    expect_none("Les habitants sont informés par courrier.");
}

/// Set phrases of the press: « enfoncer le clou », « hausser le ton », « sonner l'alarme ».
#[test]
fn set_phrases_of_speech() {
    expect(
        "Le syndicat a enfoncé le clou en dénonçant un mépris des salariés.",
        "Le syndicat",
        ClaimKind::Statement,
    );
    expect(
        "Le ministre enfonce le clou : les caisses sont vides.",
        "Le ministre",
        ClaimKind::Statement,
    );
    expect(
        "La ministre a haussé le ton contre les pétroliers.",
        "La ministre",
        ClaimKind::Position,
    );
    expect(
        "Les médecins sonnent l'alarme sur la pénurie de lits.",
        "Les médecins",
        ClaimKind::Warning,
    );
    expect(
        "L'ONG avait sonné l'alerte après les inondations.",
        "L'ONG",
        ClaimKind::Warning,
    );
    expect_none("Les cloches ont sonné à midi.");
    expect_none("Le marteau enfonce le clou dans la planche.");
    expect_none("Les prix des carburants ont haussé de 3 %.");
}

/// « livrer son analyse : « … » », « dresser un bilan / un constat »: what is said;
/// delivering goods or putting up a tent is not, nor a view named without its words (« a
/// livré son analyse après la défaite. »: session 12 convention, see `unsaid`).
#[test]
fn delivering_a_view_is_a_statement() {
    for (sentence, speaker) in [
        (
            "Le sélectionneur a livré son analyse après la défaite : « Nous avons manqué de rigueur. »",
            "Le sélectionneur",
        ),
        (
            "Le témoin livrait sa version des faits aux enquêteurs, assurant qu'il dormait.",
            "Le témoin",
        ),
        (
            "Le gouverneur a dressé un bilan sombre de la saison.",
            "Le gouverneur",
        ),
        (
            "La Cour des comptes dresse un constat sévère de la gestion du port.",
            "La Cour des comptes",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("Le sélectionneur a livré son analyse après la défaite.");
    expect_none("Le témoin livrait sa version des faits aux enquêteurs.");
    expect_none("L'entreprise a livré les premiers camions en mai.");
    expect_none("Les ouvriers ont dressé une tente devant l'usine.");
    expect_none("L'auteur du livre a reçu un prix.");
}

/// Instructions given or issued (« a donné des consignes de vote », « a émis des consignes »,
/// « a donné l'ordre de »): calls; « donner une conférence » is none.
#[test]
fn instructions_given_are_calls() {
    for (sentence, speaker) in [
        (
            "Plusieurs candidats ont émis des consignes de vote en faveur du maire.",
            "Plusieurs candidats",
        ),
        (
            "Le parti a donné des consignes de vote pour le second tour.",
            "Le parti",
        ),
        (
            "Le préfet a donné l'ordre d'évacuer le quartier.",
            "Le préfet",
        ),
        (
            "La direction donnait pour consigne de ne pas répondre.",
            "La direction",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Call);
    }
    expect(
        "Le témoin a donné sa version des faits : il dormait.",
        "Le témoin",
        ClaimKind::Statement,
    );
    expect_none("Le témoin a donné sa version des faits.");
    expect_none("Le club a donné une conférence de presse.");
    expect_none("La mairie donne des cours de français.");
    expect_none("Un voisin a donné l'alerte vers minuit.");
    expect_none("Les données publiées mardi sont incomplètes.");
}

/// « douter que / de » is a stance; the noun (« sans doute », « nul doute que ») is none.
#[test]
fn doubting_is_a_position() {
    for (sentence, speaker) in [
        (
            "Le ministre doute que la réforme soit adoptée avant l'été.",
            "Le ministre",
        ),
        (
            "Les experts doutent de l'efficacité du vaccin.",
            "Les experts",
        ),
        ("L'entraîneur doutait qu'il puisse jouer.", "L'entraîneur"),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    expect_none("Sans doute que le ministre partira avant l'été.");
    expect_none("Le ministre a sans doute raison.");
    expect_none("Il n'y a aucun doute que le projet aboutira.");
    expect_none("Nul doute que la ville en profitera.");
}

/// « s'attendre à » a trend or « à ce que » is a forecast; being surprised is not.
#[test]
fn expecting_a_trend_is_a_forecast() {
    for (sentence, speaker) in [
        (
            "Les analystes s'attendent à une baisse des prix au printemps.",
            "Les analystes",
        ),
        (
            "La banque centrale s'attend à ce que l'inflation ralentisse.",
            "La banque centrale",
        ),
        (
            "Le ministre s'attendait à un rebond de la croissance.",
            "Le ministre",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("Les habitants ne s'attendaient pas à une telle tempête.");
    expect_none("Le train attend les voyageurs en gare.");
}

/// « chiffrer à » estimates; an amount that « se chiffre à » is no one's claim.
#[test]
fn putting_a_figure_is_an_estimate() {
    expect(
        "Les syndicats chiffrent à 5 000 le nombre de manifestants.",
        "Les syndicats",
        ClaimKind::Statement,
    );
    expect(
        "La police a chiffré à 2 000 le nombre de participants.",
        "La police",
        ClaimKind::Statement,
    );
    expect_none("Les dégâts se chiffrent à plusieurs millions d'euros.");
    expect_none("Le coût est chiffré à trois millions.");
}

/// Calls made to someone (« presser / prier / sommer X de », « mettre en demeure X de »); the
/// nouns and the other senses are none.
#[test]
fn urging_someone_is_a_call() {
    for (sentence, speaker) in [
        (
            "Les élus pressent Pékin de relâcher les militants.",
            "Les élus",
        ),
        (
            "Le ministre a pressé les banques de baisser leurs taux.",
            "Le ministre",
        ),
        (
            "Le maire a prié les habitants de rester chez eux.",
            "Le maire",
        ),
        (
            "Le juge a sommé la société de produire les documents.",
            "Le juge",
        ),
        ("L'ONU somment les belligérants de cesser le feu.", "L'ONU"),
        (
            "La préfecture a mis en demeure l'entreprise de dépolluer le site.",
            "La préfecture",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Call);
    }
    expect_none("La foule se presse devant le stade.");
    expect_none("Les fidèles ont prié pour les victimes.");
    expect_none("Nous sommes prêts à partir.");
    expect_none("La somme de trois millions a été versée.");
    expect_none("La conférence de presse du ministre a été annulée.");
    expect_none("Les habitants sont priés de rester chez eux.");
}

/// Stances taken: « désapprouver », « cautionner », « brocarder », « dénigrer », « se
/// positionner contre / pour »; fears: « appréhender que » (not an arrest).
#[test]
fn stances_and_fears() {
    for (sentence, speaker) in [
        (
            "Le député désapprouve la décision du gouvernement.",
            "Le député",
        ),
        ("La ministre ne cautionne pas ces méthodes.", "La ministre"),
        (
            "L'opposition a brocardé la politique du gouvernement.",
            "L'opposition",
        ),
        (
            "Le syndicat dénigrait les efforts de la direction.",
            "Le syndicat",
        ),
        (
            "Le syndicat s'est positionné contre la réforme.",
            "Le syndicat",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    expect(
        "Le maire appréhende que la crue ne touche le centre-ville.",
        "Le maire",
        ClaimKind::Position,
    );
    expect_none("La police a appréhendé deux suspects.");
    expect_none("L'entreprise se positionne sur le marché asiatique.");
}

/// « lancer un appel / un avertissement » and « avancer que » report outside an incise;
/// « lancer une opération » does not.
#[test]
fn launching_a_call_and_putting_forward() {
    expect(
        "Le syndicat a lancé un appel à la grève pour jeudi.",
        "Le syndicat",
        ClaimKind::Call,
    );
    expect(
        "L'ONU lance un avertissement aux belligérants.",
        "L'ONU",
        ClaimKind::Warning,
    );
    expect(
        "Le ministre a avancé que le déficit serait réduit.",
        "Le ministre",
        ClaimKind::Statement,
    );
    expect_none("L'armée a lancé une opération dans le nord.");
    expect_none("Le constructeur lance un nouveau modèle.");
}

/// Words in quotation marks put forward (« avançait une « querelle de voisinage » ») are a
/// statement; moving forward, even toward a quoted place, is none.
#[test]
fn putting_forward_quoted_words() {
    for (sentence, speaker) in [
        (
            "Lundi, un enquêteur avançait une « dispute entre voisins ».",
            "un enquêteur",
        ),
        (
            "La direction avance des « raisons économiques ».",
            "La direction",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("Le cortège avance une heure plus tard.");
    expect_none("Les chars avançaient vers la « zone verte ».");
}

/// « qui » after a verb of knowing opens an indirect question: no one in particular speaks.
#[test]
fn an_indirect_question_names_no_one() {
    expect(
        "La directrice dit ne pas savoir qui a donné l'ordre.",
        "La directrice",
        ClaimKind::Statement,
    );
    expect_none("On ignore qui a demandé la fermeture du site.");
    expect_none("Reste à savoir qui a donné l'ordre de tirer.");
}

/// Whether the one claim of `sentence` is flagged unconfirmed.
fn unconfirmed(sentence: &str) -> bool {
    let claims = find_claims(&one_paragraph(&[sentence]));
    assert_eq!(claims.len(), 1, "{sentence}: {claims:?}");
    claims[0].unconfirmed
}

/// A passé simple is a past tense: the conditional after it is the sequence of tenses, not the
/// article hedging (« admit que ce serait », unlike the present « admet que ce serait »).
#[test]
fn a_simple_past_cue_does_not_hedge_its_conditional() {
    for sentence in [
        "Le ministre admit que la réforme serait difficile.",
        "Le préfet reconnut que le pont céderait.",
        "Les syndicats maintinrent que l'usine fermerait.",
        "La directrice promit que les salaires seraient versés.",
        "Le maire répondit que la piscine rouvrirait en mai.",
    ] {
        assert!(!unconfirmed(sentence), "{sentence}");
    }
    // (The present hedges only what a medium or an unnamed source relays, see
    // `a_present_cue_hedges_only_what_hearsay_relays`.)
    for sentence in [
        "Des témoins affirment que le pont céderait.",
        "Le journal Le Soir indique que l'usine fermerait.",
    ] {
        assert!(unconfirmed(sentence), "{sentence}");
    }
}

/// A conditional after a present-tense cue is the article's hedge when a medium or an
/// unnamed source relays what it heard (« des sources indiquent que le tir serait venu … »);
/// a person or a body that names itself speaks its own modal (README, session 17: « estime
/// que la réforme serait un échec », no `u`).
#[test]
fn a_present_cue_hedges_only_what_hearsay_relays() {
    for sentence in [
        "Le ministre admet que la réforme serait difficile.",
        "Le préfet reconnaît que le pont céderait.",
        "Les syndicats maintiennent que l'usine fermerait.",
        "La maire estime que la fermeture serait une erreur.",
        "Paul Martin affirme que le projet coûterait trop cher.",
    ] {
        assert!(!unconfirmed(sentence), "{sentence}");
    }
    for sentence in [
        "Des sources proches du dossier indiquent que le suspect aurait avoué.",
        "Le quotidien Le Monde affirme que le ministre aurait démissionné.",
        "Un témoin raconte que le conducteur aurait pris la fuite.",
    ] {
        assert!(unconfirmed(sentence), "{sentence}");
    }
}

/// A verb leading an infinitive cue in any tense that states (present, imperfect, passé
/// simple, participle; forms derived from its paradigm): the group starts at the lead and the
/// subject is the lead's.
#[test]
fn a_lead_verb_in_every_stated_tense() {
    for (sentence, speaker, kind) in [
        (
            "Le ministre s'empressa de démentir la rumeur.",
            "Le ministre",
            ClaimKind::Denial,
        ),
        (
            "Les syndicats tinrent à rappeler que l'usine était rentable.",
            "Les syndicats",
            ClaimKind::Statement,
        ),
        (
            "La ministre préférait rappeler que le budget était voté.",
            "La ministre",
            ClaimKind::Statement,
        ),
        (
            "Le maire s'était contenté d'ajouter que les travaux reprendraient.",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "Les élus se limitaient à dire que le dossier avançait.",
            "Les élus",
            ClaimKind::Statement,
        ),
        (
            "La juge n'hésitait pas à dénoncer des lenteurs.",
            "La juge",
            ClaimKind::Position,
        ),
        (
            "Les riverains ne manquèrent pas de souligner que la route était dangereuse.",
            "Les riverains",
            ClaimKind::Statement,
        ),
        (
            "La préfète voulut rassurer les habitants : « Le barrage tiendra. »",
            "La préfète",
            ClaimKind::Statement,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    // What something means, whatever the tense of « vouloir ».
    expect_none("Cela voulut dire que la saison était finie.");
    expect_none("Ce résultat voulait dire que le club descendait.");
}

/// « se défendre de » denies (« se défend d'avoir menti »); « défend son titre », « se défend
/// bien » and the incise « …, défend le ministre » keep their own sense.
#[test]
fn defending_oneself_of_is_a_denial() {
    for (sentence, speaker) in [
        (
            "Le ministre se défend d'avoir menti aux députés.",
            "Le ministre",
        ),
        (
            "L'élu s'est défendu de toute ingérence dans l'enquête.",
            "L'élu",
        ),
        (
            "Les dirigeants se défendaient d'avoir caché les pertes.",
            "Les dirigeants",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Denial);
    }
    expect(
        "« Nous ne lâcherons rien », défend le ministre.",
        "le ministre",
        ClaimKind::Statement,
    );
    expect_none("Le champion défend son titre samedi.");
    expect_none("L'équipe se défend bien en seconde période.");
    expect_none("La ville se défend contre les inondations.");
}

/// « pointer » what goes wrong (« une différence », « les failles », « du doigt ») is a stance;
/// aiming a weapon or a ranking is not.
#[test]
fn pointing_out_is_a_position() {
    for (sentence, speaker) in [
        (
            "L'opposition a pointé une différence entre les intentions et les faits.",
            "L'opposition",
        ),
        ("Le rapport pointe les failles du dispositif.", "Le rapport"),
        (
            "Les syndicats pointaient la responsabilité de l'État.",
            "Les syndicats",
        ),
        ("La ministre a pointé du doigt les banques.", "La ministre"),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    expect_none("Le suspect a pointé son arme vers les policiers.");
    expect_none("L'équipe pointe à la cinquième place.");
    expect_none("Les salariés pointent à huit heures.");
}

/// « …, pointe le rapport »: an incise closing a clause states what a finding points out,
/// whatever follows the verb elsewhere.
#[test]
fn pointing_out_in_a_closing_incise_is_a_statement() {
    // Must: other tenses, subjects, an adjunct after the subject.
    for (sentence, speaker) in [
        (
            "Les dépenses ont dépassé l'objectif fixé par le Parlement, pointe le rapport.",
            "le rapport",
        ),
        (
            "Le retard est dû au manque de personnel, pointait la Cour des comptes dans son avis.",
            "la Cour des comptes",
        ),
        (
            "Les contrôles restent trop rares, a pointé l'inspection du travail.",
            "l'inspection du travail",
        ),
        (
            "Le coût du projet a doublé, pointe une étude de l'université de Lyon.",
            "une étude de l'université de Lyon",
        ),
        (
            "Trois écoles sur dix n'ont pas de médecin, avait pointé le syndicat.",
            "le syndicat",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    // Must not: after an apposition with no conjugated verb (a weapon or a finger aimed),
    // nor a ranking.
    expect_none("Le tireur, caché derrière un arbre, pointe le policier.");
    expect_none("Le chasseur, debout, pointe son fusil.");
    expect_none("Après deux défaites, l'équipe pointe à la cinquième place.");
    expect_none("L'horloge pointe midi, puis le train part.");
}

/// « se fendre d'un communiqué / d'une déclaration » issues a statement; « d'un sourire »
/// does not.
#[test]
fn issuing_a_statement() {
    for (sentence, speaker) in [
        (
            "Le parquet s'est fendu d'un communiqué dimanche.",
            "Le parquet",
        ),
        (
            "La ministre se fend d'une mise au point sur les chiffres.",
            "La ministre",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("Le gardien s'est fendu d'un sourire après l'arrêt.");
    expect_none("L'attaquant s'est fendu d'un doublé.");
}

/// More leads of an infinitive cue: « s'accorder à », « persister / s'obstiner à », « ne pas
/// cesser de », « s'efforcer de »; « cesse de » alone stops saying, and « continuer de » leads
/// only after someone (see `going_on_saying_it_is_saying_it`).
#[test]
fn more_lead_verbs() {
    for (sentence, speaker, kind) in [
        (
            "Les experts s'accordent à dire que la crise durera.",
            "Les experts",
            ClaimKind::Statement,
        ),
        (
            "Le ministre persiste à nier toute faute.",
            "Le ministre",
            ClaimKind::Denial,
        ),
        (
            "La direction s'obstinait à démentir la fermeture.",
            "La direction",
            ClaimKind::Denial,
        ),
        (
            "Le syndicat ne cesse de répéter que les salaires sont trop bas.",
            "Le syndicat",
            ClaimKind::Statement,
        ),
        (
            "La maire s'est efforcée de rassurer les parents : « L'école rouvrira. »",
            "La maire",
            ClaimKind::Statement,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    expect_none("Le journal cesse de paraître en mai.");
    expect_none("Le ministre a cessé de commenter l'affaire.");
    expect_none("Le juge accorde à l'accusé un délai.");
    expect_none("Cette affaire continue d'alimenter les critiques.");
}

/// « continuer de / à » leads the infinitive cue of someone who goes on saying it (« Le
/// syndicat continue de réclamer »), not of a thing that goes on (« Ces chiffres continuent de
/// démontrer », « La crise continue d'alimenter »).
#[test]
fn going_on_saying_it_is_saying_it() {
    for (sentence, speaker, kind) in [
        (
            "Le syndicat continue de réclamer une hausse des salaires.",
            "Le syndicat",
            ClaimKind::Call,
        ),
        (
            "Les infirmières continuent à dénoncer le manque de moyens.",
            "Les infirmières",
            ClaimKind::Position,
        ),
        (
            "Paul Martin continue de nier toute implication dans l'affaire.",
            "Paul Martin",
            ClaimKind::Denial,
        ),
        (
            "La fédération a continué d'exiger la démission du préfet.",
            "La fédération",
            ClaimKind::Call,
        ),
        (
            "Les riverains continuent aujourd'hui de réclamer un mur antibruit.",
            "Les riverains",
            ClaimKind::Call,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "Ces chiffres continuent de démontrer la vitalité du secteur.",
        "La crise continue de réclamer des sacrifices.",
        "Le prix du pétrole continue de confirmer sa hausse.",
        "Cette affaire continue d'alimenter les critiques.",
        "La pluie continue de tomber sur la région.",
    ] {
        expect_none(sentence);
    }
}

/// The narrative infinitive as an incise right after a quotation (« « … », de dire
/// l'entraîneur », the Quebec press's « a dit l'entraîneur ») reports the quotation, its
/// subject after it; « de » + an infinitive elsewhere (after a quoted word inside the clause, a
/// title, no quotation) is no incise.
#[test]
fn a_narrative_infinitive_after_a_quotation_is_an_incise() {
    for (sentence, speaker) in [
        (
            "« Nous avons mal joué », de dire l'entraîneur après la rencontre.",
            "l'entraîneur",
        ),
        (
            "« Il faudra se relever », d'ajouter le capitaine.",
            "le capitaine",
        ),
        (
            "« C'était un match difficile », de conclure Paul Martin.",
            "Paul Martin",
        ),
        (
            "« Le budget sera respecté », de préciser la mairesse.",
            "la mairesse",
        ),
        ("« Rien n'est joué », de poursuivre Julie Roy.", "Julie Roy"),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Il est temps, « enfin », de dire la vérité aux habitants.",
        "« Le Bourgeois gentilhomme », de Molière, sera joué ce soir.",
        "Le club a décidé de dire adieu à son entraîneur.",
        "Les élus ont voté « contre », de peur de dire oui trop vite.",
        "La troupe a joué « Tartuffe », de quoi conclure la saison en beauté.",
    ] {
        expect_none(sentence);
    }
}

/// « exposer » reports in an incise or before a quotation (« …, a exposé le maire »), not
/// elsewhere (« expose des œuvres », « expose les ouvriers à des risques »).
#[test]
fn setting_out_in_an_incise_is_saying() {
    for (sentence, speaker) in [
        ("Les travaux sont terminés, a exposé le maire.", "le maire"),
        (
            "« La route rouvrira lundi », expose la présidente du département.",
            "la présidente du département",
        ),
        (
            "Les comptes sont dans le rouge, expose Paul Martin.",
            "Paul Martin",
        ),
        (
            "« Rien ne justifie ce retard », a exposé l'avocate de la famille.",
            "l'avocate de la famille",
        ),
        (
            "Le tir venait de loin, a exposé jeudi le parquet.",
            "le parquet",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Le musée expose des œuvres de Monet.",
        "Le chantier expose les ouvriers à de graves risques.",
        "L'artiste a exposé ses toiles à Paris.",
        "Les photos seront exposées à la mairie.",
        "Cette politique expose le pays à des sanctions.",
    ] {
        expect_none(sentence);
    }
}

/// « Selon la commune » names the town's authority; « selon » after a verb of varying means
/// « depending on », whatever its noun names (« les tarifs varient selon la commune »).
#[test]
fn the_commune_is_a_source_unless_things_vary_with_it() {
    for (sentence, speaker) in [
        ("Selon la commune, la route rouvrira lundi.", "la commune"),
        (
            "D'après la commune, les travaux sont terminés.",
            "la commune",
        ),
        (
            "Les écoles resteront fermées, selon la commune de Sainte-Marie.",
            "la commune de Sainte-Marie",
        ),
        (
            "Selon les communes concernées, l'eau est potable.",
            "les communes concernées",
        ),
        ("Selon la mairie, la route rouvrira lundi.", "la mairie"),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Les tarifs varient selon la commune.",
        "Les horaires diffèrent selon les communes.",
        "Le prix de l'eau change selon la mairie qui la distribue.",
        "Les aides sont réparties selon les communes.",
        "Le calendrier dépend selon la commune de la météo.",
    ] {
        expect_none(sentence);
    }
}

/// « invectiver » hurls words at someone, a position as « fustiger »; the noun « les
/// invectives » is no verb. (With a cleft, « C'est X qui …, en invectivant », X speaks.)
#[test]
fn hurling_abuse_is_a_position() {
    expect(
        "C'est la présidente du groupe, Anne Roy, qui a répondu, en invectivant le ministre : « Taisez-vous ! »",
        "Anne Roy",
        ClaimKind::Position,
    );
    expect(
        "Le député a invectivé le ministre pendant la séance.",
        "Le député",
        ClaimKind::Position,
    );
    // (The noun gives the deputy no claim; the shocked assembly holds a position, README
    // « Session 21 »: a feeling narrated of someone whatever the syntax.)
    expect(
        "Les invectives du député ont choqué l'assemblée.",
        "l'assemblée",
        ClaimKind::Position,
    );
}

/// Praise voiced (« louanger », « encenser », « apprécier »), a side taken (« se ranger du
/// côté de », « prendre la défense de »), a stance issued in writing (« publier une
/// déclaration contre »): positions of their subject, or of the agent of their passive.
/// Must not: the same verbs doing something else.
#[test]
fn praise_and_sides_taken_are_positions() {
    for (sentence, speaker) in [
        (
            "La fédération louange le courage des bénévoles.",
            "La fédération",
        ),
        (
            "La presse locale a encensé le nouveau maire.",
            "La presse locale",
        ),
        (
            "Mme Roux apprécie le soutien des élus de la région.",
            "Roux",
        ),
        (
            "Le projet de piscine est apprécié par le conseil municipal.",
            "le conseil municipal",
        ),
        (
            "Le syndicat se range sans réserve du côté des grévistes.",
            "Le syndicat",
        ),
        (
            "La ministre s'est rangée mardi aux côtés des agriculteurs.",
            "La ministre",
        ),
        (
            "Le ministère a pris la défense du metteur en scène.",
            "Le ministère",
        ),
        (
            "La mairie prend la défense des commerçants du centre.",
            "La mairie",
        ),
        (
            "Le parti a publié une déclaration ferme contre la réforme.",
            "Le parti",
        ),
        (
            "L'association publie une lettre ouverte en soutien au maire.",
            "L'association",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    expect_none("Le dollar s'est apprécié face à l'euro.");
    expect_none("Le maire a rangé ses dossiers dans le placard.");
    expect_none("Les élèves se rangent derrière le professeur.");
    expect_none("Le journal a publié un communiqué pour annoncer sa vente.");
    expect_none("Le club a publié ses résultats contre toute attente.");
    expect_none("Le chauffeur a pris la direction de Lyon.");
}

/// A prosecutor's requisition (« requérir » a sentence, a penalty « contre » someone, a
/// charge, a clause) is a call, even past an aside (« a requis, hier, … »); what something needs is no
/// claim.
#[test]
fn a_requisition_is_a_call_a_need_is_not() {
    for (sentence, speaker) in [
        (
            "Le procureur a requis, hier, deux ans de prison ferme.",
            "Le procureur",
        ),
        (
            "Le parquet a requis trois ans contre l'ancien maire.",
            "Le parquet",
        ),
        (
            "L'avocate générale a requis la relaxe du prévenu.",
            "L'avocate générale",
        ),
        (
            "Le ministère public requiert une amende de 5 000 euros.",
            "Le ministère public",
        ),
        (
            "Le parquet requiert que le prévenu reste en détention.",
            "Le parquet",
        ),
        (
            "Le procureur a également requis la mise en examen du gérant.",
            "Le procureur",
        ),
        (
            "Le procureur a requis le renvoi du gérant devant le tribunal correctionnel.",
            "Le procureur",
        ),
        (
            "L'avocate générale a requis le placement de l'ancien élu sous contrôle judiciaire.",
            "L'avocate générale",
        ),
        (
            "Le parquet a requis la mise en accusation du directeur.",
            "Le parquet",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Call);
    }
    expect_none("Le chantier a requis trois mois de travaux.");
    expect_none("Ce dossier requiert un examen attentif des comptes.");
    expect_none("La réparation a requis la mise en place d'une grue.");
    expect_none("Cette opération requiert une grande précision.");
    expect_none("Le tribunal a requis une expertise psychiatrique.");
    expect_none("Le procureur a requis en personne à l'audience.");
}

/// Adverbs inside or after the verb group: set in quotation marks by the writer (« a
/// "fermement" condamné »), « entre autres », an aside between commas before the object.
#[test]
fn quoted_adverbs_and_asides_keep_the_verb_group() {
    for (sentence, speaker, kind) in [
        (
            "Le club a \"fermement\" condamné les violences.",
            "Le club",
            ClaimKind::Position,
        ),
        (
            "La mairie a « très vivement » dénoncé les dégradations.",
            "La mairie",
            ClaimKind::Position,
        ),
        (
            "Le préfet a « formellement » démenti la fermeture.",
            "Le préfet",
            ClaimKind::Denial,
        ),
        (
            "Le FMI exige entre autres la baisse des subventions.",
            "Le FMI",
            ClaimKind::Call,
        ),
        (
            "Le FMI exige entre autres, la baisse des subventions.",
            "Le FMI",
            ClaimKind::Call,
        ),
        (
            "Le syndicat dénonce, dans un communiqué, la réforme.",
            "Le syndicat",
            ClaimKind::Position,
        ),
        (
            "L'ONG réclame, une fois de plus, la libération des détenus.",
            "L'ONG",
            ClaimKind::Call,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    expect_none("La situation exige entre autres une réponse rapide.");
    expect_none("Le mot « fermement » figure dans le texte.");
}

/// « Il rajoute « … » », « Certains sont allés jusqu'à nier … », « Et d'ajouter au sujet
/// du match : « … » »: a quotation after « rajouter », going as far as saying, a narrative
/// infinitive past an adjunct.
#[test]
fn rajouter_aller_jusqu_a_and_a_narrative_infinitive_past_an_adjunct() {
    expect(
        "Il rajoute « nous reviendrons l'an prochain ».",
        "Il",
        ClaimKind::Statement,
    );
    expect(
        "Certains iront même jusqu'à nier leur présence sur place.",
        "Certains",
        ClaimKind::Denial,
    );
    expect(
        "Les élus sont allés jusqu'à accuser le préfet de mentir.",
        "Les élus",
        ClaimKind::Position,
    );
    for second in [
        "Et d'ajouter au sujet du budget : « Rien ne sera coupé. »",
        "Et de préciser lors de la réunion que rien ne serait coupé.",
        "Puis d'ajouter à propos des salaires : « Ils augmenteront. »",
    ] {
        let got =
            super::tests::speakers_by_segment(&["Le maire Paul Roux a salué la décision.", second]);
        assert_eq!(got.len(), 2, "{second}: {got:?}");
        assert_eq!(got[1].1, "Paul Roux", "{second}");
    }
    expect_none("Il rajoute des chaises dans la salle.");
    expect_none("Les cyclistes iront jusqu'à Paris en une semaine.");
    expect_none("Le prix est allé jusqu'à doubler.");
    // An adverb between the auxiliary and « allés » stays in the verb group, not the subject.
    expect(
        "Certains sont même allés jusqu'à accuser le maire de mentir.",
        "Certains",
        ClaimKind::Position,
    );
    // Must not: going as far as saying it, negated or only possible, says nothing.
    expect_none("Les élus ne sont pas allés jusqu'à accuser le maire de mentir.");
    expect_none("Le syndicat n'ira pas jusqu'à nier les faits.");
    expect_none("Le ministre pourrait aller jusqu'à dénoncer l'accord.");
    expect_none("La direction irait jusqu'à démentir la fermeture.");
}

/// Blame voiced (« décrier », « vitupérer »), a risk played down (« dédramatiser »),
/// « redire que », and « tempêter », « grogner » before a quotation or in an incise.
/// Must not: the same words elsewhere.
#[test]
fn more_verbs_of_speech_and_stance() {
    for (sentence, speaker, kind) in [
        (
            "L'opposition décrie la réforme des retraites.",
            "L'opposition",
            ClaimKind::Position,
        ),
        (
            "Les candidats se sont retirés, décriant les conditions du scrutin.",
            "Les candidats",
            ClaimKind::Position,
        ),
        (
            "Le projet est décrié par les riverains.",
            "les riverains",
            ClaimKind::Position,
        ),
        (
            "Le député vitupère contre la hausse des taxes.",
            "Le député",
            ClaimKind::Position,
        ),
        (
            "La ministre a dédramatisé la situation sanitaire.",
            "La ministre",
            ClaimKind::Position,
        ),
        (
            "Le maire a redit que la route resterait fermée.",
            "Le maire",
            ClaimKind::Statement,
        ),
        // (Anger voiced is a position: `anger_rebuke_and_mockery_are_positions`.)
        (
            "« C'est un scandale », tempête le maire.",
            "le maire",
            ClaimKind::Position,
        ),
        (
            "Le syndicat grogne : « On nous a trompés. »",
            "Le syndicat",
            ClaimKind::Position,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    expect_none("Le vent tempête toute la nuit sur la côte.");
    expect_none("Le chien grogne devant la porte.");
    expect_none("Une redite du match aller est attendue.");
}

/// « M. Affi » after « Affi Nguessan »: a titled surname that opens a two-word name given
/// before (names written surname first) is that person. Must not: a first name alone.
#[test]
fn a_titled_surname_written_first_is_the_full_name() {
    let got = super::tests::speakers_by_segment(&[
        "Le porte-parole Kouadio Yao a annoncé un boycott.",
        "M. Kouadio a dénoncé une « parodie » d'élection.",
    ]);
    assert_eq!(got[1], (2, "Kouadio Yao".to_string()), "{got:?}");
    let got = super::tests::speakers_by_segment(&[
        "Le porte-parole Martin Dupont a annoncé un boycott.",
        "Martin a dénoncé une « parodie » d'élection.",
    ]);
    assert_ne!(got[1].1, "Martin Dupont", "{got:?}");
}

/// A weather forecast (« prévoit des rafales », « de fortes pluies ») and a loss or a
/// decline noted (« a constaté une perte de », « observe une fonte ») are claims of who forecasts or
/// notes them. Must not: a text's provision, a death recorded, a plan's contents.
#[test]
fn weather_forecasts_and_losses_noted() {
    for (sentence, speaker) in [
        (
            "Les services de météorologie prévoient des rafales de 120 km/h.",
            "Les services de météorologie",
        ),
        (
            "Météo-France prévoit de fortes pluies sur le Gard jeudi.",
            "Météo-France",
        ),
        (
            "L'institut prévoyait des chutes de neige en plaine.",
            "L'institut",
        ),
        (
            "Les glaciologues ont constaté une perte de trois mètres d'épaisseur.",
            "Les glaciologues",
        ),
        ("L'équipe observe une fonte record du glacier.", "L'équipe"),
        (
            "Le syndicat note un déclin des effectifs depuis mai.",
            "Le syndicat",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("La loi prévoit des inondations de parcelles en cas de crue.");
    expect_none("Le médecin a constaté le décès de la victime.");
    expect_none("Le gardien a constaté la perte de ses clés.");
    expect_none("Le festival prévoit des concerts en plein air.");
}

/// A verb with an object sense (« déclarer », « assurer », « confier », « noter ») reports an
/// infinitive after it, past an adverb or a time: « a toujours déclaré vouloir », « en
/// assurant pouvoir », « a confié avoir eu peur ». Must not: a noun object (« a déclaré
/// forfait », « a assuré le transport », « a noté le numéro »).
#[test]
fn an_object_sense_verb_reports_an_infinitive() {
    for (sentence, speaker) in [
        (
            "Le club a toujours déclaré vouloir garder son entraîneur.",
            "Le club",
        ),
        (
            "Le président a déclaré vivre les pénuries comme tout le monde.",
            "Le président",
        ),
        (
            "La maire a confié lundi avoir eu peur pour sa famille.",
            "La maire",
        ),
        (
            "Le syndicat déclare pouvoir signer l'accord.",
            "Le syndicat",
        ),
        (
            "L'entraîneur a assuré ne pas connaître le joueur.",
            "L'entraîneur",
        ),
        (
            "La ministre a répondu aux critiques en assurant vouloir rouvrir le dossier.",
            "La ministre",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("Le club a déclaré forfait pour le match de dimanche.");
    expect_none("La direction a assuré le transport des salariés.");
    expect_none("La police a noté le numéro de la plaque.");
}

/// « La ville constitue donc, une base arrière, a déclaré le ministre »: a verb the lexicon
/// does not list (read by the tagger) makes the words before the first comma a clause, so the
/// verb closing the sentence is an incise with its subject after it, not a verb with an
/// object after a subject set off by an apposition (« Un témoin, furieux, a noté le
/// numéro de la plaque »: no claim).
#[test]
fn a_closing_incise_after_a_clause_with_an_unlisted_verb() {
    for (sentence, speaker) in [
        (
            "La ville constitue donc, une base arrière pour les rebelles, a déclaré le chef de l'État.",
            "le chef de l'État",
        ),
        (
            "Le pays abrite, hélas, des camps d'entraînement, a déclaré le président.",
            "le président",
        ),
        (
            "La région compte, depuis mai, trois nouveaux foyers, a noté le préfet.",
            "le préfet",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("Un témoin, furieux, a noté le numéro de la plaque.");
    expect_none("Le tribunal, mardi, a déclaré le prévenu coupable.");
}

/// « signaler » with an object reports what happened, in a bare tense as with an auxiliary
/// (« Les ONG signalent des violations », « l'agence signalait une hausse des cas »). Must not:
/// the reflexive (« s'est signalé par un but »), a passive whose agent is a thing.
#[test]
fn signaler_reports_its_object_in_every_tense() {
    for (sentence, speaker) in [
        (
            "Les ONG signalent des violations graves contre les civils.",
            "Les ONG",
        ),
        (
            "L'agence signalait une hausse des cas depuis janvier.",
            "L'agence",
        ),
        (
            "La gendarmerie signale des embouteillages sur l'autoroute.",
            "La gendarmerie",
        ),
        (
            "Les riverains ont signalé des coupures répétées.",
            "Les riverains",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("L'attaquant s'est signalé par un but en fin de match.");
    expect_none("La sortie est signalée par des panneaux.");
}

/// Verbs that report only in an incise (`lexicon::INCISE_ER_VERBS`) voicing anger (« s'agace »,
/// « fulmine », « tempête »), a rebuke (« tance », « recadre »: the rebuker's position, README
/// « Session 20 ») or mockery (« raille », « se moque ») give a position, as « s'indigne » and
/// « s'insurge » do: in the present and passé composé incise, inverted after a pronoun, before
/// a colon, with a plural, feminine or role-and-name subject. Must not: their participle
/// after a clause (« …, recadrant son projet ») nor their other sense (« recadre la photo »)
/// report anything; « tempère », « ironise » stay statements.
#[test]
fn anger_rebuke_and_mockery_are_positions() {
    for (sentence, speaker) in [
        (
            "« On nous prend pour des idiots », s'agace la présidente du club.",
            "la présidente du club",
        ),
        (
            "« Quelle honte pour la commune », ont fulminé les commerçants du centre.",
            "les commerçants du centre",
        ),
        (
            "« Vous n'avez rien préparé », tance le juge.",
            "le juge",
        ),
        (
            "« Ce n'est pas le moment de polémiquer », a recadré la porte-parole du parti, Léa Morin.",
            "Léa Morin",
        ),
        (
            "« Ils n'ont rien compris au dossier », raille le député Marc Vidal.",
            "Marc Vidal",
        ),
        (
            "Le syndicaliste s'emporte : « On ferme des lits en plein hiver. »",
            "Le syndicaliste",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    let got = find_claims(&one_paragraph(&[
        "Anne Ferrand, maire de Dole, a reçu les syndicats mardi.",
        "« On se moque de nous », s'est-elle emportée.",
    ]));
    assert!(
        got.iter()
            .any(|c| c.speaker == "Anne Ferrand" && c.kind == ClaimKind::Position),
        "{got:?}"
    );
    for sentence in [
        "Le club a présenté son plan, recadrant son projet sportif pour la saison.",
        "Le photographe recadre la photo du ministre.",
        "Les enfants jouaient dans la cour, se moquant des passants.",
    ] {
        expect_none(sentence);
    }
    expect(
        "« Rien n'est joué », tempère l'entraîneur.",
        "l'entraîneur",
        ClaimKind::Statement,
    );
}

/// Praise and criticism voiced in an incise or before a colon (« …, loue le maire »,
/// « égratigne », « éreinte », « applaudit ») are positions, as « salue » and « fustige » are;
/// « contredit » is a denial. Present and passé composé, inverted after a pronoun, plural and
/// role-and-name subjects. Must not: the same verbs outside an incise (« a loué un
/// appartement », « Le public a applaudi les artistes », « Les chiffres contredisent »).
#[test]
fn praise_and_criticism_in_an_incise_are_positions() {
    use ClaimKind::{Denial, Position};
    for (sentence, speaker, kind) in [
        (
            "« Une équipe remarquable », loue le maire de la commune.",
            "le maire de la commune",
            Position,
        ),
        (
            "« Un accueil remarquable », a loué la ministre de la Culture, Inès Caron.",
            "Inès Caron",
            Position,
        ),
        (
            "« Un budget sans ambition », ont égratigné les élus de l'opposition.",
            "les élus de l'opposition",
            Position,
        ),
        (
            "« Bravo aux bénévoles », applaudit la présidente de la région.",
            "la présidente de la région",
            Position,
        ),
        (
            "« Aucun site ne fermera », contredit le directeur de l'usine.",
            "le directeur de l'usine",
            Denial,
        ),
        (
            "La syndicaliste éreinte : « Ce plan ne sauve aucun emploi. »",
            "La syndicaliste",
            Position,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    let got = find_claims(&one_paragraph(&[
        "Julien Morel, adjoint aux sports, a visité le stade lundi.",
        "« Un travail exemplaire », a-t-il loué.",
    ]));
    assert!(
        got.iter()
            .any(|c| c.speaker == "Julien Morel" && c.kind == ClaimKind::Position),
        "{got:?}"
    );
    for sentence in [
        "La famille a loué un appartement près de la gare.",
        "Le public a applaudi les artistes pendant dix minutes.",
        "Les chiffres de l'Insee contredisent cette analyse.",
        "Le conseil municipal a approuvé le budget lundi.",
    ] {
        expect_none(sentence);
    }
}
