//! Unit tests of how far a speaker's name runs when it is a title (« la mairesse », « le
//! bourgmestre d'Uccle »), a person's full name (« Lucien Marie Martin ») or a medium's (« France
//! Bleu Roussillon », « Abidjan.net »): made-up sentences, a must and a must-not for each class,
//! several verbs and word orders each.

use super::tests::doc;
use super::*;
use crate::model::SpeakerKind;

/// The (speaker, kind) of every claim of a one-sentence article.
fn rows(sentence: &str) -> Vec<(String, SpeakerKind)> {
    find_claims(&doc(&[sentence]))
        .into_iter()
        .map(|c| (c.speaker, c.speaker_kind))
        .collect()
}

/// Local, regional and feminine titles of the French-speaking press (Belgium, Switzerland,
/// Québec, Africa), with the gender and number forms that a title list tends to miss.
const LOCAL_TITLES: &[(&str, &str)] = &[
    ("La", "mairesse"),
    ("Le", "bourgmestre"),
    ("La", "bourgmestre"),
    ("L'", "échevin"),
    ("L'", "échevine"),
    ("Le", "syndic"),
    ("La", "sous-préfète"),
    ("Le", "sous-préfet"),
    ("La", "sous-ministre"),
    ("La", "ministre-présidente"),
    ("Le", "député-maire"),
    ("La", "rectrice"),
    ("La", "doyenne"),
    ("La", "proviseure"),
    ("L'", "inspectrice"),
    ("La", "médiatrice"),
    ("L'", "ombudsman"),
    ("La", "consule"),
    ("Le", "bâtonnier"),
    ("La", "policière"),
];

#[test]
fn a_local_or_feminine_title_before_an_apposed_name_gives_the_name() {
    // Must: « Det Title, Name, verb » names the person, whatever the verb and tense.
    for (det, title) in LOCAL_TITLES {
        let sep = if det.ends_with('\'') { "" } else { " " };
        for verb in ["a déclaré que", "affirme que", "avait indiqué que"] {
            let sentence = format!("{det}{sep}{title}, Marie Durand, {verb} la route est fermée.");
            assert_eq!(
                rows(&sentence),
                [("Marie Durand".to_string(), SpeakerKind::Person)],
                "{sentence}"
            );
        }
    }
}

#[test]
fn a_local_or_feminine_title_alone_is_a_role() {
    // Must: unnamed, the title is the speaker as a role, before or after the verb.
    for (det, title) in LOCAL_TITLES {
        let sep = if det.ends_with('\'') { "" } else { " " };
        let before = format!("{det}{sep}{title} a assuré que l'école resterait ouverte.");
        assert_eq!(
            rows(&before),
            [(format!("{det}{sep}{title}"), SpeakerKind::Role)],
            "{before}"
        );
        let low = det.to_lowercase();
        let after = format!("« L'école restera ouverte », a promis {low}{sep}{title} de la ville.");
        assert_eq!(
            rows(&after),
            [(format!("{low}{sep}{title} de la ville"), SpeakerKind::Role)],
            "{after}"
        );
    }
}

#[test]
fn a_title_that_says_nothing_makes_no_claim() {
    // Must not: a title with no reporting verb is no claim, and a title as the object of a
    // reporting verb is not its speaker.
    for (det, title) in LOCAL_TITLES {
        let sep = if det.ends_with('\'') { "" } else { " " };
        let silent = format!("{det}{sep}{title} est arrivée en retard à la réunion.");
        assert!(rows(&silent).is_empty(), "{silent}");
        let low = det.to_lowercase();
        let object = format!("Paul Martin a critiqué {low}{sep}{title} pendant la réunion.");
        for (speaker, _) in rows(&object) {
            assert_eq!(speaker, "Paul Martin", "{object}");
        }
    }
}

#[test]
fn a_subject_after_a_time_adjunct_and_an_aside_follows_the_incise_verb() {
    // Must: « verb + time adjunct, aside, subject »: the aside between commas is skipped
    // wherever it stands among the adjuncts, whatever the verb and its tense.
    for (sentence, speaker) in [
        (
            "« Le feu est fixé », a déclaré lundi soir, sur France Bleu, le maire de Lens, Paul Martin.",
            "Paul Martin",
        ),
        (
            "« Le feu est fixé », affirme mardi, dans un entretien au journal, la préfète de l'Isère, Marie Durand.",
            "Marie Durand",
        ),
        (
            "« Le feu est fixé », avait expliqué dans la matinée du 3 mai, sur les lieux, le capitaine des pompiers.",
            "le capitaine des pompiers",
        ),
        (
            "« Les écoles rouvriront », a promis dans la soirée, à la radio, la bourgmestre d'Uccle.",
            "la bourgmestre d'Uccle",
        ),
    ] {
        let got: Vec<String> = rows(sentence).into_iter().map(|(s, _)| s).collect();
        assert_eq!(got, [speaker], "{sentence}");
    }
    // Must not: an aside followed by someone spoken to, or by a « que » clause, names no
    // one after the verb.
    assert_eq!(
        rows("Le maire a déclaré lundi, dans un communiqué, que la ville paierait."),
        [("Le maire".to_string(), SpeakerKind::Role)]
    );
    for sentence in [
        "« La ville paiera », a déclaré lundi soir, sur France Bleu, à ses proches.",
        "« La ville paiera », a déclaré lundi soir, sur place, devant les habitants.",
    ] {
        for (speaker, kind) in rows(sentence) {
            assert_eq!(kind, SpeakerKind::Unattributed, "{sentence}: {speaker}");
        }
    }
}

#[test]
fn an_unknown_first_given_name_stays_in_the_name() {
    // Must: a given name the first-name list does not know, before one it knows, is part of
    // the name, after a comma, a verb or a plain noun, before or after the verb.
    for (sentence, speaker) in [
        (
            "« La saison est bonne », a déclaré le ministre de la Santé, Lucien Marie Martin, à Lyon.",
            "Lucien Marie Martin",
        ),
        (
            "« La saison est bonne », a insisté Lucien Marie Robert Kaboré, rappelant les chiffres.",
            "Lucien Marie Robert Kaboré",
        ),
        (
            "Le directeur régional, Aristide Paul Ouédraogo, a affirmé que le vaccin était sûr.",
            "Aristide Paul Ouédraogo",
        ),
        (
            "Lundi soir, Evaristo Jean Dossou a assuré que les écoles rouvriraient.",
            "Evaristo Jean Dossou",
        ),
        (
            "Le journaliste Lucien Marie Martin estime que la grève va durer.",
            "Lucien Marie Martin",
        ),
    ] {
        let got: Vec<String> = rows(sentence).into_iter().map(|(s, _)| s).collect();
        assert_eq!(got, [speaker], "{sentence}");
    }
    // Must not: after « de », an article or a preposition, the capitalized words before the
    // first name end an institution's or a place's name.
    for (sentence, speaker) in [
        (
            "Le ministre de l'Intérieur Gérald Martin a affirmé que la police était prête.",
            "Gérald Martin",
        ),
        (
            "Le président de la République Emmanuel Durand a assuré que la loi passerait.",
            "Emmanuel Durand",
        ),
        (
            "« Tout va bien », a déclaré le patron de Renault Marie Durand.",
            "Marie Durand",
        ),
    ] {
        let got: Vec<String> = rows(sentence).into_iter().map(|(s, _)| s).collect();
        assert_eq!(got, [speaker], "{sentence}");
    }
}

#[test]
fn a_broadcaster_or_web_outlet_is_a_medium_named_whole() {
    // Must: a broadcaster whose name opens on a country or a common word, and a web outlet,
    // are media, named whole, whatever the attribution.
    for (sentence, speaker) in [
        (
            "La tempête a fait trois blessés, rapporte France Bleu Roussillon.",
            "France Bleu Roussillon",
        ),
        (
            "Le maire a quitté la salle, selon France Télévisions.",
            "France Télévisions",
        ),
        (
            "France Inter affirme que le ministre va démissionner.",
            "France Inter",
        ),
        (
            "Selon Abidjan.net, la grève est très suivie.",
            "Abidjan.net",
        ),
        (
            "D'après Lemonde.fr, le projet sera abandonné.",
            "Lemonde.fr",
        ),
        (
            "Les journalistes de Koaci.com ont constaté que la salle était vide.",
            "Les journalistes de Koaci.com",
        ),
        // (A web outlet written in lower case is a proper name too, and whole in itself.)
        (
            "La grève est très suivie, rapporte abidjan.net.",
            "abidjan.net",
        ),
        (
            "Selon lemonde.fr la plupart des pistes sont étudiées.",
            "lemonde.fr",
        ),
    ] {
        assert_eq!(
            rows(sentence),
            [(speaker.to_string(), SpeakerKind::Media)],
            "{sentence}"
        );
    }
    // Must not: a nationality before a person's name is still no part of it, and a country
    // alone is no medium.
    assert_eq!(
        rows("« Tout va bien », a déclaré le Français Marc Dubois."),
        [("Marc Dubois".to_string(), SpeakerKind::Person)]
    );
    for (speaker, kind) in rows("La France a affirmé que le traité serait signé.") {
        assert_ne!(kind, SpeakerKind::Media, "{speaker}");
    }
    // Must not: a web outlet's name mentioned as a thing consulted names no speaker.
    assert!(rows("Le ministre a consulté lemonde.fr avant de partir.").is_empty());
}

#[test]
fn a_source_after_selon_without_a_comma_ends_before_the_clause() {
    // Must: with no comma after the source, the article after a name opens the clause.
    assert_eq!(
        rows("Selon le maire de Lille les travaux commenceront lundi.")
            .first()
            .map(|(s, _)| s.clone()),
        Some("le maire de Lille".to_string())
    );
    // Must not: an article after « de » stays in the source's phrase.
    assert_eq!(
        rows("Selon le directeur de l'hôpital, la grève est très suivie.")
            .first()
            .map(|(s, _)| s.clone()),
        Some("le directeur de l'hôpital".to_string())
    );
}

#[test]
fn a_title_runs_through_its_joined_fields_and_its_complement_to_an_apposed_name() {
    // Must: « de X et des Y » with both fields capitalized is one function, before or after
    // the verb.
    for (sentence, speaker) in [
        (
            "« Tout va bien », a expliqué le ministre de la Santé et des Services sociaux.",
            "le ministre de la Santé et des Services sociaux",
        ),
        (
            "La directrice de la Recherche et du Développement assure que le budget sera tenu.",
            "La directrice de la Recherche et du Développement",
        ),
        (
            "Le ministre de l'Économie et des Finances a affirmé que la dette baisserait.",
            "Le ministre de l'Économie et des Finances",
        ),
    ] {
        assert_eq!(
            rows(sentence),
            [(speaker.to_string(), SpeakerKind::Role)],
            "{sentence}"
        );
    }
    // Must: a title whose complement opens on « pour », « en », « dans », « auprès »,
    // followed by a comma and a name, gives the name.
    for sentence in [
        "Le bilan est lourd, indique le préfet délégué pour la défense et la sécurité en Gironde, Paul Martin.",
        "« Nous restons prudents », a affirmé le délégué régional pour la jeunesse, Paul Martin.",
        "« Le loup est revenu », a précisé la représentante de l'État en charge du dossier dans le département, Marie Durand, lors d'une réunion.",
        "« Le budget est en hausse », avait annoncé le conseiller auprès du ministre, Paul Martin.",
    ] {
        let got: Vec<(String, SpeakerKind)> = rows(sentence);
        assert_eq!(got.len(), 1, "{sentence}");
        assert_eq!(got[0].1, SpeakerKind::Person, "{sentence}: {got:?}");
        assert!(
            ["Paul Martin", "Marie Durand"].contains(&got[0].0.as_str()),
            "{sentence}: {got:?}"
        );
    }
    // Must not: « et des » before lowercase words joins a second speaker, not a field; a
    // complement followed by no name leaves the title as it was.
    let joined = rows(
        "« Tout va bien », ont déclaré le ministre de la Santé et des représentants des médecins.",
    );
    assert!(
        joined
            .iter()
            .all(|(s, _)| s != "le ministre de la Santé et des représentants des médecins"),
        "{joined:?}"
    );
    assert_eq!(
        rows("« Tout va bien », a déclaré le maire pour sa part, à Lyon."),
        [("le maire".to_string(), SpeakerKind::Role)]
    );
}

#[test]
fn a_decimal_number_does_not_close_an_apposition() {
    // Must: « 62,8 km », « 52,3 % » inside an apposition leave its subject whole.
    for (sentence, speaker) in [
        (
            "Une habitante de Lens, située à 62,8 km du site, a déclaré que tout avait tremblé.",
            "Une habitante de Lens",
        ),
        (
            "Le maire de Lens, élu avec 52,3 % des voix, a affirmé que la ville paierait.",
            "Le maire de Lens",
        ),
    ] {
        let got: Vec<String> = rows(sentence).into_iter().map(|(s, _)| s).collect();
        assert_eq!(got, [speaker], "{sentence}");
    }
    // Must not: a comma and a space after a number still close the apposition.
    let got: Vec<String> = rows("Le maire de Lens, élu en 2020, a affirmé que la ville paierait.")
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    assert_eq!(got, ["Le maire de Lens"]);
}

#[test]
fn a_lone_surname_keeps_a_lawyers_title() {
    // Must: « Me Bernard », « Maître Kouassi » are how the press names a lawyer when no full
    // name came before; in every place of the sentence (subject, incise, « selon », « pour »).
    for (sentence, want) in [
        (
            "Me Bernard estime que la peine est trop lourde.",
            "Me Bernard",
        ),
        ("« C'est inacceptable », a lancé Me Dupuis.", "Me Dupuis"),
        ("Selon Me Leroy, le dossier est vide.", "Me Leroy"),
        (
            "Maître Kouassi a annoncé qu'il ferait appel.",
            "Maître Kouassi",
        ),
        (
            "Pour Me Cissé, le doute doit profiter à l'accusé.",
            "Me Cissé",
        ),
        (
            "Le jugement sera contesté, a prévenu mardi Me Diallo.",
            "Me Diallo",
        ),
    ] {
        let got: Vec<String> = rows(sentence).into_iter().map(|(s, _)| s).collect();
        assert_eq!(got, [want], "{sentence}");
    }
    // Must not: a full name drops the title, as before; a surname the article gave in full
    // earlier takes the full name; courtesy titles stay out (« M. Dupont » is « Dupont »).
    assert_eq!(
        rows("Me Paul Martin a dénoncé une procédure bâclée.")[0].0,
        "Paul Martin"
    );
    assert_eq!(
        find_claims(&doc(&[
            "L'avocate Solène Debarre a plaidé mardi.",
            "Me Debarre a estimé que la peine était trop lourde.",
        ]))[0]
            .speaker,
        "Solène Debarre"
    );
    assert_eq!(
        rows("M. Dupont a affirmé que la ville paiera.")[0].0,
        "Dupont"
    );
}

/// The speaker of the last claim of an article of several sentences.
fn last_speaker(sentences: &[&str]) -> String {
    find_claims(&doc(sentences))
        .pop()
        .map(|c| c.speaker)
        .unwrap_or_default()
}

#[test]
fn a_role_complement_glued_to_a_name_is_no_part_of_it() {
    // Must: « le maire de Lyon Paul Martin », « la ministre de l'Intérieur Anne Roux »: the
    // place or domain the role belongs to is not the start of the person's name, so a later
    // pronoun, « selon elle » or a second verb names the person alone.
    for (sentences, want) in [
        (
            &[
                "Le maire de Lyon Paul Martin a visité le chantier mardi.",
                "« Tout sera prêt en juin », a-t-il assuré.",
            ][..],
            "Paul Martin",
        ),
        (
            &[
                "La ministre de l'Intérieur Anne Roux s'est rendue à Lille.",
                "Selon elle, la situation reste tendue.",
            ][..],
            "Anne Roux",
        ),
        (
            &[
                "Le premier ministre du Québec Louis Tremblay était à Montréal dimanche.",
                "Il a ensuite estimé que les coupes allaient trop loin.",
            ][..],
            "Louis Tremblay",
        ),
        (
            &[
                "Le président de l'Assemblée Marc Dubois recevait les syndicats.",
                "« Nous entendrons tout le monde », promet-il.",
            ][..],
            "Marc Dubois",
        ),
    ] {
        assert_eq!(last_speaker(sentences), want, "{sentences:?}");
    }
    // Must not: a body named after someone keeps its name (its director is no « Victor
    // Hugo »), and a name that starts the run is not cut.
    for (sentences, must_not) in [
        (
            &[
                "Le proviseur du Lycée Victor Hugo a réuni les parents.",
                "« Les cours reprendront lundi », a-t-il annoncé.",
            ][..],
            "Victor Hugo",
        ),
        (
            &[
                "Le directeur de l'Hôpital Georges Pompidou a reçu les familles.",
                "« Les soins continuent », a-t-il précisé.",
            ][..],
            "Georges Pompidou",
        ),
    ] {
        assert_ne!(last_speaker(sentences), must_not, "{sentences:?}");
    }
    assert_eq!(
        last_speaker(&[
            "Le porte-parole de Paul Martin Jacques Roy a parlé aux journalistes.",
            "« Rien n'est décidé », a-t-il affirmé.",
        ]),
        "Paul Martin Jacques Roy"
    );
}

#[test]
fn a_place_s_own_name_before_the_director_s_is_no_part_of_it() {
    // Must: « du Musée Pop Valérie Therrien », « de l'Hôpital Nord Paul Girard »: the place's
    // noun and its own name, then a person's first name; the place is named after nobody, so
    // its name is the complement's, not the start of the person's.
    for (sentences, want) in [
        (
            &[
                "La directrice du Musée Pop Valérie Therrien a inauguré l'exposition mercredi.",
                "« Nous sommes comblés », assure-t-elle.",
            ][..],
            "Valérie Therrien",
        ),
        (
            &[
                "Le directeur du Théâtre Bleu Marc Leroy a ouvert la saison vendredi.",
                "« La salle était pleine », a-t-il affirmé.",
            ][..],
            "Marc Leroy",
        ),
        (
            &[
                "Le directeur de l'Hôpital Nord Paul Girard a reçu les familles.",
                "« Les soins continuent », a-t-il précisé.",
            ][..],
            "Paul Girard",
        ),
        (
            &[
                "Le président du Parc Régional Jean Roux a visité le chantier mardi.",
                "« Tout sera prêt en juin », a-t-il assuré.",
            ][..],
            "Jean Roux",
        ),
        (
            &[
                "Le gérant du Stade Océane Jean Roux a annoncé des travaux.",
                "Le gérant a précisé que la pelouse serait changée.",
            ][..],
            "Jean Roux",
        ),
    ] {
        assert_eq!(last_speaker(sentences), want, "{sentences:?}");
    }
    // Must not: the place's noun right before the first name is a place named after someone
    // (« du Lycée Victor Hugo », see the test above).
    assert_ne!(
        last_speaker(&[
            "La proviseure du Lycée Jean Moulin a réuni les parents.",
            "« Les cours reprendront lundi », a-t-elle annoncé.",
        ]),
        "Jean Moulin"
    );
}

#[test]
fn everyday_first_names_are_known() {
    // Must: a first name outside the most famous ones (« Franck », « Loïc », « Patrice »,
    // « Nadine ») still opens a person's name: after the medium spoken to, after a role's
    // complement, and with the gender a later pronoun looks for.
    assert_eq!(
        rows("« C'est la fin », a réagi auprès de l'AFP Franck Bizot, délégué syndical.")[0].0,
        "Franck Bizot"
    );
    for (sentences, want) in [
        (
            &[
                "Le procureur de Senlis Loïc Marchal a ouvert une enquête.",
                "« Il a avoué », confie-t-il.",
            ][..],
            "Loïc Marchal",
        ),
        (
            &[
                "Patrice Garnier a reçu Nadine Morel à la mairie.",
                "Le projet avance, a-t-elle estimé.",
            ][..],
            "Nadine Morel",
        ),
        (
            &[
                "Séverine Dulac a reçu Grégory Petit à la mairie.",
                "Selon lui, le projet avance.",
            ][..],
            "Grégory Petit",
        ),
    ] {
        assert_eq!(last_speaker(sentences), want, "{sentences:?}");
    }
    // Must not: a first name worn by women and men gives no gender (« elle » may be
    // « Dominique »), and first names that are also common words or places stay out of the
    // lexicon.
    assert_eq!(
        last_speaker(&[
            "Patrice Garnier a reçu Dominique Lebrun à la mairie.",
            "« Rien n'est fait », a-t-elle dit.",
        ]),
        "Dominique Lebrun"
    );
    for word in [
        "dominique",
        "camille",
        "manuel",
        "noël",
        "urbain",
        "pape",
        "rose",
        "iris",
        "aude",
        "madeleine",
        "marianne",
    ] {
        assert!(!crate::brief::lexicon::is_first_name(word), "{word}");
    }
}

#[test]
fn an_english_name_runs_past_its_connectives_and_is_no_person() {
    // Must: « and », « for », « of the » between capitalized words keep an English name
    // whole, and that name is an organization's or a publication's.
    for (sentence, want) in [
        (
            "« Ce vote est historique », a déclaré l'ONG Humane World for Animals dans un communiqué.",
            "Humane World for Animals",
        ),
        (
            "« Le climat se dérègle », affirme l'association Friends of the Earth.",
            "Friends of the Earth",
        ),
        (
            "Selon le Center for Strategic and International Studies, la menace grandit.",
            "le Center for Strategic and International Studies",
        ),
    ] {
        let got = rows(sentence);
        assert_eq!(got.len(), 1, "{sentence}: {got:?}");
        assert!(got[0].0.ends_with(want), "{sentence}: {got:?}");
        assert_ne!(got[0].1, SpeakerKind::Person, "{sentence}: {got:?}");
    }
    // Must not: a pronoun after a journal's title is not that title (« Chemical
    // Toxicology » is nobody), while a French name with its particle stays a person.
    assert_ne!(
        last_speaker(&[
            "La revue Food and Chemical Toxicology a publié l'étude.",
            "« Les résultats sont nets », a-t-il précisé.",
        ]),
        "Chemical Toxicology"
    );
    assert_eq!(
        last_speaker(&[
            "Charles de Courson a pris la parole à l'Assemblée.",
            "« Ce budget est insincère », a-t-il dénoncé.",
        ]),
        "Charles de Courson"
    );
}

#[test]
fn an_abbreviated_rank_before_a_name_is_no_part_of_it() {
    // Must: « le Col », « le Gal », « le Cdt »… before a name (first name known or not) is a
    // title, as « M. »: the name shown, and every row that takes it up, is the name alone.
    for (article, name) in [
        (
            &[
                "Le ministre de la Défense Col Yaro Sanou a déclaré que la frontière restait fermée.",
                "Le ministre a ajouté que des renforts arrivaient.",
            ][..],
            "Yaro Sanou",
        ),
        (
            &[
                "Hier, le chef d'état-major Gal Issa Diarra a affirmé que l'armée tenait la ville.",
                "Selon lui, les combats ont cessé.",
            ][..],
            "Issa Diarra",
        ),
        (
            &[
                "Le commandant de la brigade, le Cdt Alain Ouédraogo, a indiqué que trois suspects avaient été arrêtés.",
                "Il a précisé lundi que l'enquête se poursuivait.",
            ][..],
            "Alain Ouédraogo",
        ),
        (
            &[
                "« Nous tiendrons la ville », a martelé le Gén Moussa Traoré devant la presse.",
                "Il a aussi annoncé un couvre-feu.",
            ][..],
            "Moussa Traoré",
        ),
        (
            &[
                "La porte-parole de l'armée, le Cne Awa Koné, a démenti toute attaque.",
                "« Tout est calme », a-t-elle insisté.",
            ][..],
            "Awa Koné",
        ),
        (
            &[
                "Le Lt Koffi Mensah a reconnu que deux soldats avaient été blessés.",
                "« Ils sont soignés », a-t-il assuré.",
            ][..],
            "Koffi Mensah",
        ),
    ] {
        let rows = find_claims(&doc(article));
        assert_eq!(rows.len(), article.len(), "{article:?}: {rows:?}");
        for row in rows {
            assert_eq!(row.speaker, name, "{article:?}");
        }
    }
}

#[test]
fn a_name_that_starts_like_a_rank_is_kept_whole() {
    // Must not: a first name or surname that only begins with a rank's letters (« Colin »,
    // « Gallet », « Cole », « Ltaief ») is the name's own first word, and a place
    // named « Col … » is no person.
    for (sentence, name) in [
        (
            "Colin Durand a déclaré que la route rouvrirait.",
            "Colin Durand",
        ),
        (
            "Marc Gallet a affirmé que le chantier reprendrait.",
            "Marc Gallet",
        ),
        (
            "« Le stade sera prêt », a assuré Cole Mbappé.",
            "Cole Mbappé",
        ),
        (
            "Sami Ltaief a estimé que la réforme était juste.",
            "Sami Ltaief",
        ),
        (
            "Galina Petrova a indiqué que la saison était finie.",
            "Galina Petrova",
        ),
        // (A surname spelt as a rank's abbreviation, after the first name.)
        (
            "L'ambassadeur Yossi Gal a affirmé que les négociations reprendraient.",
            "Yossi Gal",
        ),
        ("« Nous reviendrons », a promis Tom Col.", "Tom Col"),
    ] {
        assert_eq!(
            rows(sentence),
            [(name.to_string(), SpeakerKind::Person)],
            "{sentence}"
        );
    }
    for sentence in [
        "Le Col du Galibier est fermé, a annoncé la préfecture de Savoie.",
        "Selon la préfecture, le Col de la Croix restera fermé.",
    ] {
        for (speaker, kind) in rows(sentence) {
            assert!(
                speaker.contains("préfecture"),
                "{sentence}: {speaker} {kind:?}"
            );
        }
    }
}
