//! Verbs that lead an infinitive cue (« a tenu à rappeler », « s'est empressé de démentir »,
//! « veut rassurer »), those that take it back (« n'a pas voulu commenter », « cela veut
//! dire »), and the narrative infinitive (« Et le ministre d'ajouter »).

use super::super::speaker::is_finite_verb;
use super::super::tokens::{split_inverted, Tok};
use super::is_aux;
use crate::brief::lexicon;

/// What leads an infinitive cue (see [`lead_verb`]).
pub(super) enum Lead {
    /// Nothing: the infinitive stands on its own.
    None,
    /// A lead that takes back what the infinitive would say (« n'a pas voulu commenter »,
    /// « cela veut dire que »): no cue.
    Refused,
    /// The group starts at `start`; `negation` tells the negation belongs to the lead
    /// (« n'a pas manqué de rappeler »), not to what is said.
    Group { start: usize, negation: bool },
}

/// The verb leading the infinitive cue whose group starts at `start` (see [`Lead`]).
pub(super) fn lead_verb(toks: &[Tok], start: usize, lemma: &str) -> Lead {
    let Some(p) = start.checked_sub(1) else {
        return Lead::None;
    };
    let particle = match toks[p].low.as_str() {
        "à" => "à",
        "de" | "d'" => "de",
        _ => "",
    };
    let Some(at) = (if particle.is_empty() {
        Some(p)
    } else {
        p.checked_sub(1)
    }) else {
        // « D'ajouter : « … » », « De marteler « … » »: the narrative infinitive opening the
        // sentence bare, before a colon or a quotation that ends the sentence. (Not before
        // « que »: « De dire que tout va bien serait mentir » is an infinitive subject; nor
        // before a quotation the sentence goes on after: « De dire « non » aux électeurs n'est
        // jamais facile ».)
        let colon = toks.get(start + 1).is_some_and(|t| t.low == ":");
        let quotation_ends_it = toks
            .get(start + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "«" | "\"" | "“"))
            && toks[start + 2..].iter().all(|t| t.quoted || !t.word);
        let colon_or_quotation = (colon || quotation_ends_it) && reports_right_after(toks, start);
        if particle == "de" && colon_or_quotation {
            return Lead::Group {
                start: p,
                negation: false,
            };
        }
        return Lead::None;
    };
    // « de devoir constater », « pouvoir affirmer »: an infinitive leads it, no subject.
    if particle.is_empty()
        && matches!(
            toks[p].low.as_str(),
            "devoir" | "pouvoir" | "vouloir" | "savoir" | "falloir" | "oser"
        )
    {
        return Lead::Refused;
    }
    // « Les locataires pourront contester », « devrait annoncer », « se verra demander »:
    // what someone may or will say is no claim yet.
    if particle.is_empty()
        && matches!(
            toks[p].low.as_str(),
            "pourra"
                | "pourront"
                // « peuvent proposer quelque chose »: what one is able to do.
                | "peut"
                | "peuvent"
                | "pourrait"
                | "pourraient"
                | "devra"
                | "devront"
                | "devrait"
                | "devraient"
                | "verra"
                | "verront"
        )
    {
        return Lead::Refused;
    }
    // « n'a pas pu démentir », « ne pouvait pas nier », « n'a jamais su expliquer », « n'ose
    // pas dénoncer »: what someone could not, had not to or dared not say is not said.
    if particle.is_empty() && negated_modal(toks, p) {
        return Lead::Refused;
    }
    // « a dû démentir », « a pu affirmer », « ne peut que déplorer »: what someone had to,
    // managed to or could only say is said; the group starts at the modal's.
    if particle.is_empty() {
        // (« ne … que » restricts, it does not negate what is said.)
        if let Some((modal, restricted)) = said_modal(toks, p) {
            return Lead::Group {
                start: group_start(toks, modal),
                negation: restricted,
            };
        }
    }
    let reports_next = reports_right_after(toks, start);
    // « « Nous avons mal joué », de dire l'entraîneur », « …, d'ajouter le capitaine »: the
    // narrative infinitive as an incise right after a quotation, its subject after it.
    let incise = particle == "de" && super::narrative_incise(toks, start);
    if particle == "de"
        && (incise || narrative_subject(toks, p) || narrative_opening(toks, p) && reports_next)
    {
        return Lead::Group {
            start: p,
            negation: false,
        };
    }
    // « Certains sont allés jusqu'à nier », « iront même jusqu'à réfuter »: going as far as
    // saying it.
    if particle == "à" && matches!(toks[at].low.as_str(), "jusqu'" | "jusqu") {
        if let Some(s) = as_far_as(toks, at) {
            return Lead::Group {
                start: s,
                negation: false,
            };
        }
    }
    // « n'hésitait pas à dénoncer », « ne manque jamais de rappeler »: the negation's second
    // word between a simple tense and its particle.
    // (« continuent aujourd'hui de réclamer », « tient toujours à rappeler »: adverbs and time
    // words between the lead and its particle.)
    let mut at = at;
    while at > 0
        && !toks[at].quoted
        && (matches!(toks[at].low.as_str(), "pas" | "jamais" | "guère")
            || super::is_adverb(&toks[at])
            || lexicon::TIME_WORDS.contains(&toks[at].low.as_str()))
    {
        at -= 1;
    }
    if intention_before(toks, at, particle) || refused_before_et(toks, p, particle, lemma) {
        return Lead::Refused;
    }
    // « a pris soin de »: the verb before « soin » leads.
    let mut s = at;
    let (lead_lemma, negated_only) = if toks[at].low == "soin" && particle == "de" {
        if !s
            .checked_sub(1)
            .is_some_and(|k| matches!(toks[k].low.as_str(), "pris" | "prend" | "prennent"))
        {
            return Lead::None;
        }
        s -= 1;
        ("prendre soin", false)
    } else {
        // (« tient-il à préciser »: the leading verb inverted with its pronoun.)
        let form = split_inverted(&toks[at].low).map_or(toks[at].low.as_str(), |(head, _)| head);
        match lexicon::lead(form, particle) {
            Some(lead) => (lead.lemma, lead.negated_only),
            None => return Lead::None,
        }
    };
    s = group_start(toks, s);
    // (« La crise continue d'alimenter », « les chiffres continuent de montrer »: a thing
    // that goes on says nothing; someone who goes on saying it does.)
    if lead_lemma == "continuer" && !super::someone_as_subject(toks, s) {
        return Lead::Refused;
    }
    let negated = toks[s..at]
        .iter()
        .any(|t| matches!(t.low.as_str(), "ne" | "n'"));
    // « cela veut dire que » is what something means, not what someone says.
    let means = lemma == "dire" && lead_lemma == "vouloir";
    if negated != negated_only || means {
        return Lead::Refused;
    }
    Lead::Group {
        start: s,
        negation: negated,
    }
}

/// Whether a verb of an aim or an intention ends at `at`, adverbs skipped, before `particle`
/// (« visait à dresser », « entendait ainsi lancer », « s'apprête à annoncer »; see
/// [`lexicon::intends`]).
fn intention_before(toks: &[Tok], at: usize, particle: &str) -> bool {
    let verb = (0..=at).rev().find(|&k| !super::is_adverb(&toks[k]));
    verb.is_some_and(|k| {
        let form = split_inverted(&toks[k].low).map_or(toks[k].low.as_str(), |(head, _)| head);
        lexicon::intends(form, particle)
    })
}

/// Whether the infinitive after « et » or « ou » at `p` shares the refused lead of an
/// infinitive before it, in the same clause (« ce déficit pourrait être fatal et remettre en
/// question la saison », « entend porter plainte et dénoncer … »).
fn refused_before_et(toks: &[Tok], p: usize, particle: &str, lemma: &str) -> bool {
    if !particle.is_empty() || !matches!(toks[p].low.as_str(), "et" | "ou") {
        return false;
    }
    (0..p)
        .rev()
        .take_while(|&k| toks[k].word && !toks[k].quoted)
        .filter(|&k| super::is_infinitive(&toks[k].low))
        .any(|k| matches!(lead_verb(toks, k, lemma), Lead::Refused))
}

/// The token after an adjunct opened by a preposition at `at` (« au sujet du match », « lors
/// de la conférence », « à propos des salaires »): at most six words, no quotation, no verb
/// form of the lexicon; `None` when no preposition opens one.
fn adjunct_end(toks: &[Tok], at: usize) -> Option<usize> {
    let opens = toks.get(at).is_some_and(|t| {
        !t.quoted && (lexicon::PREPOSITIONS.contains(&t.low.as_str()) || t.low == "concernant")
    });
    if !opens {
        return None;
    }
    let len = toks[at..]
        .iter()
        .take(7)
        .take_while(|t| {
            t.word
                && !t.quoted
                && !matches!(t.low.as_str(), "que" | "qu'")
                && !lexicon::is_verb_form(t.low.as_str())
        })
        .count();
    (len <= 6).then_some(at + len)
}

/// The first token of the verb group of « aller » before « jusqu'à » at token `jusqu` (« sont
/// allés », « sont même allés », « iront même », « va », « allant »), adverbs and auxiliaries
/// included. None when the group is negated (« ne sont pas allés jusqu'à accuser »: they did
/// not say it) or only possible (« irait », « pourrait aller jusqu'à »: nothing said yet).
fn as_far_as(toks: &[Tok], jusqu: usize) -> Option<usize> {
    const ALLER: &[&str] = &[
        "va",
        "vont",
        "allait",
        "allaient",
        "ira",
        "iront",
        "alla",
        "allèrent",
        "allé",
        "allée",
        "allés",
        "allées",
        "allant",
    ];
    let negation = |low: &str| matches!(low, "ne" | "n'" | "pas" | "jamais" | "guère" | "plus");
    let mut k = jusqu.checked_sub(1)?;
    while k > 0 && lexicon::ADVERBS.contains(&toks[k].low.as_str()) {
        if negation(&toks[k].low) {
            return None;
        }
        k -= 1;
    }
    if toks[k].quoted || !ALLER.contains(&toks[k].low.as_str()) {
        return None;
    }
    while k > 0 && toks[k - 1].word && !toks[k - 1].quoted {
        let low = toks[k - 1].low.as_str();
        if negation(low) {
            return None;
        }
        if !is_aux(low) && !lexicon::ADVERBS.contains(&low) {
            break;
        }
        k -= 1;
    }
    Some(k)
}

/// Whether « de » at token `de` closes the subject of a narrative infinitive: « Et le ministre
/// d'ajouter : « … » », « Et Paul Martin de conclure », the press's way of saying « and the
/// minister added ». The sentence opens with « Et », then a few words, no verb and no
/// punctuation.
fn narrative_subject(toks: &[Tok], de: usize) -> bool {
    let subject = toks.get(1..de).unwrap_or_default();
    toks.first().is_some_and(|t| t.low == "et" && !t.quoted)
        && !subject.is_empty()
        && subject.len() <= 8
        && subject
            .iter()
            .all(|t| t.word && !t.quoted && !is_aux(&t.low) && !is_finite_verb(t))
        && (subject[0].upper || lexicon::DETERMINERS.contains(&subject[0].low.as_str()))
}

/// Whether what the infinitive at `start` reports comes right after it: « : », « que », a
/// quotation, maybe after a comma (« Et d'ajouter, « … » ») or an adjunct. With no subject,
/// the narrative infinitive needs it: « Et de rappeler les troupes » is no claim.
fn reports_right_after(toks: &[Tok], start: usize) -> bool {
    let reports_at = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.low.as_str(), ":" | "que" | "qu'" | "«" | "\"" | "“"))
    };
    let comma_after = toks.get(start + 1).is_some_and(|t| t.low == ",");
    reports_at(start + 1)
        || comma_after && reports_at(start + 2)
        || adjunct_end(toks, start + 1).is_some_and(reports_at)
}

/// Whether only « Puis », « Et », « Et puis », « Enfin » or « Avant », or nothing, stand
/// before « de » at token `de`, opening the sentence: the narrative infinitive with no subject
/// (« Puis d'ajouter : « … » », « Et de préciser que … », « Avant d'assurer que … », and the
/// bare « D'ajouter : « … » » of the Canadian and African press), whose speaker is the one who
/// spoke just before. (Its caller asks for what it reports right after: « : », « que », a
/// quotation.)
pub(in super::super) fn narrative_opening(toks: &[Tok], de: usize) -> bool {
    let opening = toks.get(..de).unwrap_or_default();
    opening.len() <= 3
        && matches!(toks.get(de).map(|t| t.low.as_str()), Some("de" | "d'"))
        && opening.iter().all(|t| {
            t.word && !t.quoted && matches!(t.low.as_str(), "et" | "puis" | "enfin" | "avant")
        })
}

/// The finite forms and participles of the modals that lead an infinitive with no particle
/// (« pouvoir », « devoir », « savoir », « oser »), third person.
#[rustfmt::skip]
const MODAL_FORMS: &[&str] = &[
    "peut", "peuvent", "pouvait", "pouvaient", "put", "purent", "pourra", "pourront", "pourrait",
    "pourraient", "pu", "doit", "doivent", "devait", "devaient", "dut", "durent", "devra",
    "devront", "devrait", "devraient", "dû", "sait", "savent", "savait", "savaient", "sut",
    "surent", "saura", "sauront", "saurait", "sauraient", "su", "ose", "osent", "osait",
    "osaient", "osa", "osèrent", "osera", "oseront", "oserait", "oseraient", "osé",
];

/// The first token of the verb group whose verb is at `at`: auxiliaries and adverbs before it
/// (« ne », « n' » and the clitics `lexicon::ADVERBS` lists: « le », « l' », « lui », « leur »,
/// « se », « y »; not « les », « nous », « vous », « me », « te », « en »).
pub(in crate::brief::claims) fn group_start(toks: &[Tok], at: usize) -> usize {
    let mut s = at;
    while s > 0 {
        let w = toks[s - 1].low.as_str();
        if !toks[s - 1].word || toks[s - 1].quoted {
            break;
        }
        if is_aux(w) || lexicon::ADVERBS.contains(&w) && w != "en" {
            s -= 1;
        } else {
            break;
        }
    }
    s
}

/// The past of « devoir » and « pouvoir »: what someone had to or managed to do, done.
const DONE_MODALS: &[&str] = &["dû", "pu", "dut", "durent", "put", "purent"];

/// The modal leading the infinitive after `p` when what it leads is said, and whether « ne
/// … que » restricts it: a past of « devoir » or « pouvoir » at `p` (« a dû », « avait pu »,
/// « dut »; not negated), or a modal restricted by « ne … que » (« ne peut que », « n'a pu
/// que », `p` the « que »).
fn said_modal(toks: &[Tok], p: usize) -> Option<(usize, bool)> {
    let negated = |m: usize| {
        toks[group_start(toks, m)..m]
            .iter()
            .any(|t| matches!(t.low.as_str(), "ne" | "n'"))
    };
    if DONE_MODALS.contains(&toks[p].low.as_str()) {
        return (!negated(p)).then_some((p, false));
    }
    let m = p.checked_sub(1).filter(|_| toks[p].low == "que")?;
    (MODAL_FORMS.contains(&toks[m].low.as_str()) && negated(m)).then_some((m, true))
}

/// Whether the infinitive after `p` (the token before it) is led by a negated modal: « n'a
/// pas pu », « ne pouvait pas », « n'a jamais su », « n'ose pas », « n'a pu » (the modal at
/// `p`, or before the negation's second word at `p`, with « ne » in its group). « ne peut que
/// constater » (« ne … que »: only) is no negation.
fn negated_modal(toks: &[Tok], p: usize) -> bool {
    let second_word = |t: &Tok| lexicon::NEGATION_WORDS.contains(&t.low.as_str());
    let modal = if second_word(&toks[p]) {
        p.checked_sub(1)
    } else {
        Some(p)
    };
    let Some(modal) = modal.filter(|&m| MODAL_FORMS.contains(&toks[m].low.as_str())) else {
        return false;
    };
    toks[..modal]
        .iter()
        .rev()
        .take_while(|t| {
            t.word && !t.quoted && (is_aux(&t.low) || lexicon::ADVERBS.contains(&t.low.as_str()))
        })
        .any(|t| matches!(t.low.as_str(), "ne" | "n'"))
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::speakers_by_segment as speakers;

    #[test]
    fn a_narrative_infinitive_after_et_is_a_cue_with_its_subject() {
        assert_eq!(
            speakers(&["Et le ministre d'ajouter : « Rien ne sera épargné. »"]),
            [(1, "le ministre".to_string())]
        );
        assert_eq!(
            speakers(&["Et Paul Martin de conclure : « Nous reviendrons. »"]),
            [(1, "Paul Martin".to_string())]
        );
    }

    #[test]
    fn a_narrative_infinitive_with_no_subject_continues_the_last_speaker() {
        for (first, speaker) in [
            ("Le maire a salué la décision de la région.", "Le maire"),
            (
                "La ministre Paula Mendes a salué la réforme.",
                "Paula Mendes",
            ),
            ("Le syndicat a dénoncé un passage en force.", "Le syndicat"),
        ] {
            for second in [
                "Puis d'ajouter : « Nous resterons vigilants. »",
                "Et d'ajouter que « personne ne sera oublié ».",
                "Et de préciser que la grève continuera lundi.",
                "Et puis de conclure : « Le dossier est clos ».",
                "Avant d'assurer que les travaux reprendront.",
                "Enfin de rappeler qu'aucune décision n'était prise.",
                // (A comma before the quotation or the « que ».)
                "Et d'ajouter, « nous resterons vigilants ».",
                "Et de préciser, que la grève continuera lundi.",
            ] {
                let got = speakers(&[first, second]);
                assert_eq!(got.len(), 2, "{first} {second}: {got:?}");
                assert_eq!(got[1], (2, speaker.to_string()), "{first} {second}");
            }
        }
    }

    #[test]
    fn a_narrative_infinitive_with_no_sure_speaker_stays_unresolved() {
        // No one spoke before; two spoke in the sentence before; someone else opened a
        // sentence since; the last speaker is four sentences back.
        for sentences in [
            &[
                "Le pont a été fermé lundi.",
                "Puis d'ajouter que les travaux dureront.",
            ][..],
            &[
                "Paula Mendes a salué la réforme, et Paul Martin a dénoncé un passage en force.",
                "Puis d'ajouter : « Nous verrons. »",
            ],
            &[
                "Le maire a salué la décision.",
                "Le préfet est arrivé ensuite.",
                "Puis d'ajouter : « Nous resterons vigilants. »",
            ],
            &[
                "Le maire a salué la décision.",
                "La route est fermée.",
                "Les travaux dureront.",
                "Le chantier coûtera cher.",
                "Et de préciser que rien ne change.",
            ],
        ] {
            let got = speakers(sentences);
            let last = got.last().expect("a claim");
            assert_eq!(last.0, sentences.len(), "{sentences:?}: {got:?}");
            assert_eq!(last.1, "", "{sentences:?}: {got:?}");
        }
    }

    #[test]
    fn et_or_puis_then_de_is_not_always_a_narrative_infinitive() {
        for second in [
            // « de » before a noun, « d'autres », « de nombreux ».
            "Et de nombreux habitants ont applaudi.",
            "Puis d'autres élus sont arrivés.",
            // An infinitive reporting nothing, or with a mere object.
            "Et de rappeler les troupes dans leurs casernes.",
            "Et de dénoncer une mascarade.",
            // (A comma, then no quotation or « que »: an aside.)
            "Et d'ajouter, pour finir, une touche de couleur.",
            "Avant de partir, il a serré des mains.",
        ] {
            let got = speakers(&["Le maire a salué la décision.", second]);
            assert_eq!(got, [(1, "Le maire".to_string())], "{second}");
        }
    }

    #[test]
    fn de_and_an_infinitive_elsewhere_is_no_narrative_infinitive() {
        // No « Et » opening the sentence: « refusé de commenter » reports nothing.
        assert!(speakers(&["Le ministre a refusé de commenter."]).is_empty());
        // « Et » then a clause with a verb: not a bare subject.
        assert!(speakers(&["Et le ministre a choisi de rappeler les troupes."]).is_empty());
        // The words before « de » are quoted: someone's words, not the narrator's.
        assert!(speakers(&["Et « la paix » de conclure l'affaire."]).is_empty());
    }
}
