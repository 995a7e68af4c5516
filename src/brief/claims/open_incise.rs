//! Open-class incises: reporting verbs the lexicon does not list, recognised by their shape
//! where the syntax alone proves speech. Right after a quotation and its comma, a finite verb
//! with its subject after it (« « … », tacle le ministre », « « … », a taclé Marie Dupont »,
//! « « … », s'étrangle un élu ») or an inverted clitic (« cingle-t-il », « s'interroge-t-elle »)
//! reports the quotation, whatever the verb. Words that only look like verbs (nouns,
//! adjectives, participles, conjunctions: « une formule qui … », « le 12 mai », « comme le
//! dit X »), verbs that report nothing (« reste la question », « semble-t-il »), subjects that
//! cannot speak (« triomphe la raison ») and incises that go on to report something else
//! (« que », a new quotation) are refused. The known lexicon's verbs never come here.

use super::speaker::{can_speak, ROLE_ADJECTIVES};
use super::tokens::{is_quote_mark, split_inverted, Tok};
use crate::brief::lexicon;

/// The most words an open incise holds after its verb (« a taclé jeudi sur France Inter le
/// ministre de l'Intérieur »).
const MAX_WORDS_AFTER: usize = 12;

/// A verb group standing where an incise reports a quotation.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct OpenIncise {
    /// The verb (the participle of a compound tense).
    pub(super) verb: usize,
    /// The subject pronoun inverted on the verb or its auxiliary (« a-t-il taclé »).
    pub(super) inverted: Option<String>,
    /// Whether the auxiliary is a conditional (« aurait taclé »).
    pub(super) conditional: bool,
    /// Whether the verb is a simple form (no auxiliary).
    pub(super) simple: bool,
    /// The token closing the incise (a comma, a sentence end, a quotation mark), or the
    /// sentence's length.
    pub(super) end: usize,
}

/// The open incise whose verb group starts at token `from`, if one does: an optional reflexive
/// (« s' », « se »), then an inverted verb or auxiliary (« cingle-t-il », « a-t-elle taclé »),
/// an auxiliary and a participle (« a taclé », « s'est étranglé »), or a simple finite form
/// (« tacle », « grimaçait »); a subject that can speak after a verb not inverted; no « que »
/// before the incise closes. Whether a quotation stands before `from` is the caller's to check.
pub(super) fn open_incise_at(toks: &[Tok], from: usize) -> Option<OpenIncise> {
    let word = |k: usize| toks.get(k).filter(|t| t.word && !t.upper);
    let reflexive = matches!(word(from)?.low.as_str(), "s'" | "se");
    let at = from + usize::from(reflexive);
    let first = word(at)?;
    let (verb, form, inverted, aux) = if let Some((head, pronoun)) = split_inverted(&first.low) {
        if is_open_auxiliary(head, reflexive) {
            let p = past_adverbs(toks, at + 1);
            (p, word(p)?.low.as_str(), Some(pronoun), Some(head))
        } else {
            (at, head, Some(pronoun), None)
        }
    } else if is_open_auxiliary(&first.low, reflexive) {
        let p = past_adverbs(toks, at + 1);
        (p, word(p)?.low.as_str(), None, Some(first.low.as_str()))
    } else {
        (at, first.low.as_str(), None, None)
    };
    let shaped = match (aux, inverted) {
        (Some(_), _) => split_inverted(form).is_none() && is_participle_shape(form),
        (None, Some(_)) => is_inverted_shape(form),
        // (Only a reflexive vouches for a simple form that nouns also take: « se désole ».)
        (None, None) => is_simple_shape(form) || reflexive && is_inverted_shape(form),
    };
    if !shaped || reports_nothing(form) || lexicon::verbs().contains_key(form) {
        return None;
    }
    let end = (verb + 1..toks.len())
        .find(|&k| !toks[k].word && !matches!(toks[k].low.as_str(), "'" | "-"))
        .unwrap_or(toks.len());
    let after = &toks[verb + 1..end];
    if after.iter().filter(|t| t.word).count() > MAX_WORDS_AFTER
        || after.iter().any(|t| matches!(t.low.as_str(), "que" | "qu'"))
        // (« tacle-t-il ? »: a question, not an incise.)
        || toks.get(end).is_some_and(|t| t.low == "?")
    {
        return None;
    }
    let subject_ok = match inverted {
        // Only adjuncts after an inverted verb (« cingle-t-il dans un communiqué »), no
        // infinitive or object (« oserait-il affronter ses électeurs »).
        // (« a-t-elle lancé comme avertissement »)
        Some(_) => after.first().is_none_or(|t| {
            lexicon::PREPOSITIONS.contains(&t.low.as_str())
                || t.low == "comme"
                || lexicon::TIME_WORDS.contains(&t.low.as_str())
                || is_plain_adverb(&t.low)
        }),
        None => speaker_starts(toks, verb + 1, end, plural(form, aux)),
    };
    subject_ok.then(|| OpenIncise {
        verb,
        inverted: inverted.map(str::to_string),
        conditional: aux.is_some_and(|a| lexicon::CONDITIONAL_AUX.contains(&a))
            || aux.is_none() && lexicon::is_conditional(form),
        simple: aux.is_none(),
        end,
    })
}

/// Whether token `from` opens a verb group right after a quotation: a comma after its closing
/// mark (« « … », tacle X »), inside it (« « …, » tacle X », « « … ! » tacle X »), a quoted
/// comma the incise interrupts (« « Je ne sais pas, s'interroge-t-il, si … » »), or the
/// closing mark of a quotation of eight words or more. The quotation opens the
/// sentence or holds three words at least (« son discours, « historique », tranche … » quotes
/// a word, not a statement); a shorter one before a verb not inverted ends on an exclamation
/// or its own comma (« « Jamais ! », tacle le ministre », not the title of « « Germinal », a
/// ému les lecteurs »). A quotation inside a phrase, after a preposition or a determiner, is
/// a title or a term, not words someone said.
pub(super) fn follows_quotation(toks: &[Tok], from: usize, inverted: bool) -> bool {
    let (Some(p), Some(q)) = (from.checked_sub(1), from.checked_sub(2)) else {
        return false;
    };
    let (before, quote_end) = (&toks[p], &toks[q]);
    let closes = |t: &Tok| matches!(t.low.as_str(), "»" | "”" | "\"");
    let comma_after = before.low == "," && (quote_end.quoted || closes(quote_end));
    let comma_inside = closes(before)
        && quote_end.quoted
        && matches!(quote_end.low.as_str(), "," | "!" | "?" | "." | "…");
    // (« « … » a poursuivi l'expert »: no comma after a long quotation, never a title.)
    let long_quotation = toks[..from]
        .iter()
        .rev()
        .skip(1)
        .take_while(|t| t.quoted)
        .filter(|t| t.word)
        .count()
        >= 8;
    let no_comma = closes(before) && quote_end.quoted && long_quotation;
    let quoted_words = toks[..from].iter().filter(|t| t.quoted && t.word).count();
    let opens_sentence = toks.first().is_some_and(|t| t.quoted || is_quote_mark(t));
    let exclaims = comma_inside
        || toks[..from]
            .iter()
            .rev()
            .find(|t| t.quoted && !matches!(t.low.as_str(), "," | "»" | "”" | "\""))
            .is_some_and(|t| matches!(t.low.as_str(), "!" | "?" | "…"));
    // « Après « La Guerre des étoiles », a triomphé le réalisateur »: a title inside a phrase
    // (after a preposition or a determiner), not words someone said.
    let embedded = (0..from)
        .rev()
        .find(|&k| toks[k].quoted && toks[k].word)
        .and_then(|last| (0..=last).rev().find(|&k| !toks[k].quoted))
        .filter(|&open| is_quote_mark(&toks[open]))
        .and_then(|open| open.checked_sub(1))
        .is_some_and(|w| {
            let low = toks[w].low.as_str();
            toks[w].word
                && (lexicon::PREPOSITIONS.contains(&low)
                    || lexicon::DETERMINERS.contains(&low)
                    || matches!(low, "de" | "d'" | "comme" | "selon" | "malgré"))
        });
    !embedded
        && (no_comma
            || (comma_after || comma_inside)
                && (quoted_words >= 3 || opens_sentence && (inverted || exclaims)))
}

/// Whether nothing after an incise closing at token `end` is reported: the sentence ends,
/// or the quotation the incise interrupts goes on, or only unquoted words with no « que »,
/// colon, semicolon or quotation follow (« …, tacle le ministre, en visite à Lyon. »).
pub(super) fn closes_cleanly(toks: &[Tok], end: usize) -> bool {
    let Some(t) = toks.get(end) else {
        return true;
    };
    // (A quotation mark that opens a new quotation reports something: « …, tacle X « … » ».)
    let opens_quotation = is_quote_mark(t) && toks.get(end + 1).is_some_and(|n| n.quoted);
    if matches!(t.low.as_str(), "." | "!" | "…") || t.quoted || is_quote_mark(t) && !opens_quotation
    {
        return true;
    }
    if t.low == "," && toks.get(end + 1).is_some_and(|n| n.quoted) {
        return true;
    }
    toks[end..].iter().all(|t| {
        !t.quoted && !is_quote_mark(t) && !matches!(t.low.as_str(), "que" | "qu'" | ":" | ";" | "?")
    })
}

/// Auxiliaries of a third-person compound tense (« être » only after a reflexive: « s'est
/// étranglé »).
fn is_open_auxiliary(low: &str, reflexive: bool) -> bool {
    matches!(
        low,
        "a" | "ont" | "avait" | "avaient" | "aurait" | "auraient"
    ) || reflexive && matches!(low, "est" | "sont" | "était" | "étaient")
}

/// The first token at or after `at` that is not an adverb inside a verb group (« a encore
/// taclé »).
fn past_adverbs(toks: &[Tok], mut at: usize) -> usize {
    while toks
        .get(at)
        .is_some_and(|t| t.word && is_plain_adverb(&t.low))
    {
        at += 1;
    }
    at
}

/// An adverb of the lexicon that is no clitic or negation.
fn is_plain_adverb(low: &str) -> bool {
    lexicon::ADVERBS.contains(&low)
        && !matches!(
            low,
            "en" | "l'" | "le" | "lui" | "leur" | "y" | "s'" | "se" | "ne" | "n'" | "pas"
        )
}

/// A past participle (« taclé », « étranglée », « rougi », « interrompu », « admis »).
pub(super) fn is_participle_shape(form: &str) -> bool {
    form.chars().count() >= 3
        && [
            "é", "ée", "és", "ées", "i", "ie", "is", "u", "ue", "us", "it", "ert", "int",
        ]
        .iter()
        .any(|e| form.ends_with(e))
}

/// A third-person finite form inverted before its clitic (« tacle-t-il », « grimaçait-elle »,
/// « sourit-il », « reprend-elle », « lança-t-il »).
fn is_inverted_shape(form: &str) -> bool {
    form.chars().count() >= 3
        && ["e", "a", "t", "d"].iter().any(|e| form.ends_with(e))
        && !form.ends_with("ée")
        && !is_function_word(form)
}

/// A simple third-person finite form standing alone before its subject: present (« tacle »,
/// « grimacent », « admet », « reprend »), imperfect (« cinglait ») or passé simple
/// (« lança », « rétorquèrent », « rougit »). Adverbs in « -ment » and nouns in « -ent »
/// that name people are not.
fn is_simple_shape(form: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "e", "ent", "ait", "aient", "a", "èrent", "it", "irent", "ut", "urent", "end", "ond",
        "met", "ît",
    ];
    form.chars().count() >= 4
        && ENDINGS.iter().any(|e| form.ends_with(e))
        && !form.ends_with("ée")
        && !form.ends_with("ment")
        && !can_speak(form)
        && !NOUN_LOOKALIKES.contains(&form)
        && !is_function_word(form)
}

/// Whether the verb is plural (« grimacent », « ont taclé »): only then may « des » open its
/// subject (« s'agacent des riverains »; « page des supporters » is a noun's complement).
fn plural(form: &str, aux: Option<&str>) -> bool {
    aux.map_or(form.ends_with("ent") || form.ends_with("èrent"), |a| {
        matches!(a, "ont" | "avaient" | "auraient" | "sont" | "étaient")
    })
}

/// Whether a subject that can speak starts at token `at` (time words and adverbs skipped),
/// before token `end`: a capitalised name (« Marie Dupont », « Le Monde », « M. Martin »), or a
/// determiner and a noun of someone (« le ministre », « un élu », « l'ancien maire »).
fn speaker_starts(toks: &[Tok], at: usize, end: usize, plural: bool) -> bool {
    let mut k = at;
    while k < end
        && (lexicon::TIME_WORDS.contains(&toks[k].low.as_str()) || is_plain_adverb(&toks[k].low))
    {
        k += 1;
    }
    let Some(first) = toks.get(k).filter(|t| t.word && k < end) else {
        return false;
    };
    if first.upper {
        return !lexicon::MONTHS.contains(&first.low.as_str());
    }
    // (« des » only after a plural verb: « page des supporters » is no subject.)
    let low = first.low.as_str();
    let determiner = lexicon::DETERMINERS.contains(&low)
        && !matches!(low, "des" | "du" | "nombre" | "the")
        || plural && low == "des";
    if !determiner {
        return false;
    }
    let word = |k: usize| toks.get(k).filter(|_| k < end).map(|t| t.low.as_str());
    // « l'un d'eux », « l'une des élues », « un autre », « une autre habitante »: one of the
    // people the article speaks of.
    let one_of = match (first.low.as_str(), word(k + 1), word(k + 2), word(k + 3)) {
        ("l'", Some("un" | "une"), Some("d'"), Some("eux" | "elles")) => Some(true),
        ("l'", Some("un" | "une"), Some("des"), Some(noun)) => Some(names_someone(noun)),
        ("un" | "une", Some("autre"), None, _) => Some(true),
        _ => None,
    };
    if let Some(speaks) = one_of {
        return speaks;
    }
    let mut h = k + 1;
    while word(h).is_some_and(|w| ROLE_ADJECTIVES.contains(&w) || NOUN_ADJECTIVES.contains(&w)) {
        h += 1;
    }
    let head_speaks = toks
        .get(h)
        .filter(|_| h < end)
        .is_some_and(|head| head.word && (head.upper || names_someone(&head.low)));
    // (« …, a incité les hommes à créer »: an object and what it is urged to do.)
    let urged = (h + 1..end).any(|k| {
        matches!(toks[k].low.as_str(), "à" | "de" | "d'")
            && toks
                .get(k + 1)
                .is_some_and(|n| ["er", "ir", "re"].iter().any(|e| n.low.ends_with(e)))
    });
    head_speaks && !urged
}

/// Adjectives that stand before the noun of a subject (« le principal syndicat », « un haut
/// responsable », « une autre habitante »).
const NOUN_ADJECTIVES: &[&str] = &[
    "principal",
    "principale",
    "haut",
    "haute",
    "hauts",
    "hautes",
    "grand",
    "grande",
    "simple",
    "autre",
    "autres",
    "vieux",
    "vieil",
    "vieille",
    "fidèle",
];

/// Whether a head noun names someone: a noun the speaker rules know (« le ministre », « un
/// élu »), or one whose ending names a person (« la pénaliste », « la quinquagénaire »,
/// « la chercheuse »).
fn names_someone(head: &str) -> bool {
    can_speak(head)
        || ["iste", "istes", "ien", "ienne", "euse", "génaire", "trice"]
            .iter()
            .any(|e| head.ends_with(e))
}

/// Forms of verbs that report nothing where they stand inverted after a quotation: being,
/// having, modals, seeming, remaining, following, moving (« reste la question », « semble-t-il »,
/// « suit un silence », « arrive le ministre »).
fn reports_nothing(form: &str) -> bool {
    const STEMS: &[&str] = &[
        "rest", "sembl", "demeur", "subsist", "suffi", "import", "exist", "manqu", "figur",
        "arriv", "débarqu", "entr", "tomb", "sonn", "résonn", "commenc", "chang", "vien", "vienn",
        "ven", "devien", "revien", "surgi", "naqu", "meur", "mour", "mouru",
    ];
    const FORMS: &[&str] = &[
        "est",
        "sont",
        "était",
        "étaient",
        "fut",
        "furent",
        "été",
        "eu",
        "eut",
        "eurent",
        "a",
        "ont",
        "avait",
        "avaient",
        "peut",
        "peuvent",
        "pouvait",
        "pu",
        "doit",
        "doivent",
        "devait",
        "dû",
        "faut",
        "fallait",
        "fallu",
        "va",
        "vont",
        "allait",
        "allé",
        "veut",
        "veulent",
        "voulait",
        "voulu",
        "sait",
        "savent",
        "savait",
        "su",
        "voit",
        "voient",
        "voyait",
        "vu",
        "lit",
        "lisait",
        "lu",
        "paraît",
        "parait",
        "paraissait",
        "paru",
        "apparaît",
        "apparait",
        "apparu",
        "suit",
        "suivent",
        "suivait",
        "suivi",
        "part",
        "partent",
        "partait",
        "parti",
        "sort",
        "sortent",
        "sortait",
        "sorti",
        "vive",
        "vivent",
        "vaut",
        "valait",
        "tient",
        "tiennent",
        "tenait",
        "tenu",
        "naît",
        "nait",
        "né",
        "meurt",
        "mort",
        "ressort",
        "ressortait",
        "découle",
        "résulte",
        "s'ensuit",
        "ensuit",
    ];
    FORMS.contains(&form)
        || STEMS
            .iter()
            .any(|s| form.starts_with(s) && form.len() <= s.len() + 5)
}

/// Nouns and adjectives that take a verb's shape and may follow a quotation in apposition
/// (« « … », page Facebook du club », « « … », rue Lepic »).
const NOUN_LOOKALIKES: &[&str] = &[
    "page",
    "chaîne",
    "marque",
    "groupe",
    "compte",
    "rue",
    "avenue",
    "place",
    "boulevard",
    "route",
    "quai",
    "porte",
    "gare",
    "salle",
    "ville",
    "commune",
    "région",
    "zone",
    "ligne",
    "école",
    "équipe",
    "usine",
    "entreprise",
    "société",
    "revue",
    "émission",
    "affiche",
    "légende",
    "formule",
    "phrase",
    "devise",
    "réplique",
    "dixit",
    "seule",
    "même",
    "simple",
    "juste",
    "propre",
    "courage",
    "bravo",
    "merci",
    "gloire",
    "honte",
    "adieu",
    "président",
    "présidente",
    "agent",
    "parent",
    "client",
    "patient",
    "résident",
    "incident",
    "accident",
    "talent",
];

/// Determiners, prepositions, conjunctions, adverbs and other words that end like verbs
/// (« comme », « entre », « quelque », « tout »).
fn is_function_word(form: &str) -> bool {
    const WORDS: &[&str] = &[
        "comme",
        "puisque",
        "lorsque",
        "quoique",
        "presque",
        "quelque",
        "chaque",
        "entre",
        "contre",
        "outre",
        "tout",
        "toute",
        "dont",
        "quand",
        "avant",
        "durant",
        "pendant",
        "selon",
        "autre",
        "voilà",
        "voici",
        "ensuite",
        "ainsi",
        "alors",
        "encore",
        "surtout",
        "notamment",
        "jusque",
        "parce",
        "tandis",
        "soit",
    ];
    // (One set built once: asked of nearly every word of every sentence.)
    static ALL: lexicon::WordSet = lexicon::WordSet::new();
    ALL.get_or_init(|| {
        [
            WORDS,
            lexicon::DETERMINERS,
            lexicon::PREPOSITIONS,
            lexicon::ADVERBS,
            lexicon::TIME_WORDS,
            lexicon::CLAUSE_BREAKS,
            lexicon::MONTHS,
        ]
        .concat()
        .into_iter()
        .collect()
    })
    .contains(form)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// The verb of the open incise right after the first comma, if any.
    fn verb_after_comma(sentence: &str) -> Option<String> {
        let toks = tokenize(sentence);
        let comma = toks.iter().position(|t| t.low == "," && !t.quoted)?;
        let found = open_incise_at(&toks, comma + 1)?;
        Some(toks[found.verb].low.clone())
    }

    #[test]
    fn a_verb_of_any_shape_opens_an_incise() {
        for (sentence, verb) in [
            ("« Rien ne va », tacle le ministre.", "tacle"),
            ("« Rien ne va », a taclé Marie Dupont.", "taclé"),
            ("« Rien ne va », s'étrangle un élu.", "étrangle"),
            ("« Rien ne va », cingle-t-il.", "cingle-t-il"),
            ("« Rien ne va », a-t-elle taclé.", "taclé"),
            ("« Rien ne va », s'est étranglé le maire.", "étranglé"),
            ("« Rien ne va », grimaçait l'ancien maire.", "grimaçait"),
            ("« Rien ne va », titre Le Monde.", "titre"),
            ("« Rien ne va », grimace l'un d'eux.", "grimace"),
            ("« Rien ne va », grimace une autre.", "grimace"),
            ("« Rien ne va », grimace le principal syndicat.", "grimace"),
            ("« Rien ne va », grimace un haut responsable.", "grimace"),
            ("« Rien ne va », s'étranglent des riverains.", "étranglent"),
        ] {
            assert_eq!(
                verb_after_comma(sentence).as_deref(),
                Some(verb),
                "{sentence}"
            );
        }
    }

    #[test]
    fn words_that_only_look_like_verbs_open_no_incise() {
        for sentence in [
            "« Rien ne va », une formule qui a fait date.",
            "« Rien ne va », le 12 mai dernier.",
            "« Rien ne va », comme le dit le maire.",
            "« Rien ne va », page Facebook du club.",
            "« Rien ne va », président de la région.",
            "« Rien ne va », reste la question des moyens.",
            "« Rien ne va », triomphe la raison.",
            "« Rien ne va », dirigé par Jean Dupont.",
            "« Rien ne va », sembla-t-il.",
            "« Rien ne va », tacle-t-il que non.",
            "« Rien ne va », notamment le ministre.",
            "« Rien ne va », page des supporters.",
            "« Rien ne va », tacle un autre slogan.",
            "« Rien ne va », grimace l'un des dossiers.",
        ] {
            assert_eq!(verb_after_comma(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn a_quotation_stands_before_the_incise() {
        let at = |sentence: &str, word: &str, inverted: bool| {
            let toks = tokenize(sentence);
            let k = toks.iter().position(|t| t.low == word).unwrap();
            follows_quotation(&toks, k, inverted)
        };
        assert!(at(
            "« Rien ne va plus », tacle le ministre.",
            "tacle",
            false
        ));
        assert!(at(
            "« Rien ne va plus, » tacle le ministre.",
            "tacle",
            false
        ));
        assert!(at("« Jamais ! », tacle le ministre.", "tacle", false));
        assert!(at("« Jamais », cingle-t-il.", "cingle-t-il", true));
        assert!(!at("« Jamais », tacle le ministre.", "tacle", false));
        assert!(!at("« Germinal », a ému les lecteurs.", "a", false));
        assert!(at(
            "« Nous ne disposons que de peu de matériaux à analyser » a poursuivi l'expert.",
            "a",
            false
        ));
        assert!(!at("« Les Misérables » a ému les lecteurs.", "a", false));
        assert!(!at(
            "Son discours, « historique », tacle le ministre.",
            "tacle",
            false
        ));
        assert!(!at("Le maire, tacle le ministre.", "tacle", false));
        assert!(!at(
            "Après « La Guerre des étoiles », a triomphé le réalisateur.",
            "a",
            false
        ));
        assert!(at(
            "Il prévient : « La Guerre des étoiles », a triomphé le réalisateur.",
            "a",
            false
        ));
    }
}
