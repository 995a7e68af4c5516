//! Cues: reporting verbs (any tense, compound or simple, inverted incise, relative clause),
//! with the senses and constructions where they report nothing set aside (passives, adjectival
//! participles, « répondre aux critères », « a assuré la sécurité »). Attribution phrases
//! (selon X, d'après X, pour X) live in `attribution`, verbs leading an infinitive cue in
//! `leads`, idioms whose frame tells speech from another sense in `idioms`.

mod asserted_clause;
mod attribution;
mod characterise;
mod felt_by;
mod headlines;
mod idioms;
mod leads;
mod light_verbs;
mod said_of_oneself;
mod senses;
mod told;
mod unsaid;

pub(super) use senses::{says_it_wonders_in, unasserting_frame};

pub(super) use attribution::{
    agent_of_document, attribution_kind, colon_frame, described_holder, find_attribution,
    find_attribution_from, is_finding, names_a_document, names_words_said, numbered_title,
    our_colleagues, our_own_findings, par_after_participle, possessive, press_post_end,
    relayed_through, reports_for_a_medium, second_source, tally_of_no_one, CITED, RELAYED,
};
pub(super) use felt_by::{is_feeling_left_in, leaves_in_a_feeling};
pub(super) use headlines::{headline_noun_cue, headline_stance};
pub(super) use leads::{group_start, narrative_opening};
use leads::{lead_verb, Lead};

use super::open_incise::{closes_cleanly, follows_quotation, open_incise_at};
use super::tokens::{is_quote_mark, split_inverted, Tok};
use crate::brief::lexicon::{self, ClaimKind, Verb};

/// A reporting verb found in a sentence.
#[derive(Debug, Clone)]
pub(super) struct Cue {
    pub(super) verb: Verb,
    /// First token of the verb group (auxiliary, negation, reflexive included).
    pub(super) group_start: usize,
    /// Last token of the cue (the verb or its required particle).
    pub(super) cue_end: usize,
    /// Subject pronoun attached to an inverted auxiliary or verb.
    pub(super) inverted: Option<String>,
    /// Whether the verb is in the conditional, or closes as a present-tense incise a clause
    /// in the conditional (« l'incendie concernerait trois immeubles, indique la police »):
    /// either way the article does not vouch for what is said.
    pub(super) conditional: bool,
    /// Whether the verb group is negated (« ne s'inquiète pas »).
    pub(super) negated: bool,
    /// Whether the verb is a simple present (« affirme », « estiment »), so a conditional in
    /// what it reports is the article's hedge, not the sequence of tenses.
    pub(super) present: bool,
    /// Whether it follows « comme » (« comme l'explique X »): its subject comes after it.
    pub(super) after_comme: bool,
    /// Whether the verb is a bare present participle (« commentant », « ajoutant que »): its
    /// subject is another verb's.
    pub(super) participle: bool,
}

/// The first reporting verb outside quotes at or after token `from`, if any; when that verb
/// only states something and the sentence closes on an incise with its own subject
/// (« L'Allemagne s'est engagée à …, a indiqué son ministre »), that incise: it names who
/// speaks.
pub(super) fn find_verb(toks: &[Tok], from: usize) -> Option<Cue> {
    let cue = first_verb(toks, from)?;
    let incise_already = cue.inverted.is_some()
        || cue.after_comme
        || cue.group_start == 0
        || !toks[cue.group_start - 1].word;
    // « Des policiers ont fait irruption …, affirmant avoir appris …, a déclaré à l'AFP le
    // général X », « La police a dispersé des opposants qui protestaient contre …, a constaté
    // un journaliste »: a participle or a relative clause of the narration is what the
    // incise after it reports, whatever its kind: the incise's speaker's words (the
    // layered-attribution convention, session 11; session 14, point 3).
    // (A participle after a comma has no subject after it: no incise.)
    if cue.inverted.is_none() && !cue.after_comme && narration_detail(toks, &cue) {
        if let Some(incise) = reporting_incise(toks, cue.cue_end + 1) {
            return Some(incise);
        }
    }
    // A stance of the main clause (« nie toute implication, ajoute le texte ») keeps its
    // kind and its subject.
    if !incise_already && cue.verb.kind == ClaimKind::Statement {
        if let Some(mut incise) = closing_incise(toks, cue.cue_end + 1) {
            // « Des poils appartiendraient au yéti, indique une analyse, a annoncé X »: the
            // hedge the first incise carried stays.
            incise.conditional |= cue.conditional;
            return Some(incise);
        }
    }
    Some(cue)
}

/// « Le syndicat a publié un communiqué pour dénoncer la fermeture », « Les élus ont pris la
/// parole afin de rappeler … », « Le directeur a écouté les salariés, avant d'affirmer que … »:
/// an infinitive of purpose or of what came next (« pour », « afin de », « avant de » right
/// before the group at `start`) after a clause with a finite verb carries the speech of that
/// verb's subject (`speaker::verb_before_purpose`). Not « pour expliquer ce retard » with no
/// verb before, nor « sans commenter ».
fn speech_after_a_deed(toks: &[Tok], start: usize) -> bool {
    start
        .checked_sub(1)
        .and_then(|at| super::speaker::verb_before_purpose(toks, at))
        .is_some()
}

/// Whether a conjugated verb stands before `end` outside quotes: an auxiliary or a finite
/// form that is no bare participle (« Les dépenses ont dérapé, … », « Le coût augmentait, … »;
/// not « Le tireur, caché derrière un arbre, … »).
pub(super) fn conjugated_before(toks: &[Tok], end: usize) -> bool {
    toks[..end].iter().any(|t| {
        !t.quoted
            && (lexicon::is_auxiliary(&t.low)
                || super::speaker::is_finite_verb(t) && !may_be_participle(&t.low))
    })
}

/// Whether the cue is a bare present participle (« affirmant ») or the verb of a relative
/// clause (« qui protestaient ») after a clause of the narration with a finite verb of its
/// own (« Des policiers ont fait irruption …, affirmant … »; not « Le maire, affirmant …,
/// a annoncé », where the participle qualifies the subject of the verb after it).
pub(super) fn narration_detail(toks: &[Tok], cue: &Cue) -> bool {
    let relative = cue.group_start > 0 && toks[cue.group_start - 1].low == "qui";
    // (« affirmant avoir appris »: a participle leading an infinitive opens the group.)
    let participle = cue.participle || toks[cue.group_start].low.ends_with("ant");
    // (« Les élus trouvent des prétextes pour demander …, a-t-il relevé »: so an infinitive
    // after a deed.)
    (participle || relative || speech_after_a_deed(toks, cue.group_start))
        && toks[..cue.group_start]
            .iter()
            .any(|t| !t.quoted && super::speaker::is_finite_verb(t))
}

/// The most words between an incise's verb and the comma or the end that closes it (« a
/// déclaré à l'AFP le général X Y »).
const INCISE_TAIL_WORDS: usize = 12;

/// An incise after token `from` that names who speaks: a comma, a verb of saying right after
/// it, then its subject inverted (« a-t-il ajouté », « a-t-on appris de sources
/// concordantes ») or after it, maybe past an adjunct (« a déclaré à l'AFP le général X »,
/// « a constaté un journaliste »), up to a comma or the end, with nothing reported (no
/// « que », colon or quotation). A participle may follow it (« …, disant se baser sur … »).
fn reporting_incise(toks: &[Tok], from: usize) -> Option<Cue> {
    for k in from..toks.len() {
        // (Quoted words and a « que » belong to the detail: « affirmant avoir appris
        // l'existence « de caches d'armes », a déclaré … ».)
        if toks[k].low == ":" && !toks[k].quoted {
            return None;
        }
        if toks[k].low != "," || toks[k].quoted {
            continue;
        }
        let Some(cue) = first_verb(toks, k + 1).filter(|c| c.group_start == k + 1) else {
            continue;
        };
        let tail_end = toks[cue.cue_end + 1..]
            .iter()
            .position(|t| t.low == ",")
            .map_or(toks.len(), |p| cue.cue_end + 1 + p);
        let tail = &toks[cue.cue_end + 1..tail_end];
        let reports = tail.iter().any(|t| {
            t.quoted || is_quote_mark(t) || matches!(t.low.as_str(), "que" | "qu'" | ":" | ";")
        });
        let names = cue.inverted.is_some()
            || tail
                .iter()
                .any(|t| t.word && (t.upper || lexicon::DETERMINERS.contains(&t.low.as_str())));
        let words = tail.iter().filter(|t| t.word).count();
        if !reports && names && words <= INCISE_TAIL_WORDS && !cue.participle {
            return Some(cue);
        }
        return None;
    }
    None
}

/// « Selon les premiers éléments, « … », a détaillé le procureur », « D'après les résultats de
/// l'autopsie, la victime a été frappée, a précisé le parquet »: an attribution whose source at
/// `source_at` names a document, no one, before an incise whose subject is someone (an inverted
/// pronoun, a name, a noun that speaks; not « le conducteur, ivre, a reconnu les faits »).
/// Whether `cue` is that incise: its speaker makes the claim, the document being what they
/// rely on.
pub(super) fn incise_after_a_document(toks: &[Tok], cue: &Cue, source_at: usize) -> bool {
    names_a_document(toks, source_at)
        && reporting_incise(toks, source_at).is_some_and(|incise| {
            incise.group_start == cue.group_start
                && (incise.inverted.is_some() || super::speaker::speaker_follows(toks, &incise))
        })
}

/// An incise closing the sentence after token `from`: a comma, a verb of saying right after
/// it, then its subject and nothing it reports (« …, a indiqué son ministre de la Défense. »).
fn closing_incise(toks: &[Tok], from: usize) -> Option<Cue> {
    for k in from..toks.len() {
        // A quotation before the incise is the first speaker's (« Le maire a dit : « … »,
        // a raconté X »).
        if toks[k].quoted || toks[k].low == ":" {
            return None;
        }
        if toks[k].low != "," {
            continue;
        }
        let cue = first_verb(toks, k + 1)?;
        let subject = toks.get(cue.cue_end + 1);
        // (« …, critiqué par l'opposition »: a stance in the passive is its agent's claim,
        // beside the first verb's, not an incise reporting it.)
        let passive_agent = cue.after_comme && toks[cue.cue_end].low == "par";
        let closes = cue.group_start == k + 1
            && !passive_agent
            && cue.inverted.is_none()
            && subject.is_some_and(|t| {
                t.word && (t.upper || lexicon::DETERMINERS.contains(&t.low.as_str()))
            })
            && toks[cue.cue_end + 1..].iter().all(|t| {
                !t.quoted && !matches!(t.low.as_str(), "que" | "qu'" | ":" | "«" | "\"" | ";")
            });
        if closes {
            return Some(cue);
        }
    }
    None
}

/// The first reporting verb outside quotes at or after token `from` (see [`find_verb`]), not
/// swapped for a closing incise.
pub(super) fn first_verb(toks: &[Tok], from: usize) -> Option<Cue> {
    let verbs = lexicon::verbs();
    let has_quote = toks.iter().any(|t| t.quoted);
    // The end of an indirect question (« a demandé au ministre si … »): no cue inside it.
    let mut question_end = 0;
    for (i, t) in toks.iter().enumerate().skip(from) {
        if !t.word || t.quoted || i < question_end {
            continue;
        }
        let (form, inverted_pronoun) = match split_inverted(&t.low) {
            Some((head, pronoun)) => (head, Some(pronoun.to_string())),
            None => (t.low.as_str(), None),
        };
        let Some(mut verb) = verbs.get(form).copied() else {
            // « « … », tacle le ministre », « cingle-t-il »: an incise verb the lexicon does
            // not list.
            if let Some(cue) = open_cue(toks, from, i, form) {
                return Some(cue);
            }
            continue;
        };
        // « a pris position contre le projet », « a pris une position claire »: a stance
        // taken, with the forms of « s'en prendre à ».
        if verb.lemma == "s'en prendre à" && idioms::takes_a_stance(toks, i + 1) {
            verb = lexicon::TAKING_A_STANCE;
        }
        // « a attaqué personnellement la ministre », « attaque le maire sur sa gestion »: an
        // attack in words, with the forms of « s'attaquer ».
        if verb.lemma == "s'attaquer" && idioms::attacks_in_words(toks, i) {
            verb = lexicon::ATTACKING_IN_WORDS;
        }
        // « Airbus reste confiant », « les élus sont tous opposés à la fermeture »: a feeling
        // or a side after a copula, spelt as a form of « confier » or « s'opposer ».
        let opposed_to = verb.lemma == "s'opposer"
            && form.starts_with("opposé")
            && follows(toks, i + 1, &["à", "au", "aux"]).is_some();
        // (Not the reflexive « s'est opposé à », whose « est » is the tense's.)
        if (opposed_to || verb.lemma == "confier" && form == "confiant")
            && copula_before(toks, i)
                .is_some_and(|k| !(k > 0 && matches!(toks[k - 1].low.as_str(), "se" | "s'")))
        {
            verb = lexicon::NARRATED_STANCE;
        }
        // « a souhaité rendre hommage à X », « rend hommage aux pompiers »: praise given by
        // someone (not « des milliers de personnes ont rendu hommage à la victime », a crowd).
        if verb.lemma == "se rendre compte" && follows(toks, i + 1, &["hommage"]).is_some() {
            verb = lexicon::PAYING_TRIBUTE;
        }
        // « a publié une déclaration contre la réforme »: a stance issued in writing.
        if verb.lemma == "publier" && idioms::issues_a_stance(toks, i + 1) {
            verb = lexicon::ISSUING_A_STANCE;
        }
        // « vante les mérites du projet », « vante son bilan »: praise, with the forms of « se
        // vanter » (not « se vante d'avoir », which keeps its own sense).
        if verb.lemma == "se vanter"
            && follows(toks, i + 1, verb.needs_next.unwrap_or_default()).is_none()
            && names_a_noun_of(toks, i + 1, &[lexicon::PRAISED, lexicon::POLICIES])
        {
            verb = lexicon::PRAISING;
        }
        // « a vivement pris à partie le ministre »: taken to task.
        if verb.lemma == "s'en prendre à" && follows(toks, i + 1, &["à partie"]).is_some() {
            verb = lexicon::TAKING_TO_TASK;
        }
        // « Il est d'avis que », « Le maire n'est pas d'accord avec », « est du même avis »: a view.
        if verb.lemma == "être d'avis" {
            if let Some(cue) = of_the_view(toks, i, verb) {
                return Some(cue);
            }
            continue;
        }
        // Walk back over adverbs, negation, reflexives and auxiliaries.
        let mut start = i;
        let mut aux = None;
        let mut inverted = inverted_pronoun.clone();
        while start > 0 {
            let p = &toks[start - 1];
            // « Il a, par ailleurs, expliqué que »: an aside between auxiliary and verb.
            if aux.is_none() && start == i {
                if let Some(len) = aside_after_aux(toks, start) {
                    start -= len;
                    continue;
                }
            }
            if let Some(len) = quoted_adverb_before(toks, start) {
                start -= len;
                continue;
            }
            if !p.word || p.quoted {
                break;
            }
            if aux.is_none() && lexicon::AUXILIARIES.contains(&p.low.as_str()) {
                aux = Some(p.low.clone());
                start -= 1;
            } else if aux.is_some()
                && is_aux(&toks[start].low)
                && matches!(p.low.as_str(), "les" | "la")
                && start >= 2
                && toks[start - 2].word
            {
                // « L'opposition les a contestés »: an object pronoun before the auxiliary
                // (« le », « l' » are among the adverbs), not part of the subject.
                start -= 1;
            } else if start >= 2
                && matches!(toks[start - 2].low.as_str(), "ne" | "n'")
                && (matches!(p.low.as_str(), "les" | "la")
                    || aux.is_some()
                        && is_aux(&toks[start].low)
                        && matches!(p.low.as_str(), "nous" | "vous" | "me" | "m'" | "te" | "t'"))
            {
                // « Le maire ne les dénonce pas », « La préfète ne la dément pas », « ne nous a
                // pas prévenus »: after « ne », an object pronoun (no determiner follows
                // « ne »), not part of the subject.
                start -= 1;
            } else if aux.is_none() && split_inverted(&p.low).is_some_and(|(h, _)| is_aux(h)) {
                let (h, pronoun) = split_inverted(&p.low).unwrap_or_default();
                aux = Some(h.to_string());
                inverted = Some(pronoun.to_string());
                start -= 1;
            } else if lexicon::ADVERBS.contains(&p.low.as_str())
                && (p.low != "en"
                    || start >= 2
                        && matches!(toks[start - 2].low.as_str(), "n'" | "ne" | "s'" | "se")
                    // (« Les chercheurs en ont conclu que »: the clitic, not a gerund's « en ».)
                    || !form.ends_with("ant"))
            {
                start -= 1;
            } else if is_adverb(p)
                && start >= 2
                && (is_aux(&toks[start - 2].low)
                    || lexicon::ADVERBS.contains(&toks[start - 2].low.as_str()))
            {
                // « a vigoureusement dénoncé », « n'a pas ouvertement accusé »
                start -= 1;
            } else if after_copula(verb.lemma)
                && (DEGREE_WORDS.contains(&p.low.as_str()) || is_adverb(p))
            {
                // « sont très inquiets », « sont tous opposés à », « est farouchement hostile »
                start -= 1;
            } else if let Some(len) = adverbial_phrase(toks, start) {
                // « ont par ailleurs démenti », « a une nouvelle fois demandé »
                start -= len;
            } else if aux.is_none()
                && (is_emphatic_pronoun(&p.low)
                    || matches!(p.low.as_str(), "lui" | "elle" | "eux" | "elles")
                        && start >= 2
                        && is_aux(&toks[start - 2].low))
            {
                // « a lui-même évoqué », « ont eux-mêmes reconnu »
                start -= 1;
            } else if dative_in_incise(toks, start, i, form, aux.as_deref()) {
                // « « … », nous confie le doyen », « …, m'a expliqué la directrice »
                start -= 1;
            } else if let Some(len) = insert_after_aux(toks, start, i)
                .filter(|_| aux.is_none() && may_be_participle(form))
            {
                // « a hier affirmé », « avait auparavant indiqué », « a par la suite démenti »
                start -= len;
            } else {
                break;
            }
        }
        // « reste persuadée que », « demeure convaincu que »: a conviction kept is stated as
        // with « être » (not a lone participle, « un homme convaincu »).
        let kept_conviction = after_copula(verb.lemma)
            && aux.is_none()
            && start > 0
            && STATE_COPULAS.contains(&toks[start - 1].low.as_str());
        if kept_conviction {
            start -= 1;
            aux = Some(toks[start].low.clone());
            // (« est resté persuadé », « ne reste pas convaincu »)
            while start > 0
                && (matches!(toks[start - 1].low.as_str(), "ne" | "n'")
                    || lexicon::AUXILIARIES.contains(&toks[start - 1].low.as_str()))
            {
                start -= 1;
            }
        }
        // Drop leading object pronouns that were not part of the group after all (not the
        // one an incise speaks to: « « … », lui répond le maire »).
        while start < i
            && matches!(toks[start].low.as_str(), "le" | "l'" | "lui" | "leur")
            && aux.is_none()
            && !dative_in_incise(toks, start + 1, i, form, None)
        {
            start += 1;
        }
        // « n'avait aucun reproche à adresser à ses joueurs »: a stance; « aucun reproche »
        // elsewhere is the noun.
        if verb.lemma == "reprocher" && start == i && i > 0 && toks[i - 1].low == "aucun" {
            match idioms::no_reproach(toks, i) {
                Some(group) => {
                    start = group;
                    aux = Some("avoir".into());
                }
                None => continue,
            }
        }
        if start > 0 && toks[start - 1].low == "ni" {
            continue; // « n'a ni condamné ni approuvé »: no stance taken.
        }
        // « a d'abord pensé que », « avait d'abord cru »: a belief held first, then given up.
        if matches!(verb.lemma, "penser" | "croire" | "imaginer" | "supposer")
            && toks[start..i].iter().any(|t| t.low == "abord")
        {
            continue;
        }
        let reflexive = toks[start..i]
            .iter()
            .any(|t| matches!(t.low.as_str(), "s'" | "se"));
        // « Un incendie s'est déclaré », « La cour a confirmé la condamnation », « en témoigne
        // la foule », « l'hôpital admet 300 patients », « il faut dire que », « il annoncera
        // sa décision »: the verb in a sense that reports nothing (see `senses`).
        let group = senses::Group {
            lemma: verb.lemma,
            form,
            start,
            i,
            // (« Le conseiller X, quant à lui, a expliqué … »: the subject and an aside before
            // the group, no incise; « Selon X, le site fermera, a détaillé le ministre » is
            // one.)
            subject_before: inverted.is_none()
                && start > 0
                && (!closes_as_incise(toks, start, i)
                    || after_apposition(toks, start)
                        && find_attribution(toks).is_none_or(|(a, _)| a > start))
                && !incise_after_quotation(toks, start, i, false)
                && !subject_after(toks, start, i),
            bare: aux.is_none(),
            reflexive,
        };
        if senses::reports_nothing(toks, &group) {
            continue;
        }
        // « cette attaque, qualifiée de « lâche » par le Premier ministre X », « a été jugée
        // préoccupante par un diplomate »: a judgement in the passive, whose agent speaks.
        // (Not the active « a condamné les sanctions imposées par X ».)
        let passive_or_bare =
            aux.as_deref().is_none_or(|a| ETRE.contains(&a)) || i > 0 && is_been(toks, i - 1);
        // « condamné à 18 mois de prison », « a été condamnée pour vol par le tribunal »: a
        // sentence passed, no stance.
        if verb.lemma == "condamner"
            && passive_or_bare
            && is_participle(form)
            && sentenced_to(toks, i)
        {
            continue;
        }
        if let Some(par) = judging_agent(toks, i, form, verb).filter(|_| passive_or_bare) {
            verb.kind = kind_in_context(verb, toks, i, start, false);
            if verb.lemma == "lancer" {
                verb.kind = launched_call_before(toks, i).unwrap_or(verb.kind);
            }
            // (« la sanction, contestée par le club »: a decision challenged, a stance; « les
            // accusations, contestées par le maire », denied.)
            if matches!(verb.lemma, "rejeter" | "balayer" | "contester")
                && !claim_rejected_before(toks, i)
                && !(verb.lemma == "contester" && asserted_before(toks, i))
            {
                verb.kind = ClaimKind::Position;
            }
            // (« recadré par », « rappelé à l'ordre par »: a rebuke, whatever « rappeler »
            // says elsewhere and however the incise verbs of [`REBUKES`] report.)
            let rebuke = verb.lemma == "rappeler" || REBUKES.contains(&verb.lemma);
            if rebuke && rebuke_said(toks, i, verb).is_some() {
                verb.kind = ClaimKind::Position;
            }
            return Some(Cue {
                verb,
                group_start: start,
                cue_end: par,
                inverted: None,
                conditional: aux
                    .as_deref()
                    .is_some_and(|a| lexicon::CONDITIONAL_AUX.contains(&a)),
                negated: false,
                present: false,
                after_comme: true,
                participle: false,
            });
        }
        // « Et de se voir répondre par l'élue : « … » », « s'est vu reprocher par le juge son
        // silence »: the passive of « se voir », whose agent speaks.
        if let Some((group, par)) = seen_saying_agent(toks, i, form) {
            verb.kind = kind_in_context(verb, toks, i, group, false);
            return Some(Cue {
                verb,
                group_start: group,
                cue_end: par,
                inverted: None,
                conditional: false,
                negated: false,
                present: false,
                after_comme: true,
                participle: false,
            });
        }
        // A passive (« des accrochages sont signalés », « a été accusée ») names no speaker.
        let etre = aux.as_deref().is_some_and(|a| ETRE.contains(&a)) || kept_conviction;
        // « Le maire est convaincu que »: « être » makes the adjective a view (bare, « un
        // homme convaincu », or after « a », it says nothing).
        if after_copula(verb.lemma) && (!etre || reflexive) {
            continue;
        }
        // (« Le temps reste favorable aux semis », « les conditions sont favorables »: a
        // feeling or a side is someone's.)
        // (« Elles sont favorables au projet », said of conclusions: a side may be a thing's,
        // so a pronoun is no one for it; a feeling, « Il reste confiant », is someone's.)
        if verb.lemma == "être hostile"
            && (!someone_as_subject(toks, start)
                || lexicon::SIDES_TAKEN.contains(&form)
                    && start
                        .checked_sub(1)
                        .is_some_and(|p| lexicon::SUBJECT_PRONOUNS.contains(&toks[p].low.as_str())))
        {
            continue;
        }
        // (« est monté au créneau »: « être » is the tense's auxiliary.)
        let passive_aux =
            etre && !reflexive && !after_copula(verb.lemma) && verb.lemma != "monter au créneau";
        if passive_aux || start > 0 && is_been(toks, start - 1) {
            continue;
        }
        // « Une enquête a été ouverte et confiée à la police », « ont été arrêtés puis
        // présentés au juge »: a bare participle joined to a passive one shares its « été ».
        if aux.is_none() && is_participle(form) && shares_a_passive(toks, start) {
            continue;
        }
        // « X s'est ajouté à la liste des forfaits »: added, nothing said.
        if reflexive && verb.lemma == "ajouter" {
            continue;
        }
        if toks.get(i + 1).is_some_and(|n| n.low == "par") && is_participle(form) {
            continue;
        }
        // « …, lance le ministre », « ironise-t-il », « il poursuit : « … » »: these verbs
        // report only there (« lancer une opération », « poursuivre l'enquête »).
        // « crient victoire », « crie au scandale »: a claim without an incise.
        let after = toks.get(i + 1).map(|n| n.low.as_str());
        // (« crier à la trahison », « à la censure » accuse; « crier à la misère » only
        // complains of hardship.)
        // (« crient déjà victoire »: an adverb between.)
        let cries_out = verb.lemma == "crier"
            && (follows(toks, i + 1, &["victoire"]).is_some()
                || matches!(after, Some("au" | "à"))
                    && toks.get(i + 2).is_some_and(|t| {
                        matches!(
                            t.low.as_str(),
                            "scandale" | "complot" | "loup" | "génocide" | "fou"
                        ) || t.low == "la"
                            && toks
                                .get(i + 3)
                                .is_some_and(|n| CRIED_ACCUSATIONS.contains(&n.low.as_str()))
                    }));
        // « L'opposition avance un nombre plus élevé »: putting forward a figure or an idea.
        let puts_forward = verb.lemma == "avancer"
            && toks.get(i + 1).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "un" | "une" | "des" | "le" | "la" | "l'" | "ce" | "cette"
                )
            })
            && toks
                .get(i + 2)
                .is_some_and(|t| PUT_FORWARD.contains(&t.low.as_str()));
        // « une source avançait une « querelle de voisinage » »: words in quotation marks put
        // forward (« a avancé que … »: see INCISE_VERBS_BEFORE_QUE, not « n'avance que »).
        let quoted_after_determiner = toks.get(i + 2).is_some_and(|t| {
            t.quoted || is_quote_mark_str(&t.low) && toks.get(i + 3).is_some_and(|n| n.quoted)
        }) && after
            .is_some_and(|a| lexicon::DETERMINERS.contains(&a));
        let puts_forward = puts_forward || verb.lemma == "avancer" && quoted_after_determiner;
        // « Le syndicat a lancé un appel à la grève », « lance un avertissement »: a call or a
        // warning launched (not « lancer une opération »).
        // (« C'est l'appel qu'a lancé mardi X »: the call is the relative's antecedent.)
        // (« lance également un appel », « un signal d'alarme », not « un signal fort aux
        // marchés », « un appel à la population. » for nothing said, « un appel d'offres »:
        // light_verbs.)
        let launches_a_call = verb.lemma == "lancer"
            && (super::speaker::words_antecedent(toks, start)
                .is_some_and(|noun| LAUNCHED_CALLS.contains(&noun))
                || light_verbs::speech_noun_after(verb.lemma, toks, i + 1).is_some());
        // « Le ministre se défend d'avoir menti », « s'est défendu de toute ingérence »: a
        // denial outside an incise (« défend son titre », « se défend bien » say nothing).
        let defends_itself = verb.lemma == "défendre"
            && reflexive
            && matches!(after, Some("de" | "d'" | "du" | "des"));
        // « La ministre a défendu la réforme », « défend son bilan », « défendait l'idée
        // d'une taxe »: a decision or a view defended in words, a stance (not « défend son
        // titre », « a défendu la ville », « défend son client »), not by a text (« La loi
        // défend la publication », « La nouvelle loi défend » forbid it: the head or the word
        // after one adjective).
        let defends_a_stance = verb.lemma == "défendre"
            && !reflexive
            && names_a_noun_of(toks, i + 1, DEFENDED)
            && !subject_words(toks, start)
                .filter(|w| !lexicon::DETERMINERS.contains(w))
                .take(2)
                .any(|w| STIPULATES.contains(&w));
        // « Le maire a soufflé qu'il se représenterait », « lance mardi que »: a verb of the
        // incises reporting a clause (see INCISE_VERBS_BEFORE_QUE).
        // (Not a comparison, « a plus crié que parlé », nor « ne … que », « n'a corrigé que
        // des détails »: only.)
        // (« avancent plus vite que prévu »: the comparison may stand after the verb too.)
        let says_that = INCISE_VERBS_BEFORE_QUE.contains(&verb.lemma) && {
            let que_at = past_inserts(toks, i + 1);
            toks.get(que_at)
                .is_some_and(|n| matches!(n.low.as_str(), "que" | "qu'"))
                && !toks[start.saturating_sub(1)..que_at].iter().any(|t| {
                    matches!(
                        t.low.as_str(),
                        "ne" | "n'" | "plus" | "moins" | "autant" | "davantage" | "mieux" | "aussi"
                    )
                })
        };
        // « Le porte-parole abonde dans le même sens »: agreeing with what was just said.
        let agrees = verb.lemma == "abonder"
            && follows(
                toks,
                i + 1,
                &[
                    "dans le sens",
                    "dans le même sens",
                    "dans ce sens",
                    "en ce sens",
                    "dans son sens",
                    "dans leur sens",
                ],
            )
            .is_some();
        // « Marine Le Pen s'emporte contre une ancienne ministre », « fulmine contre la
        // réforme »: anger voiced against someone or something, a stance.
        let rails_against = idioms::rails_against(verb.lemma, toks, i, start, form);
        let cries_out = cries_out
            || puts_forward
            || launches_a_call
            || defends_itself
            || defends_a_stance
            || says_that
            || agrees
            || rails_against;
        // (« …, a soulevé le directeur du festival. »: an incise closing the sentence, its
        // subject after it, reports what comes before, quoted or not.)
        // (Only after a clause with its own verb: « Son discours, « historique », lance une
        // nouvelle ère », « Le ministre, fatigué, lance le débat » launch something.)
        // (Asked only where it matters; `start` as it stands here, though it moves below.)
        let closes_a_clause = move || {
            closes_as_incise(toks, start, i)
                && toks[..start - 1]
                    .iter()
                    .any(|t| !t.quoted && super::speaker::is_finite_verb(t))
                && toks[start - 2].word
                && !toks[start - 2].quoted
        };
        let incise_only = verb.incise_only
            || verb.needs_next.is_some() && follows(toks, i + 1, lexicon::INCISE_PHRASES).is_some();
        if incise_only
            && !cries_out
            && !narrative_incise(toks, i)
            && !in_incise(toks, start, i, inverted.is_some(), true)
            && !closes_a_clause()
        {
            continue;
        }
        let prev = start.checked_sub(1).map(|p| &toks[p]);
        let next = toks.get(i + 1).map(|n| n.low.as_str());
        // « Le préfet, qui a requis l'anonymat, a affirmé que … »: a verb of a relative clause
        // set off by commas gives way to the main clause's cue after it.
        if relative_between_commas(toks, start)
            && toks[i + 1..]
                .iter()
                .position(|t| t.low == "," && !t.quoted)
                .is_some_and(|c| first_verb(toks, i + 2 + c).is_some())
        {
            continue;
        }
        // « la loi dite « Sur la presse » », « les quartiers dits sensibles »: « so-called ».
        if matches!(form, "dite" | "dits" | "dites")
            && aux.is_none()
            && inverted.is_none()
            && prev.is_some_and(|p| p.word && !matches!(p.low.as_str(), "vous" | "qui" | "se"))
        {
            continue;
        }
        // « répondre aux critères » is meeting them: only « répond que », an incise or a quote.
        // « La justice a conclu à un accident »: a finding.
        let concludes_to = verb.lemma == "conclure" && matches!(next, Some("à" | "au" | "aux"));
        // « Répondant à ces menaces, le ministre a affirmé que … »: what the participle sets
        // the scene for; the claim is the main verb's.
        if verb.lemma == "répondre"
            && form.ends_with("ant")
            && matches!(next, Some("à" | "au" | "aux"))
        {
            continue;
        }
        // (« répond ce mercredi que »: past a time phrase.)
        let next_past_time = || toks.get(past_inserts(toks, i + 1)).map(|n| n.low.as_str());
        if matches!(verb.lemma, "répondre" | "conclure")
            && inverted.is_none()
            && !concludes_to
            && !narrative_incise(toks, i)
            && !subject_after(toks, start, i)
            && !colon_quote_ahead(toks, i + 1)
            && !que_after_adjunct(toks, i + 1)
            && !matches!(next_past_time(), Some("que" | "qu'" | ":"))
            && !next.is_some_and(is_quote_mark_str)
            && (prev.is_none_or(|p| p.word) || after_an_aside(toks, start))
        {
            continue;
        }
        // « ils ont écrit l'histoire », « a écrit une nouvelle page du club »: history made,
        // nothing written to anyone.
        if verb.lemma == "écrire" && follows(toks, i + 1, HISTORY_WRITTEN).is_some() {
            continue;
        }
        // « a écrit à la ministre, qui a répondu que … », « a écrit au préfet mardi »: a letter
        // sent, whose words the clause does not give (they follow « que », a colon or a
        // quotation, or the verb of « pour lui demander »).
        if verb.lemma == "écrire"
            && inverted.is_none()
            && !subject_after(toks, start, i)
            && follows(toks, letter_after(toks, i + 1), &["à", "au", "aux"]).is_some()
            && !writes_words(toks, i + 1)
        {
            continue;
        }
        // « a tenu à rappeler que », « s'est contenté d'ajouter que », « veut rassurer »: the
        // group starts at the verb that leads the infinitive.
        let mut lead_negation = false;
        if aux.is_none() && inverted.is_none() && is_infinitive(form) {
            match lead_verb(toks, start, verb.lemma) {
                Lead::None => {}
                Lead::Refused => continue,
                Lead::Group { start: s, negation } => {
                    start = s;
                    aux = Some("lead".into());
                    lead_negation = negation;
                    // (« a-t-il tenu à rappeler »: the pronoun inverted on the leading verb's
                    // auxiliary is the subject.)
                    if let Some((head, pronoun)) =
                        s.checked_sub(1).and_then(|k| split_inverted(&toks[k].low))
                    {
                        if is_aux(head) {
                            inverted = Some(pronoun.to_string());
                            start = s - 1;
                        }
                    }
                    // (« tient-il à préciser », « se borne-t-elle à rappeler »: the pronoun
                    // inverted on the leading verb itself.)
                    if let Some((_, pronoun)) = split_inverted(&toks[s].low) {
                        inverted = Some(pronoun.to_string());
                    }
                }
            }
        }
        let prev = start.checked_sub(1).map(|p| &toks[p]);
        // « comme l'explique X », « comme devait conclure X »: an incise, subject after.
        // « comme annoncé dans un communiqué », « comme indiqué plus haut »: a bare participle
        // after « comme » with no agent (« comme annoncé par la mairie ») has no subject to
        // come: the writer's reference, nobody speaks.
        let bare_after_comme = aux.is_none()
            && start == i
            && is_participle(form)
            && toks.get(i + 1).is_none_or(|n| n.low != "par");
        let after_comme = subject_after(toks, start, i)
            && !bare_after_comme
            // « ce que vient d'apprendre à ses dépens X »: X lived it, told nothing.
            && !(verb.lemma == "apprendre" && idioms::learnt_the_hard_way(toks, i))
            // « comme le faisait son prédécesseur »: doing, not « comme l'a fait savoir X ».
            && verb.needs_next.is_none_or(|phrases| {
                // (« comme convenu lors de la réunion »: as agreed, nobody speaks.)
                !matches!(
                    verb.lemma,
                    "faire savoir" | "mettre en garde" | "placer en vigilance" | "convenir"
                )
                    || follows(toks, i + 1, phrases).is_some()
            });
        if subject_after(toks, start, i) && !after_comme {
            continue;
        }
        if after_comme {
            verb.kind = kind_in_context(verb, toks, i, start, true);
            return Some(Cue {
                verb,
                group_start: start,
                cue_end: i,
                inverted,
                conditional: false,
                negated: false,
                present: false,
                after_comme: true,
                participle: false,
            });
        }
        // « en faisant croire aux investisseurs que », « laisse croire que »: what someone
        // makes others believe or say is no claim of theirs.
        if aux.is_none()
            && inverted.is_none()
            && is_infinitive(form)
            && prev.is_some_and(|p| {
                lexicon::verbs()
                    .get(p.low.as_str())
                    .is_some_and(|v| matches!(v.lemma, "faire savoir" | "laisser entendre"))
            })
        {
            continue;
        }
        // « pour expliquer ce retard », « a refusé de commenter »: an infinitive that no verb
        // of saying leads reports nothing of its own. (« À noter que X a dit » would belong
        // here too; main's speaker-side tests still read « À noter » as a cue.)
        // (But see `speech_after_a_deed`: « a publié un communiqué pour dénoncer ».)
        if aux.is_none()
            && inverted.is_none()
            && is_infinitive(form)
            && prev.is_some_and(|p| {
                // (« n'a pas voulu confirmer ou infirmer »: the second of two infinitives
                // a lead took back.)
                matches!(p.low.as_str(), "pour" | "sans" | "de" | "d'" | "ou" | "ni")
            })
            && !speech_after_a_deed(toks, start)
        {
            continue;
        }
        // « qui le nie », « il la dément »: an object pronoun, not a determiner.
        let clitic_object = prev
            .is_some_and(|p| matches!(p.low.as_str(), "le" | "la" | "les" | "l'"))
            && start >= 2
            && (matches!(toks[start - 2].low.as_str(), "qui" | "ne" | "n'")
                || lexicon::SUBJECT_PRONOUNS.contains(&toks[start - 2].low.as_str()))
            // « …, la qualifiant de « simulacre » »: a pronoun before a characterising
            // participle and its particle.
            || characterise::CHARACTERISING.contains(&verb.lemma)
                && verb
                    .needs_next
                    .is_some_and(|p| characterise::clitic_before_participle(toks, i, p));
        // « L'opposition les conteste », « Les syndicats la dénonçaient »: an object pronoun
        // after a noun subject, known from a determiner by the verb's form (« les » before a
        // singular, a plural « -ent », an imperfect, a future or a conditional; not « la
        // critique », « le dément », which may be nouns).
        // (Stances only: « Les résultats les rappellent à la prudence » reports nothing.)
        let noun_subject_clitic = !clitic_object
            && verb.kind != ClaimKind::Statement
            && aux.is_none()
            && inverted.is_none()
            && start >= 2
            && start == i
            && prev.is_some_and(|p| {
                let tense = form.ends_with("ent")
                    || form.ends_with("ait")
                    || form.ends_with("aient")
                    || form.ends_with("ra")
                    || form.ends_with("ront")
                    || lexicon::is_conditional(form);
                match p.low.as_str() {
                    "les" => tense || !form.ends_with('s') && !form.ends_with('x'),
                    "la" | "le" | "l'" => tense,
                    _ => false,
                }
            })
            && !is_participle(form)
            && !is_infinitive(form)
            && !form.ends_with("ant")
            && {
                let s = &toks[start - 2];
                s.word
                    && !s.quoted
                    && !lexicon::PREPOSITIONS.contains(&s.low.as_str())
                    && !lexicon::DETERMINERS.contains(&s.low.as_str())
                    && !matches!(
                        s.low.as_str(),
                        "de" | "d'" | "du" | "des" | "et" | "ou" | "que" | "qu'" | "si" | "comme"
                    )
                    && !is_aux(&s.low)
                    && !lexicon::is_verb_form(s.low.as_str())
            };
        if noun_subject_clitic {
            start -= 1;
        }
        let clitic_object = clitic_object || noun_subject_clitic;
        // « un témoin leur assure que », « il nous dit que »: a pronoun to whom it is said;
        // « les habitants leur donnent raison »: to whom one gives right.
        let dative = prev.is_some_and(|p| {
            matches!(
                p.low.as_str(),
                "lui" | "leur" | "nous" | "vous" | "me" | "m'"
            )
        }) && (matches!(next, Some("que" | "qu'" | ":"))
            || verb.lemma == "donner" && matches!(next, Some("raison" | "tort")));
        // « Le médecin se dit incapable de répondre », « le juge se déclare incompétent »
        // (not in a relative clause: « un groupe qui se disait intéressé »).
        let says_itself = matches!(verb.lemma, "dire" | "déclarer")
            && start < i
            && matches!(toks[i - 1].low.as_str(), "se" | "s'")
            // (« Le maire, lui, se dit inquiet »: after the subject and its aside.)
            && (prev.is_some_and(|p| {
                // (« L'Agence régionale de santé (ARS) se dit inquiète »: an acronym in
                // brackets closing the subject.)
                (p.word || super::speaker::bracketed_acronym_before(toks, start).is_some())
                    && !matches!(p.low.as_str(), "qui" | "cela" | "ça" | "ce" | "c'")
                    && !lexicon::PREPOSITIONS.contains(&p.low.as_str())
            }) || after_apposition(toks, start))
            && toks.get(i + 1).is_some_and(|n| n.word);
        // « ceux qui mettent en doute le réchauffement », « quiconque dénonce », « Si vous
        // pensez que »: anyone who would, or the reader; no one in particular speaks.
        if inverted.is_none() && generic_subject(toks, start) {
            continue;
        }
        // « rien ne justifie que », « cela explique », « personne ne dément »: no one speaks.
        if prev.is_some_and(|p| {
            matches!(
                p.low.as_str(),
                "rien" | "personne" | "nul" | "cela" | "ça" | "ceci" | "ce" | "c'"
            )
        }) && inverted.is_none()
        {
            continue;
        }
        // « montre que », « démontre que »: a person, a body or a study shows it (« L'étude
        // montre que »); a fact or an instrument does not (« …, ce qui montre que », « un
        // scanner a montré que »).
        if matches!(verb.lemma, "montrer" | "démontrer")
            && inverted.is_none()
            && !subject_can_show(toks, start)
        {
            continue;
        }
        // « Asie : alerte au typhon », « alerte à la bombe »: the noun, not the verb.
        if verb.lemma == "alerter"
            && aux.is_none()
            && inverted.is_none()
            && matches!(form, "alerte" | "alertes")
            && matches!(next, Some("à" | "au" | "aux"))
            && prev.is_none_or(|p| !p.word || lexicon::DETERMINERS.contains(&p.low.as_str()))
        {
            continue;
        }
        // « Nouvelle alerte sur les prix », « Météo : alerte sur le Sud »: the noun before
        // « sur » (not « Paul Martin, ministre, alerte sur les risques »).
        if verb.lemma == "alerter"
            && aux.is_none()
            && inverted.is_none()
            && matches!(form, "alerte" | "alertes")
            && next == Some("sur")
            && prev.is_none_or(|p| {
                !p.word && !after_apposition(toks, start)
                    || lexicon::DETERMINERS.contains(&p.low.as_str())
                    || super::pos::word_prior(&p.low) == Some(super::pos::Upos::Adj)
            })
        {
            continue;
        }
        // « ont alerté les secours », « alertaient la gendarmerie »: calling for help, no
        // warning given (« alerte les autorités sur les risques » warns of something).
        if verb.lemma == "alerter" && notifies_the_authorities(toks, i + 1) {
            continue;
        }
        // « Un voisin a prévenu les secours », « a averti la police », « prévient sa
        // famille », « préviennent les accidents »: someone alerted (or something prevented),
        // nothing warned of; not in an incise (« », prévient l'institut »).
        if matches!(verb.lemma, "prévenir" | "avertir")
            && inverted.is_none()
            && (prev.is_none_or(|p| p.word) || after_apposition(toks, start))
            && alerts_someone(toks, i + 1)
        {
            continue;
        }
        // « reconnaissent Hong Kong comme faisant partie de la Chine », « reconnaît le
        // Kosovo comme État »: recognising a status, no admission.
        if verb.lemma == "reconnaître"
            && !clause_has(toks, i + 1, "que")
            && !clause_has(toks, i + 1, "qu'")
            && object_then_a(toks, i + 1, &["comme"]).is_some()
        {
            continue;
        }
        // « le moment où la Belgique reconnaîtra la Palestine », « a reconnu l'indépendance
        // du Kosovo »: a state recognised, no admission.
        // (Not an incise, whose subject comes after it: « », reconnaît Paul Martin ».)
        if verb.lemma == "reconnaître"
            && inverted.is_none()
            && start > 0
            && toks[start - 1].word
            && !toks[start - 1].quoted
            && recognises_a_state(toks, past_adjuncts(toks, i + 1))
        {
            continue;
        }
        // « Le club a remercié son entraîneur »: dismissed, no thanks given (see
        // [`thanks_given`]).
        if verb.lemma == "remercier" && !thanks_given(toks, start, i) {
            continue;
        }
        // « soutient la candidature de X »: an endorsement, no claim.
        if verb.lemma == "soutenir"
            && toks[i + 1..]
                .iter()
                .take(3)
                .any(|t| matches!(t.low.as_str(), "candidature" | "candidat" | "candidate"))
        {
            continue;
        }
        // « Ce qu'elle dit et ce qu'elle fait, c'est incroyable »: what someone says as a
        // thing talked about, no claim.
        if start >= 3
            && matches!(toks[start - 2].low.as_str(), "que" | "qu'")
            && toks[start - 3].low == "ce"
            && prev.is_some_and(|p| lexicon::SUBJECT_PRONOUNS.contains(&p.low.as_str()))
            && toks[..start - 3]
                .iter()
                .all(|t| !t.word || matches!(t.low.as_str(), "mais" | "et"))
            && !matches!(next, Some("que" | "qu'" | ":"))
            && !cleft_claim(toks, i, verb.kind)
        {
            continue;
        }
        // « certaines données n'ont pas été assez précises »: a second-person form is an
        // adjective in a news text (outside « tu »).
        if aux.is_none()
            && inverted.is_none()
            && form.ends_with("es")
            && !form.ends_with("ées")
            && !matches!(form, "dites")
            && prev.is_none_or(|p| p.low != "tu")
        {
            continue;
        }
        // « La libération des otages annonçait la tendance », « la démarche a souligné
        // l'importance de … », « cette hausse confirme le recul »: an event or a step, not
        // someone, heralds or stresses something (unless it reports a clause).
        if inverted.is_none()
            && !matches!(next, Some("que" | "qu'" | ":"))
            && event_subject(toks, start)
        {
            continue;
        }
        // « La loi prévoit que », « l'accord prévoit que »: what a text provides, no forecast.
        // « Les conventions garantissent que »: the same.
        if matches!(verb.lemma, "prévoir" | "garantir" | "spécifier")
            && subject_words(toks, start).any(|t| STIPULATES.contains(&t))
        {
            continue;
        }
        // « s'en est pris au gouvernement », never « a pris à la gorge ».
        if verb.lemma == "s'en prendre à"
            && !(reflexive && toks[start..i].iter().any(|t| t.low == "en"))
        {
            continue;
        }
        // « des casseurs s'en sont pris aux vitrines », « s'en est pris à un passant à coups
        // de couteau »: an assault, no words.
        if matches!(verb.lemma, "s'en prendre à" | "prendre à partie")
            && !attack_in_words(toks, start, i)
        {
            continue;
        }
        // « il se trouve que »: it happens, nobody finds anything. « Le dollar s'est
        // apprécié »: a currency gaining value.
        if matches!(verb.lemma, "trouver" | "apprécier") && reflexive {
            continue;
        }
        // « Les dégâts se chiffrent à trois millions »: an amount, nobody's estimate.
        if verb.lemma == "chiffrer" && reflexive {
            continue;
        }
        // « Il convient que chacun … », « il conviendrait que »: impersonal, nobody agrees.
        if verb.lemma == "convenir"
            && inverted.is_none()
            && prev.is_some_and(|p| matches!(p.low.as_str(), "il" | "ce" | "c'" | "cela"))
        {
            continue;
        }
        // « Paul lit dans le train », « on lit sur les murs des slogans »: reading is no cue;
        // « « … », lit-on dans le communiqué », « « … », peut-on lire sur le site » quote
        // what a document says.
        if verb.lemma == "lire"
            && (inverted.as_deref() != Some("on")
                && !toks[start.saturating_sub(2)..=i]
                    .iter()
                    .any(|t| t.low == "on" || t.low.ends_with("-on"))
                || !toks.iter().any(|t| t.quoted))
        {
            continue;
        }
        // « sans doute que », « nul doute que », « il n'y a plus de doute que »: the noun.
        if verb.lemma == "douter"
            && prev.is_some_and(|p| {
                matches!(
                    p.low.as_str(),
                    "sans" | "nul" | "aucun" | "en" | "de" | "d'" | "hors" | "pas"
                )
            })
        {
            continue;
        }
        // « Plus de 99 % des articles conviennent que … »: a finding someone reports, not
        // people agreeing (« Le ministre a convenu que »).
        // « Le marteau enfonce le clou »: a tool, not someone insisting.
        // (« « … », convient l'avocate »: an incise after a quotation has its subject after
        // the verb.)
        if matches!(verb.lemma, "convenir" | "enfoncer le clou")
            && inverted.is_none()
            && !incise_after_quotation(toks, start, i, false)
            && (!subject_can_show(toks, start)
                || subject_words(toks, start).any(|w| w.ends_with('%') || w == "pourcent"))
        {
            continue;
        }
        // « Ce succès a encouragé les investisseurs à revenir », « la baisse des prix incite
        // les ménages à consommer »: a thing that spurs on calls no one; only someone does
        // (« le ministre a encouragé les entreprises à embaucher »). (« tout au long de »
        // holds no « à » of the call.)
        // (A second verb after « et » tells what someone does in general: « elle est une
        // voix forte contre le harcèlement et encourage les filles à … »; after a reporting
        // verb, the first verb holds the claim.)
        if matches!(verb.lemma, "encourager" | "inciter")
            && inverted.is_none()
            && (!someone_as_subject(toks, start)
                || start > 0 && toks[start - 1].low == "et"
                || object_then_a(toks, i + 1, &["au"])
                    .is_some_and(|a| a > 0 && toks[a - 1].low == "tout"))
        {
            continue;
        }
        // « s'est attaqué à M. Leblanc », « s'attaque au gouvernement »: words against
        // someone; not « s'attaquer aux positions de l'armée » (fighting) nor « au chômage »
        // (tackling).
        // (« « … », a attaqué l'avocat général »: in an incise after a quotation the words
        // after the verb are its subject, see below.)
        if verb.lemma == "s'attaquer"
            && !attacks_a_person(toks, i + 1)
            && !incise_after_quotation(toks, start, i, inverted.is_some())
        {
            continue;
        }
        // « l'équipe s'est qualifiée de justesse »: sport, not a judgement.
        if verb.lemma == "qualifier" && reflexive {
            continue;
        }
        // « Rappelons que », « Notons que »: the journalist's aside, nobody's claim.
        if aux.is_none()
            && inverted.is_none()
            && form.ends_with("ons")
            && prev.is_none_or(|p| !p.word || p.low == "et")
        {
            continue;
        }
        // « HP accuse une baisse de 3 % », « a accusé le coup »: showing a loss, no charge.
        if verb.lemma == "accuser" && accuses_a_figure(toks, i + 1) {
            continue;
        }
        // « La décision inquiète les riverains », « cette victoire réjouit les supporters »,
        // « engager des poursuites »: these verbs report only in their reflexive form.
        // (« « … », a attaqué l'avocat général »: right after a quotation, with its subject
        // after it, the verb reports the quotation, as any verb does there.)
        if (verb.lemma.starts_with("s'") || verb.lemma.starts_with("se "))
            && verb.lemma != "s'en prendre à"
            && !reflexive
            && !incise_after_quotation(toks, start, i, inverted.is_some())
        {
            continue;
        }
        // « des jeunes qui se proposaient de gâcher la fête », « l'association se propose
        // d'aider »: an intention, no proposal made to anyone.
        if verb.lemma == "proposer" && reflexive && inverted.is_none() {
            continue;
        }
        // « ont manifesté en espérant que la direction recule », « en souhaitant que »: the
        // wish with which something was done, no stance taken (« espère que » is one).
        if matches!(verb.lemma, "espérer" | "souhaiter")
            && form.ends_with("ant")
            && prev.is_some_and(|p| p.low == "en")
        {
            continue;
        }
        // « a demandé s'il pouvait poser sa question », « a demandé au candidat pourquoi il
        // … », « lui a demandé si elle regrettait »: a question, not a call, and the verbs of
        // the question (« regrettait ») are no one's claim.
        if verb.lemma == "demander" {
            if let Some(end) = asks_a_question(toks, i + 1) {
                question_end = end;
                continue;
            }
        }
        // « ont exprimé leurs condoléances », « a exprimé sa gratitude »: courtesy, no claim.
        if verb.lemma == "exprimer"
            && toks
                .get(i + 2)
                .is_some_and(|n| COURTESIES.contains(&n.low.as_str()))
        {
            continue;
        }
        // « Les syndicats ont réagi. », « Le président s'exprimait devant des journalistes »:
        // that someone spoke, not what they said (no quotation, colon or clause after it, and
        // no quotation before it for an incise to close).
        // (« … à une question sur l'opération baptisée « Bouclier » »: a name in quotation
        // marks is no words; « a réagi à l'annonce : la décision de X », « La classe
        // politique a réagi : le maire X parle de … »: after the colon, the topic named
        // again or others speaking.)
        let colon = (i + 1..toks.len()).find(|&k| !toks[k].quoted && toks[k].low == ":");
        if (verb.lemma == "réagir" && !with_a_feeling(toks, i + 1)
            || verb.lemma == "exprimer" && reflexive)
            && inverted.is_none()
            && match colon {
                Some(colon) if !toks[i + 1..colon].iter().any(|t| t.low == "que") => {
                    !colon_gives_words(toks, colon)
                }
                _ => {
                    !words_quoted(toks)
                        && !toks[i + 1..].iter().enumerate().any(|(k, t)| {
                            matches!(t.low.as_str(), "que" | "qu'")
                                || is_quote_mark_str(&t.low) && !title_quoted(toks, i + 1 + k)
                        })
                }
            }
        {
            continue;
        }
        // « un groupe qui se disait intéressé », « les locataires qui s'estiment lésés », « ceux
        // qui se jugent oubliés »: a description of the antecedent, not a claim.
        if matches!(
            verb.lemma,
            "dire" | "déclarer" | "estimer" | "juger" | "considérer"
        ) && reflexive
            && prev.is_some_and(|p| p.low == "qui")
            && !matches!(next, Some("que" | "qu'" | ":"))
            && !next.is_some_and(is_quote_mark_str)
        {
            continue;
        }
        // « dénoncent ces coupes budgétaires qui remettent en cause leur existence », « une
        // réforme qui menace l'équilibre des communes »: a relative whose antecedent is a
        // thing, not someone who can speak (a person, a body, a medium or a document).
        // (Verbs things do as often as people: « ajoute », « exige », « estime » after « qui »
        // are the antecedent's even when the lists do not know it as a speaker.)
        if inverted.is_none()
            && matches!(verb.lemma, "remettre en question" | "menacer")
            && prev.is_some_and(|p| p.low == "qui")
            && start >= 2
            && {
                let antecedent = &toks[start - 2];
                antecedent.word
                    && !antecedent.upper
                    && !antecedent.caps
                    && !antecedent.quoted
                    && !is_source_word(&antecedent.low)
                    && !is_source_word(antecedent.low.trim_end_matches('s'))
                    && !lexicon::SUBJECT_PRONOUNS.contains(&antecedent.low.as_str())
                    && !matches!(
                        antecedent.low.as_str(),
                        "celui" | "celle" | "ceux" | "celles" | "ce" | "tous" | "toutes" | "eux"
                    )
            }
        {
            continue;
        }
        // « La déclaration du gouvernement prenant position pour les rebelles a irrité
        // Niamey », « Une lettre affirmant que le maire savait a circulé »: a participle
        // describing the subject of a later verb (no comma before it, no verb before it)
        // is background to what that subject does, not a claim.
        if aux.is_none()
            && inverted.is_none()
            && form.ends_with("ant")
            && describes_the_subject(toks, start, i)
        {
            continue;
        }
        // « en raison d'une croyance locale affirmant que … », « à la suite d'une plainte
        // dénonçant … »: a participle right after a noun in a prepositional phrase is that
        // noun's (speaker::noun_in_phrase_before); a belief, an act or a thing holds it,
        // no one says it (a document, a poll or someone as that noun still speaks).
        if aux.is_none()
            && inverted.is_none()
            && form.ends_with("ant")
            && held_by_a_thing(toks, start)
        {
            continue;
        }
        if aux.is_none() && inverted.is_none() {
            // (« Certains évoquent », « Plusieurs dénoncent »: a quantifier standing alone as
            // the subject of a plural verb, not the determiner of a noun.)
            let quantifier_subject = prev
                .is_some_and(|p| matches!(p.low.as_str(), "certains" | "certaines" | "plusieurs"))
                && form.ends_with("ent");
            if prev.is_some_and(|p| lexicon::DETERMINERS.contains(&p.low.as_str()))
                && !clitic_object
                && !dative
                && !quantifier_subject
            {
                continue;
            }
            // « une telle annonce de la direction », « la dernière annonce du ministre »: a
            // determiner and an adjective before the form make it the noun.
            if noun_after_adjective(toks, start, i) {
                continue;
            }
            // A bare past participle is an adjective (« le président, accusé de … »), unless
            // it shares the auxiliary of an earlier verb (« a rendu hommage et affirmé que »).
            let shares_aux = prev.is_some_and(|p| p.low == "et")
                && toks[..start].iter().any(|t| {
                    !t.quoted && matches!(t.low.as_str(), "a" | "ont" | "avait" | "avaient")
                })
                && !joins_an_apposed_participle(toks, start);
            if is_participle(form) && !shares_aux && !auxiliary_dropped_in_incise(toks, start, i) {
                continue;
            }
            // « affirmait lui-même que », « explique également que », « dit mardi que »,
            // « précise tout de même que »
            let next_word = toks[skip_adverbial(toks, i + 1)..]
                .iter()
                .find(|t| {
                    !(is_adverb(t)
                        || lexicon::TIME_WORDS.contains(&t.low.as_str())
                        || t.low.ends_with("-même")
                        || t.low.ends_with("-mêmes"))
                })
                .map(|t| t.low.as_str());
            // (A verb that reports only in an incise reports nothing as a participle:
            // « …, recadrant son projet », whatever its kind.)
            let bare_statement =
                form.ends_with("ant") && (verb.kind == ClaimKind::Statement || verb.incise_only);
            let ok = matches!(
                next_word,
                Some(
                    "que"
                        | "qu'"
                        | ":"
                        | "à"
                        | "au"
                        | "aux"
                        | "comment"
                        | "pourquoi"
                        | "combien"
                )
            ) || next.is_some_and(is_quote_mark_str)
                // « avoue avoir », « dit être », « affirme ne pas savoir » (« affirment
                // également avoir », « dit quant à lui être »: past adverbs and inserts), « Les
                // habitants disent vivre dans la peur », « affirme ignorer »
                || says_an_infinitive(verb.lemma, toks, past_inserts(toks, i + 1))
                // « insiste sur la nécessité », « alerte sur les risques », « alertait mardi sur
                // la dette »: what is pressed or warned of.
                // (Right after « insister »: « un discours …, insistant particulièrement sur la
                // jeunesse » is a text's emphasis.)
                || verb.lemma == "insister" && next == Some("sur")
                || verb.lemma == "alerter" && next_word == Some("sur")
                // « Zidane répond dans un entretien à L'Équipe : « … » »
                || colon_quote_ahead(toks, i + 1)
                // « explique dans un communiqué que », « estime, pour sa part, que »
                || que_after_adjunct(toks, i + 1)
                || shares_aux
                || cries_out
                // « l'organisation notait une légère amélioration »
                || notes_a_trend(verb.lemma, toks, i + 1)
                // « Le directeur jugeait opportune une concertation »
                || characterise::judged_before_object(
                    verb.lemma,
                    toks,
                    past_inserts(toks, i + 1),
                )
                || clitic_object
                || dative
                || says_itself
                // « L'économiste prédit une récession »: verbs no noun or adjective shares.
                || (TRANSITIVE_REPORTING.contains(&verb.lemma)
                    && !is_infinitive(form)
                    // (« La carte signale trois sentiers »: a thing shows; someone reports.)
                    && (verb.lemma != "signaler" || subject_can_show(toks, start))
                    && (opens_object(toks.get(past_adjuncts(toks, i + 1)))
                        || verb.lemma == "revendiquer"
                            && opens_count(toks.get(past_adjuncts(toks, i + 1))))
                    && (after_apposition(toks, start) || prev.is_some_and(|p| {
                        // (« L'Agence régionale de santé (ARS) annonce la fermeture »)
                        (p.word || super::speaker::bracketed_acronym_before(toks, start).is_some())
                            && !lexicon::PREPOSITIONS.contains(&p.low.as_str())
                            && !matches!(p.low.as_str(), "de" | "d'" | "pour" | "et" | "ou")
                    }) || second_verb(toks, start)
                        || participle_of_a_speaker(toks, start, form)))
                // « a publié un communiqué pour dénoncer la fermeture », « a pris la parole
                // avant de réclamer des moyens »: after a deed, the infinitive and its object
                // as the verb after its subject.
                || (verb.kind != ClaimKind::Statement
                    && speech_after_a_deed(toks, start)
                    && opens_object(toks.get(past_adjuncts(toks, i + 1))))
                // « Les autorités indiquent la mort de cinq personnes », « Le responsable
                // relève 8 blessés »: a toll, reported by someone.
                || (!is_infinitive(form) && reports_a_toll(verb.lemma, toks, start, i))
                || prev.is_some_and(|p| lexicon::SUBJECT_PRONOUNS.contains(&p.low.as_str()))
                // « qui dénonce les sanctions »; but « un film qui raconte l'histoire »,
                // « une grâce qui rappelle la manière de Cats » report nothing.
                // « la personne qui témoignera sera … »: what someone will say is no claim yet.
                || prev.is_some_and(|p| p.low == "qui")
                    && !(form.ends_with("ra") || form.ends_with("ront"))
                    && (verb.kind != ClaimKind::Statement
                        || !next_word.is_some_and(|n| {
                            lexicon::DETERMINERS.contains(&n)
                                || is_aux(n)
                                || lexicon::is_verb_form(n)
                        })
                        || toks[i + 1..].iter().any(|t| t.low == ":" && !t.quoted))
                // (Not a present participle that only states: « …, explique X, commentant les
                // travaux » has the incise's subject and reports nothing of its own; « …,
                // exhortant l'ONU à agir » calls for something.)
                || (prev.is_some_and(|p| p.low == ",") && has_quote && !bare_statement)
                // « … » explique Le Monde: a closing quote, no comma.
                || (prev.is_some_and(|p| matches!(p.low.as_str(), "»" | "”" | "\""))
                    && toks.get(i + 1).is_some_and(|n| n.word))
                // « …, indique l'Insee. »: an incise closing the sentence (« …, indique la
                // Banque nationale (BN), dans un communiqué. »: asides and adjuncts after it).
                || closes_as_incise(toks, start, i) && !bare_statement
                // « Après un recul, précise la Banque mondiale, la croissance rebondira »
                || inside_incise(toks, start, i) && !bare_statement
                || verb.needs_next.is_some()
                // « Le préfet explique ce retard par la météo » (not « s'expliquent par »).
                || (verb.lemma == "expliquer" && !reflexive && clause_has(toks, i + 1, "par"))
                // « Le ministère nie toute implication »: a transitive stance verb after a
                // noun subject.
                // (« Jean Dupont déplora mardi un discours », a time word before the object.)
                || (verb.kind != ClaimKind::Statement
                    && opens_object(toks.get(past_adjuncts(toks, i + 1)))
                    && (after_apposition(toks, start) || prev.is_some_and(|p| {
                        // « Pierre Martin (PS) réclame … »
                        (p.word || p.low == ")")
                            && !lexicon::PREPOSITIONS.contains(&p.low.as_str())
                            && !matches!(p.low.as_str(), "de" | "d'" | "et" | "ou")
                    }) || second_verb(toks, start)))
                // « X a quitté la salle, démentant toute fermeture »: a stance participle
                // with its object, after a clause with a verb. (Not « annonçant », which
                // events do too: « la hausse a continué, annonçant une année difficile »; nor
                // a verb that reports only in an incise: « …, recadrant son projet » crops.)
                || (verb.kind != ClaimKind::Statement
                    && !verb.incise_only
                    && form.ends_with("ant")
                    && prev.is_some_and(|p| p.low == ",")
                    && opens_object(toks.get(past_adjuncts(toks, i + 1)))
                    && toks[..start]
                        .iter()
                        .any(|t| !t.quoted && super::speaker::is_finite_verb(t)))
                // « Garry Desrosiers rassure. »: reassuring, said (see `idioms`).
                || idioms::speaks_alone(verb.lemma, toks, i, start)
                // « Alger dément », « La police dément », « …, le parquet conteste »: a stance
                // verb closing a title or a sentence, right after its subject: a name, or a
                // noun that can speak (not « Le marché dément », « un rythme dément »).
                || (verb.kind != ClaimKind::Statement
                    && is_present(form)
                    && next_word.is_none_or(|w| matches!(w, "." | "!"))
                    && prev.is_some_and(|p| {
                        p.word
                            && !lexicon::PREPOSITIONS.contains(&p.low.as_str())
                            && !matches!(p.low.as_str(), "et" | "ou" | "de" | "d'")
                            && (p.upper || p.caps || idioms::head_can_speak(toks, start))
                    }));
            if !ok {
                continue;
            }
        }
        // « a assuré la sécurité », « a confié le dossier à », « ont relevé des traces »,
        // « a déclaré forfait »: with a plain object these verbs do something else; they
        // report only a clause, a quotation, an infinitive, or in an incise.
        // « ont déclaré leur soutien aux putschistes »: a stance declared (not « a déclaré
        // forfait », « a déclaré l'état d'urgence »).
        // (« ont déclaré lundi soir leur soutien »: time words before the object.)
        let object_at = (i + 1..toks.len())
            .find(|&k| !is_adverb(&toks[k]) && !lexicon::TIME_WORDS.contains(&toks[k].low.as_str()))
            .unwrap_or(toks.len());
        let declares_a_stance = verb.lemma == "déclarer"
            && toks
                .get(object_at)
                .is_some_and(|d| matches!(d.low.as_str(), "son" | "sa" | "ses" | "leur" | "leurs"))
            && toks.get(object_at + 1).is_some_and(|n| {
                matches!(
                    n.low.as_str(),
                    "soutien" | "opposition" | "hostilité" | "désaccord" | "refus" | "solidarité"
                )
            });
        // « La crue menace les récoltes »: a threat in words says what it threatens with
        // (« menace de démissionner », « a menacé Pékin de sanctions »), or is an incise.
        // « La Cour proclamera les résultats jeudi »: nothing proclaimed yet.
        if verb.lemma == "proclamer"
            && aux.is_none()
            && (form.ends_with("ra") || form.ends_with("ront"))
        {
            continue;
        }
        // « affiche sa satisfaction », « a formulé sa demande », « appuie la demande »: a
        // stance shown, a request put into words, a side taken (not « affiche un bénéfice »,
        // « formule un vernis », « appuie sur le bouton »).
        let names_what = match verb.lemma {
            "afficher" | "manifester" | "ne pas cacher" => Some(&[lexicon::SHOWN_STANCES][..]),
            "formuler" => Some(lexicon::FORMULATED_REQUESTS),
            // (« …, appuie-t-il », « …, appuie le ministre »: an incise says it anyway.)
            "appuyer"
                if !in_incise(toks, start, i, inverted.is_some(), true) && !closes_a_clause() =>
            {
                Some(SUPPORTED)
            }
            _ => None,
        };
        if names_what.is_some_and(|nouns| !names_a_noun_of(toks, i + 1, nouns)) {
            continue;
        }
        if verb.lemma == "menacer"
            && inverted.is_none()
            && prev.is_some_and(|p| p.word)
            && !threatens_with(toks, i + 1)
            && !threatens_after_adjuncts(toks, i + 1)
        {
            continue;
        }
        // « La fermeture condamne les familles à la misère », « le tribunal a condamné
        // l'accusé à cinq ans »: dooming or sentencing someone to something, no stance (not
        // « condamne les appels à la violence », whose « à » belongs to the object).
        if verb.lemma == "condamner" && inverted.is_none() && dooms_to(toks, i) {
            continue;
        }
        // « Les ventes s'expliquent par la crise »: the pronominal « s'expliquer par » says
        // what something is due to; only the transitive « explique ce retard par » reports.
        if verb.lemma == "expliquer"
            && reflexive
            && inverted.is_none()
            && clause_has(toks, i + 1, "par")
        {
            continue;
        }
        // « Une tendance qui se confirme », « les rumeurs se sont confirmées »: the pronominal
        // « se confirmer » says something turned out true; no one confirms it.
        if verb.lemma == "confirmer" && reflexive && inverted.is_none() {
            continue;
        }
        // « La journée s'annonçait "très difficile" », « le match s'annonce serré »: the
        // pronominal « s'annoncer » says how something looks set to be; no one announces.
        if verb.lemma == "annoncer" && reflexive && inverted.is_none() {
            continue;
        }
        // « se relevait à peine de la crise », « la hausse s'observe surtout en ville », « une
        // baisse se constate partout »: a pronominal verb of noting says that something
        // recovers or can be seen; no one notes it.
        if NOTICING.contains(&verb.lemma) && reflexive && inverted.is_none() {
            continue;
        }
        // « Les plus attentifs auront noté que … », « le lecteur aura remarqué que … »: the
        // future perfect of a verb of noticing guesses what someone saw, the writer's aside.
        if NOTICING.contains(&verb.lemma) && matches!(aux.as_deref(), Some("aura" | "auront")) {
            continue;
        }
        // « « Qui va payer ? », se demandent les habitants », « « Et après ? » s'est-il
        // demandé »: wondering aloud asserts nothing (README, questions). « « Qui paiera ? »,
        // a demandé le maire », « « Comment parler d'une percée ? », déclarait le délégué »:
        // nor does a quoted direct question opening the sentence, whatever verb closes it
        // (README, session 17).
        if verb.lemma == "demander" && reflexive && quotation_asks(toks, start)
            || question_opens_sentence(toks, start)
        {
            continue;
        }
        // « les faits à signaler », « des points à préciser », « rien à déclarer »: an
        // infinitive after « à » that completes a noun says what is to be said, by no one
        // (not « le premier à dénoncer », « les seuls à affirmer »: someone who did).
        if toks[i].low == verb.lemma && i >= 3 && toks[i - 1].low == "à" {
            let noun = &toks[i - 2];
            let determined = lexicon::DETERMINERS.contains(&toks[i - 3].low.as_str());
            let who_did = lexicon::ORDINALS.contains(&noun.low.as_str())
                || matches!(
                    noun.low.as_str(),
                    "seul" | "seule" | "seuls" | "seules" | "rares" | "nombreux" | "nombreuses"
                );
            if noun.word
                && !noun.upper
                && !who_did
                && (determined || matches!(noun.low.as_str(), "rien" | "beaucoup" | "peu"))
            {
                continue;
            }
        }
        // « À noter que … », « A souligner : … », « Mais à souligner que … », « Il est à noter
        // que … », « Il reste à préciser que … »: an infinitive after « à » opening the
        // clause, or after an impersonal « il est », « il reste », is the writer's aside; no
        // one is said to say it.
        if toks[i].low == verb.lemma
            && i >= 1
            && matches!(toks[i - 1].low.as_str(), "à" | "a")
            && (i == 1
                || matches!(toks[i - 2].low.as_str(), "." | ";" | ":" | "(" | ",")
                || toks[i - 1].low == "à" && aside_without_subject(toks, i - 1))
        {
            continue;
        }
        // « le procureur a requis en personne à l'audience »: pleading, nothing required;
        // « le chantier a requis trois mois », « l'opération requiert de la précision »: needed.
        if verb.lemma == "requérir" && !requires_a_sentence(toks, i + 1) {
            continue;
        }
        if OBJECT_SENSE.contains(&verb.lemma)
            && !declares_a_stance
            && inverted.is_none()
            && !reflexive
            // (« Un médecin, arrivé sur place, a constaté le décès »: after an apposition.)
            && (prev.is_none_or(|p| p.word) || after_apposition(toks, start))
            && object_follows(toks, past_place_seen(verb.lemma, toks, i + 1))
            // (« a déclaré vouloir libérer », « en assurant pouvoir », « a confié avoir eu
            // peur »: an infinitive is what is said, no object.)
            && !says_an_infinitive(verb.lemma, toks, past_inserts(toks, i + 1))
            && !notes_a_trend(verb.lemma, toks, i + 1)
            && !reports_a_toll(verb.lemma, toks, start, i)
        {
            continue;
        }
        // « La Cour s'est prononcée sur le recours », « les faits lui ont donné raison »,
        // « plaideront non coupable »: a ruling, no one, or nothing said yet.
        if idioms::says_nothing(verb.lemma, toks, i, start, form) {
            continue;
        }
        // « …, ce qui justifie que la plainte vise X », « ce qui confirme que … »: a fact.
        if after_ce_qui(toks, start) {
            continue;
        }
        let mut cue_end = i;
        if let Some(phrases) = verb.needs_next {
            // (« a appelé jeudi devant les députés à la grève »: past time words and
            // adjunct phrases.)
            let direct = follows(toks, i + 1, phrases).or_else(|| {
                let past = past_adjuncts(toks, i + 1);
                (past > i + 1)
                    .then(|| follows(toks, past, phrases))
                    .flatten()
            });
            // « un homme décrit comme dangereux »: « comme » right after a participle with no
            // object describes the noun before it; the verb needs its object (« a décrit la
            // scène comme », « l'a décrite comme »).
            let object_before = clitic_object
                || aux.is_some()
                    && toks[start..i]
                        .iter()
                        .any(|t| matches!(t.low.as_str(), "l'" | "le" | "la" | "les"));
            let bare_comme = matches!(verb.lemma, "décrire comme" | "présenter comme" | "taxer de")
                && !reflexive
                && !object_before;
            // « a fait part aux élus de ses doutes »: to whom, then what.
            let direct = direct.or_else(|| {
                (verb.lemma == "faire savoir")
                    .then(|| part_to_someone_of(toks, i + 1))
                    .flatten()
            });
            // « les habitants leur donnent raison », « lui a donné tort »: siding with
            // someone named by a dative pronoun.
            let direct = direct.or_else(|| {
                let dative = toks[start.saturating_sub(1)..i]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "lui" | "leur"));
                // (Not « les résultats lui donnent tort »: someone sides, not a finding.)
                (verb.lemma == "donner" && dative && someone_as_subject(toks, start))
                    .then(|| follows(toks, i + 1, &["raison", "tort"]))
                    .flatten()
            });
            // « a rejeté toutes ces allégations », « balaie leurs nouvelles accusations »:
            // what was said, denied.
            let direct = direct.or_else(|| {
                matches!(verb.lemma, "rejeter" | "balayer" | "dénier" | "infirmer")
                    .then(|| idioms::denied_report(toks, past_adjuncts(toks, i + 1)))
                    .flatten()
            });
            // « a rejeté cette demande en bloc », « balaie la proposition du maire »: a
            // request turned down, a stance (not by a court or an assembly).
            let request_rejected = (direct.is_none()
                && matches!(verb.lemma, "rejeter" | "balayer")
                && !idioms::ruled_or_voted(subject_words(toks, start)))
            .then(|| idioms::rejected_request(toks, past_adjuncts(toks, i + 1)))
            .flatten();
            if request_rejected.is_some() {
                verb.kind = ClaimKind::Position;
            }
            let direct = direct.or(request_rejected);
            // « trace un bilan positif », « adresse une mise en garde », « multiplie les
            // critiques »: a light verb and its noun of speech.
            // (« a employé le terme « … » » needs someone to use it: not « le livre utilise le
            // terme « … » ».)
            let direct = direct.or_else(|| {
                light_verbs::speech_noun_after(verb.lemma, toks, i + 1)
                    .map(|(end, _)| end)
                    .filter(|_| {
                        !light_verbs::WORDING_VERBS.contains(&verb.lemma)
                            || someone_as_subject(toks, start)
                    })
            });
            // (« Le livre traite de la guerre »: a topic; only a quotation after the object
            // makes « traiter de » name someone something.)
            let direct = direct.filter(|_| !bare_comme && verb.lemma != "traiter de");
            // « montre au public que », « souhaite, pour sa part, que »: what only a clause
            // follows may come after an adjunct.
            let que_later = phrases.contains(&"que") && que_after_adjunct(toks, i + 1)
                // « a informé ses salariés que », « a avisé les élus que »: to whom, then what.
                || matches!(verb.lemma, "informer" | "aviser") && object_then_que(toks, i + 1);
            // « a parlé de son enfance » tells a topic; « a parlé d'une « trahison » » names
            // what something is, in the speaker's words.
            // « « … », se désolait la directrice de l'école »: in an incise after a quotation
            // the words after the verb are its subject, no object before a particle.
            let subject_incise =
                inverted.is_none() && incise_after_quotation(toks, start, i, false);
            let found = direct
                .or_else(|| {
                    (verb.lemma != "traiter de" && !subject_incise)
                        .then(|| object_then_a(toks, i + 1, phrases))
                        .flatten()
                })
                // « a décrit l'avalanche, qui a touché une cordée, comme étant la « plus
                // meurtrière » »: a long object before words in quotation marks.
                .or_else(|| {
                    characterise::CHARACTERISING
                        .contains(&verb.lemma)
                        .then(|| {
                            characterise::object_then_quoted(toks, i + 1, phrases, object_before)
                        })
                        .flatten()
                })
                .or_else(|| que_later.then_some(i))
                // « place cet après-midi la Corse et le Var en vigilance orange »
                .or_else(|| {
                    (verb.lemma == "placer en vigilance")
                        .then(|| placed_on_alert(toks, i + 1))
                        .flatten()
                })
                // « L'analyse démontre un lien direct », « l'étude montre une hausse »: a
                // study shows a finding.
                .or_else(|| {
                    let shows = matches!(verb.lemma, "montrer" | "démontrer")
                        && subject_words(toks, start).any(|w| FINDINGS.contains(&w))
                        && toks[i + 1..]
                            .iter()
                            .find(|t| !is_adverb(t))
                            .is_some_and(|t| {
                                matches!(t.low.as_str(), "un" | "une" | "des" | "l'" | "le" | "la")
                            });
                    shows.then_some(i)
                })
                .filter(|&end| {
                    verb.lemma != "parler"
                        // « Les élus parlent d'économies nécessaires », « parle d'un
                        // scandale »: what something is, in the speaker's words.
                        || end == i + 1 && idioms::names_an_evaluation(toks, end)
                        // « La police parle d'un accident », « les secours parlent d'une
                        // vingtaine de blessés »: what happened, said by someone.
                        || end == i + 1 && idioms::reports_an_incident(toks, start, end)
                        || end == i + 1
                            && toks[end + 1..]
                                .iter()
                                .take(3)
                                .any(|t| is_quote_mark_str(&t.low))
                            // (« parle des « Misérables » »: a title, no words of theirs.)
                            && (toks[end].low != "des" || quoted_words_in_lower_case(toks, end))
                        // « parle « d'un échange » »: the speaker's words open on « de ».
                        || end == i + 2
                            && is_quote_mark_str(&toks[i + 1].low)
                            && toks[end].quoted
                            && toks
                                .get(end + 1)
                                .is_some_and(|t| t.quoted && t.word && !t.upper)
                })
                // « parle sur X d'une « catastrophe » », « a parlé devant la presse de
                // « provocation » »: where, then the words.
                .or_else(|| {
                    (verb.lemma == "parler")
                        .then(|| speaks_of_after_adjunct(toks, i + 1))
                        .flatten()
                });
            // « se sent prêt à relever le défi », « se sentent inquiets »: a side or a feeling
            // felt, narrated of the subject.
            let found = found.or_else(|| {
                (verb.lemma == "se sentir" && reflexive && feels_a_stance(toks, i)).then_some(i)
            });
            // « ont accueilli l'annonce avec scepticisme »: a reaction told by its feeling.
            let found = found.or_else(|| {
                (verb.lemma == "accueillir" && with_a_feeling(toks, i + 1)).then_some(i)
            });
            // « appelle chaque habitant, chaque commerce, à voter », « a signifié aux
            // grévistes de quitter l'usine »: a call told to someone, then what to do.
            let found = found.or_else(|| {
                // (A command needs someone to give it: not « la fermeture signifie aux
                // familles de tout perdre ».)
                let commander =
                    !told::COMMANDING.contains(&verb.lemma) || someone_as_subject(toks, start);
                (verb.kind == ClaimKind::Call && !subject_incise && commander)
                    .then(|| {
                        told::told_to_do(toks, past_adjuncts(toks, i + 1), verb.lemma, phrases)
                    })
                    .flatten()
            });
            // « avait appelé la ministre « la bourgeoise du château » »: a name given in the
            // speaker's words, a judgement (not a call).
            let names = if found.is_none() && verb.lemma == "appeler" {
                characterise::names_in_quotes(toks, i + 1, object_before)
            } else {
                None
            };
            if names.is_some() {
                verb = lexicon::CALLING_A_NAME;
            }
            let found = found.or(names);
            match found {
                // « a appelé les pompiers à la rescousse », « les élèves à son bureau »:
                // summoning someone somewhere, no call for anything.
                Some(end) if verb.lemma == "appeler" && summons_somewhere(toks, end) => continue,
                Some(end) => cue_end = end,
                // « « … », espère le maire », « « … », appelle-t-il »: in an incise the verb
                // reports the quotation without what it otherwise needs.
                // « …, pensait le philosophe. »: a closing incise too; « a souhaité à
                // l'avenir « ne plus être contacté » »: a quotation after an adjunct.
                None if SPEECH_WITHOUT_PARTICLE.contains(&verb.lemma)
                    && (in_incise(toks, start, i, inverted.is_some(), false)
                        || closes_as_incise(toks, start, i)
                        || quote_after_adjunct(toks, i + 1)) => {}
                // « « … », se désole le délégué », « « … », s'offusque-t-elle »: right after a
                // quotation, with its subject inverted, any verb reports it (an unknown one
                // too, see `open_incise`), whatever particle it needs elsewhere.
                None if incise_after_quotation(toks, start, i, inverted.is_some()) => {}
                // « Les dépenses ont dérapé, pointe le rapport », « …, pointait la Cour des
                // comptes dans son avis »: an incise closing a clause states what is pointed
                // out (elsewhere « pointer » needs what goes wrong: « pointe les failles »).
                None if verb.lemma == "pointer"
                    && closes_a_clause()
                    && conjugated_before(toks, start) =>
                {
                    verb.kind = ClaimKind::Statement;
                }
                // « En Italie, apprend-on, la croissance rebondira »: learnt from a source the
                // article does not name (not « …, a appris le maire », who only learnt it).
                None if verb.lemma == "apprendre" && inverted.as_deref() == Some("on") => {}
                // « …, a appris l'AFP auprès du parquet »: a closing incise naming whom the
                // medium learnt it from, who speaks.
                None if verb.lemma == "apprendre"
                    && closes_as_incise(toks, start, i)
                    && learnt_from_someone(toks, i) => {}
                // « La même source nous apprend que », « le maire lui a appris que »: told to
                // someone, the subject tells it.
                None if verb.lemma == "apprendre" && teaches_someone_that(toks, start, i) => {}
                // « On a appris que … », « On apprend ce matin que … »: the desk learnt it
                // from someone it does not name.
                None if verb.lemma == "apprendre" && desk_learnt_that(toks, start, i) => {}
                None => continue,
            }
        }
        let negated = !lead_negation
            && toks[start..i]
                .iter()
                .any(|t| matches!(t.low.as_str(), "ne" | "n'"))
            || toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "pas" | "jamais" | "guère"));
        // « n'exclut pas une hausse », « n'écartait pas cette thèse », « a exclu tout
        // recul » say something; « a exclu un membre », « a écarté la foule » do not.
        if !negated
            && matches!(verb.lemma, "exclure" | "écarter")
            && !rules_out(toks, i + 1)
            && !names_a_noun_of(toks, i + 1, &[ENVISAGED])
        {
            continue;
        }
        // « n'a pas caché sa colère » shows it, « n'a pas mâché ses mots » speaks bluntly;
        // « cache sa colère », « mâche ses mots » do not.
        if verb.lemma.starts_with("ne pas ") && !negated {
            continue;
        }
        // « n'a pas réagi », « n'a pas confirmé »: nothing said.
        // « dont la police n'a pas précisé la nature », « n'a pas révélé son identité »:
        // what was not said.
        if negated
            && matches!(
                verb.lemma,
                "réagir" | "confirmer" | "préciser" | "révéler" | "dévoiler" | "signaler"
            )
        {
            continue;
        }
        // « n'a pas mentionné le nom de la ministre », « n'a jamais évoqué cette piste », « n'a
        // pas commenté la décision », « n'a pas expliqué pourquoi »: a mention not made says
        // nothing, unless a clause, a colon or a quotation follows (« n'a pas caché que », « ne
        // dit pas que », « n'a évoqué que le budget »; the reflexive « ne s'explique pas
        // pourquoi » is a stance: not understanding; « avant que X n'annonce » has an
        // expletive « ne », no negation word).
        let not_said = toks[start..(i + 2).min(toks.len())].iter().any(|t| {
            lexicon::NEGATION_WORDS.contains(&t.low.as_str())
                || matches!(t.low.as_str(), "nullement" | "rien")
        });
        if negated
            && not_said
            && !reflexive
            && matches!(
                verb.lemma,
                "mentionner"
                    | "évoquer"
                    | "citer"
                    | "commenter"
                    | "indiquer"
                    | "expliquer"
                    | "détailler"
                    | "nommer"
                    | "parler"
                    // « n'a pas clairement reconnu les faits », « n'a jamais avoué »: an
                    // admission not made.
                    | "reconnaître"
                    | "avouer"
                    | "admettre"
                    | "dire"
                    | "annoncer"
                    | "communiquer"
            )
            && !toks[i + 1..]
                .iter()
                .take_while(|t| t.quoted || !matches!(t.low.as_str(), "." | ";" | "?" | "!"))
                .any(|t| {
                    t.quoted
                        || is_quote_mark_str(&t.low)
                        || matches!(t.low.as_str(), "que" | "qu'" | ":")
                })
        {
            continue;
        }
        // « Interrogé mardi, le club n'a pas répondu. », « Le maire ne commente pas. »: a
        // negated verb with nothing after it (past the negation and adverbs) says nothing,
        // whatever the verb (« Il ne s'inquiète pas. », reflexive, is a stance).
        if negated && not_said && !reflexive && ends_the_sentence(toks, i + 1) {
            continue;
        }
        let conditional = aux
            .as_deref()
            .is_some_and(|a| lexicon::CONDITIONAL_AUX.contains(&a))
            || (aux.is_none() && lexicon::is_conditional(form));
        let present = aux.is_none() && is_present(form);
        let incise_on_conditional = (present || inverted.is_some() && aux.is_none())
            && start > 0
            && toks[start - 1].low == ","
            && conditional_before(&toks[..start]);
        verb.kind = kind_in_context(verb, toks, i, start, inverted.is_some());
        // (« …, se bornant à indiquer que », « n'hésitant pas à dénoncer »: a participle
        // leading the infinitive, its pronoun or negation opening the group.)
        let leading_participle = aux.as_deref() == Some("lead")
            && toks[start..i].iter().any(|t| {
                !t.quoted && t.low.ends_with("ant") && !lexicon::ADVERBS.contains(&t.low.as_str())
            });
        let participle =
            aux.is_none() && inverted.is_none() && form.ends_with("ant") || leading_participle;
        return Some(Cue {
            verb,
            group_start: start,
            cue_end,
            inverted,
            conditional: conditional || incise_on_conditional,
            negated,
            present,
            after_comme: false,
            participle,
        });
    }
    None
}

/// What « écrire » makes when it makes history (« ont écrit l'histoire », « une nouvelle page
/// de leur histoire », « son nom dans la légende »): an achievement, no words.
const HISTORY_WRITTEN: &[&str] = &[
    "l' histoire",
    "une page",
    "une nouvelle page",
    "une belle page",
    "une grande page",
    "la plus belle page",
    "un nouveau chapitre",
    "son nom",
    "leur nom",
    "sa légende",
    "leur légende",
    "la légende",
];

/// What a state recognises as a state: a name (« la Palestine », « le Kosovo », « Israël »),
/// or a state's « indépendance » or « souveraineté », at `at` (not « les faits », « son
/// erreur », which are admitted).
fn recognises_a_state(toks: &[Tok], at: usize) -> bool {
    let mut k = at;
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.low.as_str(), "la" | "le" | "l'" | "les"))
    {
        k += 1;
    }
    toks.get(k).is_some_and(|t| {
        t.word
            && !t.quoted
            && (t.upper || matches!(t.low.as_str(), "indépendance" | "souveraineté"))
    })
}

/// The lemma of a verb found by its shape in an incise (see `open_incise`).
const OPEN_INCISE: Verb = Verb {
    lemma: "(verbe d'incise)",
    kind: ClaimKind::Statement,
    needs_next: None,
    incise_only: true,
};

/// The cue of an incise whose verb, `form` at token `i`, the lexicon does not list: right
/// after a quotation (« « … », tacle le ministre », « « … », a-t-elle taclé »), its group
/// starting at or after token `from`, and nothing reported after it.
fn open_cue(toks: &[Tok], from: usize, i: usize, form: &str) -> Option<Cue> {
    // (Both places an open incise stands, after a quotation or between commas, open it
    // after a comma or a closing mark: a cheap test before the verb group's.)
    let after_comma_or_mark =
        |s: usize| s >= 2 && matches!(toks[s - 1].low.as_str(), "," | "»" | "”" | "\"");
    let (start, found) = (i.saturating_sub(4).max(from)..=i).find_map(|s| {
        if !after_comma_or_mark(s) {
            return None;
        }
        open_incise_at(toks, s)
            .filter(|g| {
                g.verb == i
                    && (follows_quotation(toks, s, g.inverted.is_some())
                        || inverted_between_commas(toks, s, g.inverted.is_some(), g.end))
            })
            .map(|g| (s, g))
    })?;
    if !closes_cleanly(toks, found.end) {
        return None;
    }
    // « « Que va devenir l'usine ? », s'interroge un salarié », « « Et après ? », tonne le
    // maire »: a quoted direct question asserts nothing.
    let reflexive = toks[start..i]
        .iter()
        .any(|t| matches!(t.low.as_str(), "s'" | "se"));
    if reflexive && form.starts_with("interrog") && quotation_asks(toks, start)
        || question_opens_sentence(toks, start)
    {
        return None;
    }
    let present = found.simple && is_present(form);
    let incise_on_conditional = (present || found.inverted.is_some() && found.simple)
        && toks[start - 1].low == ","
        && conditional_before(&toks[..start]);
    Some(Cue {
        verb: OPEN_INCISE,
        group_start: start,
        cue_end: i,
        inverted: found.inverted,
        conditional: found.conditional || incise_on_conditional,
        negated: false,
        present,
        after_comme: false,
        participle: false,
    })
}

/// Whether an open incise from token `from` to `end`, its subject inverted, stands between
/// two commas inside the sentence (« Contrairement aux idées reçues, martèle-t-il, le
/// français progresse »): the words around it are what is said, quoted or not.
fn inverted_between_commas(toks: &[Tok], from: usize, inverted: bool, end: usize) -> bool {
    inverted
        && from >= 2
        && toks[from - 1].low == ","
        && !toks[from - 1].quoted
        && toks.get(end).is_some_and(|t| t.low == "," && !t.quoted)
        && toks[..from - 1].iter().any(|t| t.word && !t.quoted)
        && toks[end + 1..].iter().any(|t| t.word)
}

/// What « crier à la … » accuses someone of (« crier à la trahison »), unlike a hardship
/// complained of (« crier à la misère »).
const CRIED_ACCUSATIONS: &[&str] = &[
    "trahison",
    "censure",
    "manipulation",
    "provocation",
    "fraude",
    "mascarade",
    "diffamation",
    "calomnie",
    "dictature",
    "persécution",
    "discrimination",
    "récupération",
    "désinformation",
    "triche",
    "tricherie",
    "magouille",
    "machination",
    "cabale",
    "forfaiture",
    "xénophobie",
];

/// Whether « apprendre » at `i`, its group from `start`, tells someone (a dative clitic
/// before it: « nous apprend », « m'a appris », « leur apprend ») what a « que » clause says,
/// its subject in the third person (not « nous apprenons que », « vous avez appris que »: who
/// learnt it).
pub(super) fn teaches_someone_that(toks: &[Tok], start: usize, i: usize) -> bool {
    const DATIVES: &[&str] = &["nous", "vous", "m'", "me", "t'", "te", "lui", "leur"];
    let first_or_second = |t: &Tok| {
        matches!(
            t.low.as_str(),
            "apprenons" | "apprenez" | "avons" | "avez" | "apprends" | "ai" | "as"
        )
    };
    let dative = toks[start.saturating_sub(1)..i]
        .iter()
        .any(|t| DATIVES.contains(&t.low.as_str()));
    dative
        && !toks[start..=i].iter().any(first_or_second)
        && toks
            .get(past_inserts(toks, i + 1))
            .is_some_and(|t| matches!(t.low.as_str(), "que" | "qu'"))
}

/// Whether « apprendre » at `i`, its group from `start`, has « on » for subject and a « que »
/// clause after it (« On a appris que », « on apprend ce samedi que »): news the desk learnt
/// (not « on a appris à nager »).
fn desk_learnt_that(toks: &[Tok], start: usize, i: usize) -> bool {
    start > 0
        && toks[start - 1].low == "on"
        && !toks[start - 1].quoted
        && toks
            .get(past_inserts(toks, i + 1))
            .is_some_and(|t| matches!(t.low.as_str(), "que" | "qu'"))
}

/// Whether « auprès de » follows « apprendre » at `i` within a few words (past its subject:
/// « a appris l'AFP auprès de », « a appris Radio Nord mardi auprès des pompiers »).
fn learnt_from_someone(toks: &[Tok], i: usize) -> bool {
    (i + 1..toks.len().min(i + 8)).any(|k| {
        toks[k].low == "auprès"
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "de" | "d'" | "du" | "des"))
    }) || de_after_the_medium(toks, i).is_some()
}

/// The « de » after the medium that follows « appris » at `i` (« a appris l'AFP de la
/// gendarmerie », « a appris l'APS de son chef »): an elided article and capitalized words,
/// then « de », « d' », « du » or « des », not before « source » (« de source policière »)
/// nor « même ».
pub(super) fn de_after_the_medium(toks: &[Tok], i: usize) -> Option<usize> {
    let start = i + 1 + usize::from(toks.get(i + 1).is_some_and(|t| t.low == "l'"));
    let mut de = start;
    while toks.get(de).is_some_and(|t| t.word && t.upper && !t.quoted) {
        de += 1;
    }
    let bare_de = toks
        .get(de)
        .is_some_and(|t| !t.quoted && matches!(t.low.as_str(), "de" | "d'" | "du" | "des"));
    let of_source = toks
        .get(de + 1)
        .is_some_and(|t| matches!(t.low.as_str(), "source" | "sources" | "même"));
    (de > start && bare_de && !of_source).then_some(de)
}

/// Whether the verb group at `start` follows « ce qui » (object pronouns and a negation may
/// stand between): « …, ce qui justifie que … », « ce qui ne signifie pas que … ». Its
/// antecedent is what the clause before says, a fact: no one speaks.
fn after_ce_qui(toks: &[Tok], start: usize) -> bool {
    let before = (0..start)
        .rev()
        .find(|&k| !super::speaker::CLITICS.contains(&toks[k].low.as_str()));
    before.is_some_and(|q| q > 0 && toks[q].low == "qui" && toks[q - 1].low == "ce")
}

/// Whether the verb group `start..=i` is an incise closing the sentence: a comma before it,
/// its subject after it (a name or a determiner), then only words, asides and adjuncts
/// (« …, indique l'Insee. », « …, indique la Banque nationale (BN), dans un communiqué. »).
fn closes_as_incise(toks: &[Tok], start: usize, i: usize) -> bool {
    // (« … après 1850. explique Paul Martin. »: a full stop left where a comma was, the verb
    // in lower case.)
    let stray_stop = start > 1 && toks[start - 1].low == "." && !toks[start].upper;
    // (The comma first: the walks past inserts and to a participle clause are for an incise.)
    if !(start > 0 && (toks[start - 1].low == "," || stray_stop)) {
        return false;
    }
    // (« …, précise encore la Banque mondiale »: an adverb before the subject; « …, indique
    // jeudi la préfecture », « , samedi, »: a time phrase.)
    let subject_at = past_inserts(toks, i + 1);
    // (« …, explique X, précisant que … »: the speaker's own participle clause after it.)
    let end = super::speaker::participle_clause_after(toks, i + 1).unwrap_or(toks.len());
    (toks
        .get(subject_at)
        .is_some_and(|n| n.upper || lexicon::DETERMINERS.contains(&n.low.as_str()))
        || speaker_past_adjunct(toks, subject_at))
        && toks[i + 1..end].iter().all(|t| {
            t.word && !t.quoted && !matches!(t.low.as_str(), "que" | "qu'" | "qui")
                || matches!(t.low.as_str(), "." | "!" | "?" | "…" | "(" | ")" | ",")
        })
}

/// Whether an adjunct of the saying opens at `at` and someone who can speak follows it (« …,
/// indique dans un communiqué la préfecture », « …, explique auprès de l'AFP le maire », « …,
/// écrit sur son blog Paul Martin »): the incise's subject, after where or to whom it was
/// said. (Not « …, annonce dans la foulée la fermeture du site »: no one to speak.)
fn speaker_past_adjunct(toks: &[Tok], at: usize) -> bool {
    const SAID_WHERE: &[&str] = &["dans", "sur", "auprès", "lors", "via", "devant", "à", "au"];
    if !toks
        .get(at)
        .is_some_and(|t| SAID_WHERE.contains(&t.low.as_str()))
    {
        return false;
    }
    (at + 2..toks.len().min(at + 10))
        .take_while(|&k| toks[k].word && !toks[k].quoted)
        .any(|k| {
            let prev = toks[k - 1].low.as_str();
            let after_a_noun = !lexicon::PREPOSITIONS.contains(&prev)
                && !lexicon::DETERMINERS.contains(&prev)
                && !matches!(prev, "de" | "d'" | "du" | "des" | "et" | "ou");
            after_a_noun && agent_speaks(toks, k)
        })
}

/// Participles that name what the quotation after them stands for (« l'opération baptisée
/// « Bouclier » », « un rapport intitulé « … » »).
const NAMING_PARTICIPLES: &[&str] = &[
    "baptisé",
    "baptisée",
    "baptisés",
    "baptisées",
    "intitulé",
    "intitulée",
    "intitulés",
    "intitulées",
    "nommé",
    "nommée",
    "surnommé",
    "surnommée",
    "dénommé",
    "dénommée",
];

/// Whether the quotation mark at `mark` opens or closes a name: the quotation right after a
/// participle of [`NAMING_PARTICIPLES`].
fn title_quoted(toks: &[Tok], mark: usize) -> bool {
    // (A closing mark: back over the quoted words to the mark that opens them.)
    let mut open = mark;
    while open > 0 && toks[open - 1].quoted {
        open -= 1;
    }
    if open < mark {
        open = open.saturating_sub(1);
    }
    open > 0 && NAMING_PARTICIPLES.contains(&toks[open - 1].low.as_str())
}

/// Whether the sentence quotes words, not only names (see [`title_quoted`]).
fn words_quoted(toks: &[Tok]) -> bool {
    toks.iter()
        .enumerate()
        .any(|(k, t)| t.quoted && t.word && !title_quoted(toks, quotation_mark_before(toks, k)))
}

/// The quotation mark that opens the quotation holding token `k` (`k` itself when none).
fn quotation_mark_before(toks: &[Tok], k: usize) -> usize {
    (0..k)
        .rev()
        .find(|&m| !toks[m].quoted && is_quote_mark(&toks[m]))
        .unwrap_or(k)
}

/// Whether what follows the colon at `colon` gives the words of the subject before it: a
/// clause, but neither a noun phrase with no conjugated verb (« a réagi à l'annonce : la
/// décision de X de saisir la Cour », the topic named again) nor a clause opening on a
/// subject of its own who speaks (« La classe politique a réagi : le maire X parle d'actes
/// … », others reacting).
fn colon_gives_words(toks: &[Tok], colon: usize) -> bool {
    let rest = &toks[colon + 1..];
    let finite = |t: &Tok| {
        lexicon::AUXILIARIES.contains(&t.low.as_str())
            || super::speaker::is_finite_verb(t)
                && !may_be_participle(&t.low)
                && !is_infinitive(&t.low)
    };
    let others_speak = first_verb(toks, colon + 1).is_some_and(|cue| {
        let subject = &toks[colon + 1..cue.group_start];
        cue.inverted.is_none()
            && subject.len() >= 2
            && subject.iter().all(|t| t.word && !finite(t))
            && (subject[0].upper || lexicon::DETERMINERS.contains(&subject[0].low.as_str()))
    });
    let quoted = rest.iter().any(|t| t.quoted || is_quote_mark(t));
    !others_speak && (quoted || rest.iter().any(|t| !t.quoted && finite(t)))
}

/// Whether the adjective after « se montrer » takes a side (« favorable », « opposée »,
/// « réticents », « satisfaits »), not a mood or a form (« rassurant », « prudent »).
fn shows_a_side(adjective: &str) -> bool {
    const SIDES: &[&str] = &[
        "favorable",
        "défavorable",
        "oppos",
        "hostile",
        "réticent",
        "critique",
        "ouvert",
        "réservé",
        "sceptique",
        "enthousiaste",
        "dubitati",
        "intransigeant",
        "satisfait",
        "déçu",
    ];
    SIDES.iter().any(|stem| adjective.starts_with(stem))
}

/// Whether the verb group at `start` follows the subject and its apposition that open the
/// sentence (« Paul Martin, ministre de l'Agriculture, dément … », « La secrétaire générale,
/// Anne Roux, nie … »): two commas only, before them a noun phrase opening on a capital or an
/// article, between them words with no verb, relative or quotation.
fn after_apposition(toks: &[Tok], start: usize) -> bool {
    let Some(close) = start.checked_sub(1).filter(|&c| toks[c].low == ",") else {
        return false;
    };
    let Some(open) = (0..close).rev().find(|&k| !toks[k].word) else {
        return false;
    };
    let plain = |t: &Tok| {
        t.word
            && !t.quoted
            && !super::speaker::is_finite_verb(t)
            && !matches!(t.low.as_str(), "qui" | "que" | "qu'" | "dont" | "où")
    };
    let first = &toks[0];
    // « Le maire, qui était absent lundi, dément … »: a relative clause on the subject, its
    // own verb right after « qui », the rest plain words.
    let relative = toks[open + 1].low == "qui"
        && close > open + 2
        && super::speaker::is_finite_verb(&toks[open + 2])
        && toks[open + 3..close].iter().all(|t| {
            t.word && !t.quoted && !matches!(t.low.as_str(), "qui" | "que" | "qu'" | "dont" | "où")
        });
    toks[open].low == ","
        && open > 0
        && close > open + 1
        && (first.upper || lexicon::DETERMINERS.contains(&first.low.as_str()))
        && !lexicon::PREPOSITIONS.contains(&first.low.as_str())
        && !lexicon::TIME_WORDS.contains(&first.low.as_str())
        && toks[..open]
            .iter()
            .enumerate()
            .all(|(k, t)| plain(t) || t.word && !t.quoted && noun_after_determiner(toks, k))
        && (relative || toks[open + 1..close].iter().all(plain))
        && !conjugated_verb_before(toks, open)
}

/// Whether the tagger reads a conjugated verb the lexicon does not list before token `end`
/// (« La ville constitue donc, … »: a clause, no subject before an apposition). Past
/// participles are left out: « Le maire de la ville assiégée, … » is a noun phrase; so are a
/// word right after a determiner and a name past the first word, whatever their lower-case
/// forms read (« Le conseiller Lefort, … », « Le juge Dumonte, … »).
fn conjugated_verb_before(toks: &[Tok], end: usize) -> bool {
    let tags = super::pos::tags_of_lower_case(&toks[..end]);
    toks[..end]
        .iter()
        .zip(tags)
        .enumerate()
        .any(|(k, (t, tag))| {
            matches!(tag, super::pos::Upos::Verb | super::pos::Upos::Aux)
                && !is_participle(&t.low)
                && !t.low.ends_with("ant")
                && !noun_after_determiner(toks, k)
                && (k == 0 || !t.upper)
        })
}

/// Whether the verb group `start..=i` is an incise set off by commas inside the sentence,
/// after an adjunct that opens it: a comma before it, its subject after it (a name or a
/// determiner, adverbs skipped), at most eight words, a comma, and the reported clause
/// (« Après un recul en 2022, précise encore la Banque mondiale, la croissance rebondira »).
fn inside_incise(toks: &[Tok], start: usize, i: usize) -> bool {
    let subject_at = past_inserts(toks, i + 1);
    // (The adjunct opens the sentence, with a preposition or an adverb, and holds no verb:
    // not « Le ministre, fatigué, dit la vérité, puis il repart ».)
    let adjunct = toks.iter().find(|t| t.word).is_some_and(|t| {
        lexicon::PREPOSITIONS.contains(&t.low.as_str())
            || is_adverb(t)
            || matches!(
                t.low.as_str(),
                "après" | "avant" | "en" | "dans" | "depuis" | "pour"
            )
    }) && !toks[..start]
        .iter()
        .any(|t| !t.quoted && super::speaker::is_finite_verb(t));
    let opens = start > 1
        && adjunct
        && toks[start - 1].low == ","
        && toks
            .get(subject_at)
            .is_some_and(|n| n.upper || lexicon::DETERMINERS.contains(&n.low.as_str()));
    if !opens {
        return false;
    }
    let Some(close) = (subject_at..toks.len().min(subject_at + 9)).find(|&k| toks[k].low == ",")
    else {
        return false;
    };
    let plain = toks[subject_at..close].iter().all(|t| {
        t.word && !t.quoted && !matches!(t.low.as_str(), "que" | "qu'" | "qui")
            || matches!(t.low.as_str(), "(" | ")")
    });
    // What follows is a clause (a verb of its own), not a list going on.
    let clause_after = toks[close + 1..]
        .iter()
        .any(|t| !t.quoted && super::speaker::is_finite_verb(t));
    plain && clause_after
}

/// Whether the words before the verb group at `start`, back to the clause's start, hold
/// someone or something that can show a finding: a subject pronoun right before it, a name,
/// or a noun of people, bodies, media or documents (« L'étude », « les chercheurs »).
fn subject_can_show(toks: &[Tok], start: usize) -> bool {
    let Some(p) = start.checked_sub(1) else {
        return false;
    };
    if lexicon::SUBJECT_PRONOUNS.contains(&toks[p].low.as_str()) {
        return true;
    }
    // « ce qui montre », « la carte qui montre »: the antecedent before « qui » shows
    // (« le maire, qui a démontré que »: past the comma of an apposed relative).
    if toks[p].low == "qui" {
        return relative_antecedent(toks, p).is_some_and(|a| a.upper || is_source_word(&a.low));
    }
    let from = clause_start(toks, start);
    toks[from..start].iter().enumerate().any(|(k, t)| {
        let low = t.low.as_str();
        // (A capital opening the sentence may be no name: « Un scanner », « Mais ».)
        let name = t.word
            && t.upper
            && (from + k > 0
                || !lexicon::DETERMINERS.contains(&low)
                    && !lexicon::ADVERBS.contains(&low)
                    && !matches!(low, "mais" | "et" | "or" | "puis" | "ce" | "cela"));
        name || !lexicon::DETERMINERS.contains(&low) && is_source_word(low)
    })
}

/// The word the relative « qui » at `qui` hangs on: the word right before it, past the comma
/// of a relative set off by commas (« la carte qui montre », « le maire, qui a démontré »,
/// « les syndicats, qui ont incité »), when it is a word outside quotes.
pub(super) fn relative_antecedent(toks: &[Tok], qui: usize) -> Option<&Tok> {
    let before = qui.checked_sub(1)?;
    let at = if toks[before].low == "," {
        before.checked_sub(1)?
    } else {
        before
    };
    Some(&toks[at]).filter(|t| t.word && !t.quoted)
}

/// Whether the subject of the verb group at `start` is someone who can call on others: a
/// subject pronoun, a name, or a noun of people, roles, bodies or media (not a finding or a
/// thing: « ces résultats », « le soleil », « la baisse des prix »).
fn someone_as_subject(toks: &[Tok], start: usize) -> bool {
    let listed = |low: &str| {
        lexicon::ROLE_NOUNS.contains(&low)
            || lexicon::PEOPLE_NOUNS.contains(&low)
            || lexicon::ORG_WORDS.contains(&low)
            || lexicon::MEDIA_NOUNS.contains(&low)
    };
    // (« les syndicats »: the plural of a listed singular.)
    let someone = |low: &str| listed(low) || low.strip_suffix('s').is_some_and(listed);
    match start.checked_sub(1).map(|p| &toks[p]) {
        None => false,
        Some(p) if lexicon::SUBJECT_PRONOUNS.contains(&p.low.as_str()) => p.low != "on",
        Some(p) if p.low == "qui" => {
            relative_antecedent(toks, start - 1).is_some_and(|a| a.upper || someone(&a.low))
        }
        Some(_) => {
            let from = clause_start(toks, start);
            let head = toks[from..start]
                .iter()
                .find(|t| t.word && !lexicon::DETERMINERS.contains(&t.low.as_str()));
            head.is_some_and(|h| h.upper || someone(&h.low))
        }
    }
}

/// The first token of the clause whose verb group starts at `start`: after the last
/// quotation, strong punctuation or « que » before it.
fn clause_start(toks: &[Tok], start: usize) -> usize {
    // (« ainsi que » joins two noun phrases: « La libération de X ainsi que de Y ».)
    (0..start)
        .rev()
        .find(|&k| {
            let t = &toks[k];
            t.quoted
                || matches!(t.low.as_str(), "." | ";" | ":")
                || matches!(t.low.as_str(), "que" | "qu'") && (k == 0 || toks[k - 1].low != "ainsi")
        })
        .map_or(0, |k| k + 1)
}

/// Whether « remercier » at `i` (its group from `start`) gives thanks rather than dismisses:
/// what for (« pour … », « de / d' » + an infinitive: « d'avoir mené le projet »), a manner
/// of thanking (« chaleureusement »), or wanting to (« tient à / a voulu remercier »). « Le
/// club a remercié son entraîneur » says nothing.
fn thanks_given(toks: &[Tok], start: usize, i: usize) -> bool {
    let wanted = start >= 2
        && toks[i - 1].low == "à"
        && toks[start..i - 1]
            .iter()
            .any(|t| t.low.starts_with("ten") || t.low.starts_with("tien"))
        || start < i && toks[i - 1].low.starts_with("voul");
    let clause = toks[i + 1..]
        .iter()
        .take_while(|t| t.quoted || !matches!(t.low.as_str(), "." | ";" | ":" | "?" | "!"));
    let words: Vec<&Tok> = clause.collect();
    let why_or_how = words.iter().enumerate().any(|(k, t)| match t.low.as_str() {
        "pour" | "chaleureusement" | "vivement" | "sincèrement" => true,
        "de" | "d'" => words[k + 1..]
            .iter()
            .find(|n| !matches!(n.low.as_str(), "s'" | "se" | "l'" | "les" | "leur"))
            .is_some_and(|n| is_infinitive(&n.low)),
        _ => false,
    });
    wanted || why_or_how
}

/// The lowercase words of the clause before the verb group at `start` (its subject).
fn subject_words(toks: &[Tok], start: usize) -> impl Iterator<Item = &str> {
    toks[clause_start(toks, start)..start]
        .iter()
        .map(|t| t.low.as_str())
}

/// Whether the object at `at` is a rescue or police service (« la gendarmerie », « les
/// secours », « la police ») and nothing is warned about (no « sur », « contre », « que »
/// nor quotation in the clause).
fn notifies_the_authorities(toks: &[Tok], at: usize) -> bool {
    let object = toks[at.min(toks.len())..]
        .iter()
        .take(3)
        .map(|t| t.low.as_str())
        .find(|w| !lexicon::DETERMINERS.contains(w) && !is_clitic(w));
    let warns = ["sur", "contre", "que", "qu'", ":"]
        .iter()
        .any(|w| clause_has(toks, at, w))
        || toks[at.min(toks.len())..]
            .iter()
            .any(|t| t.quoted || is_quote_mark_str(&t.low));
    !warns
        && object.is_some_and(|w| {
            matches!(
                w,
                "gendarmerie"
                    | "gendarmes"
                    | "police"
                    | "policiers"
                    | "secours"
                    | "pompiers"
                    | "samu"
                    | "voisins"
                    | "services"
                    | "sauveteurs"
            )
        })
}

/// When « demander » before `at` asks a question (« si », « s'il », « pourquoi », « comment »,
/// « quand », « où », « combien », « quel », « ce que »), right after it or after whom it is
/// asked of (« au candidat », « aux élus du district », at most eight words, no punctuation),
/// the index where the question ends: the next comma, semicolon, colon or full stop outside
/// quotes. Not « a demandé au ministre de … » nor « des explications », a call.
fn asks_a_question(toks: &[Tok], at: usize) -> Option<usize> {
    const ASKING: &[&str] = &[
        "si", "pourquoi", "comment", "quand", "où", "combien", "quel", "quelle", "quels", "quelles",
    ];
    let mut k = (at..toks.len())
        .find(|&k| !(is_adverb(&toks[k]) || lexicon::TIME_WORDS.contains(&toks[k].low.as_str())))?;
    let asks = |k: usize| {
        let w = toks[k].low.as_str();
        let then = toks.get(k + 1).map(|n| n.low.as_str());
        !toks[k].quoted
            && (ASKING.contains(&w)
                || w == "s'" && matches!(then, Some("il" | "ils"))
                || w == "ce" && matches!(then, Some("que" | "qu'")))
    };
    if !asks(k) && matches!(toks[k].low.as_str(), "à" | "au" | "aux") {
        let limit = (k + 9).min(toks.len());
        k = (k + 1..limit).find(|&j| {
            asks(j)
                || !toks[j].word
                || toks[j].quoted
                || matches!(toks[j].low.as_str(), "que" | "qu'")
                // (« au ministre de retirer »: a call; « au directeur de l'école si »: whom.)
                || matches!(toks[j].low.as_str(), "de" | "d'")
                    && toks.get(j + 1).is_some_and(|n| {
                        !n.upper && !lexicon::DETERMINERS.contains(&n.low.as_str())
                    })
        })?;
    }
    if !asks(k) {
        return None;
    }
    Some(
        (k + 1..toks.len())
            .find(|&j| !toks[j].quoted && matches!(toks[j].low.as_str(), "," | ";" | ":" | "."))
            .unwrap_or(toks.len()),
    )
}

/// Whether the present participle at `i` (its group from `start`) describes the noun phrase
/// that opens the sentence, as subject of a finite verb after it: that noun phrase (a
/// determiner first, a common noun last) right before it, no verb, comma or quotation there,
/// and a finite verb later in the sentence.
fn describes_the_subject(toks: &[Tok], start: usize, i: usize) -> bool {
    let Some(noun) = start.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    let opening = toks.iter().position(|t| t.word).unwrap_or(0);
    noun.word
        && !noun.upper
        && !noun.quoted
        && start > opening + 1
        && lexicon::DETERMINERS.contains(&toks[opening].low.as_str())
        && toks[opening..start].iter().all(|t| {
            t.word && !t.quoted && !super::speaker::is_finite_verb(t) && !is_aux(&t.low)
                || t.low == "'"
        })
        && toks[i + 1..]
            .iter()
            .any(|t| !t.quoted && super::speaker::is_finite_verb(t))
}

/// Whether « prévenir » or « avertir » before `at` alerts someone (or prevents something)
/// without warning of anything: a plain object (« les secours », « la famille de la
/// victime », « le propriétaire »), and in its clause no « que », colon, quotation, « sur » or
/// « contre »; a « de » after the object (« a prévenu les habitants du danger ») warns, unless
/// the object is a service or kin one calls (« les forces de l'ordre », « la famille de ») or
/// no one at all (« préviennent les accidents de la route »: prevention).
fn alerts_someone(toks: &[Tok], at: usize) -> bool {
    const CALLED: &[&str] = &[
        "gendarmerie",
        "gendarmes",
        "police",
        "policiers",
        "secours",
        "pompiers",
        "samu",
        "services",
        "sauveteurs",
        "forces",
        "famille",
        "familles",
        "proches",
        "parents",
        "mairie",
        "maire",
        "propriétaire",
        "propriétaires",
        "voisins",
        "voisin",
        "voisine",
        "employeur",
        "direction",
        "hôpital",
        "urgences",
        "autorités",
    ];
    if !object_follows(toks, at) {
        return false;
    }
    let clause: Vec<&Tok> = toks[at.min(toks.len())..]
        .iter()
        .take_while(|t| !matches!(t.low.as_str(), "." | ";" | "?" | "!"))
        .collect();
    let first = clause
        .iter()
        .position(|t| !(is_adverb(t) || lexicon::TIME_WORDS.contains(&t.low.as_str())));
    let Some(first) = first else {
        return false;
    };
    // (« a prévenu des risques »: of what, right after the verb.)
    if clause[first].low == "des" {
        return false;
    }
    if clause.iter().any(|t| {
        t.quoted
            || is_quote_mark_str(&t.low)
            || matches!(t.low.as_str(), "que" | "qu'" | ":" | "sur" | "contre")
    }) {
        return false;
    }
    let head = clause[first..]
        .iter()
        .map(|t| t.low.as_str())
        .find(|w| !lexicon::DETERMINERS.contains(w) && !is_clitic(w));
    let of_what = clause[first..]
        .iter()
        .any(|t| matches!(t.low.as_str(), "de" | "d'" | "du" | "des"));
    // (« préviennent les accidents de la route »: a thing prevented, whatever follows.)
    !of_what || head.is_some_and(|w| CALLED.contains(&w) || !is_source_word(w))
}

/// Where the group starts and the index of « par » when the infinitive `form` at `i` hangs on
/// a reflexive « se voir » (« se voit répondre », « s'est vu reprocher », « se sont vu
/// rappeler ») and « par » follows it right away with an agent that can speak, and what the
/// agent said after it (a colon, « que ») or nothing (a comma, the end): the passive of « se
/// voir », whose agent said it. (Not with an object after the agent, « s'est vu remettre par
/// le maire une médaille »: given a thing, nothing said.)
fn seen_saying_agent(toks: &[Tok], i: usize, form: &str) -> Option<(usize, usize)> {
    let saw = i.checked_sub(1)?;
    let seen = matches!(
        toks[saw].low.as_str(),
        "voir" | "voit" | "voient" | "verra" | "vit" | "vu" | "vue" | "vus" | "vues"
    );
    if !is_infinitive(form) || !seen {
        return None;
    }
    // (« s'est vu », « se sont vus »: the auxiliary between.)
    let reflexive_at = (saw.saturating_sub(2)..saw)
        .rev()
        .find(|&k| matches!(toks[k].low.as_str(), "se" | "s'"))?;
    let between_ok = toks[reflexive_at + 1..saw]
        .iter()
        .all(|t| is_aux(&t.low) || ETRE.contains(&t.low.as_str()));
    let par = i + 1;
    let by = toks.get(par).is_some_and(|t| t.low == "par" && !t.quoted);
    let after_agent = toks.get(super::speaker::np_end(toks, par + 1) + 1);
    let reports_or_ends = after_agent.is_none_or(|t| {
        !t.quoted && matches!(t.low.as_str(), ":" | "que" | "qu'" | "," | "." | "!")
    });
    (between_ok && by && agent_speaks(toks, par + 1) && reports_or_ends)
        .then_some((reflexive_at, par))
}

/// Whether the agent after « par », at token `at`, can speak: a name, or a determiner and a
/// noun of people, bodies or media (« les membres du Conseil »: a plural of people, read as its
/// singular too).
fn agent_speaks(toks: &[Tok], at: usize) -> bool {
    let Some(agent) = toks.get(at) else {
        return false;
    };
    let of_people = |h: &Tok| {
        let singular = h.low.strip_suffix('s').unwrap_or(&h.low);
        is_source_word(&h.low) || super::speaker::can_speak(singular)
    };
    agent.upper && !agent.quoted
        || lexicon::DETERMINERS.contains(&agent.low.as_str())
            && toks.get(at + 1).is_some_and(|h| h.upper || of_people(h))
}

/// The index of « par » when the past participle `form` at `i` of a verb of judging is
/// followed, within a few words (its complement: « de « lâche attentat » », « préoccupante »),
/// by « par » and an agent that can speak (a name, or a determiner and a noun of people,
/// bodies or media): « qualifiée de « lâche » par le Premier ministre », « jugée préoccupante
/// par un diplomate ».
fn judging_agent(toks: &[Tok], i: usize, form: &str, verb: Verb) -> Option<usize> {
    let judges = matches!(
        verb.lemma,
        "qualifier"
            | "juger"
            | "considérer"
            | "décrire comme"
            | "dénoncer"
            | "critiquer"
            | "fustiger"
    );
    // (« l'accord a été salué par le Premier ministre », « critiqué par l'opposition »: a
    // stance needs no words of its own between. « X est accusé par Y de … »: Y's accusation,
    // the convention of tests/fixtures/claims/README.md. Not yet « la transition exigée par
    // l'ONU », a call, which reads as « les frais réclamés par la banque », a price.)
    let stance = matches!(
        verb.lemma,
        "saluer"
            | "condamner"
            | "dénoncer"
            | "critiquer"
            | "fustiger"
            | "applaudir"
            | "démentir"
            | "accuser"
            | "contester"
            // (« les joueurs ont été félicités par leur entraîneur », « désavoué par son
            // parti »: praise or blame given.)
            | "féliciter"
            | "blâmer"
            | "désavouer"
            | "épingler"
            | "désapprouver"
            | "stigmatiser"
            // (« un projet apprécié par les habitants », « décrié par l'opposition »)
            | "apprécier"
            | "louanger"
            | "encenser"
            | "décrier"
    ) || rebuke_said(toks, i, verb).is_some() && rebuked_can_speak(toks, i, verb);
    // (« n'a pas été recommandé par la commission », « pointés du doigt par le syndicat »,
    // « appelés par les syndicats à la grève », « les arguments avancés par le maire »: a
    // call, a reproach or an argument, each only with the words that make the verb one:
    // see [`agent_words_fit`].)
    let by_its_words = matches!(
        verb.lemma,
        "recommander"
            | "pointer"
            | "appeler"
            | "avancer"
            | "dresser"
            | "soulever"
            | "livrer"
            | "émettre"
            | "formuler"
            | "évoquer"
    ) || ACTS_NAMED.contains(&verb.lemma);
    let says = says_in_the_passive(toks, i, verb);
    if !(judges || stance || by_its_words || says) || !is_participle(form) {
        return None;
    }
    // (« Le maire a contesté les chiffres avancés par le syndicat », « Selon lui, les
    // chiffres avancés par la police sont faux »: where the figures come from, on words
    // another speaker reacts to, is that reaction's background, not a claim: README.md.)
    // (« Des critiques balayées par », « La demande rejetée par »: a noun spelt as a verb's
    // form is no reaction.)
    let reacted_to = toks[..i].iter().enumerate().any(|(k, t)| {
        t.word
            && !t.quoted
            && (lexicon::is_verb_form(t.low.as_str()) && !noun_after_determiner(toks, k)
                || matches!(t.low.as_str(), "selon" | "d'après"))
    });
    // (« L'appel à la grève lancé par les pilotes met en péril la compagnie, a estimé son
    // patron »: so when the reaction to an act named by its noun comes after, in its own
    // clause, not a relative's.)
    let act_named = ACTS_NAMED.contains(&verb.lemma);
    let reacted_after = act_named
        && toks.iter().enumerate().skip(i + 1).any(|(k, t)| {
            t.word
                && !t.quoted
                && toks[k - 1].low != "qui"
                && lexicon::is_verb_form(t.low.as_str())
                // (« la cheffe de groupe des Engagés »: a name or a noun, no verb.)
                && !t.upper
                && !noun_after_determiner(toks, k)
        });
    if by_its_words && (reacted_to || reacted_after || !agent_words_fit(toks, i, verb)) {
        return None;
    }
    // (« critiquée, hier encore, par le syndicat »: an aside between commas before « par »
    // stands for nothing said.)
    let aside_end =
        aside_from(toks, i + 1).filter(|&a| toks.get(a).is_some_and(|t| t.low == "par"));
    // (« mis en cause par », « rappelé à l'ordre par »: the locution's own words.)
    let locution_end = rebuke_said(toks, i, verb).unwrap_or(i);
    for (k, t) in toks.iter().enumerate().take(i + 9).skip(i + 1) {
        if aside_end.is_some_and(|a| k < a) || k <= locution_end {
            continue;
        }
        // (« comme indiqué par erreur par le parquet »: a manner, not the agent.)
        if t.low == "par" && toks.get(k + 1).is_some_and(|n| n.low == "erreur") {
            continue;
        }
        // (« d'abord », « d'ores et déjà »: a time, no complement.)
        let time_after_de = t.low == "d'"
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "abord" | "ores"));
        if says && !t.quoted && !time_after_de && OTHER_SENSE_AFTER_SAYING.contains(&t.low.as_str())
        {
            return None;
        }
        if t.low == "par" && !t.quoted {
            // (What the judgement says stands between: « jugé par le tribunal », « jugé
            // mardi par le tribunal » are a trial.)
            let said = toks[i + 1..k].iter().any(|t| {
                t.quoted
                    || t.word && !is_adverb(t) && !lexicon::TIME_WORDS.contains(&t.low.as_str())
            });
            toks.get(k + 1)?;
            if !said && !stance && !by_its_words && !says {
                return None;
            }
            let speaks = agent_speaks(toks, k + 1);
            let called_to = verb.lemma != "appeler" || called_to_after(toks, k + 1);
            return (speaks && called_to).then_some(k);
        }
        let punctuation = !t.word
            && !t.quoted
            && !is_quote_mark_str(&t.low)
            && !matches!(t.low.as_str(), "»" | "”");
        if punctuation && !matches!(t.low.as_str(), "\"")
            || t.word
                && !t.quoted
                && (lexicon::is_verb_form(t.low.as_str())
                    || is_aux(&t.low)
                    || matches!(t.low.as_str(), "que" | "qu'" | "qui"))
        {
            return None;
        }
    }
    None
}

/// Verbs of rebuke (« recadré par le parquet », « tancé par le président », « sermonné par
/// son entraîneur »): the rebuke is the rebuker's position (README « Session 20 »).
const REBUKES: &[&str] = &[
    "recadrer",
    "tancer",
    "étriller",
    "sermonner",
    "réprimander",
    "admonester",
    "rabrouer",
    "houspiller",
    "morigéner",
];

/// What « mettre » and « remettre » put someone or something in when it is blame or a
/// warning (« mis en cause par », « remis en question par », « mis en garde par »), not an
/// act (« mis en examen », « mis en place », « mis en vente »). (Not yet « mis en demeure par
/// la mairie de fermer », a formal call: the agent's span would run into its « de ».)
const PUT_IN_BLAME: &[&str] = &["cause", "doute", "question", "garde"];

/// The last token of the words that make the participle at `i` a rebuke, blame or warning
/// from its agent, when it is one: a verb of [`REBUKES`] (the participle itself), « rappelé à
/// l'ordre », « mis en cause / en doute / en question / en garde », « remis en cause ».
fn rebuke_said(toks: &[Tok], i: usize, verb: Verb) -> Option<usize> {
    let low = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    match verb.lemma {
        lemma if REBUKES.contains(&lemma) => Some(i),
        "rappeler" => {
            (low(i + 1) == "à" && low(i + 2) == "l'" && low(i + 3) == "ordre").then_some(i + 3)
        }
        "mettre en garde" | "remettre en question" => {
            (low(i + 1) == "en" && PUT_IN_BLAME.contains(&low(i + 2))).then_some(i + 2)
        }
        _ => None,
    }
}

/// Whether the one rebuked by the participle at `i` can be rebuked in words: a person, a role,
/// a body (« Le ministre recadré par », « L'arbitre, sévèrement réprimandé »), not a thing
/// (« La photo a été recadrée par le journal »: cropped; « Le budget a été recadré »). Blame
/// and warnings (« mis en cause / en doute / en garde par ») fall on things too.
fn rebuked_can_speak(toks: &[Tok], i: usize, verb: Verb) -> bool {
    if matches!(verb.lemma, "mettre en garde" | "remettre en question") {
        return true;
    }
    // (Back over the auxiliaries, adverbs and an aside's comma to the rebuked noun phrase.)
    let mut end = i;
    while end > 0 {
        let t = &toks[end - 1];
        let between = t.low == ","
            || is_aux(&t.low)
            || t.low == "été"
            || is_adverb(t)
            || lexicon::TIME_WORDS.contains(&t.low.as_str());
        if !between || t.quoted {
            break;
        }
        end -= 1;
    }
    let start = toks[..end]
        .iter()
        .rposition(|t| {
            !t.word
                || t.quoted
                || lexicon::is_verb_form(&t.low)
                || matches!(t.low.as_str(), "qui" | "que" | "qu'")
        })
        .map_or(0, |k| k + 1);
    let head = toks[start..end]
        .iter()
        .find(|t| !lexicon::DETERMINERS.contains(&t.low.as_str()));
    // (Not the documents of SOURCE_NOUNS: « le projet », « le rapport » are recadrés too.)
    head.is_none_or(|t| t.upper || super::speaker::names_someone(&t.low))
}

/// Verbs that report by themselves, whatever their subject, in the passive with an agent
/// (« L'attaque a été confirmée par l'armée »).
const SAID_BY_AGENT: &[&str] = &[
    "confirmer",
    "annoncer",
    "révéler",
    "divulguer",
    "signaler",
    "indiquer",
    "affirmer",
];

/// Words between the participle of [`SAID_BY_AGENT`] and « par » that give the verb another
/// sense (« confirmé dans ses fonctions », « indiquée sur la carte », « signalé pour excès de
/// vitesse », « annoncée comme imminente »): the agent said nothing.
const OTHER_SENSE_AFTER_SAYING: &[&str] = &[
    "dans", "en", "sur", "pour", "comme", "de", "d'", "du", "des", "avec", "sous",
];

/// Whether the participle at `i` of a verb of [`SAID_BY_AGENT`] is a finite passive of the
/// past or present (« a été confirmée », « est annoncé », « avait pourtant été divulguée »)
/// or follows « comme » (« comme indiqué par le parquet »), not by a body that rules
/// (« la peine a été confirmée par la cour d'appel »): its agent said it. Not a bare
/// participle on a noun (« les mesures annoncées par le gouvernement », where a piece of news
/// came from), a future (« sera annoncé par le jury », nothing said yet), a negation
/// (« n'a pas été confirmée par le parquet », nothing said), nor inside words another
/// speaker reports before it (« a ajouté que sa version était confirmée par l'avocat »,
/// « X a précisé que …, comme annoncé par des médias »).
fn says_in_the_passive(toks: &[Tok], i: usize, verb: Verb) -> bool {
    const PASSIVE_AUX: &[&str] = &["été", "est", "sont", "était", "étaient", "fut", "furent"];
    if !SAID_BY_AGENT.contains(&verb.lemma) || toks[i].quoted || agent_rules(toks, i) {
        return false;
    }
    let Some(aux) = (0..i).rev().find(|&k| !is_adverb(&toks[k])) else {
        return false;
    };
    let negated = toks[aux.saturating_sub(3)..i]
        .iter()
        .any(|t| matches!(t.low.as_str(), "ne" | "n'" | "pas" | "jamais" | "nullement"));
    let passive = PASSIVE_AUX.contains(&toks[aux].low.as_str()) || toks[aux].low == "comme";
    passive && !toks[aux].quoted && !negated && !reported_before(toks, i)
}

/// Whether a verb of the lexicon (not a noun after its determiner) or « selon » / « d'après »
/// (not « selon laquelle », which introduces what a piece of news says) stands before token
/// `i`: the words up to `i` are someone's report.
fn reported_before(toks: &[Tok], i: usize) -> bool {
    toks[..i].iter().enumerate().any(|(k, t)| {
        let relative_selon = toks.get(k + 1).is_some_and(|n| {
            matches!(
                n.low.as_str(),
                "lequel" | "laquelle" | "lesquels" | "lesquelles"
            )
        });
        t.word
            && !t.quoted
            && (lexicon::is_verb_form(t.low.as_str()) && !noun_after_determiner(toks, k)
                || matches!(t.low.as_str(), "selon" | "d'après") && !relative_selon)
    })
}

/// Whether the word at `k` is a noun by its determiner (« des critiques », « cette demande »,
/// « Les appels » opening the sentence or after a preposition), though the lexicon also
/// spells a verb so: « le », « la », « les », « l' » only where they cannot be object
/// pronouns (« il les critique »).
fn noun_after_determiner(toks: &[Tok], k: usize) -> bool {
    let Some(det) = k.checked_sub(1).map(|d| toks[d].low.as_str()) else {
        return false;
    };
    if matches!(det, "le" | "la" | "les" | "l'") {
        return k < 2
            || !toks[k - 2].word
            || matches!(
                toks[k - 2].low.as_str(),
                "de" | "à" | "par" | "pour" | "sur" | "contre" | "avec" | "dans" | "et"
            );
    }
    lexicon::DETERMINERS.contains(&det) && !is_clitic(det)
}

/// Whether the participle at `i` of a verb that reports only with certain words has them:
/// « pointé du doigt », « avancés » after a noun of argument or figure (« les arguments les
/// plus saillants avancés par », not « la date avancée par le gouvernement », moved),
/// « dressé » after a report's noun (« le bilan dressé par »);
/// « recommandé » and « appelés » (whose « à » comes after the agent) need none here.
fn agent_words_fit(toks: &[Tok], i: usize, verb: Verb) -> bool {
    const PUT_FORWARD: &[&str] = &[
        "argument",
        "arguments",
        "chiffre",
        "chiffres",
        "hypothèse",
        "hypothèses",
        "thèse",
        "raison",
        "raisons",
        "explication",
        "explications",
        "estimation",
        "estimations",
    ];
    /// What else is voiced (« la conclusion livrée par », « la piste évoquée par »).
    const VOICED: &[&str] = &[
        "conclusion",
        "conclusions",
        "piste",
        "pistes",
        "version",
        "théorie",
        "scénario",
        "idée",
        "doute",
        "doutes",
        "crainte",
        "craintes",
        "critique",
        "critiques",
        "réserve",
        "réserves",
        "objection",
        "objections",
    ];
    const DRAWN_UP: &[&str] = &["bilan", "constat", "portrait", "réquisitoire", "état"];
    match verb.lemma {
        "pointer" => follows(toks, i + 1, &["du doigt"]).is_some(),
        "avancer" => toks[i.saturating_sub(5)..i]
            .iter()
            .any(|t| PUT_FORWARD.contains(&t.low.as_str())),
        // « l'hypothèse soulevée par », « la conclusion livrée par », « la piste évoquée
        // par », « les doutes émis par »: an argument voiced (not « le colis livré par »,
        // « la poussière soulevée par le vent », « un signal émis par la balise »).
        "soulever" | "livrer" | "émettre" | "formuler" | "évoquer" => toks
            [i.saturating_sub(5)..i]
            .iter()
            .any(|t| PUT_FORWARD.contains(&t.low.as_str()) || VOICED.contains(&t.low.as_str())),
        // (« le bilan dressé par le président », not « la table dressée par l'hôtel ».)
        "dresser" => toks[i.saturating_sub(3)..i]
            .iter()
            .any(|t| DRAWN_UP.contains(&t.low.as_str())),
        // « la requête rejetée par le maire », « les accusations balayées par », not « le
        // recours rejeté par le tribunal » (a ruling) nor « l'amendement rejeté par les
        // députés » (a vote).
        "rejeter" | "balayer" => {
            toks[i.saturating_sub(6)..i]
                .iter()
                .any(|t| lexicon::in_any(REJECTED, &t.low))
                && !agent_rules(toks, i)
        }
        // « l'appel lancé par les syndicats », « l'ultimatum lancé par », not « l'opération
        // lancée par l'armée ».
        "lancer" => launched_call_before(toks, i).is_some(),
        // « une décision expliquée par le club : « … » », « justifiée par la direction
        // comme « nécessaire » »: the words follow (not « la hausse expliquée par la demande »).
        "expliquer" | "justifier" => toks[i + 1..]
            .iter()
            .any(|t| t.quoted || matches!(t.low.as_str(), ":" | "«" | "“")),
        _ => true,
    }
}

/// What rejecting or brushing aside denies when its participle follows it (« la requête
/// rejetée par », « les critiques balayées par »).
const REJECTED: &[&[&str]] = &[
    lexicon::REQUESTS,
    CLAIMED,
    &[
        "offre",
        "offres",
        "critique",
        "critiques",
        "argument",
        "arguments",
        "idée",
    ],
];

/// What is claimed among what is rejected (see [`claim_rejected_before`]).
const CLAIMED: &[&str] = &[
    "accusation",
    "accusations",
    "allégation",
    "allégations",
    "rumeur",
    "rumeurs",
    "information",
    "informations",
    "version",
    "thèse",
    "hypothèse",
];

/// Whether what is rejected, named before the participle at `i`, is something claimed (« les
/// accusations rejetées par »: a denial), not a request or an offer (« la requête balayée
/// par »: a stance against it).
fn claim_rejected_before(toks: &[Tok], i: usize) -> bool {
    toks[i.saturating_sub(6)..i]
        .iter()
        .any(|t| CLAIMED.contains(&t.low.as_str()))
}

/// The kind of a noun of words said, when it is not a plain statement (« appel »: a call,
/// « avertissement », « ultimatum »: a warning, « critique », « accusation »: a stance).
fn kind_of_words(noun: &str) -> Option<ClaimKind> {
    match noun {
        "appel" | "appels" | "plaidoyer" => Some(ClaimKind::Call),
        "avertissement" | "avertissements" | "ultimatum" | "cri" => Some(ClaimKind::Warning),
        "critique" | "critiques" | "accusation" | "accusations" => Some(ClaimKind::Position),
        _ => None,
    }
}

/// Whether the agent after the « par » that follows the participle at `i` is a body that rules
/// or votes (« rejetée par le tribunal », « par les députés »): its rejection is a ruling.
fn agent_rules(toks: &[Tok], i: usize) -> bool {
    let Some(par) = (i + 1..toks.len().min(i + 6)).find(|&k| toks[k].low == "par") else {
        return false;
    };
    toks[par + 1..toks.len().min(par + 4)]
        .iter()
        .any(|t| idioms::rules_or_votes(&t.low))
}

/// The kind of the call or warning named right before the participle « lancé » at `i`
/// (« l'appel lancé par », « un ultimatum lancé par », « le cri d'alarme lancé par »), or
/// before what it calls for (« l'appel à la mobilisation générale lancé par », « un appel
/// au calme et à la retenue lancé par »: « à » after the noun, words only up to the
/// participle).
fn launched_call_before(toks: &[Tok], i: usize) -> Option<ClaimKind> {
    let from = i.saturating_sub(9);
    toks[from..i].iter().enumerate().rev().find_map(|(j, t)| {
        let k = from + j;
        let calls_for_between = toks
            .get(k + 1)
            .is_some_and(|n| matches!(n.low.as_str(), "à" | "au" | "aux"))
            && toks[k + 1..i].iter().all(|t| t.word && !t.quoted);
        kind_of_words(&t.low).filter(|&kind| {
            kind != ClaimKind::Position && !a_tender(toks, k) && (i - k <= 4 || calls_for_between)
        })
    })
}

/// Verbs whose participle and « par » + agent name an act by its noun (« la requête rejetée
/// par le maire », « l'ultimatum lancé par le président », « une décision expliquée par le
/// club : « … » »): see [`agent_words_fit`].
const ACTS_NAMED: &[&str] = &["rejeter", "balayer", "lancer", "expliquer", "justifier"];

/// « un appel d'offres », « l'appel à candidatures / à projets / à manifestation d'intérêt »
/// (the noun at `at`): a tender, no call, whether launched (« lance un appel d'offres ») or
/// named by its participle (« l'appel d'offres lancé par la mairie »).
fn a_tender(toks: &[Tok], at: usize) -> bool {
    toks.get(at + 1).is_some_and(|t| {
        matches!(t.low.as_str(), "d'" | "à")
            && toks.get(at + 2).is_some_and(|n| {
                matches!(
                    n.low.as_str(),
                    "offres" | "offre" | "candidatures" | "projets" | "manifestation"
                )
            })
    })
}

/// Whether the agent of « appelé par » from token `from` is followed, before the clause
/// ends, by « à » and what it calls for (« appelés par les syndicats à une journée sans
/// trains », « à manifester »), not a post, an age or a time (« appelé par le président à la
/// tête du gouvernement », « à 18 ans »): a call, not a telephone call or an appointment.
fn called_to_after(toks: &[Tok], from: usize) -> bool {
    for (k, t) in toks.iter().enumerate().skip(from).take(10) {
        if !t.word || t.quoted {
            return false;
        }
        if matches!(t.low.as_str(), "à" | "au" | "aux") {
            let mut next = toks[k + 1..].iter().filter(|t| t.word);
            let first = next.next();
            let noun = match first.map(|t| t.low.as_str()) {
                Some("la" | "une" | "un" | "des" | "l'" | "leur" | "leurs") => next.next(),
                _ => first,
            };
            return noun.is_some_and(|n| {
                !n.low.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && !matches!(
                        n.low.as_str(),
                        "tête" | "poste" | "postes" | "fonction" | "fonctions" | "heure" | "heures"
                    )
            });
        }
    }
    false
}

/// Whether the clause before the verb group at `start` opens with a determiner and an event
/// or a step (« La libération de … », « Cette hausse », « La démarche »): no speaker.
fn event_subject(toks: &[Tok], start: usize) -> bool {
    const EVENTS: &[&str] = &[
        "libération",
        "démarche",
        "hausse",
        "baisse",
        "arrivée",
        "départ",
        "victoire",
        "défaite",
        "crise",
        "chute",
        "mort",
        "décès",
        "élection",
        "signature",
        "annonce",
        "tendance",
        "évolution",
        "situation",
        "attaque",
        "explosion",
        "catastrophe",
        "montée",
        "progression",
        "réussite",
        "échec",
    ];
    let from = clause_start(toks, start);
    // (Only a plain subject: « Cette annonce ne satisfait ni X, qui demandaient … » is X's.)
    if toks[from..start].iter().any(|t| {
        matches!(t.low.as_str(), "qui" | "," | "comme")
            || is_aux(&t.low)
            || lexicon::is_verb_form(t.low.as_str())
    }) {
        return false;
    }
    let mut words = toks[from..start].iter().filter(|t| t.word);
    let first = words.next();
    let second = words.next();
    first.is_some_and(|d| lexicon::DETERMINERS.contains(&d.low.as_str()))
        && second.is_some_and(|h| {
            EVENTS.contains(&h.low.as_str()) || collection_of_things(h, words.next(), words.next())
        })
}

/// « Cette série de suspensions », « une vague de départs »: a noun of a collection whose
/// complement after « de » names things, not people (« une série de responsables » speaks).
fn collection_of_things(head: &Tok, de: Option<&Tok>, noun: Option<&Tok>) -> bool {
    const COLLECTIONS: &[&str] = &[
        "série",
        "vague",
        "succession",
        "multiplication",
        "accumulation",
        "cascade",
        "avalanche",
        "salve",
        "flambée",
    ];
    let things = noun.is_some_and(|n| {
        let singular = n.low.trim_end_matches(['s', 'x']);
        !n.upper && !super::speaker::can_speak(&n.low) && !super::speaker::can_speak(singular)
    });
    COLLECTIONS.contains(&head.low.as_str())
        && de.is_some_and(|d| matches!(d.low.as_str(), "de" | "d'"))
        && things
}

/// « cet après-midi la Corse et le Var en vigilance »: what is placed (at most ten words, no
/// punctuation, verb or clause), then « en vigilance » or « en alerte »; the index of the
/// last word.
fn placed_on_alert(toks: &[Tok], at: usize) -> Option<usize> {
    for (k, t) in toks.iter().enumerate().take(at + 11).skip(at + 1) {
        if t.low == "en"
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "vigilance" | "alerte"))
        {
            return Some(k + 1);
        }
        if !t.word
            || t.quoted
            || lexicon::is_verb_form(t.low.as_str())
            || matches!(t.low.as_str(), "que" | "qu'" | "qui")
        {
            return None;
        }
    }
    None
}

/// Whether an adjunct opening at `at` with a preposition (« à l'avenir », « dans un
/// communiqué »), at most five words and no verb, leads to a quotation.
fn quote_after_adjunct(toks: &[Tok], at: usize) -> bool {
    if !toks
        .get(at)
        .is_some_and(|t| lexicon::PREPOSITIONS.contains(&t.low.as_str()))
    {
        return false;
    }
    for t in toks.iter().skip(at + 1).take(6) {
        if is_quote_mark_str(&t.low) {
            return true;
        }
        if !t.word
            || t.quoted
            || lexicon::is_verb_form(t.low.as_str())
            || matches!(t.low.as_str(), "que" | "qu'" | "qui")
        {
            return false;
        }
    }
    false
}

/// Whether `w` is an adjective that may stand between a determiner and its noun: one that
/// ranks it ([`lexicon::ranks`]), one the press puts there
/// ([`lexicon::ADJECTIVES_BEFORE_NOUNS`]) or one before a noun of speech
/// (`light_verbs::prenominal`).
pub(super) fn prenominal(w: &str) -> bool {
    lexicon::ranks(w) || lexicon::ADJECTIVES_BEFORE_NOUNS.contains(&w) || light_verbs::prenominal(w)
}

/// Whether the bare form at `i` (its group starting at `start`) is a noun after a determiner
/// and a prenominal adjective (« une telle annonce de la direction », « cette nouvelle
/// annonce », « la dernière annonce du ministre », « d'une violente alerte en plein centre »,
/// « une sérieuse menace de sécheresse »): the end of its phrase, a complement or an
/// adjective follows, not what a verb takes (« Le premier annonce que … », « La nouvelle
/// alerte les marchés »: a determiner, « que », a colon, a quotation or a name after it).
fn noun_after_adjective(toks: &[Tok], start: usize, i: usize) -> bool {
    // (« Le premier affirme », « La dernière dénonce », « La seconde réclame »: an ordinal
    // that opens the clause names someone; the form after it is the noun's only before its
    // complement or the phrase's end. Not « nouvelle », « même », « telle », nor an ordinal
    // inside an object: « a connu une nouvelle alerte à la bombe », « une dernière alerte en
    // pleine nuit » are nouns by the rule for other adjectives below.)
    let ordinal = |w: &str| lexicon::ORDINALS.contains(&w);
    if start != i
        || i < 2
        || !prenominal(&toks[i - 1].low)
        || !lexicon::DETERMINERS.contains(&toks[i - 2].low.as_str())
    {
        return false;
    }
    let Some(n) = toks.get(i + 1).filter(|n| n.word) else {
        return true;
    };
    let opens_clause = i == 2
        || matches!(
            toks[i - 3].low.as_str(),
            "," | ";" | ":" | "." | "et" | "mais" | "puis" | "«" | "\""
        );
    if ordinal(&toks[i - 1].low) && opens_clause {
        return matches!(n.low.as_str(), "de" | "d'" | "du" | "des");
    }
    // (Other adjectives: the form is a verb only before what a verb takes: a determiner,
    // « que », a colon, a quotation, a name, an adverb or a stressed pronoun.)
    let takes_what_a_verb_takes = n.quoted
        || n.upper
        || is_quote_mark_str(&n.low)
        || is_adverb(n)
        || matches!(
            n.low.as_str(),
            "que" | "qu'" | ":" | "lui" | "elle" | "eux" | "elles" | "aussi"
        )
        || lexicon::DETERMINERS.contains(&n.low.as_str())
            && !matches!(n.low.as_str(), "des" | "du");
    !takes_what_a_verb_takes
}

/// Adjectives before what « lancer » launches (« un ultime cri », « un vibrant appel »),
/// besides those that rank it (« un nouvel appel », « un dernier avertissement »:
/// [`lexicon::ranks`]); the light verbs' nouns read them too, with a few more
/// (`light_verbs::PRENOMINAL`).
const LAUNCH_ADJECTIVES: &[&str] = &[
    "ultime",
    "véritable",
    "vrai",
    "vibrant",
    "vibrante",
    "énième",
    "double",
    "solennel",
    "solennelle",
    "pressant",
    "pressante",
];

/// What « lancer » launches when it reports a call or a warning (« a lancé un appel à »).
const LAUNCHED_CALLS: &[&str] = &["appel", "avertissement", "ultimatum", "cri", "plaidoyer"];

/// What « avancer » puts forward when it reports (« avance un chiffre », « avance
/// l'hypothèse »), not « avancer la date » or « avancer le pion ».
const PUT_FORWARD: &[&str] = &[
    "chiffre",
    "chiffres",
    "nombre",
    "bilan",
    "hypothèse",
    "estimation",
    "argument",
    "arguments",
    "explication",
    "thèse",
    "piste",
];

/// Documents that show a finding (« L'étude montre une hausse »).
const FINDINGS: &[&str] = &[
    "étude",
    "études",
    "analyse",
    "analyses",
    "rapport",
    "enquête",
    "sondage",
    "données",
    "chiffres",
    "résultats",
    "statistiques",
    "recherche",
    "recherches",
    "travaux",
    "expertise",
    "audit",
    "bilan",
];

/// Whether a verb of noticing ([`NOTICING`]: « noter », « constater », « remarquer » …) takes
/// at `at` a change as its object (« notait une légère amélioration », « a relevé une hausse
/// des prix », « ont remarqué une baisse du niveau »): an
/// observation reported, not a note taken or a trace picked up.
fn notes_a_trend(lemma: &str, toks: &[Tok], at: usize) -> bool {
    const CHANGES: &[&str] = &[
        "amélioration",
        "hausse",
        "baisse",
        "recul",
        "progression",
        "dégradation",
        "augmentation",
        "diminution",
        "ralentissement",
        "reprise",
        "stabilisation",
        "aggravation",
        "accalmie",
        "accélération",
        // (« constate une recrudescence des vols », « a relevé une multiplication des
        // incidents », « note une flambée des prix »)
        "recrudescence",
        "multiplication",
        "flambée",
        "résurgence",
        "regain",
        // (« l'équipe a constaté une fonte record », « observe un déclin »)
        "fonte",
        "déclin",
        "érosion",
    ];
    // (« a constaté une perte de 4 mètres », a measured loss; not « a constaté la perte de
    // ses papiers », a thing found missing.)
    const MEASURED_LOSSES: &[&str] = &["perte", "pertes"];
    if !NOTICING.contains(&lemma) {
        return false;
    }
    let mut words = toks[at.min(toks.len())..]
        .iter()
        .skip_while(|t| is_adverb(t) || lexicon::TIME_WORDS.contains(&t.low.as_str()));
    let Some(det) = words.next() else {
        return false;
    };
    let indefinite = matches!(det.low.as_str(), "une" | "des");
    matches!(det.low.as_str(), "une" | "un" | "la" | "l'" | "le" | "des")
        && words.take(3).take_while(|t| t.word && !t.quoted).any(|t| {
            CHANGES.contains(&t.low.as_str())
                || indefinite && MEASURED_LOSSES.contains(&t.low.as_str())
        })
}

/// Texts whose « prévoit que » provides, not forecasts.
const STIPULATES: &[&str] = &[
    "loi",
    "texte",
    "projet",
    "décret",
    "accord",
    "contrat",
    "budget",
    "plan",
    "règlement",
    "article",
    "réforme",
    "traité",
    "convention",
    "amendement",
    "protocole",
    "dispositif",
    "programme",
    "calendrier",
    "lois",
    "textes",
    "accords",
    "contrats",
    "traités",
    "conventions",
    "constitution",
    "statuts",
];

/// A noun of people, bodies, media or documents (« étude », « chercheurs », « ministère »).
fn is_source_word(low: &str) -> bool {
    lexicon::SOURCE_NOUNS.contains(&low)
        || lexicon::ROLE_NOUNS.contains(&low)
        || lexicon::PEOPLE_NOUNS.contains(&low)
        || lexicon::ORG_WORDS.contains(&low)
        || lexicon::MEDIA_NOUNS.contains(&low)
}

/// « est d'avis que », « est d'accord avec le maire », « sont d'accord sur », « est du même
/// avis », with « avis » or « accord » at `i`: a form of « être » (negation, adverbs and « lui
/// aussi » around it), then the view (see [`view_after_etre`]).
fn of_the_view(toks: &[Tok], i: usize, verb: Verb) -> Option<Cue> {
    let view_start = view_after_etre(toks, i)?;
    let mut k = view_start.checked_sub(1)?;
    let mut negated = false;
    while k > 0 && between_etre_and_view(toks, k) {
        negated |= toks[k].low == "pas";
        k -= 1;
    }
    let etre = toks[k].low.as_str();
    if !ETRE.contains(&etre) || toks[k].quoted {
        return None;
    }
    let mut start = k;
    if start > 0 && matches!(toks[start - 1].low.as_str(), "ne" | "n'") {
        start -= 1;
    }
    Some(Cue {
        verb,
        group_start: start,
        cue_end: i + 1,
        inverted: None,
        conditional: matches!(etre, "serait" | "seraient"),
        negated,
        present: matches!(etre, "est" | "sont"),
        after_comme: false,
        participle: false,
    })
}

/// Where the words of a view held start, with its noun at `i`: « d'avis » before « que »,
/// « d'accord » before whom or what one agrees with (« avec », « sur », « pour », « que »;
/// not « un accord avec », « tombés d'accord », which the form of « être » before rules out),
/// « du même avis », « de cet avis ».
fn view_after_etre(toks: &[Tok], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    let next = word(i + 1);
    match (word(i.checked_sub(2)?), word(i - 1), word(i)) {
        (_, "d'", "avis") if matches!(next, "que" | "qu'") => Some(i - 1),
        (_, "d'", "accord") if matches!(next, "avec" | "sur" | "pour" | "que" | "qu'") => {
            Some(i - 1)
        }
        ("du", "même", "avis") | ("de", "cet", "avis") => Some(i - 2),
        _ => None,
    }
}

/// Whether the token at `k` may stand between « être » and the view it holds: an adverb,
/// negation among them (« est parfaitement d'accord », « n'est pas », « plutôt »), « lui
/// aussi », « elle-même ».
fn between_etre_and_view(toks: &[Tok], k: usize) -> bool {
    let low = toks[k].low.as_str();
    matches!(low, "lui" | "elle" | "eux" | "elles")
        || is_emphatic_pronoun(low)
        || is_adverb(&toks[k])
}

/// « part aux élus de », « part au conseil des »: « part », to whom (at most four words, no
/// verb or punctuation), then « de »; the index of « de ».
fn part_to_someone_of(toks: &[Tok], at: usize) -> Option<usize> {
    if toks.get(at)?.low != "part" || !matches!(toks.get(at + 1)?.low.as_str(), "à" | "au" | "aux")
    {
        return None;
    }
    for (k, t) in toks.iter().enumerate().take(at + 7).skip(at + 2) {
        if !t.word || t.quoted || lexicon::is_verb_form(t.low.as_str()) {
            return None;
        }
        if matches!(t.low.as_str(), "de" | "d'" | "du" | "des") {
            return (k > at + 2).then_some(k);
        }
    }
    None
}

/// Whether the verb group starting at `start` opens a relative clause set off by a comma
/// (« Le préfet, qui a requis l'anonymat, »).
fn relative_between_commas(toks: &[Tok], start: usize) -> bool {
    start >= 2
        && matches!(toks[start - 1].low.as_str(), "qui" | "lequel" | "laquelle")
        && toks[start - 2].low == ","
}

/// Whether the words outside quotes hold a verb in the conditional that is not a modal
/// (« concernerait », not « pourrait »: a modal is the speaker's own caution).
fn conditional_before(toks: &[Tok]) -> bool {
    toks.iter().enumerate().any(|(k, t)| {
        t.word
            && !t.quoted
            && lexicon::is_conditional(&t.low)
            && !["pourr", "devr", "voudr", "faudr", "saur"]
                .iter()
                .any(|m| t.low.starts_with(m))
            && !impersonal_advice(toks, k)
    }) && !unreal_hypothesis(toks)
}

/// « Selon elle, cela aurait posé un danger s'ils étaient restés », « si cela s'avérait, ce
/// serait grave, dit-il »: a conditional under a hypothesis (« si » + an imperfect or a
/// pluperfect, outside quotation marks) is the unreal, what would follow, not the article
/// hedging what it reports.
pub(super) fn unreal_hypothesis(toks: &[Tok]) -> bool {
    toks.iter().enumerate().any(|(k, t)| {
        // (« s'il », « s'ils », not the reflexive « s'était associée ».)
        let si = t.low == "si"
            || t.low == "s'"
                && toks
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.low.as_str(), "il" | "ils"));
        !t.quoted
            && si
            && toks[k + 1..].iter().take(5).any(|v| {
                !v.quoted
                    && v.word
                    && ["ait", "aient", "ais"].iter().any(|e| v.low.ends_with(e))
                    && v.low.len() > 4
            })
    })
}

/// Whether the conditional at `k` gives advice in the impersonal (« il serait plus prudent
/// de confier », « il vaudrait mieux attendre »): the speaker's own view, no hedge.
pub(super) fn impersonal_advice(toks: &[Tok], k: usize) -> bool {
    let impersonal =
        k > 0 && toks[k - 1].low == "il" && matches!(toks[k].low.as_str(), "serait" | "vaudrait");
    impersonal
        && toks[k + 1..].iter().take(5).enumerate().any(|(j, t)| {
            matches!(t.low.as_str(), "de" | "d'" | "mieux")
                && (t.low == "mieux" || infinitive_follows(toks, k + 2 + j))
        })
}

/// Whether the verb group `start..=i` stands where a verb reports only in an incise: inverted
/// (« ironise-t-il »), right after a quotation with its subject after it (« « … », lance le
/// ministre », « « … » lance le ministre »), or, when `before_colon`, before a colon or a
/// quotation (« il poursuit : « … » »).
fn in_incise(toks: &[Tok], start: usize, i: usize, inverted: bool, before_colon: bool) -> bool {
    let next = toks.get(i + 1);
    // (« ironisait hier en ces termes : « … » »: a few words before the colon.)
    let before_quote = next.is_some_and(|n| n.low == ":" || is_quote_mark_str(&n.low))
        || colon_quote_ahead(toks, i + 1);
    inverted || before_colon && before_quote || right_after_quote(toks, start, i)
}

/// Whether the verb group `start..=i` is an incise right after a quotation, as the open
/// incises' (`follows_quotation`): its subject inverted on the verb, or after it, a name or a
/// determiner (« « … », se désole le délégué syndical »), and nothing reported after it (no
/// « que », no new quotation, no verb of its own before the clause ends: « a-t-il tenu à
/// rappeler » is the infinitive's cue, led by « tenir à »).
fn incise_after_quotation(toks: &[Tok], start: usize, i: usize, inverted: bool) -> bool {
    let subject_after = || {
        toks.get(past_inserts(toks, i + 1))
            .is_some_and(|n| n.upper || lexicon::DETERMINERS.contains(&n.low.as_str()))
    };
    follows_quotation(toks, start, inverted)
        && (inverted || subject_after())
        && toks[i + 1..]
            .iter()
            .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?" | ";" | ","))
            .all(|t| {
                !t.quoted
                    && !is_quote_mark(t)
                    && !matches!(t.low.as_str(), "que" | "qu'")
                    && !lexicon::is_verb_form(t.low.as_str())
                    && (!is_infinitive(&t.low) || names_a_person(t))
            })
}

/// Whether a word after an incise's verb names its subject, though it ends as an infinitive
/// does (« le ministre », « le maire », « la secrétaire d'État », « le premier adjoint »,
/// « Pierre »): a role, a person or a name, not a verb of its own.
fn names_a_person(t: &Tok) -> bool {
    let low = t.low.as_str();
    t.upper
        || lexicon::ROLE_NOUNS.contains(&low)
        || lexicon::EXTRA_ROLE_WORDS.contains(&low)
        || lexicon::PEOPLE_NOUNS.contains(&low)
}

/// Whether the verb group `start..=i` follows a quotation (a comma between at most) and has
/// a word after it, maybe past an aside, its subject (« « … », lance le ministre », « « … »,
/// lance, hier soir, le ministre »).
fn right_after_quote(toks: &[Tok], start: usize, i: usize) -> bool {
    let Some(mut k) = start.checked_sub(1) else {
        return false;
    };
    if toks[k].low == "," {
        let Some(j) = k.checked_sub(1) else {
            return false;
        };
        k = j;
    }
    let quote_ends = toks[k].quoted || matches!(toks[k].low.as_str(), "»" | "”" | "\"");
    // A quotation opening the sentence or of a few words at least (« son discours,
    // « historique », lance … » quotes a word, not a statement).
    let quoted_words = toks[..k].iter().filter(|t| t.quoted && t.word).count();
    let opens_sentence = toks
        .first()
        .is_some_and(|t| t.quoted || is_quote_mark_str(&t.low));
    // (« « … », lance, hier soir, Jean Dupont », « lance, visiblement ému, le maire »: the
    // subject past an aside.)
    let subject_at = aside_from(toks, i + 1)
        .or_else(|| super::speaker::aside_before_subject(toks, i + 1))
        .unwrap_or(i + 1);
    quote_ends
        && (quoted_words >= 3 || opens_sentence)
        && toks
            .get(subject_at)
            .is_some_and(|n| n.word && !matches!(n.low.as_str(), "que" | "qu'"))
}

/// Whether « estimer à » puts a figure at `at` (« à 75 000 », « à plus de trois
/// milliards », « à près de la moitié »), or nothing in the clause says what is judged
/// (« que », a colon or a quotation): not a place or a medium (« à Lyon », « à l'AFP »,
/// before « que », or in an incise after the quotation it judges).
fn estimates_a_figure(toks: &[Tok], at: usize, incise: bool) -> bool {
    const QUANTITIES: &[&str] = &[
        "plus",
        "moins",
        "près",
        "environ",
        "quelque",
        "quelques",
        "plusieurs",
        "un",
        "une",
        "des",
        "au",
        "zéro",
        "la",
    ];
    let Some(first) = toks.get(at) else {
        return true;
    };
    let figure = first.low.chars().next().is_some_and(|c| c.is_ascii_digit())
        || QUANTITIES.contains(&first.low.as_str())
        || lexicon::CARDINALS.contains(&first.low.as_str())
            && toks.get(at + 1).is_some_and(|n| {
                n.low.chars().next().is_some_and(|c| c.is_ascii_digit())
                    || !n.upper && first.low != "la"
                    || matches!(n.low.as_str(), "moitié" | "tiers" | "quart")
            });
    figure
        || !incise
            && !toks[at..]
                .iter()
                .take_while(|t| !matches!(t.low.as_str(), "." | ";" | "!" | "?"))
                .any(|t| {
                    !t.quoted
                        && (matches!(t.low.as_str(), "que" | "qu'" | ":")
                            || is_quote_mark_str(&t.low))
                })
}

/// Whether `t`, after « se dire », says which side someone takes: « pour »,
/// « contre », or an adjective of readiness, openness, support or opposition (« prêts »,
/// « ouverte », « favorable », « opposés », « hostile », « déterminé », « solidaires »), in
/// any gender and number.
fn takes_a_side(t: &Tok) -> bool {
    const SIDES: &[&str] = &[
        "prêt",
        "favorable",
        "défavorable",
        "ouvert",
        "opposé",
        "hostile",
        "disposé",
        "déterminé",
        "résolu",
        "solidaire",
        "attaché",
        "partisan",
    ];
    !t.quoted
        && (matches!(t.low.as_str(), "pour" | "contre")
            || SIDES.iter().any(|s| t.low.starts_with(s)))
}

/// The kind of claim a verb carries where it stands: « soutient que » and « …, soutient-il »
/// maintain (a statement), « soutient le projet » supports (a position); « estime à 75 000 le
/// nombre » is an estimate; « a réitéré sa demande », « a exprimé son inquiétude » take the
/// kind of what they repeat or express.
fn kind_in_context(verb: Verb, toks: &[Tok], i: usize, start: usize, incise: bool) -> ClaimKind {
    let next_at = (i + 1..toks.len())
        .find(|&k| !(is_adverb(&toks[k]) || lexicon::TIME_WORDS.contains(&toks[k].low.as_str())));
    let next = next_at.map(|k| &toks[k]);
    let next_low = next.map(|t| t.low.as_str());
    let after_quote = start > 0 && (toks[start - 1].quoted || !toks[start - 1].word);
    // « C'est l'appel qu'a lancé X », « l'avertissement qu'a répété X »: of the kind of the
    // words the relative's verb says.
    if verb.kind == ClaimKind::Statement {
        if let Some(kind) = super::speaker::words_antecedent(toks, start).and_then(kind_of_words) {
            return kind;
        }
    }
    // « X est inquiet : « … » »: the words quoted after a feeling are a statement.
    if verb.lemma == "être hostile" && next_low == Some(":") {
        return ClaimKind::Statement;
    }
    // « adresse une mise en garde », « multiplie les critiques »: of the kind of its noun.
    if let Some((_, kind)) = light_verbs::speech_noun_after(verb.lemma, toks, i + 1) {
        return kind;
    }
    // « a réagi avec scepticisme »: a reaction told by the feeling it shows is a stance.
    if verb.lemma == "réagir" && with_a_feeling(toks, i + 1) {
        return ClaimKind::Position;
    }
    match verb.lemma {
        // « a écarté cette hypothèse », « exclut la piste criminelle »: an idea denied (not
        // « n'exclut pas cette piste », which keeps it open).
        "exclure" | "écarter"
            if !toks[start..i]
                .iter()
                .any(|t| matches!(t.low.as_str(), "ne" | "n'"))
                && names_a_noun_of(toks, i + 1, &[ENVISAGED]) =>
        {
            return ClaimKind::Denial;
        }
        // « se disent ouvertes à de nouvelles négociations », « se sont dits prêts à », « se
        // dit contre le projet »: a side taken; « s'est dit « outré » », « se disent très
        // déçus »: a feeling said of oneself (see `said_of_oneself`).
        // (Not yet « se déclarer favorable »: `cue_tests::senses_that_report_nothing` holds
        // it a statement.)
        "dire"
            if toks[start..i]
                .iter()
                .any(|t| matches!(t.low.as_str(), "se" | "s'"))
                && (next.is_some_and(takes_a_side)
                    || said_of_oneself::feeling_said_of_oneself(toks, i)) =>
        {
            return ClaimKind::Position;
        }
        // « conteste la décision », « contestaient leur mise à l'écart », « a contesté le
        // penalty »: an act or a decision challenged, a stance; what was said, counted or
        // imputed contested (« conteste les accusations », « les chiffres », « toute fraude »),
        // « conteste que », « conteste avoir … » and an incise deny.
        "contester"
            if !incise
                && !right_after_quote(toks, start, i)
                && match relative_que_before(toks, start) {
                    // (« Les chiffres de la préfecture, que contestent les syndicats, »: what is
                    // contested is the antecedent, read as before a participle.)
                    Some(que) => !asserted_before(toks, que),
                    None => challenges_an_act(toks, start, next_at),
                } =>
        {
            return ClaimKind::Position;
        }
        "soutenir"
            if incise
                || after_quote
                || matches!(next_low, Some("que" | "qu'" | ":" | ","))
                || next.is_some_and(|n| is_quote_mark_str(&n.low)) =>
        {
            return ClaimKind::Statement;
        }
        // (« a estimé à l'AFP que », « a estimé mardi à Lyon que »: to whom or where, then
        // the judgement.)
        "estimer"
            if matches!(next_low, Some("à" | "au" | "aux"))
                && next_at
                    .is_some_and(|a| estimates_a_figure(toks, a + 1, incise || after_quote)) =>
        {
            return ClaimKind::Statement
        }
        // « présente la réforme comme une trahison » judges it; « se présente comme » says
        // who one is.
        "présenter comme"
            if !toks[start..i]
                .iter()
                .any(|t| matches!(t.low.as_str(), "se" | "s'")) =>
        {
            return ClaimKind::Position;
        }
        // « s'est montré inquiet », « se veut pessimiste »: a feeling shown, a stance (README
        // « Session 19 »: feelings narrated are positions).
        "montrer" | "se vouloir"
            if next_low.is_some_and(|w| w.starts_with("inqui") || w.starts_with("pessimist")) =>
        {
            return ClaimKind::Position;
        }
        // « s'est montré défavorable au projet », « se sont montrés satisfaits »: a side shown.
        "montrer" if next_low.is_some_and(shows_a_side) => return ClaimKind::Position,
        // « s'emporte contre la ministre »: a stance (see RAILING).
        lemma if idioms::RAILING.contains(&lemma) && next_low == Some("contre") => {
            return ClaimKind::Position;
        }
        "crier" if next_low == Some("victoire") => return ClaimKind::Statement,
        "crier" if matches!(next_low, Some("au" | "à")) => return ClaimKind::Position,
        // « met en cause », « a mis en doute »: a stance; « a mis en évidence »: a finding.
        "mettre en garde" if next_low == Some("en") => {
            match next_at
                .and_then(|k| toks.get(k + 1))
                .map(|t| t.low.as_str())
            {
                Some("garde") => {}
                Some("évidence") => return ClaimKind::Statement,
                Some(w) if lexicon::STRESSED.contains(&w) => return ClaimKind::Statement,
                // « a mis en demeure la société de … »: a formal call.
                Some("demeure") => return ClaimKind::Call,
                _ => return ClaimKind::Position,
            }
        }
        // « a mis au défi le ministre de … »: a challenge, a call.
        "mettre en garde" if next_low == Some("au") => return ClaimKind::Call,
        // « a tenu des propos rassurants »: words said, not blame.
        // (« le même discours »: the noun after an adjective.)
        "tenir responsable"
            if next_at.is_some_and(|k| {
                toks.iter()
                    .skip(k + 1)
                    .take(2)
                    .any(|t| matches!(t.low.as_str(), "propos" | "discours" | "langage"))
            }) =>
        {
            return ClaimKind::Statement;
        }
        // « …, appuie-t-il »: an incise stresses what is said (a side taken only before what
        // it supports, « appuie la demande »).
        "appuyer" if !names_a_noun_of(toks, i + 1, SUPPORTED) => {
            return ClaimKind::Statement;
        }
        // « a défendu la réforme »: a stance (see `DEFENDED_STANCES`).
        "défendre" if names_a_noun_of(toks, i + 1, DEFENDED) => {
            return ClaimKind::Position;
        }
        "défendre"
            if matches!(next_low, Some("de" | "d'" | "du" | "des"))
                && toks[start..i]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "se" | "s'")) =>
        {
            return ClaimKind::Denial;
        }
        // « a donné pour consigne de », « a donné ordre de »: a call.
        "donner" if matches!(next_low, Some("pour" | "consigne" | "ordre")) => {
            return ClaimKind::Call;
        }
        // « a donné raison aux riverains », « donne tort au ministre »: siding with someone.
        "donner" if matches!(next_low, Some("raison" | "tort")) => return ClaimKind::Position,
        // « a apporté des précisions »: details, not a denial.
        "apporter un démenti" if follows(toks, i + 1, lexicon::DETAILS_GIVEN).is_some() => {
            return ClaimKind::Statement;
        }
        // « a plaidé non coupable » denies; « plaide coupable » admits; « plaide la relaxe »
        // asks.
        "plaider" if matches!(next_low, Some("non" | "non-coupable")) => {
            return ClaimKind::Denial;
        }
        "plaider"
            if follows(
                toks,
                i + 1,
                &["son innocence", "leur innocence", "l' innocence"],
            )
            .is_some() =>
        {
            return ClaimKind::Denial;
        }
        // (In an incise after a quotation, « « … », a plaidé la CGT », what follows is the
        // subject, not what is pleaded.)
        "plaider"
            if !incise
                && !right_after_quote(toks, start, i)
                && matches!(next_low, Some("coupable" | "la"))
                && follows(toks, i + 1, &["la relaxe"]).is_none() =>
        {
            return ClaimKind::Statement;
        }

        // « a suggéré que la croissance est repartie »: a view put forward; a call only with
        // an infinitive or a subjunctive (« suggère de reporter », « … que la fête soit
        // reportée »).
        "suggérer"
            if matches!(next_low, Some("que" | "qu'"))
                && next_at.is_some_and(|k| asserted_clause::asserts(toks, k + 1)) =>
        {
            return ClaimKind::Statement;
        }
        // « « Le feu progresse », a décrit le capitaine »: an incise tells what is seen;
        // « décrit la réforme comme une erreur » judges.
        "décrire comme" if incise || right_after_quote(toks, start, i) => {
            return ClaimKind::Statement;
        }
        // « Son parti lui faisait grief d'avoir … »: a reproach.
        "faire savoir" if next_low == Some("grief") => return ClaimKind::Position,
        _ => {}
    }
    if verb.kind != ClaimKind::Statement {
        return verb.kind;
    }
    // « a fait part de son inquiétude », « fait part de leur colère »: what is shared comes
    // after « part de ».
    let next_at = match next_at {
        Some(k)
            if verb.lemma == "faire savoir"
                && toks[k].low == "part"
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "de" | "d'")) =>
        {
            Some(k + 2)
        }
        other => other,
    };
    let next = next_at.and_then(|k| toks.get(k));
    // « a réitéré sa demande », « exprime ses craintes », « a renouvelé son soutien »
    let determiner = next.is_some_and(|n| lexicon::DETERMINERS.contains(&n.low.as_str()))
        || next_at.is_some_and(|k| possessive(toks, k));
    // (« lance un nouvel appel », « un ultime cri d'alarme »)
    let noun_at = next_at.map(|k| {
        k + 1
            + usize::from(toks.get(k + 1).is_some_and(|t| {
                LAUNCH_ADJECTIVES.contains(&t.low.as_str()) || lexicon::ranks(&t.low)
            }))
    });
    let noun = noun_at.and_then(|k| toks.get(k)).map(|t| t.low.as_str());
    match noun {
        Some(noun) if determiner => {
            if matches!(
                noun,
                "demande"
                    | "demandes"
                    | "appel"
                    | "appels"
                    | "exigence"
                    | "exigences"
                    | "requête"
                    | "consigne"
                    | "consignes"
                    | "ordre"
                    | "instructions"
                    | "recommandation"
                    | "recommandations"
                    | "ultimatum"
            ) {
                ClaimKind::Call
            } else if matches!(noun, "cri" | "signal" | "message")
                && noun_at.is_some_and(|k| sounds_the_alarm(toks, k + 1))
                || matches!(noun, "alerte" | "alarme")
            {
                // « lance un cri d'alarme », « un signal d'alerte », « a donné l'alerte »
                ClaimKind::Warning
            } else if noun == "avertissement" {
                ClaimKind::Warning
            } else if matches!(
                noun,
                // (« exprime ses craintes », « fait part de son inquiétude »: a feeling voiced,
                // a stance as « se dit inquiet » is.)
                "inquiétude"
                    | "inquiétudes"
                    | "crainte"
                    | "craintes"
                    | "préoccupation"
                    | "soutien"
                    | "opposition"
                    | "désaccord"
                    | "refus"
                    | "hostilité"
                    | "indignation"
                    | "solidarité"
                    | "attachement"
                    // (« exprime son ras-le-bol », « leur colère »: disapproval voiced.)
                    | "colère"
                    | "mécontentement"
                    | "ras-le-bol"
                    | "exaspération"
                    | "agacement"
                    | "désapprobation"
                    | "déception"
                    | "satisfaction"
            ) {
                ClaimKind::Position
            } else {
                verb.kind
            }
        }
        _ => verb.kind,
    }
}

/// The first token from `k` past determiners and the rank or time adjectives before a noun
/// (« à son propre ministre », « au nouveau gouvernement », « à l'ancienne ministre »).
fn past_determiners(toks: &[Tok], mut k: usize) -> usize {
    while toks.get(k).is_some_and(|t| {
        lexicon::DETERMINERS.contains(&t.low.as_str())
            || matches!(
                t.low.as_str(),
                "premier" | "première" | "nouveau" | "nouvelle" | "ancien" | "ancienne" | "propre"
            )
    }) {
        k += 1;
    }
    k
}

/// Whether « s'attaquer » reaches a person or a political body after « à » from token `at`
/// (« à M. Leblanc », « au premier ministre », « à Jean Roux », « au gouvernement »), not a
/// place, a position or a problem (« aux positions de l'armée », « au chômage »).
fn attacks_a_person(toks: &[Tok], at: usize) -> bool {
    let Some(a) = follows(toks, at, &["à", "au", "aux"]) else {
        return false;
    };
    let k = past_determiners(toks, a + 1);
    toks.get(k).is_some_and(|t| {
        let low = t.low.as_str();
        t.word
            && (lexicon::TITLES.contains(&low)
                || lexicon::ROLE_NOUNS.contains(&low)
                || t.upper && lexicon::is_first_name(low)
                || matches!(
                    low,
                    "gouvernement"
                        | "exécutif"
                        | "opposition"
                        | "majorité"
                        | "patronat"
                        | "syndicats"
                ))
    })
}

/// The token after a letter written (« une lettre ouverte », « un courrier ») at `at`, or `at`.
fn letter_after(toks: &[Tok], at: usize) -> usize {
    let word = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    if !matches!(word(at), "un" | "une")
        || !matches!(
            word(at + 1),
            "lettre" | "courrier" | "message" | "mail" | "courriel" | "mot" | "missive"
        )
    {
        return at;
    }
    if word(at + 2) == "ouverte" {
        at + 3
    } else {
        at + 2
    }
}

/// Whether the clause after « écrire à X » from `at` gives what was written: « que », a colon
/// or a quotation before the clause ends (a comma before « qui », « mais », a full stop).
fn writes_words(toks: &[Tok], at: usize) -> bool {
    for (k, t) in toks.iter().enumerate().skip(at) {
        // (« pour annoncer la fermeture », « pour lui demander »: the purpose says it.)
        if t.quoted
            || is_quote_mark_str(&t.low)
            || matches!(t.low.as_str(), "que" | "qu'" | ":" | "pour")
        {
            return true;
        }
        if t.low == "."
            || t.low == ","
                && toks
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.low.as_str(), "qui" | "mais" | "et" | "lequel"))
        {
            return false;
        }
    }
    false
}

/// Whether « d'alarme » or « d'alerte » stands at `at`.
fn sounds_the_alarm(toks: &[Tok], at: usize) -> bool {
    toks.get(at).is_some_and(|t| t.low == "d'")
        && toks
            .get(at + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "alarme" | "alerte"))
}

/// Whether « s'en prendre à » at `i` (its verb group from `start`) attacks in words: in a
/// speech setting (a quotation, « dans un discours », « sur X », « lors d'un meeting »), or at
/// a person in office, a named person, a body or a policy (« au gouvernement », « à la
/// ministre », « à Paul Martin », « à la réforme ») when nothing says blows were struck (« à
/// coups de », « frappé ») and the subject is no rioter or assailant. Not at things or
/// bystanders (« aux vitrines », « aux forces de l'ordre », « à un passant »).
fn attack_in_words(toks: &[Tok], start: usize, i: usize) -> bool {
    let outside = || toks.iter().filter(|t| t.word && !t.quoted);
    if toks.iter().any(|t| t.quoted && t.word)
        || outside().any(|t| lexicon::SPEECH_SETTINGS.contains(&t.low.as_str()))
    {
        return true;
    }
    // (« une quarantaine de personnes sont venues s'en prendre à la gendarmerie », « des
    // dizaines de jeunes s'en sont pris à la mairie »: a crowd counted assaults.)
    if outside().any(|t| lexicon::BLOWS.contains(&t.low.as_str()))
        || subject_words(toks, start).any(|w| lexicon::ROUGH_ACTORS.contains(&w))
        || senses::counted_crowd(toks, start)
    {
        return false;
    }
    // (« s'en est pris à la ministre », « a pris à partie la ministre »)
    let Some(a) = follows(toks, i + 1, &["à partie", "à", "au", "aux"]) else {
        return false;
    };
    let k = past_determiners(toks, a + 1);
    toks.get(k).is_some_and(|t| {
        let low = t.low.as_str();
        t.word
            && !lexicon::PHYSICAL_TARGETS.contains(&low)
            && (lexicon::TITLES.contains(&low)
                || lexicon::ROLE_NOUNS.contains(&low)
                || lexicon::ORG_WORDS.contains(&low)
                || lexicon::MEDIA_NOUNS.contains(&low)
                || lexicon::ATTACKED_IN_WORDS.contains(&low)
                || lexicon::POLICIES.contains(&low)
                || t.upper)
    })
}

/// Whether « accuser » at `at - 1` shows a figure or takes a blow (« une baisse », « un
/// recul », « le coup »), not a charge.
fn accuses_a_figure(toks: &[Tok], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map(|t| t.low.as_str());
    let (det, noun) = (word(at), word(at + 1));
    matches!((det, noun), (Some("le"), Some("coup")))
        || det.is_some_and(|d| matches!(d, "un" | "une" | "des" | "d'" | "de"))
            && noun.is_some_and(|n| {
                matches!(
                    n,
                    "baisse"
                        | "hausse"
                        | "recul"
                        | "chute"
                        | "perte"
                        | "pertes"
                        | "déficit"
                        | "retard"
                        | "repli"
                        | "progression"
                        | "ralentissement"
                        | "fléchissement"
                        | "net"
                        | "léger"
                        | "sérieux"
                )
            })
}

/// What « exprimer » conveys without claiming anything (« ses condoléances »).
const COURTESIES: &[&str] = &[
    "condoléances",
    "sympathie",
    "gratitude",
    "remerciements",
    "reconnaissance",
    "félicitations",
    "compassion",
];

/// Verbs that need a particle or a clause after them (see `Verb::needs_next`) but report a
/// quotation without it in an incise.
const SPEECH_WITHOUT_PARTICLE: &[&str] = &[
    "proclamer",
    "rejeter",
    "balayer",
    "appeler",
    "inviter",
    "plaider",
    "protester",
    "souhaiter",
    "espérer",
    "penser",
    "croire",
    "jurer",
    "garantir",
    "certifier",
    "objecter",
    "alléguer",
    "maintenir",
    "proposer",
    "riposter",
    "insinuer",
    "rajouter",
    "divulguer",
    // « …, informe la mairie », « …, spécifie le règlement », « …, atteste le laboratoire »,
    // « …, stipule le directeur »: verbs of telling that otherwise take a « que » clause.
    "informer",
    "spécifier",
    "stipuler",
    "attester",
    "notifier",
];

/// Verbs that report only in an incise or before a quotation (see `Verb::incise_only`) but
/// report a « que » clause too (« a lancé que », « a soufflé qu'il partirait », « s'exclame
/// que », « tranche que »): verbs of saying whose other sense takes an object, not a clause.
const INCISE_VERBS_BEFORE_QUE: &[&str] = &[
    "lancer",
    // (« La ministre avance en revanche que … »: put forward.)
    "avancer",
    "plaisanter",
    "s'exclamer",
    "s'écrier",
    "enchaîner",
    "soupirer",
    "souffler",
    "glisser",
    "lâcher",
    "s'agacer",
    "s'amuser",
    "s'énerver",
    "trancher",
    "asséner",
    "hurler",
    "crier",
    "tonner",
    "murmurer",
    "chuchoter",
    "rectifier",
    "corriger",
    "renchérir",
    "pester",
    "ironiser",
    "nuancer",
    "tempérer",
    "résumer",
    "fulminer",
    "compléter",
    "marmonner",
    "grommeler",
    "vociférer",
    "claironner",
    "susurrer",
    "bougonner",
    "ronchonner",
    "rabâcher",
    "seriner",
];

/// Whether the verb group `start..=i` follows « comme » or « ce que » with its subject after it
/// (« comme l'explique X », « comme devait conclure X », « ce que soulignent les délégués »,
/// « ainsi que l'a rappelé le maire »).
fn subject_after(toks: &[Tok], start: usize, i: usize) -> bool {
    let mut k = start;
    while k > 0
        && matches!(
            toks[k - 1].low.as_str(),
            "l'" | "le" | "en" | "devait" | "allait" | "a" | "avait" | "tient" | "tenait" | "à"
        )
    {
        k -= 1;
    }
    let ce_que = k >= 2
        && matches!(toks[k - 1].low.as_str(), "que" | "qu'")
        && matches!(toks[k - 2].low.as_str(), "ce" | "ainsi");
    (k > 0 && toks[k - 1].low == "comme" || ce_que)
        && toks
            .get(i + 1)
            .is_some_and(|n| n.word && !matches!(n.low.as_str(), "que" | "qu'"))
}

/// Whether the clause from token `at` reaches a colon that opens a quotation, with no other
/// punctuation and at most eight words before it (« répond dans un entretien : « … » »).
fn colon_quote_ahead(toks: &[Tok], at: usize) -> bool {
    for (k, t) in toks.iter().enumerate().skip(at).take(9) {
        if t.low == ":" {
            return toks.get(k + 1).is_some_and(|n| is_quote_mark_str(&n.low));
        }
        if !t.word || t.quoted {
            return false;
        }
    }
    false
}

/// Whether an adjunct opening at token `at` (a preposition or a comma: « dans un communiqué »,
/// « , pour sa part, ») leads, within a few words and no other verb, to « que »: what the verb
/// reports. A plain object (« décrit les mesures que … ») is no adjunct.
fn que_after_adjunct(toks: &[Tok], at: usize) -> bool {
    let at = past_time_and_adverbs(toks, at);
    let Some(first) = toks.get(at) else {
        return false;
    };
    // (« ajoute, de son côté, que »: past an adverbial phrase between commas, the « que ».)
    if at > 0 && toks[at - 1].low == "," && matches!(first.low.as_str(), "que" | "qu'") {
        return !first.quoted;
    }
    adjuncts_reach(toks, at, |k| {
        !toks[k].quoted && matches!(toks[k].low.as_str(), "que" | "qu'")
    })
}

/// Whether only the press's inserts stand from token `at` up to token `end` (a colon after a
/// verb: « s'offusque dans un communiqué : », « rejette auprès de l'AFP : », « dénonce, sur
/// France Inter, : », « prévient ce mardi : »): time phrases, adverbs, and phrases opened by
/// a preposition or a comma, no verb and no second noun phrase (not « dénonce dans un
/// communiqué les mesures : »).
pub(super) fn only_inserts_between(toks: &[Tok], at: usize, end: usize) -> bool {
    let at = past_time_and_adverbs(toks, at);
    at == end || adjuncts_reach(toks, at, |k| k == end)
}

/// The first token from `at` past time phrases, adverbs and adverbial phrases (« explique
/// mardi », « écrit ce matin », « affirme également »): where an adjunct may open.
fn past_time_and_adverbs(toks: &[Tok], at: usize) -> usize {
    let mut at = past_inserts(toks, at);
    while toks
        .get(at)
        .is_some_and(|t| lexicon::TIME_WORDS.contains(&t.low.as_str()) || is_adverb(t))
    {
        at += 1;
    }
    at
}

/// Whether phrases opened at token `at` by a preposition or a comma (« dans un communiqué »,
/// « auprès de l'AFP », « , dans un tract, ») run, within twelve tokens, to a token `ends`
/// accepts: no quotation, no other punctuation, no verb, no relative, no second noun phrase
/// inside one phrase (« dans le décret les conditions » holds the verb's object).
fn adjuncts_reach(toks: &[Tok], at: usize, ends: impl Fn(usize) -> bool) -> bool {
    let Some(first) = toks.get(at) else {
        return false;
    };
    if !(first.low == "," || lexicon::PREPOSITIONS.contains(&first.low.as_str())) {
        return false;
    }
    // Words seen since the last preposition or comma: a determiner after them opens a second
    // noun phrase, the verb's object (« indique dans le décret les conditions que … »).
    let mut words_in_phrase = false;
    for (k, t) in toks.iter().enumerate().skip(at + 1).take(12) {
        let low = t.low.as_str();
        if ends(k) {
            return true;
        }
        if t.quoted || matches!(low, "." | ";" | ":" | "!" | "?" | "(" | ")") {
            return false;
        }
        // « déclare en recevant le trophée que »: a gerund opens an adjunct like a
        // preposition.
        if toks[k - 1].low == "en" && !t.upper && low.ends_with("ant") {
            words_in_phrase = false;
            continue;
        }
        if low == ","
            || matches!(low, "de" | "d'" | "du" | "des")
            || lexicon::PREPOSITIONS.contains(&low)
        {
            words_in_phrase = false;
            continue;
        }
        if lexicon::DETERMINERS.contains(&low) {
            if words_in_phrase {
                return false;
            }
            continue;
        }
        words_in_phrase = true;
        if lexicon::is_verb_form(t.low.as_str())
            || lexicon::AUXILIARIES.contains(&t.low.as_str())
            || matches!(t.low.as_str(), "qui" | "dont" | "où")
        {
            return false;
        }
    }
    false
}

/// Whether the quotation opening within three tokens after `at` starts with a lower-case
/// word (« des « bourrages massifs » », not the title « des « Misérables » »).
fn quoted_words_in_lower_case(toks: &[Tok], at: usize) -> bool {
    toks[at + 1..]
        .iter()
        .take(4)
        .find(|t| t.quoted && t.word)
        .is_some_and(|t| !t.upper && !t.caps)
}

/// The index of « de » (« d' », « du », « des ») when « parler » is followed by a short
/// adjunct of where or to whom (« sur X (anciennement Twitter) », « devant la presse »,
/// « dans un communiqué ») and then « de » and a quotation in lower case: « parle sur la
/// radio nationale d'une « catastrophe » ». No verb, comma or quotation inside the adjunct.
fn speaks_of_after_adjunct(toks: &[Tok], at: usize) -> Option<usize> {
    let first = toks.get(at)?;
    if !matches!(
        first.low.as_str(),
        "sur" | "à" | "au" | "aux" | "dans" | "devant" | "lors" | "chez"
    ) {
        return None;
    }
    for k in at + 2..(at + 9).min(toks.len()) {
        let t = &toks[k];
        if t.quoted || is_quote_mark_str(&t.low) {
            return None;
        }
        if !t.word && !matches!(t.low.as_str(), "(" | ")") {
            return None;
        }
        if matches!(t.low.as_str(), "de" | "d'" | "du" | "des") {
            let quote_next = toks[k + 1..]
                .iter()
                .take(2)
                .any(|n| is_quote_mark_str(&n.low));
            return (quote_next && quoted_words_in_lower_case(toks, k)).then_some(k);
        }
        if is_aux(&t.low)
            || lexicon::is_verb_form(t.low.as_str())
            || matches!(t.low.as_str(), "que" | "qu'" | "qui")
        {
            return None;
        }
    }
    None
}

/// Verbs of saying whose plain direct object gives them another sense (see [`find_verb`]).
const OBJECT_SENSE: &[&str] = &[
    "assurer",
    "repérer",
    "confier",
    "relever",
    "noter",
    "observer",
    // (« Les voisins ont remarqué un homme suspect »: seen; « a remarqué que » reports.)
    "remarquer",
    "rapporter",
    "déclarer",
    // (« a concédé la victoire », « concède un penalty »: a defeat, no admission.)
    "concéder",
    // (« Les pompiers ont constaté le décès », « a constaté les dégâts »: a finding on the
    // spot, no claim; « a constaté que », « constate une baisse » report.)
    "constater",
];

/// Past the place where a verb of noticing saw its object (« ont relevé sur place des
/// traces », « a remarqué sur la victime un tatouage »): « sur place », or « sur » and a
/// determiner and a noun, right after the verb. Other verbs, or no such place: `at`.
fn past_place_seen(lemma: &str, toks: &[Tok], at: usize) -> usize {
    let word = |k: usize| toks.get(k).filter(|t| t.word && !t.quoted && !t.upper);
    if !NOTICING.contains(&lemma) || word(at).is_none_or(|t| t.low != "sur") {
        return at;
    }
    // (« a noté sur les réseaux sociaux que », « a relevé sur la chaîne publique que »: the
    // medium where the words were given, their « que » or colon a few words on; no object.)
    let words_after_place = toks[at + 1..]
        .iter()
        .take(6)
        .take_while(|t| t.low != ",")
        .any(|t| !t.quoted && matches!(t.low.as_str(), "que" | "qu'" | ":"));
    if words_after_place {
        return at;
    }
    if word(at + 1).is_some_and(|t| t.low == "place") {
        return at + 2;
    }
    let determiner = word(at + 1).is_some_and(|t| lexicon::DETERMINERS.contains(&t.low.as_str()));
    if determiner && word(at + 2).is_some() {
        return at + 3;
    }
    at
}

/// Whether the participle group at `start` follows, with no comma, a noun phrase of a
/// prepositional phrase (see [`super::speaker::noun_in_phrase_before`]) whose head is a
/// lowercase noun that names no one who speaks, no document and no hearsay (« une croyance
/// locale », « une plainte »; not « un sondage », « un autre », « la famille », « une rumeur »).
fn held_by_a_thing(toks: &[Tok], start: usize) -> bool {
    let Some((from, to)) = super::speaker::noun_in_phrase_before(toks, start) else {
        return false;
    };
    let Some(head) = toks[from..=to].iter().find(|t| {
        !lexicon::DETERMINERS.contains(&t.low.as_str())
            && !super::speaker::ROLE_ADJECTIVES.contains(&t.low.as_str())
    }) else {
        return false;
    };
    let singular = head.low.strip_suffix('s').unwrap_or(&head.low);
    lexicon::DETERMINERS.contains(&toks[from].low.as_str())
        && head.word
        && !head.upper
        && !head.quoted
        && ![head.low.as_str(), singular]
            .iter()
            .any(|w| super::speaker::can_speak(w) || super::speaker::DOCUMENTS.contains(w))
        // (Hearsay relays someone unnamed: « une rumeur affirmant que » stays anonymous; « un
        // autre », « l'un » stand for someone.)
        && !matches!(singular, "rumeur" | "bruit" | "autre" | "un" | "une" | "même")
}

/// Whether a plain noun phrase (a determiner or a bare noun, not « que », a colon, a quotation,
/// an infinitive of state or an adjunct) follows the verb, adverbs and time words skipped.
fn object_follows(toks: &[Tok], at: usize) -> bool {
    // (« déclare ce mercredi que », « a assuré la veille que »: a time phrase is no object.)
    let at = past_inserts(toks, at);
    let Some(next) = toks[at.min(toks.len())..]
        .iter()
        .find(|t| !(is_adverb(t) || lexicon::TIME_WORDS.contains(&t.low.as_str())))
    else {
        return false;
    };
    let low = next.low.as_str();
    next.word
        && !next.quoted
        && !next.upper
        && !matches!(low, "que" | "qu'" | "avoir" | "être" | "ne" | "n'")
        && !lexicon::PREPOSITIONS.contains(&low)
        && !matches!(low, "de" | "d'" | "du")
}

/// Whether what follows « exclure » or « écarter » is ruled out, not expelled: « tout recul »,
/// « toute hausse », « de démissionner », « que … » (adverbs and time words skipped).
fn rules_out(toks: &[Tok], at: usize) -> bool {
    toks[at.min(toks.len())..]
        .iter()
        .find(|t| !(is_adverb(t) || lexicon::TIME_WORDS.contains(&t.low.as_str())))
        .is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "tout" | "toute" | "tous" | "toutes" | "de" | "d'" | "que" | "qu'"
            )
        })
}

/// What « défendre » defends when it takes a stance in words, beside [`lexicon::POLICIES`] and
/// [`lexicon::PROPOSALS`] (« a défendu la réforme », « défend son bilan », « l'idée d'une
/// taxe »): a measure, a text, a plan (« ses mesures », « l'amendement »), not a title, a place,
/// a client or a position (« les soldats défendent leur position », held by arms).
const DEFENDED_STANCES: &[&str] = &[
    "mesure",
    "mesures",
    "publication",
    "approche",
    "amendement",
    "budget",
    "plan",
    "version",
    "principe",
];

/// Everything « défendre » defends in words (see [`DEFENDED_STANCES`]).
const DEFENDED: &[&[&str]] = &[lexicon::POLICIES, lexicon::PROPOSALS, DEFENDED_STANCES];

/// Everything « appuyer » supports in words (see [`lexicon::SUPPORTED`]).
const SUPPORTED: &[&[&str]] = &[lexicon::SUPPORTED, lexicon::PROPOSALS];

/// What « exclure » and « écarter » rule out when they say something (« a écarté cette
/// hypothèse », « exclut la piste criminelle », « écarte l'idée d'un report »), not a person
/// or a crowd put aside.
const ENVISAGED: &[&str] = &[
    "hypothèse",
    "hypothèses",
    "piste",
    "pistes",
    "possibilité",
    "scénario",
    "option",
    "éventualité",
    "idée",
    "thèse",
    "rumeur",
    "rumeurs",
    "accusation",
    "accusations",
];

/// Whether a determiner after `at` (adverbs and time words skipped) is followed, at most two
/// adjectives or adverbs between, by one of `nouns`: « une grande satisfaction », « sa très
/// vive inquiétude », « sa demande », « les derniers chiffres ».
fn names_a_noun_of(toks: &[Tok], at: usize, nouns: &[&[&str]]) -> bool {
    // (Besides the adjectives [`prenominal`] knows: degree adverbs and the adjectives of
    // intensity that stand before a feeling, « une profonde inquiétude », « sa pleine
    // satisfaction ».)
    const BETWEEN: &[&str] = &[
        "grande",
        "grand",
        "profonde",
        "profond",
        "totale",
        "total",
        "entière",
        "entier",
        "pleine",
        "plein",
        "réelle",
        "réel",
        "certaine",
        "certain",
        "net",
        "franche",
        "franc",
        "spéciale",
        "spécial",
        "fort",
        "très",
        "si",
        "plus",
    ];
    let Some(det) = toks[at.min(toks.len())..]
        .iter()
        .position(|t| !(is_adverb(t) || lexicon::TIME_WORDS.contains(&t.low.as_str())))
        .map(|k| at + k)
    else {
        return false;
    };
    let is_determiner = |t: &Tok| {
        lexicon::DETERMINERS.contains(&t.low.as_str()) || matches!(t.low.as_str(), "de" | "d'")
    };
    if !toks
        .get(det)
        .is_some_and(|t| (is_determiner(t) || possessive(toks, det)) && !t.quoted)
    {
        return false;
    }
    toks[det + 1..]
        .iter()
        .take(3)
        .take_while(|t| t.word)
        .scan(true, |open, t| {
            // Only adjectives before the noun: stop after the first other word.
            let this = *open;
            *open = BETWEEN.contains(&t.low.as_str()) || prenominal(&t.low);
            this.then_some(t)
        })
        .any(|t| lexicon::in_any(nouns, &t.low))
}

/// What is asserted or imputed, denied when it is contested: « conteste les faits », « conteste
/// sa responsabilité », « conteste l'authenticité de la lettre », « un avis contesté par », « les
/// statistiques contestées par »; an act one is charged with (« conteste le meurtre », « les
/// violences »; the incidents of `idioms::names_an_incident` too): contesting a crime denies it,
/// whoever is said to have committed it. One's part in an act is [`PART_TAKEN`].
const ASSERTED: &[&str] = &[
    "viol",
    "viols",
    "violences",
    "agression",
    "agressions",
    "vol",
    "vols",
    "fraude",
    "fraudes",
    "détournement",
    "détournements",
    "harcèlement",
    "crime",
    "crimes",
    "délit",
    "délits",
    "avis",
    "analyse",
    "diagnostic",
    "conclusion",
    "conclusions",
    "témoignage",
    "témoignages",
    "fait",
    "faits",
    "responsabilité",
    "responsabilités",
    "culpabilité",
    "implication",
    "existence",
    "réalité",
    "véracité",
    "authenticité",
    "matérialité",
    "étude",
    "études",
    "rapport",
    "rapports",
    "estimations",
    "statistiques",
    "données",
];

/// Someone's part in a thing (« la présence », « la participation », « le rôle »): denied
/// when it is the contester's own (« conteste sa présence sur les lieux », « leur rôle dans
/// l'agression »), charged to someone (« la participation qui lui est reprochée ») or contested
/// by a defendant ([`DEFENDANTS`]) and no one else's ([`part_left_unowned`]); « contester la
/// présence d'une antenne », « le rôle de l'armée dans la transition », a defendant's « le rôle
/// de la police » challenge a state of things, a stance.
pub(super) const PART_TAKEN: &[&str] = &["présence", "participation", "rôle"];

/// Who stands accused in court news (« l'accusé », « le prévenu », « la suspecte »): what
/// they contest of an act is their part in it, denied.
pub(super) const DEFENDANTS: &[&str] = &[
    "accusé",
    "accusée",
    "accusés",
    "accusées",
    "prévenu",
    "prévenue",
    "prévenus",
    "prévenues",
    "suspect",
    "suspecte",
    "suspects",
    "suspectes",
    "inculpé",
    "inculpée",
    "inculpés",
    "inculpées",
];

/// Whether the subject of the verb group opening at `start` names a defendant ([`DEFENDANTS`],
/// « le mis en examen », « l'avocat du prévenu »).
fn subject_is_a_defendant(toks: &[Tok], start: usize) -> bool {
    let words: Vec<&str> = subject_words(toks, start).collect();
    words.iter().any(|w| DEFENDANTS.contains(w))
        || words.windows(3).any(|w| w == ["mis", "en", "examen"])
}

/// Whether the part named at `noun` (« la présence », « le rôle ») is left to the one who
/// contests it: nothing after it but a place, a time or an act (« la présence sur les lieux »,
/// « la participation à la fraude »), a relative (« le rôle qu'on lui prête »), or a complement
/// of one's own (« la présence de son ADN »); not someone else's (« le rôle de la police »,
/// « la présence policière »).
fn part_left_unowned(toks: &[Tok], noun: usize) -> bool {
    let Some(next) = toks.get(noun + 1).filter(|t| t.word && !t.quoted) else {
        return true;
    };
    match next.low.as_str() {
        "de" | "d'" => possessive(toks, noun + 2),
        "du" | "des" => false,
        "qui" | "que" | "qu'" => true,
        w => lexicon::PREPOSITIONS.contains(&w),
    }
}

/// The « que » of a relative set off by commas right before the verb group at `start` (« La
/// réforme, que dénoncent les syndicats, »), whose antecedent the verb takes for its object.
fn relative_que_before(toks: &[Tok], start: usize) -> Option<usize> {
    let que = start.checked_sub(1)?;
    (matches!(toks[que].low.as_str(), "que" | "qu'")
        && !toks[que].quoted
        && que > 0
        && toks[que - 1].low == ",")
        .then_some(que)
}

/// Whether what is contested, named before the participle at `i`, is asserted or imputed
/// (« un avis contesté par », « les chiffres contestés par », « les chiffres de la préfecture,
/// contestés par »): denied, not challenged.
fn asserted_before(toks: &[Tok], i: usize) -> bool {
    // (The noun the participle qualifies: right before it, its comma or its passive auxiliary
    // (« sont contestés par », « a été contesté par »), past one adjective; not « en fait, la
    // réforme contestée par ».)
    let mut before = i;
    while before > 0 && {
        let t = &toks[before - 1];
        !t.quoted && (is_aux(&t.low) || is_been(toks, before - 1) || is_adverb(t) && !t.upper)
    } {
        before -= 1;
    }
    let Some(last) = (match before.checked_sub(1) {
        Some(c) if toks[c].low == "," => c.checked_sub(1),
        p => p,
    }) else {
        return false;
    };
    let asserted = |k: usize| {
        let t = &toks[k];
        !t.quoted
            && (ASSERTED.contains(&t.low.as_str())
                || PUT_FORWARD.contains(&t.low.as_str())
                || idioms::REPORTS.contains(&t.low.as_str()))
            && !(k > 0 && matches!(toks[k - 1].low.as_str(), "en" | "du" | "de" | "à"))
    };
    let head_or_before_adjective =
        |h: usize| asserted(h) || h > 0 && toks[h].word && !toks[h].upper && asserted(h - 1);
    // (« les chiffres du ministère de l'Intérieur, contestés par »: past two complements to
    // the head, the only noun tested: « la réforme des statistiques, contestée par » challenges
    // a reform.)
    std::iter::successors(Some(last), |&h| {
        complement_start(toks, h).and_then(|de| de.checked_sub(1))
    })
    .take(3)
    .last()
    .is_some_and(head_or_before_adjective)
}

/// The « de / du / des / d' » that opens a noun's complement ending at `last`: one noun or
/// name, « la » or « l' » before it after « de » (« de la préfecture », « des autorités »,
/// « de l'Insee », « du conseil »). What stands before it is the noun the complement qualifies.
fn complement_start(toks: &[Tok], last: usize) -> Option<usize> {
    let plain = |k: usize| toks[k].word && !toks[k].quoted;
    let before = last.checked_sub(1).filter(|&k| plain(k) && plain(last))?;
    let de = match toks[before].low.as_str() {
        "de" | "d'" | "du" | "des" => before,
        "la" | "l'" => before
            .checked_sub(1)
            .filter(|&k| plain(k) && matches!(toks[k].low.as_str(), "de" | "d'"))?,
        _ => return None,
    };
    Some(de)
}

/// Whether the clause from `at` says what is contested is charged to someone (« les faits qui
/// lui sont reprochés », « les violences qu'on lui impute »): denied.
fn charged_with_after(toks: &[Tok], at: usize) -> bool {
    toks[at..]
        .iter()
        .take_while(|t| t.word || t.quoted)
        .take(12)
        .any(|t| t.low.starts_with("reproch") || t.low.starts_with("imput"))
}

/// Whether « contester », its group opening at `start`, is followed at `next` by an act or a
/// decision it challenges (a determiner and a noun: « la sanction », « leur mise à l'écart »,
/// « le résultat du vote », « la présence d'une antenne »), not by words or facts it denies
/// ([`idioms::denied_report`], [`PUT_FORWARD`], [`ASSERTED`]), by « toute faute », « tout
/// lien » (anything of the kind denied), nor by the contester's own part in an act
/// ([`PART_TAKEN`]: « sa présence sur les lieux », or any part a defendant contests).
fn challenges_an_act(toks: &[Tok], start: usize, next: Option<usize>) -> bool {
    let Some(k) = next else {
        return false;
    };
    let part_denied = || {
        let owns = possessive(toks, k);
        let part =
            (k + 1..(k + 4).min(toks.len())).find(|&n| PART_TAKEN.contains(&toks[n].low.as_str()));
        part.is_some_and(|n| {
            owns || subject_is_a_defendant(toks, start) && part_left_unowned(toks, n)
        })
    };
    // (After the verb « le », « leur » are determiners: an object pronoun stands before it.)
    let opens_object = toks
        .get(k)
        .is_some_and(|t| !t.quoted && lexicon::DETERMINERS.contains(&t.low.as_str()));
    opens_object
        && !matches!(toks[k].low.as_str(), "tout" | "toute" | "tous" | "toutes")
        && idioms::denied_report(toks, k).is_none()
        && !names_a_noun_of(toks, k, &[PUT_FORWARD, ASSERTED, idioms::INCIDENTS])
        && !charged_with_after(toks, k)
        && !part_denied()
}

/// Whether the particle of « appeler » at `at` (« à », « au », « aux ») leads to a place or
/// to help rather than to what is called for: « à la rescousse », « à son bureau », « au
/// chevet », « au téléphone ».
fn summons_somewhere(toks: &[Tok], at: usize) -> bool {
    const PLACES: &[&str] = &[
        "rescousse",
        "bureau",
        "chevet",
        "téléphone",
        "barre",
        "tableau",
        "micro",
        "domicile",
        "standard",
    ];
    if !toks
        .get(at)
        .is_some_and(|t| matches!(t.low.as_str(), "à" | "au" | "aux"))
    {
        return false;
    }
    toks[at + 1..]
        .iter()
        .take(2)
        .any(|t| PLACES.contains(&t.low.as_str()))
}

/// Whether « se sentir » at `i` is followed, past adverbs and words of degree, by a side
/// taken or a feeling narrated (« se sent prêt », « se sentent très inquiets », « se sent
/// solidaire des grévistes »; not « se sent bien », « se sent fatigué »).
fn feels_a_stance(toks: &[Tok], i: usize) -> bool {
    toks[i + 1..]
        .iter()
        .find(|t| !(is_adverb(t) || DEGREE_WORDS.contains(&t.low.as_str())))
        .is_some_and(|t| {
            takes_a_side(t)
                || !t.quoted
                    && lexicon::verbs()
                        .get(t.low.as_str())
                        .is_some_and(|v| v.lemma == "être hostile")
        })
}

/// Whether a reaction read from `at` is told by the feeling it shows (« a réagi avec
/// scepticisme », « ont accueilli l'annonce avec une grande méfiance », « réagit avec colère
/// à la décision »): « avec » within a short object, then, past a determiner or an adjective
/// of degree, a feeling of `lexicon::SHOWN_STANCES` (not « a accueilli les invités avec
/// joie », « a réagi avec ses avocats »).
fn with_a_feeling(toks: &[Tok], at: usize) -> bool {
    let Some(avec) = toks[at.min(toks.len())..]
        .iter()
        .take(6)
        .take_while(|t| t.word && !t.quoted)
        .position(|t| t.low == "avec")
        .map(|k| at + k)
    else {
        return false;
    };
    toks[avec + 1..]
        .iter()
        .take(3)
        .take_while(|t| t.word && !t.quoted)
        .any(|t| lexicon::SHOWN_STANCES.contains(&t.low.as_str()))
}

/// Whether « menacer » threatens to do something past adjuncts longer than
/// [`threatens_with`] reads (« ont menacé à plusieurs reprises sur les réseaux sociaux
/// d'attaquer la ville », « a menacé lundi devant la presse de démissionner »): « de » and an
/// infinitive right after them, from `at`.
fn threatens_after_adjuncts(toks: &[Tok], at: usize) -> bool {
    let past = past_adjuncts(toks, at);
    past > at
        && toks
            .get(past)
            .is_some_and(|t| matches!(t.low.as_str(), "de" | "d'"))
        && infinitive_follows(toks, past + 1)
}

/// Whether what follows a form of « menacer » at `at` says what is threatened with: « de »
/// right after it (« de démissionner »), « de » and no determiner after an object (« Pékin de
/// sanctions », not « les récoltes de la vallée »), a clause, or a quotation. The « de » inside
/// a count puts jobs at risk (« menace plus de 2 000 emplois », « des centaines de postes »).
fn threatens_with(toks: &[Tok], at: usize) -> bool {
    let at = at.min(toks.len());
    for (k, t) in toks.iter().enumerate().skip(at).take(6) {
        // (Only the « de » inside a count: « menace l'UE de 30 % de droits de douane » says
        // what with.)
        let of_a_count = || idioms::is_count_word(&toks[k - 1].low);
        let with = matches!(t.low.as_str(), "de" | "d'")
            && (k == at
                || toks
                    .get(k + 1)
                    .is_some_and(|n| !lexicon::DETERMINERS.contains(&n.low.as_str()))
                    && !of_a_count()
                    && !count_of_people_or_things(toks, k + 1));
        if with || matches!(t.low.as_str(), "que" | "qu'" | ":") || is_quote_mark_str(&t.low) {
            return true;
        }
        if !t.word {
            return false;
        }
    }
    false
}

/// Whether a count opens at `at` and counts people or things (« l'emploi de 300 salariés »,
/// « les récoltes de 2 000 agriculteurs »: whose jobs or crops are at risk), not a share or a
/// sum (« de 30 % de droits », « de 6 pour cent », « de 5 millions d'euros »: what with).
fn count_of_people_or_things(toks: &[Tok], at: usize) -> bool {
    let mut k = at;
    while toks
        .get(k)
        .is_some_and(|t| idioms::is_count_word(&t.low) || matches!(t.low.as_str(), "," | "."))
    {
        k += 1;
    }
    k > at
        && toks.get(k).is_some_and(|t| {
            t.word
                && !matches!(
                    t.low.as_str(),
                    "%" | "pour"
                        | "euro"
                        | "euros"
                        | "dollar"
                        | "dollars"
                        | "francs"
                        | "million"
                        | "millions"
                        | "milliard"
                        | "milliards"
                        | "€"
                        | "$"
                )
        })
}

/// Whether the subject right before the verb group at `start` is no one in particular: a
/// generic relative (« ceux qui », « celle qui », « tous ceux qui »), « quiconque », or the
/// reader addressed (« Si vous pensez que », « vous qui doutez »), outside quotation marks.
fn generic_subject(toks: &[Tok], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map(|t| t.low.as_str());
    let Some(p) = start.checked_sub(1) else {
        return false;
    };
    match word(p) {
        Some("quiconque") => true,
        // (« ne pas savoir qui a donné l'ordre », « on ignore qui a demandé »: an indirect
        // question, whose « qui » stands for no one known.)
        Some("qui") => {
            p > 0
                && matches!(
                    word(p - 1),
                    Some(
                        "ceux"
                            | "celles"
                            | "celui"
                            | "celle"
                            | "vous"
                            | "savoir"
                            | "sait"
                            | "savent"
                            | "savait"
                            | "ignore"
                            | "ignorent"
                            | "ignorait"
                            | "ignorer"
                            | "déterminer"
                            | "identifier"
                    )
                )
        }
        Some("vous" | "tu") => p == 0 || matches!(word(p - 1), Some("si" | "quand" | "lorsque")),
        _ => false,
    }
}

/// « Ce qu'elle dénonce, c'est l'enquête », « Ce qu'il dit, c'est que … »: a cleft whose
/// « c'est » gives what a stance verb at `i` targets, or the clause a verb of saying reports.
fn cleft_claim(toks: &[Tok], i: usize, kind: ClaimKind) -> bool {
    let word = |k: usize| toks.get(k).map(|t| t.low.as_str());
    let c_est = match (word(i + 1), word(i + 2), word(i + 3)) {
        (Some(","), Some("c'"), Some("est" | "était")) => i + 3,
        (Some(","), Some("ce"), Some("sont" | "sera")) => i + 3,
        _ => return false,
    };
    kind != ClaimKind::Statement || matches!(word(c_est + 1), Some("que" | "qu'"))
}

/// Whether a form of « condamner » at `i` takes an object and then « à » what the object is
/// doomed or sentenced to (« les familles à la misère », « l'accusé à cinq ans »), the noun
/// before « à » not one that takes « à » itself (« les appels à la violence »).
fn dooms_to(toks: &[Tok], i: usize) -> bool {
    const TAKES_A: &[&str] = &[
        "appel",
        "appels",
        "incitation",
        "incitations",
        "atteinte",
        "atteintes",
        "recours",
        "entrave",
        "entraves",
        "menace",
        "menaces",
        "allusion",
        "allusions",
        "référence",
        "références",
        "accès",
        "aide",
        "soutien",
        "hommage",
        "hommages",
        "retour",
        "participation",
        "ingérence",
        "ingérences",
    ];
    let Some(k) = object_then_a(toks, i, &["à"]) else {
        return false;
    };
    k > i + 1 && names_a_fate(toks, k + 1) && !TAKES_A.contains(&toks[k - 1].low.as_str())
}

/// Whether the words at `at`, after « à », name what someone is doomed or sentenced to: a
/// fate or a penalty (« la misère », « la prison à vie », « une amende »), a length (« 18
/// mois », « cinq ans »), or an infinitive (« à payer », « à verser »).
fn names_a_fate(toks: &[Tok], at: usize) -> bool {
    /// What someone is doomed or sentenced to (« la misère », « la prison à vie »).
    const FATES: &[&str] = &[
        "mort",
        "misère",
        "chômage",
        "prison",
        "réclusion",
        "perpétuité",
        "amende",
        "amendes",
        "peine",
        "peines",
        "exil",
        "disparition",
        "échec",
        "pauvreté",
        "précarité",
        "faillite",
        "silence",
        "oubli",
        "fermeture",
        "errance",
        "inaction",
        "impuissance",
        "déclin",
        "ruine",
        "travaux",
        "sursis",
        // (« à un an de prison », « à des années de misère »: a length.)
        "an",
        "ans",
        "année",
        "années",
        "mois",
        "semaine",
        "semaines",
        "jours",
    ];
    let mut f = at;
    while toks.get(f).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "la" | "l'" | "une" | "un" | "des" | "de" | "d'" | "sa" | "son" | "ses" | "leur"
        )
    }) {
        f += 1;
    }
    toks.get(f).is_some_and(|t| {
        FATES.contains(&t.low.as_str())
            || t.low.starts_with(|c: char| c.is_ascii_digit())
            || lexicon::CARDINALS.contains(&t.low.as_str())
            || infinitive_follows(toks, f)
    })
}

/// Verbs of noticing: pronominal, they say something can be seen (« s'observe »); in the
/// future perfect, they guess what someone saw (« auront noté »).
const NOTICING: &[&str] = &["noter", "relever", "observer", "constater", "remarquer"];

/// Whether the quotation that the incise starting at `start` closes (a comma and closing
/// quote marks between) ends with « ? » and holds no full stop or « ! » before it: a question
/// and nothing asserted (« « Où est l'argent ? » », not « « Nous partons. Pourquoi ? » »).
fn quotation_asks(toks: &[Tok], start: usize) -> bool {
    let mut k = start;
    while k > 0 && !toks[k - 1].quoted && (toks[k - 1].low == "," || is_quote_mark(&toks[k - 1])) {
        k -= 1;
    }
    let mut quote = toks[..k].iter().rev().take_while(|t| t.quoted);
    quote.next().is_some_and(|t| t.low == "?")
        && quote.all(|t| !matches!(t.low.as_str(), "." | "!"))
}

/// Whether nothing but the second word of a negation, adverbs and a time phrase stands
/// between `at` and the sentence's end (« … n'a pas réfuté. », « ne commente pas pour
/// l'instant »).
fn ends_the_sentence(toks: &[Tok], at: usize) -> bool {
    let mut k = at;
    while toks
        .get(k)
        .is_some_and(|t| lexicon::NEGATION_WORDS.contains(&t.low.as_str()))
    {
        k += 1;
    }
    let k = past_inserts(toks, k);
    toks.get(k)
        .is_none_or(|t| !t.quoted && matches!(t.low.as_str(), "." | "!" | "…"))
}

/// Whether the incise starting at `start` closes a quoted question (see [`quotation_asks`])
/// that opens the sentence, quote marks aside: the words asked are the incise's speaker's
/// (not « quelqu'un a dit : « Vous avez vu ? » dit Paul », a question he tells of).
fn question_opens_sentence(toks: &[Tok], start: usize) -> bool {
    quotation_asks(toks, start)
        && toks[..start]
            .iter()
            .all(|t| t.quoted || is_quote_mark(t) || t.low == ",")
}

/// Whether the participle of « condamner » at `i` reports a court's sentence, no stance: its
/// complement, past adverbs, dates, commas and an agent or a court's words (« en appel », « par
/// le tribunal », « mardi », « pour vol »), is « à » and a penalty (« condamné à 18 mois de
/// prison », « condamnée mardi en appel à une amende », « condamnés par défaut à verser »), or
/// it is first an offence after « pour » (« a été condamné pour vol », « condamnée pour
/// « outrage » »). Not « l'attaque a été condamnée par l'ONU », a stance with its agent.
fn sentenced_to(toks: &[Tok], i: usize) -> bool {
    let mut k = i + 1;
    let mut first = true;
    while let Some(t) = toks.get(k).filter(|_| k < i + 16) {
        let low = t.low.as_str();
        if matches!(low, "à" | "au" | "aux") && !t.quoted {
            return names_a_fate(toks, k + 1);
        }
        // (Not « pour sa part », an aside.)
        if first && low == "pour" {
            let aside = toks.get(k + 2).is_some_and(|n| n.low == "part");
            return !aside
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.word || is_quote_mark_str(&n.low));
        }
        let skipped = is_adverb(t) || lexicon::TIME_WORDS.contains(&low) || low == ",";
        first &= skipped;
        let clause_ends = !t.quoted
            && (matches!(low, "." | ";" | ":" | "!" | "?" | "que" | "qu'" | "qui")
                || t.word && is_aux(low));
        if clause_ends {
            return false;
        }
        k += 1;
    }
    false
}

/// Verbs that report any infinitive after them (« disent vivre », « affirme ignorer »,
/// « admet ignorer », « témoignent avoir vu », « témoigne craindre », « confie suivre »).
const SAY_INFINITIVE: &[&str] = &[
    "dire",
    "affirmer",
    "assurer",
    "déclarer",
    "reconnaître",
    "avouer",
    "estimer",
    "admettre",
    "témoigner",
    // (« a confié suivre la compétition », « confie vivre mal la pression »)
    "confier",
];

/// Whether `lemma` reports an infinitive at `at`: one that any verb of saying reports (« avoue
/// avoir », « dit être », [`reports_infinitive`]), or any infinitive after one of
/// [`SAY_INFINITIVE`] (« disent vivre », « témoigne craindre »). `at` is past what the caller
/// skips (inserts for the cue, adjuncts for a testimony).
pub(super) fn says_an_infinitive(lemma: &str, toks: &[Tok], at: usize) -> bool {
    reports_infinitive(toks, at) || SAY_INFINITIVE.contains(&lemma) && infinitive_follows(toks, at)
}

/// Whether the word at `at` looks like an infinitive (« vivre », « ignorer », « devoir »):
/// lower case, an infinitive ending, not a time word or a known noun-like word.
fn infinitive_follows(toks: &[Tok], at: usize) -> bool {
    // « affirmait s'attendre à », « dit se sentir »: a reflexive infinitive.
    let at = if toks
        .get(at)
        .is_some_and(|t| matches!(t.low.as_str(), "s'" | "se"))
    {
        at + 1
    } else {
        at
    };
    toks.get(at).is_some_and(|t| {
        let low = t.low.as_str();
        t.word
            && !t.upper
            && !t.quoted
            && low.chars().count() > 3
            && ["er", "ir", "re", "oir"].iter().any(|e| low.ends_with(e))
            && !lexicon::TIME_WORDS.contains(&low)
            && !lexicon::DETERMINERS.contains(&low)
            && !matches!(
                low,
                "hier"
                    | "premier"
                    | "dernier"
                    | "entre"
                    | "contre"
                    | "notre"
                    | "votre"
                    | "autre"
                    | "derrière"
                    | "outre"
                    | "encore"
                    | "guère"
            )
    })
}

/// Whether what « requérir » governs from `at` is a prosecutor's requisition: a sentence
/// (« a requis deux ans de prison », « requiert la relaxe », « a requis, hier, un an ferme »),
/// a penalty « contre » someone (« a requis trois ans contre l'ancien maire »), a charge
/// (« a requis la mise en examen du suspect », « le renvoi devant le tribunal », « la mise en
/// accusation », « le placement sous contrôle judiciaire »), a clause or a quotation; not something needed
/// (« a requis trois mois de travaux », « requiert une grande précision », « a requis
/// l'anonymat », « requiert un examen attentif »).
fn requires_a_sentence(toks: &[Tok], at: usize) -> bool {
    const SENTENCES: &[&str] = &[
        "prison",
        "réclusion",
        "peine",
        "peines",
        "amende",
        "amendes",
        "sursis",
        "ferme",
        "perpétuité",
        "relaxe",
        "acquittement",
        "interdiction",
        "détention",
        "emprisonnement",
        "condamnation",
        "non-lieu",
        "internement",
        "confiscation",
        "déchéance",
        "expulsion",
        "radiation",
        "révocation",
        "dissolution",
        "intérêt",
        "contre",
        // (Charges and measures a prosecutor asks for: « le renvoi devant les assises », « la
        // mise en accusation », « le placement sous contrôle judiciaire ».)
        "renvoi",
        "accusation",
        "judiciaire",
    ];
    let clause = &toks[at.min(toks.len())..];
    let clause = &clause[..clause
        .iter()
        .take_while(|t| !matches!(t.low.as_str(), "." | ";" | "qui" | "et"))
        .take(14)
        .count()];
    let mut first = true;
    for (k, t) in clause.iter().enumerate() {
        let opens_words =
            first && (matches!(t.low.as_str(), "que" | "qu'" | ":") || is_quote_mark(t));
        // « la mise en examen »: a charge brought, the noun « examen » alone is not one.
        let charged =
            k >= 2 && t.low == "examen" && clause[k - 1].low == "en" && clause[k - 2].low == "mise";
        if opens_words || charged || t.word && !t.quoted && SENTENCES.contains(&t.low.as_str()) {
            return true;
        }
        first &= is_adverb(t) || lexicon::TIME_WORDS.contains(&t.low.as_str());
    }
    false
}

/// The length of an adverb the writer set in quotation marks inside a verb group, ending
/// right before token `at` with its marks (« a "fermement" condamné », « a « très vivement »
/// dénoncé »): one to three quoted adverbs after an auxiliary or an adverb.
fn quoted_adverb_before(toks: &[Tok], at: usize) -> Option<usize> {
    let close = at.checked_sub(1).filter(|&c| is_quote_mark(&toks[c]))?;
    let adverbs = toks[..close]
        .iter()
        .rev()
        .take_while(|t| {
            t.quoted && t.word && (is_adverb(t) || matches!(t.low.as_str(), "très" | "si" | "trop"))
        })
        .count();
    let open = close.checked_sub(adverbs + 1)?;
    let before = open.checked_sub(1).map(|b| &toks[b])?;
    let in_group = before.word
        && !before.quoted
        && (is_aux(&before.low) || lexicon::ADVERBS.contains(&before.low.as_str()));
    ((1..=3).contains(&adverbs) && is_quote_mark(&toks[open]) && in_group).then_some(at - open)
}

/// The length of an adverbial phrase ending right before token `at` that may stand inside a
/// verb group (« par ailleurs », « de nouveau », « à nouveau », « une nouvelle fois »).
fn adverbial_phrase(toks: &[Tok], at: usize) -> Option<usize> {
    let w = |k: usize| at.checked_sub(k).map(|j| toks[j].low.as_str());
    match (w(3), w(2), w(1)) {
        (_, Some("par"), Some("ailleurs")) => Some(2),
        // « a tout d'abord salué », « a d'abord démenti »
        (Some("tout"), Some("d'"), Some("abord")) => Some(3),
        (_, Some("d'"), Some("abord")) => Some(2),
        (_, Some("de" | "à"), Some("nouveau")) => Some(2),
        (_, Some("en"), Some("effet")) => Some(2),
        (Some("une"), Some("nouvelle"), Some("fois")) => Some(3),
        // « a de son côté accusé », « a pour sa part démenti », « a sans détour dénoncé »
        (Some("de"), Some("son" | "leur"), Some("côté")) => Some(3),
        (Some("pour"), Some("sa" | "leur"), Some("part")) => Some(3),
        (_, Some("sans"), Some("détour" | "ambages")) => Some(2),
        (_, Some("au"), Some("passage")) => Some(2),
        // « a à plusieurs reprises appelé », « a à son tour dénoncé », « a un jour dit »
        (Some("à"), Some("plusieurs" | "maintes" | "diverses"), Some("reprises")) => Some(3),
        (Some("à"), Some("son" | "leur"), Some("tour")) => Some(3),
        (Some(aux), Some("un"), Some("jour")) if is_aux(aux) => Some(2),
        // « a quant à elle évoqué », « ont quant à eux réclamé »
        (Some("quant"), Some("à"), Some("lui" | "elle" | "eux" | "elles")) => Some(3),
        // (« lui » is read as an adverb first: « quant à » is what is left before it.)
        (_, Some("quant"), Some("à")) if toks.get(at).is_some_and(|t| t.low == "lui") => Some(2),
        // (« a d'ailleurs rappelé », « a en outre précisé », « a du reste affirmé »: any phrase
        // that may follow the verb may stand inside its group.)
        _ => ADVERBIAL_PHRASES
            .iter()
            .find(|p| {
                at >= p.len()
                    && toks[at - p.len()..at]
                        .iter()
                        .zip(p.iter())
                        .all(|(t, w)| t.low == *w && !t.quoted)
            })
            .map(|p| p.len()),
    }
}

/// « a promis, si elle est élue, de baisser les impôts », « menacent, dans le cas où leurs
/// chefs seraient condamnés, de piller »: a condition or a time set off by commas (« si »,
/// « s'il », « au cas où », « dans le cas où », « lorsque », « quand ») between a verb and
/// what it reports; its own verbs are no part of the frame. The token after its closing comma.
fn condition_between_commas(toks: &[Tok], at: usize) -> Option<usize> {
    if toks.get(at)?.low != "," {
        return None;
    }
    let low = |k: usize| toks.get(k).map_or("", |t| t.low.as_str());
    let opens = matches!(
        (low(at + 1), low(at + 2), low(at + 3)),
        ("si" | "lorsque" | "lorsqu'" | "quand", _, _)
            | ("s'", "il" | "ils", _)
            | ("au", "cas", "où")
            | ("dans", "le", "cas")
    );
    if !opens {
        return None;
    }
    let close = (at + 3..(at + 18).min(toks.len())).find(|&k| toks[k].low == ",")?;
    toks[at + 1..close]
        .iter()
        .all(|t| !t.quoted && (t.word || matches!(t.low.as_str(), "(" | ")")))
        .then_some(close + 1)
}

/// The token after an aside set off by commas that opens at token `at` (« , sur RFI, »,
/// « , dans un communiqué, »): at most eight tokens, no verb, no quotation.
pub(super) fn aside_from(toks: &[Tok], at: usize) -> Option<usize> {
    if toks.get(at)?.low != "," {
        return None;
    }
    let close = (at + 2..(at + 10).min(toks.len())).find(|&k| toks[k].low == ",")?;
    toks[at + 1..close]
        .iter()
        .all(|t| {
            !t.quoted
                && (t.word || matches!(t.low.as_str(), "(" | ")"))
                && !lexicon::is_verb_form(t.low.as_str())
                && !matches!(t.low.as_str(), "que" | "qu'" | "qui")
        })
        .then_some(close + 1)
}

/// The first token from `at` past lowercase adverbs, adverbial phrases (« également »,
/// « aussi », « par ailleurs », « quant à lui », « pour sa part ») and time phrases (« ce
/// mercredi », « jeudi soir », « , samedi, »): where what a verb reports starts (« affirment
/// également avoir », « pense quant à lui que »), or its inverted subject (« …, indique
/// jeudi la préfecture »).
fn past_inserts(toks: &[Tok], at: usize) -> usize {
    let mut k = at;
    loop {
        let next = super::inserts::past_time_phrases(toks, skip_adverbial(toks, k));
        if next > k {
            k = next;
        } else if let Some(after) = adverbial_between_commas(toks, k) {
            k = after;
        } else if toks
            .get(k)
            .is_some_and(|t| is_adverb(t) && !t.upper && !t.quoted && t.word)
        {
            k += 1;
        } else {
            return k;
        }
    }
}

/// « convient, de son côté, la ministre », « affirme, par ailleurs, avoir »: the token after
/// an adverbial phrase of several words set off by commas at `at` (only such a phrase: « a
/// expliqué, dans un communiqué, que » keeps its adjunct, see `que_after_adjunct`).
fn adverbial_between_commas(toks: &[Tok], at: usize) -> Option<usize> {
    let opens = toks.get(at).is_some_and(|t| t.low == "," && !t.quoted);
    if !opens {
        return None;
    }
    let close = skip_adverbial(toks, at + 1);
    let closes = close > at + 1 && toks.get(close).is_some_and(|t| t.low == "," && !t.quoted);
    closes.then_some(close + 1)
}

/// Adverbial phrases of several words that may stand inside a verb group or right after its
/// verb (« a par ailleurs démenti », « a d'ailleurs rappelé », « affirme en outre que »,
/// « estime pour sa part que »).
const ADVERBIAL_PHRASES: &[&[&str]] = &[
    &["tout", "de", "même"],
    &["quand", "même"],
    &["par", "ailleurs"],
    &["en", "outre"],
    &["en", "effet"],
    &["de", "nouveau"],
    &["à", "nouveau"],
    &["une", "nouvelle", "fois"],
    &["une", "fois", "de", "plus"],
    &["lui", "aussi"],
    &["elle", "aussi"],
    &["eux", "aussi"],
    &["elles", "aussi"],
    // « pense quant à lui que », « estime pour sa part que », « affirme de son côté
    // avoir »: a contrast between speakers.
    &["quant", "à", "lui"],
    &["quant", "à", "elle"],
    &["quant", "à", "eux"],
    &["quant", "à", "elles"],
    &["pour", "sa", "part"],
    &["pour", "leur", "part"],
    &["de", "son", "côté"],
    &["de", "leur", "côté"],
    &["à", "son", "tour"],
    &["à", "leur", "tour"],
    &["d'", "ailleurs"],
    // « avance en revanche que », « estime au contraire que »: a contrast with what was said.
    &["en", "revanche"],
    &["au", "contraire"],
    &["du", "reste"],
    &["de", "surcroît"],
    // « exige entre autres la restructuration », « a entre autres dénoncé »
    &["entre", "autres"],
    // « se range sans réserve du côté de », « a sans réserve salué »
    &["sans", "réserve"],
    &["encore", "une", "fois"],
    // « a rejeté à plusieurs reprises ces allégations »: how often.
    // « a pour l'instant démenti », « refuse à ce stade de », « a d'ores et déjà annoncé »:
    // for now.
    &["pour", "l'", "instant"],
    &["pour", "le", "moment"],
    &["pour", "l'", "heure"],
    &["à", "ce", "stade"],
    &["d'", "ores", "et", "déjà"],
    &["à", "plusieurs", "reprises"],
    &["à", "maintes", "reprises"],
    &["à", "de", "nombreuses", "reprises"],
    &["à", "deux", "reprises"],
    &["à", "trois", "reprises"],
];

/// The token after the adverbial phrases of several words that open at `at` (« tout de
/// même », « quand même », « par ailleurs », « en outre », « pour sa part »), or `at`.
fn skip_adverbial(toks: &[Tok], mut at: usize) -> usize {
    'outer: loop {
        // (The first word compared before the rest: most words open no phrase.)
        let first = toks.get(at).filter(|t| !t.quoted).map(|t| t.low.as_str());
        for phrase in ADVERBIAL_PHRASES {
            let matches = first == phrase.first().copied()
                && phrase
                    .iter()
                    .enumerate()
                    .all(|(k, w)| toks.get(at + k).is_some_and(|t| t.low == *w && !t.quoted));
            if matches {
                at += phrase.len();
                continue 'outer;
            }
        }
        // (« dit ce mercredi que », « affirme la veille que »: a time phrase.)
        if let Some(end) = super::inserts::time_phrase_end(toks, at) {
            at = end;
            continue 'outer;
        }
        return at;
    }
}

/// « lui-même », « elles-mêmes »: an emphatic pronoun that may stand inside a verb group.
fn is_emphatic_pronoun(low: &str) -> bool {
    matches!(
        low,
        "lui-même" | "elle-même" | "eux-mêmes" | "elles-mêmes" | "lui-aussi" | "elle-aussi"
    )
}

/// Whether the token before `start` is a pronoun to whom an incise speaks, right after a
/// comma or a quotation mark (« « … », nous confie le doyen », « …, m'a expliqué la
/// directrice », « …, lui répond le maire »): the verb (`form`, or its auxiliary `aux`) in the
/// third person, so « nous » is not its subject (« …, nous expliquons »), and its subject
/// after it, inverted or a name or a determiner (not « Les syndicats, la presse, nous accusent
/// de … », whose subject came first).
fn dative_in_incise(toks: &[Tok], start: usize, i: usize, form: &str, aux: Option<&str>) -> bool {
    let Some(k) = start.checked_sub(1) else {
        return false;
    };
    let Some(before) = k.checked_sub(1) else {
        return false;
    };
    let third_person = match aux {
        Some(a) => matches!(a, "a" | "ont" | "avait" | "avaient" | "aura" | "auront"),
        None => !form.ends_with("ons") && !form.ends_with("ez") && !form.ends_with("ai"),
    };
    matches!(
        toks[k].low.as_str(),
        "nous" | "vous" | "me" | "m'" | "lui" | "leur"
    ) && (toks[before].low == "," || is_quote_mark(&toks[before]))
        && !toks[k].quoted
        && third_person
        && (toks[k + 1..=i]
            .iter()
            .any(|t| split_inverted(&t.low).is_some())
            || toks.get(past_inserts(toks, i + 1)).is_some_and(|n| {
                n.word && !n.quoted && (n.upper || lexicon::DETERMINERS.contains(&n.low.as_str()))
            }))
}

/// The length of an aside set off by commas that ends right before token `at` and follows
/// an auxiliary (« a, par ailleurs, », « a, dans ce sens, »): at most four words, no verb,
/// no quotation.
fn aside_after_aux(toks: &[Tok], at: usize) -> Option<usize> {
    let close = at.checked_sub(1)?;
    if toks[close].low != "," || toks[close].quoted {
        return None;
    }
    let open = (close.saturating_sub(5)..close)
        .rev()
        .find(|&k| toks[k].low == ",")?;
    let inner = &toks[open + 1..close];
    let aux_before = open
        .checked_sub(1)
        .is_some_and(|k| toks[k].word && !toks[k].quoted && is_aux(&toks[k].low));
    let plain = !inner.is_empty()
        && inner
            .iter()
            .all(|t| t.word && !t.quoted && !t.upper && !lexicon::is_verb_form(t.low.as_str()));
    (aux_before && plain).then_some(close - open + 1)
}

/// The length of a short insert ending right before token `at` that follows an auxiliary
/// (« a hier affirmé », « avait auparavant indiqué », « a ce matin annoncé », « a par la suite
/// démenti », « a une fois encore appelé », « a-t-il lundi soir assuré »), the verb at token
/// `verb`: at most six words, no verb, no punctuation, no quotation, each part an adverb, a
/// time phrase or a short adverbial locution (see [`insert_part_end`]). A noun phrase after the auxiliary is its
/// object, no insert (« a la conviction que », « a des adjoints convaincus que »); « a ce
/// jour » is « à ce jour » typed without its accent (« le bilan a ce jour annoncé »), and
/// « il y a » no compound tense.
fn insert_after_aux(toks: &[Tok], at: usize, verb: usize) -> Option<usize> {
    const LONGEST: usize = 6;
    let aux = (at.saturating_sub(LONGEST + 1)..at.saturating_sub(1))
        .rev()
        .take_while(|&k| plain_word(&toks[k]))
        .find(|&k| is_aux_or_inverted(&toks[k].low))?;
    let to_date = toks[aux].low == "a"
        && toks[aux + 1].low == "ce"
        && toks.get(aux + 2).is_some_and(|t| t.low == "jour")
        && toks.get(aux + 3).is_none_or(|t| t.low != "là");
    // (« il y a longtemps »: « a » of « il y a » is no auxiliary.)
    let there_is = aux > 0 && toks[aux - 1].low == "y";
    if to_date || there_is {
        return None;
    }
    // (Its last part may take in the adverbs read before it: « a une fois encore appelé »,
    // « a de plus reconnu ».)
    let mut k = aux + 1;
    while k < at {
        k = insert_part_end(toks, k).filter(|&end| end <= verb)?;
    }
    Some(at - aux - 1)
}

/// A lowercase word outside quotation marks.
fn plain_word(t: &Tok) -> bool {
    t.word && !t.quoted && !t.upper
}

/// An auxiliary, or one with its subject pronoun inverted (« a-t-il », « avait-elle »).
pub(super) fn is_aux_or_inverted(low: &str) -> bool {
    is_aux(low) || split_inverted(low).is_some_and(|(head, _)| is_aux(head))
}

/// Where a part of an insert inside a verb group that starts at token `at` ends (the token
/// after it): a time phrase (« hier soir », « ce matin », « mardi dernier », « le 3 mars »), an
/// adverbial phrase of the list (« par ailleurs », « à son tour »), a phrase of « fois »
/// (« une fois encore », « pour la première fois », « maintes fois »), a preposition and its
/// noun or adverb (« par la suite », « en substance », « dès lors », « de plus », « jusqu'ici »,
/// « dans la foulée »), or one adverb (« auparavant », « naguère », « entre-temps »).
fn insert_part_end(toks: &[Tok], at: usize) -> Option<usize> {
    let listed = skip_adverbial(toks, at);
    if listed > at {
        return Some(listed);
    }
    times_end(toks, at)
        .or_else(|| locution_end(toks, at))
        .or_else(|| adverb_like(toks.get(at)?).then_some(at + 1))
}

/// Where a phrase of « fois » starting at `at` ends: « fois » after a determiner, a
/// preposition and a determiner, an ordinal or « nouvelle » (« une fois », « cette fois »,
/// « chaque fois », « pour la première fois », « maintes fois »; « encore » or « de plus »
/// after it are parts of their own).
fn times_end(toks: &[Tok], at: usize) -> Option<usize> {
    use super::pos::Upos;
    let fois = (at..(at + 4).min(toks.len()))
        .take_while(|&k| {
            let low = toks[k].low.as_str();
            let determiner_like = lexicon::DETERMINERS.contains(&low)
                || matches!(low, "chaque" | "maintes")
                || matches!(
                    super::pos::word_prior(low),
                    Some(Upos::Det | Upos::Adp | Upos::Num | Upos::Adj)
                );
            plain_word(&toks[k]) && (low == "fois" || determiner_like)
        })
        .find(|&k| toks[k].low == "fois")
        .filter(|&k| k > at)?;
    Some(fois + 1)
}

/// Where a short adverbial locution opened by a preposition at `at` ends: the preposition,
/// a determiner (not after « de » or « en »: « a de la fièvre », « a des doutes » are objects),
/// and one noun or adverb (« par la suite », « en substance », « dès lors », « de plus »,
/// « jusqu'ici », « jusqu'à présent », « dans la foulée », « sans surprise », « avec force »).
/// Not « pour », which opens an aim held (« a pour objectif affiché de »).
fn locution_end(toks: &[Tok], at: usize) -> Option<usize> {
    const PREPOSITIONS: &[&str] = &[
        "par", "de", "d'", "dès", "en", "à", "avec", "sans", "depuis", "dans", "sur", "après",
        "avant", "jusqu'",
    ];
    let head_word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            plain_word(t)
                && !is_clitic(&t.low)
                && !is_aux(&t.low)
                && !lexicon::DETERMINERS.contains(&t.low.as_str())
                && !lexicon::is_verb_form(t.low.as_str())
        })
    };
    let prep = toks.get(at).filter(|t| plain_word(t))?.low.as_str();
    if !PREPOSITIONS.contains(&prep) {
        return None;
    }
    // (« jusqu'à présent », « jusqu'au bout »)
    let mut k = at + 1;
    if prep == "jusqu'"
        && toks
            .get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "à" | "au"))
    {
        k += 1;
    }
    let determiner = !matches!(prep, "de" | "d'" | "en")
        && toks
            .get(k)
            .is_some_and(|t| plain_word(t) && lexicon::DETERMINERS.contains(&t.low.as_str()));
    if determiner && head_word(k + 1) {
        return Some(k + 2);
    }
    // (After « de », an adverb only: « de plus », not the quantity of « de plus en plus de
    // commandes ».)
    let head = match prep {
        "de" | "d'" => toks.get(k).is_some_and(adverb_like),
        _ => head_word(k),
    };
    head.then_some(k + 1)
}

/// A word that may stand alone inside a verb group: an adverb (of the lists, in « -ment », or
/// one the tagger learnt as an adverb: « hier », « entre-temps », « jadis », « beaucoup ») or
/// a time word; not a verb, a participle, a determiner or a clitic (not a word the tagger
/// never learnt either: « a agi sans ordre écrit »).
fn adverb_like(t: &Tok) -> bool {
    let low = t.low.as_str();
    let function_word = is_clitic(low) || is_aux(low) || lexicon::DETERMINERS.contains(&low);
    let verb = lexicon::is_verb_form(low) || is_participle(low);
    if !plain_word(t) || function_word || verb {
        return false;
    }
    // (« a depuis démenti »: the preposition standing alone.)
    known_adverb(t) || lexicon::TIME_WORDS.contains(&low) || low == "depuis"
}

/// An adverb of the list, in « -ment », or one the tagger learnt as an adverb.
fn known_adverb(t: &Tok) -> bool {
    is_adverb(t) || super::pos::word_prior(&t.low) == Some(super::pos::Upos::Adv)
}

/// The first token from `at` past time words, adverbs and adjunct phrases opened by a
/// preposition of place or circumstance (« mardi dans un communiqué », « lors d'une
/// conférence de presse », « jeudi devant les députés »): where the verb's object or
/// particle stands. Prepositions a verb may govern (« à », « de », « contre », « pour »,
/// « en ») open no adjunct here.
fn past_adjuncts(toks: &[Tok], at: usize) -> usize {
    const ADJUNCT_PREPOSITIONS: &[&str] = &[
        "dans", "devant", "sur", "pendant", "durant", "depuis", "via", "lors", "auprès", "chez",
    ];
    let mut k = at;
    loop {
        let Some(t) = toks.get(k).filter(|t| !t.quoted) else {
            return k;
        };
        let low = t.low.as_str();
        if lexicon::TIME_WORDS.contains(&low) || is_adverb(t) {
            k += 1;
            continue;
        }
        // (« a dénoncé ce mercredi un accord », « a appelé la veille à la grève », « nie
        // quant à lui toute responsabilité »)
        let past = super::inserts::past_time_phrases(toks, skip_adverbial(toks, k));
        if past > k {
            k = past;
            continue;
        }
        // (« dénonce, dans un communiqué, la réforme », « exige, entre autres, la baisse »: an
        // aside between commas before the object.)
        // (« a promis, si elle est élue, de baisser les impôts »: a condition between commas.)
        if let Some(after) = aside_from(toks, k).or_else(|| condition_between_commas(toks, k)) {
            k = after;
            continue;
        }
        // (« exige entre autres, la baisse »: a stray comma after the adverbs.)
        let object_next = toks
            .get(k + 1)
            .is_some_and(|n| !n.quoted && lexicon::DETERMINERS.contains(&n.low.as_str()));
        if low == "," && k > at && object_next {
            k += 1;
            continue;
        }
        if !ADJUNCT_PREPOSITIONS.contains(&low) {
            return k;
        }
        // (« lors de », « auprès de »: the preposition's own « de ».)
        let mut np = k + 1;
        if matches!(low, "lors" | "auprès")
            && toks
                .get(np)
                .is_some_and(|n| matches!(n.low.as_str(), "de" | "d'" | "du" | "des"))
        {
            np += usize::from(matches!(toks[np].low.as_str(), "de" | "d'"));
        }
        let opens_np = toks.get(np).is_some_and(|n| {
            n.word && !n.quoted && (n.upper || lexicon::DETERMINERS.contains(&n.low.as_str()))
        });
        if !opens_np {
            return k;
        }
        let end = super::speaker::np_end(toks, np);
        // (« dans un entretien toute responsabilité »: a quantifier opens the object.)
        k = (np + 2..=end)
            .find(|&q| matches!(toks[q].low.as_str(), "tout" | "toute" | "tous" | "toutes"))
            .unwrap_or(end + 1);
    }
}

/// Adverbs of time and manner not in `-ment` that stand inside a verb's group as the listed
/// ones do (« avait auparavant indiqué », « a parfois dénoncé », « a plutôt estimé »).
const PLAIN_ADVERBS: &[&str] = &[
    "auparavant",
    "parfois",
    "plutôt",
    "volontiers",
    "naguère",
    "autrefois",
];

/// An adverb: one of the list (not a clitic it also holds), or a word in « -ment » that is
/// no common noun (« vigoureusement », « ouvertement », not « gouvernement »).
fn is_adverb(t: &Tok) -> bool {
    let low = t.low.as_str();
    // (Sets built once: asked of nearly every word before a verb.)
    static LISTED: lexicon::WordSet = lexicon::WordSet::new();
    static PLAIN: lexicon::WordSet = lexicon::WordSet::new();
    if lexicon::word_set(&LISTED, &[lexicon::ADVERBS]).contains(low) {
        return !is_clitic(low);
    }
    if lexicon::word_set(&PLAIN, &[PLAIN_ADVERBS]).contains(low) {
        return true;
    }
    t.word
        && !t.upper
        && low.ends_with("ment")
        && low.chars().count() > 6
        && !matches!(
            low,
            "comment"
                | "gouvernement"
                | "parlement"
                | "document"
                | "changement"
                | "jugement"
                | "élément"
                | "événement"
                | "mouvement"
                | "traitement"
                | "financement"
                | "logement"
                | "enseignement"
                | "développement"
                | "établissement"
                | "investissement"
                | "département"
                | "comportement"
                | "fonctionnement"
                | "engagement"
                | "environnement"
                | "équipement"
                | "licenciement"
                | "règlement"
                | "sentiment"
                | "argument"
                | "rassemblement"
                | "bâtiment"
                | "médicament"
                | "appartement"
                | "instrument"
                | "armement"
                | "supplément"
                | "complément"
                | "paiement"
                | "recrutement"
                | "lancement"
                | "classement"
                | "affrontement"
                | "enlèvement"
                | "attachement"
                | "agrément"
        )
}

/// Object and reflexive pronouns, which the adverb list also holds.
fn is_clitic(low: &str) -> bool {
    matches!(
        low,
        "en" | "l'" | "le" | "lui" | "leur" | "y" | "s'" | "se" | "ne" | "n'"
    )
}

/// Whether what follows token `at - 1` is an infinitive reporting a state of the subject
/// (« avoue avoir », « dit être », « affirme pouvoir », « assure ne pas savoir »).
fn reports_infinitive(toks: &[Tok], at: usize) -> bool {
    const INFINITIVES: &[&str] = &["avoir", "être", "pouvoir", "vouloir", "devoir", "savoir"];
    let word = |k: usize| toks.get(k).map(|t| t.low.as_str());
    match word(at) {
        Some(w) if INFINITIVES.contains(&w) => true,
        Some("ne" | "n'") => {
            matches!(word(at + 1), Some("pas" | "jamais" | "plus" | "rien"))
                || word(at + 1).is_some_and(|w| INFINITIVES.contains(&w))
        }
        _ => false,
    }
}

/// Reporting verbs of fact that, without « que », report a toll (see `idioms::reports_a_toll`).
const TOLL_REPORTING: &[&str] = &[
    "indiquer",
    "signaler",
    "relever",
    "mentionner",
    "rapporter",
    "annoncer",
];

/// Whether the verb at `i` of [`TOLL_REPORTING`], its group at `start`, reports a toll right
/// after it, past adverbs, time words and adjuncts (« indiquent par ailleurs la mort de »,
/// « a relevé mardi 8 blessés », « signalent plus de vingt blessés »).
fn reports_a_toll(lemma: &str, toks: &[Tok], start: usize, i: usize) -> bool {
    TOLL_REPORTING.contains(&lemma)
        && [
            i + 1,
            past_adjuncts(toks, i + 1),
            past_adjuncts(toks, past_inserts(toks, i + 1)),
        ]
        .iter()
        .any(|&at| idioms::reports_a_toll(toks, start, at))
}

/// Reporting verbs whose forms are no common noun or adjective, so a noun subject and a
/// direct object suffice (« L'économiste prédit une récession »).
const TRANSITIVE_REPORTING: &[&str] = &[
    "revendiquer",
    "confirmer",
    "prédire",
    "évoquer",
    "reconnaître",
    "admettre",
    "justifier",
    "argumenter",
    "affirmer",
    "annoncer",
    "exclure",
    "écarter",
    "souligner",
    // « Les syndicats promettent une riposte », « le préfet rassure les commerçants » (a
    // speaking subject, see `idioms`).
    "promettre",
    "rassurer",
    // « Les ONG signalent des violations », « l'agence signalait une hausse des cas »: what is
    // reported to have happened.
    "signaler",
];

/// « Le syndicat a tenu une conférence lundi, promettant de rouvrir l'usine », « …, excluant
/// toute fermeture », « …, revendiquant une hausse des salaires »: a present participle after
/// the comma closing a clause with a finite verb whose subject can speak takes the object its
/// verb takes after a noun subject (not « Les prix ont grimpé, annonçant une année
/// difficile », whose subject is a thing).
fn participle_of_a_speaker(toks: &[Tok], start: usize, form: &str) -> bool {
    form.ends_with("ant")
        && start.checked_sub(1).is_some_and(|c| toks[c].low == ",")
        && toks[..start]
            .iter()
            .any(|t| !t.quoted && super::speaker::is_finite_verb(t))
        && subject_can_show(toks, start)
}

/// Whether the token after a verb opens its object or what it reports (« nie toute
/// implication », « dénonce les sanctions »), unlike an adjective's neighbour (« la situation
/// critique poussait »).
/// Whether the verb group at `start` is the second verb of its subject (« La CGT quitte la
/// réunion et dénonce un accord »): « et » right before it closes a clause of a subject, a
/// verb and its object (a lower-case word that is no article), not a list of nouns (« les
/// offres et demandes »).
fn second_verb(toks: &[Tok], start: usize) -> bool {
    let Some(et) = start.checked_sub(1).filter(|&e| toks[e].low == "et") else {
        return false;
    };
    let Some(before) = et.checked_sub(1).map(|b| &toks[b]) else {
        return false;
    };
    let clause_start = toks[..et]
        .iter()
        .rposition(|t| {
            matches!(t.low.as_str(), "." | ";" | ":" | "!" | "?") || is_quote_mark_str(&t.low)
        })
        .map_or(0, |b| b + 1);
    let words = toks[clause_start..et].iter().filter(|t| t.word).count();
    before.word
        && !before.quoted
        && !lexicon::DETERMINERS.contains(&before.low.as_str())
        && !lexicon::PREPOSITIONS.contains(&before.low.as_str())
        && words >= 4
        // (A verb before its object: « quitte la réunion », not « l'offre » after « de ».)
        && (clause_start + 1..et).any(|k| {
            let t = &toks[k];
            t.word
                && !t.upper
                && !t.quoted
                && !lexicon::DETERMINERS.contains(&t.low.as_str())
                && !lexicon::PREPOSITIONS.contains(&t.low.as_str())
                && !matches!(t.low.as_str(), "de" | "d'" | "du" | "des" | "et" | "ou")
                && lexicon::DETERMINERS.contains(&toks[k + 1].low.as_str())
        })
}

/// Whether a count opens at `next` (« 10 000 participants », « trois cents militants »): what
/// « revendiquer » claims for its subject (« plus de », « près de » already open an object).
fn opens_count(next: Option<&Tok>) -> bool {
    next.is_some_and(|t| {
        !t.quoted
            && (t.low.starts_with(|c: char| c.is_ascii_digit())
                || lexicon::CARDINALS.contains(&t.low.as_str()))
    })
}

fn opens_object(next: Option<&Tok>) -> bool {
    next.is_some_and(|n| {
        n.upper
            || !n.word && is_quote_mark_str(&n.low)
            || lexicon::DETERMINERS.contains(&n.low.as_str())
            || matches!(
                n.low.as_str(),
                "toute"
                    | "tout"
                    | "tous"
                    | "toutes"
                    | "que"
                    | "qu'"
                    | "l'"
                    | "d'"
                    | "de"
                    | ":"
                    | "à"
                    | "au"
                    | "aux"
                    | "contre"
                    | "pour"
                    | "en"
                    | "ces"
                    | "cette"
                    | "ce"
            )
    })
}

/// Whether the « à » at `a` that an infinitive follows has no subject governing it: only
/// « Mais », « Et », « Or », « Enfin » before it in the sentence, or an impersonal « il est »,
/// « il reste » right before it. (« Le maire tient à préciser », « le seul à affirmer », « il
/// est prêt à reconnaître » keep their subject.)
fn aside_without_subject(toks: &[Tok], a: usize) -> bool {
    toks[..a]
        .iter()
        .all(|t| !t.word || matches!(t.low.as_str(), "mais" | "et" | "or" | "enfin"))
        || a >= 2
            && toks[a - 2].low == "il"
            && matches!(
                toks[a - 1].low.as_str(),
                "est" | "était" | "sera" | "serait" | "reste" | "restait" | "restera" | "demeure"
            )
}

/// An infinitive (« prédire », « évoquer »): the verb of another one, not a cue of its own.
pub(super) fn is_infinitive(form: &str) -> bool {
    ["er", "ir", "re"].iter().any(|e| form.ends_with(e))
}

/// Whether the cue `lemma` is an adjective after « être » or « rester » (« est convaincu
/// que », « sont hostiles à », « reste confiant »): the copula is its auxiliary.
fn after_copula(lemma: &str) -> bool {
    matches!(lemma, "être convaincu" | "être hostile")
}

/// Words of degree or quantity between a copula and its adjective (« sont très inquiets »,
/// « sont tous opposés à », « reste plutôt confiant »).
pub(super) const DEGREE_WORDS: &[&str] = &[
    "très", "plutôt", "assez", "fort", "trop", "si", "bien", "tout", "toute", "tous", "toutes",
];

/// The copula before the adjective at `i` (« sont », « reste », « a été »), past adverbs and
/// words of degree (« n'est pas très », « restent toutes »).
fn copula_before(toks: &[Tok], i: usize) -> Option<usize> {
    let mut k = i.checked_sub(1)?;
    while k > 0 && (is_adverb(&toks[k]) || DEGREE_WORDS.contains(&toks[k].low.as_str())) {
        k -= 1;
    }
    let low = toks[k].low.as_str();
    (ETRE.contains(&low) || STATE_COPULAS.contains(&low) || is_been(toks, k)).then_some(k)
}

/// Whether the infinitive at `i` is the narrative infinitive of an incise right after a
/// quotation (« « … », de dire l'entraîneur », « …, d'ajouter le capitaine »), the Quebec
/// press's « a dit l'entraîneur »: its subject follows it.
pub(super) fn narrative_incise(toks: &[Tok], i: usize) -> bool {
    i.checked_sub(1).is_some_and(|de| {
        matches!(toks[de].low.as_str(), "de" | "d'") && follows_quotation(toks, de, false)
    })
}

/// Forms of « rester » and « demeurer »: a conviction kept (« reste convaincu que »).
const STATE_COPULAS: &[&str] = &[
    "reste",
    "restent",
    "restait",
    "restaient",
    "resté",
    "restée",
    "restés",
    "restées",
    "demeure",
    "demeurent",
    "demeurait",
    "demeuraient",
];

/// Whether « été » at `k` is the participle of « être » (« a été dit »), not the season after
/// its article or « d' » (« le Festival d'été », « cet été », « en été »).
fn is_been(toks: &[Tok], k: usize) -> bool {
    toks[k].low == "été"
        && !k.checked_sub(1).is_some_and(|p| {
            matches!(
                toks[p].low.as_str(),
                "d'" | "l'" | "cet" | "en" | "un" | "bel" | "chaque" | "de" | "du"
            )
        })
}

/// Forms of « être »: an auxiliary that makes a non-reflexive participle passive.
pub(super) const ETRE: &[&str] = &[
    "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "suis", "es",
    "sommes", "êtes", "fut", "furent",
];

/// Whether the bare participle at `i` (its group from `start`) is an incise whose auxiliary
/// the copy dropped (« « … » averti la préfecture », « « … », affirmé le maire. »): right after
/// a quotation's closing mark, maybe with its comma, and followed by its subject, a name or a
/// determiner's noun phrase, that closes the sentence (not « « … », cité par l'AFP », nor
/// « « … », publié dans Le Monde », an agent or a place).
fn auxiliary_dropped_in_incise(toks: &[Tok], start: usize, i: usize) -> bool {
    let mut k = start;
    if k > 0 && toks[k - 1].low == "," {
        k -= 1;
    }
    let after_quotation = k >= 2 && is_quote_mark(&toks[k - 1]) && toks[k - 2].quoted && start == i;
    let Some(subject) = toks.get(i + 1) else {
        return false;
    };
    let opens_subject = subject.word
        && !subject.quoted
        && (subject.upper || lexicon::DETERMINERS.contains(&subject.low.as_str()))
        && !lexicon::PREPOSITIONS.contains(&subject.low.as_str());
    if !after_quotation || !opens_subject {
        return false;
    }
    let end = super::speaker::np_end(toks, i + 1);
    toks[end + 1..]
        .iter()
        .all(|t| !t.word && !t.quoted && t.low != ",")
}

/// Whether the bare participle group starting at `start` is joined by « et », « puis » or
/// « ou » to a passive participle before it in the same clause (« a été ouverte et confiée »,
/// « est examinée puis confirmée », « avait été discuté, amendé et rejeté », « a été placé en
/// garde à vue et confié aux enquêteurs »). An active first verb (« a visité le chantier et
/// confié que ») is no passive.
fn shares_a_passive(toks: &[Tok], start: usize) -> bool {
    let Some(joint) = start.checked_sub(1) else {
        return false;
    };
    if !matches!(toks[joint].low.as_str(), "et" | "puis" | "ou") {
        return false;
    }
    // (« ouverte » too: the participles the shape of « signalé » misses.)
    let participle_like = |n: &Tok| {
        is_participle(&n.low)
            || [
                "ert", "erte", "erts", "ertes", "ite", "ites", "ise", "ises", "ue", "ues",
            ]
            .iter()
            .any(|e| n.low.ends_with(e))
    };
    let mut k = joint;
    while k > 0 && joint - k < 12 {
        k -= 1;
        let t = &toks[k];
        if t.quoted || matches!(t.low.as_str(), "que" | "qu'" | "qui" | "mais") {
            return false;
        }
        // (Commas only between participles of a list: « discuté, amendé et rejeté », or
        // before the joint after one: « a été ouverte, et confiée à la gendarmerie ».)
        let list_comma = t.low == ","
            && k > 0
            && is_participle(&toks[k - 1].low)
            && toks.get(k + 1).is_some_and(|n| is_participle(&n.low));
        let comma_before_joint =
            t.low == "," && k > 0 && k + 1 == joint && participle_like(&toks[k - 1]);
        if !t.word && !list_comma && !comma_before_joint {
            return false;
        }
        // (« été » then any word; « est », « sont » then a participle.)
        let participle_after = toks.get(k + 1).is_some_and(participle_like);
        if is_been(toks, k) && toks.get(k + 1).is_some_and(|n| n.word)
            || ETRE.contains(&t.low.as_str()) && participle_after
        {
            return true;
        }
        // (Another auxiliary before: an active compound verb, « a visité … et confié ».)
        if is_aux(&t.low) {
            return false;
        }
    }
    false
}

/// Whether « et » before `start` joins the participle after it to a participle set off by a
/// comma since the last auxiliary (« a ordonné la libération du militant, condamné en 2001 et
/// considéré comme un meneur »): « et » joins like to like, so the second participle describes
/// the same noun as the first and shares no auxiliary (not « a rendu hommage aux victimes et
/// affirmé que », where no participle stands apart). A participle that acts on what follows
/// it (a direct object, or the words it reports: « que », a colon, a quotation) is a verb of
/// the subject, never an apposition, which is passive in sense: « a visité l'usine, salué les
/// ouvriers et annoncé que » enumerates acts sharing one auxiliary, and in « a visité l'usine,
/// fermée depuis mars, et affirmé que » the second participle reports.
fn joins_an_apposed_participle(toks: &[Tok], start: usize) -> bool {
    let Some(aux) = toks[..start]
        .iter()
        .rposition(|t| !t.quoted && matches!(t.low.as_str(), "a" | "ont" | "avait" | "avaient"))
    else {
        return false;
    };
    if participle_acts_on_what_follows(toks, start) {
        return false;
    }
    (aux + 2..start.saturating_sub(1)).any(|j| {
        toks[j - 1].low == ","
            && toks[j].word
            && !toks[j].quoted
            && !toks[j].upper
            && is_participle(&toks[j].low)
            && !participle_acts_on_what_follows(toks, j)
    })
}

/// Whether the participle at `at`, past adverbs and a time phrase, takes a direct object (a
/// definite, demonstrative or possessive determiner: « salué les ouvriers », « promis une
/// prime ») or reports words (« que », « qu' », a colon, a quotation): an active verb. Not
/// « des », « du » (also « de » + article: « accusé du meurtre »), nor a number.
fn participle_acts_on_what_follows(toks: &[Tok], at: usize) -> bool {
    let Some(next) = toks.get(skip_adverbial(toks, at + 1)) else {
        return false;
    };
    unsaid::words_follow(std::slice::from_ref(next), 0)
        || matches!(
            next.low.as_str(),
            "le" | "la"
                | "les"
                | "l'"
                | "un"
                | "une"
                | "ce"
                | "cet"
                | "cette"
                | "ces"
                | "son"
                | "sa"
                | "ses"
                | "leur"
                | "leurs"
        )
}

/// A past participle (« signalé », « accusées », « requis », « reconnu »).
pub(super) fn is_participle(form: &str) -> bool {
    ["é", "ée", "és", "ées"].iter().any(|e| form.ends_with(e))
        || lexicon::is_irregular_participle(form)
}

/// A form that is a past participle after an auxiliary: one of [`is_participle`], or one
/// that is a present as well (« a hier dit », « a-t-il aussitôt écrit »).
pub(super) fn may_be_participle(form: &str) -> bool {
    is_participle(form) || lexicon::may_be_irregular_participle(form)
}

/// A simple present, third person (« affirme », « estiment », « dit »).
fn is_present(form: &str) -> bool {
    !(form.ends_with("ait")
        || form.ends_with("aient")
        || form.ends_with("ra")
        || form.ends_with("ront")
        || form.ends_with("rait")
        || form.ends_with("raient")
        || form.ends_with("ant")
        || form.ends_with("èrent")
        || form.ends_with("irent")
        // (« admit », « reconnut », « maintint »: the passé simple of irregular verbs.)
        || lexicon::is_simple_past(form)
        || is_participle(form))
        && (form.ends_with('e') || form.ends_with("ent") || form.ends_with('t'))
}

/// Whether `word` occurs in the clause starting at `from` (up to a strong boundary).
fn clause_has(toks: &[Tok], from: usize, word: &str) -> bool {
    toks[from.min(toks.len())..]
        .iter()
        .take_while(|t| !matches!(t.low.as_str(), "." | ";" | ":" | "?" | "!"))
        .any(|t| t.low == word)
}

/// « a appelé les autorités à cesser », « invita Pablo à cesser », « a qualifié ces
/// livraisons de « provocation » »: a short object (no
/// punctuation, no verb) and then the particle, itself followed by a lowercase word (an
/// infinitive or a noun phrase: not « à Washington »).
fn object_then_a(toks: &[Tok], at: usize, phrases: &[&str]) -> Option<usize> {
    // « a qualifié ces livraisons de « provocation » »: the same with « de ».
    // « a décrit la situation comme « explosive » », « présente la réforme comme une
    // avancée »: the same with « comme », before what the object is called.
    let particles: &[&str] = if phrases.contains(&"à") {
        &["à", "au", "aux"]
    } else if phrases.contains(&"de") {
        &["de", "d'", "du", "des"]
    } else if phrases.contains(&"comme") {
        &["comme"]
    } else if phrases.contains(&"responsable") {
        // « a tenu le premier ministre responsable de la crise », « tient les syndicats pour
        // responsables du blocage ».
        &["responsable", "responsables", "pour"]
    } else {
        return None;
    };
    // (« a qualifié le communiqué du M23 de « provocation » », « accuse le ministre de
    // l'Intérieur Paul Martin de mentir »: a name the object's « de » introduces lengthens it.)
    let mut reach = at + 6;
    let mut k = at;
    let mut past_a_relative = false;
    while k + 1 < reach.min(toks.len()) {
        k += 1;
        let t = &toks[k];
        // (« a condamné le prévenu à », « l'accusé »: a participle after a determiner is a
        // noun of the object, not a verb that ends it.)
        let noun = k > at + 1 && lexicon::DETERMINERS.contains(&toks[k - 1].low.as_str());
        if !t.word || t.quoted || lexicon::is_verb_form(t.low.as_str()) && !noun {
            return None;
        }
        if particles.contains(&t.low.as_str()) {
            let after = toks.get(k + 1)?;
            if t.low == "pour" {
                let held = matches!(after.low.as_str(), "responsable" | "responsables");
                return held.then_some(k + 1);
            }
            if t.low == "comme" {
                return names_what_it_is(toks, k + 1).then_some(k);
            }
            if named_complement(toks, k) {
                reach = (reach + 3).min(at + 12);
                continue;
            }
            let infinitive_or_np = after.word && !after.upper || is_quote_mark_str(&after.low);
            // (Past a relative clause, the particle may be the relative's own: « a appelé les
            // pompiers qui sont arrivés à temps »: only an infinitive or a noun after its
            // article is what the call asks for: « à reporter », « à la prudence », « au
            // dialogue ».)
            let called_for = !past_a_relative
                || t.low != "à"
                || ["er", "ir", "re", "oir"]
                    .iter()
                    .any(|e| after.low.ends_with(e))
                || matches!(after.low.as_str(), "la" | "l'");
            return (infinitive_or_np && called_for).then_some(k);
        }
        // « a invité les passagers qui le peuvent à reporter leur voyage », « appelle les
        // automobilistes qui doivent circuler à la prudence »: a short relative clause on the
        // object, its verb before the particle.
        if t.low == "qui" && particles.contains(&"à") {
            if let Some(verb) = relative_verb_after(toks, k) {
                k = verb;
                past_a_relative = true;
                reach = (verb + 4).min(at + 14);
                continue;
            }
        }
        if matches!(t.low.as_str(), "que" | "qu'" | "qui")
            || lexicon::PREPOSITIONS.contains(&t.low.as_str())
        {
            return None;
        }
    }
    None
}

/// The finite verb of a short relative clause opened by « qui » at `qui` (« qui le
/// peuvent », « qui doivent circuler », « qui travaillent »): within three words, past
/// clitics and negation, no punctuation or quotation before it.
fn relative_verb_after(toks: &[Tok], qui: usize) -> Option<usize> {
    (qui + 1..(qui + 4).min(toks.len()))
        .take_while(|&j| toks[j].word && !toks[j].quoted)
        .find(|&j| super::speaker::is_finite_verb(&toks[j]))
}

/// Whether the « de » / « du » / « des » at `k`, inside the object of a verb of the « X de Y »
/// frame, opens a name that completes the object (« le communiqué du M23 », « le ministre de
/// l'Intérieur », « la décision de Paris »): a capitalized word, maybe after « l' » / « la » /
/// « le », unquoted; what the object is called or charged with is in lower case or quoted.
fn named_complement(toks: &[Tok], k: usize) -> bool {
    if !matches!(toks[k].low.as_str(), "de" | "d'" | "du" | "des") {
        return false;
    }
    let name_at = match toks.get(k + 1).map(|t| t.low.as_str()) {
        Some("l'" | "la" | "le" | "les") if toks[k].low != "du" && toks[k].low != "des" => k + 2,
        _ => k + 1,
    };
    toks.get(name_at)
        .is_some_and(|t| t.word && t.upper && !t.quoted)
}

/// « a informé ses salariés que »: a short object (no punctuation, preposition or verb), then
/// « que », from token `at`.
fn object_then_que(toks: &[Tok], at: usize) -> bool {
    for t in toks.iter().skip(at + 1).take(5) {
        if matches!(t.low.as_str(), "que" | "qu'") {
            return true;
        }
        if !t.word
            || t.quoted
            || lexicon::is_verb_form(t.low.as_str())
            || lexicon::PREPOSITIONS.contains(&t.low.as_str())
            || t.low == "qui"
        {
            return false;
        }
    }
    false
}

/// Whether what follows « comme » at `at` says what something is (« comme « explosive » »,
/// « comme une avancée », « comme étant la plus grave », « comme inacceptable »), not how or
/// when (« comme chaque année », « comme prévu », « comme l'an dernier », « comme il l'a vu »).
fn names_what_it_is(toks: &[Tok], at: usize) -> bool {
    let Some(t) = toks.get(at) else {
        return false;
    };
    let low = t.low.as_str();
    if is_quote_mark_str(low) || matches!(low, "un" | "une" | "étant") {
        return true;
    }
    if matches!(low, "le" | "la" | "les" | "l'") {
        // (« comme la « plus meurtrière » »: the words in quotation marks.)
        return toks.get(at + 1).is_some_and(|n| {
            matches!(n.low.as_str(), "plus" | "moins" | "seul" | "seule")
                || !n.quoted && is_quote_mark_str(&n.low)
        });
    }
    t.word
        && !t.upper
        && !t.quoted
        && !lexicon::DETERMINERS.contains(&low)
        && !lexicon::PREPOSITIONS.contains(&low)
        && !lexicon::SUBJECT_PRONOUNS.contains(&low)
        && !lexicon::TIME_WORDS.contains(&low)
        && !lexicon::is_verb_form(low)
        && !matches!(
            low,
            "chaque"
                | "prévu"
                | "prévue"
                | "convenu"
                | "annoncé"
                | "d'habitude"
                | "d'"
                | "de"
                | "du"
                | "toujours"
                | "souvent"
                | "si"
                | "lors"
                | "tous"
                | "toutes"
                | "tout"
                | "ici"
                | "ailleurs"
                | "partout"
                | "ça"
                | "cela"
                | "je"
                | "nous"
                | "vous"
        )
}

/// Whether the verb group at `start` follows the comma that closes an aside about its subject
/// (« Le ministre, qui n'était pas du voyage, a répondu à sa place », « X, en l'occurrence, a
/// répondu à Y »), not the comma of an incise after a quotation (« « … », a répondu X »).
fn after_an_aside(toks: &[Tok], start: usize) -> bool {
    start >= 2
        && toks[start - 1].low == ","
        && !toks[start - 1].quoted
        && !is_quote_mark_str(&toks[start - 2].low)
        && toks[..start - 1].iter().any(|t| t.low == "," && !t.quoted)
}

pub(super) fn is_quote_mark_str(s: &str) -> bool {
    matches!(s, "\"" | "«" | "“")
}

pub(super) fn is_aux(s: &str) -> bool {
    lexicon::AUXILIARIES.contains(&s)
}

/// If one of `phrases` follows position `at` (adverbs skipped), the index of its last token.
pub(super) fn follows(toks: &[Tok], at: usize, phrases: &[&str]) -> Option<usize> {
    let mut at = at;
    // Adverbs, not the clitics the list also holds (« a émis l'espoir »: « l' » opens the
    // phrase).
    // Time words too (« a exprimé samedi un « non » », « a appelé mardi les élus à »).
    loop {
        while toks
            .get(at)
            .is_some_and(|t| is_adverb(t) || lexicon::TIME_WORDS.contains(&t.low.as_str()))
        {
            at += 1;
        }
        at = skip_adverbial(toks, at);
        // « a apporté, sur RFI, un démenti », « a appelé, dans un communiqué, les élus à »:
        // an adjunct set off by commas.
        match aside_from(toks, at).or_else(|| condition_between_commas(toks, at)) {
            Some(after) => at = after,
            None => break,
        }
    }
    // « a appelé «au calme» », « a qualifié "d'infondées" les rumeurs »: the particle may
    // open a quotation.
    let opens_quote = toks
        .get(at)
        .is_some_and(|t| !t.quoted && is_quote_mark_str(&t.low))
        && toks.get(at + 1).is_some_and(|t| t.quoted && t.word);
    let starts = if opens_quote { at..at + 2 } else { at..at + 1 };
    for at in starts {
        for phrase in phrases {
            // (No Vec per phrase: this runs for every cue against long phrase lists.)
            let mut last = at;
            let matched = phrase.split(' ').enumerate().all(|(k, w)| {
                last = at + k;
                toks.get(at + k).is_some_and(|t| t.low == w)
            });
            if matched {
                return Some(last);
            }
        }
    }
    None
}
