//! Simple French and English inflection for glossary matching: the plural and feminine forms
//! of common noun phrases (`conseiller à la sécurité nationale` → `conseillère…`,
//! `conseillers…`) and the English plural that goes with them.
//!
//! French agreement is applied to the words before the phrase's complement (the first
//! preposition or article): in `premier ministre chinois` all three words agree, in
//! `conseiller à la sécurité nationale` only `conseiller` does. The rules cover the regular
//! endings; an irregular form is matched only if the glossary lists it as an entry of its own.

use super::{Entry, Form};

/// Words that open a noun phrase's complement: agreement stops there.
const COMPLEMENT: &[&str] = &[
    "de", "du", "des", "d'", "à", "a", "au", "aux", "en", "pour", "sur", "la", "le", "les", "l'",
    "et", "chez", "contre", "auprès",
];

/// French article a glossary entry may start with; matching ignores it (`le Kremlin` also
/// matches `du Kremlin`).
pub fn strip_article(fr: &str) -> &str {
    for art in ["le ", "la ", "les ", "l'", "l’"] {
        if let Some(rest) = fr.strip_prefix(art) {
            if !rest.trim().is_empty() {
                return rest.trim_start();
            }
        }
    }
    fr
}

/// The French forms of `fr` that are matched, with the form each is: the entry itself, then
/// (for phrases that inflect) its plural, feminine and feminine plural, without duplicates.
pub fn french_forms(entry: &Entry) -> Vec<(Form, String)> {
    let base = strip_article(&entry.fr).to_string();
    let mut out = vec![(Form::Exact, base.clone())];
    if !entry.inflects() {
        return out;
    }
    let fem = inflect_phrase(&base, feminine);
    let plur = inflect_phrase(&base, french_plural);
    let fem_plural = inflect_phrase(&fem, french_plural);
    for (form, text) in [
        (Form::Plural, plur),
        (Form::Feminine, fem),
        (Form::FemininePlural, fem_plural),
    ] {
        if !out.iter().any(|(_, t)| *t == text) {
            out.push((form, text));
        }
    }
    out
}

/// The English that renders `entry` in `form`: the plural forms pluralize the English head.
pub fn english_for(entry: &Entry, form: Form, matched_fr: &str) -> String {
    match form {
        Form::Exact | Form::Feminine => entry.en.clone(),
        Form::Plural | Form::FemininePlural => {
            if entry.is_do_not_translate() {
                matched_fr.to_string()
            } else {
                english_plural_phrase(&entry.en)
            }
        }
    }
}

fn inflect_phrase(phrase: &str, f: fn(&str) -> String) -> String {
    let mut out = Vec::new();
    let mut agreeing = true;
    for word in phrase.split(' ') {
        let lower = word.to_lowercase();
        if COMPLEMENT.contains(&lower.as_str())
            || lower.starts_with("d'")
            || lower.starts_with("l'")
        {
            agreeing = false;
        }
        if agreeing && !word.is_empty() {
            out.push(f(word));
        } else {
            out.push(word.to_string());
        }
    }
    out.join(" ")
}

/// Applies `f` to the last part of a hyphenated word (`porte-parole` → `porte-paroles`).
fn last_part(word: &str, f: fn(&str) -> String) -> String {
    match word.rsplit_once('-') {
        Some((head, tail)) if !tail.is_empty() => format!("{head}-{}", f(tail)),
        _ => f(word),
    }
}

/// French plural of one word (regular endings).
pub fn french_plural(word: &str) -> String {
    last_part(word, |w| {
        let lower = w.to_lowercase();
        if lower.ends_with('s') || lower.ends_with('x') || lower.ends_with('z') {
            w.to_string()
        } else if lower.ends_with("al") && lower.len() > 3 {
            format!("{}aux", &w[..w.len() - 2])
        } else if lower.ends_with("eau") || lower.ends_with("eu") {
            format!("{w}x")
        } else {
            format!("{w}s")
        }
    })
}

/// French feminine of one word (regular endings).
pub fn feminine(word: &str) -> String {
    last_part(word, |w| {
        let lower = w.to_lowercase();
        let cut = |n: usize, add: &str| format!("{}{add}", &w[..w.len() - n]);
        if lower.ends_with('e') {
            w.to_string()
        } else if lower.ends_with("adeur") || lower.ends_with("teur") {
            cut(3, "rice")
        } else if lower.ends_with("eur") {
            cut(1, "se")
        } else if lower.ends_with("er") {
            cut(2, "ère")
        } else if lower.ends_with("en") || lower.ends_with("on") || lower.ends_with("el") {
            let last = &w[w.len() - 1..];
            format!("{w}{last}e")
        } else if lower.ends_with("et") {
            format!("{w}te")
        } else if lower.ends_with('f') {
            cut(1, "ve")
        } else if lower.ends_with('x') {
            cut(1, "se")
        } else {
            format!("{w}e")
        }
    })
}

/// English plural of a noun phrase: the word before ` of ` (`Secretary of State`), else the
/// last word.
pub fn english_plural_phrase(en: &str) -> String {
    let words: Vec<&str> = en.split(' ').collect();
    let head = words
        .iter()
        .position(|w| *w == "of")
        .filter(|&i| i > 0)
        .map_or(words.len() - 1, |i| i - 1);
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == head {
                english_plural(w)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// English plural of one word.
pub fn english_plural(word: &str) -> String {
    let lower = word.to_lowercase();
    if lower.ends_with("person") {
        return format!("{}people", &word[..word.len() - "person".len()]);
    }
    if lower.ends_with("man") && !lower.ends_with("german") {
        return format!("{}men", &word[..word.len() - 3]);
    }
    // Demonyms that do not take -s: Chinese, Swiss, French, British, Dutch.
    if lower.ends_with("ese")
        || lower.ends_with("ss")
        || lower.ends_with("ish")
        || lower.ends_with("ch")
    {
        return word.to_string();
    }
    if lower.ends_with('y') && !lower.ends_with("ay") && !lower.ends_with("ey") {
        return format!("{}ies", &word[..word.len() - 1]);
    }
    if lower.ends_with('s') || lower.ends_with('x') || lower.ends_with("sh") {
        return format!("{word}es");
    }
    format!("{word}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(fr: &str, en: &str, kind: &str) -> Entry {
        Entry::new(fr, en, kind, "t:1")
    }

    #[test]
    fn french_forms_of_a_title() {
        let e = entry(
            "conseiller à la sécurité nationale",
            "national security adviser",
            "title",
        );
        let forms: Vec<String> = french_forms(&e).into_iter().map(|(_, t)| t).collect();
        assert_eq!(
            forms,
            [
                "conseiller à la sécurité nationale",
                "conseillers à la sécurité nationale",
                "conseillère à la sécurité nationale",
                "conseillères à la sécurité nationale"
            ]
        );
        let e = entry("premier ministre chinois", "Chinese Premier", "title");
        let forms: Vec<String> = french_forms(&e).into_iter().map(|(_, t)| t).collect();
        assert!(forms.contains(&"première ministre chinoise".to_string()));
        assert!(forms.contains(&"premiers ministres chinois".to_string()));
    }

    #[test]
    fn names_do_not_inflect_and_articles_are_dropped() {
        let e = entry("le Kremlin", "the Kremlin", "organization");
        assert_eq!(french_forms(&e), vec![(Form::Exact, "Kremlin".to_string())]);
    }

    #[test]
    fn word_rules() {
        assert_eq!(french_plural("général"), "généraux");
        assert_eq!(french_plural("porte-parole"), "porte-paroles");
        assert_eq!(feminine("ambassadeur"), "ambassadrice");
        assert_eq!(feminine("directeur"), "directrice");
        assert_eq!(feminine("américain"), "américaine");
        assert_eq!(feminine("européen"), "européenne");
        assert_eq!(feminine("chinois"), "chinoise");
        assert_eq!(english_plural_phrase("spokesperson"), "spokespeople");
        assert_eq!(
            english_plural_phrase("Secretary of State"),
            "Secretaries of State"
        );
        assert_eq!(english_plural_phrase("Chinese"), "Chinese");
        assert_eq!(
            english_plural_phrase("national security adviser"),
            "national security advisers"
        );
    }
}
