//! A speaker with no words (a route that read an empty span or punctuation only): the one
//! place rows are made ([`super::new_claim`]) shows it unresolved with the words of the
//! sentence around its cue, never as an empty name (issue 18: « unresolved, with the words
//! the article uses »). The row is kept: its claim is there, only who made it is not read.

use super::speaker::participle_form;
use crate::brief::lexicon;

/// Whether a speaker's name holds no word at all (empty, spaces or punctuation).
pub(super) fn is_wordless(name: &str) -> bool {
    !name.chars().any(char::is_alphanumeric)
}

/// The words of `text` that stand for the unread speaker of `cue`: the phrase set off by
/// commas right before the cue, within its clause (back to a quotation mark, colon or
/// semicolon), stepping back over the appositions and relatives that describe the phrase
/// before them (« Une amie de la victime, interrogée par l'AFP, qui a souhaité garder
/// l'anonymat, affirme » → « Une amie de la victime »), past an opening conjunction or adverb
/// (« Puis », « Et »). Empty when the clause holds no such words: its subject is elided
/// (« Puis d'ajouter que … », « Rappelant que … », « « … », a déclaré à plusieurs reprises. »),
/// the article names no speaker there and the row says just that; or when the cue is not
/// found as a word of `text`.
pub(super) fn words_around_cue(text: &str, cue: &str) -> String {
    let cue = cue.trim();
    let Some(at) = word_at(text, cue) else {
        return String::new();
    };
    let breaks = |c: char| matches!(c, '«' | '»' | '"' | '“' | '”' | ':' | ';');
    let before = &text[..at];
    let opening = before
        .char_indices()
        .rev()
        .find(|&(_, c)| breaks(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let phrases: Vec<&str> = before[opening..]
        .split(',')
        .map(str::trim)
        .filter(|p| !is_wordless(p))
        .collect();
    // (« , interrogée par l'AFP, », « , qui a souhaité … , »: they describe the phrase
    // before them.)
    let describes = |p: &str| {
        let first = first_word(p);
        matches!(first.as_str(), "qui" | "que" | "qu'" | "dont" | "où")
            || participle_form(&first) && !lexicon::DETERMINERS.contains(&first.as_str())
    };
    let Some(last) = phrases.iter().rposition(|p| !describes(p)) else {
        return String::new();
    };
    let mut words = phrases[last].split_whitespace().peekable();
    while let Some(w) = words.peek() {
        let low = first_word(w);
        let opener = low.is_empty()
            || matches!(low.as_str(), "et" | "mais" | "puis" | "ou" | "donc" | "or")
            || lexicon::ADVERBS.contains(&low.as_str())
                && !lexicon::DETERMINERS.contains(&low.as_str());
        if !opener {
            break;
        }
        words.next();
    }
    let words = words.collect::<Vec<_>>().join(" ");
    // (« On apprend que … »: a lone pronoun is shown with its verb, the words of an unread
    // source, not taken for the writer's or anyone's « on ».)
    if lexicon::SUBJECT_PRONOUNS.contains(&words.to_lowercase().as_str()) {
        return format!("{words} {cue}");
    }
    words
}

/// The first word of `phrase`, lowercase, without the punctuation around it.
fn first_word(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
        .to_lowercase()
}

/// Where `word` first stands in `text` as a whole word (no letter right before or after it).
fn word_at(text: &str, word: &str) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    text.match_indices(word).map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_before_the_cue_or_after_it() {
        assert_eq!(
            words_around_cue(
                "Une amie de la victime, interrogée par l'AFP, qui a souhaité garder l'anonymat, affirme que la jeune femme avait peur.",
                "affirme"
            ),
            "Une amie de la victime"
        );
        // (No words before the cue in its clause: none shown.)
        assert_eq!(
            words_around_cue(
                "« Tout est prêt », précise à plusieurs reprises.",
                "précise"
            ),
            ""
        );
        assert_eq!(
            words_around_cue("Puis d'ajouter que les travaux dureront.", "d'ajouter"),
            ""
        );
        // (A cue inside another word is not it: « affirmer » is no « affirme ».)
        assert_eq!(
            words_around_cue(
                "Pour affirmer sa ligne, le parti affirme : « Non. »",
                "affirme"
            ),
            "le parti"
        );
        assert_eq!(words_around_cue("Rien ici.", "affirme"), "");
        assert_eq!(
            words_around_cue("On apprend que le vote aura lieu lundi.", "apprend"),
            "On apprend"
        );
        assert!(is_wordless(" , "));
        assert!(!is_wordless("le maire"));
    }
}
