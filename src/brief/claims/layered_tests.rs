//! Tests of sentences with several attributions (issue 18, session 10): a claim its subject
//! makes and a source that relays it (« X a déclaré …, selon un communiqué de Y », « …, a
//! rapporté l'agence Z »), each credited for its part; made-up sentences over several verbs,
//! tenses and word orders, and the look-alikes that must keep one speaker.

use super::tests::one_paragraph as doc;
use super::*;
use crate::model::ClaimKind;

/// The (speaker, kind) of every claim of a one-sentence article.
fn claims(sentence: &str) -> Vec<(String, ClaimKind)> {
    find_claims(&doc(&[sentence]))
        .into_iter()
        .map(|c| (c.speaker, c.kind))
        .collect()
}

/// The speakers of every claim of a one-sentence article.
fn speakers(sentence: &str) -> Vec<String> {
    claims(sentence).into_iter().map(|(s, _)| s).collect()
}

/// « …, a déclaré X, cité par Y », « X a affirmé …, cité par Y »: the medium citing the
/// speaker relays the claim, after a comma; a participle on a noun (« les chiffres cités par
/// Y ») is no relay.
#[test]
fn a_trailing_cite_par_after_a_cue_is_a_second_source() {
    for sentence in [
        "« Nous avons gagné », a déclaré le maire Paul Girard, cité par l'AFP.",
        "Paul Girard a affirmé que la ville était prête, a-t-il déclaré, cité par l'AFP.",
    ] {
        assert_eq!(speakers(sentence), ["Paul Girard", "l'AFP"], "{sentence}");
    }
    assert_eq!(
        speakers("Paul Girard a démenti les chiffres cités par l'AFP."),
        ["Paul Girard"]
    );
}

/// « Le gouvernement estime …, a-t-elle précisé »: an incise's pronoun that the subject's
/// gender rules out stands for someone else, who relays the subject's claim; one that agrees
/// is the subject again.
#[test]
fn an_incise_pronoun_of_the_other_gender_is_a_second_source() {
    let article = |second: &str| -> Vec<String> {
        find_claims(&doc(&[
            "La ministre Anne Roux a affirmé que rien ne changerait.",
            second,
        ]))
        .into_iter()
        .map(|c| c.speaker)
        .collect()
    };
    assert_eq!(
        article("Le gouvernement estime que rien ne presse, a-t-elle précisé."),
        ["Anne Roux", "Le gouvernement", "Anne Roux"]
    );
    // Must not: the pronoun agrees with the subject, or the subject's gender is not known.
    assert_eq!(
        article("La direction estime que rien ne presse, a-t-elle précisé."),
        ["Anne Roux", "La direction"]
    );
    assert_eq!(
        article("Claude Girard estime que rien ne presse, a-t-elle précisé."),
        ["Anne Roux", "Claude Girard"]
    );
}

/// « X a déclaré …, selon Y »: the subject's claim, then the one who relays it.
#[test]
fn a_trailing_selon_after_a_cue_is_a_second_source() {
    let both = [
        (
            "Le ministre Paul Girard a déclaré qu'il recevra les syndicats, selon un communiqué de son cabinet.",
            "Paul Girard",
            "un communiqué de son cabinet",
        ),
        (
            "Les infirmières dénoncent des cadences intenables, selon les délégués du personnel.",
            "Les infirmières",
            "les délégués du personnel",
        ),
        (
            "La maire Anne Roux avait promis une piscine neuve, selon le quotidien Le Courrier.",
            "Anne Roux",
            "le quotidien Le Courrier",
        ),
        (
            "Le préfet annonce la fermeture de la route, d'après la radio locale.",
            "Le préfet",
            "la radio locale",
        ),
        (
            "Le syndicat réclame une hausse des salaires, selon l'AFP.",
            "Le syndicat",
            "l'AFP",
        ),
    ];
    for (sentence, subject, source) in both {
        assert_eq!(
            speakers(sentence),
            [subject.to_string(), source.to_string()],
            "{sentence}"
        );
    }
    // Each for its part: the subject's call stays a call, the relay a statement.
    assert_eq!(
        claims("Le maire a appelé les habitants à rester chez eux, selon la préfecture."),
        [
            ("Le maire".to_string(), ClaimKind::Call),
            ("la préfecture".to_string(), ClaimKind::Statement)
        ]
    );
}

/// Must not: a « selon » that is how (« selon le calendrier », « selon les cas »), the one
/// speaking (« selon lui »), a source the speaker cites inside what they report (« a dit
/// que, selon l'OMS, … »), or one inside an incise before its subject keeps one speaker.
#[test]
fn a_selon_that_relays_nothing_adds_no_speaker() {
    let one_speaker = [
        (
            "Le directeur a expliqué que les travaux seront faits selon le calendrier prévu.",
            "Le directeur",
        ),
        (
            "Le maire a affirmé que, selon lui, la fermeture est provisoire.",
            "Le maire",
        ),
        (
            "Le ministre a déclaré que, selon l'OMS, le virus recule.",
            "Le ministre",
        ),
        (
            "L'entraîneur estime que son équipe progresse, selon les cas, plus vite que prévu.",
            "L'entraîneur",
        ),
        (
            "« Les vols sont annulés », auraient dit, selon le site, des agents de voyage.",
            "des agents de voyage",
        ),
        (
            "Paul Martin a déclaré que la route rouvrira lundi, selon Paul Martin.",
            "Paul Martin",
        ),
    ];
    for (sentence, speaker) in one_speaker {
        assert_eq!(speakers(sentence), [speaker.to_string()], "{sentence}");
    }
}

/// A count no one is said to have made, closing a sentence whose verb has its speaker
/// (« …, faisant 25 morts, selon un décompte provisoire »), is where the speaker's figure
/// stands, no relay: one speaker. A count someone made (« selon le bilan des secours ») relays,
/// and alone in its sentence a count is the source.
#[test]
fn a_count_of_no_one_relays_nothing() {
    for (sentence, speaker) in [
        (
            "L'agence Reuters affirme qu'un car a explosé, faisant 25 morts, selon un décompte provisoire.",
            "L'agence Reuters",
        ),
        (
            "Le préfet a indiqué que la crue avait fait trois morts, selon le dernier bilan officiel.",
            "Le préfet",
        ),
    ] {
        assert_eq!(speakers(sentence), [speaker.to_string()], "{sentence}");
    }
    assert_eq!(
        speakers(
            "Le ministre a déclaré que la tempête a fait dix morts, selon le bilan des secours."
        ),
        ["Le ministre", "le bilan des secours"]
    );
    assert_eq!(
        speakers("Vingt-cinq personnes sont mortes, selon un décompte provisoire."),
        ["un décompte provisoire"]
    );
}

/// « X a invité …, a rapporté l'APS »: a medium closing the sentence relays what the subject
/// said; both are credited, whatever the first verb's kind.
#[test]
fn a_medium_closing_the_sentence_relays_the_subject() {
    let both = [
        (
            "Dans un communiqué, le ministère a exhorté les habitants à rester chez eux, a rapporté l'agence de presse APS.",
            "le ministère",
            "l'agence de presse APS",
        ),
        (
            "Le syndicat a appelé à la grève jeudi, rapporte le journal Le Soir.",
            "Le syndicat",
            "le journal Le Soir",
        ),
        (
            "Le président Marc Diallo a affirmé que les élections auront lieu en mars, a rapporté la télévision nationale.",
            "Marc Diallo",
            "la télévision nationale",
        ),
        (
            "La mairie indique que l'école restera fermée, écrit le quotidien Le Matin.",
            "La mairie",
            "le quotidien Le Matin",
        ),
    ];
    for (sentence, subject, medium) in both {
        assert_eq!(
            speakers(sentence),
            [subject.to_string(), medium.to_string()],
            "{sentence}"
        );
    }
}

/// Must: a person or a body closing the sentence (« a précisé son porte-parole ») relays what
/// the subject said, as a medium or « selon » does: both are credited (the layered-attribution
/// convention), whatever the verbs, tenses and kinds of speaker.
#[test]
fn a_person_or_a_body_closing_the_sentence_relays_the_subject() {
    for (sentence, want) in [
        (
            "Le ministre Paul Martin a affirmé la volonté du pays d'aider la région, a précisé le porte-parole du gouvernement, Marc Lenoir.",
            ["Paul Martin", "Marc Lenoir"],
        ),
        (
            "Le syndicat réclame une hausse des salaires, a expliqué jeudi sa secrétaire générale.",
            ["Le syndicat", "sa secrétaire générale"],
        ),
        (
            "La maire Anne Roux dénonçait un projet injuste, ont rapporté des élus de l'opposition.",
            ["Anne Roux", "des élus de l'opposition"],
        ),
        (
            "Le capitaine Jean Diallo a promis de libérer les otages, a indiqué samedi une source diplomatique.",
            ["Jean Diallo", "une source diplomatique"],
        ),
    ] {
        assert_eq!(speakers(sentence), want, "{sentence}");
    }
    // Must not: one speaker under two names (the incise's pronoun, a pointer back to the same
    // source, the same name again) is one claim.
    for (sentence, want) in [
        (
            "Il entend rappeler aux élus qu'ils doivent voter, a-t-il précisé.",
            1,
        ),
        (
            "M. Roy a indiqué que les élections auraient lieu, a ajouté M. Roy.",
            1,
        ),
        (
            "« Nous voulons négocier », a déclaré le syndicat, a précisé Mme Gillard.",
            1,
        ),
    ] {
        assert_eq!(speakers(sentence).len(), want, "{sentence}");
    }
}

/// Must not: a medium or anyone with no cue before it (« Un incendie s'est déclaré, rapporte
/// X ») or reporting an event is the only speaker.
#[test]
fn a_reporter_who_is_no_medium_stays_the_only_speaker() {
    assert_eq!(
        speakers("Un incendie s'est déclaré lundi près de Lens, rapporte Radio Nord."),
        ["Radio Nord"]
    );
    assert_eq!(
        speakers("La préfecture a interdit la manifestation de samedi, rapporte Radio Vallée."),
        ["Radio Vallée"]
    );
}

/// « X a affirmé …, critiqué par Y »: a stance in the passive after a comma, its agent named
/// by « par », is the agent's claim, of the verb's kind, beside the first speaker's (the
/// session-9 convention), whatever the first cue and wherever the participle hangs.
#[test]
fn a_passive_stance_after_a_comma_adds_its_agent() {
    let both = [
        (
            "Le maire Paul Girard a affirmé que le projet créera des emplois, critiqué à plusieurs reprises par l'opposition.",
            ("Paul Girard", ClaimKind::Statement),
            ("l'opposition", ClaimKind::Position),
        ),
        (
            "Le ministre a annoncé la réforme, saluée mardi par les syndicats enseignants.",
            ("Le ministre", ClaimKind::Statement),
            ("les syndicats enseignants", ClaimKind::Position),
        ),
        (
            "« Le budget est insincère », a déclaré Paul Martin, estimant que la commission, dénoncée par l'opposition, a échoué.",
            ("Paul Martin", ClaimKind::Statement),
            ("l'opposition", ClaimKind::Position),
        ),
        (
            "La préfète estime que le plan est suffisant, un avis contesté par les associations de riverains.",
            ("La préfète", ClaimKind::Position),
            ("les associations de riverains", ClaimKind::Denial),
        ),
    ];
    for (sentence, first, agent) in both {
        let got = claims(sentence);
        assert_eq!(
            got,
            [
                (first.0.to_string(), first.1),
                (agent.0.to_string(), agent.1)
            ],
            "{sentence}"
        );
    }
}

/// Must not: a participle that only says where news came from (« l'information annoncée par
/// plusieurs médias »), an act in the passive (« la route, fermée par la police »), or an
/// agent who is the speaker again adds no one.
#[test]
fn a_passive_that_is_no_stance_adds_no_agent() {
    let one_speaker = [
        (
            "Le maire a démenti l'information annoncée par plusieurs médias.",
            "Le maire",
        ),
        (
            "Le préfet a annoncé la réouverture de la route, fermée par la police depuis lundi.",
            "Le préfet",
        ),
        (
            "Le ministre a présenté mardi sa réforme, adoptée par le Parlement, a-t-il rappelé.",
            "Le ministre",
        ),
    ];
    for (sentence, speaker) in one_speaker {
        assert_eq!(speakers(sentence), [speaker.to_string()], "{sentence}");
    }
}

/// « L'information a été donnée par X »: something said, made public in the passive, is its
/// agent's claim, of the noun's kind, whatever the participle, the tense, the time words.
#[test]
fn a_speech_act_in_the_passive_is_its_agents() {
    let cases = [
        (
            "L'information a été donnée par le porte-parole du gouvernement Jean Koffi lors d'un point de presse.",
            "Jean Koffi",
            ClaimKind::Statement,
        ),
        (
            "L'annonce a été faite mardi soir par la ministre de la Santé.",
            "la ministre de la Santé",
            ClaimKind::Statement,
        ),
        (
            "La nouvelle avait été confirmée par la gendarmerie.",
            "la gendarmerie",
            ClaimKind::Statement,
        ),
        (
            "Un appel au calme a été lancé par le maire de la ville.",
            "le maire de la ville",
            ClaimKind::Call,
        ),
        (
            "Les précisions ont été livrées par le procureur Marc Lenoir.",
            "Marc Lenoir",
            ClaimKind::Statement,
        ),
    ];
    for (sentence, speaker, kind) in cases {
        assert_eq!(
            claims(sentence),
            [(speaker.to_string(), kind)],
            "{sentence}"
        );
    }
}

/// Must not: an act in the passive (« la décision a été prise », « la route a été fermée »),
/// something said with no agent, or a participle on an object keeps no agent's claim.
#[test]
fn a_passive_act_or_an_agentless_one_is_no_claim() {
    for sentence in [
        "La décision a été prise par le conseil municipal.",
        "La route a été fermée par la police.",
        "L'information a été donnée lundi.",
        "Le bilan a été alourdi par la crue.",
        "Le document a été remis par le maire au préfet.",
    ] {
        assert_eq!(claims(sentence), [], "{sentence}");
    }
}

/// « L'information a été révélée par X », « relayée », « rapportées », « publié », « diffusé »,
/// « dévoilée »: the participles of making public besides « donnée », « faite », « confirmée »,
/// with tenses, time words and what follows the agent. Must not: no agent, an agent that is
/// no one (« par hasard », « par erreur »), a subject that is nothing said with a verb that
/// does not report by itself (« La voiture a été rapportée par un client »).
#[test]
fn something_said_revealed_or_relayed_in_the_passive_is_its_agents() {
    for (sentence, speaker) in [
        (
            "L'information a été révélée par Le Parisien.",
            "Le Parisien",
        ),
        (
            "La nouvelle avait été dévoilée mardi par la radio locale.",
            "la radio locale",
        ),
        (
            "L'annonce a été relayée par la préfecture.",
            "la préfecture",
        ),
        ("Les informations ont été rapportées par l'AFP.", "l'AFP"),
        (
            "Le bilan a été publié jeudi soir par la préfecture.",
            "la préfecture",
        ),
        (
            "L'avertissement a été diffusé par Météo-France.",
            "Météo-France",
        ),
        (
            "L'information a été révélée par La Voix du Nord et confirmée à l'AFP.",
            "La Voix du Nord",
        ),
        // (« révéler » reports by itself, whatever its subject, as « Le journal a révélé le
        // secret » does: README, session 9, the passive of a verb of speech with its agent;
        // see cue_tests::a_verb_that_reports_in_the_passive_is_its_agent_s.)
        ("Le secret a été révélé par le journal.", "le journal"),
    ] {
        assert_eq!(speakers(sentence), [speaker], "{sentence}");
    }
    for sentence in [
        "L'information a été révélée par hasard.",
        "L'information a été publiée par erreur.",
        "La voiture a été rapportée par un client.",
        "La nouvelle a été révélée mardi.",
    ] {
        assert_eq!(claims(sentence), [], "{sentence}");
    }
}

/// « La demande a été formulée, et parfois vivement, par X », « critiquée, hier encore, par
/// X »: an aside between commas before « par » keeps the agent's claim. Must not: the aside
/// with no agent, an agent that is no one, an aside before an indirect object.
#[test]
fn an_aside_before_the_agent_of_a_passive_keeps_its_claim() {
    for (sentence, speaker) in [
        (
            "La demande a été formulée, et parfois vivement, par plusieurs partis.",
            "plusieurs partis",
        ),
        (
            "La mesure a été critiquée, hier encore, par le syndicat.",
            "le syndicat",
        ),
        (
            "Le projet a été salué, lundi soir, par le maire.",
            "le maire",
        ),
        (
            "L'accord a été dénoncé, à plusieurs reprises, par l'opposition.",
            "l'opposition",
        ),
        (
            "L'annonce a été faite, sans surprise, par la ministre.",
            "la ministre",
        ),
    ] {
        assert_eq!(speakers(sentence), [speaker], "{sentence}");
    }
    for sentence in [
        "La mesure a été critiquée, hier encore.",
        "La ville a été frappée, dans la nuit, par une tempête.",
        "L'information a été transmise, par erreur, aux journalistes.",
        "L'annonce a été faite, sans surprise, par hasard.",
    ] {
        assert_eq!(claims(sentence), [], "{sentence}");
    }
}

/// « A en croire le ministre, … » (the capital unaccented), « Selon l'ancien responsable »,
/// « d'après l'ex-directeur »: « à en croire » as the press writes it, and a role after an
/// adjective of tenure, are sources. Must not: an adjective of tenure before what is no one.
#[test]
fn a_source_after_a_en_croire_or_an_adjective_of_tenure() {
    for (sentence, speaker) in [
        (
            "A en croire le ministre, les ravisseurs ont pris contact.",
            "le ministre",
        ),
        (
            "A en croire l'ex responsable, les ravisseurs ont pris contact.",
            "l'ex responsable",
        ),
        (
            "Selon l'ancien responsable, les ravisseurs ont pris contact.",
            "l'ancien responsable",
        ),
        (
            "D'après l'ancienne directrice, l'école était en difficulté.",
            "l'ancienne directrice",
        ),
        (
            "Le projet a échoué, selon l'ancien maire.",
            "l'ancien maire",
        ),
        (
            "Selon l'actuel président du club, tout va bien.",
            "l'actuel président du club",
        ),
    ] {
        assert_eq!(speakers(sentence), [speaker], "{sentence}");
    }
    for sentence in [
        "Selon l'ancien cadre légal, les prix montent.",
        "Selon l'ancienne méthode, les prix montent.",
        "Les élèves sont classés selon leur ancien niveau.",
    ] {
        assert_eq!(claims(sentence), [], "{sentence}");
    }
}

/// « selon les Affaires étrangères », « selon les comptes de la mairie »: a ministry named by
/// its portfolio, and a count with whose it is, are sources, wherever « selon » stands.
#[test]
fn a_ministry_by_its_portfolio_and_a_count_are_sources() {
    for (sentence, source) in [
        (
            "La délégation a quitté Niamey mardi, selon les Affaires étrangères nigériennes.",
            "les Affaires étrangères nigériennes",
        ),
        (
            "Selon les Affaires sociales, le nombre de bénéficiaires a doublé.",
            "les Affaires sociales",
        ),
        (
            "Selon les Armées, deux soldats ont été blessés.",
            "les Armées",
        ),
        (
            "Le déficit atteindra 5 %, selon les Finances.",
            "les Finances",
        ),
    ] {
        assert_eq!(speakers(sentence), [source.to_string()], "{sentence}");
    }
    let got = speakers("L'école comptera 180 élèves, selon les comptes de la mairie.");
    assert_eq!(got.len(), 1);
    assert!(got[0].ends_with("la mairie"), "{got:?}");
    // Must not: « affaires » that are things, accounts that say nothing.
    for sentence in [
        "Les élèves sont répartis selon les Affaires du moment.",
        "Les prix varient selon les affaires.",
        "Les comptes de la société sont dans le rouge.",
        "Il règle ses comptes selon ses humeurs.",
    ] {
        assert_eq!(speakers(sentence), Vec::<String>::new(), "{sentence}");
    }
}

/// « Inquiétude relayée par X "…" », « Même doute exprimé par Y »: a verbless sentence that
/// opens on a noun of stance voiced by someone is their position.
#[test]
fn a_stance_voiced_by_someone_without_a_verb_is_theirs() {
    for (sentence, speaker) in [
        (
            "Inquiétude relayée par le président de la chambre d'agriculture Marc Blanc \"la situation est très grave pour les éleveurs\".",
            "Marc Blanc",
        ),
        (
            "Même colère exprimée par plusieurs maires de la vallée.",
            "plusieurs maires de la vallée",
        ),
        (
            "Un avis partagé par la Fédération des parents d'élèves.",
            "la Fédération des parents d'élèves",
        ),
        (
            "Craintes relayées par les syndicats de la SNCF.",
            "les syndicats de la SNCF",
        ),
    ] {
        assert_eq!(
            claims(sentence),
            [(speaker.to_string(), ClaimKind::Position)],
            "{sentence}"
        );
    }
}

/// Must not: a thing relayed (« une photo partagée », « la vidéo relayée par le site »), a
/// stance voiced by no one in particular, or news relayed inside a reaction adds no one.
#[test]
fn a_thing_relayed_or_a_stance_of_no_one_is_no_claim() {
    for sentence in [
        "Inquiétude partagée par tous.",
        "Une photo partagée par des milliers d'internautes.",
        "La vidéo relayée par le site a été vue un million de fois.",
    ] {
        assert_eq!(claims(sentence), [], "{sentence}");
    }
    assert_eq!(
        speakers("Le maire a démenti une information relayée par plusieurs médias."),
        ["Le maire"]
    );
}

/// « Julien, parent d'élève, est furieux : « … » »: a known first name opening the sentence,
/// an apposition after it, then a quotation after a colon, is that person's (vox pop).
#[test]
fn a_first_name_with_an_apposition_before_a_colon_quotation_speaks() {
    for (sentence, speaker) in [
        (
            "Julien, parent d'élève, est furieux : « On ferme une classe alors que les effectifs montent ».",
            "Julien",
        ),
        (
            "Martine, habitante du quartier, est inquiète : « Les camions passent toute la nuit ».",
            "Martine",
        ),
        (
            "Emmanuel, 42 ans, est stupéfait de cette décision : \" Une fermeture de classe serait absurde \".",
            "Emmanuel",
        ),
    ] {
        assert_eq!(speakers(sentence), [speaker.to_string()], "{sentence}");
    }
    // Must not: a place or a heading before the colon, a first name with no apposition.
    for sentence in [
        "Paris, ville lumière : « un slogan qui ne convainc plus ».",
        "Exposition : « Les peintres du Nord ».",
        "Julien : « Les peintres du Nord ».",
    ] {
        assert_eq!(speakers(sentence), Vec::<String>::new(), "{sentence}");
    }
}

/// « selon » whose source has a count or an adjective before its noun, a plural of a listed
/// noun, a side that holds views, or one who reports for a medium (posted somewhere):
/// sources, wherever « selon » stands.
#[test]
fn a_selon_source_counted_or_qualified_is_a_source() {
    for (sentence, source) in [
        (
            "Selon les trois principaux syndicats, la réforme des retraites est injuste.",
            "les trois principaux syndicats",
        ),
        (
            "Selon les deux partis, le texte sera voté jeudi.",
            "les deux partis",
        ),
        (
            "Le projet, selon la majorité, protège les finances de la ville.",
            "la majorité",
        ),
        (
            "Le chantier a pris du retard, selon l'opposition municipale.",
            "l'opposition municipale",
        ),
        (
            "Deux explosions ont retenti dans le centre de Niamey, selon un correspondant de l'AFP.",
            "un correspondant de l'AFP",
        ),
        (
            "D'après une photographe de Reuters, les soldats ont quitté la ville mardi.",
            "une photographe de Reuters",
        ),
        (
            "Des tirs ont été entendus toute la nuit, selon une correspondante de la radio à Gao.",
            "une correspondante de la radio à Gao",
        ),
    ] {
        assert_eq!(speakers(sentence), [source.to_string()], "{sentence}");
    }
    // Must not: a count of things, a majority of things, a post with no one reporting.
    for sentence in [
        "Les élèves sont répartis selon les deux grands critères du ministère.",
        "Les prix varient selon les trois saisons.",
        "La pluie tombera selon la majorité des modèles numériques dès lundi.",
        "Les billets sont vendus selon un calendrier à Paris.",
    ] {
        assert_eq!(speakers(sentence), Vec::<String>::new(), "{sentence}");
    }
}

/// « selon une précision du parquet », « selon le scénario retenu par les prévisionnistes »:
/// the one whose words a noun of speech names, and the agent of a participle on what
/// « selon » names when the phrase stands apart (opening the sentence or after a comma).
#[test]
fn a_selon_names_who_is_behind_words_or_a_forecast() {
    for (sentence, source) in [
        (
            "Le suspect a pris la fuite, selon une précision du parquet de Lyon.",
            "le parquet de Lyon",
        ),
        (
            "Selon les explications de la direction, l'usine fermera en mars.",
            "la direction",
        ),
        (
            "D'après la réponse du ministère, aucune école ne fermera.",
            "le ministère",
        ),
        (
            "Selon le scénario retenu par les prévisionnistes, la tempête touchera la côte dimanche.",
            "les prévisionnistes",
        ),
        (
            "Les crues dureront trois jours, selon l'hypothèse privilégiée par les hydrologues.",
            "les hydrologues",
        ),
    ] {
        assert_eq!(speakers(sentence), [source.to_string()], "{sentence}");
    }
    // Must not: a rule set by someone, read as how (right after a verb), words of no one.
    for sentence in [
        "Les élèves sont classés selon les critères fixés par le ministère.",
        "La salle est rangée selon le plan dessiné par l'architecte.",
        "Selon les explications techniques, le moteur a cédé.",
    ] {
        assert_eq!(speakers(sentence), Vec::<String>::new(), "{sentence}");
    }
}

/// « Selon Y, X a annoncé … », « D'après Y, X a promis … »: the main clause's speaker and
/// the one who relays it are both credited (the layered-attribution convention, as with a
/// closing « selon »).
#[test]
fn an_opening_selon_relays_the_main_clause_speaker() {
    for (sentence, source, subject) in [
        (
            "Selon l'AFP, la ministre a annoncé lundi que le vaccin est prêt.",
            "l'AFP",
            "la ministre",
        ),
        (
            "Selon un correspondant de Reuters sur place, le gouverneur a promis une enquête.",
            "un correspondant de Reuters",
            "le gouverneur",
        ),
        (
            "D'après la radio locale, le maire aurait démenti toute fermeture.",
            "la radio locale",
            "le maire",
        ),
    ] {
        let got = speakers(sentence);
        assert_eq!(got.len(), 2, "{sentence}: {got:?}");
        assert!(got.contains(&source.to_string()), "{sentence}: {got:?}");
        assert!(got.contains(&subject.to_string()), "{sentence}: {got:?}");
    }
    // Must not: what the main clause reports, someone inside a « que » clause, or no speech.
    for (sentence, speaker) in [
        ("Selon l'AFP, le ministre est arrivé à Oran lundi.", "l'AFP"),
        (
            "Selon la police, l'homme qui a déclaré avoir vu le suspect est introuvable.",
            "la police",
        ),
        (
            "Selon le maire, les travaux ont commencé lundi.",
            "le maire",
        ),
        // A request one party made to another, told by a third: the relay's claim alone.
        (
            "Selon le quotidien, Moscou a demandé une aide militaire à Pékin.",
            "le quotidien",
        ),
        (
            "D'après la télévision publique, le gouvernement a réclamé des excuses à son voisin.",
            "la télévision publique",
        ),
    ] {
        assert_eq!(speakers(sentence), [speaker.to_string()], "{sentence}");
    }
}

/// « selon une source citée par Y », « Selon Y, citant X, … », « selon Y citant X »: the
/// source and the medium that cites it are both credited, opening or closing the sentence.
#[test]
fn a_source_cited_inside_an_attribution_is_split_from_its_medium() {
    for (sentence, source, medium) in [
        (
            "Selon une source policière citée par Le Parisien, le suspect est connu des services.",
            "une source policière",
            "Le Parisien",
        ),
        (
            "Selon Le Monde, citant une source diplomatique, la rencontre aura lieu lundi.",
            "une source diplomatique",
            "Le Monde",
        ),
        (
            "Le bilan s'élève à dix morts, selon la télévision publique citant des sources médicales.",
            "des sources médicales",
            "la télévision publique",
        ),
        (
            "D'après des responsables cités par l'agence Reuters, l'accord sera signé jeudi.",
            "des responsables",
            "l'agence Reuters",
        ),
        (
            "La ville a reçu des renforts, a annoncé le maire, selon un conseiller cité par la radio locale.",
            "un conseiller",
            "la radio locale",
        ),
    ] {
        let got = speakers(sentence);
        assert!(got.contains(&source.to_string()), "{sentence}: {got:?}");
        assert!(got.contains(&medium.to_string()), "{sentence}: {got:?}");
    }
    // Must not: an example cited (no one), figures cited inside the clause.
    for (sentence, speaker) in [
        (
            "Selon le ministère, citant l'exemple de la Suède, le chômage recule.",
            "le ministère",
        ),
        (
            "Selon la police, les montants cités par la presse sont exagérés.",
            "la police",
        ),
    ] {
        assert_eq!(speakers(sentence), [speaker.to_string()], "{sentence}");
    }
}

/// « …, a appris Y auprès de X (et de Z) »: the ones Y learnt it from speak (Y only relays);
/// two joined by « et de » are two claims.
#[test]
fn a_medium_learning_from_someone_credits_who_told_it() {
    for (sentence, told) in [
        (
            "Un homme a été interpellé mardi à Metz, a appris l'AFP auprès du parquet.",
            &["le parquet"][..],
        ),
        (
            "Le collège restera fermé jusqu'à lundi, a appris Radio Nord auprès de la directrice.",
            &["la directrice"][..],
        ),
        (
            "Un incendie a détruit l'entrepôt, a appris France Bleu auprès des pompiers et d'un riverain.",
            &["les pompiers", "un riverain"][..],
        ),
        (
            "La digue a cédé dans la nuit, a appris Le Courrier samedi auprès de la mairie et de la préfecture.",
            &["la mairie", "la préfecture"][..],
        ),
    ] {
        assert_eq!(speakers(sentence), told, "{sentence}");
    }
    // Must not: someone who only learnt the news, or learnt a skill.
    for sentence in [
        "Le gouvernement a démissionné, a appris le maire avec surprise.",
        "Elle a appris le piano auprès de sa grand-mère.",
    ] {
        assert_eq!(speakers(sentence), Vec::<String>::new(), "{sentence}");
    }
}

/// « D'après des informations obtenues sur place par Y », « L'information a été confirmée ce
/// vendredi 12 mars par X »: a short adjunct or a whole time phrase between the participle and
/// « par » leaves the agent the source.
#[test]
fn an_adjunct_before_the_agent_keeps_it_the_source() {
    for (sentence, source) in [
        (
            "D'après des informations obtenues sur place par l'AFP, le pont aurait cédé.",
            "l'AFP",
        ),
        (
            "Selon des chiffres publiés mardi par l'Insee, le chômage recule.",
            "l'Insee",
        ),
        (
            "L'information a été confirmée ce vendredi 12 mars 2021 par le porte-parole de la mairie.",
            "le porte-parole de la mairie",
        ),
        (
            "L'annonce a été faite le 3 avril dernier par la fédération.",
            "la fédération",
        ),
        (
            "L'annonce a été faite hier soir par la ministre.",
            "la ministre",
        ),
    ] {
        assert_eq!(speakers(sentence), [source.to_string()], "{sentence}");
    }
    // Must not: acts, not something said, whatever the time phrase.
    for sentence in [
        "La décision a été prise ce lundi par le conseil.",
        "Les vitrines ont été brisées ce lundi par des casseurs.",
    ] {
        assert_eq!(speakers(sentence), Vec::<String>::new(), "{sentence}");
    }
}

/// « « … », a dit X, rapporte l'APS »: a medium closing the sentence after a first incise
/// relays the words too; both are credited. A person restating the first incise is not.
#[test]
fn a_medium_after_a_first_incise_relays_it() {
    for (sentence, speaker, medium) in [
        (
            "« Nous allons rouvrir l'usine », a déclaré le ministre lors d'une visite à Oran, rapporte l'APS.",
            "le ministre",
            "l'APS",
        ),
        (
            "« Le dossier sera clos », a assuré mardi la préfète, selon Le Courrier.",
            "la préfète",
            "Le Courrier",
        ),
        (
            "« Rien n'est perdu », a lancé l'entraîneur Paul Girard après le match, relate Ouest-France.",
            "Paul Girard",
            "Ouest-France",
        ),
    ] {
        let got = speakers(sentence);
        assert_eq!(got.len(), 2, "{sentence}: {got:?}");
        assert!(got.contains(&speaker.to_string()), "{sentence}: {got:?}");
        assert!(got.contains(&medium.to_string()), "{sentence}: {got:?}");
    }
    // Must not: a person restating the first incise, the incise's own pronoun.
    for (sentence, speaker) in [
        (
            "« Nous voulons négocier », a déclaré le syndicat, a précisé Anne Roux.",
            "le syndicat",
        ),
        (
            "« Nous voulons négocier », a déclaré le maire, a-t-il ajouté.",
            "le maire",
        ),
    ] {
        assert_eq!(speakers(sentence), [speaker.to_string()], "{sentence}");
    }
}

/// « selon 20minutes », « d'après 24heures »: a title opening on a number glued to a word is
/// a medium's name; a figure is not.
#[test]
fn a_title_opening_on_a_number_is_a_medium() {
    for (sentence, source) in [
        ("Selon 20minutes, la route restera fermée.", "20minutes"),
        ("La route est coupée, d'après 24heures.", "24heures"),
        ("Selon 01net, la panne touche tout le pays.", "01net"),
    ] {
        let got = claims_of_kinds(sentence);
        assert_eq!(
            got,
            [(source.to_string(), SpeakerKind::Media)],
            "{sentence}"
        );
    }
    // Must not: a figure, an hour, a year.
    for sentence in [
        "Les prix varient selon 3h de trajet.",
        "Les tarifs changent selon 2024 et 2025.",
    ] {
        assert_eq!(speakers(sentence), Vec::<String>::new(), "{sentence}");
    }
}

/// The (speaker, speaker kind) of every claim of a one-sentence article.
fn claims_of_kinds(sentence: &str) -> Vec<(String, SpeakerKind)> {
    find_claims(&doc(&[sentence]))
        .into_iter()
        .map(|c| (c.speaker, c.speaker_kind))
        .collect()
}

/// A participle or a relative clause of the narration before an incise naming its speaker
/// (« Des policiers ont fouillé le siège, affirmant …, a déclaré X », « des opposants qui
/// protestaient contre …, a constaté un journaliste »): the incise's speaker's words alone
/// (session 11: not layered; session 14, point 3). With no incise after it, the participle
/// stays the claim of the clause's subject.
#[test]
fn a_detail_of_the_narration_is_the_incise_speakers() {
    for (sentence, speaker) in [
        (
            "Des soldats ont fouillé le village mardi, affirmant chercher des armes, a déclaré à l'AFP le maire Paul Girard.",
            "Paul Girard",
        ),
        (
            "Des agents ont saisi les ordinateurs, assurant agir sur ordre du parquet, a raconté la directrice.",
            "la directrice",
        ),
        (
            "La police a évacué des étudiants qui dénonçaient la hausse des frais, a constaté un photographe.",
            "un photographe",
        ),
        (
            "Les gendarmes ont interpellé un jeune homme qui affirmait avoir été menacé, a indiqué le procureur Marc Roux.",
            "Marc Roux",
        ),
        (
            "Plusieurs militants ont été arrêtés devant le siège d'un parti soutenant son rival Paul Girard, a-t-on appris de sources concordantes.",
            "sources concordantes",
        ),
    ] {
        assert_eq!(speakers(sentence), [speaker], "{sentence}");
    }
    for (sentence, speaker) in [
        (
            "Le maire a annoncé une hausse des impôts, affirmant que la ville est endettée.",
            "Le maire",
        ),
        (
            "Des soldats ont fouillé le village mardi, affirmant chercher des armes.",
            "Des soldats",
        ),
    ] {
        assert_eq!(speakers(sentence), [speaker], "{sentence}");
    }
}

/// « X aurait jugé … selon des propos rapportés par Y », « explique X dans des propos relayés
/// par Y »: words someone relays, named as words, need no comma to be layered; so a sentence
/// opening on them credits the main clause's speaker too. Not « selon » a rule or a place
/// (« selon les régions »), nor words with no one who relays them.
#[test]
fn words_relayed_by_someone_are_layered_without_a_comma() {
    for (sentence, want) in [
        (
            "La mairie aurait jugé le projet trop cher selon des propos rapportés par la préfecture.",
            ["La mairie", "la préfecture"],
        ),
        (
            "Le ministre a dénoncé une manœuvre selon des déclarations relayées par la radio publique.",
            ["Le ministre", "la radio publique"],
        ),
        (
            "La présidente a confirmé son départ d'après des propos recueillis par le quotidien local.",
            ["La présidente", "le quotidien local"],
        ),
        (
            "La présidente a confirmé son départ selon des propos rapportés par la préfecture à nos confrères du Progrès.",
            ["La présidente", "la préfecture"],
        ),
        (
            "« Nous tiendrons », explique Paul Girard dans des propos relayés par le journal Le Soir.",
            ["Paul Girard", "le journal Le Soir"],
        ),
        (
            "Dans des déclarations rapportées par l'AFP, le ministre a affirmé que la réforme passerait.",
            ["l'AFP", "le ministre"],
        ),
    ] {
        assert_eq!(speakers(sentence), want, "{sentence}");
    }
    for (sentence, want) in [
        (
            "Le ministre a dit que les prix augmenteront selon les régions.",
            "Le ministre",
        ),
        (
            "La mairie a jugé le projet trop cher selon des critères fixés par la préfecture.",
            "La mairie",
        ),
        (
            "Le maire a dit son inquiétude dans des propos publiés sur son blog.",
            "Le maire",
        ),
    ] {
        assert_eq!(speakers(sentence), [want], "{sentence}");
    }
}

/// « …, a affirmé X, cité ce mardi par Y », « Des responsables, cités samedi par Reuters, … »:
/// a time phrase between the participle and « par » leaves the medium a relay (before: no
/// row for it). Must-not: figures « cités lundi par » someone are no relay.
#[test]
fn a_time_phrase_between_cite_and_par_keeps_the_relay() {
    for (sentence, want) in [
        (
            "La grève continuera, a affirmé Paul Martin, cité ce mardi par Le Parisien.",
            ["Paul Martin", "Le Parisien"],
        ),
        (
            "Des responsables, cités samedi par Reuters, évoquent un accord.",
            ["Des responsables", "Reuters"],
        ),
        (
            "Selon une source militaire, citée mardi soir par l'AFP, les otages ont été libérés.",
            ["une source militaire", "l'AFP"],
        ),
        (
            "Le projet sera abandonné, a reconnu la préfecture, citée lundi par France Bleu.",
            ["la préfecture", "France Bleu"],
        ),
        (
            "Le club ne vendra pas, a assuré son président, cité jeudi matin par L'Équipe.",
            ["son président", "L'Équipe"],
        ),
    ] {
        assert_eq!(speakers(sentence), want, "{sentence}");
    }
    assert_eq!(
        speakers("Paul Martin a contesté les chiffres cités lundi par le ministère."),
        ["Paul Martin"]
    );
}

/// « …, a indiqué X, cité dans un communiqué du club »: the statement that quotes X relays
/// X's claim, as « cité par » (before: X alone). Must-not: named in a file or an inquiry
/// (« cité dans le dossier ») is no quotation.
#[test]
fn a_speaker_cited_in_a_statement_is_relayed_by_it() {
    for (sentence, want) in [
        (
            "La grève continuera, a affirmé Paul Martin, cité dans un communiqué du syndicat.",
            ["Paul Martin", "un communiqué du syndicat"],
        ),
        (
            "Le club restera en Ligue 1, a assuré de son côté Luc Petit, cité dans le même communiqué.",
            ["Luc Petit", "le même communiqué"],
        ),
        (
            "Anne Roy, citée dans un message de la mairie, a annoncé la fermeture du pont.",
            ["Anne Roy", "un message de la mairie"],
        ),
    ] {
        assert_eq!(speakers(sentence), want, "{sentence}");
    }
    for sentence in [
        "Paul Martin, cité dans le dossier, a nié les faits.",
        "Paul Martin, cité dans l'enquête, a démenti toute implication.",
    ] {
        assert_eq!(speakers(sentence), ["Paul Martin"], "{sentence}");
    }
}

/// « …, a déclaré le directeur de l'OMS, le Dr Paul Martin cité par Le Figaro »: a medium
/// citing the name apposed to a postposed role, right after it, relays it (before: the name
/// alone). Must-not: a participle on another noun after the name is no relay.
#[test]
fn a_medium_citing_the_name_apposed_to_a_postposed_role_relays_it() {
    for (sentence, want) in [
        (
            "La grève continuera, a affirmé le secrétaire général du syndicat, Paul Martin cité par Le Parisien.",
            ["Paul Martin", "Le Parisien"],
        ),
        (
            "La grève continuera, a affirmé lors d'une réunion la présidente du club, Anne Roy citée lundi par Le Monde.",
            ["Anne Roy", "Le Monde"],
        ),
    ] {
        assert_eq!(speakers(sentence), want, "{sentence}");
    }
    assert_eq!(
        speakers("La grève continuera, a affirmé le secrétaire général du syndicat, Paul Martin, devant les chiffres cités par le ministère."),
        ["Paul Martin"]
    );
}

/// « …, rapporte l'agence X, citant des sources diplomatiques »: the medium closing the
/// sentence and the source it cites, each a claim, as « selon X, citant Y » (before: the
/// medium alone). Must-nots: « citant » an example is no source, and a speaker who is no
/// medium cites no relayed source.
#[test]
fn a_medium_after_the_verb_citing_a_source_credits_both() {
    for (sentence, want) in [
        (
            "Le bilan s'élève à 40 morts, a rapporté la télévision d'État, citant le ministère de la Santé.",
            ["la télévision d'État", "le ministère de la Santé"],
        ),
        (
            "Le scrutin aura lieu en mars, rapporte jeudi l'agence Reuters citant des sources diplomatiques.",
            ["l'agence Reuters", "des sources diplomatiques"],
        ),
        (
            "Le barrage a cédé, écrit le quotidien La Presse, citant la police.",
            ["le quotidien La Presse", "la police"],
        ),
        (
            "« Nous ne céderons pas », cite le journal Le Monde, citant un porte-parole du gouvernement.",
            ["le journal Le Monde", "un porte-parole du gouvernement"],
        ),
    ] {
        assert_eq!(speakers(sentence), want, "{sentence}");
    }
    for (sentence, want) in [
        (
            "Le bilan s'élève à 40 morts, a rapporté la télévision d'État, citant l'exemple de 2015.",
            "la télévision d'État",
        ),
        (
            "Le bilan s'élève à 40 morts, a rapporté le maire, citant le ministère de la Santé.",
            "le maire",
        ),
    ] {
        assert_eq!(speakers(sentence), [want], "{sentence}");
    }
}

/// « Le ministre a salué les pays qui ont pris position … »: a relative « qui » not set off by
/// a comma, on a noun of what the first speaker reports, is that speaker's report (session 11:
/// words reported in a relative clause), not a claim of the relative's antecedent; a relative
/// set off by commas (the writer's aside), one after another clause's verb, or one standing
/// alone keeps its own speaker.
#[test]
fn a_relative_inside_what_the_first_speaker_reports_is_no_claim_of_its_own() {
    for (sentence, speaker) in [
        (
            "Le ministre a salué les positions de l'Union africaine et de plusieurs pays qui ont pris position en faveur du Soudan.",
            "Le ministre",
        ),
        (
            "La fédération se félicite du soutien apporté aux enseignants qui dénoncent la fermeture des classes.",
            "La fédération",
        ),
        (
            "Le gouverneur a annoncé l'arrestation de plusieurs jeunes qui avaient revendiqué l'incendie sur les réseaux sociaux.",
            "Le gouverneur",
        ),
        (
            "La ministre a vivement critiqué mardi les élus qui réclament un nouveau vote.",
            "La ministre",
        ),
        (
            "Le syndicat a dénoncé le licenciement d'un salarié qui avait affirmé que les cadences étaient intenables.",
            "Le syndicat",
        ),
        (
            "Le préfet a annoncé avoir déjoué l'attaque préparée depuis des mois, par des militants qui avaient promis à la presse de frapper la capitale.",
            "Le préfet",
        ),
    ] {
        assert_eq!(speakers(sentence), [speaker], "{sentence}");
    }
    // Must not: the writer's aside between commas, a relative after another clause's verb,
    // a relative standing alone.
    for (sentence, both) in [
        (
            "Le préfet a dénoncé l'opposant, qui le nie, d'avoir menti.",
            ["Le préfet", "l'opposant"],
        ),
        (
            "Le maire a démenti la rumeur et a reçu les délégués qui réclament une hausse des salaires.",
            ["Le maire", "les délégués"],
        ),
        (
            "Les élus qui réclament un vote ont rencontré les syndicats qui dénoncent la réforme.",
            ["Les élus", "les syndicats"],
        ),
    ] {
        assert_eq!(speakers(sentence), both, "{sentence}");
    }
    assert_eq!(
        speakers("Les militants qui réclament la démission du maire ont manifesté samedi."),
        ["Les militants"]
    );
}

/// « 300 manifestants selon la police, 900 selon les organisateurs »: when the sentence's
/// first claim is a « selon » or « d'après », a figure right before a second one gives a
/// second source its own count after a comma; a figure « selon » something that is no source
/// (« selon les régions »), inside what a speaker says, or inside the first source's words
/// (« a baissé de 2 % selon l'Insee »), adds no one.
#[test]
fn a_second_count_after_a_selon_is_a_second_source() {
    for (sentence, second) in [
        (
            "Entre 300 manifestants selon la police, 900 selon les organisateurs, ont défilé samedi.",
            "les organisateurs",
        ),
        (
            "Selon les syndicats, 60 % des agents étaient en grève, 25 % selon la direction.",
            "la direction",
        ),
        (
            "Au total, selon les organisateurs, plus de 300 tracteurs ont convergé vers la ville, 120 selon la gendarmerie.",
            "la gendarmerie",
        ),
        (
            "La manifestation a rassemblé 2.000 personnes d'après la police, 5.000 d'après les organisateurs.",
            "les organisateurs",
        ),
        (
            "Selon la préfecture, 2.000 personnes ont défilé mardi, 5 000 personnes selon les syndicats.",
            "les syndicats",
        ),
        (
            "D'après les pompiers, trois personnes ont été blessées, cinq d'après la mairie.",
            "la mairie",
        ),
        // A count set against the first by « contre » or after an approximation (rv2 B2).
        (
            "Le cortège a réuni 2 000 personnes selon la police, contre 5 000 selon les organisateurs.",
            "les organisateurs",
        ),
        (
            "Le cortège a réuni 2 000 personnes selon la police, près de 5 000 selon les organisateurs.",
            "les organisateurs",
        ),
        (
            "Ils étaient 800 selon la préfecture contre 3 000 selon la CGT.",
            "la CGT",
        ),
    ] {
        let found = speakers(sentence);
        assert_eq!(found.len(), 2, "{sentence}: {found:?}");
        assert_eq!(found[1], second, "{sentence}: {found:?}");
    }
    for sentence in [
        "Le maire a dit que la ville compte 30.000 habitants selon l'Insee.",
        "Selon l'Insee, les loyers ont augmenté de 2 à 5 % selon les régions.",
        "Selon la direction, la prime variera de 100 à 300 euros selon l'ancienneté.",
        "D'après le ministère, 40 % des écoles sont concernées, 60 % selon les quartiers.",
        "La ministre a annoncé 500 postes d'ici juin selon son cabinet.",
        // A figure inside the first source's words, no comma before it: one source.
        "Selon le ministre, le chômage a baissé de 2 % selon les derniers chiffres de l'Insee.",
        "Selon la mairie, la population a crû de 3 % d'après le dernier recensement.",
        "D'après le syndicat, les salaires ont reculé de 4 % selon une étude de l'OFCE.",
    ] {
        assert_eq!(
            speakers(sentence).len(),
            1,
            "{sentence}: {:?}",
            speakers(sentence)
        );
    }
}

/// « Selon l'agence, Paul Roux, le directeur de l'usine, a affirmé … », « Le médecin, selon la
/// famille, aurait affirmé … »: the subject of the main clause set off by an insert of its own
/// (an apposition, an adjunct, a dash) or standing before the « selon » that cuts it from its
/// verb still speaks, beside the one « selon » names. Must not: a clause or a bare noun phrase
/// between the attribution and a closing incise (« Selon l'AFP, trois morts, a indiqué la
/// police »), a quotation, an inverted incise, a clause before the « selon ».
#[test]
fn a_subject_cut_from_its_verb_by_an_insert_still_speaks_after_selon() {
    for (sentence, want) in [
        (
            "Selon l'agence Belga, Pierre Martin, le directeur de l'usine, a affirmé que les commandes baissaient.",
            ["l'agence Belga", "Pierre Martin"],
        ),
        (
            "D'après la radio locale, la préfète, jointe par téléphone, a confirmé que la route restait fermée.",
            ["la radio locale", "la préfète"],
        ),
        (
            "Selon ses avocats, l'ancien ministre, très affaibli, a reconnu avoir menti.",
            ["ses avocats", "l'ancien ministre"],
        ),
        (
            "Selon les délégués, la direction, dans le cadre d'une procédure en cours, soutient que les primes ne sont pas dues.",
            ["les délégués", "la direction"],
        ),
        (
            "Selon l'AFP, Jean Morel, maire de la commune depuis 2008, a annoncé mardi sa démission.",
            ["l'AFP", "Jean Morel"],
        ),
        (
            "Le ministre, selon Reuters, a démenti toute négociation secrète.",
            ["Reuters", "Le ministre"],
        ),
        (
            "Marie Dupont, d'après ses proches, a dénoncé des pressions dès le mois de mai.",
            ["ses proches", "Marie Dupont"],
        ),
    ] {
        assert_eq!(speakers(sentence), want, "{sentence}");
    }
    // (What stands between is no speaker.)
    for (sentence, not_a_speaker) in [
        ("Selon l'AFP, trois morts, a indiqué la police.", "trois morts"),
        (
            "Selon la police, les manifestants étaient trois mille, a précisé le préfet.",
            "les manifestants",
        ),
        (
            "Selon Reuters, « les combats continuent », a déclaré un officier.",
            "les combats",
        ),
        (
            "Selon le ministre, la réforme, a-t-il ajouté, sera votée en juin.",
            "la réforme",
        ),
        (
            "Selon la mairie, le chantier, commencé en mai, avance bien, a assuré l'adjoint.",
            "le chantier",
        ),
        (
            "Le bilan des inondations dans le sud s'alourdit encore, selon le décompte publié par la Croix-Rouge (CR), rapporte la radio.",
            "Le bilan",
        ),
    ] {
        let found = speakers(sentence);
        assert!(
            !found.iter().any(|s| s.starts_with(not_a_speaker)) && !found.is_empty(),
            "{sentence}: {found:?}"
        );
    }
}

/// « X a dénoncé …, a affirmé Y, ajoutant que … », « …, a indiqué une source, précisant que
/// … »: an incise closing what came before it, its speaker going on in a present participle's
/// clause of its own, still relays (or names) the speaker, whatever the verb, its tense or a
/// time word between. Must not: a participle clause after no incise (the subject's own), an
/// incise after a quotation (one speaker), a subject with its own insert.
#[test]
fn a_closing_incise_followed_by_its_speakers_participle_still_relays() {
    for (sentence, want) in [
        (
            "Le syndicat a dénoncé une provocation, a affirmé la déléguée Anne Roux, ajoutant que la grève continuerait.",
            &["Le syndicat", "Anne Roux"][..],
        ),
        (
            "Les grévistes ont dénoncé une provocation, explique Paul Martin, précisant que tout est filmé.",
            &["Les grévistes", "Paul Martin"],
        ),
        (
            "Le club a confirmé le départ de son entraîneur, a annoncé mardi la radio locale, ajoutant qu'un successeur serait nommé.",
            &["Le club", "la radio locale"],
        ),
        (
            "Le maire a affirmé que l'usine fermera, a indiqué la radio, soulignant que des salariés manifestaient.",
            &["Le maire", "la radio"],
        ),
        (
            "L'homme est connu des services de police, a indiqué une source proche de l'enquête, précisant que son arrestation s'est déroulée sans incident.",
            &["une source proche de l'enquête"],
        ),
        (
            "L'entreprise a perdu deux marchés, reconnaît le directeur, soulignant que la concurrence est rude.",
            &["le directeur"],
        ),
    ] {
        assert_eq!(speakers(sentence), want, "{sentence}");
    }
    for (sentence, want) in [
        (
            "Le ministre a annoncé des aides, rappelant que la crise dure.",
            &["Le ministre"][..],
        ),
        (
            "Les syndicats ont dénoncé la réforme, critiquant le ministre du Travail.",
            &["Les syndicats"],
        ),
        (
            "« Nous ne céderons pas », a lancé la présidente, ajoutant qu'elle resterait en poste.",
            &["la présidente"],
        ),
        (
            "Le comité, réuni lundi, a estimé que le projet était viable, précisant qu'un vote aurait lieu.",
            &["Le comité"],
        ),
    ] {
        assert_eq!(speakers(sentence), want, "{sentence}");
    }
}

/// « …, selon AP et Reuters », « Selon Reuters et l'AFP, … », « ont rapporté les agences
/// Reuters et AP »: two media « et » joins are two sources, each a medium, as two bodies or two
/// people are. Must not: one medium whose name runs on past « et » with a complement (« l'Office
/// de Radio et Télévision du Bénin »), a medium and its complement « et de » (« le service de
/// radio et de télévision »).
#[test]
fn two_media_joined_are_two_sources() {
    let found = |sentence: &str| -> Vec<(String, SpeakerKind)> {
        find_claims(&doc(&[sentence]))
            .into_iter()
            .map(|c| (c.speaker, c.speaker_kind))
            .collect()
    };
    let media = |names: &[&str]| -> Vec<(String, SpeakerKind)> {
        names
            .iter()
            .map(|n| (n.to_string(), SpeakerKind::Media))
            .collect()
    };
    for (sentence, want) in [
        (
            "Le groupe armé dit avoir pris la ville, selon l'AFP et Reuters.",
            &["l'AFP", "Reuters"][..],
        ),
        (
            "Le ministre a démenti toute négociation secrète, selon Le Monde et Libération.",
            &["Le Monde", "Libération"],
        ),
        (
            "Selon Reuters et l'AFP, trois soldats ont été tués lundi.",
            &["Reuters", "l'AFP"],
        ),
        (
            "D'après Le Soir et la RTBF, le gouvernement tiendra jusqu'à l'été.",
            &["Le Soir", "la RTBF"],
        ),
        (
            "Les rebelles ont annoncé avoir pris la ville, ont rapporté les agences Reuters et AP.",
            &["Reuters", "AP"],
        ),
    ] {
        let got: Vec<_> = found(sentence)
            .into_iter()
            .filter(|(_, kind)| *kind == SpeakerKind::Media)
            .collect();
        assert_eq!(got, media(want), "{sentence}");
    }
    for (sentence, want) in [
        (
            "Trois soldats ont été tués, selon l'Office de Radio et Télévision du Bénin.",
            "l'Office de Radio et Télévision du Bénin",
        ),
        (
            "Trois soldats ont été tués, selon le service public de radio et de télévision.",
            "le service public de radio et de télévision",
        ),
    ] {
        let got = speakers(sentence);
        assert_eq!(got, [want], "{sentence}");
    }
}

/// « Selon la police, ainsi que des témoins, … », « Selon le maire, Paul Roux, ainsi que
/// plusieurs élus, … »: a second source joined by « ainsi que » set off by commas (past a name
/// in apposition) speaks too. Must not: « ainsi que » after a clause (« …, ainsi que l'a
/// annoncé … » is no source list), a document list (one unnamed source), an apposition that is
/// no name.
#[test]
fn a_second_source_after_ainsi_que_speaks_too() {
    for (sentence, want) in [
        (
            "Selon la police, ainsi que des témoins, trois voitures ont brûlé.",
            &["la police", "des témoins"][..],
        ),
        (
            "Selon le maire, Paul Roux, ainsi que des sources locales, la situation est tendue.",
            &["Paul Roux", "des sources locales"],
        ),
        (
            "Selon le gouverneur de la région, Anne Morel, ainsi que plusieurs élus, les écoles resteront fermées.",
            &["Anne Morel", "plusieurs élus"],
        ),
        (
            "D'après la préfecture, ainsi que les pompiers, l'incendie est maîtrisé.",
            &["la préfecture", "les pompiers"],
        ),
        (
            "Selon l'AFP, ainsi que la radio locale, deux soldats ont été tués.",
            &["l'AFP", "la radio locale"],
        ),
    ] {
        assert_eq!(speakers(sentence), want, "{sentence}");
    }
    for (sentence, want) in [
        (
            "Selon les chiffres, ainsi que les prévisions, le chômage baisse.",
            &["les chiffres"][..],
        ),
        (
            "Selon la police, la route est fermée, ainsi que le pont.",
            &["la police"],
        ),
        (
            "Selon le maire, très inquiet, ainsi que les écoles, rien ne change.",
            &["le maire"],
        ),
    ] {
        let got = speakers(sentence);
        assert!(
            got.len() == want.len() && got[0] == want[0],
            "{sentence}: {got:?}"
        );
    }
}

/// « Un témoin a affirmé …, un autre assurant que … », « …, les syndicats dénonçant … »: an
/// absolute participial clause (a short noun phrase after a comma, then the participle) has a
/// subject of its own, who speaks too; « un autre », « l'autre » is one more of those named
/// before, unnamed. Must not: a participle right after the comma, or after an apposition set
/// off by commas, is the main subject's.
#[test]
fn an_absolute_participle_has_its_own_speaker() {
    for (sentence, want) in [
        (
            "Un témoin a affirmé que le feu avait pris dans la cuisine, un autre assurant qu'il venait du garage.",
            vec!["Un témoin", "un autre"],
        ),
        (
            "Le maire a annoncé la fermeture de l'usine, les syndicats dénonçant un plan social déguisé.",
            vec!["Le maire", "les syndicats"],
        ),
        (
            "Le ministre a défendu la réforme, l'opposition estimant qu'elle était injuste.",
            vec!["Le ministre", "l'opposition"],
        ),
        (
            "Le maire a annoncé la fermeture de l'usine, précisant que les salariés seraient reclassés.",
            vec!["Le maire"],
        ),
        (
            "Le maire a remercié les pompiers, des hommes courageux, ajoutant que le village leur devait tout.",
            vec!["Le maire"],
        ),
    ] {
        assert_eq!(speakers(sentence), want, "{sentence}");
    }
}
