//! Verbs of speech in a sense told by their subject, object or form (issue 18, precision;
//! `cues/senses.rs` and the « se déclarer » rule of `cues.rs`): made-up sentences that must
//! give no claim, beside the same verbs in their speech reading, which must stay claims.

use super::cue_tests::{expect, expect_none};
use crate::model::ClaimKind;

/// Asserts the sentence gives exactly one claim, by `speaker` (of whatever kind).
fn expect_one_by(sentence: &str, speaker: &str) {
    let got = super::find_claims(&super::tests::one_paragraph(&[sentence]));
    assert_eq!(got.len(), 1, "{sentence}: {got:?}");
    assert_eq!(got[0].speaker, speaker, "{sentence}");
}

/// « se déclarer » with no attribute after it, past a time phrase or an adverb, is breaking
/// out (a fire, an epidemic); with an attribute it says something.
#[test]
fn breaking_out_is_no_declaration() {
    for sentence in [
        "Un incendie s'est déclaré ce matin dans un entrepôt de Lille.",
        "Un feu s'est déclaré ce lundi vers trois heures dans la cuisine.",
        "Le sinistre s'était déclaré ce samedi vers midi au deuxième étage.",
        "Un feu de forêt s'est déclaré mardi près du village.",
        "Une épidémie de grippe s'est déclarée ce week-end dans la maison de retraite.",
        "Un foyer de choléra se déclare régulièrement dans la région.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        ("Le maire s'est déclaré favorable au projet.", "Le maire"),
        ("Le juge s'est déclaré hier incompétent.", "Le juge"),
        (
            "La ministre s'est déclarée ce matin prête à négocier.",
            "La ministre",
        ),
    ] {
        expect_one_by(sentence, speaker);
    }
}

/// A verb of saying whose words are only that the speaker wonders (« a dit s'interroger »,
/// « dit se demander si ») asserts nothing (README, session 11: indirect questions); a feeling
/// voiced or words reported stay claims.
#[test]
fn saying_one_wonders_asserts_nothing() {
    for sentence in [
        "Sur l'origine du sinistre, le maire a dit « s'interroger ».",
        "La préfète dit se demander si la route rouvrira avant l'été.",
        "Le ministre a confié s'interroger sur l'avenir du site.",
        "L'entraîneur avoue se poser des questions sur son effectif.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le maire a dit s'inquiéter de la fermeture de l'école.",
            "Le maire",
        ),
        (
            "La préfète a dit que la route rouvrirait avant l'été.",
            "La préfète",
        ),
        (
            "Le ministre dit « regretter » cette décision.",
            "Le ministre",
        ),
    ] {
        expect_one_by(sentence, speaker);
    }
    // Who said they wonder spoke: the incise pronoun after it takes them up, not the speaker
    // before them.
    let got = super::find_claims(&super::tests::one_paragraph(&[
        "Le maire a annoncé le dépôt d'une plainte.",
        "Sur l'origine du feu, Paul Martin a dit « s'interroger ».",
        "« Rien ne prouve que le feu a été volontaire », a-t-il ajouté.",
    ]));
    let speakers: Vec<&str> = got.iter().map(|c| c.speaker.as_str()).collect();
    assert_eq!(speakers, ["Le maire", "Paul Martin"]);
}

/// « en témoigner » and the bare participle « témoignant » say that a thing shows something;
/// « témoigner » with nothing of what was said (no « de », « que », quotation) only tells
/// that someone testified (session-12 convention). With what was testified, or in an incise,
/// it reports.
#[test]
fn bearing_witness_without_words_is_no_claim() {
    for sentence in [
        "La salle était pleine, en témoigne la longue file d'attente devant l'entrée.",
        "Comme en témoignent les chiffres du chômage, la crise s'aggrave.",
        "Voilà deux chiffres témoignant que le secteur se porte bien.",
        "Le stade a fait le plein, témoignant que le football reste populaire.",
        "La ministre a témoigné mardi au micro de France Inter.",
        "Plusieurs habitants ont témoigné devant les caméras.",
        "L'ancien joueur a témoigné ce soir sur le plateau d'une émission de télévision.",
        "Les rescapés ont longuement témoigné à la barre.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Des voisins ont témoigné de la violence des coups.",
            "Des voisins",
        ),
        ("« C'était terrible », témoigne une voisine.", "une voisine"),
        (
            "Un ancien salarié a témoigné que les consignes n'étaient pas respectées.",
            "Un ancien salarié",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// A body that rules confirming a ruling acts; the same verb giving news, or with « que »,
/// reports.
#[test]
fn a_court_confirming_a_ruling_acts() {
    for sentence in [
        "La cour d'appel a confirmé la condamnation du maire.",
        "La commission de discipline a confirmé mardi la suspension du joueur.",
        "Le tribunal administratif confirme la sanction infligée au club.",
        "Le Conseil d'État a confirmé l'annulation de l'arrêté municipal.",
        "La cour d'appel de Paris a confirmé la relaxe du prévenu.",
        "La chambre de l'instruction avait confirmé le placement en détention du suspect.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le ministre a confirmé la fermeture de l'usine.",
            "Le ministre",
        ),
        ("La cour a confirmé que le délai était dépassé.", "La cour"),
        (
            "Le parquet a confirmé la mise en examen du suspect.",
            "Le parquet",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// « admettre » a count of people lets them in; a fault, a share of blame or a clause is
/// admitted.
#[test]
fn admitting_a_count_of_people_lets_them_in() {
    for sentence in [
        "L'hôpital admet de plus en plus de patients étrangers.",
        "L'université a admis une vingtaine de réfugiés.",
        "Le service admet désormais plus de cent malades par jour.",
        "Le lycée a admis douze nouveaux internes en septembre.",
    ] {
        expect_none(sentence);
    }
    for sentence in [
        "Le directeur admet plusieurs erreurs de gestion.",
        "Le directeur admet une part de responsabilité.",
        "Le directeur admet que deux patients ont attendu trop longtemps.",
    ] {
        expect_one_by(sentence, "Le directeur");
    }
}

/// A realization denied (« ne s'est pas rendu compte que », « a pu ne pas s'apercevoir
/// que ») tells what someone did not know: no claim; a realization made reports a finding,
/// and a speaker later in the sentence keeps the claim.
#[test]
fn a_realization_denied_is_no_claim() {
    for sentence in [
        "Le gardien ne s'est pas rendu compte que la porte était restée ouverte.",
        "La juge a pu ne pas s'apercevoir qu'elle connaissait l'accusé.",
        "Les parents ne se sont jamais rendu compte que leur fils avait quitté la maison.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Les chercheurs se sont aperçus que les papillons étaient malformés.",
            "Les chercheurs",
        ),
        (
            "Le gardien s'est rendu compte que la porte était restée ouverte.",
            "Le gardien",
        ),
        (
            "Elle a pu ne pas se rendre compte qu'elle connaissait le dossier : « cela arrive, on ne peut pas tout retenir », plaide l'avocat général.",
            "l'avocat général",
        ),
    ] {
        expect_one_by(sentence, speaker);
    }
}

/// « Il faut dire que », « il fallait bien le rappeler »: the writer's necessity.
#[test]
fn the_writers_necessity_is_no_claim() {
    for sentence in [
        "Il faut dire que le club a connu une saison difficile.",
        "Il fallait rappeler que la ville était endettée.",
        "Il faut bien dire que la saison a été longue.",
        "Il faudrait aussi rappeler que le stade est vétuste.",
        "Il faudra aussi préciser que les travaux ont pris du retard.",
        "Il faut souligner que la participation a baissé.",
    ] {
        expect_none(sentence);
    }
    expect(
        "Le maire estime qu'il faut dire la vérité aux habitants.",
        "Le maire",
        ClaimKind::Position,
    );
}

/// A verb of speech in the future, negated or set ahead, with nothing it reports, tells
/// what will be said; the narrative future of an account, or one with its words, reports.
#[test]
fn an_announcement_still_to_come_is_no_claim() {
    for sentence in [
        "Bien qu'il n'annoncera sa décision qu'en janvier, il reste le favori.",
        "Le ministre annoncera ses mesures la semaine prochaine.",
        "La direction annoncera son plan demain aux syndicats.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le secrétaire d'État soulignera que la situation reste fragile.",
            "Le secrétaire d'État",
        ),
        (
            "« Nous gagnerons », dira le coach après le match.",
            "le coach",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// A bare present participle after a noun of an event describes the event; after a
/// document or someone, it reports.
#[test]
fn a_participle_describing_an_event_is_no_claim() {
    for sentence in [
        "Lors de la conférence de presse annonçant ces mesures, le ministre est resté discret.",
        "Pendant la réunion réclamant des moyens, le maire n'a rien dit.",
        "Au cours du débat dénonçant la réforme, la salle a applaudi.",
        "Lors de la réunion d'information annonçant les travaux, les riverains ont posé des questions.",
        "Lors du sommet réclamant un cessez-le-feu, les ministres se sont séparés sans accord.",
    ] {
        expect_none(sentence);
    }
    expect(
        "La mairie a publié un communiqué annonçant la fermeture de la piscine.",
        "La mairie",
        ClaimKind::Statement,
    );
}

/// « s'en prendre à » by a crowd counted assaults (a round count, « des dizaines de », ten or
/// more in digits); by someone, or by two people, it attacks in words.
#[test]
fn a_counted_crowd_assaults() {
    for sentence in [
        "En début de matinée, une quarantaine de personnes sont venues s'en prendre à la gendarmerie.",
        "Plusieurs centaines de personnes s'en sont pris à la préfecture.",
        "Dans la soirée, 200 habitants s'en sont pris à la police municipale.",
        "Une centaine d'agriculteurs sont venus s'en prendre à la préfecture.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        ("Deux élus s'en sont pris au ministre.", "Deux élus"),
        ("Le maire s'en est pris à la gendarmerie.", "Le maire"),
    ] {
        expect_one_by(sentence, speaker);
    }
}

/// A present participle of fear after a clause of the narration tells why something was
/// done; the same verbs voiced (finite, or in an incise) stay claims.
#[test]
fn the_fear_behind_an_act_is_no_claim() {
    for sentence in [
        "C'est sa famille qui l'a découvert après avoir lancé des recherches, s'inquiétant de ne pas le voir rentrer.",
        "Un ratissage était entrepris, les gendarmes craignant que la jeune fille ne se perde.",
        "Les secours ont évacué l'immeuble, redoutant un effondrement.",
        "Les parents ont alerté la gendarmerie, s'inquiétant de son absence prolongée.",
        "La mairie a fermé le parc, craignant de nouvelles chutes d'arbres.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        ("Le maire craint que la digue ne cède.", "Le maire"),
        ("« La digue peut céder », s'inquiète le maire.", "le maire"),
        (
            "Le syndicat s'inquiète de la fermeture du site.",
            "Le syndicat",
        ),
    ] {
        expect_one_by(sentence, speaker);
    }
}

/// « soutenir » someone (a name, a country, people, an object pronoun) backs them; « soutenir
/// que », an incise after a quotation and a policy (« la réforme ») stay claims.
#[test]
fn backing_someone_is_no_claim() {
    for sentence in [
        "La France soutient l'Ukraine depuis le début du conflit.",
        "Le maire soutient les commerçants du centre-ville.",
        "Le parti la soutient depuis des années.",
        "Le syndicat soutient Paul Girard dans sa démarche.",
        "« Ce sont des pays frères », et Dakar les soutient au niveau international, a conclu la ministre.",
        // (The bare participle after a clause of the narration.)
        "Des parents se sont réunis devant la mairie, soutenant les grévistes.",
        "Plusieurs habitants ont défilé dans le centre samedi, soutenant le maire sortant.",
        "Une centaine de personnes se sont rassemblées, soutenant Marie Dupont et sa famille.",
        "Les agriculteurs bloquent la route, soutenant ainsi leurs collègues bretons.",
        "Quelques lycéens attendaient devant la grille, les soutenant en chantant.",
    ] {
        let got = super::find_claims(&super::tests::one_paragraph(&[sentence]));
        assert!(
            got.iter().all(|c| c.cue.to_lowercase().contains("conclu")),
            "{sentence}: {got:?}"
        );
    }
    for (sentence, speaker) in [
        (
            "Le ministre soutient que la réforme est juste.",
            "Le ministre",
        ),
        (
            "Le ministre soutient la réforme des retraites.",
            "Le ministre",
        ),
        ("« Il faut agir », soutient le maire.", "le maire"),
        (
            "Le maire a pris la parole, soutenant que la fermeture était injuste.",
            "Le maire",
        ),
        (
            "Les syndicats ont défilé mardi, soutenant la réforme des retraites.",
            "Les syndicats",
        ),
    ] {
        expect_one_by(sentence, speaker);
    }
}

/// « s'inviter » is coming uninvited (a topic, a guest); « inviter quelqu'un à » calls.
#[test]
fn inviting_oneself_is_no_call() {
    for sentence in [
        "La polémique sur les retraites s'est invitée au conseil des ministres mardi.",
        "Les agriculteurs se sont invités à la table des négociations.",
        "Le président s'est invité mardi soir à la réunion des maires.",
        "La question du climat s'invite à nouveau dans la campagne.",
        "Le dossier de la piscine s'est invité au conseil municipal de lundi.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "La ministre invite les entreprises à embaucher.",
            "La ministre",
        ),
        (
            "Le maire a invité les habitants à rester chez eux.",
            "Le maire",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Call);
    }
}

/// A bare present participle on a noun its determiner denies (« aucune information faisant
/// état de », « pas de document attestant que ») reports what nobody said; on a noun that is
/// there (« un tract dénonçant ») it reports.
#[test]
fn a_participle_of_nothing_is_no_claim() {
    for sentence in [
        "La police n'a trouvé aucun témoin affirmant avoir vu le suspect.",
        "La mairie n'a reçu aucune lettre dénonçant ces travaux.",
        "Le consulat n'a eu aucune information récente faisant état de victimes.",
        "Les enquêteurs n'ont pas de document attestant que le maire était informé.",
        "Le juge a tranché sans rapport affirmant que le contrat était signé.",
        "Les gendarmes ont agi sans ordre écrit demandant l'évacuation.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le syndicat a diffusé un tract dénonçant la réforme.",
            "Le syndicat",
        ),
        (
            "La préfecture a publié un communiqué annonçant la fermeture des écoles.",
            "La préfecture",
        ),
    ] {
        expect_one_by(sentence, speaker);
    }
}

/// A verb of speech in a « que » clause the sentence does not assert (an impersonal judgement,
/// a necessity, what happens at times, a purpose) tells what is usual or wished, not what was
/// said; a clause asserted (« il est clair que »), or an incise after such a clause, stays
/// a claim.
#[test]
fn a_clause_not_asserted_is_no_claim() {
    for sentence in [
        "Il est normal que, lors d'un procès, la défense conteste les expertises.",
        "Il n'est pas rare que les élus dénoncent le manque de moyens.",
        "Il est logique que le patronat réclame des baisses d'impôts.",
        "Il est de bonne guerre que l'opposition critique le budget.",
        "Il arrive que les supporters insultent l'arbitre.",
        "Les syndicats manifestent pour que le gouvernement annonce des mesures.",
        "On comprend que les riverains protestent contre le projet.",
        "La réforme passera à moins que les sénateurs ne dénoncent l'accord.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Il est clair que le ministre a reconnu son erreur.",
            "le ministre",
        ),
        (
            "Il est normal que le maire soit inquiet, a déclaré le préfet.",
            "le préfet",
        ),
        (
            "Le préfet estime qu'il est normal que les habitants protestent.",
            "Le préfet",
        ),
        (
            "Alors que Paris insiste afin qu'il signe, le porte-parole, Paul Roy, a affirmé que l'accord était prêt.",
            "Paul Roy",
        ),
    ] {
        expect_one_by(sentence, speaker);
    }
}

/// The group in the « que » clause of an impersonal judgement is who a « ils » after it
/// stands for, though it made no claim there.
#[test]
fn the_group_under_an_impersonal_judgement_is_taken_up() {
    let got = super::find_claims(&super::tests::one_paragraph(&[
        "Il est normal que, dans un procès, les avocats de la défense contestent les expertises.",
        "Ce lundi, ils ont estimé que le rapport était incomplet.",
    ]));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].speaker, "les avocats de la défense");
}

/// « détailler », « justifier », « exposer », « expliquer » with a thing named and nothing of
/// it given say nothing (session-12 convention); with a reason, a means, a gerund, a clause,
/// a colon or a quotation, or in an incise, they report.
#[test]
fn details_or_reasons_named_not_given_are_no_claim() {
    for sentence in [
        "Face aux inondations, la préfète a détaillé les aides prévues.",
        "Le maire a justifié ce choix.",
        "Lors d'une conférence de presse mardi, le directeur a justifié cette réorganisation.",
        "Le porte-parole a détaillé mardi le calendrier des travaux.",
        "Le président du club a expliqué sa décision aux supporters.",
        // (« pendant », « durant » are no gerund giving it.)
        "La ministre a détaillé le plan pendant la réunion.",
        "Le maire a justifié cette dépense durant le conseil.",
        // (After the subject and an aside set off by commas.)
        "Le conseiller Martin, quant à lui, a expliqué les raisons de ce changement.",
        "La ministre, de son côté, a détaillé les mesures du plan.",
        "Le directeur, Paul Roux, a justifié cette réorganisation.",
        // (A role noun that reads as a verb, then a name the tagger reads as one in lower
        // case.)
        "Le conseiller Lefèvre, quant à lui, a expliqué les raisons de ce changement.",
        "Le conseiller Lavoie, de son côté, a détaillé les mesures du plan.",
        "Le conseiller Lavoie, pour sa part, a justifié cette dépense.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le maire a justifié ce choix par le manque de moyens.",
            "Le maire",
        ),
        (
            "La ministre justifie la hausse en invoquant la crise de l'énergie.",
            "La ministre",
        ),
        (
            "Le préfet a détaillé le dispositif : « Trois cents policiers seront mobilisés. »",
            "Le préfet",
        ),
        (
            "« Trois cents policiers seront mobilisés », a détaillé le préfet.",
            "le préfet",
        ),
        (
            "La route restera fermée, a expliqué la préfète.",
            "la préfète",
        ),
        (
            "Selon les premiers relevés, la digue tiendra, a détaillé le préfet.",
            "le préfet",
        ),
    ] {
        expect_one_by(sentence, speaker);
    }
}

/// « rappeler », « souligner », « préciser », « énumérer » with an object that only names what
/// a list or a plan holds (« les priorités », « trois objectifs », « les modalités ») and
/// nothing of it given say nothing (session-12 convention); with a colon, a « que » clause, a
/// quotation, another noun (« l'importance des règles », « son opposition ») or in an incise,
/// they report.
#[test]
fn a_list_named_not_given_is_no_claim() {
    for sentence in [
        "L'entraîneur a rappelé trois objectifs.",
        "Le délégué syndical n'a pas manqué de rappeler les priorités du syndicat.",
        "La préfète a précisé mardi les modalités du dispositif.",
        "Le directeur a souligné les enjeux de la rentrée devant le personnel.",
        "La juge a rappelé les règles de la procédure.",
        "Le maire a rappelé ses deux priorités pour le mandat.",
        "La présidente, de son côté, a rappelé les principes de la charte.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "La ministre a rappelé ses priorités : l'emploi, l'école et la santé.",
            "La ministre",
        ),
        (
            "Le maire a rappelé que les règles restaient en vigueur.",
            "Le maire",
        ),
        (
            "Le ministre a rappelé l'importance des règles sanitaires.",
            "Le ministre",
        ),
        (
            "Le président a rappelé son opposition au projet.",
            "Le président",
        ),
        (
            "« Les consignes sont claires », a rappelé le préfet.",
            "le préfet",
        ),
        (
            "Les règles sont strictes, a rappelé la direction.",
            "la direction",
        ),
    ] {
        expect_one_by(sentence, speaker);
    }
}

/// « faire valoir » one's rights exercises them; « faire valoir que » or an argument put
/// forward (« l'absence de preuves ») argues.
#[test]
fn exercising_ones_rights_is_no_claim() {
    for sentence in [
        "Les enseignants seront nombreux à faire valoir leurs droits à la retraite d'ici 2030.",
        "La salariée a fait valoir ses droits devant les prud'hommes.",
        "Beaucoup de locataires ignorent comment faire valoir leur droit au logement.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le syndicat fait valoir que les salaires stagnent.",
            "Le syndicat",
        ),
        ("L'avocat a fait valoir l'absence de preuves.", "L'avocat"),
    ] {
        expect_one_by(sentence, speaker);
    }
}

/// What someone refused to say (« a refusé de », « se refuse à ») is not said, quoted words
/// after the infinitive included; another verb of the sentence still reports.
#[test]
fn a_refusal_to_say_is_no_claim() {
    for sentence in [
        "Les élus se refusent à dénoncer « une trahison ».",
        "Les syndicats se sont toujours refusés à parler de « privatisation » dans ce dossier.",
        "Le maire a refusé de parler de « complot ».",
    ] {
        expect_none(sentence);
    }
    expect_one_by(
        "Le maire s'est refusé à tout commentaire, mais a assuré que le budget serait voté.",
        "Le maire",
    );
}

/// A bare present participle right after a noun with nothing after it is an adjective (« un
/// signal rassurant. »); with its object or complement after it, it reports.
#[test]
fn a_participle_used_as_an_adjective_is_no_claim() {
    for sentence in [
        "Le directeur a tenu à envoyer un signal rassurant.",
        "Le maire a publié un communiqué rassurant.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le syndicat a diffusé un tract appelant à la grève.",
            "Le syndicat",
        ),
        (
            "La mairie a diffusé un communiqué annonçant la fermeture du parc.",
            "La mairie",
        ),
    ] {
        expect_one_by(sentence, speaker);
    }
}

/// A court judging a law, a person or a case rules (an act, README session 19); its words
/// reported stay a claim, and « juger » by anyone else is a view.
#[test]
fn a_court_judging_rules() {
    for sentence in [
        "Le Conseil constitutionnel a jugé conforme le texte sur le logement étudiant.",
        "La cour d'appel a jugé l'ancien maire coupable de corruption.",
        "Le Conseil d'État a jugé illégal l'arrêté du préfet.",
        "Le tribunal correctionnel jugera l'affaire en mars.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le conseil municipal a jugé inacceptable le projet de la métropole.",
            "Le conseil municipal",
        ),
        (
            "La cour a jugé que les preuves étaient insuffisantes.",
            "La cour",
        ),
        (
            "Le syndicat a jugé « irresponsable » la décision du tribunal.",
            "Le syndicat",
        ),
        // (A court word in a complement of the subject: its head gives a view.)
        (
            "Un proche du juge a jugé la sanction injuste.",
            "Un proche du juge",
        ),
        (
            "Le président de la cour a jugé inacceptables les propos du ministre.",
            "Le président de la cour",
        ),
    ] {
        expect_one_by(sentence, speaker);
    }
}

/// A court's other verbs of a verdict rule too: « reconnaître » a liability or a guilt,
/// « condamner » someone, « déclarer » a complaint inadmissible; its words reported, a judge
/// « se déclarant » incompetent, a participle held by another noun and the same verbs by anyone
/// else stay claims.
#[test]
fn a_court_s_verdict_is_no_claim() {
    for sentence in [
        "Le tribunal administratif a reconnu la responsabilité de l'État.",
        "La cour d'appel reconnaît le caractère abusif du licenciement.",
        "Les juges ont reconnu l'existence d'un préjudice moral.",
        "Le conseil de prud'hommes a condamné l'entreprise.",
        "La cour d'assises condamnera sans doute l'accusé.",
        "Le tribunal a déclaré la plainte irrecevable.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le tribunal a reconnu que l'État avait commis une faute.",
            "Le tribunal",
        ),
        ("Le juge s'est déclaré incompétent.", "Le juge"),
        (
            "Le maire a reconnu une erreur de communication.",
            "Le maire",
        ),
        (
            "Le syndicat a condamné la fermeture du site.",
            "Le syndicat",
        ),
        (
            "L'avocat du juge a reconnu la gravité des faits.",
            "L'avocat du juge",
        ),
    ] {
        expect_one_by(sentence, speaker);
    }
}

/// « dire » a rite, a text recited or a greeting is no claim (`senses::recites_a_rite`): the
/// passé composé, the present, a plural subject, a relative, a present participle and an
/// actor's text; nor is « répondre aux critères » (meeting them) or « appeler » a taxi, the
/// emergency services or someone on the phone. Must: the same « dire » with its words (a
/// « que » clause, a quotation before its incise, a colon) or a feeling voiced reports.
#[test]
fn saying_mass_meeting_criteria_and_calling_a_taxi_report_nothing() {
    for sentence in [
        "Le prêtre a dit la messe dimanche dans la chapelle.",
        "L'évêque dit la messe de minuit à la cathédrale.",
        "Les fidèles ont dit une prière pour les victimes.",
        "Le curé, qui a dit la messe, a quitté le village.",
        "Les pèlerins, disant le chapelet, ont traversé la place.",
        "L'actrice dit son texte sans trembler.",
        "Le ministre a dit adieu à ses collaborateurs jeudi.",
        // (Review S22: a determiner, maybe an adjective, the rite's noun; past an adjunct.)
        "Le prêtre a dit une nouvelle messe pour les victimes.",
        "Les fidèles ont dit une longue prière pour les disparus.",
        "L'évêque a dit samedi une messe pour la paix.",
        "Le comédien a dit ses dernières répliques sous les applaudissements.",
        "La chorale a dit plusieurs prières pour les malades.",
        "Les logements qui ne répondent pas aux critères seront démolis.",
        "Le voisin a appelé un taxi pour l'hôpital.",
        "La passagère a appelé les pompiers vers minuit.",
        "La mère appelle son fils tous les soirs.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker, kind) in [
        (
            "Le prêtre a dit que la messe serait annulée dimanche.",
            "Le prêtre",
            ClaimKind::Statement,
        ),
        (
            "Le prêtre a dit une nouvelle fois que la messe serait annulée.",
            "Le prêtre",
            ClaimKind::Statement,
        ),
        (
            "Le pasteur a dit, lors de la messe, que la paroisse accueillerait des réfugiés.",
            "Le pasteur",
            ClaimKind::Statement,
        ),
        (
            "« La messe sera célébrée dimanche », a dit le curé de la paroisse.",
            "le curé de la paroisse",
            ClaimKind::Statement,
        ),
        (
            "Le maire a dit : « Bonjour à tous, la réforme est injuste. »",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "Le maire a dit sa colère après la fermeture de l'usine.",
            "Le maire",
            ClaimKind::Position,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
}

/// What a law, a rule or an order provides is the norm, no claim (README « Session 22 »):
/// the norm as the subject, after the verb (« comme le stipule … »), or holding a gerund or a
/// participle. A document cited for a fact, a medium and its article (not a numbered one),
/// someone speaking about a law and a participle with its own subject stay claims.
#[test]
fn what_a_norm_provides_is_no_claim() {
    for sentence in [
        "La loi interdit aussi les cages, en stipulant que les fauves doivent vivre en plein air.",
        "Comme le stipule l'article 12 du règlement, les candidats doivent être majeurs.",
        "L'arrêté municipal interdit la baignade, précisant que les contrevenants seront verbalisés.",
        "Le règlement intérieur précise que les téléphones sont interdits en classe.",
        "Le code du travail indique que la période d'essai ne peut dépasser quatre mois.",
        "Le juge a rendu une ordonnance exigeant la remise des relevés bancaires.",
        "La nouvelle charte exige que les élus déclarent leurs cadeaux.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le rapport de la Cour des comptes indique que les dépenses ont dérapé.",
            "Le rapport de la Cour des comptes",
        ),
        (
            "Le ministre précise que la loi entrera en vigueur en mars.",
            "Le ministre",
        ),
        ("Selon le Monde, la loi sera votée en mars.", "le Monde"),
        (
            "L'article du Monde affirme que la loi sera votée en mars.",
            "L'article du Monde",
        ),
        (
            "La loi a été votée mardi, le ministre affirmant qu'elle protège les locataires.",
            "le ministre",
        ),
    ] {
        expect_one_by(sentence, speaker);
    }
}
