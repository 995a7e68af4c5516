//! A speaker span that is a clause, not a noun phrase (« La Russie se réserve le droit de
//! revenir sur … », « l'avocat entend », « taire son nom »): the span holds a finite verb or
//! a bare infinitive, as the embedded tagger reads the sentence ([`super::pos`]). What a noun
//! phrase may hold is left out first: a relative or subordinate clause (« qui », « que »,
//! « dont », « où » to the next comma), what follows a comma or a dash (an apposition),
//! parentheses and quotations; a participle (« le ministre chargé de … », « une source
//! proche du dossier ») and an infinitive after a preposition (« la mission chargée de
//! surveiller ») stay legal. Generic: it knows no verb, only the tagger's parts of speech and
//! the endings of participles.

use super::cues::is_infinitive;
use super::pos::{self, Upos};
use super::speaker::{participle_form, CLITICS, TIME_NOUNS};
use super::tokens::{is_quote_mark, tokenize, Tok};
use crate::brief::lexicon;

/// Whether the words `name`, read as a speaker in the sentence `text`, are a clause. False
/// when the words are not found in the sentence as written (a name put together from
/// several places), so nothing is judged out of context.
pub(super) fn is_clause(name: &str, text: &str) -> bool {
    // (The words alone first: most speakers, « Paul Martin », « le ministre », hold no word
    // that may be a verb, and then the sentence is neither tokenized nor tagged.)
    let alone = tokenize(name);
    if !noun_phrase_head(&alone, 0, alone.len())
        .into_iter()
        .any(|k| may_be_a_verb(&alone, k))
    {
        return false;
    }
    let toks = tokenize(text);
    let Some((from, to)) = span_of(name, text, &toks) else {
        return false;
    };
    // (The sentence is tagged only when a word of the span may be a verb: most spans, « Paul
    // Martin », « le ministre », hold none.)
    let words: Vec<usize> = noun_phrase_head(&toks, from, to)
        .into_iter()
        .filter(|&k| may_be_a_verb(&toks, k) && !plural_after_singular(&toks, k, from))
        .collect();
    if words.is_empty() {
        return false;
    }
    let tags = pos::tags(text, &toks);
    words
        .into_iter()
        .any(|k| verb_of_a_clause(&toks, &tags, k) || unseen_verb_before_colon(&toks, &tags, k))
}

/// « Le député interpelle : « … » », « La sénatrice interpelle le ministre : »: a word the
/// tagger never saw (no prior), right after a noun and right before a colon or a
/// determiner (its object), with the ending of a present tense (« -e », « -ent »), is a verb;
/// the tagger reads any unknown word after a noun as its adjective, so [`verb_of_a_clause`]
/// misses it. An adjective there is rare (« Le député socialiste : », a word the tagger
/// knows); unresolved is the honest answer when in doubt.
fn unseen_verb_before_colon(toks: &[Tok], tags: &[Upos], k: usize) -> bool {
    let low = toks[k].low.as_str();
    k > 0
        && toks.get(k + 1).is_some_and(|t| {
            t.low == ":" || matches!(t.low.as_str(), "le" | "la" | "les" | "l'" | "un" | "une")
        })
        && tags[k - 1] == Upos::Noun
        && tags[k] == Upos::Adj
        && pos::word_prior(low).is_none()
        && (low.ends_with('e') || low.ends_with("ent"))
        && may_be_a_verb(toks, k)
}

/// Whether token `k` may be a verb before any tagging: not capitalized (a name's word, « Vivre
/// Ensemble », « Alexandre »), not right after an article (the word opens a noun phrase,
/// whatever a tagger says: it reads « le » before an unknown word as an object pronoun,
/// « comme le parquet l'a dit »).
fn may_be_a_verb(toks: &[Tok], k: usize) -> bool {
    let after_article = k > 0
        && matches!(
            toks[k - 1].low.as_str(),
            "le" | "la" | "les" | "l'" | "un" | "une" | "des" | "du" | "au" | "aux"
        );
    !toks[k].upper && !after_article
}

/// « un homme déficient »: a form in « -ent » (a third person plural, or an adjective) in a
/// span that opens on a singular determiner cannot be its verb (« La commission estiment »
/// does not agree); the adjective it is. (Not « vient », « tient » and their kin: singular.)
fn plural_after_singular(toks: &[Tok], k: usize, from: usize) -> bool {
    const SINGULAR: &[&str] = &[
        "un", "une", "le", "la", "l'", "ce", "cet", "cette", "son", "sa", "mon", "ma", "leur",
    ];
    let low = toks[k].low.as_str();
    low.ends_with("ent")
        && !low.ends_with("vient")
        && !low.ends_with("tient")
        && low.chars().count() > 5
        && SINGULAR.contains(&toks[from].low.as_str())
}

/// Whether the words `name`, taken back from an earlier sentence, read alone as a clause
/// (« l'avocat entend »): tagged without their sentence, so only a span of lowercase words
/// is judged (a name's capitalized words, « Rémy », are no verb out of context).
pub(super) fn reads_alone_as_clause(name: &str) -> bool {
    // (Tagged as a sentence, ending on its period: the tagger learnt from whole sentences, and
    // reads a last word with nothing after it as an adjective.)
    let sentence = format!("{name} .");
    let toks = tokenize(&sentence);
    let words = toks.len() - 1;
    let head = noun_phrase_head(&toks, 0, words);
    if toks[..words].iter().any(|t| t.upper) || !head.iter().any(|&k| may_be_a_verb(&toks, k)) {
        return false;
    }
    let tags = pos::tags(&sentence, &toks);
    head.into_iter().any(|k| verb_of_a_clause(&toks, &tags, k))
}

/// The tokens `from..to` of `toks` that cover the words `name`, at their first place in `text`
/// outside quotation marks.
fn span_of(name: &str, text: &str, toks: &[Tok]) -> Option<(usize, usize)> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    text.match_indices(name).find_map(|(at, _)| {
        let end = at + name.len();
        let from = toks.iter().position(|t| t.start == at)?;
        let to = toks.iter().position(|t| t.end == end)? + 1;
        (from < to && !toks[from..to].iter().all(|t| t.quoted)).then_some((from, to))
    })
}

/// The tokens of `from..to` a noun phrase's own words are read from: up to the first comma,
/// dash, relative or subordinating word, outside parentheses and quotations.
fn noun_phrase_head(toks: &[Tok], from: usize, to: usize) -> Vec<usize> {
    let mut kept = Vec::new();
    let mut depth = 0usize;
    for (k, t) in toks.iter().enumerate().take(to).skip(from) {
        match t.low.as_str() {
            "(" | "[" => depth += 1,
            ")" | "]" => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            "," | "–" | "—" | ";" | ":" => break,
            "qui" | "que" | "qu'" | "dont" | "où" | "lequel" | "laquelle" | "lesquels"
            | "lesquelles" | "auquel" | "auxquels" | "auxquelles" | "duquel" | "desquels"
            | "desquelles" | "lorsque" | "lorsqu'" | "quand" | "si" | "comme" | "puisque"
            | "puisqu'" => break,
            _ if t.quoted || is_quote_mark(t) || !t.word => {}
            _ => kept.push(k),
        }
    }
    kept
}

/// Whether token `k` is the verb of a clause: tagged a verb or an auxiliary, and neither a
/// participle nor an infinitive after a preposition ([`may_be_a_verb`] first).
fn verb_of_a_clause(toks: &[Tok], tags: &[Upos], k: usize) -> bool {
    let t = &toks[k];
    // (A word whose form alone the tagger's training taught as something else, a noun, is
    // not taken for a verb on its context: « à l'AFP le maire ».)
    // (Nor is a verb its training taught, that the context tags as an adjective, missed:
    // « taire » read after « aussi ».)
    let verb = |u: Upos| matches!(u, Upos::Verb | Upos::Aux);
    let prior = pos::word_prior(&t.low);
    let as_verb =
        verb(tags[k]) && prior.is_none_or(verb) || tags[k] == Upos::Adj && prior.is_some_and(verb);
    if !as_verb || !may_be_a_verb(toks, k) {
        return false;
    }
    let low = t.low.as_str();
    // (An infinitive: « revenir », « taire »; not a three-letter word, « par », « sur ».)
    if is_infinitive(low) && low.chars().count() > 3 {
        return !after_a_preposition(toks, tags, k);
    }
    !looks_like_a_participle(low) || ambiguous_with_an_object(toks, tags, k)
}

/// « La commission étudie plusieurs pistes »: an ending a present tense shares with a
/// participle (« étudie », « choisie »; « écrit »; « conclu ») followed right away by a
/// determiner and a noun that is not a time (« la loi établie l'an dernier »): a verb and its
/// object.
fn ambiguous_with_an_object(toks: &[Tok], tags: &[Upos], k: usize) -> bool {
    const SHARED: &[&str] = &["ie", "ies", "it", "its", "is", "i", "u", "us"];
    let low = toks[k].low.as_str();
    SHARED.iter().any(|e| low.ends_with(e))
        && tags.get(k + 1) == Some(&Upos::Det)
        && toks.get(k + 2).is_some_and(|n| {
            n.word
                && !lexicon::TIME_WORDS.contains(&n.low.as_str())
                && !TIME_NOUNS.contains(&n.low.as_str())
        })
}

/// Whether an infinitive follows a preposition, past its clitics (« chargé de le
/// surveiller », « pour s'en occuper »): the complement of a noun or a participle.
fn after_a_preposition(toks: &[Tok], tags: &[Upos], k: usize) -> bool {
    let mut j = k;
    while j > 0 && (CLITICS.contains(&toks[j - 1].low.as_str()) || toks[j - 1].low == "pas") {
        j -= 1;
    }
    j > 0
        && (tags[j - 1] == Upos::Adp
            || matches!(
                toks[j - 1].low.as_str(),
                "de" | "d'" | "à" | "pour" | "sans" | "par" | "afin" | "avant"
            ))
}

/// A participle's ending, past (« chargé », « élue », « mis », « venu », « dit », « craint »,
/// [`participle_form`]; « ouvert », « mort ») or present (« représentant »): such a word may
/// qualify a noun. (A finite form with the same ending, « dit », « finit », is given the
/// benefit of the doubt.)
fn looks_like_a_participle(low: &str) -> bool {
    const MORE_ENDINGS: &[&str] = &[
        "ant", "ante", "ants", "antes", "ints", "intes", "ert", "erte", "erts", "ertes", "ort",
        "orte", "orts", "ortes",
    ];
    participle_form(low) || MORE_ENDINGS.iter().any(|e| low.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_with_a_finite_verb_or_a_bare_infinitive_is_a_clause() {
        // Must: a finite verb the lexicon does not list, an infinitive opening the span.
        let sentence = "La mairie prépare un nouveau budget pour les écoles, a déclaré le maire.";
        assert!(is_clause(
            "La mairie prépare un nouveau budget pour les écoles",
            sentence
        ));
        let sentence = "Son voisin qui voulait lui aussi garder le silence a raconté la scène.";
        assert!(is_clause("garder le silence", sentence));
        let sentence = "Les élus présents estiment que la route est dangereuse, selon le maire.";
        assert!(is_clause("Les élus présents estiment", sentence));
        let sentence = "Selon l'entraîneur, le club envisage de recruter un attaquant.";
        assert!(is_clause("le club envisage", sentence));
        let sentence =
            "La police étudie une piste, notamment « un vol qui a mal tourné », a-t-elle dit.";
        assert!(is_clause("La police étudie une piste", sentence));
    }

    #[test]
    fn a_noun_phrase_with_a_participle_or_a_relative_clause_is_no_clause() {
        // Must not: participles, an infinitive after « de », a relative clause, an
        // apposition, parentheses: all inside a noun phrase.
        for (name, sentence) in [
            (
                "Le ministre chargé de négocier avec les syndicats",
                "Le ministre chargé de négocier avec les syndicats a affirmé que rien n'était joué.",
            ),
            (
                "une source proche du dossier",
                "Le contrat sera signé lundi, a indiqué une source proche du dossier.",
            ),
            (
                "La commission qui enquête sur la catastrophe",
                "La commission qui enquête sur la catastrophe a estimé que la digue a cédé.",
            ),
            (
                "Paul Durand, maire de la ville depuis qu'il a battu son rival",
                "Paul Durand, maire de la ville depuis qu'il a battu son rival, a promis un stade.",
            ),
            (
                "Le syndicat (qui réclame une hausse)",
                "Le syndicat (qui réclame une hausse) a dénoncé un blocage.",
            ),
            (
                "les représentants des salariés",
                "Pour les représentants des salariés, la direction doit revoir sa copie.",
            ),
            (
                "La commission choisie la semaine dernière",
                "La commission choisie la semaine dernière a conclu que la route est sûre.",
            ),
            (
                "La représentante permanente du Chili",
                "La représentante permanente du Chili a déclaré que le vote aura lieu.",
            ),
            (
                "le parquet",
                "Le site fermera en mars, comme le parquet l'a confirmé.",
            ),
            (
                "un témoin présent",
                "Selon un témoin présent, la foule a applaudi.",
            ),
            (
                "un élève déficient visuel",
                "Un élève déficient visuel a raconté qu'il attendait le bus.",
            ),
            (
                "une équipe compétente",
                "Pour une équipe compétente, le projet tient la route.",
            ),
            (
                "Marie Lefort",
                "« Nous allons gagner », a assuré Marie Lefort.",
            ),
        ] {
            assert!(!is_clause(name, sentence), "{name}");
        }
    }

    #[test]
    fn a_verb_the_tagger_never_saw_before_a_colon_or_its_object_is_a_clause() {
        // Must: the tagger reads an unknown verb after a noun as an adjective.
        for (name, sentence) in [
            (
                "Le député interpelle",
                "Le député interpelle : « Que fait le gouvernement ? »",
            ),
            (
                "La sénatrice interpelle",
                "La sénatrice interpelle le ministre : « Où sont les moyens promis ? »",
            ),
            (
                "Les élus tempêtent",
                "Les élus tempêtent : « Personne ne nous a consultés. »",
            ),
            (
                "Le maire tacle",
                "Le maire tacle l'opposition : « Elle n'a rien proposé. »",
            ),
        ] {
            assert!(is_clause(name, sentence), "{name}");
        }
        // Must not: an adjective the tagger knows, a noun phrase with no word after it.
        for (name, sentence) in [
            (
                "Le député socialiste",
                "Le député socialiste : « Nous voterons contre. »",
            ),
            (
                "La députée européenne",
                "La députée européenne : « Le texte est prêt. »",
            ),
            ("Le député", "Le député : « Que fait le gouvernement ? »"),
        ] {
            assert!(!is_clause(name, sentence), "{name}");
        }
    }

    #[test]
    fn words_taken_back_alone_are_judged_when_all_lowercase() {
        // Must: lowercase words with a finite verb.
        assert!(reads_alone_as_clause("le député entend"));
        assert!(reads_alone_as_clause("le syndicat prépare"));
        // Must not: a role, a name (capitalized words are not judged out of context).
        assert!(!reads_alone_as_clause("l'avocate de la famille"));
        assert!(!reads_alone_as_clause("le porte-parole"));
        assert!(!reads_alone_as_clause("Rémy Durand"));
    }

    #[test]
    fn words_not_found_as_written_are_not_judged() {
        assert!(!is_clause("le ministre prépare", "Le maire a dit non."));
        assert!(!is_clause("", "Le maire a dit non."));
    }

    #[test]
    fn participle_and_infinitive_endings() {
        assert!(looks_like_a_participle("chargée"));
        assert!(looks_like_a_participle("représentant"));
        assert!(!looks_like_a_participle("entend"));
        assert!(!looks_like_a_participle("réserve"));
        assert!(is_infinitive("revenir"));
        assert!(is_infinitive("taire"));
        assert!(!is_infinitive("par"));
    }
}
