//! False cues (issue 18, precision): made-up sentences whose verb of saying is used in a sense
//! that reports nothing (an act with a thing or a service as object, a wish, a question, a
//! negated mention, a participle describing a noun) must give no claim; the same verbs in
//! their speech reading must stay claims.

use super::cue_tests::{expect, expect_none};
use crate::model::ClaimKind;

/// « constater » with a noun-phrase object is a finding on the spot (« a vu les dégâts »);
/// with a clause, a quotation, a colon or in an incise it reports.
#[test]
fn constater_with_a_plain_object_is_a_finding() {
    for sentence in [
        "Les pompiers ont constaté le décès de la victime.",
        "Un agent de l'ONF a constaté la chute de plusieurs arbres.",
        "Le technicien a constaté les dégâts et pris des photos.",
        "Sur place, les gendarmes constatent l'absence de traces d'effraction.",
        "L'huissier constatera les dégradations lundi.",
        "Les enquêteurs avaient constaté plusieurs infractions au code de la route.",
        "Un médecin, arrivé rapidement, a constaté la mort du motard.",
        "Les secours n'ont pu que constater le décès du conducteur.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le maire a constaté que les travaux avaient pris du retard.",
            "Le maire",
        ),
        (
            "« La situation s'améliore », constate le directeur.",
            "le directeur",
        ),
        (
            "Le médecin du club a constaté « une lésion importante » au genou.",
            "Le médecin du club",
        ),
        (
            "L'entraîneur constate : « Nous avons manqué d'efficacité. »",
            "L'entraîneur",
        ),
        (
            "Paul Martin constate, dans un communiqué, que la fréquentation a baissé.",
            "Paul Martin",
        ),
        (
            "L'observatoire constate une hausse des loyers dans la région.",
            "L'observatoire",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// « exiger », « demander », « réclamer », « expliquer » with a thing as subject (a noun of an
/// act, an event or a state) require or account for something: no one speaks. Someone, a
/// body or a document as subject, or words reported after the verb, keep the claim.
#[test]
fn a_thing_that_requires_or_accounts_speaks_not() {
    for sentence in [
        "En somme, la modernisation du réseau exige un effort de tous les salariés.",
        "Pour la première fois, une information explique pourquoi le conducteur a freiné.",
        "La situation demande de la patience.",
        "La procédure exige une déclaration préalable en mairie.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker, kind) in [
        (
            "La majorité exige la démission du ministre.",
            "La majorité",
            ClaimKind::Call,
        ),
        (
            "La fédération réclame une enquête.",
            "La fédération",
            ClaimKind::Call,
        ),
        (
            "La direction explique pourquoi le site ferme.",
            "La direction",
            ClaimKind::Statement,
        ),
        (
            "Le rapport exige des mesures d'urgence.",
            "Le rapport",
            ClaimKind::Call,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
}

/// « prévenir » and « avertir » with someone to call and nothing warned of alert them (or, with
/// a thing, prevent it); with « que », a colon, a quotation or « de » + danger they warn.
#[test]
fn prevenir_someone_without_a_warning_alerts_them() {
    for sentence in [
        "Un voisin a prévenu les secours vers minuit.",
        "La directrice a aussitôt prévenu la gendarmerie.",
        "C'est un passant qui a prévenu les pompiers.",
        "Les témoins préviennent immédiatement le Samu.",
        "Une habitante a averti la police.",
        "Le gardien a prévenu la famille de la victime.",
        "Alertée par des cris, une riveraine avait prévenu les forces de l'ordre.",
        "Ces mesures préviennent les accidents de la route.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le ministre a prévenu les syndicats qu'il ne reculerait pas.",
            "Le ministre",
        ),
        (
            "Le préfet a prévenu que la circulation serait coupée.",
            "Le préfet",
        ),
        (
            "« Ce n'est qu'un début », a prévenu le délégué syndical.",
            "le délégué syndical",
        ),
        (
            "Le syndicat a averti la direction qu'une grève était possible.",
            "Le syndicat",
        ),
        (
            "Le préfet a prévenu les habitants du danger des crues.",
            "Le préfet",
        ),
        (
            "L'agence avait prévenu des risques de propagation du virus.",
            "L'agence",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Warning);
    }
}

/// « se proposer de » is an intention, « en espérant / en souhaitant que » the wish with which
/// something was done, « qui s'estiment lésés » a description of the antecedent; « propose
/// de », « espère que » and « estiment que » stay claims.
#[test]
fn intentions_wishes_and_self_descriptions_are_no_claims() {
    for sentence in [
        "Ils ont arrêté des jeunes qui se proposaient de perturber la fête.",
        "L'association se propose d'aider les familles sinistrées.",
        "Le club se proposait d'accueillir le tournoi l'an prochain.",
        "Les parents ont été reçus au rectorat, en espérant que la décision soit revue.",
        "Les salariés ont manifesté devant l'usine en espérant que la direction les entende.",
        "Les supporters sont venus nombreux, en souhaitant que l'équipe se qualifie.",
        "Le bailleur veut rembourser les locataires qui s'estiment lésés.",
        "Une réunion est prévue avec les commerçants qui s'estiment victimes des travaux.",
        "Les riverains qui s'estimaient oubliés ont été reçus en mairie.",
        "Le maire a reçu les familles qui se jugent abandonnées par l'État.",
        "Les agents qui se considèrent mal payés pourront saisir la commission.",
    ] {
        expect_none(sentence);
    }
    expect(
        "Le maire propose de reporter le vote.",
        "Le maire",
        ClaimKind::Call,
    );
    expect(
        "Le syndicat a proposé que les salaires soient revus.",
        "Le syndicat",
        ClaimKind::Call,
    );
    expect(
        "Le maire espère que les travaux seront finis en juin.",
        "Le maire",
        ClaimKind::Position,
    );
    expect(
        "Les commerçants estiment que les travaux durent trop longtemps.",
        "Les commerçants",
        ClaimKind::Position,
    );
    expect(
        "Les élus, qui estiment que le projet coûte trop cher, le jugent inutile.",
        "Les élus",
        ClaimKind::Position,
    );
}

/// « demander à X si / pourquoi / comment / quand … » asks a question: no call, and the verbs
/// of the question are no one's claim; « demander à X de … », « que … » or a thing stay calls.
#[test]
fn an_indirect_question_is_no_call() {
    for sentence in [
        "Une journaliste a demandé au candidat s'il comptait se retirer.",
        "Le juge a demandé au prévenu pourquoi il avait fui.",
        "Les élus ont demandé au directeur de l'école comment il comptait financer les travaux.",
        "Le présentateur lui a demandé si elle regrettait sa décision.",
        "Un journaliste a également demandé au ministre quand la loi entrerait en vigueur.",
        "Les habitants demandent aux élus ce qu'ils comptent faire.",
        "Elle demande combien de postes seront supprimés.",
        // (« se demander si / pourquoi »: to wonder, a question too.)
        "Elle s'est aussi demandé s'il existait une autre solution.",
        "Le maire se demande pourquoi la région a coupé la subvention.",
        "Les députés ont plusieurs fois demandé au gouvernement si oui ou non il avait menti.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le syndicat a demandé au ministre de retirer son projet.",
            "Le syndicat",
        ),
        (
            "Les parents demandent au rectorat que la classe soit maintenue.",
            "Les parents",
        ),
        (
            "Le maire a demandé au préfet des moyens supplémentaires.",
            "Le maire",
        ),
        (
            "L'opposition demande au gouvernement d'expliquer pourquoi le budget a dérapé.",
            "L'opposition",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Call);
    }
}

/// A state recognised (« reconnaîtra la Palestine », « a reconnu l'indépendance du Kosovo »)
/// and history made (« ont écrit l'histoire », « une nouvelle page ») say nothing; an admission
/// (« a reconnu son erreur ») and words written stay claims.
#[test]
fn recognising_a_state_or_making_history_says_nothing() {
    for sentence in [
        "Le Portugal reconnaîtra la Palestine en septembre.",
        "Plusieurs pays ont reconnu l'indépendance du Kosovo.",
        "Le gouvernement ne reconnaît pas le Somaliland.",
        "Les joueuses ont écrit l'histoire du club.",
        "Le club a écrit une nouvelle page de son histoire.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        ("Le ministre a reconnu son erreur.", "Le ministre"),
        (
            "La directrice a écrit que l'école fermerait.",
            "La directrice",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// « remarquer » noticing a change (« ont remarqué une hausse des vols ») reports an
/// observation, as « ont constaté une baisse » does.
#[test]
fn noticing_a_change_is_reported() {
    for (sentence, speaker) in [
        (
            "Les enseignants ont remarqué une baisse du niveau des élèves.",
            "Les enseignants",
        ),
        (
            "Les commerçants ont remarqué une hausse des vols depuis janvier.",
            "Les commerçants",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// « remarquer » with a noun-phrase object is seeing (« a remarqué un homme suspect »), as
/// « constater », « relever », « noter » are, also past the place where it was seen (« sur
/// place », « sur la victime »); with a clause, a quotation or in an incise it reports.
#[test]
fn noticing_a_thing_says_nothing() {
    for sentence in [
        "Les voisins ont remarqué un homme suspect devant l'école.",
        "Un passant a remarqué la présence d'une valise abandonnée.",
        "Les voleurs auraient remarqué sur le comptoir une liasse de billets.",
        "Les enquêteurs ont relevé sur place des traces de sang.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le ministre a remarqué que la dette avait baissé.",
            "Le ministre",
        ),
        (
            "« La dette a baissé », remarque le ministre.",
            "le ministre",
        ),
        (
            "Le maire a noté sur son blog que la dette avait baissé.",
            "Le maire",
        ),
        // (A place of two words or more: the words still follow it.)
        (
            "Le ministre a noté sur les réseaux sociaux que la route était fermée.",
            "Le ministre",
        ),
        (
            "Le ministre a noté sur son compte officiel que la route était fermée.",
            "Le ministre",
        ),
        (
            "L'ancien président a relevé sur la chaîne publique que rien n'avait changé.",
            "L'ancien président",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// A topic mentioned (« aurait évoqué vendredi la menace terroriste. », « a évoqué le
/// dossier ») says nothing of it (session 12 convention); what happened (« évoque un
/// attentat »), a hypothesis (« la piste criminelle ») or the words after it stay claims.
#[test]
fn a_topic_mentioned_says_nothing() {
    for sentence in [
        "Le préfet aurait évoqué jeudi la menace d'inondation.",
        "La ministre a évoqué les négociations avec les syndicats.",
        "Le maire évoque le dossier du stade.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        ("Le préfet évoque un incendie criminel.", "Le préfet"),
        (
            "La procureure a évoqué la piste d'un règlement de comptes.",
            "La procureure",
        ),
        (
            "La ministre a évoqué les négociations : « Elles avancent. »",
            "La ministre",
        ),
        (
            "« La crise est grave », a évoqué le ministre.",
            "le ministre",
        ),
        ("La crise est grave, évoque la ministre.", "la ministre"),
        (
            "« La crise est grave » a évoqué le ministre.",
            "le ministre",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// An admission not made (« n'a pas clairement reconnu les faits », « n'a jamais avoué »)
/// says nothing; the admission made, or a negated one with its words after it, stays a claim.
#[test]
fn an_admission_not_made_says_nothing() {
    for sentence in [
        "L'accusé n'a pas clairement reconnu les faits.",
        "Le chauffeur n'a jamais avoué le vol.",
        "La direction n'a pas admis son erreur.",
        "Les deux suspects ne reconnaissent pas les faits.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        ("L'accusé a reconnu les faits.", "L'accusé"),
        (
            "Le chauffeur n'a pas avoué le vol : « Je n'y étais pas. »",
            "Le chauffeur",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// A negated verb with nothing after it (« ils n'ont pas réfuté. », « Le syndicat n'a pas
/// répliqué ce lundi. ») says nothing; a negated denial with its clause or its object
/// (« ne dément pas que … », « n'a pas démenti toute fermeture »: the frame matrix), a
/// negated stance (« n'a pas exclu un report ») and the reflexive stance with its object
/// (« ne s'inquiète pas de la crue ») stay claims.
#[test]
fn a_negated_verb_with_nothing_after_says_nothing() {
    for sentence in [
        "Ce mardi, ils n'ont pas réfuté.",
        "Interrogé mardi, le club n'a pas démenti.",
        "Le syndicat n'a pas répliqué ce lundi.",
        "Contacté par notre rédaction, le maire n'a jamais démenti.",
        "La mairie n'a pas encore réagi.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le maire ne dément pas que des discussions ont eu lieu.",
            "Le maire",
        ),
        (
            "Le ministre n'a pas démenti toute hausse des tarifs.",
            "Le ministre",
        ),
        (
            "Le porte-parole n'a pas exclu un report.",
            "Le porte-parole",
        ),
        (
            "Le préfet ne s'inquiète pas de la crue attendue.",
            "Le préfet",
        ),
    ] {
        let got = super::find_claims(&super::tests::one_paragraph(&[sentence]));
        assert_eq!(got.len(), 1, "{sentence}: {got:?}");
        assert_eq!(got[0].speaker, speaker, "{sentence}");
    }
}

/// A participle right after a noun in a prepositional phrase is that noun's: a belief, a
/// legend or another thing holds what it says, no one speaks
/// (« en raison d'une croyance affirmant que … »); a poll, a document, hearsay or someone there
/// still speaks.
#[test]
fn a_thing_holding_a_participle_speaks_not() {
    for sentence in [
        "La route reste fermée en raison d'une croyance locale affirmant que le pont porte malheur.",
        "Les fouilles ont repris à cause d'une légende affirmant qu'un trésor dort sous l'église.",
    ] {
        expect_none(sentence);
    }
    expect(
        "Le maire a refusé de commenter la publication d'un sondage affirmant que sa liste était en tête.",
        "un sondage",
        ClaimKind::Statement,
    );
    expect(
        "Le chantier a été suspendu à la suite d'une rumeur affirmant que le sol était pollué.",
        "une rumeur",
        ClaimKind::Statement,
    );
}

/// A negated verb of mention (« n'a pas mentionné », « n'a jamais évoqué », « ne commente
/// pas ») says nothing; a clause, a colon or a quotation after it, « ne … que », a negated
/// stance (« n'exclut pas ») or the reflexive « ne s'explique pas » stay claims, and the
/// source the sentence names after it (« mais selon X ») gets the row.
#[test]
fn a_negated_mention_says_nothing() {
    for sentence in [
        "Le Premier ministre n'a pas mentionné le nom de la ministre.",
        "Le ministre n'a pas évoqué le budget.",
        "La police n'a pas cité le nom du suspect.",
        "Le président n'a jamais évoqué cette piste lors de son discours.",
        "Le porte-parole n'a pas commenté la décision.",
        "Le parquet n'a pas indiqué l'identité de la victime.",
        "Le ministre n'a pas expliqué les raisons de ce retard.",
        "La direction ne commente pas ces chiffres.",
        "Le club n'avait pas annoncé le montant du transfert.",
        "L'entreprise n'a pas indiqué si des emplois seraient supprimés.",
        "Paul Martin, qui dirige le club, ne détaillera pas son plan.",
    ] {
        expect_none(sentence);
    }
    expect(
        "Le Premier ministre n'a pas mentionné la ministre, mais selon l'opposition, sa présence nuit au gouvernement.",
        "l'opposition",
        ClaimKind::Statement,
    );
    // (Not hiding one's anger shows it: the sentence's first cue, a position, as « a
    // affiché sa colère et a affirmé que … »; one claim per speaker.)
    expect(
        "Le ministre n'a pas caché sa colère et a affirmé que les coupables seraient punis.",
        "Le ministre",
        ClaimKind::Position,
    );
    expect(
        "Le ministre n'a pas dit que la réforme serait abandonnée.",
        "Le ministre",
        ClaimKind::Statement,
    );
    expect(
        "Le maire n'a pas indiqué : « Nous fermerons l'école. »",
        "Le maire",
        ClaimKind::Statement,
    );
    expect(
        "Le ministre n'exclut pas une hausse des impôts.",
        "Le ministre",
        ClaimKind::Statement,
    );
    expect(
        "La porte-parole ne s'explique toujours pas pourquoi le projet a été abandonné.",
        "La porte-parole",
        ClaimKind::Statement,
    );
}

/// A negated modal leading the infinitive (« n'a pas pu démentir », « ne pouvait pas
/// affirmer », « n'a jamais su dire », « n'osent plus dénoncer », the literary « n'a pu
/// nier »): what someone could not, had not to or dared not say is not said (each gave a
/// claim, most named « X n' »). Must not: « ne … que » (only), a lead that says it (« n'a pas
/// hésité à », « a tenu à », « ne cesse de »).
#[test]
fn what_someone_could_not_say_is_not_said() {
    for sentence in [
        "Le ministre n'a pas pu démentir la rumeur.",
        "La préfecture ne pouvait pas affirmer que la route rouvrirait lundi.",
        "Le porte-parole du club n'a jamais su dire pourquoi le match était reporté.",
        "Les syndicats n'osent plus dénoncer les cadences.",
        "La directrice, mardi, n'a pu nier que des erreurs avaient été commises.",
        "Interrogée jeudi, l'ONG n'a pas su estimer que le bilan était lourd.",
        "Les élus n'ont finalement pas pu réclamer la démission du directeur.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker, kind) in [
        (
            "La CGT n'a pas hésité à dénoncer la réforme.",
            "La CGT",
            ClaimKind::Position,
        ),
        (
            "Le ministre a tenu à démentir la rumeur.",
            "Le ministre",
            ClaimKind::Denial,
        ),
        (
            "La ministre ne cesse de dénoncer la réforme.",
            "La ministre",
            ClaimKind::Position,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    expect_none("Les secours n'ont pu que constater le décès.");
}

/// A present participle describing the noun phrase that is the subject of a later verb
/// (« Le communiqué … prenant position pour … a irrité Niamey ») is background, no claim; a
/// participle after a comma, following the speaker's own verb, stays a claim.
#[test]
fn a_participle_describing_the_subject_is_background() {
    // (The one irritated holds a position, README « Session 21 »: a feeling narrated of
    // someone whatever the syntax; the participle still makes none.)
    expect(
        "La déclaration du gouvernement tchadien prenant position pour les rebelles a irrité Niamey.",
        "Niamey",
        ClaimKind::Position,
    );
    for sentence in [
        "Le communiqué de l'armée dénonçant une attaque a été publié lundi.",
        "Une lettre affirmant que le maire savait a circulé dans la commune.",
        "Les tracts appelant à la grève ont été retirés.",
    ] {
        expect_none(sentence);
    }
    expect(
        "Le ministre a quitté la salle, dénonçant une provocation.",
        "Le ministre",
        ClaimKind::Position,
    );
    expect(
        "Le maire a écrit au préfet, affirmant que la commune manquait de moyens.",
        "Le maire",
        ClaimKind::Statement,
    );
}

/// « remettre en cause / en question » and « menacer » after « qui » with a
/// thing as antecedent (« ces coupes qui remettent en cause … ») is no one's claim; with a
/// speaker as antecedent it stays theirs.
#[test]
fn a_thing_that_calls_into_question_makes_no_claim() {
    for sentence in [
        "Une décision qui remet en cause des années de travail a été prise lundi.",
        "Ce sont des mesures qui remettent en question le service public.",
        "Il s'agit de fermetures qui menacent l'accès aux soins.",
    ] {
        expect_none(sentence);
    }
    expect(
        "Le maire, qui remet en cause le projet, a écrit au préfet.",
        "Le maire",
        ClaimKind::Position,
    );
}

/// « À noter que … », « A souligner : … »: an infinitive after « à » opening the clause is the
/// writer's aside, said by no one; a claim reported inside it keeps its own speaker, and the
/// same verbs conjugated, or after « à » that completes a verb, still report.
#[test]
fn an_infinitive_after_a_opening_the_clause_is_the_writers_aside() {
    for sentence in [
        "À noter que la mairie sera fermée lundi.",
        "A noter : deux ateliers seront organisés à l'école.",
        "À souligner que la fête a lieu chaque année depuis 1990.",
        "Le marché reste calme. À rappeler que les prix avaient doublé en mars.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "À noter que le syndicat avait demandé une hausse des salaires.",
            "le syndicat",
        ),
        (
            "Le maire a noté que les travaux avaient pris du retard.",
            "Le maire",
        ),
        ("Le syndicat appelle à dénoncer la réforme.", "Le syndicat"),
    ] {
        assert_eq!(super::tests::speakers_of(sentence), [speaker], "{sentence}");
    }
}

/// The same aside after « Mais », « Et », « Or », « Enfin », or after an impersonal « il est »,
/// « il reste »: no subject governs the « à », so no one says it. A subject that governs it
/// (« tient à », « le seul à », « prêt à ») keeps its claim.
#[test]
fn an_impersonal_or_conjoined_aside_with_a_is_no_claim() {
    for sentence in [
        "Mais à souligner que la musique ne prend jamais le pas.",
        "Et à rappeler que le vote aura lieu dimanche.",
        "Il est à noter que le couple a eu de la chance.",
        "Il était à signaler que la route restait fermée.",
        "Il reste à préciser que la salle sera fermée en août.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Il est à noter que la ministre a déclaré que le budget serait voté.",
            "la ministre",
        ),
        (
            "Le maire tient à préciser que la salle restera fermée.",
            "Le maire",
        ),
        (
            "Le syndicat est le seul à affirmer que le projet est mort.",
            "Le syndicat",
        ),
        (
            "La ministre invite les élus à signaler les fraudes.",
            "La ministre",
        ),
    ] {
        assert_eq!(super::tests::speakers_of(sentence), [speaker], "{sentence}");
    }
}

/// « condamné à » a penalty or « condamné pour » an offence, in the passive or as a bare
/// participle, is a sentence passed by a court, never a stance, even with a quotation of the
/// charge or the court as agent; « condamné par » someone without a penalty stays a stance.
#[test]
fn a_sentence_passed_is_no_condemnation() {
    for sentence in [
        "Ils ont été jugés pour « vol en réunion » et condamnés à un an de prison.",
        "Elle a été condamnée mardi pour « outrage à agent » à trois mois de prison avec sursis.",
        "Le militant a été condamné pour « apologie du terrorisme » par le tribunal de Lyon.",
        "L'ancien maire a été condamné par le tribunal à une amende de 5000 euros.",
        "Les deux sociétés ont été condamnées solidairement à payer « une indemnité ».",
        "La militante, jugée pour « rébellion », a été condamnée hier soir en appel à une peine d'amende.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        ("L'attaque a été fermement condamnée par l'ONU.", "l'ONU"),
        (
            "Les violences, condamnées par le gouvernement, ont fait trois blessés.",
            "le gouvernement",
        ),
        (
            "Le ministre a condamné pour sa part « une attaque odieuse ».",
            "Le ministre",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
}

/// A pronominal verb of noting says that something recovers or can be seen (« se relever de »,
/// « s'observe »), and its future perfect guesses what someone saw (« auront noté que »): no
/// one's claim; the plain verbs still report.
#[test]
fn a_noting_verb_pronominal_or_guessed_is_no_claim() {
    for sentence in [
        "L'économie se relève lentement de la crise.",
        "Alors qu'il se relevait à peine de sa blessure, le club a perdu son gardien.",
        "La hausse des prix s'observe surtout dans les zones rurales.",
        "Une amélioration se constate depuis le mois de mars.",
        "Les lecteurs attentifs auront remarqué que le chantier a pris du retard.",
        "Les spectateurs auront sans doute noté que la salle était à moitié vide.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le ministre a relevé que les comptes étaient en équilibre.",
            "Le ministre",
        ),
        (
            "Le maire a noté que la fréquentation avait augmenté.",
            "Le maire",
        ),
        (
            "Les enquêteurs ont remarqué que la porte avait été forcée.",
            "Les enquêteurs",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// A quotation that only asks (ending in « ? », no assertion before it) closed by a verb of
/// wondering (« se demandent », « s'est-il demandé », « s'interroge ») asserts nothing
/// (README, questions); a quotation that states something first stays a claim (« a
/// demandé » after a question alone asserts nothing either: `cue_tests::a_question_is_no_claim`).
#[test]
fn wondering_aloud_in_an_incise_is_no_claim() {
    for sentence in [
        "« Qui va payer la facture ? », se demandent les habitants.",
        "« Jusqu'à quand allons-nous attendre ? » s'est-elle demandé.",
        "« Que va devenir l'usine ? », s'interroge un salarié.",
        "« Et maintenant, que fait-on ? » s'interrogeait hier un élu.",
        "« Pourquoi ce silence ? », se demande encore la mère de la victime.",
    ] {
        expect_none(sentence);
    }
    expect(
        "« Nous ne partirons pas. Pourquoi le ferions-nous ? », se demande le délégué.",
        "le délégué",
        ClaimKind::Call,
    );
    expect_none("« Où est passé l'argent ? » a demandé le député.");
}

/// A headline that opens on a bare noun and the participle of what befell it (« Policière
/// agressée à Lyon : « … » ») names an event, not who speaks after the colon; a name or a
/// role before the colon, an apposition after a comma, still speaks.
#[test]
fn an_event_headline_before_a_colon_is_no_speaker() {
    for sentence in [
        "Policière agressée à Lyon : « On ne peut pas continuer comme ça »",
        "Un pompier blessé lors d'un incendie : « Nous manquons de moyens »",
        "Retraité escroqué par un faux plombier : « J'ai tout perdu »",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le maire, interrogé par nos confrères : « Nous allons reconstruire l'école »",
            "Le maire",
        ),
        (
            "Paul Martin, ému : « C'est une victoire pour tous »",
            "Paul Martin",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// « Et dire qu'il était champion il y a deux ans ! »: « Et dire que » opening the sentence is
/// the writer's exclamation, no one's claim (any clause after it). Must: a quotation of it with
/// its incise is the incise's speaker's; « Et le ministre de dire que » is the minister's.
#[test]
fn et_dire_que_opening_the_sentence_is_the_writers_exclamation() {
    for sentence in [
        "Et dire qu'il était retombé au classement après sa blessure…",
        "Et dire que le club était champion il y a deux ans !",
        "Et dire qu'on nous promettait une reprise rapide.",
        "Et dire que personne ne l'avait vu venir.",
        "Et dire qu'elle avait tout prévu depuis des mois.",
    ] {
        expect_none(sentence);
    }
    expect(
        "« Et dire qu'elle avait tout prévu », soupire sa mère.",
        "sa mère",
        ClaimKind::Statement,
    );
    expect(
        "Et le ministre de dire que tout va bien.",
        "le ministre",
        ClaimKind::Statement,
    );
}

/// A verb of saying after « ce qui » has the clause before as its antecedent, a fact (« …, ce
/// qui justifie que … », « ce qui confirme que … »): no one speaks. A relative « qui » after
/// someone who can speak, and a cleft, stay claims.
#[test]
fn a_fact_after_ce_qui_says_nothing() {
    for sentence in [
        "Le maire a démissionné lundi, ce qui confirme que la crise est profonde.",
        "L'usine a fermé en mars, ce qui justifie que les salariés soient indemnisés.",
        "Les ventes ont chuté de moitié, ce qui prouve que la marque a perdu ses clients.",
        "Aucune charge n'a été retenue — ce qui signifie que le suspect sortira libre.",
        "Le vote a encore été reporté, ce qui ne démontre pas que la majorité est divisée.",
        "Le club a perdu ses trois derniers matchs, ce qui le confirme : l'équipe est fatiguée.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le maire, qui affirme que la crise est profonde, a démissionné lundi.",
            "Le maire",
        ),
        (
            "C'est la préfète qui a confirmé que la route resterait fermée.",
            "la préfète",
        ),
        (
            "Les ventes ont chuté, ce que confirme le directeur commercial.",
            "le directeur commercial",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// A verb of saying after a verb of an aim or an intention (« visait à dresser un bilan »,
/// « entend dénoncer », « s'apprête à annoncer ») is what someone means to say, not said
/// (README, session 17: intentions make no claim); so is an infinitive joined by « et » to
/// one under a refused lead (« pourrait être fatal et remettre en question »). A lead that
/// says it (« a tenu à rappeler ») stays a claim.
#[test]
fn an_aim_or_an_intention_says_nothing() {
    for sentence in [
        "La réunion de jeudi visait à dresser un bilan des travaux.",
        "Le syndicat entend dénoncer la réforme devant les juges.",
        "Les élus comptent annoncer leur décision lundi.",
        "Le gouvernement envisage d'annoncer un plan d'aide aux éleveurs.",
        "La ministre s'apprête à annoncer sa démission.",
        "L'ancien maire entendait ainsi lancer « Demain », son mouvement.",
        "La mairie prévoit de dénoncer le contrat avec le prestataire.",
        "Ce retard pourrait coûter cher et remettre en question la saison.",
        "La réunion visait essentiellement à dresser un bilan des travaux.",
        "Le syndicat entend prochainement dénoncer la réforme devant les juges.",
        "La ministre s'apprête visiblement à annoncer sa démission.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker, kind) in [
        (
            "La préfète a tenu à rappeler que la baignade est interdite.",
            "La préfète",
            ClaimKind::Statement,
        ),
        (
            "Le syndicat a dénoncé la réforme et entend la combattre.",
            "Le syndicat",
            ClaimKind::Position,
        ),
        (
            "Le maire a voulu rassurer les parents : « L'école rouvrira lundi. »",
            "Le maire",
            ClaimKind::Statement,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
}

/// A form of a verb of saying after a determiner and a prenominal adjective (« une telle
/// annonce de la direction », « la dernière annonce du ministre ») is the noun: no claim. The
/// verb after a subject's noun (« La nouvelle direction annonce … ») stays a claim.
#[test]
fn a_noun_after_a_determiner_and_an_adjective_is_no_verb() {
    for sentence in [
        "Les salariés ne s'attendaient pas à une telle annonce de la direction.",
        "Les élus ont découvert mardi cette nouvelle annonce du gouvernement.",
        "Personne ne prévoyait la dernière annonce du ministre.",
        "Les riverains n'avaient jamais vu une telle annonce.",
        "Après cette énième annonce de la mairie, les commerçants ont baissé le rideau.",
        // Any adjective the press puts before a noun, and any complement after it (« en »,
        // « à », « sur », an adjective): « alerte », « menace », « critique » are the nouns.
        "Samedi soir, la gare de Nantes a été le théâtre d'une violente alerte en pleine affluence.",
        "Le lycée a connu une énième alerte à la bombe dans la matinée.",
        // (Review B23: « nouvelle », « dernière » inside an object or before a complement.)
        "Le lycée a connu une nouvelle alerte à la bombe dans la matinée.",
        "Une nouvelle alerte à la bombe a visé l'aéroport lundi.",
        "La ville a connu une nouvelle alerte en pleine nuit.",
        "Une nouvelle alerte aux orages a été déclenchée pour ce soir.",
        "Le quartier a vécu une dernière alerte en pleine nuit.",
        "Les vendanges font face à une grave menace sur le vignoble.",
        "La vallée connaît une sérieuse menace de sécheresse cet été.",
        "Le port a vécu une violente alerte aux fumées toxiques.",
        "La commune a essuyé de lourdes critiques après les inondations.",
        "Les spectateurs ont quitté la salle après une brève annonce technique.",
        // (Review R21: « précédente » is a prenominal adjective again.)
        "Une précédente alerte à la bombe avait visé le lycée en mars.",
        "La précédente annonce du ministre date de mai.",
        "Les habitants se souviennent des précédentes alertes aux crues.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "La nouvelle direction annonce la fermeture du site.",
            "La nouvelle direction",
        ),
        (
            "« Nous ferons grève », annonce le nouveau délégué syndical.",
            "le nouveau délégué syndical",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    // A word that names someone as well (« le premier », « la dernière ») is the subject when
    // what a verb takes follows: a determiner, « que », a colon.
    expect(
        "La dernière alerte les autorités sur les risques de crue.",
        "La dernière",
        ClaimKind::Warning,
    );
    // (Review B8: an ordinal names someone before an adverb or a stressed pronoun too.)
    for (sentence, speaker, kind) in [
        (
            "Le premier affirme aussi avoir vu le suspect.",
            "Le premier",
            ClaimKind::Statement,
        ),
        (
            "La deuxième raconte ensuite avoir entendu des cris.",
            "La deuxième",
            ClaimKind::Statement,
        ),
        (
            "La première dénonce vivement la décision.",
            "La première",
            ClaimKind::Position,
        ),
        (
            "La seconde dénonce elle aussi cette décision.",
            "La seconde",
            ClaimKind::Position,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
}

/// « comme annoncé dans un communiqué », « comme indiqué plus haut »: a bare participle after
/// « comme » with no agent has no subject to come, the writer's reference; with « par » its
/// agent speaks, with an auxiliary (« comme l'a annoncé X ») the subject after it does.
#[test]
fn a_bare_participle_after_comme_without_agent_is_no_claim() {
    for sentence in [
        "Le procureur, qui devait parler mardi, comme annoncé dans un communiqué, a reporté sa conférence.",
        "Comme indiqué plus haut, la route restera fermée.",
        "La réunion aura lieu jeudi, comme précisé hier dans la presse locale.",
        "Le chantier, comme annoncé lundi, commencera en mars.",
    ] {
        expect_none(sentence);
    }
    for sentence in [
        "Comme annoncé par la mairie, la piscine fermera en août.",
        "Comme l'a annoncé la mairie, la piscine fermera en août.",
    ] {
        expect(sentence, "la mairie", ClaimKind::Statement);
    }
}

/// « et » joins like to like: a participle after « et » that follows a participle set off by a
/// comma (« le militant, condamné en 2001 et considéré comme un meneur ») describes the same
/// noun, it is no second verb of the sentence's subject; with no participle standing apart
/// (« a visité le chantier et ajouté que … ») it shares the auxiliary and reports.
#[test]
fn a_participle_joined_to_an_apposed_participle_describes_its_noun() {
    for sentence in [
        "Le tribunal a ordonné mardi la libération du militant, condamné en 2001 pour vol, et considéré comme un meneur.",
        "La cour a rejeté le recours de l'ancien élu, poursuivi pour fraude et jugé responsable du déficit.",
    ] {
        expect_none(sentence);
    }
    for (sentence, speaker) in [
        (
            "Le maire a visité le chantier et ajouté que le bilan restait provisoire.",
            "Le maire",
        ),
        (
            "Le ministre a reçu les syndicats, inquiets pour l'emploi, et affirmé que l'usine resterait ouverte.",
            "Le ministre",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}

/// A participle after « et » that reports (« et affirmé que ») is a second verb of the subject
/// even past a participle describing the object (« l'usine, fermée depuis mars, »), and a
/// participle with its own direct object after a comma (« salué les ouvriers ») is an act
/// enumerated under the same auxiliary, not an apposition.
#[test]
fn a_reporting_participle_after_et_shares_the_auxiliary() {
    for (sentence, speaker) in [
        ("Le ministre a visité l'usine, fermée depuis mars, et affirmé que le site rouvrirait en juin.", "Le ministre"),
        ("La maire a reçu les commerçants, touchés par les inondations, et annoncé qu'une aide serait versée.", "La maire"),
        ("Le préfet a inauguré le pont, rénové en 2020, et assuré que la circulation reprendrait.", "Le préfet"),
        ("Le maire a remercié les pompiers, mobilisés toute la nuit, et assuré que les sinistrés seraient relogés.", "Le maire"),
        ("Le ministre a visité l'usine, salué les ouvriers et annoncé que le site serait modernisé.", "Le ministre"),
        ("La présidente a rencontré les familles, visité le camp et affirmé que l'aide arriverait.", "La présidente"),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
}
