//! Tests of claims whose speaker is named in an earlier sentence, with a quotation of several
//! sentences in between (issue 18, session 11): the quotation's sentences are the speaker's
//! words going on, not narrative, so a continuation after them (« Puis d'ajouter », « Il a
//! précisé », « a-t-il poursuivi ») still reaches the speaker; while a quotation sentence
//! itself stays nobody's claim, and a name inside it is no antecedent. Made-up sentences over
//! several verbs, tenses, persons and word orders.

use super::tests::one_paragraph;
use super::*;

/// The (segment, speaker) of every claim of a one-paragraph article.
fn speakers(sentences: &[&str]) -> Vec<(usize, String)> {
    find_claims(&one_paragraph(sentences))
        .into_iter()
        .map(|c| (c.segment, c.speaker))
        .collect()
}

/// The speaker of the claim in segment `segment` (1-based), if one is there.
fn speaker_at(sentences: &[&str], segment: usize) -> Option<String> {
    speakers(sentences)
        .into_iter()
        .find(|(s, _)| *s == segment)
        .map(|(_, who)| who)
}

/// Must: a narrative infinitive, a subject pronoun or an inverted incise after a quotation
/// of three sentences takes the one who spoke before it.
#[test]
fn a_continuation_reaches_its_speaker_across_a_quotation() {
    let quotation = [
        "« Nous ne laisserons pas faire.",
        "Les salariés méritent mieux que cela.",
        "Personne ne partira sans solution. »",
    ];
    let cases: [(&str, &str, &str); 6] = [
        (
            "Le maire de Lens, Paul Martin, a dénoncé la fermeture de l'usine.",
            "Puis d'ajouter : « La commune paiera les études. »",
            "Paul Martin",
        ),
        (
            "La préfète Anne Leroy a détaillé mardi le plan de reprise.",
            "Elle a précisé que les bus resteraient gratuits jusqu'en juin.",
            "Anne Leroy",
        ),
        (
            "Le délégué syndical Marc Petit accuse la direction de mentir depuis un an.",
            "« On nous a menti », a-t-il poursuivi devant les grévistes.",
            "Marc Petit",
        ),
        (
            "Jeanne Morel, la directrice de l'hôpital, avait alerté l'agence régionale dès mars.",
            "Et d'affirmer : « Les urgences ne tiendront pas l'été. »",
            "Jeanne Morel",
        ),
        (
            "Le ministre Pierre Girard s'est exprimé devant les députés mercredi.",
            "Il estime que la réforme entrera en vigueur en janvier.",
            "Pierre Girard",
        ),
        (
            "L'avocate de la famille, Claire Dubois, a plaidé longuement.",
            "« Justice doit être rendue », conclut-elle.",
            "Claire Dubois",
        ),
    ];
    for (opening, continuation, speaker) in cases {
        let mut article = vec![opening];
        article.extend(quotation);
        article.push(continuation);
        assert_eq!(
            speaker_at(&article, 5).as_deref(),
            Some(speaker),
            "{opening} … {continuation}"
        );
    }
}

/// Must: a quotation in straight quotation marks, opened in its own sentence, is as
/// transparent as one in guillemets.
#[test]
fn a_quotation_in_straight_quotes_is_transparent_too() {
    let article = [
        "Le capitaine Louis Garnier a salué la victoire de son équipe.",
        "\"Nous savions que ce serait dur.",
        "Il fallait rester patient et s'adapter.",
        "Le groupe a été solide du début à la fin.\"",
        "Puis de conclure : \"Nous visons le titre.\"",
    ];
    assert_eq!(speaker_at(&article, 5).as_deref(), Some("Louis Garnier"));
}

/// Must not: the quotation's sentences make no claim of their own, whoever spoke before.
#[test]
fn a_quotation_sentence_is_nobodys_claim() {
    let article = [
        "Le maire Paul Martin a dénoncé la fermeture de l'usine.",
        "« Nous ne laisserons pas faire.",
        "Les salariés méritent mieux. »",
        "« Touche pas à mon usine ! »",
    ];
    assert_eq!(
        speakers(&article),
        vec![(1, "Paul Martin".to_string())],
        "only the sentence with a cue"
    );
    // (A slogan or a document quoted after a narrative sentence is no one's either.)
    let slogan = [
        "Les grévistes ont défilé mardi devant la mairie.",
        "« Pas un emploi de moins ! »",
        "Le rapport publié lundi tient en vingt pages.",
        "« Les comptes de la commune sont dans le rouge. »",
    ];
    assert_eq!(speakers(&slogan), vec![]);
}

/// Must not: a person named inside the quotation is not who a pronoun after it stands for.
#[test]
fn a_name_inside_the_quotation_is_no_antecedent() {
    let article = [
        "Le délégué Marc Petit a dénoncé les méthodes de la direction.",
        "« Sophie Vidal nous a trahis.",
        "Elle savait tout depuis janvier. »",
        "Elle a ajouté que la grève continuerait.",
    ];
    assert_ne!(speaker_at(&article, 4).as_deref(), Some("Sophie Vidal"));
}

/// Must not: in an interview where two speakers alternate, the continuation takes the one
/// who spoke last, not the first, however long the quotation between them.
#[test]
fn a_continuation_takes_the_last_of_two_alternating_speakers() {
    let article = [
        "Le maire Paul Martin a dénoncé la fermeture de l'usine.",
        "« Nous ne laisserons pas faire. »",
        "Le directeur du site, Jean Durand, a répondu que l'usine perdait de l'argent.",
        "« Les comptes sont mauvais depuis trois ans.",
        "Nous avons tout essayé.",
        "Personne ne sera laissé de côté. »",
        "Puis d'ajouter : « Un repreneur est possible. »",
    ];
    assert_eq!(speaker_at(&article, 7).as_deref(), Some("Jean Durand"));
}

/// Must not: sentences of narrative still count, so a continuation four narrative sentences
/// after its speaker, or after another person opened a sentence, stays unresolved.
#[test]
fn narrative_sentences_still_put_the_speaker_out_of_reach() {
    let far = [
        "Le maire Paul Martin a dénoncé la fermeture de l'usine.",
        "L'usine emploie trois cents personnes.",
        "Elle a ouvert en 1972 au bord du canal.",
        "La production a baissé de moitié depuis.",
        "Puis d'ajouter : « La commune paiera les études. »",
    ];
    assert_ne!(speaker_at(&far, 5).as_deref(), Some("Paul Martin"));
    let other = [
        "Le maire Paul Martin a dénoncé la fermeture de l'usine.",
        "« Nous ne laisserons pas faire.",
        "Les salariés méritent mieux. »",
        "Le député Jean Durand est arrivé ensuite.",
        "Puis d'ajouter : « La commune paiera les études. »",
    ];
    assert_ne!(speaker_at(&other, 5).as_deref(), Some("Paul Martin"));
}

/// Must: a quotation typed with two apostrophes, or opened by a straight quote and closed by
/// two apostrophes, closes in its sentence, so the next sentences are narrative again and
/// their cues read. Must not: nothing after the quotation is taken as quoted.
#[test]
fn a_quotation_closed_by_two_apostrophes_does_not_run_on() {
    for opening in [
        "\"Le vote reste ouvert jusqu'à lundi'', a expliqué Louise Garnier, la présidente du jury.",
        "''Le vote reste ouvert jusqu'à lundi'', a expliqué Louise Garnier, la présidente du jury.",
        "’’Le vote reste ouvert jusqu'à lundi’’, a expliqué Louise Garnier, la présidente du jury.",
    ] {
        for (second, segment) in [
            ("Selon elle, ''chaque juré vote seul''.", 2),
            ("Elle a ajouté que le résultat serait publié mardi.", 2),
            (
                "''Chaque juré vote seul'', a poursuivi la présidente qui assure que ''tout est transparent''.",
                2,
            ),
        ] {
            let sentences = [opening, second];
            assert_eq!(
                speaker_at(&sentences, 1).as_deref(),
                Some("Louise Garnier"),
                "{opening}"
            );
            assert!(speaker_at(&sentences, segment).is_some(), "{opening} / {second}");
        }
    }
}
