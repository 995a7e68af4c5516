//! Parts of speech of a sentence's claims tokens, from the French tagger of `crates/syntax`
//! (`crates/syntax/models/tagger-fr.bin`: UPOS, trained on Sequoia and GSD dev, about 0.95
//! accuracy on unseen news; see its README). The model is embedded in the binary and read in
//! place once, on first use; tagging a sentence takes microseconds.
//!
//! The claims tokens are mapped to the tagger's (UD French GSD surface tokens): each token is
//! given as written, except an inverted verb (« a-t-il », « dit-elle »), which the treebanks
//! split into the verb and its pronoun (« a », « -t-il »): the token takes the verb's tag.

use std::sync::OnceLock;

use passerelle_syntax::Parser;
pub(super) use passerelle_syntax::Upos;

use super::tokens::{split_inverted, Tok};

/// The embedded model (a tagger-only `passerelle-syntax` model).
static MODEL: &[u8] = include_bytes!("../../../crates/syntax/models/tagger-fr.bin");

/// The tagger, read from [`MODEL`] the first time it is asked for.
fn tagger() -> &'static Parser {
    static TAGGER: OnceLock<Parser> = OnceLock::new();
    TAGGER.get_or_init(|| {
        Parser::from_static(MODEL).expect("the embedded tagger model is a valid model")
    })
}

/// The part of speech of each token of `toks` (the tokens of `text`), one per token. The
/// last sentence tagged is remembered (per thread): the claims weigh several speakers of one
/// sentence in a row.
pub(super) fn tags(text: &str, toks: &[Tok]) -> Vec<Upos> {
    type Last = Option<(String, Vec<(usize, usize)>, Vec<Upos>)>;
    thread_local! {
        static LAST: std::cell::RefCell<Last> = const { std::cell::RefCell::new(None) };
    }
    let spans: Vec<(usize, usize)> = toks.iter().map(|t| (t.start, t.end)).collect();
    if let Some(tags) = LAST.with_borrow(|last| {
        last.as_ref()
            .filter(|(t, s, _)| t == text && *s == spans)
            .map(|(_, _, tags)| tags.clone())
    }) {
        return tags;
    }
    let tags = tag_now(text, toks);
    LAST.set(Some((text.to_string(), spans, tags.clone())));
    tags
}

fn tag_now(text: &str, toks: &[Tok]) -> Vec<Upos> {
    tag_words(toks, |t| &text[t.start..t.end])
}

/// The part of speech of each token of `toks` read from its lower-case form, for a rule that
/// has the tokens but not the sentence: capitals are lost, so trust it for verbs, not names.
pub(super) fn tags_of_lower_case(toks: &[Tok]) -> Vec<Upos> {
    tag_words(toks, |t| t.low.as_str())
}

/// The tags of `toks`, each given to the tagger as `written` reads it.
fn tag_words<'a>(toks: &'a [Tok], written: impl Fn(&'a Tok) -> &'a str) -> Vec<Upos> {
    let mut words: Vec<&str> = Vec::with_capacity(toks.len() + 4);
    // Where each token's own word (an inverted verb's verb) is in `words`.
    let mut at = Vec::with_capacity(toks.len());
    for t in toks {
        let written = written(t);
        at.push(words.len());
        match split_inverted(&t.low).and_then(|_| inverted_split(written)) {
            Some((verb, pronoun)) => {
                words.push(verb);
                words.push(pronoun);
            }
            None => words.push(written),
        }
    }
    let tags = tagger().tag(&words);
    at.into_iter().map(|i| tags[i]).collect()
}

/// The part of speech the tagger's training taught of `word` alone, out of context (« maire »
/// a noun); `None` for a word it never saw or never needed its form to tag (a perceptron
/// learns from its mistakes only: a word its ending tags right has no weight of its own).
pub(super) fn word_prior(word: &str) -> Option<Upos> {
    tagger().word_prior(word)
}

/// « a-t-il » → (« a », « -t-il »), « dit-elle » → (« dit », « -elle »): where an inverted
/// verb's pronoun starts, as written (any hyphen).
fn inverted_split(written: &str) -> Option<(&str, &str)> {
    let hyphens: Vec<usize> = written
        .char_indices()
        .filter(|&(_, c)| super::tokens::is_hyphen(c))
        .map(|(i, _)| i)
        .collect();
    let last = *hyphens.last()?;
    // (« -t- » goes with the pronoun: « -t-il ».)
    let cut = match hyphens.len() {
        n if n >= 2 && written[hyphens[n - 2]..last].to_lowercase() == "-t" => hyphens[n - 2],
        _ => last,
    };
    (cut > 0).then(|| written.split_at(cut))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// The (token, tag) pairs of a made-up sentence.
    fn tagged(text: &str) -> Vec<(String, Upos)> {
        let toks = tokenize(text);
        toks.iter()
            .map(|t| t.low.clone())
            .zip(tags(text, &toks))
            .collect()
    }

    fn tag_of(tagged: &[(String, Upos)], word: &str) -> Upos {
        tagged
            .iter()
            .find(|(w, _)| w == word)
            .unwrap_or_else(|| panic!("{word} not in {tagged:?}"))
            .1
    }

    #[test]
    fn verbs_nouns_and_names_of_a_made_up_sentence() {
        let t = tagged(
            "Le maire de Villeneuve, Paul Martin, a promis jeudi que la piscine restera ouverte.",
        );
        assert_eq!(tag_of(&t, "maire"), Upos::Noun);
        assert_eq!(tag_of(&t, "piscine"), Upos::Noun);
        assert_eq!(tag_of(&t, "martin"), Upos::Propn);
        assert_eq!(tag_of(&t, "a"), Upos::Aux);
        assert_eq!(tag_of(&t, "promis"), Upos::Verb);
        assert_eq!(tag_of(&t, "restera"), Upos::Verb);
        assert_eq!(tag_of(&t, "le"), Upos::Det);
        // Must not: a noun is no verb, a name no noun.
        assert_ne!(tag_of(&t, "maire"), Upos::Verb);
        assert_ne!(tag_of(&t, "villeneuve"), Upos::Verb);
    }

    #[test]
    fn an_infinitive_an_elision_and_an_inverted_verb() {
        let t = tagged("« Il faut d’abord réparer l’école », a-t-elle expliqué.");
        assert_eq!(
            t.len(),
            tokenize("« Il faut d’abord réparer l’école », a-t-elle expliqué.").len()
        );
        assert_eq!(tag_of(&t, "réparer"), Upos::Verb);
        assert_eq!(tag_of(&t, "école"), Upos::Noun);
        assert_eq!(tag_of(&t, "l'"), Upos::Det);
        assert_eq!(tag_of(&t, "a-t-elle"), Upos::Aux);
        assert_eq!(tag_of(&t, "expliqué"), Upos::Verb);
        assert_eq!(tag_of(&t, "«"), Upos::Punct);
    }

    #[test]
    fn an_inverted_verb_is_cut_before_its_pronoun() {
        assert_eq!(inverted_split("a-t-il"), Some(("a", "-t-il")));
        assert_eq!(inverted_split("dit-elle"), Some(("dit", "-elle")));
        assert_eq!(inverted_split("Ajoute-t-on"), Some(("Ajoute", "-t-on")));
        assert_eq!(inverted_split("porte"), None);
    }

    #[test]
    fn the_remembered_sentence_is_the_one_asked_for() {
        // Must: the same tags again; must not: the last sentence's tags for another one.
        let (a, b) = ("Le maire a parlé.", "Les élus veulent voter demain soir.");
        let (ta, tb) = (tokenize(a), tokenize(b));
        let first = tags(a, &ta);
        assert_eq!(tags(a, &ta), first);
        assert_eq!(tags(b, &tb), tag_now(b, &tb));
        assert_eq!(tags(b, &tb).len(), tb.len());
        assert_eq!(tags(a, &ta), first);
    }

    #[test]
    fn an_empty_sentence_has_no_tags() {
        assert!(tags("", &[]).is_empty());
    }
}
