//! Claim-level tests of the cue rules (issue 18, classes 5, 7 and 8): made-up sentences that
//! must give a claim with the right speaker and kind, and sentences that must give none.

use super::*;
use crate::model::{ClaimKind, SpeakerKind};

/// The cue tests read sentences of one paragraph.
use super::tests::one_paragraph as doc;

/// The (speaker, kind) of every claim of a one-sentence article.
fn claims(sentence: &str) -> Vec<(String, ClaimKind)> {
    find_claims(&doc(&[sentence]))
        .into_iter()
        .map(|c| (c.speaker, c.kind))
        .collect()
}

/// Asserts the sentence gives exactly one claim, by `speaker`, of `kind`.
pub(super) fn expect(sentence: &str, speaker: &str, kind: ClaimKind) {
    assert_eq!(
        claims(sentence),
        [(speaker.to_string(), kind)],
        "{sentence}"
    );
}

pub(super) fn expect_none(sentence: &str) {
    let got = claims(sentence);
    assert!(got.is_empty(), "{sentence}: {got:?}");
}

/// A verb in a relative clause between commas gives way to the main clause's cue after it;
/// alone, it stays a claim of its antecedent.
#[test]
fn a_relative_clause_verb_gives_way_to_the_main_verb() {
    expect(
        "Le préfet, qui a requis l'anonymat, a affirmé que l'évacuation était terminée.",
        "Le préfet",
        ClaimKind::Statement,
    );
    expect(
        "Le préfet, qui a demandé le silence, a affirmé que l'évacuation était terminée.",
        "Le préfet",
        ClaimKind::Statement,
    );
}

/// A present-tense stance verb after a relative clause on the subject set off by commas
/// (« X, qui était Y, conteste Z ») is the subject's stance, as after a verbless apposition.
#[test]
fn a_stance_after_a_relative_clause_between_commas() {
    for (s, who, kind) in [
        (
            "La sénatrice, qui était malade, conteste toute fraude.",
            "La sénatrice",
            ClaimKind::Denial,
        ),
        (
            "L'entraîneur, qui était fatigué samedi, conteste toute faute.",
            "L'entraîneur",
            ClaimKind::Denial,
        ),
        (
            "La ministre, qui sera absente demain, dément toute rumeur.",
            "La ministre",
            ClaimKind::Denial,
        ),
        (
            "Le syndicat, qui avait été reçu jeudi, dément tout accord.",
            "Le syndicat",
            ClaimKind::Denial,
        ),
        (
            "L'association, qui restait discrète, réfute toute responsabilité.",
            "L'association",
            ClaimKind::Denial,
        ),
        (
            "Le président du club, qui était en vacances, réclame toute la lumière sur cette affaire.",
            "Le président du club",
            ClaimKind::Call,
        ),
        (
            "Paul Durand, qui dirigeait la société, nie tout détournement.",
            "Paul Durand",
            ClaimKind::Denial,
        ),
    ] {
        let got = claims(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].0, who, "{s}");
        assert_eq!(got[0].1, kind, "{s}");
    }
    // Must not: a closing incise still names who speaks; a relative clause with the stance
    // verb of its own is its antecedent's.
    assert_eq!(
        claims("Rien n'a été caché, dément le maire.")
            .last()
            .map(|c| c.0.as_str()),
        Some("le maire")
    );
    assert_eq!(
        claims("Le maire, qui dément, quitte la salle.")
            .first()
            .map(|c| c.0.as_str()),
        Some("Le maire")
    );
}

/// « L'Agence régionale de santé (ARS) annonce la fermeture », « La CGT (…) se dit prête »: an
/// acronym in brackets closing the subject leaves « annoncer » + a noun and « se dire » +
/// an adjective their subject (there was no row); a bracket that is no acronym does not.
#[test]
fn a_verb_after_an_acronym_in_brackets_has_the_subject_before_it() {
    for (sentence, speaker, kind) in [
        (
            "L'Agence régionale de santé (ARS) annonce la fermeture de la maternité.",
            "L'Agence régionale de santé",
            ClaimKind::Statement,
        ),
        (
            "La Confédération générale du travail (CGT) annonce une grève lundi.",
            "La Confédération générale du travail",
            ClaimKind::Statement,
        ),
        (
            "Le Conseil national des barreaux (CNB) annonçait mardi le report du vote.",
            "Le Conseil national des barreaux",
            ClaimKind::Statement,
        ),
        (
            "L'Union des maires (UDM) se dit inquiète pour les écoles rurales.",
            "L'Union des maires",
            ClaimKind::Position,
        ),
        (
            "Paul Martin (PS) se dit prêt à négocier.",
            "Paul Martin",
            ClaimKind::Position,
        ),
    ] {
        assert_eq!(
            claims(sentence),
            [(speaker.to_string(), kind)],
            "{sentence}"
        );
    }
    // Must not: a bracket that holds no acronym.
    for sentence in [
        "Le site (voir la carte) annonce la couleur.",
        "Le programme (trois jours) annonce une forte affluence.",
    ] {
        assert_eq!(
            claims(sentence),
            Vec::<(String, ClaimKind)>::new(),
            "{sentence}"
        );
    }
}

/// « X, lui, se dit Y »: « se dire » after the subject and a stressed pronoun between commas
/// is the subject's, as without the pronoun.
#[test]
fn says_itself_after_a_stressed_pronoun_between_commas() {
    for (s, who) in [
        ("La directrice, elle, se dit confiante.", "La directrice"),
        (
            "Les enseignants, eux, se disent épuisés.",
            "Les enseignants",
        ),
        (
            "Les agricultrices, elles, se disaient prêtes à manifester.",
            "Les agricultrices",
        ),
        ("Marc Petit, lui, se déclare candidat.", "Marc Petit"),
        ("L'opposition, elle, se dit choquée.", "L'opposition"),
    ] {
        let got = claims(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].0, who, "{s}");
    }
    // Must not: a closing incise still names who speaks after it.
    assert_eq!(
        claims("Tout est prêt, se dit le maire.")
            .last()
            .map(|c| c.0.as_str()),
        Some("le maire")
    );
    assert_eq!(
        claims("Rien n'a été caché, dément le maire.")
            .last()
            .map(|c| c.0.as_str()),
        Some("le maire")
    );
}

/// Adverbs between the auxiliary and the participle keep the verb group whole.
#[test]
fn adverbs_inside_the_verb_group() {
    for sentence in [
        "L'opposition a aussitôt dénoncé un plan « insuffisant ».",
        "L'opposition a donc dénoncé un plan insuffisant.",
        "L'opposition a finalement dénoncé un plan insuffisant.",
        "L'opposition a de son côté dénoncé un plan insuffisant.",
        "L'opposition a pour sa part dénoncé un plan insuffisant.",
    ] {
        expect(sentence, "L'opposition", ClaimKind::Position);
    }
}

/// Adverbs of time or manner not in `-ment` and time words right after the auxiliary keep the
/// verb group whole too, in any tense; must not: the same words inside a passive with no agent
/// make no claim.
#[test]
fn time_words_and_plain_adverbs_inside_the_verb_group() {
    for (sentence, speaker, kind) in [
        (
            "La ministre Anne Roux avait auparavant indiqué que le budget serait tenu.",
            "Anne Roux",
            ClaimKind::Statement,
        ),
        (
            "Le syndicat a hier dénoncé une « provocation » de la direction.",
            "Le syndicat",
            ClaimKind::Position,
        ),
        (
            "Les riverains ont parfois affirmé que le bruit était insupportable.",
            "Les riverains",
            ClaimKind::Statement,
        ),
        (
            "Le maire avait plutôt estimé que la fête devait continuer.",
            "Le maire",
            ClaimKind::Position,
        ),
        (
            "La direction a mardi annoncé la fermeture du site de Lyon.",
            "La direction",
            ClaimKind::Statement,
        ),
        (
            "Le procureur aura volontiers reconnu que l'enquête a traîné.",
            "Le procureur",
            ClaimKind::Statement,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    expect_none("La fermeture du site avait auparavant été annoncée.");
    expect_none("Une hausse des tarifs était parfois évoquée.");
}

/// Must: a short insert with no verb and no punctuation between the auxiliary and the
/// participle keeps the verb group whole, for any verb, auxiliary and insert: an adverb not in
/// « -ment » the lists do not hold, a time phrase, a short adverbial locution, a phrase of
/// « fois », before or after an adverb of the list.
#[test]
fn an_insert_between_the_auxiliary_and_the_participle() {
    for (sentence, speaker, kind) in [
        (
            "Le Premier ministre Jean Dupont avait auparavant indiqué que la réforme serait retirée.",
            "Jean Dupont",
            ClaimKind::Statement,
        ),
        (
            "Le maire a hier soir assuré que tout serait réparé.",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "Le syndicat a entre-temps démenti toute négociation avec la direction.",
            "Le syndicat",
            ClaimKind::Denial,
        ),
        (
            "La ministre Claire Roux a jusqu'ici affirmé que les écoles resteraient ouvertes.",
            "Claire Roux",
            ClaimKind::Statement,
        ),
        (
            "Le préfet a par la suite annoncé que trois routes seraient fermées.",
            "Le préfet",
            ClaimKind::Statement,
        ),
        (
            "Le porte-parole a de plus reconnu que des erreurs avaient été commises.",
            "Le porte-parole",
            ClaimKind::Statement,
        ),
        (
            "Le président a dès lors déclaré que la décision était irrévocable.",
            "Le président",
            ClaimKind::Statement,
        ),
        (
            "Le maire a une fois encore appelé à la retenue.",
            "Le maire",
            ClaimKind::Call,
        ),
        (
            "L'avocat Marc Petit a en substance affirmé que son client était innocent.",
            "Marc Petit",
            ClaimKind::Statement,
        ),
        (
            "La directrice Anne Blanc a ce matin annoncé que l'usine fermerait.",
            "Anne Blanc",
            ClaimKind::Statement,
        ),
        (
            "La police a mardi dernier démenti toute bavure.",
            "La police",
            ClaimKind::Denial,
        ),
        (
            "Le sénateur Paul Roche avait naguère affirmé que la loi était injuste.",
            "Paul Roche",
            ClaimKind::Statement,
        ),
        (
            "Le juge a depuis démenti avoir reçu des pressions.",
            "Le juge",
            ClaimKind::Denial,
        ),
        (
            "Le ministre Paul Lemoine s'est hier dit prêt à négocier.",
            "Paul Lemoine",
            ClaimKind::Position,
        ),
        (
            "La présidente de la région a pour la première fois reconnu que le budget était dépassé.",
            "La présidente de la région",
            ClaimKind::Statement,
        ),
        (
            "Le directeur a dans la foulée annoncé la fermeture de l'école.",
            "Le directeur",
            ClaimKind::Statement,
        ),
        (
            "La société a depuis des années démenti le moindre retard.",
            "La société",
            ClaimKind::Denial,
        ),
        (
            "Le syndicat a depuis deux ans dénoncé la réforme des retraites.",
            "Le syndicat",
            ClaimKind::Position,
        ),
        (
            "La ministre a dans ces conditions annoncé le report du scrutin.",
            "La ministre",
            ClaimKind::Statement,
        ),
        (
            "Le ministre a ce jour-là annoncé sa démission.",
            "Le ministre",
            ClaimKind::Statement,
        ),
        (
            "Le maire a hier également affirmé que la route rouvrirait.",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "Le club a d'ores et déjà annoncé le départ de son entraîneur.",
            "Le club",
            ClaimKind::Statement,
        ),
        (
            "La préfecture a pour le moment démenti toute évacuation.",
            "La préfecture",
            ClaimKind::Denial,
        ),
        (
            "Le ministre affirme pour l'instant que rien ne change.",
            "Le ministre",
            ClaimKind::Statement,
        ),
        (
            "« La route rouvrira lundi », avait ce matin assuré la préfète Anne Roux.",
            "Anne Roux",
            ClaimKind::Statement,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    // The journalistic conditional, and an inverted pronoun in an incise.
    let found = find_claims(&doc(&[
        "Le député Yves Lenoir aurait hier reconnu avoir menti.",
    ]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].speaker == "Yves Lenoir" && found[0].unconfirmed,
        "{found:?}"
    );
    let found = find_claims(&doc(&[
        "Le maire Paul Martin a reçu les grévistes.",
        "« Nous ne céderons pas », a-t-il hier soir affirmé.",
    ]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker, "Paul Martin");
}

/// Must not: what follows « a » is its object, not an insert, when it holds a noun phrase
/// (« a des adjoints accusés de », « a une équipe annoncée », « a de la fièvre déclarée »), a
/// quantity (« a de plus en plus de commandes annoncées »), an aim (« a pour but avoué »);
/// « a ce jour » is « à ce jour » without its accent; « il y a » is no compound tense.
#[test]
fn an_object_after_the_auxiliary_is_no_insert() {
    for sentence in [
        "Le maire a des adjoints accusés de favoritisme.",
        "Le maire a de nombreux adjoints accusés de favoritisme.",
        "Le maire a des adjoints deux fois accusés de favoritisme.",
        "Le maire a à ses côtés des élus accusés de favoritisme.",
        "Le groupe a dans ses rangs des militants accusés de violences.",
        "Le club a en réserve des joueurs annoncés comme titulaires.",
        "Le club a une équipe annoncée comme favorite.",
        "Le maire a de la fièvre déclarée depuis lundi.",
        "L'usine a de plus en plus de commandes annoncées.",
        "Le groupe a pour but avoué de renverser le régime.",
        "Le bilan a ce jour annoncé s'élève à trois morts.",
        "Il y a deux jours annoncé le maire.",
    ] {
        expect_none(sentence);
    }
}

/// « a réagi », « s'exprimait » tell that someone spoke; with nothing said after them (no
/// quotation, colon or clause) they are no claim. With what was said, or as an incise, they
/// are.
#[test]
fn reacting_or_speaking_with_nothing_said_is_no_claim() {
    expect_none("Les syndicats ont immédiatement réagi.");
    expect_none("Le président s'exprimait devant des journalistes à Moscou.");
    expect_none("Le ministre a également réagi au sentiment de colère dans le pays.");
    expect(
        "Le maire a réagi sur Twitter : « C'est une honte. »",
        "Le maire",
        ClaimKind::Statement,
    );
    expect(
        "« C'est une honte », a réagi le maire.",
        "le maire",
        ClaimKind::Statement,
    );
}

/// « Répondant à X, » sets the scene: the main verb carries the claim, if any.
#[test]
fn a_participle_answering_something_is_no_cue() {
    expect_none("Et ce matin, répondant à ces menaces, Paul Martin a remis sa veste.");
    expect(
        "Répondant aux critiques, la ministre a affirmé que le plan serait maintenu.",
        "la ministre",
        ClaimKind::Statement,
    );
    // The verb itself still reports.
    expect(
        "« Pas question », répond le maire.",
        "le maire",
        ClaimKind::Statement,
    );
}

/// Class 5: verbs of the same families as those the issue lists (admitting, answering back,
/// regretting, fearing, recommending, believing).
#[test]
fn reporting_verb_families() {
    let cases: &[(&str, &str, ClaimKind)] = &[
        (
            "Le directeur a avoué que le chantier avait pris du retard.",
            "Le directeur",
            ClaimKind::Statement,
        ),
        (
            "« Ce n'est pas notre rôle », a rétorqué la porte-parole.",
            "la porte-parole",
            ClaimKind::Statement,
        ),
        (
            "Le maire réplique que la commune n'a rien caché.",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "Le syndicat a déploré l'absence de dialogue.",
            "Le syndicat",
            ClaimKind::Position,
        ),
        (
            "Les riverains redoutent une nouvelle crue.",
            "Les riverains",
            ClaimKind::Position,
        ),
        (
            "Les médecins craignent une saturation des urgences.",
            "Les médecins",
            ClaimKind::Position,
        ),
        (
            "L'agence recommande de limiter les déplacements.",
            "L'agence",
            ClaimKind::Call,
        ),
        (
            "Le rapport préconise une hausse des effectifs.",
            "Le rapport",
            ClaimKind::Call,
        ),
        (
            "Le ministre pense que la crise sera courte.",
            "Le ministre",
            ClaimKind::Position,
        ),
        (
            "La présidente s'est félicitée de l'accord.",
            "La présidente",
            ClaimKind::Position,
        ),
        (
            "Le député a émis l'espoir que le texte serait voté.",
            "Le député",
            ClaimKind::Statement,
        ),
        (
            "L'ONG a fait valoir que les réfugiés n'avaient nulle part où aller.",
            "L'ONG",
            ClaimKind::Statement,
        ),
        (
            "Le préfet a fait part de son inquiétude.",
            "Le préfet",
            ClaimKind::Position,
        ),
        (
            "Les pompiers ont tiré la sonnette d'alarme.",
            "Les pompiers",
            ClaimKind::Warning,
        ),
        (
            "La ministre a exprimé son inquiétude face à la hausse des prix.",
            "La ministre",
            ClaimKind::Position,
        ),
    ];
    for (sentence, speaker, kind) in cases {
        expect(sentence, speaker, *kind);
    }
    // Must not: the same verbs in another sense, or with no clause to report.
    for s in [
        "La pensée du philosophe reste actuelle.",
        "Le ministre pense à sa succession.",
        "Le jury a exprimé.",
        "Le club a émis des obligations.",
        "Les soldats ont tiré sur la foule.",
    ] {
        expect_none(s);
    }
}

/// Verbs of saying added from the press inventory: they report with a clause, a forecast or
/// in an incise, never in their other senses.
#[test]
fn more_verbs_of_saying() {
    for (sentence, speaker) in [
        (
            "Le ministre a riposté que la réforme serait maintenue.",
            "Le ministre",
        ),
        (
            "« Nous ne céderons pas », riposte la porte-parole.",
            "la porte-parole",
        ),
        (
            "Le député insinue que le rapport a été modifié.",
            "Le député",
        ),
        (
            "Le maire a sous-entendu que le projet serait abandonné.",
            "Le maire",
        ),
        (
            "Le directeur garantit que les salaires seront versés.",
            "Le directeur",
        ),
        (
            "La Banque de France anticipe une hausse du chômage.",
            "La Banque de France",
        ),
        ("L'Insee prévoit une baisse du chômage.", "L'Insee"),
        (
            "La présidente a confessé avoir douté du projet.",
            "La présidente",
        ),
        (
            "Le sénateur se targue d'avoir obtenu ce financement.",
            "Le sénateur",
        ),
        (
            "« Ce n'est qu'une suspension », a rectifié le parquet.",
            "le parquet",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "L'armée a riposté aux tirs dans la nuit.",
        "La banque garantit le prêt de la commune.",
        "Les conventions signées garantissent que le diplôme est reconnu.",
        "La commune anticipe les besoins de l'hiver.",
        "Le budget prévoit une hausse des impôts locaux.",
        "Le maire prévoit une fête pour les bénévoles.",
        "Le professeur a corrigé les copies de ses élèves.",
        "Le gouvernement a décrété l'état d'urgence.",
        "Sur Twitter, le message du club a été partagé mille fois.",
    ] {
        expect_none(sentence);
    }
}

/// Calls, stances and denials added from the press inventory, with the construction that
/// tells them from their other senses.
#[test]
fn more_calls_stances_and_denials() {
    for (sentence, speaker, kind) in [
        (
            "Le médecin conseille de limiter les sorties.",
            "Le médecin",
            ClaimKind::Call,
        ),
        (
            "Le juge a ordonné que les documents soient saisis.",
            "Le juge",
            ClaimKind::Call,
        ),
        (
            "L'association milite pour la gratuité des transports.",
            "L'association",
            ClaimKind::Call,
        ),
        (
            "Le syndicat appelle de ses vœux une vraie négociation.",
            "Le syndicat",
            ClaimKind::Call,
        ),
        (
            "Le parti a désavoué son candidat.",
            "Le parti",
            ClaimKind::Position,
        ),
        (
            "L'opposition stigmatise une réforme injuste.",
            "L'opposition",
            ClaimKind::Position,
        ),
        (
            "La police soupçonne que l'incendie était volontaire.",
            "La police",
            ClaimKind::Position,
        ),
        (
            "La maire trouve que la décision est injuste.",
            "La maire",
            ClaimKind::Position,
        ),
        (
            "La ministre s'est émue de ces violences.",
            "La ministre",
            ClaimKind::Position,
        ),
        (
            "Les riverains se plaignent du bruit du chantier.",
            "Les riverains",
            ClaimKind::Position,
        ),
        (
            "L'élue s'est offusquée que personne ne l'ait prévenue.",
            "L'élue",
            ClaimKind::Position,
        ),
        (
            "Le ministère dénie toute responsabilité dans l'accident.",
            "Le ministère",
            ClaimKind::Denial,
        ),
        (
            "Le club s'inscrit en faux contre ces affirmations.",
            "Le club",
            ClaimKind::Denial,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "Le conseiller de la ministre est arrivé en retard.",
        "Un militant a été interpellé devant la mairie.",
        "Le directeur a ordonné la fermeture de l'usine.",
        "Il milite au parti depuis dix ans.",
        "Il se trouve que la route était fermée.",
        "Les enquêteurs ont trouvé des traces dans la cave.",
        "La plainte de la famille a été classée.",
        "Le conseil municipal s'inscrit dans la continuité du projet.",
    ] {
        expect_none(sentence);
    }
}

/// Class 5: verbs that report only in an incise or before a quotation.
#[test]
fn incise_only_verbs() {
    expect(
        "« Nous ne reculerons pas », a lancé le Premier ministre.",
        "le Premier ministre",
        ClaimKind::Statement,
    );
    expect(
        "« On verra bien », ironise le maire.",
        "le maire",
        ClaimKind::Statement,
    );
    expect(
        "« Rien n'est joué », tempère l'entraîneur.",
        "l'entraîneur",
        ClaimKind::Statement,
    );
    expect(
        "« Jamais ! », lance le ministre.",
        "le ministre",
        ClaimKind::Statement,
    );
    // A verb that otherwise needs « que » or « à » reports the quotation of its incise.
    expect(
        "« Nous y arriverons », espère le maire.",
        "le maire",
        ClaimKind::Position,
    );
    expect(
        "« Restez chez vous », appelle la préfète.",
        "la préfète",
        ClaimKind::Call,
    );
    // Must not: the same verbs doing something else.
    for s in [
        "« Le Pen », mis en examen, est au cœur du dossier.",
        "Le gouvernement a lancé une opération de sauvetage.",
        "La police poursuit l'enquête.",
        "Le club a repris l'entraînement lundi.",
        "L'armée a lancé, mardi, une offensive.",
        "Son discours, « historique », lance une nouvelle ère.",
        "Le projet, lancé en 2019, a coûté cher.",
    ] {
        expect_none(s);
    }
}

/// Class 5: a verb leading the infinitive that reports (« a tenu à rappeler »).
#[test]
fn infinitive_led_by_another_verb() {
    expect(
        "Le ministre a tenu à rappeler que la loi s'appliquait à tous.",
        "Le ministre",
        ClaimKind::Statement,
    );
    expect(
        "La direction s'est empressée de démentir toute fermeture.",
        "La direction",
        ClaimKind::Denial,
    );
    expect(
        "Le maire n'a pas manqué de souligner que le budget était tenu.",
        "Le maire",
        ClaimKind::Statement,
    );
    expect(
        "Le ministre s'est contenté d'ajouter que l'enquête suivait son cours.",
        "Le ministre",
        ClaimKind::Statement,
    );
    // Must not: a lead that takes it back, or « vouloir dire » (to mean).
    for s in [
        "Le ministère n'a pas souhaité commenter ces informations.",
        "Cela veut dire que les prix vont monter.",
        "La direction n'a pas voulu confirmer que l'usine fermerait.",
    ] {
        expect_none(s);
    }
}

/// Class 5: attribution phrases besides « selon ».
#[test]
fn attribution_phrases() {
    expect(
        "Pour le ministre, la réforme est indispensable.",
        "le ministre",
        ClaimKind::Statement,
    );
    expect(
        "Pour les enquêteurs, il s'agit d'un acte criminel.",
        "les enquêteurs",
        ClaimKind::Statement,
    );
    expect(
        "Pour les parties civiles, la responsabilité du bailleur est engagée.",
        "les parties civiles",
        ClaimKind::Statement,
    );
    // « Pour X « … » »: the view holder's quotation opened with no comma before it.
    expect(
        "Pour le syndicat « les salaires stagnent depuis des années et la direction le sait. »",
        "le syndicat",
        ClaimKind::Statement,
    );
    expect(
        "Pour Jeanne Roux \" alors que tout était prêt depuis des mois, personne n'a signé le moindre papier.\"",
        "Jeanne Roux",
        ClaimKind::Statement,
    );
    // A pull quote and its credit line after a dash.
    expect(
        "« Les écoles rouvriront lundi, nous y veillons. » — Une citation de Jeanne Roux, porte-parole de la mairie",
        "Jeanne Roux",
        ClaimKind::Statement,
    );
    expect(
        "« Le marché rouvrira lundi » – Citation du maire de Lens",
        "le maire de Lens",
        ClaimKind::Statement,
    );
    expect_none("Le livre s'ouvre sur une citation de Victor Hugo.");
    expect_none("Le slogan — une citation de Victor Hugo — orne la façade.");
    // (No credit line: a time, a relative telling who uses it now, a hyphen aside in a
    // sentence that goes on.)
    expect_none("« Le courage, c'est de dire la vérité » — la citation du jour.");
    expect_none(
        "« Rien ne se perd, rien ne se crée » — une citation de Lavoisier que le ministre a reprise mardi.",
    );
    expect_none(
        "Le film « La Haine » - citation du réalisateur en ouverture - a marqué une génération.",
    );
    expect_none("Pour son album « Nuit blanche », le chanteur a choisi Paris.");
    expect_none("Pour la saison « Printemps des poètes », la ville recrute des bénévoles.");
    expect(
        "À en croire le syndicat, la grève sera très suivie.",
        "le syndicat",
        ClaimKind::Statement,
    );
    expect(
        "Selon les derniers chiffres, le chômage a reculé.",
        "les derniers chiffres",
        ClaimKind::Statement,
    );
    expect(
        "Selon les auteurs de l'étude, le risque est sous-estimé.",
        "les auteurs de l'étude",
        ClaimKind::Statement,
    );
    let got = find_claims(&doc(&[
        "« On a tout perdu », raconte Claire Moreau.",
        "Pour elle, les secours sont arrivés trop tard.",
    ]));
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        (got[1].segment, got[1].speaker.as_str()),
        (2, "Claire Moreau")
    );
    let got = find_claims(&doc(&["Pour M. Dupont, rien n'est perdu."]));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].speaker_kind, SpeakerKind::Person);
    // Must not: a purpose, a time, a thing, a place.
    for s in [
        "Pour la première fois, le club a gagné à l'extérieur.",
        "Pour cela, il faudra attendre le printemps.",
        "Pour ce projet, la commune a obtenu une subvention.",
        "Pour Noël, la mairie a décoré les rues.",
        "Pour le moment, aucune date n'est fixée.",
        "Les travaux sont financés, pour le ministère, par l'État.",
    ] {
        expect_none(s);
    }
}

/// « Pour X, » opens a clause as well as a sentence: after a semicolon, a colon or
/// « , mais » it gives X's view (a second one when the sentence opened on another).
#[test]
fn pour_someone_after_a_clause_boundary() {
    let speakers = |sentences: &[&str]| -> Vec<String> {
        find_claims(&doc(sentences))
            .into_iter()
            .map(|c| c.speaker)
            .collect()
    };
    // Must: two opposed views, whatever the nouns and tenses.
    for (s, want) in [
        (
            "Pour le syndicat, la grève est légitime, mais pour la direction, elle est illégale.",
            ["le syndicat", "la direction"],
        ),
        (
            "Pour les enquêteurs, il s'agissait d'un accident, mais pour la famille, rien n'était clair.",
            ["les enquêteurs", "la famille"],
        ),
        (
            "Pour l'opposition, le budget sera insincère ; pour le gouvernement, il reste prudent.",
            ["l'opposition", "le gouvernement"],
        ),
    ] {
        assert_eq!(speakers(&[s]), want, "{s}");
    }
    // Must: after a colon or a semicolon in a sentence with no other cue.
    assert_eq!(
        speakers(&["Réforme des retraites : pour la CGT, le texte est inacceptable."]),
        ["la CGT"]
    );
    assert_eq!(
        speakers(&["Le budget est voté ; pour le ministre, c'était le plus dur."]),
        ["le ministre"]
    );
    assert_eq!(
        speakers(&[
            "Paul Girard a écarté tout changement ; pour lui, on ne change pas une équipe qui gagne."
        ]),
        ["Paul Girard"]
    );
    // Must not: a purpose, a time, a thing or a beneficiary after the same boundaries.
    for s in [
        "Le club est qualifié ; pour la première fois, il jouera la finale.",
        "La mairie a voté le budget, mais pour cela, il a fallu deux séances.",
        "Les travaux commencent : pour les riverains, des navettes sont prévues.",
        "Les bus sont gratuits ; pour le moment, aucune date de fin n'est fixée.",
        "Le stade est fermé : pour Noël, la ville installe une patinoire.",
    ] {
        expect_none(s);
    }
}

/// Class 5: constructions around the verb: an infinitive of state after it, « se dire »,
/// « ce que soulignent X », a pronoun to whom it is said, an adverbial phrase inside the
/// group, « conclure à », « insister sur », « expliquer comment ».
#[test]
fn constructions_around_the_verb() {
    let cases: &[(&str, &str, ClaimKind)] = &[
        (
            "Le gardien avoue avoir ouvert la porte.",
            "Le gardien",
            ClaimKind::Statement,
        ),
        (
            "La directrice dit ne pas savoir qui a donné l'ordre.",
            "La directrice",
            ClaimKind::Statement,
        ),
        (
            "Les habitants disent vivre dans la peur.",
            "Les habitants",
            ClaimKind::Statement,
        ),
        (
            "Le ministre pense pouvoir conclure un accord.",
            "Le ministre",
            ClaimKind::Position,
        ),
        (
            "Le médecin se dit incapable de répondre.",
            "Le médecin",
            ClaimKind::Statement,
        ),
        (
            "Le projet est en retard, ce que soulignent les syndicats.",
            "les syndicats",
            ClaimKind::Statement,
        ),
        (
            "Un voisin leur assure que la voiture est partie vers le nord.",
            "Un voisin",
            ClaimKind::Statement,
        ),
        (
            "Les juges ont une nouvelle fois demandé la levée du secret.",
            "Les juges",
            ClaimKind::Call,
        ),
        (
            "Le ministre a vigoureusement dénoncé ces violences.",
            "Le ministre",
            ClaimKind::Position,
        ),
        (
            "La directrice réfute catégoriquement toute faute.",
            "La directrice",
            ClaimKind::Denial,
        ),
        (
            "Les États-Unis ont par ailleurs démenti toute implication.",
            "Les États-Unis",
            ClaimKind::Denial,
        ),
        (
            "L'enquête a conclu à un accident.",
            "L'enquête",
            ClaimKind::Statement,
        ),
        (
            "L'évêque insiste sur la solidarité.",
            "L'évêque",
            ClaimKind::Statement,
        ),
        (
            "Deux journalistes expliquent comment l'argent a circulé.",
            "Deux journalistes",
            ClaimKind::Statement,
        ),
        (
            "Paul Martin (PS) réclame alors une commission d'enquête.",
            "Paul Martin",
            ClaimKind::Call,
        ),
    ];
    for (sentence, speaker, kind) in cases {
        expect(sentence, speaker, *kind);
    }
    // Must not: « se dire » in a relative clause, « on dit », a negated comment, a modal
    // infinitive.
    for s in [
        "Un groupe qui se disait intéressé a disparu.",
        "Le ministère n'a pas réagi.",
        "La préfecture n'a pas confirmé l'information.",
        "Il est étrange de devoir constater que rien ne change.",
        "Ce qui se dit dans les couloirs reste secret.",
    ] {
        expect_none(s);
    }
}

/// Class 5: a closing straight quote alone between spaces, the quotation opened in an earlier
/// sentence: the verb after it is an incise.
#[test]
fn lone_closing_straight_quote() {
    let got = find_claims(&doc(&[
        "La directrice est formelle : \"Nous avons tout vérifié.",
        "Rien ne manque \" explique Claire Moreau.",
    ]));
    let last = got.last().expect("a claim");
    assert_eq!((last.segment, last.speaker.as_str()), (2, "Claire Moreau"));
}

/// Class 5 and 7: what stands between the verb and what it reports, and infinitives that
/// report nothing of their own.
#[test]
fn verb_and_what_it_reports() {
    let cases: &[(&str, &str, ClaimKind)] = &[
        (
            "Le maire répond dans un entretien au journal : « Nous ne céderons pas. »",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "La société annonce le lancement d'une nouvelle usine.",
            "La société",
            ClaimKind::Statement,
        ),
        (
            "Dans une lettre, le ministre affirmait lui-même que le projet était abandonné.",
            "le ministre",
            ClaimKind::Statement,
        ),
        (
            "Ce projet, comme devait conclure Jean Dupont, « n'a pas d'autre ambition ».",
            "Jean Dupont",
            ClaimKind::Statement,
        ),
    ];
    for (sentence, speaker, kind) in cases {
        expect(sentence, speaker, *kind);
    }
    // An adjunct between the verb and what it reports.
    expect(
        "Le ministre explique dans un entretien au Monde que la réforme est nécessaire.",
        "Le ministre",
        ClaimKind::Statement,
    );
    expect(
        "La maire estime, pour sa part, que le budget est tenu.",
        "La maire",
        ClaimKind::Position,
    );
    // The same verbs reporting: a clause, an incise, a quotation.
    expect(
        "« Tout est sous contrôle », a assuré le préfet.",
        "le préfet",
        ClaimKind::Statement,
    );
    expect(
        "L'Insee a relevé que les prix avaient baissé.",
        "L'Insee",
        ClaimKind::Statement,
    );
    expect(
        "Un proche a confié au Parisien que la famille était effondrée.",
        "Un proche",
        ClaimKind::Statement,
    );
    expect(
        "Le maire a répondu aux journalistes que rien n'était décidé.",
        "Le maire",
        ClaimKind::Statement,
    );
    expect(
        "Le président s'en est pris violemment aux syndicats.",
        "Le président",
        ClaimKind::Position,
    );
    expect(
        "Le Kremlin rejette catégoriquement ces accusations.",
        "Le Kremlin",
        ClaimKind::Denial,
    );
    expect(
        "« C'est de la désinformation », rejette le ministère.",
        "le ministère",
        ClaimKind::Denial,
    );
    // « ne pas exclure », « ne pas écarter »: a hedged statement.
    expect(
        "Le patron de la banque centrale n'exclut pas une nouvelle hausse des taux.",
        "Le patron de la banque centrale",
        ClaimKind::Statement,
    );
    expect(
        "Le ministre a exclu mardi tout recul sur la réforme.",
        "Le ministre",
        ClaimKind::Statement,
    );
    expect(
        "Le maire n'écartait pas cette hypothèse.",
        "Le maire",
        ClaimKind::Statement,
    );
    // A relative clause reports when it holds a clause or a colon (not « un film qui
    // raconte l'histoire »).
    expect(
        "Le mot du président, Luc Martin, qui rappelle la vocation du club : aider les jeunes.",
        "Luc Martin",
        ClaimKind::Statement,
    );
    // « qualifier X de Y », « requérir »
    expect(
        "Le Kremlin a qualifié ces livraisons de « provocation ».",
        "Le Kremlin",
        ClaimKind::Position,
    );
    expect(
        "Le parquet a requis cinq ans de prison contre le prévenu.",
        "Le parquet",
        ClaimKind::Call,
    );
    // (A feeling said of oneself is a position: `a_feeling_said_of_oneself_is_a_position`.)
    expect(
        "Les habitants interrogés se disent inquiets.",
        "Les habitants interrogés",
        ClaimKind::Position,
    );
    // Must not: a reporting verb with its object in a relative clause, an infinitive of
    // purpose, a refusal.
    for s in [
        "Tout le monde attendait le montant que le commissaire annoncerait.",
        "Pour expliquer ce retard, il faudra du temps.",
        "La direction a refusé de commenter.",
        "L'équipe s'est qualifiée de justesse pour la finale.",
        "Les documents requis pour le dossier sont en ligne.",
        "Le personnel qualifié manque.",
        "Il a tourné un film qui raconte l'histoire d'un boxeur.",
        "Le parti a exclu trois membres.",
        "Le texte dit entre autres choses beaucoup.",
        "Le chiffre dit autre chose.",
        "Le Conseil d'État a rejeté le recours des associations.",
        "Le Sénat a rejeté le texte en première lecture.",
        "La crise a pris à la gorge les éleveurs.",
        "Le candidat répond aux critères fixés par la loi.",
        "Les enquêteurs ont relevé des traces de sang.",
        "La police a assuré la sécurité du cortège.",
        "Le juge a confié le dossier à un collègue.",
        "L'équipe a déclaré forfait.",
        "Les élus ont observé une minute de silence.",
        "Rien ne justifie que le Conseil garde ce pouvoir.",
        "Cela explique que les prix montent.",
        "La police a écarté la foule.",
        "Le décret indique dans son annexe les conditions que les candidats remplissent.",
        "Ses poèmes ont une grâce qui rappelle la manière de Cats.",
    ] {
        expect_none(s);
    }
}

/// Class 5: an incise closing the sentence names who speaks, even when the main clause holds a
/// verb of saying of its own.
#[test]
fn a_closing_incise_names_the_speaker() {
    // (Its subject is credited too: layered attribution.)
    assert_eq!(
        claims(
            "L'Allemagne s'est engagée à atteindre cet objectif, a indiqué son ministre de la Défense."
        )
        .last()
        .map(|c| c.0.as_str()),
        Some("son ministre de la Défense")
    );
    // (A medium relays what the subject said: both, each for its part, as in
    // layered_tests.rs.)
    assert_eq!(
        claims("Le gouvernement a annoncé un plan de relance, affirme Le Monde."),
        [
            ("Le gouvernement".to_string(), ClaimKind::Statement),
            ("Le Monde".to_string(), ClaimKind::Statement)
        ]
    );
    // Must not: a participle or a clause after the comma is the same speaker going on.
    expect(
        "Le maire a annoncé sa démission, précisant que sa décision était irrévocable.",
        "Le maire",
        ClaimKind::Statement,
    );
}

/// Speaker kinds: a first name alone is a person.
#[test]
fn a_first_name_alone_is_a_person() {
    let got = find_claims(&doc(&[
        "« Mes enfants ne sortent plus le soir », confie Fatima.",
    ]));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].speaker_kind, SpeakerKind::Person);
}

/// Class 8: a present-tense incise closing a clause in the conditional: the claim is
/// unconfirmed; a modal or a past incise is not.
#[test]
fn an_incise_after_a_conditional_is_unconfirmed() {
    let c = find_claims(&doc(&[
        "L'incendie concernerait trois immeubles, indique la police.",
    ]));
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(c[0].unconfirmed, "{c:?}");
    for s in [
        "L'incendie pourrait s'étendre, indique la police.",
        "L'incendie a touché trois immeubles, indique la police.",
    ] {
        let c = find_claims(&doc(&[s]));
        assert_eq!(c.len(), 1, "{s}: {c:?}");
        assert!(!c[0].unconfirmed, "{s}: {c:?}");
    }
}

/// Class 8: unnamed people in the plural are people, not organizations.
#[test]
fn unnamed_people_in_the_plural() {
    for s in [
        "Des cheminots ont affirmé que la grève continuerait.",
        "Des soignants ont alerté sur la situation.",
    ] {
        let got = find_claims(&doc(&[s]));
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        assert_eq!(got[0].speaker_kind, SpeakerKind::Anonymous, "{s}");
    }
}

/// An incise the quotation marks enclose (« …, a déclaré X. … », « …, a-t-il ajouté, … »):
/// the incise names who speaks; a quoted verb that is no incise stays quoted.
#[test]
fn incise_inside_the_quotation_marks() {
    let cases: &[(&str, &str, ClaimKind)] = &[
        (
            "« Nous ne lâcherons rien sur les salaires, a déclaré Paul Girard. Le reste viendra ensuite. »",
            "Paul Girard",
            ClaimKind::Statement,
        ),
        (
            "« Ce qui nous inquiète, a expliqué la directrice de l'école, c'est le manque de places. »",
            "la directrice de l'école",
            ClaimKind::Statement,
        ),
        (
            "« La saison sera longue, a aussi prévenu l'entraîneur, et rien n'est joué. »",
            "l'entraîneur",
            ClaimKind::Warning,
        ),
    ];
    for (sentence, speaker, kind) in cases {
        expect(sentence, speaker, *kind);
    }
    // A quotation of several sentences with the incise in its middle: the sentence that
    // holds the incise is the claim.
    let article = doc(&[
        "« Le budget est bouclé, a assuré Jeanne Morel.",
        "Nous tiendrons nos engagements. »",
    ]);
    let got: Vec<(usize, String)> = find_claims(&article)
        .into_iter()
        .map(|c| (c.segment, c.speaker))
        .collect();
    assert_eq!(got, [(1, "Jeanne Morel".to_string())]);
    // Words of the quotation that only look like an incise: no claim of their own.
    expect_none("« Le club, a déclaré forfait trop souvent, ne mérite pas mieux. »");
    expect_none("« Mon voisin, qui a tout déclaré, attend toujours. »");
}

/// Class 7: verbs of saying in another sense (a fire breaking out, news that worries, a
/// question asked, condolences, what was not specified, someone who will testify).
#[test]
fn senses_that_report_nothing() {
    for sentence in [
        "Un incendie s'est déclaré dans la nuit dans un entrepôt de Rungis.",
        "Un feu de broussailles s'est déclaré mardi près du village.",
        // (« La fermeture de l'usine inquiète les habitants du quartier » gives no claim of
        // the closure; since session 21 it is the inhabitants' position, a group's feeling
        // narrated: `narrated_stance_tests::a_group_stirred_by_something_holds_the_feeling`.)
        "Cette victoire réjouit les supporters du club.",
        "Les clubs de la région ont exprimé leurs condoléances à la famille.",
        "Le gendarme a demandé s'il pouvait entrer dans la maison.",
        "La mairie n'a pas précisé le montant des travaux.",
        "Le juge entendra demain la voisine qui témoignera sous serment.",
    ] {
        expect_none(sentence);
    }
    let cases: &[(&str, &str, ClaimKind)] = &[
        (
            "Le ministre s'est déclaré favorable à une baisse des taxes.",
            "Le ministre",
            ClaimKind::Statement,
        ),
        (
            "Les riverains s'inquiètent de la hausse du bruit.",
            "Les riverains",
            ClaimKind::Position,
        ),
        (
            "Le préfet a demandé aux maires de fermer les écoles.",
            "Le préfet",
            ClaimKind::Call,
        ),
    ];
    for (sentence, speaker, kind) in cases {
        expect(sentence, speaker, *kind);
    }
}

/// Class 5: what may stand inside a verb group (an aside between commas, « lui-même »,
/// « en effet », a time word before the particle) and verbs that lead the cue (« est venu
/// dire », « vient d'annoncer »).
#[test]
fn inside_the_verb_group() {
    let cases: &[(&str, &str, ClaimKind)] = &[
        (
            "Le maire a, par ailleurs, expliqué que les travaux dureront un an.",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "Le joueur a lui-même évoqué un départ en fin de saison.",
            "Le joueur",
            ClaimKind::Statement,
        ),
        (
            "« Nous n'avons rien caché », avait en effet déclaré le ministre.",
            "le ministre",
            ClaimKind::Statement,
        ),
        (
            "« Nous restons ouverts au dialogue », est venu dire le directeur.",
            "le directeur",
            ClaimKind::Statement,
        ),
        (
            "Le préfet vient d'annoncer que les routes sont fermées.",
            "Le préfet",
            ClaimKind::Statement,
        ),
        (
            "Le maire a appelé lundi les habitants à la prudence.",
            "Le maire",
            ClaimKind::Call,
        ),
    ];
    for (sentence, speaker, kind) in cases {
        expect(sentence, speaker, *kind);
    }
    // An aside after something else than an auxiliary is no verb group.
    expect_none("Le maire, par ailleurs, dit mal les noms.");
}

/// Class 5: an outcry in an incise, an insinuation.
#[test]
fn outcries_and_insinuations() {
    let cases: &[(&str, &str, ClaimKind)] = &[
        (
            "« C'est une honte ! », a hurlé un manifestant.",
            "un manifestant",
            ClaimKind::Statement,
        ),
        (
            "« Rendez-nous nos emplois ! », crient les grévistes.",
            "les grévistes",
            ClaimKind::Statement,
        ),
        (
            "La députée a laissé entendre que le budget serait revu.",
            "La députée",
            ClaimKind::Statement,
        ),
    ];
    for (sentence, speaker, kind) in cases {
        expect(sentence, speaker, *kind);
    }
    expect_none("Le chien a hurlé toute la nuit.");
    expect_none("Le gardien a laissé entrer les visiteurs.");
}

/// Class 8: the kind a verb takes where it stands (« soutient que » maintains, « soutient le
/// projet » supports; « estime à » estimates; « a réitéré sa demande » calls).
#[test]
fn kind_in_context() {
    let cases: &[(&str, &str, ClaimKind)] = &[
        (
            "Le ministre soutient que la dette est maîtrisée.",
            "Le ministre",
            ClaimKind::Statement,
        ),
        (
            "« La dette est maîtrisée », soutient le ministre.",
            "le ministre",
            ClaimKind::Statement,
        ),
        (
            "Le syndicat soutient le projet de loi.",
            "Le syndicat",
            ClaimKind::Position,
        ),
        (
            "Le syndicat estime à 3 000 le nombre de manifestants.",
            "Le syndicat",
            ClaimKind::Statement,
        ),
        (
            "Le syndicat estime que la réforme est injuste.",
            "Le syndicat",
            ClaimKind::Position,
        ),
        (
            "Le député a réitéré sa demande d'une commission d'enquête.",
            "Le député",
            ClaimKind::Call,
        ),
        (
            "L'association a exprimé son inquiétude face aux coupures.",
            "L'association",
            ClaimKind::Position,
        ),
    ];
    for (sentence, speaker, kind) in cases {
        expect(sentence, speaker, *kind);
    }
}

/// « contester » an act or a decision (a sanction, a penalty, one's dismissal, a vote) challenges
/// it: a stance (wire64, wire65's writers); contesting what was said, counted or imputed (« les
/// accusations », « les chiffres », « les faits », « toute faute »), « contester avoir … » and an
/// incise after a quotation deny.
#[test]
fn contesting_an_act_is_a_stance() {
    for sentence in [
        "Le maire conteste la fermeture de la piscine municipale.",
        "Le maire a vivement contesté l'arrêté préfectoral.",
        "Le maire contestait déjà le tracé de la rocade.",
        "Le maire contestera la suppression du bureau de poste devant le Conseil d'État.",
    ] {
        expect(sentence, "Le maire", ClaimKind::Position);
    }
    expect(
        "Les deux skieuses contestent leur disqualification.",
        "Les deux skieuses",
        ClaimKind::Position,
    );
    expect(
        "La gardienne, qui conteste son licenciement, a saisi les prud'hommes.",
        "La gardienne",
        ClaimKind::Position,
    );
    expect(
        "L'opposition a quitté l'hémicycle, contestant le résultat du vote.",
        "L'opposition",
        ClaimKind::Position,
    );
    expect(
        "La sanction, contestée par les joueuses, a été maintenue.",
        "les joueuses",
        ClaimKind::Position,
    );
    expect(
        "Ces accusations, contestées par le maire, visent son adjoint.",
        "le maire",
        ClaimKind::Denial,
    );
    // (Review B9: only the noun the participle qualifies, not « en fait », « du fait de ».)
    expect(
        "En fait, la réforme contestée par les syndicats entre en vigueur lundi.",
        "les syndicats",
        ClaimKind::Position,
    );
    expect(
        "Du fait de la grève contestée par la direction, les trains restent à quai.",
        "la direction",
        ClaimKind::Position,
    );
    expect(
        "La décision du conseil, contestée par les riverains, sera examinée lundi.",
        "les riverains",
        ClaimKind::Position,
    );
    // (Review 3 B56: an object relative set off by commas, its subject inverted: what is
    // contested is the antecedent.)
    expect(
        "La sanction, que contestent les joueuses, a été maintenue.",
        "les joueuses",
        ClaimKind::Position,
    );
    expect(
        "Le rapport, que conteste le ministère, sera publié lundi.",
        "le ministère",
        ClaimKind::Denial,
    );
    expect(
        "La réforme, que dénoncent les syndicats, entre en vigueur lundi.",
        "les syndicats",
        ClaimKind::Position,
    );
    // (Review 3 B45: only the head of the complement chain is tested, not a figure or a
    // study its complement names.)
    for (sentence, speaker) in [
        (
            "La réforme des statistiques, contestée par les syndicats, entre en vigueur lundi.",
            "les syndicats",
        ),
        (
            "La collecte des données, contestée par la Cnil, sera suspendue.",
            "la Cnil",
        ),
        (
            "Le financement de l'étude, contesté par l'opposition, sera voté lundi.",
            "l'opposition",
        ),
        (
            "La publication des chiffres, contestée par les syndicats, aura lieu lundi.",
            "les syndicats",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    // (Review B25: the noun the participle qualifies past its complement, « de la préfecture »,
    // « des autorités », « de l'Insee », « du ministère de l'Intérieur ».)
    for (sentence, speaker) in [
        (
            "Les chiffres de la préfecture, contestés par les syndicats, font état de 3 000 manifestants.",
            "les syndicats",
        ),
        (
            "L'étude de l'Insee contestée par les économistes sera publiée lundi.",
            "les économistes",
        ),
        (
            "Le bilan des autorités, contesté par l'opposition, fait état de douze morts.",
            "l'opposition",
        ),
        (
            "Les estimations du ministère de l'Intérieur, contestées par les associations, seront révisées.",
            "les associations",
        ),
        // (Review 2's own probe, review 3 B47: « le patronat » is a body.)
        (
            "L'étude de l'Insee contestée par le patronat sera publiée lundi.",
            "le patronat",
        ),
        (
            "Le rapport, contesté par les syndicats, sera publié lundi.",
            "les syndicats",
        ),
        // (Review 3 B55: past the passive auxiliary and an adverb.)
        (
            "Les chiffres de la préfecture sont contestés par les syndicats.",
            "les syndicats",
        ),
        (
            "Le bilan officiel a été contesté par l'opposition.",
            "l'opposition",
        ),
        (
            "Ces estimations sont vivement contestées par les associations.",
            "les associations",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Denial);
    }
    for (sentence, speaker) in [
        (
            "La réforme est contestée par les syndicats.",
            "les syndicats",
        ),
        (
            "La décision a été très contestée par les riverains.",
            "les riverains",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    // (Review B21: someone else's presence, part or role contested is challenged, a stance.)
    for (sentence, speaker) in [
        (
            "Les riverains contestent la présence d'une antenne relais près de l'école.",
            "Les riverains",
        ),
        (
            "Les parents contestent la présence de caméras dans les classes.",
            "Les parents",
        ),
        (
            "Le syndicat conteste la participation de la France au sommet.",
            "Le syndicat",
        ),
        (
            "La mairie conteste le rôle de la préfecture dans ce dossier.",
            "La mairie",
        ),
        (
            "L'opposition conteste le rôle de l'armée dans la transition.",
            "L'opposition",
        ),
        (
            "Les élus ont contesté la présence des forces de l'ordre au conseil municipal.",
            "Les élus",
        ),
        (
            "La fédération contestait la participation des clubs russes au tournoi.",
            "La fédération",
        ),
        // (Review 3 B46: a defendant contesting someone else's part challenges it.)
        (
            "Le prévenu conteste le rôle de la police dans l'enquête.",
            "Le prévenu",
        ),
        (
            "Les suspects contestent la présence policière dans le quartier.",
            "Les suspects",
        ),
        (
            "L'avocat du prévenu conteste le rôle des enquêteurs.",
            "L'avocat du prévenu",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for (sentence, speaker) in [
        (
            "Le maire conteste les accusations de favoritisme.",
            "Le maire",
        ),
        (
            "Le maire a contesté les chiffres de la préfecture.",
            "Le maire",
        ),
        // (Review 3 R41: a plural adjective before the noun, « les derniers chiffres ».)
        (
            "Le maire conteste les derniers chiffres du chômage.",
            "Le maire",
        ),
        (
            "Le syndicat conteste les nouveaux chiffres de la préfecture.",
            "Le syndicat",
        ),
        (
            "Le gérant conteste les faits qui lui sont reprochés.",
            "Le gérant",
        ),
        ("La joueuse conteste toute faute.", "La joueuse"),
        ("Le suspect conteste avoir frappé le vigile.", "Le suspect"),
        // (Review B3: an act one is charged with, or one's part in it, is denied.)
        (
            "Le suspect conteste le meurtre de sa compagne.",
            "Le suspect",
        ),
        (
            "L'accusé conteste sa présence sur les lieux du crime.",
            "L'accusé",
        ),
        (
            "Le prévenu conteste les violences qui lui sont reprochées.",
            "Le prévenu",
        ),
        ("« Je n'y étais pas », conteste le suspect.", "le suspect"),
        // (One's own part, a part charged, or any part a defendant contests: denied.)
        (
            "Les deux frères contestent leur rôle dans l'agression.",
            "Les deux frères",
        ),
        (
            "La gérante conteste sa participation au montage financier.",
            "La gérante",
        ),
        (
            "L'élu conteste la participation qui lui est reprochée.",
            "L'élu",
        ),
        (
            "La prévenue a contesté la présence de son ADN sur l'arme.",
            "La prévenue",
        ),
        (
            "L'avocat du mis en examen conteste le rôle de son client.",
            "L'avocat du mis en examen",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Denial);
    }
}

/// Classes 5 and 7: a stance verb closing a title, a time word before the object, « a elle
/// relevé », « revendiquer », « faire grief », « comme l'en a accusé X »; the journalist's
/// « Rappelons que » and a company that « accuse une baisse » claim nothing.
#[test]
fn titles_asides_and_figures() {
    let cases: &[(&str, &str, ClaimKind)] = &[
        ("Le Kremlin dément", "Le Kremlin", ClaimKind::Denial),
        (
            "Le sénateur déplora mardi un budget « sans ambition ».",
            "Le sénateur",
            ClaimKind::Position,
        ),
        (
            "La déléguée syndicale a elle relevé que les embauches restent rares.",
            "La déléguée syndicale",
            ClaimKind::Statement,
        ),
        (
            "Les deux candidats revendiquent la victoire.",
            "Les deux candidats",
            ClaimKind::Statement,
        ),
    ];
    for (sentence, speaker, kind) in cases {
        expect(sentence, speaker, *kind);
    }
    let got = claims("Le voisin nie tout vol, comme l'en a accusé la gardienne.");
    assert_eq!(
        got,
        [
            ("Le voisin".to_string(), ClaimKind::Denial),
            ("la gardienne".to_string(), ClaimKind::Position),
        ]
    );
    expect_none("Rappelons que la société a été condamnée en première instance.");
    expect_none("Le groupe accuse une baisse de 3 % de son chiffre d'affaires.");
    expect_none("Le marché dément.");
}

/// A stance verb closing a headline after a common noun that can speak (« La police dément »,
/// a topic before a colon or not, with or without a final stop) is its subject's claim; a noun
/// that cannot speak, an adjective « dément » or a deed makes none.
#[test]
fn a_stance_verb_closing_a_headline_after_a_speaking_noun() {
    let cases: &[(&str, &str, ClaimKind)] = &[
        ("La gendarmerie dément", "La gendarmerie", ClaimKind::Denial),
        (
            "Le gouvernement dément.",
            "Le gouvernement",
            ClaimKind::Denial,
        ),
        (
            "Fermeture de l'usine : la mairie dément",
            "la mairie",
            ClaimKind::Denial,
        ),
        ("Le parquet conteste", "Le parquet", ClaimKind::Denial),
        ("La direction regrette", "La direction", ClaimKind::Position),
        (
            "Hausse des loyers : le ministère dément formellement",
            "le ministère",
            ClaimKind::Denial,
        ),
    ];
    for (sentence, speaker, kind) in cases {
        expect(sentence, speaker, *kind);
    }
    for sentence in [
        "Un rythme dément",
        "Le scénario est dément",
        "Le marché dément.",
        "Le maire inaugure le nouveau pont",
        "Le gouvernement recule",
        "Chaleur : un été dément",
    ] {
        expect_none(sentence);
    }
}

/// A headline that credits its words in brackets closing it (session 19: « … (porte-parole) »,
/// « « … » (X) ») is the claim of the person or role in the brackets, a call when the words open
/// on an infinitive; brackets that hold an acronym, a medium, a place or a picture credit, or
/// that gloss a name, or that follow a noun phrase with no verb, make none.
#[test]
fn a_headline_credited_in_brackets() {
    let cases: &[(&str, &str, ClaimKind)] = &[
        (
            "Toute provocation sera sévèrement punie (porte-parole)",
            "porte-parole",
            ClaimKind::Statement,
        ),
        (
            "« Nous ne céderons rien » (Durand)",
            "Durand",
            ClaimKind::Statement,
        ),
        (
            "Relancer le dialogue sans délai (ministre)",
            "ministre",
            ClaimKind::Call,
        ),
        (
            "Nous ne reculerons pas devant la menace (président)",
            "président",
            ClaimKind::Statement,
        ),
        (
            "Économie : le pays sortira plus fort de la crise (Lagarde)",
            "Lagarde",
            ClaimKind::Statement,
        ),
        (
            "Les hôpitaux sont à bout (ministre de la Santé)",
            "ministre de la Santé",
            ClaimKind::Statement,
        ),
        // A place before the brackets is glossed by nothing (rv2 B3).
        (
            "Nous ne laisserons jamais tomber la Corse (Macron)",
            "Macron",
            ClaimKind::Statement,
        ),
        (
            "L'Ukraine ne cédera rien à la Russie (ministre)",
            "ministre",
            ClaimKind::Statement,
        ),
    ];
    for (sentence, speaker, kind) in cases {
        expect(sentence, speaker, *kind);
    }
    for sentence in [
        "Un élu du Parti socialiste démissionne (PS)",
        "Attaque meurtrière dans le nord du pays (Mali)",
        "Le bilan s'alourdit encore (AFP)",
        "Le maire inaugure le nouveau pont (photo)",
        "Le nouveau gouvernement de Jean Dupont (Premier ministre)",
        "Nous avons reçu Marie Dupont (directrice)",
        "Les négociations reprennent à Genève (Suisse)",
        // A one-word surname glossed by a role.
        "Le Sénat rejette l'amendement déposé par Dupont (rapporteur)",
        "Le texte a été défendu par Martin (porte-parole)",
        "La motion est signée par Leroy (président)",
    ] {
        expect_none(sentence);
    }
}

/// An unnamed source heading its quoted words with a colon (« Une source sécuritaire : « … » »,
/// « Des riverains : « … » ») is that source's claim, as a named one is; a heading that names an
/// event, a place or a time, or a bare noun, is none.
#[test]
fn an_unnamed_source_heading_its_quoted_words() {
    for (sentence, speaker) in [
        (
            "Une source sécuritaire : « Les assaillants étaient nombreux »",
            "Une source sécuritaire",
        ),
        (
            "Des riverains : « Nous n'avons rien entendu cette nuit »",
            "Des riverains",
        ),
        (
            "Un proche de la famille : « Il était très apprécié de tous »",
            "Un proche de la famille",
        ),
        (
            "Des témoins : « On a vu les flammes de loin »",
            "Des témoins",
        ),
        (
            "Les habitants du quartier : « Nous avons eu très peur »",
            "Les habitants du quartier",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Un drame à Lyon : « Nous sommes sous le choc »",
        "Des inondations en Bretagne : « Tout est sous l'eau »",
        "Une nuit d'angoisse : « Nous avons cru mourir »",
        "Un an après le séisme : « Rien n'a changé ici »",
        "Témoins : « On a vu les flammes de loin »",
    ] {
        expect_none(sentence);
    }
}

/// A headline opening on a quotation with a verb, then a colon and a clause whose subject
/// speaks (« « Nous ne lâcherons rien » : les syndicats maintiennent la grève ») gives the
/// quotation to that subject, whatever the clause's verb; a quoted name or title before the
/// colon (« « Opération Sentinelle » : … ») gives none.
#[test]
fn a_quotation_heading_a_clause_is_its_subjects() {
    for (sentence, speaker) in [
        (
            "« Nous ne lâcherons rien » : les syndicats maintiennent la grève",
            "les syndicats",
        ),
        (
            "« Nous irons jusqu'au bout » : la ministre maintient sa réforme",
            "la ministre",
        ),
        (
            "« On ne nous écoute pas » : les agriculteurs bloquent l'autoroute",
            "les agriculteurs",
        ),
        (
            "« Il faut tout reconstruire » : à Mayotte, le préfet visite les quartiers",
            "le préfet",
        ),
        (
            "« Je paie aussi les factures » : le colonel Jean Dupont rencontre les usagers",
            "Jean Dupont",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "« Les Misérables » : le film fait un carton",
        "« Opération Sentinelle » : l'armée se retire du pays",
        "« La Guerre des étoiles » : le nouveau film sort en salle",
        "« Zéro artificialisation nette » : la loi entre en vigueur",
        "« Le Rouge et le Noir » : la pièce triomphe à Paris",
    ] {
        expect_none(sentence);
    }
}

/// Class 8: what the article does not vouch for (« on », « il semblerait que »), and what it
/// does (« On s'était dit … », a expliqué Paul: Paul speaks; media it does not name speaking
/// in their own right, session 14).
#[test]
fn unconfirmed_by_the_article() {
    let flags = |sentence: &str| -> Vec<(String, bool)> {
        find_claims(&doc(&[sentence]))
            .into_iter()
            .map(|c| (c.speaker, c.unconfirmed))
            .collect()
    };
    let hedged = |sentence: &str| {
        let got = flags(sentence);
        assert!(
            !got.is_empty() && got.iter().all(|(_, u)| *u),
            "{sentence}: {got:?}"
        );
    };
    hedged("Le stade devait rouvrir en mars, pensait-on.");
    hedged("Il semblerait que l'incendie soit parti de la cuisine, a-t-il précisé.");
    assert_eq!(
        flags("On s'était dit : « Nous irons jusqu'au bout », a expliqué Paul Girard."),
        [("Paul Girard".to_string(), false)]
    );
    assert_eq!(
        flags("Le suspect a été arrêté à Lyon, selon Le Monde."),
        [("Le Monde".to_string(), false)]
    );
    assert_eq!(
        flags("Le suspect a été arrêté à Lyon, selon des médias."),
        [("des médias".to_string(), false)]
    );
    assert_eq!(
        flags("Plusieurs médias affirment que le ministre va démissionner."),
        [("Plusieurs médias".to_string(), false)]
    );
}

/// Class 8, session 14 convention: a source the article does not name (« une source
/// judiciaire », « des responsables de la sécurité », « l'entourage du ministre », « des
/// médias ») is unconfirmed only when the article hedges the claim (journalistic conditional),
/// when it relays another speaker's claim (layered attribution) or when the article knows it
/// only through media citing it; speaking in its own right, it is not.
#[test]
fn an_unnamed_source_is_unconfirmed_only_when_hedged_or_layered() {
    let flags = |sentence: &str| -> Vec<(String, bool)> {
        find_claims(&doc(&[sentence]))
            .into_iter()
            .map(|c| (c.speaker.to_lowercase(), c.unconfirmed))
            .collect()
    };
    let unconfirmed = |sentence: &str, who: &str| {
        let got = flags(sentence);
        assert!(
            got.iter().any(|(s, u)| s.starts_with(who) && *u),
            "{sentence}: {got:?}"
        );
    };
    let vouched = |sentence: &str, who: &str| {
        let got = flags(sentence);
        assert!(
            got.iter().any(|(s, _)| s.starts_with(who))
                && got.iter().all(|(s, u)| !s.starts_with(who) || !*u),
            "{sentence}: {got:?}"
        );
    };
    // Must: the article's conditional, a relay of a layered attribution, a source cited by
    // media.
    unconfirmed(
        "Selon une source proche de l'enquête, le suspect aurait avoué.",
        "une source proche",
    );
    unconfirmed(
        "Le maire a promis une enquête, selon une source municipale.",
        "une source municipale",
    );
    unconfirmed(
        "Le ministre a affirmé qu'il ne céderait pas, a indiqué mercredi un responsable du parti.",
        "un responsable du parti",
    );
    unconfirmed(
        "Le Figaro publie une enquête citant des responsables anonymes qui affirment que l'usine fermera.",
        "des responsables anonymes",
    );
    unconfirmed(
        "Le club aurait trouvé un repreneur, selon des médias.",
        "des médias",
    );
    // Must not: the same sources speaking in their own right, whatever the verb, the word
    // order or the adverbs and dates between.
    vouched(
        "Une source judiciaire a fait état de trois interpellations.",
        "une source judiciaire",
    );
    vouched(
        "Selon une source proche de l'enquête, le suspect a reconnu les faits.",
        "une source proche",
    );
    vouched(
        "Le suspect a été interpellé lundi à Lyon, a précisé une source policière.",
        "une source policière",
    );
    vouched(
        "Mardi, un responsable de la sécurité a affirmé à l'AFP que les deux hommes se connaissaient.",
        "un responsable",
    );
    vouched(
        "Les mêmes sources révèlent que la centrale a été réparée dans la nuit.",
        "les mêmes sources",
    );
    vouched(
        "D'après l'entourage du ministre, la réforme sera présentée en juin.",
        "l'entourage",
    );
    vouched(
        "Plusieurs chaînes de télévision ont rapporté que trois soldats ont été tués.",
        "plusieurs chaînes",
    );
    vouched(
        "Des témoins ont raconté que le camion roulait très vite.",
        "des témoins",
    );
}

/// Class 8: a conditional under « si » + an imperfect or a pluperfect is the unreal (what
/// would follow), not the article's hedge: no `u`; the journalistic conditional keeps it.
#[test]
fn the_conditional_of_a_hypothesis_is_no_hedge() {
    let u = |sentence: &str| -> Vec<bool> {
        find_claims(&doc(&[sentence]))
            .into_iter()
            .map(|c| c.unconfirmed)
            .collect()
    };
    for s in [
        "Selon le maire, la digue aurait cédé si l'eau était montée plus haut.",
        "Si le projet aboutissait, il créerait 200 emplois, affirme le syndicat.",
        "D'après la ministre, s'ils étaient restés, les diplomates auraient été en danger.",
    ] {
        assert_eq!(u(s), [false], "{s}");
    }
    // Must not: the article's hedge, beside a reflexive « s' » or a « si » of degree.
    for s in [
        "Selon la police, l'incendie aurait fait trois morts.",
        "Selon le maire, l'usine aurait fermé et les salariés s'étaient mis en grève.",
        "Selon la police, le feu aurait été si violent que les pompiers ont reculé.",
    ] {
        assert_eq!(u(s), [true], "{s}");
    }
}

/// Class 8: « soutient, …, que » maintains; « faire grief » reproaches.
#[test]
fn maintaining_and_reproaching() {
    expect(
        "La dette est maîtrisée a soutenu, hier, le ministre des Finances.",
        "le ministre des Finances",
        ClaimKind::Statement,
    );
    expect(
        "Le parti lui faisait grief d'avoir voté contre le budget.",
        "Le parti",
        ClaimKind::Position,
    );
}

/// Class 5: « selon » a document credited to its author (« un bilan annoncé par X »: X is
/// the source), or a document alone (« selon un nouveau bilan »).
#[test]
fn selon_a_document_and_its_author() {
    expect(
        "Dix personnes ont été blessées, selon un nouveau bilan annoncé par le préfet.",
        "le préfet",
        ClaimKind::Statement,
    );
    expect(
        "Le chômage a reculé, selon des chiffres publiés par l'Insee.",
        "l'Insee",
        ClaimKind::Statement,
    );
    expect(
        "Dix personnes ont été blessées, selon un nouveau bilan.",
        "un nouveau bilan",
        ClaimKind::Statement,
    );
    // A participle without an agent leaves the document as the source.
    expect(
        "Le chômage a reculé, selon des chiffres publiés mardi.",
        "des chiffres publiés mardi",
        ClaimKind::Statement,
    );
}

/// Class 5: « apporter un démenti » past an aside, « se présenter comme »; not « présente le
/// budget » nor « apporte son aide ».
#[test]
fn denial_phrases_and_self_descriptions() {
    expect(
        "Le général a apporté, sur une radio nationale, un démenti au communiqué des rebelles.",
        "Le général",
        ClaimKind::Denial,
    );
    expect(
        "La candidate se présente comme « la voix des oubliés ».",
        "La candidate",
        ClaimKind::Statement,
    );
    expect_none("Le ministre présente le budget comme chaque année.");
    expect_none("La mairie apporte son aide aux sinistrés.");
}

#[test]
fn what_may_be_said_or_a_so_called_name_is_no_claim() {
    expect_none("Les locataires pourront contester la décision dans un délai de deux mois.");
    expect_none("Le propriétaire se verra demander de quitter les lieux.");
    expect_none("Le ministre devrait annoncer sa décision lundi.");
    expect_none("Il s'agit d'un amendement à la loi dite « Sur la presse ».");
    expect_none("Le sénateur Paul Durand a concédé la victoire à son adversaire.");
    // Must: the present of the same verbs, and « dit » as a verb, still report (a decision
    // contested, a stance: `contesting_an_act_is_a_stance`).
    expect(
        "Les locataires contestent la décision du bailleur.",
        "Les locataires",
        ClaimKind::Position,
    );
    expect(
        "Le maire dit que la loi dite « Sur la presse » est injuste.",
        "Le maire",
        ClaimKind::Statement,
    );
}

#[test]
fn sources_introduced_by_selon() {
    expect(
        "Selon d'autres témoignages, les soldats ont tiré.",
        "d'autres témoignages",
        ClaimKind::Statement,
    );
    expect(
        "La pluie devrait durer deux jours selon les prévisionnistes.",
        "les prévisionnistes",
        ClaimKind::Statement,
    );
    expect(
        "Selon un rapport établi par l'Insee, la crise a touché les ménages.",
        "l'Insee",
        ClaimKind::Statement,
    );
    // Must not: « selon » a rule or a measure.
    expect_none("Les places sont attribuées selon d'autres critères.");
}

#[test]
fn a_clitic_before_the_verb_is_no_part_of_the_subject() {
    expect(
        "Les chercheurs en ont conclu que les abeilles étaient malades.",
        "Les chercheurs",
        ClaimKind::Statement,
    );
}

/// Group 1 of the session-7 misses: verbs of describing (« décrire / présenter X comme »),
/// of showing (« montrer / démontrer que », « pointer du doigt »), of finding out (« s'est
/// aperçu que », « s'est rendu compte que »), forecasts (« prévoit que »), « mettre / remettre
/// en cause, en doute, en question, en évidence », and passé simple forms (« admit »).
#[test]
fn verbs_of_describing_showing_and_finding() {
    let cases = [
        (
            "Le juge a décrit la scène comme « un carnage ».",
            "Le juge",
            ClaimKind::Position,
        ),
        (
            "La ministre l'a décrit comme un homme « courageux ».",
            "La ministre",
            ClaimKind::Position,
        ),
        (
            "L'opposition présente la réforme comme une trahison.",
            "L'opposition",
            ClaimKind::Position,
        ),
        (
            "Une enquête de l'Ifop montre que les Français doutent de la réforme.",
            "Une enquête de l'Ifop",
            ClaimKind::Statement,
        ),
        (
            "Le rapport démontre que les fonds ont été détournés.",
            "Le rapport",
            ClaimKind::Statement,
        ),
        (
            "Le ministre montre aux élus que le budget est tenu.",
            "Le ministre",
            ClaimKind::Statement,
        ),
        (
            "Les syndicats pointent du doigt la politique salariale.",
            "Les syndicats",
            ClaimKind::Position,
        ),
        (
            "Le service de prévision prévoit que les pluies cesseront jeudi.",
            "Le service de prévision",
            ClaimKind::Statement,
        ),
        (
            "Les enquêteurs se sont aperçus que la porte avait été forcée.",
            "Les enquêteurs",
            ClaimKind::Statement,
        ),
        (
            "Le médecin s'est rendu compte que le dossier était incomplet.",
            "Le médecin",
            ClaimKind::Statement,
        ),
        (
            "Les élus ont remis en question l'utilité du projet.",
            "Les élus",
            ClaimKind::Position,
        ),
        (
            "Le syndicat met en cause la direction de l'usine.",
            "Le syndicat",
            ClaimKind::Position,
        ),
        (
            "Le rapport a mis en évidence des failles de sécurité.",
            "Le rapport",
            ClaimKind::Statement,
        ),
        (
            "La romancière admit que le livre devait beaucoup à sa mère.",
            "La romancière",
            ClaimKind::Statement,
        ),
        (
            "Le général promit que les troupes rentreraient avant l'hiver.",
            "Le général",
            ClaimKind::Statement,
        ),
    ];
    for (sentence, speaker, kind) in cases {
        expect(sentence, speaker, kind);
    }
}

/// What these verbs do when they report nothing: a participle describing a noun, « comme »
/// telling how or when, a fact or an instrument that shows, a plan that provides, a person
/// put in question by others, going somewhere.
#[test]
fn describing_and_showing_without_a_speaker() {
    for sentence in [
        "Un homme décrit comme dangereux a été arrêté à la frontière.",
        "Le guide décrit le chemin comme prévu.",
        "Les ventes ont encore baissé, ce qui montre que la crise dure.",
        "Une radiographie a montré que la fracture était guérie.",
        "Le garde forestier nous montre le chemin de la cabane.",
        "Le projet prévoit la construction de deux ponts.",
        "La loi prévoit que les locataires soient prévenus un mois avant.",
        "Le député mis en cause dans l'affaire a quitté le parti.",
        "Il s'est rendu à Lyon mardi.",
        "La montre du champion a été vendue aux enchères.",
    ] {
        expect_none(sentence);
    }
}

/// « …, pensait le philosophe. »: a verb that needs « que » reports the sentence before it in
/// a closing incise; impersonal advice in the conditional (« il vaudrait mieux », « il serait
/// plus sage de ») is the speaker's view, not the article's hedge.
#[test]
fn a_closing_incise_of_thinking_and_impersonal_advice() {
    let found = find_claims(&doc(&[
        "Il serait plus sage de reporter le voyage, pensait le capitaine.",
    ]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker, "le capitaine");
    assert!(!found[0].unconfirmed);
    let hedged = find_claims(&doc(&[
        "Le navire serait perdu au large, indique le capitaine.",
    ]));
    assert_eq!(hedged.len(), 1, "{hedged:?}");
    assert!(hedged[0].unconfirmed);
}

/// Group 7: a gerund or an adverbial of several words between the verb and its « que ».
#[test]
fn a_gerund_or_an_adverbial_before_que() {
    for (sentence, speaker) in [
        (
            "L'entraîneur déclare en quittant le terrain que l'équipe a manqué de rigueur.",
            "L'entraîneur",
        ),
        (
            "Le chercheur précise tout de même que l'échantillon reste petit.",
            "Le chercheur",
        ),
        (
            "La trésorière rappelle quand même que le budget est serré.",
            "La trésorière",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("Le guide explique en souriant.");
    expect_none("Le guide a tout de même trouvé le chemin.");
}

/// Group 5: « du point de vue de X », « aux yeux de X », « de l'avis de X » give X's view;
/// not a point of view that is no one (« du point de vue technique », « aux yeux de tous »).
#[test]
fn whose_point_of_view() {
    for (sentence, speaker) in [
        (
            "Du point de vue de la ministre, la réforme est nécessaire.",
            "la ministre",
        ),
        (
            "Aux yeux des experts, la digue ne tiendra pas l'hiver.",
            "les experts",
        ),
        (
            "De l'avis de son avocat, le dossier est vide.",
            "son avocat",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Du point de vue technique, le pont est solide.",
        "Aux yeux de tous, la fête fut belle.",
        "De l'avis général, la saison a été bonne.",
    ] {
        expect_none(sentence);
    }
}

/// « être convaincu / persuadé que », « être d'avis que »: a view; not « un homme convaincu
/// de fraude », « a été convaincu par », « a persuadé les jurés », nor the impersonal « il est
/// certain que ».
#[test]
fn being_convinced_or_of_the_view() {
    for (sentence, speaker) in [
        ("Le maire est convaincu que le projet aboutira.", "Le maire"),
        (
            "Les ingénieurs sont persuadés que le pont tiendra.",
            "Les ingénieurs",
        ),
        (
            "La juge est d'avis que le dossier doit être rouvert.",
            "La juge",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Un homme convaincu de fraude a été condamné hier.",
        "Le public a été convaincu par le spectacle.",
        "L'avocat a persuadé les jurés.",
        "Le comité a rendu un avis d'expert sur le dossier.",
    ] {
        expect_none(sentence);
    }
}

/// Group 3: senses and forms that report nothing — the noun « alerte » of a headline, calling
/// the rescue services, recognising a status, endorsing a candidacy, what someone says as a
/// topic (« Ce qu'il dit »), a second-person form that is an adjective, what one is able to
/// propose. The same verbs still report a warning, an admission, a stance.
#[test]
fn senses_of_alerting_recognising_and_supporting() {
    for sentence in [
        "France : alerte à la canicule dans le Sud",
        "Les voisins ont alerté les pompiers vers minuit.",
        "Les députés reconnaissent le Kosovo comme un État souverain.",
        "La maire soutient la candidature de son adjoint.",
        "Ce qu'il dit et ce qu'il fait, c'est la même chose.",
        "Les mesures présentées par le bureau n'étaient pas assez précises pour que le conseil tranche.",
        "Les deux clubs peuvent proposer de rejouer le match.",
    ] {
        expect_none(sentence);
    }
    expect(
        "Les médecins alertent les autorités sur les risques de la chaleur.",
        "Les médecins",
        ClaimKind::Warning,
    );
    expect(
        "Le ministre a reconnu que la réforme était mal préparée.",
        "Le ministre",
        ClaimKind::Statement,
    );
    expect(
        "Le syndicat soutient le projet de loi.",
        "Le syndicat",
        ClaimKind::Position,
    );
}

/// « alerte sur » in a simple tense (« La CGT alerte sur une hausse des prix », « alertait
/// mardi sur la dette ») warns of what follows, as the compound « a alerté sur » did (no row
/// before). Must not: the noun of a headline or of a noun phrase (« Alerte sur la dette »,
/// « Nouvelle alerte sur les prix », « Météo : alerte sur le Sud », « Une alerte sur … »).
#[test]
fn alerting_on_something_in_a_simple_tense_warns() {
    for (sentence, speaker) in [
        ("La CGT alerte sur une hausse des prix.", "La CGT"),
        (
            "Les médecins alertent sur la pénurie de vaccins.",
            "Les médecins",
        ),
        (
            "Le Haut conseil alertait mardi sur la dette.",
            "Le Haut conseil",
        ),
        (
            "Paul Martin, ministre de l'Agriculture, alerte sur la sécheresse.",
            "Paul Martin",
        ),
        ("L'ONU alerte également sur la famine au Soudan.", "L'ONU"),
        (
            "Greenpeace alerte sur la pollution des rivières.",
            "Greenpeace",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Warning);
    }
    for sentence in [
        "Alerte sur la dette publique.",
        "Nouvelle alerte sur les prix.",
        "Grosse alerte sur les prix.",
        "Météo : alerte sur le sud du pays.",
        "Une alerte sur la qualité de l'eau a été lancée.",
        "Le préfet a déclenché une alerte sur le département.",
    ] {
        expect_none(sentence);
    }
}

/// Groups 1 and 6: « parler d'un « … » » (the speaker's words, not a topic), « faire part à X
/// de », « taxer X de », « crier victoire / au scandale »; an artist's agent or producer and a
/// barometer or a ranking's list are sources after « selon ».
#[test]
fn naming_words_telling_and_crying_out() {
    for (sentence, speaker, kind) in [
        (
            "Le sénateur a parlé d'une « erreur historique ».",
            "Le sénateur",
            ClaimKind::Statement,
        ),
        (
            "La maire a fait part aux habitants de son inquiétude.",
            "La maire",
            ClaimKind::Statement,
        ),
        (
            "L'opposition taxe le gouvernement de « laxisme ».",
            "L'opposition",
            ClaimKind::Position,
        ),
        (
            "Les supporters crient victoire après le match.",
            "Les supporters",
            ClaimKind::Statement,
        ),
        (
            "Le député crie au scandale.",
            "Le député",
            ClaimKind::Position,
        ),
        // (An adverb between the verb and « victoire ».)
        (
            "Les militants du parti crient déjà victoire devant la mairie.",
            "Les militants du parti",
            ClaimKind::Statement,
        ),
        (
            "Selon son agent, le chanteur annulera la tournée.",
            "son agent",
            ClaimKind::Statement,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "Le grand-père a parlé de son enfance à la ferme.",
        "En parlant des prix, la vendeuse souriait.",
        "La taxe de séjour augmente cette année.",
        "Les enfants crient dans la cour.",
        "Les enfants crient encore dans la cour.",
    ] {
        expect_none(sentence);
    }
}

/// An observation of a change (« notait une légère amélioration », « a relevé une hausse »)
/// and a study's finding (« L'analyse démontre un lien ») report something; a note taken, a
/// trace picked up or a person showing a skill do not.
#[test]
fn observed_changes_and_findings() {
    for (sentence, speaker) in [
        (
            "Mais déjà l'institut notait une nette amélioration des comptes.",
            "l'institut",
        ),
        (
            "Les économistes ont relevé une hausse des prix du pain.",
            "Les économistes",
        ),
        (
            "Une étude de l'université démontre un lien entre le bruit et le sommeil.",
            "Une étude de l'université",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Les gendarmes ont relevé des traces de pas dans la boue.",
        "L'élève notait les devoirs dans son carnet.",
        "La gymnaste démontre une grande souplesse.",
    ] {
        expect_none(sentence);
    }
}

/// A stance shown (« s'est montré rassurant », « se veulent optimistes »), a forecast
/// (« table sur »), a figure put forward (« avance un chiffre »), « exprimer que », and a
/// reflexive infinitive after a verb of saying (« affirmait s'attendre à »); not « se montrer
/// au balcon », « une table sur la terrasse », « avancer la date », « veut partir ».
#[test]
fn stances_shown_forecasts_and_figures_put_forward() {
    for (sentence, speaker, kind) in [
        (
            "L'entraîneur s'est montré rassurant sur l'état de son gardien.",
            "L'entraîneur",
            ClaimKind::Statement,
        ),
        (
            "La banque centrale se veut optimiste pour l'an prochain.",
            "La banque centrale",
            ClaimKind::Statement,
        ),
        (
            "Le médecin s'est montré inquiet pour la suite.",
            "Le médecin",
            ClaimKind::Position,
        ),
        (
            "L'institut table sur une croissance de 1 %.",
            "L'institut",
            ClaimKind::Statement,
        ),
        (
            "Le syndicat avance un chiffre bien plus élevé.",
            "Le syndicat",
            ClaimKind::Statement,
        ),
        (
            "Plusieurs lecteurs expriment qu'ils sont déçus.",
            "Plusieurs lecteurs",
            ClaimKind::Statement,
        ),
        (
            "Le ministre affirmait s'attendre à une reprise.",
            "Le ministre",
            ClaimKind::Statement,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "Le roi s'est montré au balcon.",
        "Le chef a dressé une table sur la terrasse.",
        "Le club avance la date du match.",
        "Le joueur veut partir en janvier.",
    ] {
        expect_none(sentence);
    }
}

/// A judgement in the passive with its agent (« qualifié de « … » par X », « jugée
/// insuffisante par X ») is X's claim; a trial (« jugé par le tribunal ») or a judgement with
/// no agent is none.
#[test]
fn a_judgement_in_the_passive_is_its_agent_s() {
    expect(
        "Ce projet, qualifié de « dangereux » par la ministre, sera voté en juin.",
        "la ministre",
        ClaimKind::Position,
    );
    expect(
        "La réponse a été jugée insuffisante par les syndicats.",
        "les syndicats",
        ClaimKind::Position,
    );
    for sentence in [
        "Le joueur a été jugé par le tribunal de Lyon.",
        "Le joueur a été jugé mardi par le tribunal de Lyon.",
        "La réponse a été jugée insuffisante.",
    ] {
        expect_none(sentence);
    }
}

/// A verb that reports by itself (« confirmer », « annoncer », « révéler », « signaler »,
/// « indiquer ») in a finite passive, or after « comme », with its agent is the agent's
/// statement, whatever its subject (a time, an aside or « à » + whom it was told between).
/// Must not: a ruling, another sense of the verb, a bare participle on a noun, a future, a
/// negation, an agent that cannot speak, words inside another speaker's report.
#[test]
fn a_verb_that_reports_in_the_passive_is_its_agent_s() {
    for (sentence, speaker) in [
        ("La mort du chanteur a été annoncée par sa famille.", "sa famille"),
        (
            "L'incident a été signalé lundi soir par un automobiliste.",
            "un automobiliste",
        ),
        (
            "La fermeture du site a été confirmée à l'AFP par la direction.",
            "la direction",
        ),
        ("Le départ de l'entraîneur est confirmé par le club.", "le club"),
        (
            "Ces chiffres ont été révélés, mardi, par un syndicat de policiers.",
            "un syndicat de policiers",
        ),
        (
            "Trois blessés, et non cinq comme indiqué d'abord par erreur par la préfecture, ont été évacués.",
            "la préfecture",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "La peine a été confirmée par la cour d'appel.",
        "Il a été confirmé dans ses fonctions par le conseil d'administration.",
        "Le conducteur a été signalé pour excès de vitesse par un radar.",
        "Les mesures annoncées par le gouvernement entrent en vigueur lundi.",
        "Le nom du lauréat sera annoncé par le jury vendredi.",
        "La rumeur n'a pas été confirmée par la mairie.",
        "La sortie est indiquée par des panneaux.",
    ] {
        expect_none(sentence);
    }
    // (Inside another speaker's report: that speaker's claim alone.)
    for (sentence, speaker) in [
        (
            "Le maire a assuré que sa version était confirmée par les témoins.",
            "Le maire",
        ),
        (
            "Le préfet a précisé que la route restait fermée, comme annoncé par la presse locale.",
            "Le préfet",
        ),
    ] {
        let found: Vec<String> = claims(sentence).into_iter().map(|(s, _)| s).collect();
        assert_eq!(found, [speaker], "{sentence}");
    }
}

/// « selon des informations obtenues par X » credits X; a video or images are sources.
#[test]
fn selon_information_obtained_by_someone_or_a_video() {
    expect(
        "Selon des informations obtenues par l'Agence Presse Sud, le maire démissionnera.",
        "l'Agence Presse Sud",
        ClaimKind::Statement,
    );
    expect(
        "Selon une vidéo, le tireur a pris la fuite.",
        "une vidéo",
        ClaimKind::Statement,
    );
    // A letter received by someone is not theirs (the letter is named with its participle).
    expect(
        "Selon un courrier reçu par la mairie, le chantier est suspendu.",
        "un courrier reçu par la mairie",
        ClaimKind::Statement,
    );
}

/// Group 5: « X, pour qui … » gives X's view, with « pour qui » as the cue; not « Ceux pour
/// qui », nor « pour qui » after a thing.
#[test]
fn pour_qui_gives_the_view_of_the_one_named_before() {
    let found = find_claims(&doc(&[
        "C'est aussi l'avis de Jeanne Martin, pour qui le pont doit être rasé.",
    ]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker, "Jeanne Martin");
    assert_eq!(found[0].cue, "pour qui");
    for sentence in [
        "Ceux pour qui la réforme compte sont venus.",
        "Le texte ne convient pas à la maison, pour qui rien ne change.",
    ] {
        expect_none(sentence);
    }
}

/// Group 3: an event or a step as the subject (« La libération des otages annonçait la
/// tendance », « La démarche a souligné l'importance de ») heralds or stresses, says nothing;
/// a body or a document still does.
#[test]
fn an_event_as_subject_says_nothing() {
    for sentence in [
        "La libération des otages annonçait la tendance.",
        "La libération du maire ainsi que de ses adjoints annonçait un apaisement.",
        "Cette hausse confirme le recul de l'emploi.",
        "La démarche a souligné l'importance du dialogue.",
    ] {
        expect_none(sentence);
    }
    expect(
        "La direction annonce la fermeture du site.",
        "La direction",
        ClaimKind::Statement,
    );
    expect(
        "Le rapport souligne que le dialogue a manqué.",
        "Le rapport",
        ClaimKind::Statement,
    );
}

/// « placer X en vigilance / en alerte » warns, the object between; a square, a seat or
/// placing money does not.
#[test]
fn placing_on_alert_is_a_warning() {
    expect(
        "Le service météo place ce soir la Savoie et l'Isère en vigilance orange.",
        "Le service météo",
        ClaimKind::Warning,
    );
    for sentence in [
        "La place du village a été refaite.",
        "La banque place son épargne en bourse.",
        "Les pompiers sont sur place en nombre.",
    ] {
        expect_none(sentence);
    }
}

/// « comme l'a repéré X » (a medium that spotted it), « a souhaité à l'avenir « … » » (a
/// quotation after an adjunct), « confirmait le plan » (a noun subject and its object); not
/// someone learning, spotting a suspect, or wishing someone well.
#[test]
fn news_spotted_wished_or_confirmed() {
    for (sentence, speaker, kind) in [
        (
            "Le maire sera candidat, comme l'a repéré Le Courrier du Sud.",
            "Le Courrier du Sud",
            ClaimKind::Statement,
        ),
        (
            "Le président du club a souhaité à l'avenir « ne plus être sollicité ».",
            "Le président du club",
            ClaimKind::Call,
        ),
        (
            "La directrice confirmait le plan de départs.",
            "La directrice",
            ClaimKind::Statement,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "Il a appris que sa mère était malade.",
        "La police a repéré le suspect près de la gare.",
        "Elle a souhaité un bon anniversaire à sa sœur.",
    ] {
        expect_none(sentence);
    }
}

/// « a-t-il tenu à rappeler » (the inverted pronoun of the lead), « ironisait en ces termes :
/// « … » », « ont déclaré leur soutien »; not « comme le faisait son prédécesseur », « n'a pas
/// signalé son intention », « a requis en personne », « a déclaré l'état d'urgence ».
#[test]
fn leads_incises_and_declared_stances() {
    let found = find_claims(&doc(&[
        "Le ministre parle. « La crise est finie », a-t-il tenu à rappeler.",
    ]));
    assert!(found.iter().all(|c| c.speaker != "a-t-il"), "{found:?}");
    expect(
        "Un avocat ironisait hier en ces termes : « Le dossier est vide. »",
        "Un avocat",
        ClaimKind::Statement,
    );
    expect(
        "Les deux gouvernements ont déclaré leur soutien aux grévistes.",
        "Les deux gouvernements",
        ClaimKind::Position,
    );
    for sentence in [
        "Le ministre ira au sommet, comme le faisait avant lui son prédécesseur.",
        "Le maire n'a pas encore signalé son intention de se représenter.",
        "Le procureur a requis en personne tout au long de l'audience.",
        "Le gouverneur a déclaré l'état d'urgence.",
    ] {
        expect_none(sentence);
    }
}

/// « expriment leur solidarité », « a réaffirmé son attachement »: a position, like « son
/// soutien »; « exprime son inquiétude » too (a feeling voiced, README « Session 19 »), while
/// « adresse un avertissement » warns.
#[test]
fn solidarity_and_attachment_are_positions() {
    expect(
        "Les deux pays expriment leur solidarité aux grévistes.",
        "Les deux pays",
        ClaimKind::Position,
    );
    expect(
        "Le maire a réaffirmé son attachement au service public.",
        "Le maire",
        ClaimKind::Position,
    );
    expect(
        "Le maire exprime son inquiétude.",
        "Le maire",
        ClaimKind::Position,
    );
    expect(
        "Le préfet a réitéré son avertissement.",
        "Le préfet",
        ClaimKind::Warning,
    );
}

/// Disapproval or approval voiced (« ne manquent pas d'exprimer leur ras-le-bol », « a exprimé
/// sa colère », « sa satisfaction ») is a position, even beside a word of denial quoted in the
/// object (« face aux excuses « infondées » »); what is expressed without a feeling keeps the
/// verb's kind.
#[test]
fn feelings_voiced_are_positions() {
    for (sentence, speaker) in [
        (
            "Les usagers ne manquent pas d'exprimer leur ras-le-bol face aux réponses « infondées » de la régie.",
            "Les usagers",
        ),
        ("La maire a exprimé sa colère.", "La maire"),
        ("Les riverains expriment leur mécontentement.", "Les riverains"),
        ("Le club a exprimé sa satisfaction après le vote.", "Le club"),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    expect(
        "Le ministre a exprimé son point de vue : « La réforme passera. »",
        "Le ministre",
        ClaimKind::Statement,
    );
}

/// « suggérer que » + a clause in the indicative or the conditional puts a view forward (a
/// statement); with an infinitive or a subjunctive it asks (a call). « décrire » in an incise
/// after a quotation tells (a statement); « décrire X comme Y » judges (a position).
#[test]
fn what_suggesting_and_describing_report() {
    for (sentence, speaker) in [
        (
            "Plusieurs économistes ont suggéré que la croissance est repartie.",
            "Plusieurs économistes",
        ),
        (
            "La chercheuse suggère que les glaciers fondraient plus vite que prévu.",
            "La chercheuse",
        ),
        (
            "« Le feu progresse lentement », a décrit le capitaine des pompiers.",
            "le capitaine des pompiers",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Le maire a suggéré de reporter la fête.",
        "Le maire a suggéré que la fête soit reportée.",
    ] {
        expect(sentence, "Le maire", ClaimKind::Call);
    }
    expect(
        "Le ministre a décrit la réforme comme une erreur.",
        "Le ministre",
        ClaimKind::Position,
    );
}

/// « se dire » + a feeling or a view (« s'est dit « outré » », « se disent très déçus », « se
/// dit convaincu que »): a position, as the feeling narrated is; a status claimed (« se dit
/// innocent », « se dit victime de ») stays a statement.
#[test]
fn a_feeling_said_of_oneself_is_a_position() {
    for (sentence, speaker) in [
        (
            "Le maire s'est dit « scandalisé » par la décision du préfet.",
            "Le maire",
        ),
        (
            "Les commerçants se disent très déçus des travaux.",
            "Les commerçants",
        ),
        (
            "La ministre se dit convaincue que le texte sera voté.",
            "La ministre",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    expect(
        "Le prévenu se dit innocent des faits reprochés.",
        "Le prévenu",
        ClaimKind::Statement,
    );
}

/// « faire part de » takes the kind of what is shared (« de son inquiétude », « de leur
/// colère »: a feeling voiced, a position), as « exprimer » does; details shared stay a
/// statement.
#[test]
fn what_is_shared_gives_its_kind() {
    expect(
        "La ministre a fait part de son inquiétude concernant les urgences.",
        "La ministre",
        ClaimKind::Position,
    );
    expect(
        "Les infirmières ont fait part de leur colère au directeur.",
        "Les infirmières",
        ClaimKind::Position,
    );
    expect(
        "Le maire a fait part de sa décision : « Je me représenterai. »",
        "Le maire",
        ClaimKind::Statement,
    );
}

#[test]
fn a_stance_in_the_passive_with_its_agent() {
    expect(
        "Aussitôt annoncé, l'accord a été salué par le Premier ministre, Paul Durand.",
        "Paul Durand",
        ClaimKind::Position,
    );
    // Must not: the active voice, whose « par » belongs to another participle.
    expect(
        "Le ministre a condamné les sanctions imposées par la Commission.",
        "Le ministre",
        ClaimKind::Position,
    );
}

/// The passive of « se voir » (« se voir répondre par X », « s'est vu rappeler par X ») with
/// what the agent said after it: the agent's claim.
#[test]
fn the_passive_of_se_voir_with_its_agent_is_the_agents() {
    expect(
        "Il s'est vu répondre par la ministre que rien ne changerait.",
        "la ministre",
        ClaimKind::Statement,
    );
    expect(
        "Et de se voir répondre par le maire : « Pas question ! »",
        "le maire",
        ClaimKind::Statement,
    );
    // Must not: given a thing (an object after the agent), or no agent that speaks.
    for sentence in [
        "Le joueur s'est vu remettre par le président une médaille.",
        "Le maire s'est vu répondre par la foule.",
    ] {
        super::tests::expect_no_claim(sentence);
    }
}

/// A call, a reproach, an argument or a report in the passive, or its participle, with its
/// agent named by « par »: the agent's claim (the session-9 convention), when the words that
/// make the verb a claim are there.
#[test]
fn a_call_a_reproach_or_an_argument_in_the_passive_with_its_agent() {
    for (sentence, speaker, kind) in [
        (
            "Les enseignants ont été appelés par les syndicats à une grève reconductible.",
            "les syndicats",
            ClaimKind::Call,
        ),
        (
            "Les habitants sont appelés par le maire à quitter leur domicile.",
            "le maire",
            ClaimKind::Call,
        ),
        (
            "Appelés par la CGT à manifester, les salariés ont défilé jeudi.",
            "la CGT",
            ClaimKind::Call,
        ),
        (
            "Ce traitement n'est pas recommandé par la Haute Autorité de santé.",
            "la Haute Autorité de santé",
            ClaimKind::Call,
        ),
        (
            "Les retards du chantier avaient été pointés du doigt par les riverains.",
            "les riverains",
            ClaimKind::Position,
        ),
        (
            "Les arguments avancés par les membres de la commission ne tiennent pas.",
            "les membres de la commission",
            ClaimKind::Statement,
        ),
        (
            "Les chiffres avancés par le syndicat sont contestés.",
            "le syndicat",
            ClaimKind::Statement,
        ),
        (
            "Le bilan dressé par la présidente fait apparaître un déficit.",
            "la présidente",
            ClaimKind::Statement,
        ),
    ] {
        let found = find_claims(&doc(&[sentence]));
        assert!(
            found.iter().any(|c| c.speaker == speaker && c.kind == kind),
            "{sentence}: {found:?}"
        );
    }
    // Must not: a telephone call, an appointment, an age; a date or a table moved or laid;
    // a finger pointed without « du doigt ».
    for sentence in [
        "Le joueur a été appelé par le sélectionneur.",
        "Il a été appelé par le président à la tête du gouvernement.",
        "Elle a été appelée par le club à 18 ans.",
        "Le médecin a été appelé par la famille dans la nuit.",
        "La date du scrutin a été avancée par le gouvernement.",
        "La table a été dressée par le personnel de l'hôtel.",
        "Le canon est pointé par les artilleurs.",
    ] {
        expect_none(sentence);
    }
    // Must not: where figures or a call come from, on words another speaker reacts to, is
    // that reaction's background (README.md beside the claims fixtures).
    for (sentence, speaker) in [
        (
            "Le maire a contesté les chiffres avancés par le syndicat.",
            "Le maire",
        ),
        (
            "La ministre a critiqué les mesures recommandées par la commission.",
            "La ministre",
        ),
        (
            "Selon la préfecture, les arguments avancés par les manifestants ne tiennent pas.",
            "la préfecture",
        ),
    ] {
        let found = find_claims(&doc(&[sentence]));
        assert!(
            found.len() == 1 && found[0].speaker == speaker,
            "{sentence}: {found:?}"
        );
    }
}

/// A quotation opening between the subject and its verb, and running to the sentence's end,
/// swallows the verb: the subject before the mark is the speaker.
#[test]
fn a_quotation_opening_between_subject_and_verb_leaves_the_subject_speaking() {
    for (sentence, speaker, kind) in [
        (
            "Le maire « appelle les habitants et les touristes à rester chez eux ».",
            "Le maire",
            ClaimKind::Call,
        ),
        (
            "La ministre « estime que la réforme est nécessaire ».",
            "La ministre",
            ClaimKind::Position,
        ),
        (
            "Les syndicats \"dénoncent une provocation inacceptable\".",
            "Les syndicats",
            ClaimKind::Position,
        ),
        (
            "Furieux, Paul Durand « rappelait que la baignade est interdite. »",
            "Paul Durand",
            ClaimKind::Statement,
        ),
        (
            "Jeanne Martin “promet que les aides arriveront avant l'hiver”.",
            "Jeanne Martin",
            ClaimKind::Statement,
        ),
    ] {
        let found = find_claims(&doc(&[sentence]));
        assert!(
            found.iter().any(|c| c.speaker == speaker && c.kind == kind),
            "{sentence}: {found:?}"
        );
    }
    // Must not: a quoted verb the narrator goes on after (the incise names the speaker), a
    // quotation after a determiner or a verb.
    expect(
        "Le texte « affirme » des principes, explique Marie Dupont.",
        "Marie Dupont",
        ClaimKind::Statement,
    );
    expect(
        "La réforme « exige » des sacrifices, a jugé le député.",
        "le député",
        ClaimKind::Position,
    );
    expect(
        "Le ministre a dit « non ».",
        "Le ministre",
        ClaimKind::Statement,
    );
    expect_none("Le « rappelle-toi » du poète est resté célèbre.");
}

#[test]
fn a_stance_declared_after_time_words() {
    expect(
        "Les gouvernements du Mali et du Niger ont déclaré lundi soir leur soutien aux militaires.",
        "Les gouvernements du Mali et du Niger",
        ClaimKind::Position,
    );
    // Must not: « déclarer » an emergency, after time words too.
    expect_none("Le gouvernement a déclaré lundi soir l'état d'urgence.");
}

#[test]
fn a_view_after_a_contracted_de_reads_with_its_article() {
    expect(
        "Du point de vue du directeur, le film est un équilibre précaire.",
        "le directeur",
        ClaimKind::Statement,
    );
    // Must not: a surname that starts with « Du ».
    expect(
        "Selon Du Bellay, la langue doit être défendue.",
        "Du Bellay",
        ClaimKind::Statement,
    );
}

/// A source after a noun and a contracted « des » (« de » + « les »: « à l'appel des
/// syndicats ») is named as the article would name it alone, with « les »; an indefinite
/// « des » after a preposition or a verb stays.
#[test]
fn a_source_after_a_contracted_des_reads_with_les() {
    for (sentence, speaker, kind) in [
        (
            "Des milliers de salariés ont défilé mardi à l'appel des syndicats de la fonction publique.",
            "les syndicats de la fonction publique",
            ClaimKind::Call,
        ),
        (
            "Le conseil a été réuni en urgence à la demande des élus de l'opposition.",
            "les élus de l'opposition",
            ClaimKind::Call,
        ),
        (
            "Les agriculteurs bloquent le périphérique depuis lundi à l'appel des chambres d'agriculture.",
            "les chambres d'agriculture",
            ClaimKind::Call,
        ),
        (
            "Une marche blanche aura lieu samedi à l'appel des parents de la victime.",
            "les parents de la victime",
            ClaimKind::Call,
        ),
        (
            "L'enquête a été rouverte à la demande des familles.",
            "les familles",
            ClaimKind::Call,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    // Must not: the indefinite « des » after a preposition or a verb.
    for (sentence, speaker) in [
        (
            "Selon des témoins, la voiture roulait très vite.",
            "des témoins",
        ),
        (
            "D'après des riverains, l'incendie a duré toute la nuit.",
            "des riverains",
        ),
        (
            "Le bâtiment a été évacué, selon un média local citant des sources policières.",
            "des sources policières",
        ),
    ] {
        let got = speakers_of_one(sentence);
        assert!(got.iter().any(|s| s == speaker), "{sentence}: {got:?}");
        assert!(
            !got.iter().any(|s| s.starts_with("les ")),
            "{sentence}: {got:?}"
        );
    }
}

/// A second source joined by « et » to a first that is a noun's complement (« à l'appel de
/// la CGT et des syndicats enseignants ») reads its contracted « des » as « les », as the
/// first would; after a preposition (« selon la police et des témoins ») « des » stays.
#[test]
fn a_second_source_after_a_contracted_des_reads_with_les() {
    for (sentence, second) in [
        (
            "Les enseignants ont fait grève jeudi à l'appel de la FSU et des syndicats lycéens.",
            "les syndicats lycéens",
        ),
        (
            "Une réunion publique a été organisée à la demande du maire et des riverains du quartier.",
            "les riverains du quartier",
        ),
        (
            "Les chauffeurs ont bloqué le dépôt à l'appel de la CFDT et des comités d'usagers.",
            "les comités d'usagers",
        ),
        (
            "À l'appel de Force ouvrière et des délégués du personnel, les salariés ont débrayé lundi.",
            "les délégués du personnel",
        ),
        (
            "Le débat a été reporté à la demande des élus de la majorité et des associations de parents.",
            "les associations de parents",
        ),
    ] {
        let got = speakers_of_one(sentence);
        assert!(got.iter().any(|s| s == second), "{sentence}: {got:?}");
    }
    // Must not: « des » after a preposition, in either place, is the indefinite article.
    for (sentence, second) in [
        (
            "Selon la police et des témoins, la voiture a pris la fuite.",
            "des témoins",
        ),
        (
            "D'après le parquet et des sources proches de l'enquête, le suspect a avoué.",
            "des sources proches de l'enquête",
        ),
    ] {
        let got = speakers_of_one(sentence);
        assert!(got.iter().any(|s| s == second), "{sentence}: {got:?}");
    }
}

/// « Pour X, … » gives the view of an organization named by its name (« Amnesty
/// International », « Human Rights Watch ») or by an acronym after its determiner (« la CGT »);
/// not of a place, a time or a lone capitalized word.
#[test]
fn pour_an_organization_gives_its_view() {
    for (sentence, speaker) in [
        (
            "Pour Amnesty International, ces arrestations sont arbitraires.",
            "Amnesty International",
        ),
        (
            "Pour Human Rights Watch, ces procès sont inéquitables.",
            "Human Rights Watch",
        ),
        ("Pour la CGT, cette réforme est une provocation.", "la CGT"),
    ] {
        let found = find_claims(&doc(&[sentence]));
        assert_eq!(found.len(), 1, "{sentence}: {found:?}");
        assert_eq!(found[0].speaker, speaker, "{sentence}");
    }
    for sentence in [
        "Pour Paris, la route sera longue.",
        "Pour l'instant, aucune victime n'a été signalée.",
        "Pour Noël, la ville installe un sapin.",
        "Pour la deuxième fois, le club a perdu.",
    ] {
        expect_none(sentence);
    }
}

/// « menacer » reports a threat in words when it says what with (« menace de démissionner »,
/// « a menacé Pékin de sanctions ») or closes an incise; « La crue menace les récoltes » is no
/// claim.
#[test]
fn a_threat_in_words_says_what_with() {
    expect(
        "Le syndicat menace de bloquer les raffineries.",
        "Le syndicat",
        ClaimKind::Warning,
    );
    expect(
        "Washington a menacé Pékin de nouvelles sanctions.",
        "Washington",
        ClaimKind::Warning,
    );
    for sentence in [
        "La crue menace les récoltes de la vallée.",
        "Le projet d'autoroute menace la forêt.",
    ] {
        expect_none(sentence);
    }
}

/// The « de » of a count is no « de » of what one threatens with: a firm or a plan that
/// « menace plus de 2 000 emplois » puts jobs at risk and says nothing, whatever the count
/// (« près de », « des centaines de », « une vingtaine de »),
/// tense or clause; a count of people threatened « de » something stays a warning.
#[test]
fn a_count_at_risk_is_no_threat_in_words() {
    for sentence in [
        "Le groupe menace plus de 1 500 emplois en Lorraine.",
        "Le constructeur a menacé près de 300 postes l'an dernier.",
        "La direction, qui menace des centaines d'emplois, reste muette.",
        "Les deux enseignes menacent une vingtaine de magasins.",
        "Le repreneur menacerait des milliers de postes, selon la presse locale.",
        // (Review B20: a count of people or things after the object's « de » is whose.)
        "Le fonds d'investissement menaçait l'avenir de 300 salariés.",
        "Le groupe menace l'emploi de 300 salariés en France.",
        "La sécheresse menace les récoltes de 2 000 agriculteurs.",
        "Cette décision menace l'emploi de 450 personnes.",
    ] {
        let got = claims(sentence);
        assert!(
            got.iter().all(|(_, kind)| *kind != ClaimKind::Warning),
            "{sentence}: {got:?}"
        );
    }
    expect(
        "Le président du parti a menacé une vingtaine d'élus d'exclusion.",
        "Le président du parti",
        ClaimKind::Warning,
    );
    expect(
        "Le patronat menace de supprimer plus de 2 000 postes.",
        "Le patronat",
        ClaimKind::Warning,
    );
    // (Review B2: a figure after « de » says what with: tariffs, a share of turnover.)
    for (sentence, speaker) in [
        (
            "Le président américain menace l'Union européenne de 30 % de droits de douane.",
            "Le président américain",
        ),
        (
            "Washington a menacé Pékin de 60 % de taxes supplémentaires.",
            "Washington",
        ),
        (
            "Le gouvernement menace les plateformes de 6 % de leur chiffre d'affaires.",
            "Le gouvernement",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Warning);
    }
}

/// The (speaker, kind) of every claim of a one-paragraph article.
fn claims_of_article(sentences: &[&str]) -> Vec<(String, ClaimKind)> {
    find_claims(&doc(sentences))
        .into_iter()
        .map(|c| (c.speaker, c.kind))
        .collect()
}

/// An incise verb the lexicon does not list, recognised by its shape right after a quotation:
/// its subject after it, or an inverted clitic, speaks.
#[test]
fn an_incise_verb_outside_the_lexicon_reports_the_quotation() {
    for (sentence, speaker) in [
        (
            "« Ce budget est une farce », tacle le ministre des Finances.",
            "le ministre des Finances",
        ),
        (
            "« On nous a menti sur toute la ligne », s'étrangle Paul Girard.",
            "Paul Girard",
        ),
        (
            "« Le dossier était vide depuis le début », a taclé Jeanne Morel.",
            "Jeanne Morel",
        ),
        (
            "« Personne ne nous a prévenus », grimace un élu de la majorité.",
            "un élu de la majorité",
        ),
        (
            "« Tout cela finira mal », rugirent les habitants du quartier.",
            "les habitants du quartier",
        ),
        // The comma inside the quotation.
        (
            "« Nous ne céderons pas sur les retraites, » murmurait la secrétaire générale.",
            "la secrétaire générale",
        ),
        // A short exclamation.
        ("« Jamais ! », rugissait Marie Dupont.", "Marie Dupont"),
        // One of the people the article speaks of.
        ("« On ne nous dit jamais rien », grimace l'un d'eux.", "l'un d'eux"),
        (
            "« On ne nous dit jamais rien », grimace une autre habitante.",
            "une autre habitante",
        ),
        // No comma after a long quotation.
        (
            "« Nous n'avons trouvé aucune trace de ce virus dans les prélèvements » a taclé l'expert.",
            "l'expert",
        ),
        // Inside the quotation it interrupts, a noun whose ending names a person.
        (
            "« Je connais bien ce dossier, entame la pénaliste, et il est vide. »",
            "la pénaliste",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    // A newspaper's headline is its claim.
    let found = find_claims(&doc(&["« La réforme est enterrée », titre Le Monde."]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker, "Le Monde");
    assert_eq!(found[0].speaker_kind, SpeakerKind::Media);
}

/// An inverted clitic after a quotation, or inside it, names the one just named.
#[test]
fn an_inverted_incise_verb_outside_the_lexicon() {
    for sentences in [
        [
            "Paul Girard est arrivé en retard à la réunion.",
            "« Ce budget est une farce », cingle-t-il.",
        ],
        [
            "Paul Girard est arrivé en retard à la réunion.",
            "« Ce budget est une farce », a-t-il taclé devant la presse.",
        ],
        [
            "Paul Girard est arrivé en retard à la réunion.",
            "« Je ne sais pas, s'interroge-t-il, si nous tiendrons jusqu'à l'été. »",
        ],
    ] {
        assert_eq!(
            claims_of_article(&sentences),
            [("Paul Girard".to_string(), ClaimKind::Statement)],
            "{sentences:?}"
        );
    }
}

/// Words after a quotation that only look like an incise verb, verbs that report nothing
/// there, subjects that cannot speak, and incises that report something else: no claim.
#[test]
fn what_only_looks_like_an_open_incise_is_no_claim() {
    for sentence in [
        "« Le Grand Bleu », une formule qui a fait date, revient sur les écrans.",
        "« Le temps des cerises », le 12 mai dernier, a fait salle comble.",
        "« Nous partirons demain matin », reste la question des moyens.",
        "« Nous partirons demain matin », triomphe la raison.",
        "« Nous partirons demain matin », page Facebook du club.",
        "« Nous partirons demain matin », président de la région.",
        "« Germinal », a ému les lecteurs.",
        "« Les Misérables » a ému les lecteurs.",
        "Après « La Guerre des étoiles », a triomphé le réalisateur américain.",
        "« Les Misérables », dirigé par Jean Dupont, triomphe au théâtre.",
        "« Nous partirons demain matin », notamment le ministre.",
        "« Nous partirons demain matin », sembla-t-il.",
        "Son discours, « historique », tacle la majorité.",
        "La présence d'une forêt, « fournissant le combustible », a incité les hommes à créer.",
    ] {
        expect_none(sentence);
    }
    // What the incise goes on to report is someone else's (« que », a new quotation): the
    // open verb is no cue.
    for sentence in [
        "« Nous partirons demain matin », tacle le ministre, rappelant que rien n'est décidé.",
        "« Nous partirons demain matin », tacle le ministre : « Rien n'est décidé. »",
        "« Nous partirons demain matin », tacle le ministre « Rien n'est décidé. »",
    ] {
        let found = find_claims(&doc(&[sentence]));
        assert!(
            found.iter().all(|c| c.cue != "tacle"),
            "{sentence}: {found:?}"
        );
    }
}

/// Every tense of the listed verbs reports: passé simple, imperfect of a `-ger` verb, future,
/// an irregular verb after « a tenu à » (the forms are generated, see `lexicon::conjugation`).
#[test]
fn every_tense_of_a_listed_verb() {
    expect(
        "Le syndicat exigeait que la direction revienne sur sa décision.",
        "Le syndicat",
        ClaimKind::Call,
    );
    expect(
        "« Nous avons perdu cette bataille », admit le général.",
        "le général",
        ClaimKind::Statement,
    );
    expect(
        "« Rien n'est perdu », ironisait le maire.",
        "le maire",
        ClaimKind::Statement,
    );
    expect(
        "Les deux ministres démentirent que le traité fût menacé.",
        "Les deux ministres",
        ClaimKind::Denial,
    );
    expect(
        "Le maire a tenu à reconnaître que le chantier avait pris du retard.",
        "Le maire",
        ClaimKind::Statement,
    );
    expect(
        "La directrice s'est réjouie que les résultats soient meilleurs.",
        "La directrice",
        ClaimKind::Position,
    );
    // Must not: what someone makes others believe, and a writer's first person.
    for s in [
        "Il a levé des fonds en faisant croire aux investisseurs qu'il pouvait prédire la Bourse.",
        "Je crois qu'il est juste de le dire ainsi.",
        "Une crainte que les chiffres soient faux demeure.",
        "La ministre est venue mercredi à Lyon soutenir les salariés de l'usine.",
    ] {
        expect_none(s);
    }
}

/// A question asserts nothing, and its « qui » is no speaker; nor does a quoted question
/// closed by an incise (README, session 17), whatever the verb. A quotation that states
/// something before its question, or a question quoted inside someone's account, stays a
/// claim.
#[test]
fn a_question_is_no_claim() {
    for sentence in [
        "Municipales : qui appelle à voter pour qui ?",
        "Qui a dit que le maire démissionnerait ?",
        "Le maire a-t-il dit que la ville était en faillite ?",
        "« Qui paiera la facture ? », a demandé le maire.",
        "« Comment peut-on encore parler de dialogue ? », déclarait le délégué syndical.",
        "« Où sont les moyens promis ? » lance la directrice de l'école.",
        "« Faut-il vraiment fermer la maternité ? », a-t-elle interrogé.",
        "« À quoi sert ce conseil ? », s'agace un élu de l'opposition.",
    ] {
        expect_none(sentence);
    }
    expect(
        "« Nous ne céderons pas. Qui peut croire le contraire ? », a déclaré le maire.",
        "le maire",
        ClaimKind::Statement,
    );
    expect(
        "Ce soir-là, un voisin a dit : « Vous avez senti la fumée ? » dit Paul Roy.",
        "Paul Roy",
        ClaimKind::Statement,
    );
}

/// A past of « devoir » or « pouvoir » (« a dû démentir », « avait pu affirmer », « dut
/// admettre ») or a modal restricted by « ne … que » (« ne peut que déplorer », « n'ont pu que
/// dénoncer ») leads the infinitive cue: its subject speaks (the row was unresolved, named
/// « dû », « pu » or « Le procureur dut »). Must not: a present or an imperfect of what is to
/// come or possible (« doit annoncer », « devait annoncer », « peut affirmer »), a negated
/// modal, a finding or an act after the modal.
#[test]
fn what_someone_had_to_or_could_only_say_is_said() {
    for (sentence, speaker, kind) in [
        (
            "Le ministre a dû démentir la rumeur.",
            "Le ministre",
            ClaimKind::Denial,
        ),
        (
            "La direction a finalement dû reconnaître que des erreurs avaient été commises.",
            "La direction",
            ClaimKind::Statement,
        ),
        (
            "Le maire avait pu affirmer mardi que le site rouvrirait.",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "Le procureur dut admettre que l'enquête piétinait.",
            "Le procureur",
            ClaimKind::Statement,
        ),
        (
            "Le maire ne peut que déplorer la fermeture du site.",
            "Le maire",
            ClaimKind::Position,
        ),
        (
            "La CGT ne pouvait que saluer la décision.",
            "La CGT",
            ClaimKind::Position,
        ),
        (
            "Les syndicats n'ont pu que dénoncer un accord au rabais.",
            "Les syndicats",
            ClaimKind::Position,
        ),
        (
            "Paul Martin, ministre de l'Agriculture, a dû démentir toute fermeture.",
            "Paul Martin",
            ClaimKind::Denial,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "Les secours n'ont pu que constater le décès.",
        "Le ministre doit annoncer ses mesures lundi.",
        "Le ministre devait annoncer ses mesures lundi.",
        "Le ministre peut affirmer que le site fermera.",
        "Le ministre n'a pas pu démentir la rumeur.",
        "Le coureur a dû abandonner après sa chute.",
        "L'agence a pu authentifier trois vidéos.",
    ] {
        expect_none(sentence);
    }
}

/// A present participle after an incise (« …, explique X, commentant les travaux ») shares
/// the incise's subject: no claim of its own, and it does not take the incise's place. A
/// participle that calls for something (« exhortant l'ONU à ») or reports a clause stays a cue.
#[test]
fn a_participle_after_an_incise_is_no_second_claim() {
    expect(
        "Ces résultats « sont solides », explique Paul Martin, commentant les travaux.",
        "Paul Martin",
        ClaimKind::Statement,
    );
    expect_none("Le maire a inauguré la salle, commentant les travaux avec les habitants.");
    expect(
        "Les jeunes ont défilé dans la ville, exhortant les élus à organiser un référendum.",
        "Les jeunes",
        ClaimKind::Call,
    );
    expect(
        "« Nous sommes prêts », a déclaré le maire, ajoutant que la salle ouvrirait en mai.",
        "le maire",
        ClaimKind::Statement,
    );
}

/// « condamner quelqu'un à » dooms or sentences (« la fermeture condamne les familles à la
/// misère »): no stance; « condamne les appels à la violence » and « les agressions à
/// répétition » are condemnations.
#[test]
fn dooming_someone_to_something_is_no_condemnation() {
    for sentence in [
        "La fermeture de la mine condamne la vallée à la misère.",
        "La direction de l'usine Acme condamne les salariés au chômage.",
        "Le tribunal a condamné le chauffard à cinq ans de prison.",
        "La sécheresse condamne les éleveurs à vendre leurs bêtes.",
        // (An object named by a participle: « le prévenu », « l'accusé », « les appelés ».)
        "Le tribunal a condamné le prévenu à deux ans de prison.",
        "La cour d'assises a condamné l'accusé à la réclusion à perpétuité.",
        "Le tribunal correctionnel a condamné les prévenus à une amende de 500 euros.",
        // (A length in words past « dix »: « vingt ans », « quinze mois ».)
        "La cour d'assises a condamné l'accusé à vingt ans de réclusion.",
    ] {
        expect_none(sentence);
    }
    // Must not: a participle after a determiner does not make a condemnation a sentence.
    expect(
        "Le syndicat condamne l'accusé et ses soutiens.",
        "Le syndicat",
        ClaimKind::Position,
    );
    expect(
        "Le ministre condamne les appels à la violence.",
        "Le ministre",
        ClaimKind::Position,
    );
    expect(
        "La direction a fermement condamné les agressions à répétition contre les reporters.",
        "La direction",
        ClaimKind::Position,
    );
}

/// The pronominal « s'expliquer par » says what something is due to; it is no « expliquer
/// … par » and does not hide an attribution in the sentence.
#[test]
fn a_pronominal_explique_par_is_no_cue() {
    expect_none("Les ventes s'expliquent par la crise.");
    expect(
        "Ces pertes s'expliquent, selon la banque, par la crise.",
        "la banque",
        ClaimKind::Statement,
    );
    expect(
        "Le préfet explique ce retard par la météo.",
        "Le préfet",
        ClaimKind::Statement,
    );
    expect(
        "Le maire s'explique sur sa décision : « Nous n'avions pas le choix. »",
        "Le maire",
        ClaimKind::Statement,
    );
}

/// A generic subject (« ceux qui », « quiconque », the reader in « Si vous … ») is no one in
/// particular: no claim.
#[test]
fn a_generic_subject_is_no_speaker() {
    for sentence in [
        "Si vous faites partie de ceux qui mettent en doute le réchauffement, lisez ceci.",
        "Ceux qui dénoncent la réforme ont tort.",
        "Quiconque affirme que la ville est sûre se trompe.",
        "Si vous pensez que la ville est sûre, détrompez-vous.",
    ] {
        expect_none(sentence);
    }
    expect(
        "Le maire vous dit que la ville est sûre.",
        "Le maire",
        ClaimKind::Statement,
    );
}

/// « selon » / « d'après » a common noun that a name follows (« le panéliste Acme », « le
/// statisticien Paul Martin »), a specialist's noun (« la climatologue », « le communiste »)
/// or a finding (« un examen de 500 factures », « les prévisions de la banque ») is a source;
/// a rule, a method or a measure is not (« selon la loi Evin », « selon les critères X »).
#[test]
fn selon_an_unnamed_official_of_a_body() {
    // Must: « selon un cadre de X », « d'après un membre de X »: an anonymous source, whatever
    // the body's words; so is the same phrase as a subject.
    for sentence in [
        "En effet, selon un cadre du ministère, les autorités refusent de réagir.",
        "D'après un cadre de la fédération, les clubs refusent de jouer.",
        "Un membre du bureau politique a affirmé que les élus voteraient contre.",
    ] {
        let found: Vec<_> = find_claims(&doc(&[sentence]))
            .into_iter()
            .map(|c| c.speaker_kind)
            .collect();
        assert_eq!(found, [SpeakerKind::Anonymous], "{sentence}");
    }
    // Must not: a framework is no one.
    for sentence in [
        "Selon le cadre légal, la grève est autorisée.",
        "Selon les cadres fixés par la loi, la grève est autorisée.",
    ] {
        assert!(claims(sentence).is_empty(), "{sentence}");
    }
}

#[test]
fn selon_a_described_name_a_specialist_or_a_finding() {
    for (sentence, speaker) in [
        (
            "Les prix ont augmenté de 8 % en mai, d'après le panéliste Acme.",
            "le panéliste Acme",
        ),
        (
            "Le chômage a reculé, selon le statisticien Paul Martin.",
            "Paul Martin",
        ),
        (
            "Le chômage a reculé, selon la climatologue Anne Roy.",
            "Anne Roy",
        ),
        (
            "Selon le communiste, le budget manque de vision.",
            "le communiste",
        ),
        (
            "La hausse atteint 8 % sur un an, selon un examen de plus de 500 factures.",
            "un examen de plus de 500 factures",
        ),
        (
            "Les prix ont bondi, selon les travaux de deux chercheurs.",
            "les travaux de deux chercheurs",
        ),
    ] {
        let found = super::tests::speakers_of(sentence);
        assert_eq!(found, [speaker], "{sentence}");
    }
    for sentence in [
        "Les tarifs varient selon les cas.",
        "Les peines sont fixées selon la loi Evin.",
        "Selon toute vraisemblance, le match sera reporté.",
        "Les horaires changent selon la saison.",
        "Selon la méthode Coué, tout ira bien.",
        "Les élèves sont répartis selon leur âge.",
        "La récolte varie selon les régions.",
        "Les salaires sont calculés selon le barème en vigueur.",
        "Les patients sont classés selon les critères Acme et Beta.",
        "Les candidats sont retenus selon la liste établie en mai.",
    ] {
        expect_none(sentence);
    }
}

/// Outside quotations, the writer (« j'espère que ») or people in general (« On considérait
/// que ») report no source: no claim; an incise with « on » (« indique-t-on ») still does.
#[test]
fn the_writer_or_anyone_is_no_source() {
    for sentence in [
        "De toute façon, j'espère que la pluie cessera.",
        "On considérait que la ligne serait rentable.",
    ] {
        expect_none(sentence);
    }
    let found = find_claims(&doc(&[
        "La croissance atteindra 6 % cette année, indique-t-on à Dakar.",
    ]));
    assert_eq!(found.len(), 1, "{found:?}");
}

/// « à la demande de X »: X asked for it, a call, whoever X is; « à la demande générale »
/// names no one.
#[test]
fn at_the_request_of_someone_is_their_call() {
    expect(
        "L'usine a été placée en redressement à la demande de son actionnaire, le groupe Acme.",
        "son actionnaire",
        ClaimKind::Call,
    );
    expect(
        "Le magasin a ouvert dimanche à la demande du maire.",
        "le maire",
        ClaimKind::Call,
    );
    expect_none("Le concert a été prolongé à la demande générale.");
}

/// A cleft gives what a stance verb targets (« Ce qu'elle dénonce, c'est l'enquête ») or the
/// clause a verb of saying reports (« Ce qu'il dit, c'est que … »); what someone says as a
/// thing talked about is no claim.
#[test]
fn a_cleft_gives_a_stance_or_a_reported_clause() {
    let found = claims_of_article(&[
        "L'avocate Marie Roy a pris la parole.",
        "Ce qu'elle dénonce, c'est l'enquête cachée du parquet.",
    ]);
    assert_eq!(
        found,
        [("Marie Roy".to_string(), ClaimKind::Position)],
        "{found:?}"
    );
    let found = claims_of_article(&[
        "Le maire Paul Roy a pris la parole.",
        "Ce qu'il dit, c'est que la ville est ruinée.",
    ]);
    assert_eq!(
        found,
        [("Paul Roy".to_string(), ClaimKind::Statement)],
        "{found:?}"
    );
    expect_none("Ce qu'elle dit et ce qu'elle fait, c'est incroyable.");
    expect_none("Ce qu'il dit, c'est incroyable.");
}

/// « crier à la trahison » accuses; « crier à la misère » complains of hardship, no claim, and
/// does not hide the main clause's cue.
#[test]
fn crying_poverty_is_no_accusation() {
    expect_none("Les habitants crient à la misère.");
    let found = speakers_of_one(
        "Même si des habitants crient à la misère, le maire, Paul Martin, croit que tout ira bien.",
    );
    assert_eq!(found, ["Paul Martin"], "{found:?}");
    assert_eq!(claims("L'opposition crie à la trahison.").len(), 1);
}

/// A full stop left where an incise's comma was (« … après 1850. explique Paul Martin. »):
/// the lower-case verb still closes the sentence as an incise.
#[test]
fn an_incise_after_a_stray_full_stop() {
    let found = speakers_of_one(
        "Le climat s'est réchauffé après 1850. explique Paul Martin de l'université de Lyon.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("Paul Martin"), "{found:?}");
    expect_none("Le climat s'est réchauffé après 1850. Explications à venir.");
}

fn speakers_of_one(sentence: &str) -> Vec<String> {
    super::tests::speakers_of(sentence)
}

/// « souligner » reports a noun object as well as a clause (« Le rapport souligne un
/// ralentissement »), not as an infinitive after « pour »; « dixit X » credits X.
#[test]
fn souligner_with_an_object_and_dixit() {
    expect(
        "Le rapport souligne en outre un ralentissement continu de la croissance.",
        "Le rapport",
        ClaimKind::Statement,
    );
    expect(
        "Les élus ont voté la réforme (dixit Paul Martin) sans débat.",
        "Paul Martin",
        ClaimKind::Statement,
    );
    expect_none("Un trait rouge sert à souligner le titre.");
}

/// An incise-only verb closing the sentence after a comma, its subject after it (« …, a
/// soulevé le général »), reports what comes before, quoted or not; « apprend-on » learns
/// from a source not named. Elsewhere these verbs report nothing.
#[test]
fn incise_only_verbs_closing_the_sentence() {
    expect(
        "Les troupes avancent vers la ville, a soulevé le général.",
        "le général",
        ClaimKind::Statement,
    );
    let found = find_claims(&doc(&[
        "En Italie, apprend-on, la croissance devrait rebondir.",
    ]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].speaker_kind, SpeakerKind::Unattributed);
    // « reporte X »: the press's « to report », in an incise.
    expect(
        "La préfecture a fermé la route jusqu'à lundi, reporte lesoir.be.",
        "lesoir.be",
        ClaimKind::Statement,
    );
    for sentence in [
        "Le comité a soulevé la question du budget.",
        "Le maire a appris la nouvelle à la radio.",
        "Le ministre, fatigué, lance le débat.",
        // (Postponing: outside an incise, or as a participle.)
        "Le club reporte le match à dimanche.",
        "Le match a été reporté, faute de terrain.",
    ] {
        expect_none(sentence);
    }
}

/// A verbless « pour » + a person's name before a colon and a quotation (« Même option pour
/// Paul Durand (3 %) : « … » ») gives that person's words; after a verb, the quotation is
/// the subject's.
#[test]
fn a_verbless_pour_name_colon_quotation() {
    let found =
        speakers_of_one("Même option pour Paul Durand (3 %) : « Je ne voterai jamais pour elle. »");
    assert_eq!(found, ["Paul Durand"], "{found:?}");
    let found = speakers_of_one(
        "Le maire a voté pour Paul Durand : « C'est le meilleur candidat », a-t-il dit.",
    );
    assert!(!found.contains(&"Paul Durand".to_string()), "{found:?}");
    expect_none("Même option pour Paul Durand, qui se tait.");
}

/// An incise with an adverb before its subject (« …, précise encore la Banque mondiale »)
/// closes the sentence; one set off by commas after an opening adjunct (« Après un recul,
/// précise la Banque mondiale, la croissance … ») reports the clause after it. A verb with
/// its object between commas after a subject is no incise.
#[test]
fn incises_with_an_adverb_or_after_an_opening_adjunct() {
    for sentence in [
        "La croissance devrait atteindre 5 %, précise encore la Banque mondiale.",
        "Après un recul en 2022, précise la Banque mondiale, la croissance devrait rebondir.",
        "Après un recul, précise encore la Banque mondiale, la croissance devrait rebondir.",
    ] {
        expect(sentence, "la Banque mondiale", ClaimKind::Statement);
    }
    expect_none("Le ministre, fatigué, lance le débat, puis il repart.");
    expect_none("Après la réunion, la note précise la date, puis le vote a lieu.");
}

/// « mettre au défi X de » challenges X: a call; « mettre au point » reports nothing.
#[test]
fn a_challenge_is_a_call() {
    expect(
        "Le chef de l'opposition a mis au défi le ministre de le poursuivre en justice.",
        "Le chef de l'opposition",
        ClaimKind::Call,
    );
    expect_none("Les ingénieurs ont mis au point un nouveau moteur.");
}

/// A bare participle joined to a passive one shares its « été »: a stock sentence of police
/// and court reports (« une enquête a été ouverte et confiée à … »), no one speaks. An active
/// verb before it, or an auxiliary of its own, still makes a claim.
#[test]
fn a_participle_joined_to_a_passive_is_passive_too() {
    for sentence in [
        "Une enquête a été ouverte et confiée à la police judiciaire.",
        "Une information judiciaire a été ouverte, puis confiée à un juge.",
        "Le dossier a été ouvert puis confié au juge d'instruction.",
        "Une enquête est ouverte et confiée aux gendarmes.",
        "Le rapport a été rédigé et annoncé lundi.",
        "Les faits ont été signalés et dénoncés aux autorités.",
        "Le suspect a été placé en garde à vue et confié aux enquêteurs.",
        "Les suspects sont conduits au commissariat et accusés de vol.",
        "Le texte avait été discuté, amendé et annoncé aux élus.",
        // (A comma before the joint too.)
        "Une enquête pour vol a été ouverte, et confiée à la brigade de gendarmerie.",
        "Les faits ont été signalés, et dénoncés aux autorités.",
        "Une plainte est déposée, et confiée au parquet.",
    ] {
        expect_none(sentence);
    }
    expect(
        "Le maire a visité le chantier, et confié à la presse que les travaux dureraient.",
        "Le maire",
        ClaimKind::Statement,
    );
    expect(
        "Le maire a visité le chantier et confié à la presse que les travaux dureraient.",
        "Le maire",
        ClaimKind::Statement,
    );
    expect(
        "Le maire a été reçu et a affirmé que rien ne changerait.",
        "Le maire",
        ClaimKind::Statement,
    );
    expect(
        "La route est fermée et le maire a confié que les travaux dureraient.",
        "le maire",
        ClaimKind::Statement,
    );
}

/// Words set inside the verb group or its particle (« quant à elle », « d'abord », a quotation
/// opening after the auxiliary or at the particle) leave the cue whole.
#[test]
fn an_insert_inside_the_cue_construction_keeps_the_cue() {
    for (sentence, speaker, kind) in [
        (
            "Paula Mendes a quant à elle dénoncé des propos « indignes ».",
            "Paula Mendes",
            ClaimKind::Position,
        ),
        (
            "Le maire a quant à lui affirmé que rien ne changerait.",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "Les syndicats ont quant à eux réclamé des négociations.",
            "Les syndicats",
            ClaimKind::Call,
        ),
        (
            "Le maire avait tout d'abord démenti toute fermeture.",
            "Le maire",
            ClaimKind::Denial,
        ),
        (
            "Le maire a d'abord « salué la décision de la région ».",
            "Le maire",
            ClaimKind::Position,
        ),
        (
            "Le ministre a « catégoriquement démenti » ces informations.",
            "Le ministre",
            ClaimKind::Denial,
        ),
        (
            "Le syndicat avait aussitôt « dénoncé une réforme injuste ».",
            "Le syndicat",
            ClaimKind::Position,
        ),
        (
            "Paul Martin a appelé «au calme» et à «la sérénité».",
            "Paul Martin",
            ClaimKind::Call,
        ),
        (
            "Le préfet a appelé « à la retenue » les manifestants.",
            "Le préfet",
            ClaimKind::Call,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    // « L'armée avait qualifié "d'infondées" les rumeurs »: a claim of the army's.
    let got = claims("L'armée avait qualifié \"d'infondées\" les rumeurs de mutinerie.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "L'armée");
}

/// The same inserts do not make a cue of what reports nothing: a belief given up (« a d'abord
/// pensé que »), a quoted word after an auxiliary that is no reporting verb, a quotation after
/// a verb that reports nothing.
#[test]
fn an_insert_inside_a_verb_group_makes_no_cue_of_what_reports_nothing() {
    for sentence in [
        "La compagnie a d'abord pensé que le défaut venait d'une batterie.",
        "Les enquêteurs avaient d'abord cru à un accident.",
        "Le club a « perdu la tête » en fin de match.",
        "Le maire a quant à lui visité le chantier.",
        "La foule a « envahi la place » dans la soirée.",
    ] {
        expect_none(sentence);
    }
}

#[test]
fn the_pronominal_se_confirmer_is_no_confirmation() {
    // Must not: « se confirmer » (turn out true), in any tense, main or relative clause.
    for sentence in [
        "Une tendance qui se confirme cette année.",
        "La hausse des prix se confirme dans toute la région.",
        "Les rumeurs se sont confirmées dans la soirée.",
        "Cette statistique, qui s'était confirmée l'an dernier, reste très élevée.",
    ] {
        expect_none(sentence);
    }
    // Must: « confirmer » with a subject who confirms still reports, before « se confirme ».
    assert_eq!(
        claims("Le ministre a confirmé que la hausse se confirme."),
        [("Le ministre".to_string(), ClaimKind::Statement)]
    );
    assert_eq!(
        claims("La police confirme que deux personnes ont été blessées."),
        [("La police".to_string(), ClaimKind::Statement)]
    );
}

#[test]
fn an_infinitive_completing_a_noun_reports_nothing() {
    // Must not: « noun + à + reporting infinitive » says what is to be said, by no one.
    for sentence in [
        "Parmi les faits à signaler : trois bagarres et un vol.",
        "Plusieurs points à préciser restent ouverts avant la signature.",
        "Rien à déclarer pour le moment.",
        "Les chiffres à retenir de la saison sont bons.",
    ] {
        expect_none(sentence);
    }
    // Must: « tenir à » + infinitive still reports; the call of « inviter X à » stays its
    // speaker's and gives X no words.
    assert_eq!(
        claims("Le maire a tenu à signaler que la route était fermée."),
        [("Le maire".to_string(), ClaimKind::Statement)]
    );
    let call = claims("Le préfet invite les habitants à signaler tout incident.");
    assert!(call.iter().all(|(s, _)| s == "Le préfet"), "{call:?}");
}

/// A collection of things as the subject (« Cette vague de départs rappelle … ») stresses
/// something, nobody speaks; a collection of people does. « C'est ce que vient d'apprendre à
/// ses dépens X »: X learnt it the hard way, told nothing; « ce qu'a affirmé X » is X's.
#[test]
fn a_collection_of_things_or_a_lesson_learnt_says_nothing() {
    expect_none("Cette vague de départs rappelle aux entreprises l'importance de bien recruter.");
    expect_none("C'est ce que vient d'apprendre à ses dépens le maire de la commune.");
    expect(
        "Une série de responsables ont affirmé que la réforme passerait.",
        "Une série de responsables",
        ClaimKind::Statement,
    );
    expect(
        "C'est ce qu'a affirmé le maire de la commune.",
        "le maire de la commune",
        ClaimKind::Statement,
    );
}

/// Slips of typing readers forgive: an inverted pronoun cut off by a space (« a-t- il »,
/// « a-t -elle », « a t-il », « ajoute-t- on ») and « à » typed for the auxiliary « a »
/// before a reporting verb's participle. Must not: « à » before an infinitive or a noun.
#[test]
fn typing_slips_in_the_verb_group_are_forgiven() {
    let before = "La directrice Claire Vidal a reçu les parents.";
    for incise in [
        "« Les cours reprendront lundi », a-t- elle indiqué.",
        "« Les cours reprendront lundi », a-t -elle précisé mardi.",
        "« Les cours reprendront lundi », a t-elle assuré.",
        "« Les cours reprendront lundi », ajoute-t- elle.",
        "« Les cours reprendront lundi », à expliqué la directrice.",
    ] {
        let claims = find_claims(&doc(&[before, incise]));
        assert_eq!(claims.len(), 1, "{incise}: {claims:?}");
        assert_eq!(claims[0].speaker, "Claire Vidal", "{incise}");
    }
    for (sentence, speaker) in [
        (
            "Le préfet à déclaré que la route restait fermée.",
            "Le préfet",
        ),
        (
            "Selon la mairie, qui à confirmé l'incident, personne n'est blessé.",
            "la mairie",
        ),
        (
            "La ministre Anne Roux à dit mardi qu'elle partirait.",
            "Anne Roux",
        ),
        ("Le syndicat à dénoncé une « provocation ».", "Le syndicat"),
    ] {
        assert_eq!(super::tests::speakers_of(sentence), [speaker], "{sentence}");
    }
    expect_none("Il reste beaucoup à dire sur cette affaire.");
    expect_none("Le maire est prêt à dénoncer les fraudeurs.");
    expect_none("Il reste des points à préciser avant la rentrée.");
    expect_none("Il a pensé à tout, t-il fallait.");
}

/// A reporting verb typed without its accents (« a denonce », « », declare X », « avait
/// revele que », « a-t-il denonce », « espere que »): the lexicon's verb, its participle after
/// an auxiliary. Must not: a word that is no verb of speech (« a ete fixé », « la note
/// precise », « une precise idée ») makes no claim.
#[test]
fn a_reporting_verb_typed_without_its_accents_is_that_verb() {
    for (sentence, speaker) in [
        (
            "Le syndicat a denonce mardi une « provocation ».",
            "Le syndicat",
        ),
        (
            "« Nous ne céderons pas », declare le maire Paul Girard.",
            "Paul Girard",
        ),
        ("Les élus ont deplore l'absence du préfet.", "Les élus"),
        (
            "La ministre Anne Roux a reitere que la réforme passerait.",
            "Anne Roux",
        ),
        (
            "« La route restera fermée », a precise la préfecture.",
            "la préfecture",
        ),
        (
            "Le parquet avait revele que deux suspects étaient en fuite.",
            "Le parquet",
        ),
        (
            "La porte-parole Marie Dupont espere que les négociations reprendront.",
            "Marie Dupont",
        ),
    ] {
        assert_eq!(super::tests::speakers_of(sentence), [speaker], "{sentence}");
    }
    let before = "La directrice Claire Vidal a reçu les parents.";
    let claims = find_claims(&doc(&[before, "« C'est un scandale », a-t-elle denonce."]));
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(claims[0].speaker, "Claire Vidal");
    expect_none("Le prix a ete fixé par le conseil municipal.");
    expect_none("La note precise du rapport a été publiée mardi.");
    expect_none("Les élèves ont une precise idée du sujet.");
}

/// A subject pronoun then a reporting participle whose auxiliary was forgotten, before what
/// it reports (« Il expliqué que », « Elle déclaré : », « Mardi, il indiqué qu' »): the
/// pronoun's claim, a past verb group (no `u` for the conditional after it). Must not: a noun
/// before the participle (an adjective: « Le rapport publié que »), a participle of a verb that
/// reports nothing, or one with nothing reported after it.
#[test]
fn a_forgotten_auxiliary_after_a_subject_pronoun_is_read() {
    let before = "La directrice Claire Vidal a reçu les parents.";
    for sentence in [
        "Elle expliqué que les cours reprendraient lundi.",
        "Elle déclaré : « Les cours reprendront lundi. »",
        "Mardi, elle indiqué qu'elle démissionnerait.",
        "Elle précisé que les cours reprendraient lundi.",
        "Elle dénoncé que les cours soient suspendus.",
    ] {
        let claims = find_claims(&doc(&[before, sentence]));
        assert_eq!(claims.len(), 1, "{sentence}: {claims:?}");
        assert_eq!(claims[0].speaker, "Claire Vidal", "{sentence}");
        assert!(!claims[0].unconfirmed, "{sentence}");
    }
    // (The first sentence is the parents' narrated feeling, a position: README, session 19.)
    let claims = find_claims(&doc(&[
        "Les parents sont inquiets.",
        "Ils affirmé que les cours reprendraient lundi.",
    ]));
    assert_eq!(claims.len(), 2, "{claims:?}");
    assert_eq!(claims[1].speaker, "Les parents", "{claims:?}");
    assert_eq!(claims[1].kind, ClaimKind::Statement, "{claims:?}");
    expect_none("Le rapport publié que personne n'a lu est clos.");
    expect_none("Il fatigué que nous sommes, nous partons.");
    // (An auxiliary or a preposition before the pronoun: the group is whole, its subject
    // named before.)
    assert_eq!(
        super::tests::speakers_of("La CGT a quant à elle affirmé que le site fermera."),
        ["La CGT"]
    );
    for sentence in [
        "Elle resté que la directrice du collège.",
        "Elle expliqué la situation aux parents.",
    ] {
        assert!(
            find_claims(&doc(&[before, sentence])).is_empty(),
            "{sentence}"
        );
    }
}

/// An inversion typed with an apostrophe for its second hyphen (« a-t'il », « a-t’elle »,
/// « ajoute-t'on », « a t'il »), any verb, is read as « a-t-il ». Must not: « t' » before
/// anything but a subject pronoun (« va-t'en », « Il t'a dit ») stays as written.
#[test]
fn an_inversion_typed_with_an_apostrophe_is_an_inversion() {
    let before = "La directrice Claire Vidal a reçu les parents.";
    for incise in [
        "« Les cours reprendront lundi », a-t'elle indiqué.",
        "« Les cours reprendront lundi », a-t’elle précisé mardi.",
        "« Les cours reprendront lundi », ajoute-t'elle.",
        "« Les cours reprendront lundi », a t'elle assuré.",
        "« Les cours reprendront lundi », rappelle-t’elle devant la presse.",
        "« Les cours reprendront lundi », avait-t'elle promis.",
    ] {
        let claims = find_claims(&doc(&[before, incise]));
        assert_eq!(claims.len(), 1, "{incise}: {claims:?}");
        assert_eq!(claims[0].speaker, "Claire Vidal", "{incise}");
    }
    let toks = super::tokens::tokenize("« Non », a-t'il dit, puis il t'a répondu : va-t'en.");
    let lows: Vec<&str> = toks.iter().map(|t| t.low.as_str()).collect();
    let mut mended = toks.clone();
    super::tokens::mend_typing_slips(&mut mended);
    let mended: Vec<&str> = mended.iter().map(|t| t.low.as_str()).collect();
    assert!(lows.contains(&"a-t'il"), "{lows:?}");
    assert!(mended.contains(&"a-t-il"), "{mended:?}");
    assert!(
        mended.contains(&"t'") && mended.contains(&"va-t'en"),
        "{mended:?}"
    );
}

/// A relative on a noun of words said (« C'est l'appel qu'a lancé mardi X », « l'avertissement
/// qu'a lancé l'OMS », « le message qu'a répété le ministre »): its subject after the verb, of
/// the kind of the words; must not: a thing launched, an operation, a promise made with a verb
/// that says nothing.
#[test]
fn a_relative_on_words_said_has_its_subject_after() {
    for (sentence, speaker, kind) in [
        (
            "C'est l'appel qu'a lancé mardi la présidente du syndicat.",
            "la présidente du syndicat",
            ClaimKind::Call,
        ),
        (
            "C'est l'appel qu'a lancé mercredi soir à Lyon la cheffe du parti, Marie Roux.",
            "Marie Roux",
            ClaimKind::Call,
        ),
        (
            "C'est l'avertissement qu'a lancé jeudi l'OMS.",
            "l'OMS",
            ClaimKind::Warning,
        ),
        (
            "C'est le message qu'a répété le ministre devant les députés.",
            "le ministre",
            ClaimKind::Statement,
        ),
        (
            "Voilà l'ultimatum qu'a lancé le gouvernement aux grévistes.",
            "le gouvernement",
            ClaimKind::Warning,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "C'est l'opération qu'a lancée l'armée.",
        "C'est le ballon qu'a lancé le joueur.",
        "C'est la fusée qu'a lancée la NASA.",
        "C'est le produit qu'a lancé la marque en mai.",
    ] {
        expect_none(sentence);
    }
}

/// « apprendre » told to someone (a dative clitic: « nous apprend que », « leur a appris que »)
/// is its subject telling it, in any tense, with adverbs and dates between; must not: who
/// learnt it (« Nous apprenons que », « Le joueur apprend que »), teaching a skill or a virtue.
#[test]
fn telling_someone_what_they_learn() {
    for (sentence, speaker) in [
        (
            "Le maire nous a appris que la mairie fermera en juin.",
            "Le maire",
        ),
        (
            "Un proche de la famille nous apprend également que le corps a été retrouvé.",
            "Un proche de la famille",
        ),
        (
            "La police leur a appris mardi que leur fils était vivant.",
            "La police",
        ),
        (
            "Son avocat m'a appris hier qu'il ferait appel.",
            "Son avocat",
        ),
        (
            "L'entraîneur lui apprenait que son contrat était rompu.",
            "L'entraîneur",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Nous apprenons que le joueur restera.",
        "Vous avez appris que le joueur restera.",
        "Le joueur apprend que son contrat est rompu.",
        "Le professeur nous apprend à lire.",
        "L'expérience nous apprend la patience.",
    ] {
        expect_none(sentence);
    }
}

/// « avancer que » puts a claim forward, with a contrast (« en revanche », « au contraire »,
/// « pour sa part ») or a date between; the same phrases after other verbs of saying; must
/// not: moving forward, « n'avance que » (only), a date brought forward.
#[test]
fn putting_forward_that_past_a_contrast() {
    for (sentence, speaker, kind) in [
        (
            "La ministre, présidente du conseil, avance en revanche que le budget sera tenu.",
            "La ministre",
            ClaimKind::Statement,
        ),
        (
            "L'opposition avance au contraire que les comptes sont faux.",
            "L'opposition",
            ClaimKind::Statement,
        ),
        (
            "Le syndicat avançait mardi que les salaires baisseraient.",
            "Le syndicat",
            ClaimKind::Statement,
        ),
        (
            "Le maire avance pour sa part que la ville devra emprunter.",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "Le ministre estime en revanche que la réforme est juste.",
            "Le ministre",
            ClaimKind::Position,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "L'équipe avance en revanche vers la finale.",
        "Le chantier n'avance que lentement.",
        "La date avance au contraire de ce qui était prévu.",
        "Les travaux avancent en revanche plus vite que prévu.",
    ] {
        expect_none(sentence);
    }
}

/// « …, informe la mairie », « …, spécifie le règlement »: a verb of telling that otherwise
/// needs a « que » clause reports the clause before it in an incise closing the sentence
/// (tenses, a clitic, a time word or an adjunct between). Not its other senses: informing
/// someone of something, a document attesting a thing, a participle.
#[test]
fn a_verb_of_telling_closing_the_sentence_reports_it() {
    for (sentence, speaker) in [
        ("Le chantier reprendra lundi, informe la mairie.", "la mairie"),
        (
            "Les travaux ont pris du retard, nous informe le maire.",
            "le maire",
        ),
        (
            "La route restera fermée jusqu'à jeudi, a informé mardi la préfecture.",
            "la préfecture",
        ),
        (
            "Deux personnes ont été blessées, informait hier soir la gendarmerie dans un communiqué.",
            "la gendarmerie",
        ),
        (
            "Le vote aura lieu à huis clos, spécifie le président du jury.",
            "le président du jury",
        ),
        (
            "Le produit est conforme aux normes, atteste le laboratoire.",
            "le laboratoire",
        ),
        (
            "Nous ne fermerons aucune classe cette année, stipule la directrice.",
            "la directrice",
        ),
    ] {
        assert_eq!(super::tests::speakers_of(sentence), [speaker], "{sentence}");
    }
    for sentence in [
        "La mairie a informé les habitants de la coupure.",
        "Le maire informe les riverains.",
        "Ce document atteste la présence du suspect.",
        "Les voisins, informés par la mairie, ont quitté les lieux.",
        "Il a informé la police, qui est arrivée.",
        "Le contrat stipule une clause de sortie pour le joueur.",
        // (What a rule provides is the norm: README « Session 22 »,
        // `sense_tests::what_a_norm_provides_is_no_claim`.)
        "Le vote aura lieu à huis clos, spécifie le règlement.",
    ] {
        expect_none(sentence);
    }
}

/// « Les autorités indiquent la mort de cinq personnes », « Le responsable relève 8 blessés »:
/// « indiquer », « signaler », « relever », « mentionner », « rapporter » (and « annoncer »,
/// below) with no « que » report
/// a toll, a death, an arrest or an incident named, in any tense, past adverbs, time words and
/// adjuncts. Must not: a subject that cannot speak, a count of what is no casualty, the other
/// senses of « relever » and « rapporter ».
#[test]
fn a_toll_reported_without_que_is_a_statement() {
    for (sentence, speaker) in [
        (
            "Les autorités indiquent par ailleurs la mort de cinq personnes.",
            "Les autorités",
        ),
        (
            "La préfecture signale trois blessés légers.",
            "La préfecture",
        ),
        ("Le directeur relève 12 blessés.", "Le directeur"),
        (
            "Les pompiers signalent plus de vingt blessés.",
            "Les pompiers",
        ),
        (
            "La police mentionne la disparition d'un adolescent.",
            "La police",
        ),
        (
            "La gendarmerie relève mardi trois interpellations.",
            "La gendarmerie",
        ),
        (
            "Le gouverneur signale de son côté un incendie dans un entrepôt.",
            "Le gouverneur",
        ),
        (
            "La préfecture indique une vingtaine de blessés.",
            "La préfecture",
        ),
        ("Le responsable a relevé 8 blessés.", "Le responsable"),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Le panneau indique 8 kilomètres.",
        "Le thermomètre indique 40 degrés.",
        "La carte signale trois sentiers.",
        "Cette flèche indique la sortie.",
        "Le joueur a rapporté trois médailles.",
        "Les gendarmes ont relevé trois empreintes.",
        "La police a relevé la présence de traces.",
    ] {
        expect_none(sentence);
    }
}

/// Every approximation of `lexicon::APPROXIMATIONS` may stand before a toll's count
/// (« quelque 200 », « pas moins de dix », beside « plus de », « au moins », rv1 R2); past it,
/// a count of what is no casualty is still none.
#[test]
fn a_toll_after_any_approximation_is_a_statement() {
    for (sentence, speaker) in [
        ("Les secours signalent quelque 40 blessés.", "Les secours"),
        (
            "La préfecture relève pas moins de dix interpellations.",
            "La préfecture",
        ),
        (
            "Les autorités annoncent environ 300 morts.",
            "Les autorités",
        ),
        (
            "La police a signalé lundi près de 60 arrestations.",
            "La police",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Le club annonce quelque 40 recrues.",
        "Le festival annonce pas moins de dix concerts.",
        "Le panneau indique environ 8 kilomètres.",
    ] {
        expect_none(sentence);
    }
}

/// « annoncer » a toll as the reporting verbs of fact do, a count in figures too (« Les
/// secours annoncent 15 blessés », a headline « Séisme : la Croix-Rouge annonce 37 morts »).
/// Must not: a count of what is no casualty, a subject that cannot speak.
#[test]
fn a_toll_announced_in_figures_is_a_statement() {
    for (sentence, speaker) in [
        ("Les autorités annoncent 12 morts.", "Les autorités"),
        (
            "Le ministère de la Santé annonce 300 nouveaux cas",
            "Le ministère de la Santé",
        ),
        (
            "Séisme : la Croix-Rouge annonce 37 morts dans la région",
            "la Croix-Rouge",
        ),
        ("Les secours annoncent au moins 15 blessés.", "Les secours"),
        ("La police annonce 40 interpellations", "La police"),
        (
            "La préfecture a annoncé vendredi 8 blessés.",
            "La préfecture",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    for sentence in [
        "Météo-France annonce 40 degrés",
        "Le club annonce 3 recrues.",
        "Le festival annonce 20 000 spectateurs.",
        "Le film annonce 12 morts",
        "La tempête annonce 3 jours de pluie.",
    ] {
        expect_none(sentence);
    }
}

/// « « … », lance, hier soir, Jean Dupont »: a verb that reports only in an incise keeps its
/// subject past an aside between commas (a time, a place, a manner, a reference), in any
/// tense. Must not: an aside with nothing after it, an aside before a verb's object.
#[test]
fn an_aside_between_an_incise_verb_and_its_subject() {
    for (sentence, speaker) in [
        (
            "« Nous ferons mieux », lance, hier soir, Jean Dupont.",
            "Jean Dupont",
        ),
        (
            "« Nous ne céderons rien », tranche, en conférence de presse, le ministre.",
            "le ministre",
        ),
        (
            "« Nous ferons mieux », a lancé, hier soir, Jean Dupont.",
            "Jean Dupont",
        ),
        (
            "« Le prix du lait doit remonter », lance, en référence aux manifestations des éleveurs, Paul Martin.",
            "Paul Martin",
        ),
        (
            "« C'est une honte », s'exclame, devant la mairie, la présidente de l'association.",
            "la présidente de l'association",
        ),
    ] {
        assert_eq!(super::tests::speakers_of(sentence), [speaker], "{sentence}");
    }
    for sentence in [
        "« Nous ferons mieux », lance, hier soir.",
        "Le club, mardi, lance, ce week-end, une nouvelle campagne.",
    ] {
        expect_none(sentence);
    }
}

/// « a écarté cette hypothèse », « exclut la piste criminelle », « écarte l'idée d'un
/// report »: ruling out an idea, a lead, a rumour or an accusation is a denial, in any tense,
/// past adverbs and time words; negated it keeps the idea open, a statement. Must not: a person
/// or a crowd put aside, an agentless passive.
#[test]
fn ruling_out_an_idea_is_a_denial() {
    for (sentence, speaker) in [
        (
            "Mais le ministère a officiellement écarté cette hypothèse en début d'après-midi.",
            "le ministère",
        ),
        ("La police a exclu la piste criminelle.", "La police"),
        (
            "Le gouvernement écarte l'idée d'un reconfinement.",
            "Le gouvernement",
        ),
        (
            "La direction a écarté mardi les accusations du syndicat.",
            "La direction",
        ),
        ("Le club écarte les rumeurs de départ.", "Le club"),
    ] {
        expect(sentence, speaker, ClaimKind::Denial);
    }
    expect(
        "Le procureur n'écarte pas cette hypothèse.",
        "Le procureur",
        ClaimKind::Statement,
    );
    for sentence in [
        "La mairie a écarté la foule.",
        "Le club a exclu deux joueurs.",
        "Le parti a exclu le député.",
        "Les pompiers ont écarté les curieux.",
        "Cette hypothèse a été écartée.",
    ] {
        expect_none(sentence);
    }
}

/// An unnamed holder of a function, of an institution or not (« un professeur de
/// technologie », « des enseignants du lycée »), is an anonymous source (session-14
/// convention); a spokesperson speaks for the institution (a role, as the sets give it), and
/// a definite role stays a role.
#[test]
fn an_unnamed_holder_of_a_function_is_anonymous() {
    use super::tests::last_claim;
    for (sentence, speaker, kind) in [
        (
            "« Tout va bien », explique un professeur de technologie.",
            "un professeur de technologie",
            SpeakerKind::Anonymous,
        ),
        (
            "Un médecin de l'hôpital a affirmé que le patient était stable.",
            "Un médecin de l'hôpital",
            SpeakerKind::Anonymous,
        ),
        (
            "« Le service est saturé », raconte une infirmière des urgences.",
            "une infirmière des urgences",
            SpeakerKind::Anonymous,
        ),
        (
            "Des enseignants du lycée Jean-Moulin ont dénoncé la fermeture de la classe.",
            "Des enseignants du lycée Jean-Moulin",
            SpeakerKind::Anonymous,
        ),
        (
            "Un policier de la brigade fluviale a affirmé que le suspect était armé.",
            "Un policier de la brigade fluviale",
            SpeakerKind::Anonymous,
        ),
        // Must not: a spokesperson, a definite role.
        (
            "Un porte-parole de la préfecture a indiqué que la route restait fermée.",
            "Un porte-parole de la préfecture",
            SpeakerKind::Role,
        ),
        (
            "Le médecin de l'hôpital a affirmé que le patient était stable.",
            "Le médecin de l'hôpital",
            SpeakerKind::Role,
        ),
    ] {
        assert_eq!(
            last_claim(&[sentence]),
            Some((speaker.to_string(), kind)),
            "{sentence}"
        );
    }
}

/// A reporting verb that ends its clause right before a colon opening a quotation gives the
/// quotation its kind, as « que » would (« s'offusque : « … » » is a position, « rejette : »
/// a denial, « invite : » a call), in every tense, person and subject the press uses, past
/// the press's inserts (« dans un communiqué », « auprès de l'AFP »). Must not: a denial or
/// call negated in its own verb group is a statement (a « ne » in the subject's relative
/// negates nothing), a call whose quotation asks a question is a statement, « décrit : » is
/// no « décrire comme », and a clause without a reporting verb stays a statement.
#[test]
fn a_reporting_verb_before_a_colon_quotation_gives_its_kind() {
    use ClaimKind::{Call, Denial, Position, Statement, Warning};
    for (sentence, speaker, kind) in [
        (
            "Le maire de la commune s'offusque : « Personne ne nous a prévenus de ce chantier. »",
            "Le maire de la commune",
            Position,
        ),
        (
            "La directrice de l'hôpital s'est indignée : « On nous retire des lits en plein hiver. »",
            "La directrice de l'hôpital",
            Position,
        ),
        (
            "Les riverains déplorent : « Le bruit dure toute la nuit depuis des semaines. »",
            "Les riverains",
            Position,
        ),
        (
            "La porte-parole de la mairie, Claire Dumas, rejette : « Ces chiffres ne correspondent à rien. »",
            "Claire Dumas",
            Denial,
        ),
        (
            "Le préfet invite : « Restez chez vous tant que la tempête n'est pas passée. »",
            "Le préfet",
            Call,
        ),
        (
            "Le sélectionneur pense : « Nous pouvons encore gagner ce championnat. »",
            "Le sélectionneur",
            Position,
        ),
        (
            "La ministre ne rejette pas : « Nous regarderons ce dossier avec attention. »",
            "La ministre",
            Statement,
        ),
        (
            "Le député invite : « Qui paiera la facture de ce chantier ? »",
            "Le député",
            Statement,
        ),
        (
            "Le maire décrit : « La grotte descend sur trois niveaux. »",
            "Le maire",
            Statement,
        ),
        (
            "Le maire n'a obtenu aucune garantie : « Je ne sais rien de la suite du chantier. »",
            "Le maire",
            Statement,
        ),
        // (Review B5: a « ne » in the subject's relative or an opening phrase is not the
        // verb's.)
        (
            "Le préfet, qui ne veut prendre aucun risque, invite : « Restez chez vous. »",
            "Le préfet",
            Call,
        ),
        (
            "Le ministre, qui ne décolère pas, rejette : « Ces accusations sont fausses. »",
            "Le ministre",
            Denial,
        ),
        (
            "Le maire, qui n'a jamais caché son agacement, s'offusque : « C'est une honte pour la ville. »",
            "Le maire",
            Position,
        ),
        (
            "Faute de ne pouvoir se rendre sur place, la préfète exhorte : « Restez chez vous ce soir. »",
            "la préfète",
            Call,
        ),
        (
            "La porte-parole n'a pas démenti auprès de l'AFP : « Le dossier est à l'étude. »",
            "La porte-parole",
            Statement,
        ),
        (
            "La ministre ne les rejette pas : « Nous regarderons ces chiffres de près. »",
            "La ministre",
            Statement,
        ),
        (
            "Le préfet, qui ne le cache pas, le déplore : « Les moyens manquent. »",
            "Le préfet",
            Position,
        ),
        // (Review B7: the press's inserts between the verb and the colon.)
        (
            "Le maire s'offusque dans un communiqué : « C'est inadmissible. »",
            "Le maire",
            Position,
        ),
        (
            "La préfète rejette auprès de l'AFP : « Ces accusations sont fausses. »",
            "La préfète",
            Denial,
        ),
        (
            "La directrice a démenti auprès de nos confrères : « Aucun licenciement n'est prévu. »",
            "La directrice",
            Denial,
        ),
        (
            "Le préfet appelle, dans un communiqué, : « Restez chez vous demain. »",
            "Le préfet",
            Call,
        ),
        (
            "Le maire prévient lors d'un point presse : « Nous ne céderons rien. »",
            "Le maire",
            Warning,
        ),
        // (Review B7, noted: a body speaking through a reporting verb before the colon.)
        (
            "Le syndicat invite : « Rejoignez-nous lundi devant la mairie. »",
            "Le syndicat",
            Call,
        ),
        (
            "La mairie invite : « Restez chez vous ce soir. »",
            "La mairie",
            Call,
        ),
        (
            "La préfecture dément : « Aucun blessé n'est à déplorer. »",
            "La préfecture",
            Denial,
        ),
        (
            "La gendarmerie dément : « Aucun blessé n'est à déplorer ».",
            "La gendarmerie",
            Denial,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    // Must not: a body whose clause before the colon holds no reporting verb, or whose
    // quotation is a title, no words said (review 3 B42).
    for sentence in [
        "La ville a fermé ses écoles : « Les enfants resteront chez eux. »",
        "L'usine a fermé ses portes : « C'est un drame pour la vallée. »",
        "La région a voté le budget : « Les lycées seront rénovés. »",
        "Le festival propose cette année : « Une nuit au musée ».",
        "La chaîne propose ce soir : « Les secrets du Louvre ».",
    ] {
        expect_none(sentence);
    }
}

/// How someone spoke, judged with a copula right before a colon that opens a quotation (« a
/// été clair : « … » », « s'est montré ferme : », « est resté prudent : »), is the subject's
/// statement, after an opening adjunct too. Must not: a subject that is no one (« Le message
/// est clair : « … » »), no quotation (« a été clair avec les élus »), a thing judged with an
/// incise after the quotation (its speaker alone).
#[test]
fn how_someone_spoke_before_a_colon_and_a_quotation() {
    for (sentence, speaker) in [
        (
            "Au cours d'une conférence de presse, ce matin, l'élu a été clair : « Je soutiens la maire. »",
            "l'élu",
        ),
        (
            "Concernant le cas du défenseur, le sélectionneur s'est montré ferme : « Il ne jouera pas. »",
            "le sélectionneur",
        ),
        (
            "Le maire est resté prudent : « Nous verrons ce que dira le préfet. »",
            "Le maire",
        ),
        (
            "Les syndicats se sont montrés très fermes : « Nous ne signerons rien sans garanties. »",
            "Les syndicats",
        ),
        (
            "Le président avait été catégorique : « Il n'y aura pas de hausse d'impôts. »",
            "Le président",
        ),
        (
            "Sur ce dossier, la directrice se veut optimiste : « Le chantier finira en mai. »",
            "la directrice",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("Le message est clair : « Nous voulons des garanties. »");
    expect_none("Le maire a été clair avec les élus de la majorité.");
    expect(
        "Le ciel est clair : « Quelle belle journée », s'amuse un passant.",
        "un passant",
        ClaimKind::Statement,
    );
}

/// « convient, de son côté, la ministre », « affirme, par ailleurs, avoir »: an adverbial phrase
/// set off by commas right after the verb stands between it and its postposed subject or what
/// it reports, as it does without commas.
#[test]
fn an_adverbial_phrase_between_commas_after_the_verb() {
    // Must: other verbs, phrases, tenses; a postposed subject or an infinitive after it.
    for (sentence, speaker, kind) in [
        (
            "« Les chiffres sont en hausse », convient, de son côté, la ministre de la Santé.",
            "la ministre de la Santé",
            ClaimKind::Statement,
        ),
        (
            "« Nous ne céderons pas », martèle, pour sa part, le porte-parole du syndicat.",
            "le porte-parole du syndicat",
            ClaimKind::Statement,
        ),
        (
            "« Le site restera ouvert », a assuré, quant à lui, le directeur de l'usine.",
            "le directeur de l'usine",
            ClaimKind::Statement,
        ),
        (
            "Le préfet affirme, par ailleurs, avoir reçu les élus.",
            "Le préfet",
            ClaimKind::Statement,
        ),
        (
            "La mairie dit, en revanche, ignorer tout du projet.",
            "La mairie",
            ClaimKind::Statement,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    // Must not: a phrase that is no adverbial one keeps the old reading; a verb that reports
    // nothing stays silent past the commas.
    for sentence in [
        "Le maire convient, de son côté, d'un rendez-vous avec les habitants.",
        "Le club assure, de son côté, la sécurité du stade.",
        "Le maire répond, de son côté, aux critères du concours.",
        "La direction rappelle, quant à elle, les salariés en renfort.",
        "L'équipe a gagné, de son côté, son premier match.",
        "Le club assure, pour sa part, le transport des joueurs.",
        "La ville retient, de son côté, trois projets.",
    ] {
        expect_none(sentence);
    }
}

/// A relative « qui » after a body named with its acronym in brackets (« a averti l'Office
/// national des forêts (ONF), qui évoque … ») is the sentence's speaker again, one claim
/// (one claim per speaker per sentence; README, session 13: the acronym is no part of who
/// speaks); another body after it still speaks.
#[test]
fn a_relative_after_a_body_and_its_acronym_is_the_same_speaker() {
    for (sentence, speaker) in [
        (
            "Les forêts manquent d'eau, a averti vendredi l'Office national des forêts (ONF), qui évoque une sécheresse historique.",
            "l'Office national des forêts",
        ),
        (
            "Les prix montent, a mis en garde l'Institut national de la statistique (Insee), qui prévoit une inflation durable.",
            "l'Institut national de la statistique",
        ),
        (
            "Le virus circule, a indiqué mardi la Direction générale de la santé (DGS), qui annonce une campagne de vaccination.",
            "la Direction générale de la santé",
        ),
    ] {
        assert_eq!(speakers_of_one(sentence), [speaker], "{sentence}");
    }
    // Must not: another body in the relative's place.
    let got = speakers_of_one(
        "Les prix montent, a averti l'Institut national de la statistique (Insee), contredit par la Banque de France (BDF), qui affirme que l'inflation recule.",
    );
    assert!(got.len() == 2, "{got:?}");
}

/// « selon » and « d'après » a body or a firm named by its trade or its service (« selon la
/// compagnie », « d'après les forces de l'ordre », « selon le commissariat du
/// gouvernement »), opening or closing the sentence: its statement, an organization. Not
/// « selon » meaning « depending on » (« les tarifs varient selon la compagnie »), nor a body
/// that only does something.
#[test]
fn a_body_or_a_firm_after_selon_is_the_source() {
    let cases = [
        (
            "Selon la compagnie, quinze vols ont été annulés samedi.",
            "la compagnie",
        ),
        (
            "Le cortège a réuni 4 000 personnes, d'après les forces de l'ordre.",
            "les forces de l'ordre",
        ),
        (
            "Le prévenu devra purger six mois de prison, selon le commissariat du gouvernement.",
            "le commissariat du gouvernement",
        ),
        (
            "Selon l'aviation civile, un tiers des avions sont restés au sol.",
            "l'aviation civile",
        ),
        (
            "Trois camions ont été saisis à la frontière, selon les douanes.",
            "les douanes",
        ),
        (
            "D'après l'opérateur, la panne a touché 20 % des abonnés.",
            "l'opérateur",
        ),
        (
            "Le réacteur sera remplacé en mars, selon le constructeur.",
            "le constructeur",
        ),
    ];
    for (sentence, speaker) in cases {
        let got = find_claims(&doc(&[sentence]));
        assert_eq!(got.len(), 1, "{sentence}: {got:?}");
        assert_eq!(got[0].speaker, speaker, "{sentence}");
        assert_eq!(got[0].kind, ClaimKind::Statement, "{sentence}");
        assert_eq!(got[0].speaker_kind, SpeakerKind::Organization, "{sentence}");
    }
    for sentence in [
        "Les tarifs des bagages varient selon la compagnie.",
        "Les forces de l'ordre ont dispersé la foule vers midi.",
        "Le commissariat du quartier a fermé ses portes en juin.",
        "Les prix changent selon l'opérateur choisi.",
    ] {
        let got = claims(sentence);
        assert!(got.is_empty(), "{sentence}: {got:?}");
    }
}

/// A call told to someone, then what to do (`cues::told`): who is told may be a list set off
/// by commas (« appelle chaque salarié, chaque retraité, à »), a long noun phrase closed by a
/// comma, a dative after « signifier » or « intimer », a direct object after « instruire ».
/// Not « signifier » or « instruire » in their other senses, nor a « de » or an « à » that
/// opens a complement or a place rather than an infinitive.
#[test]
fn a_call_told_to_someone_then_what_to_do() {
    use ClaimKind::Call;
    expect(
        "Le ministre a instruit jeudi les préfets de renforcer les contrôles.",
        "Le ministre",
        Call,
    );
    expect(
        "La direction a signifié aux salariés en grève de reprendre le travail.",
        "La direction",
        Call,
    );
    expect(
        "Le syndicat appelle chaque salarié, chaque retraité, à rejoindre le cortège.",
        "Le syndicat",
        Call,
    );
    expect(
        "Le capitaine a intimé à ses hommes de se replier.",
        "Le capitaine",
        Call,
    );
    expect(
        "L'ONG invite les donateurs, les entreprises et les collectivités, à se mobiliser.",
        "L'ONG",
        Call,
    );
    expect(
        "Le gouvernement encourage les entreprises de la région, à terme, à embaucher.",
        "Le gouvernement",
        Call,
    );
    for sentence in [
        "Cette victoire signifie la fin de dix ans de disette.",
        "Cela signifie de repartir de zéro pour les salariés.",
        "La fermeture signifie aux familles de tout perdre.",
        "La candidate a signifié ses intentions de se présenter.",
        "Le juge instruit le dossier de fraude depuis deux ans.",
        "Le juge a instruit l'affaire de corruption pendant trois ans.",
        "Un marin instruit des choses de la mer a pris la barre.",
        "Son intime conviction de gagner ne l'a jamais quitté.",
        "Le maire a appelé sa mère, à Paris, pour la rassurer.",
        "Le préfet a appelé les pompiers, à savoir le centre de secours de la ville.",
        "Le club a invité les supporters de la région, à 18 heures, au stade.",
    ] {
        expect_none(sentence);
    }
}

/// « Son Excellence » is the address of a head of State, no part of the name.
#[test]
fn son_excellence_is_no_part_of_the_name() {
    expect(
        "Son Excellence Paul Alphonse Martin a déclaré que la paix revenait.",
        "Paul Alphonse Martin",
        ClaimKind::Statement,
    );
}

/// « Pour X et Y, » with each a holder of views, the second opening on a possessive
/// (« Pour leur avocat et leurs proches, »): both speak, as « Pour X, » alone; « son /
/// leur conseil » alone is the lawyer; a quotation credited with « aussi pour X » is X's, as
/// « pour X » is. Not a purpose (« Pour leur mariage et leurs enfants »), a board (« son
/// conseil d'administration »), nor a noun after its article befalling someone (« un coup dur
/// aussi pour le club »).
#[test]
fn pour_two_holders_a_counsel_and_aussi_pour() {
    use super::tests::speakers_of;
    let got = speakers_of("Pour leur avocat et leurs proches, ce procès est « fabriqué ».");
    assert_eq!(got, ["leur avocat", "leurs proches"]);
    let got = speakers_of("Pour son conseil, la peine prononcée est excessive.");
    assert_eq!(got, ["son conseil"]);
    let got =
        speakers_of("« Ce procès est une farce » aussi pour Paul Martin, avocat de la défense.");
    assert_eq!(got, ["Paul Martin"]);
    for sentence in [
        "Pour leurs enfants et leurs petits-enfants, ils ont bâti une école.",
        "Pour leur mariage et leurs enfants, ils ont acheté une maison.",
        "Pour son conseil d'administration, l'entreprise a publié un rapport.",
        "« C'est un coup dur » aussi pour le club, qui perd son capitaine.",
        "Un « succès » également pour la ville, qui accueille 20 000 visiteurs.",
    ] {
        expect_none(sentence);
    }
}

/// Fears, hopes and pride shown (« ne cache pas ses craintes », « affiche sa fierté », « n'a
/// pas dissimulé son soulagement »): the subject's position, as the other feelings of
/// `lexicon::SHOWN_STANCES`. Not « cacher » affirmed (what one hides is not shown).
#[test]
fn fears_hopes_and_pride_shown_are_a_position() {
    use ClaimKind::Position;
    expect(
        "La championne ne cache pas ses craintes avant la course.",
        "La championne",
        Position,
    );
    expect(
        "La coureuse ne cache pas ses émotions et ses craintes dans le film.",
        "La coureuse",
        Position,
    );
    expect(
        "Le maire affiche sa fierté après l'inauguration.",
        "Le maire",
        Position,
    );
    expect(
        "Le ministre n'a pas dissimulé son soulagement après le vote.",
        "Le ministre",
        Position,
    );
    expect(
        "Les salariés manifestent leurs craintes face aux licenciements.",
        "Les salariés",
        Position,
    );
    expect_none("Le voleur cache ses craintes derrière un sourire.");
    expect_none("Le navigateur dissimule sa peur sous une plaisanterie.");
}

/// « menacer » past long adjuncts, then « de » and an infinitive (« ont menacé à plusieurs
/// reprises sur les réseaux sociaux d'attaquer la ville », « a menacé lundi devant la presse
/// de démissionner »): a warning. Not a thing that threatens (« la sécheresse menace … de
/// détruire les récoltes »), nor « menacer » of an object (« menace depuis lundi dans la
/// vallée de nombreuses maisons »).
#[test]
fn menacer_de_past_long_adjuncts() {
    expect(
        "Des rebelles armés ont menacé à plusieurs reprises sur les réseaux sociaux d'attaquer la ville.",
        "Des rebelles armés",
        ClaimKind::Warning,
    );
    expect(
        "Le ministre a menacé lundi devant la presse de démissionner.",
        "Le ministre",
        ClaimKind::Warning,
    );
    expect_none("La crue menace depuis lundi dans la vallée de nombreuses maisons.");
    expect_none(
        "La sécheresse menace à plusieurs reprises sur le plateau de détruire les récoltes.",
    );
}

/// A compound opening on a role noun is that role (« Pour l'avocate-conseil de la commission,
/// »): a view holder after « Pour », of kind role. Not a place or an office whose first part
/// is a role noun (« le chef-lieu », « le haut-commissariat »).
#[test]
fn a_compound_opening_on_a_role_is_that_role() {
    let got = find_claims(&doc(&[
        "Pour l'avocate-conseil de la commission, la sanction est méritée.",
    ]));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].speaker, "l'avocate-conseil de la commission");
    assert_eq!(got[0].speaker_kind, SpeakerKind::Role);
    expect_none("Pour le chef-lieu du département, cette route est essentielle.");
}

/// A reaction told by the feeling it shows (« a réagi avec scepticisme aux annonces », « ont
/// accueilli l'annonce avec une grande méfiance »): the subject's position (heldout-s7's
/// header). Not a welcome (« a accueilli les invités avec joie », « avec le sourire »), nor
/// a reaction in company (« a réagi avec ses conseillers »).
#[test]
fn a_reaction_told_by_its_feeling_is_a_position() {
    use ClaimKind::Position;
    expect(
        "Le président a réagi avec scepticisme aux annonces du gouvernement.",
        "Le président",
        Position,
    );
    expect(
        "Les élus ont accueilli ce projet avec une grande méfiance.",
        "Les élus",
        Position,
    );
    expect(
        "Les riverains ont accueilli la nouvelle avec inquiétude.",
        "Les riverains",
        Position,
    );
    for sentence in [
        "Le maire a accueilli les invités avec joie.",
        "Le club a accueilli son nouveau joueur avec le sourire.",
        "Le ministre a réagi avec ses conseillers.",
    ] {
        expect_none(sentence);
    }
}

/// Words used in quotation marks (« a employé l'expression « … » », « a utilisé le terme de
/// « … » »): a statement in the speaker's own words (`cues::light_verbs`). Not a firm that
/// employs people, a book that uses a word, nor « employé » the noun (« Des employés …, ont
/// témoigné »: the whole noun phrase speaks).
#[test]
fn words_used_in_quotation_marks_are_a_statement() {
    use ClaimKind::Statement;
    expect(
        "La Première ministre a employé l'expression « puissance nucléaire » au sujet du voisin.",
        "La Première ministre",
        Statement,
    );
    expect(
        "Le président a utilisé le terme de « génocide » pour décrire les massacres.",
        "Le président",
        Statement,
    );
    expect(
        "Des employés des secteurs du nettoyage, de la restauration et du transport, ont témoigné de la crise.",
        "Des employés des secteurs du nettoyage, de la restauration et du transport",
        Statement,
    );
    expect_none("L'entreprise a employé 300 intérimaires cet été.");
    expect_none("Le livre utilise le terme « résilience » à chaque page.");
}

/// « confier » and an infinitive (« a confié suivre la compétition », « confie vivre mal la
/// pression »): what is confided, a statement. Not « confier » something to someone.
#[test]
fn confier_reports_an_infinitive() {
    expect(
        "Le coach a confié suivre la compétition avec attention.",
        "Le coach",
        ClaimKind::Statement,
    );
    expect(
        "La chanteuse confie vivre mal la pression.",
        "La chanteuse",
        ClaimKind::Statement,
    );
    expect_none("Le club a confié la gestion du stade à la ville.");
}

/// A condition or a time set off by commas between a verb and what it reports (« menacent,
/// dans le cas où …, de bloquer », « a promis, s'il est réélu, de baisser ») leaves the verb
/// its frame, as any other aside does; and a resurgence or a spike observed (« constate une
/// recrudescence des vols ») is a change reported, as « une hausse » is. Must not: a thing
/// that threatens, the condition alone, a spike that is no observation.
#[test]
fn a_condition_between_commas_and_a_resurgence_observed() {
    for (sentence, speaker, kind) in [
        (
            "Les grévistes menacent, dans le cas où la direction refuserait de négocier, de bloquer le port.",
            "Les grévistes",
            ClaimKind::Warning,
        ),
        (
            "Le maire a promis, s'il est réélu, de baisser les impôts locaux.",
            "Le maire",
            ClaimKind::Statement,
        ),
        (
            "La préfète constate une recrudescence des cambriolages dans le département.",
            "La préfète",
            ClaimKind::Statement,
        ),
    ] {
        expect(sentence, speaker, kind);
    }
    for sentence in [
        "La sécheresse menace, si la pluie ne revient pas, les récoltes de la vallée.",
        "Le maire, s'il est réélu, gardera son bureau à la mairie.",
        "La recrudescence des cambriolages inquiète.",
    ] {
        expect_none(sentence);
    }
}

/// An incise whose auxiliary the copy dropped (« « … » averti la préfecture », « « … »,
/// affirmé le maire. »): right after a quotation, its subject closing the sentence, the bare
/// participle reports the quotation. Not an agent or a place after it, nor a participle
/// describing a noun.
#[test]
fn an_incise_missing_its_auxiliary_reports_the_quotation() {
    expect(
        "« Les routes seront glissantes dès ce soir » averti la préfecture du Nord.",
        "la préfecture du Nord",
        ClaimKind::Warning,
    );
    expect(
        "« Le parking restera fermé tout l'été », précisé la mairie de Vannes.",
        "la mairie de Vannes",
        ClaimKind::Statement,
    );
    for sentence in [
        "« Nous partirons demain », publié dans Le Monde.",
        "Le texte, « inédit », publié le mois dernier.",
        "Le rapport « Horizon 2030 » présenté hier au conseil municipal.",
    ] {
        expect_none(sentence);
    }
}

/// « qualifier / taxer / accuser X de Y »: the object may hold a name its own « de » / « du »
/// introduces (« le communiqué du M23 », « la décision de Renault »), which is not what X is
/// called; the frame's « de » comes after it, in every form of the verb. Must not: the named
/// complement alone, with nothing X is called, or another sense of the verb.
#[test]
fn the_de_frame_reads_past_a_named_complement_of_the_object() {
    for (sentence, speaker) in [
        (
            "Le ministre a qualifié le communiqué du M23 de contradictoire.",
            "Le ministre",
        ),
        (
            "Le syndicat qualifie la décision de Renault d'injuste.",
            "Le syndicat",
        ),
        (
            "Qualifiant la réponse de Paris d'insuffisante, le maire a quitté la réunion.",
            "le maire",
        ),
        (
            "L'opposition, qui qualifie le budget de Bercy d'irréaliste, votera contre.",
            "L'opposition",
        ),
        (
            "Les élus ont taxé le projet de Vinci d'irresponsable.",
            "Les élus",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Position);
    }
    for sentence in [
        "Le ministre a qualifié le projet de Renault.",
        "Le club a qualifié l'équipe de Lyon pour la finale.",
    ] {
        expect_none(sentence);
    }
}

/// The narrative infinitive may open the sentence bare, as the Canadian and African press
/// writes it (« D'ajouter : « … » », « De conclure « … » »): the one who spoke just before
/// speaks again, as after « Et d'ajouter ». Only before a colon or a quotation: « De dire
/// que … serait mentir » is an infinitive subject.
#[test]
fn a_bare_narrative_infinitive_opening_the_sentence_continues_the_speaker() {
    for (first, second, speaker) in [
        (
            "« Nous tiendrons », a déclaré la présidente du collectif.",
            "D'ajouter : « La mairie doit nous recevoir. »",
            "la présidente du collectif",
        ),
        (
            "Les syndicats ont dénoncé le plan de la direction.",
            "De conclure : « Nous irons jusqu'au bout. »",
            "Les syndicats",
        ),
        (
            "Le porte-parole a démenti toute rumeur de démission.",
            "De marteler « Le ministre reste en poste. »",
            "Le porte-parole",
        ),
        (
            "La maire a affirmé que le budget serait tenu.",
            "D’insister : « Aucun service ne fermera. »",
            "La maire",
        ),
    ] {
        let found = find_claims(&doc(&[first, second]));
        let second_claims: Vec<&str> = found
            .iter()
            .filter(|c| c.segment == 2)
            .map(|c| c.speaker.as_str())
            .collect();
        assert_eq!(second_claims, [speaker], "{second}");
    }
    for (first, second) in [
        (
            "Le maire a inauguré la salle.",
            "De dire que tout va bien serait mentir.",
        ),
        (
            "Le chef a goûté la sauce.",
            "D'ajouter du sel la rendrait meilleure.",
        ),
        // (Review B10: an infinitive subject quoting words, the sentence going on after.)
        (
            "« Nous tiendrons », a déclaré le maire.",
            "De dire « non » aux électeurs n'est jamais facile.",
        ),
        (
            "Le maire a inauguré la salle lundi.",
            "De crier « Au feu ! » a suffi à provoquer la panique.",
        ),
        (
            "Le maire a inauguré la salle lundi.",
            "D'écrire « Je t'aime » sur un mur lui a valu une amende.",
        ),
    ] {
        let found = find_claims(&doc(&[first, second]));
        assert!(found.iter().all(|c| c.segment != 2), "{second}: {found:?}");
    }
}

/// A call told to someone the sentence describes by a short relative clause (« invite les
/// passagers qui le peuvent à reporter », « appelle les automobilistes qui doivent circuler à
/// la prudence »), the advisory a prefecture or an operator writes: the call's « à » comes
/// after the relative's verb. Must not: an invitation with no « à » of what to do, a place
/// after the relative's verb.
#[test]
fn a_call_reads_past_a_relative_clause_on_its_object() {
    for (sentence, speaker) in [
        (
            "L'agence a, aussi, invité les voyageurs qui le peuvent à décaler leur départ.",
            "L'agence",
        ),
        (
            "La préfecture invite les automobilistes qui doivent circuler à la plus grande prudence.",
            "La préfecture",
        ),
        (
            "La mairie appelle le collectif qui est à l'origine du blocage au dialogue.",
            "La mairie",
        ),
        (
            "Les syndicats appellent les salariés qui le souhaitent à rejoindre le cortège.",
            "Les syndicats",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Call);
    }
    for sentence in [
        "Le club a invité les supporters qui ont acheté un billet.",
        "Le maire a invité les élus qui siègent à Paris.",
        // (Review B22: the relative's own « à ».)
        "Le voisin a appelé les pompiers qui sont arrivés à temps.",
        "La gardienne a appelé les secours qui sont venus à pied.",
        "Le maire a invité les habitants qui vivent à proximité.",
        // (Review S21: a relative verb that governs « à » + an article.)
        "La mairie a invité les familles qui habitent à la campagne.",
        "Le préfet a appelé les gendarmes qui travaillent à la frontière.",
    ] {
        expect_none(sentence);
    }
}

/// « parler » before a quotation that opens on « de » (« parle « d'un échange » », « parlent
/// « d'économies nécessaires » »): the speaker's own words, as « parle d'un « échange » »
/// is. Must not: a title in quotation marks (« parle « des Misérables » »).
#[test]
fn speaking_of_words_quoted_from_their_de() {
    for (sentence, speaker) in [
        (
            "Le staff du club parle « d'un échange ».",
            "Le staff du club",
        ),
        ("Le maire parle « d'une provocation ».", "Le maire"),
        ("Les élus parlent « d'économies nécessaires ».", "Les élus"),
        (
            "La directrice a parlé « d'un malentendu ».",
            "La directrice",
        ),
    ] {
        expect(sentence, speaker, ClaimKind::Statement);
    }
    expect_none("Le film parle « des Misérables ».");
}
