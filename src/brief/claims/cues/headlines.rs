//! Headlines with no verb that still say who said what (README « Session 20 »): a noun of
//! speech and whose it is (« Retour de l'épidémie, le démenti du ministère de la Santé »,
//! « Hausse des prix : la mise en garde de la Banque de France »), or a subject and the
//! feeling or side it takes (« La municipalité satisfaite de son festival », « Le Mexique en
//! désaccord avec Washington »), the copula a headline drops. Each is read as a colon frame
//! (`attribution::ColonFrame`): the source's words, the cue's token, the kind. A sentence (a
//! closing period, a verb outside the cue) is left to the cues; a victim or an act in a
//! headline (« Un cycliste tué par un chauffard », « Le suspect arrêté par la police ») is
//! no claim.

use super::super::pos::{self, Upos};
use super::super::speaker::np_end;
use super::super::tokens::Tok;
use super::attribution::ColonFrame;
use super::light_verbs::{prenominal, voiced_words};
use super::{a_tender, agent_speaks, follows};
use crate::brief::lexicon::{self, ClaimKind};

/// « Retour de l'épidémie, le démenti du ministère de la Santé », « Hausse des prix : la mise
/// en garde de la Banque de France », « Fermeture de la maternité : le coup de gueule du
/// maire », « Le cri d'alarme des pédiatres »: a headline with no verb, whose noun of speech
/// (opening it or after a comma, a colon or a dash) says whose words they are after « de »
/// (README « Session 20 »: a headline whose cue is a noun is a claim). Where the source's
/// words run (from a contracted « du », « des », as « à l'appel des syndicats »), the noun
/// (as `colon`) and the kind it names. Someone must follow « de »: a name, or a noun of
/// people, bodies or media (not « l'appel de la forêt », « l'appel du 18 juin »). Not a
/// sentence (a closing period, or a verb outside the noun: « Le démenti du ministre a
/// convaincu »), a tender (« l'appel d'offres de la mairie »), custody (« la mise en garde à
/// vue du suspect »: no « de » after the noun).
pub(in crate::brief::claims) fn headline_noun_cue(toks: &[Tok]) -> Option<ColonFrame> {
    if a_sentence(toks) {
        return None;
    }
    let starts = (0..toks.len()).filter(|&k| {
        k == 0
            || !toks[k - 1].quoted
                && matches!(toks[k - 1].low.as_str(), "," | ":" | "-" | "–" | "—")
    });
    for start in starts {
        // (A determiner, then adjectives before the noun: « le démenti », « la mise en
        // garde », « nouvel appel ».)
        let mut noun = start;
        while toks
            .get(noun)
            .is_some_and(|t| !t.quoted && lexicon::DETERMINERS.contains(&t.low.as_str()))
        {
            noun += 1;
        }
        while toks.get(noun).is_some_and(|t| prenominal(&t.low)) {
            noun += 1;
        }
        // (« Critique de Marine Le Pen »: a bare noun heads a section, of or by her.)
        if noun == start {
            continue;
        }
        let Some((end, kind)) = headline_said_noun(toks, noun) else {
            continue;
        };
        if a_tender(toks, noun) {
            return None;
        }
        let from = match toks.get(end + 1).map(|t| t.low.as_str()) {
            Some("de" | "d'") => end + 2,
            Some("du" | "des") => end + 1,
            _ => continue,
        };
        let source_end = np_end(toks, from);
        if !agent_speaks(toks, from)
            || verb_outside(toks, noun, end)
            || kind == ClaimKind::Call && !calls_for_after(toks, source_end + 1)
        {
            continue;
        }
        return Some(ColonFrame {
            source: (from, source_end),
            colon: noun,
            kind,
        });
    }
    None
}

/// Whether what a headline's « appel » calls for follows its source, at `at` (« l'appel des
/// syndicats à la grève », « au calme », « pour la paix »): without it, « l'appel du
/// parquet » is an appeal lodged in court, an act.
fn calls_for_after(toks: &[Tok], at: usize) -> bool {
    toks.get(at)
        .is_some_and(|t| !t.quoted && matches!(t.low.as_str(), "à" | "au" | "aux" | "pour"))
}

/// Whether a finite verb stands outside quotations and outside the cue from `noun` to `end`
/// (the tagger's reading: « garde », « alarme » are nouns there); a participle (« son
/// festival réinventé »), an infinitive or a word after « de » (« d'été ») is none.
fn verb_outside(toks: &[Tok], noun: usize, end: usize) -> bool {
    let tags = pos::tags_of_lower_case(toks);
    (0..toks.len()).any(|k| {
        let after_de = k > 0 && matches!(toks[k - 1].low.as_str(), "de" | "d'");
        let low = toks[k].low.as_str();
        !(noun..=end).contains(&k)
            && !toks[k].quoted
            && !after_de
            && !super::is_participle(low)
            && !super::is_infinitive(low)
            && matches!(tags[k], Upos::Verb | Upos::Aux)
    })
}

/// The noun of speech of a headline at `k` (see [`headline_noun_cue`]): those a light verb
/// voices (« appel », « mise en garde », « cri d'alarme », « plaidoyer »), a denial
/// (« démenti ») and an outburst (« coup de gueule », « coup de colère »): its last token and
/// kind. (Not « la critique de X », « les reproches de X »: of X or by X, the headline does
/// not say.)
fn headline_said_noun(toks: &[Tok], k: usize) -> Option<(usize, ClaimKind)> {
    let word = toks.get(k).filter(|t| t.word && !t.quoted)?;
    match word.low.as_str() {
        "critique" | "critiques" | "reproche" | "reproches" => None,
        "démenti" | "démentis" => Some((k, ClaimKind::Denial)),
        "coup" => {
            follows(toks, k + 1, &["de gueule", "de colère"]).map(|e| (e, ClaimKind::Position))
        }
        _ => voiced_words(toks, k),
    }
}

/// Whether the words end as a sentence does (a period, a question or an exclamation mark, an
/// ellipsis outside quotations), not as a headline.
fn a_sentence(toks: &[Tok]) -> bool {
    toks.last()
        .is_none_or(|t| !t.quoted && matches!(t.low.as_str(), "." | "?" | "!" | "…"))
}

/// Feelings a headline gives its subject without « être », besides those the cues read after
/// a copula ([`lexicon::NARRATED_STANCE`]'s forms: « inquiets », « hostile », « favorable »):
/// satisfaction, disappointment, concern. (Not all of the words shown after « se montrer »:
/// « ouvert », « réservé », « critique » head other headlines, « Une enquête ouverte ».)
const HEADLINE_FEELINGS: &[&str] = &[
    "satisfait",
    "satisfaite",
    "satisfaits",
    "satisfaites",
    "déçu",
    "déçue",
    "déçus",
    "déçues",
    "préoccupé",
    "préoccupée",
    "préoccupés",
    "préoccupées",
];

/// A side in a phrase (« en désaccord avec », « d'accord avec », « en colère contre »: anger
/// at someone, a side taken against them). (Not « en colère » alone: anger narrated in a
/// headline, « Le chanteur X en colère après l'annulation », is no claim to every set's
/// writers.)
/// (Written as the tokens read them: « d'accord » is « d' » then « accord ».)
const HEADLINE_SIDES: &[&str] = &["en désaccord", "d' accord", "en colère contre"];

/// « La municipalité satisfaite de son festival », « Les éleveurs toujours inquiets pour
/// leur récolte », « Le Mexique en désaccord avec Washington »: a headline opening on someone
/// who can speak (a name, or a determiner and a noun of people, bodies or media; not a
/// document, « Le rapport favorable au projet »), then, maybe after adverbs, the feeling or
/// side it takes, with no verb: that subject's position, as « sont inquiets » is (session
/// 19), the copula dropped. The subject's words, the feeling's first token (as `colon`) and
/// the kind. (Not « Un cycliste tué par un chauffard »: no feeling; not « Un climat hostile
/// aux investisseurs »: no one; not « Des supporters furieux évacués du stade »: an event.)
pub(in crate::brief::claims) fn headline_stance(toks: &[Tok]) -> Option<ColonFrame> {
    // (« Grasse : le maire en colère contre la préfecture », « Pêche – les marins inquiets
    // pour leur avenir »: the headline's topic, then its sentence after a colon or a dash.)
    let start = topic_end(toks).map_or(0, |colon| colon + 1);
    if a_sentence(toks) || !someone_opens(&toks[start..]) {
        return None;
    }
    let feeling_at = (start + 1..toks.len().min(start + 9))
        .take_while(|&k| toks[k].word && !toks[k].quoted)
        .find(|&k| stance_end(toks, k).is_some())?;
    let mut source_end = feeling_at - 1;
    while source_end > start && super::is_adverb(&toks[source_end]) {
        source_end -= 1;
    }
    let end = stance_end(toks, feeling_at)?;
    // (« Un automobiliste hostile interpellé par la police »: a participle right after the
    // feeling is the headline's predicate, an event; the feeling only describes.)
    let event = toks
        .get(end + 1)
        .is_some_and(|t| t.word && !t.quoted && super::is_participle(&t.low));
    (!event && !verb_outside(toks, feeling_at, end)).then_some(ColonFrame {
        source: (start, source_end),
        colon: feeling_at,
        kind: ClaimKind::Position,
    })
}

/// The colon or dash that ends a headline's topic (« Grasse : », « Pêche – »): the first one,
/// after at most four words, no quotation before it.
fn topic_end(toks: &[Tok]) -> Option<usize> {
    (1..toks.len().min(6))
        .take_while(|&k| !toks[k].quoted)
        .find(|&k| matches!(toks[k].low.as_str(), ":" | "–" | "—" | "-"))
        .filter(|&k| toks[..k].iter().all(|t| t.word && !t.quoted))
}

/// Whether the headline opens on someone who can speak: a determiner and a name or a noun of
/// people, bodies or media (« Le Mexique », « Les éleveurs », « La municipalité »; not a
/// document, « Le rapport », nor a thing, « Un climat »), or a name of two capitalised words
/// (« Paul Durand »; not « Prévisions pessimistes », a capital only for the headline).
fn someone_opens(toks: &[Tok]) -> bool {
    let upper = |k: usize| toks.get(k).is_some_and(|t| t.word && t.upper && !t.quoted);
    let Some(first) = toks.first() else {
        return false;
    };
    if !lexicon::DETERMINERS.contains(&first.low.as_str()) {
        return upper(0) && upper(1);
    }
    toks.get(1).is_some_and(|head| {
        let singular = head.low.strip_suffix('s').unwrap_or(&head.low);
        let of_people =
            super::super::speaker::can_speak(singular) || super::is_source_word(&head.low);
        let document = super::super::speaker::DOCUMENTS.contains(&head.low.as_str());
        (head.upper || of_people) && !document
    })
}

/// The last token of a feeling or a side at `k` (« satisfaite », « inquiets », « en
/// désaccord »), if one stands there.
fn stance_end(toks: &[Tok], k: usize) -> Option<usize> {
    let low = toks[k].low.as_str();
    let narrated = lexicon::verbs()
        .get(low)
        .is_some_and(|v| v.lemma == lexicon::NARRATED_STANCE.lemma);
    if narrated || HEADLINE_FEELINGS.contains(&low) {
        return Some(k);
    }
    HEADLINE_SIDES
        .iter()
        .find_map(|phrase| {
            let words: Vec<&str> = phrase.split(' ').collect();
            toks[k..]
                .iter()
                .zip(&words)
                .all(|(t, w)| t.low == *w)
                .then(|| k + words.len() - 1)
        })
        .filter(|&e| e < toks.len())
}
