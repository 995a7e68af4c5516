//! Incises inside a quotation: the press sets « a-t-il affirmé » or « a déclaré le ministre »
//! between commas inside the quotation marks it interrupts (« Nous ne céderons rien, a affirmé
//! le ministre. Les responsables seront punis. »). The tokenizer marks those words as quoted,
//! like the words around them; this pass gives them back to the narrator, so the reporting verb
//! and its subject are seen as in an incise after a closing quotation mark.

use super::open_incise::{follows_quotation, open_incise_at};
use super::tokens::{split_inverted, Tok};
use crate::brief::lexicon::{self, Verb};

/// The most words an incise holds (« a déclaré jeudi à l'AFP le porte-parole du ministère de
/// l'Intérieur »).
const MAX_INCISE_WORDS: usize = 14;

/// Marks as not quoted every incise that interrupts a quotation: after a quoted comma, a
/// reporting verb inverted (« a-t-il dit », « ajoute-t-elle ») or followed by its subject
/// (« a affirmé le ministre », « explique Marie Dupont »), up to the next comma, sentence end
/// or quotation mark.
pub(super) fn unquote_incises(toks: &mut [Tok]) {
    let mut i = 0;
    while i < toks.len() {
        if toks[i].quoted && toks[i].low == "," && quoted_words_before(toks, i) > 0 {
            if let Some(end) = incise_after(toks, i + 1) {
                for t in &mut toks[i + 1..end] {
                    t.quoted = false;
                }
                i = end;
                continue;
            }
        }
        i += 1;
    }
}

/// « Le maire a d'abord « salué la décision » », « Le ministre a « catégoriquement démenti »
/// ces informations »: a quotation opening between the auxiliary and its participle (adverbs
/// may stand on either side of the mark) swallows the reporting verb. The adverbs and the
/// participle go back to the narrator, and the opening mark is dropped, so the verb group is
/// seen whole; what follows the participle stays quoted.
pub(super) fn unquote_verb_after_aux(toks: &mut Vec<Tok>) {
    let verbs = lexicon::verbs();
    let mut m = 1;
    while m < toks.len() {
        let opening = !toks[m].quoted
            && matches!(toks[m].low.as_str(), "«" | "\"" | "“")
            && toks.get(m + 1).is_some_and(|t| t.quoted);
        // (Only an opening mark is looked at: the auxiliary before it is sought only then.)
        if !opening {
            m += 1;
            continue;
        }
        // The auxiliary, at most three adverb words before the mark (« a d'abord »).
        let aux_before = (m.saturating_sub(4)..m)
            .rev()
            .find(|&k| !toks[k].quoted && lexicon::AUXILIARIES.contains(&toks[k].low.as_str()));
        let adverbs_between = aux_before.is_some_and(|a| {
            toks[a + 1..m].iter().all(|t| {
                t.word
                    && !t.quoted
                    && (lexicon::ADVERBS.contains(&t.low.as_str())
                        || t.low.ends_with("ment")
                        || matches!(t.low.as_str(), "d'" | "abord" | "ensuite"))
            })
        });
        if !adverbs_between {
            m += 1;
            continue;
        }
        // Quoted adverbs, then the participle of a reporting verb.
        let mut v = m + 1;
        while v < toks.len()
            && v < m + 3
            && toks[v].quoted
            && (lexicon::ADVERBS.contains(&toks[v].low.as_str()) || toks[v].low.ends_with("ment"))
        {
            v += 1;
        }
        let participle = toks.get(v).is_some_and(|t| {
            t.quoted
                && t.word
                && verbs.contains_key(t.low.as_str())
                && (["é", "ée", "és", "ées"].iter().any(|e| t.low.ends_with(e))
                    || lexicon::is_irregular_participle(&t.low))
        });
        if participle {
            for t in &mut toks[m + 1..=v] {
                t.quoted = false;
            }
            toks.remove(m);
        }
        m += 1;
    }
}

/// « Le ministre « appelle la population à la prudence. » », « Cinglant, il « rappelle que
/// l'enquête est secrète » »: a quotation opening between the subject and its verb, whose
/// first word is a finite reporting verb and which runs to the sentence's end, swallows the
/// verb. The verb goes back to the narrator and the opening mark is dropped, so subject and
/// verb are seen together; what follows the verb stays quoted. Not a quoted word the narrator
/// goes on after (« Le texte « affirme » des principes, explique X »), nor a quotation after a
/// determiner, a preposition or a verb (« la « réforme » », « a dit « non » »).
pub(super) fn unquote_verb_after_subject(toks: &mut Vec<Tok>) {
    let verbs = lexicon::verbs();
    let Some(m) = (1..toks.len()).find(|&m| {
        !toks[m].quoted
            && matches!(toks[m].low.as_str(), "«" | "\"" | "“")
            && toks.get(m + 1).is_some_and(|t| t.quoted && t.word)
    }) else {
        return;
    };
    let subject = &toks[m - 1];
    let low = subject.low.as_str();
    let subject_end = subject.word
        && !subject.quoted
        && !lexicon::DETERMINERS.contains(&low)
        && !lexicon::PREPOSITIONS.contains(&low)
        && !matches!(low, "que" | "qu'" | "de" | "d'" | "et" | "ou" | "mais")
        && !verbs.contains_key(low)
        && !lexicon::AUXILIARIES.contains(&low);
    let verb = &toks[m + 1];
    let finite = verbs.get(verb.low.as_str()).is_some_and(|v| !v.incise_only)
        && split_inverted(&verb.low).is_none()
        && ["e", "ent", "it", "t", "ait", "aient"]
            .iter()
            .any(|e| verb.low.ends_with(e))
        && !["er", "ir", "ire", "ant", "é", "ée", "és", "ées"]
            .iter()
            .any(|e| verb.low.ends_with(e));
    // The quotation holds the rest of the sentence: no narrator's word after it closes.
    let to_the_end = toks[m + 1..].iter().all(|t| t.quoted || !t.word);
    if !(subject_end && finite && to_the_end) {
        return;
    }
    // (« appelle la population et les vacanciers à la vigilance »: a verb that needs « à »
    // after its object takes the object and « à » back too, so the particle is seen.)
    let mut last = m + 1;
    if let Some(phrases) = verbs
        .get(toks[m + 1].low.as_str())
        .and_then(|v| v.needs_next)
    {
        let particle = (m + 2..(m + 8).min(toks.len()))
            .take_while(|&k| toks[k].word && !verbs.contains_key(toks[k].low.as_str()))
            .find(|&k| phrases.contains(&toks[k].low.as_str()));
        if let Some(k) = particle.filter(|_| phrases.contains(&"à")) {
            last = k;
        }
    }
    for t in &mut toks[m + 1..=last] {
        t.quoted = false;
    }
    toks.remove(m);
}

/// Quoted words right before token `at`, back to the opening quotation mark.
fn quoted_words_before(toks: &[Tok], at: usize) -> usize {
    toks[..at]
        .iter()
        .rev()
        .take_while(|t| t.quoted)
        .filter(|t| t.word)
        .count()
}

/// The end (exclusive) of an incise starting at token `from`, if one starts there.
fn incise_after(toks: &[Tok], from: usize) -> Option<usize> {
    // (A verb the lexicon does not list, by its shape: « Je ne sais pas, s'interroge-t-il,
    // si … ».)
    let (verb_end, inverted) = verb_group(toks, from).or_else(|| {
        open_incise_at(toks, from)
            .filter(|g| follows_quotation(toks, from, g.inverted.is_some()))
            .map(|g| (g.verb, g.inverted.is_some()))
    })?;
    let end = (verb_end + 1..toks.len())
        .find(|&k| ends_incise(&toks[k]))
        .unwrap_or(toks.len());
    let words = toks[from..end].iter().filter(|t| t.word).count();
    if words > MAX_INCISE_WORDS || end == verb_end + 1 && !inverted {
        return None;
    }
    let after_verb = &toks[verb_end + 1..end];
    // What follows the verb is its subject and adjuncts, never what it reports.
    if after_verb
        .iter()
        .any(|t| matches!(t.low.as_str(), "que" | "qu'" | ":"))
    {
        return None;
    }
    // Without inversion, the subject follows, maybe past adjuncts (« jeudi à l'AFP »): a
    // name, a determiner, a title, or the paper's own source (« ajoute notre source »).
    let names_someone = |t: &Tok| {
        t.upper
            || lexicon::DETERMINERS.contains(&t.low.as_str())
            || matches!(t.low.as_str(), "notre" | "nos")
    };
    if !inverted && !after_verb.iter().any(|t| t.word && names_someone(t)) {
        return None;
    }
    // A reflexive verb not inverted has its subject right after it (« s'étonne notre
    // source »); « s'explique par la crise » is no incise.
    if is_reflexive(toks, from) && !inverted && !after_verb.first().is_some_and(names_someone) {
        return None;
    }
    Some(end)
}

/// Whether token `at` is a reflexive pronoun opening a verb group (« s'étonne », « se dit »).
fn is_reflexive(toks: &[Tok], at: usize) -> bool {
    toks.get(at)
        .is_some_and(|t| !t.upper && matches!(t.low.as_str(), "s'" | "se"))
}

/// The last token of a reporting verb group starting at `from` (an auxiliary and a participle,
/// or a simple verb; either may be inverted, and a reflexive may open it: « s'étonne »,
/// « s'est-il interrogé »), and whether it is inverted.
fn verb_group(toks: &[Tok], from: usize) -> Option<(usize, bool)> {
    let from = from + usize::from(is_reflexive(toks, from));
    let first = toks.get(from).filter(|t| t.word)?;
    if let Some((head, _)) = split_inverted(&first.low) {
        if is_auxiliary(head) {
            let participle = toks.get(from + 1)?;
            return reporting(&participle.low)
                .map(|_| (from + 1, true))
                .or_else(|| fixed_phrase_end(toks, from + 1).map(|end| (end, true)));
        }
        return reporting(head).map(|_| (from, true));
    }
    if is_auxiliary(&first.low) {
        // « a aussi déclaré », « a encore précisé »: adverbs between auxiliary and participle.
        let mut at = from + 1;
        while toks.get(at).is_some_and(|t| {
            t.word
                && lexicon::ADVERBS.contains(&t.low.as_str())
                && !CLITICS.contains(&t.low.as_str())
        }) {
            at += 1;
        }
        let participle = toks.get(at)?;
        return reporting(&participle.low)
            .map(|_| (at, false))
            .or_else(|| fixed_phrase_end(toks, at).map(|end| (end, false)));
    }
    reporting(&first.low)
        .map(|_| (from, false))
        .or_else(|| fixed_phrase_end(toks, from).map(|end| (end, false)))
}

/// The end of a reporting locution whose verb at `at` needs a fixed phrase, when the phrase
/// follows (« a mis en garde », « met en garde »): not a particle opening a complement
/// (« à », « de », « que », « contre » …), which no incise holds.
fn fixed_phrase_end(toks: &[Tok], at: usize) -> Option<usize> {
    let phrases = lexicon::verbs().get(toks[at].low.as_str())?.needs_next?;
    let next = toks.get(at + 1)?;
    let particle = matches!(
        next.low.as_str(),
        "à" | "au"
            | "aux"
            | "de"
            | "d'"
            | "du"
            | "des"
            | "que"
            | "qu'"
            | "pour"
            | "sur"
            | "contre"
            | "comme"
            | "en faveur"
    );
    if particle || next.quoted != toks[at].quoted {
        return None;
    }
    let end = super::cues::follows(toks, at + 1, phrases)?;
    (end > at).then_some(end)
}

/// The reporting verb `form` is a form of, when it needs nothing after it to report speech.
fn reporting(form: &str) -> Option<Verb> {
    lexicon::verbs()
        .get(form)
        .copied()
        .filter(|v| v.needs_next.is_none())
}

/// Clitics and negation the adverb list also holds: no adverb inside a verb group.
const CLITICS: &[&str] = &[
    "en", "l'", "le", "lui", "leur", "y", "s'", "se", "ne", "n'", "pas",
];

fn is_auxiliary(low: &str) -> bool {
    matches!(
        low,
        "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient" | "est" | "sont" | "était"
    )
}

/// Whether token `t` closes an incise: a comma, a sentence end, a quotation mark.
fn ends_incise(t: &Tok) -> bool {
    !t.word && !matches!(t.low.as_str(), "'" | "-" | "(" | ")")
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn narrated(sentence: &str) -> String {
        let mut toks = tokenize(sentence);
        unquote_incises(&mut toks);
        toks.iter()
            .filter(|t| t.word && !t.quoted)
            .map(|t| t.low.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn an_incise_inside_a_quotation_is_the_narrators() {
        assert_eq!(
            narrated("« Nous ne céderons rien, a affirmé le ministre. Les coupables paieront. »"),
            "a affirmé le ministre"
        );
        assert_eq!(
            narrated("« La situation reste tendue, a-t-il ajouté, nous suivons cela de près. »"),
            "a-t-il ajouté"
        );
        assert_eq!(
            narrated("« Rien ne nous arrêtera, poursuit Marie Dupont. Rien. »"),
            "poursuit marie dupont"
        );
        assert_eq!(
            narrated("« Il n'y a aucune preuve, a déclaré jeudi à l'AFP Jean Dupont. »"),
            "a déclaré jeudi à l' afp jean dupont"
        );
    }

    #[test]
    fn a_reflexive_verb_or_the_papers_source_makes_an_incise_too() {
        assert_eq!(
            narrated("« Au lieu d'attendre, s'étonne un élu, la préfète a tranché seule. »"),
            "s' étonne un élu"
        );
        assert_eq!(
            narrated(
                "« Le courrier, daté du 3 mars, ajoute encore notre source, est arrivé tard. »"
            ),
            "ajoute encore notre source"
        );
        assert_eq!(
            narrated("« Nos adhérents, se félicitent nos délégués, ont tenu bon. »"),
            "se félicitent nos délégués"
        );
    }

    #[test]
    fn a_reflexive_verb_with_no_subject_right_after_it_stays_quoted() {
        // « s'expliquer par »: the words quoted, not an incise with a subject.
        assert_eq!(
            narrated("« La hausse, s'explique par la crise, pèse sur tous. »"),
            ""
        );
    }

    #[test]
    fn a_one_word_answer_has_its_incise_too() {
        assert_eq!(
            narrated("« Non, a répondu le ministre. Jamais. »"),
            "a répondu le ministre"
        );
    }

    #[test]
    fn quoted_words_that_only_look_like_an_incise_stay_quoted() {
        // What follows reports something: the speaker's own words.
        assert_eq!(
            narrated("« Je suis venu, a dit que je partirais, voilà tout. »"),
            ""
        );
        // A verb with no subject after it and no inversion.
        assert_eq!(narrated("« Nous avons tout fait, a expliqué. »"), "");
        // Lower-case words after the verb and no determiner: no subject.
        assert_eq!(narrated("« Il faut agir vite, dit souvent. »"), "");
        // A comma opening the quotation follows no quoted word.
        assert_eq!(narrated("« , a dit le maire. »"), "");
        // No quotation at all: nothing to give back.
        assert_eq!(
            narrated("Le maire, a dit le préfet, viendra."),
            "le maire a dit le préfet viendra"
        );
    }
}
