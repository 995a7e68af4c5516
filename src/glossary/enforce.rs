//! Enforcing glossary terms through a backend: the placeholder strategy (protect, translate,
//! restore) and the term lists handed to native and prompt backends.
//!
//! [`protect`] replaces each hit with a short capitalized token that no word of either language
//! resembles (`Zqaa`, `Zqab`, …; the prefix is chosen so that it does not occur in the
//! segment). Engines treat it as an unknown proper noun and pass it through: Apertium with `-u`
//! keeps it verbatim through `fr-es | spa-eng` (tested against the real chain). [`restore`]
//! puts the English back and mends what the engine built around the token:
//!
//! - tokens the engine mangled slightly are still found: any case (`ZQAA`, `zqaa`), split by a
//!   space, hyphen or dot (`Zq aa`), flagged as unknown (`*Zqaa`, `#Zqaa`);
//! - an article the English term does not take is dropped (`of the Zqaa` → `of Beijing`, never
//!   `of the Beijing`); a term whose English is `the …` keeps exactly one (`to the Zqab` →
//!   `to the United States`, `Zqab` → `the United States`);
//! - a title right before a person's name loses its article (`the Chinese Premier Li Keqiang`
//!   → `Chinese Premier Li Keqiang`);
//! - `a`/`an` agree with the term; a term opening the sentence is capitalized;
//! - anything left that looks like a token is removed, so no placeholder reaches the output
//!   (the missing term is then flagged by [`super::verify`]).

use super::{inflect, Glossary, Hit};

/// Token prefixes, tried in order: the first one absent from the segment and its terms'
/// English is used.
pub const PREFIXES: &[&str] = &["Zq", "Qz", "Zx", "Xq", "Qx", "Zk"];

/// A segment's text with its glossary hits replaced by placeholder tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Protected {
    /// The text sent to the backend.
    pub text: String,
    /// Each placeholder token and the English it stands for.
    pub tokens: Vec<(String, String)>,
    /// The glossary kind of each token's term (parallel to `tokens`).
    pub kinds: Vec<String>,
}

impl Protected {
    /// A text sent as is, with no placeholder.
    pub fn plain(text: impl Into<String>) -> Self {
        Protected {
            text: text.into(),
            tokens: Vec::new(),
            kinds: Vec::new(),
        }
    }
}

/// The English that renders `hit` (plural hits get the English plural).
pub fn english(glossary: &Glossary, text: &str, hit: &Hit) -> String {
    let entry = &glossary.entries[hit.entry];
    let matched = text.get(hit.start..hit.end).unwrap_or(&entry.fr);
    inflect::english_for(entry, hit.form, matched)
}

/// Replaces every hit in `text` with a token the engines pass through untouched.
///
/// The token prefix is one that occurs neither in the segment nor in the English of its
/// terms, so a restored English can never be mistaken for a token (glossary fuzz finding
/// 37c9ed72: an English holding `zqaa`).
pub fn protect(glossary: &Glossary, text: &str, hits: &[Hit]) -> Protected {
    let mut last = 0;
    let mut kept: Vec<(&Hit, String)> = Vec::new();
    for hit in hits {
        let valid = hit.start >= last
            && hit.end <= text.len()
            && text.is_char_boundary(hit.start)
            && text.is_char_boundary(hit.end)
            && hit.entry < glossary.entries.len();
        if !valid || kept.len() >= 26 * 26 {
            continue;
        }
        last = hit.end;
        kept.push((hit, english(glossary, text, hit)));
    }
    let mut seen = text.to_lowercase();
    for (_, en) in &kept {
        seen.push('\n');
        seen.push_str(&en.to_lowercase());
    }
    let prefix = PREFIXES
        .iter()
        .find(|p| !seen.contains(&p.to_lowercase()))
        .unwrap_or(&PREFIXES[0]);
    let mut out = Protected::plain(String::with_capacity(text.len()));
    let mut last = 0;
    for (n, (hit, en)) in kept.into_iter().enumerate() {
        let token = format!(
            "{prefix}{}{}",
            char::from(b'a' + (n / 26) as u8),
            char::from(b'a' + (n % 26) as u8)
        );
        out.text.push_str(&text[last..hit.start]);
        out.text.push_str(&token);
        last = hit.end;
        out.tokens.push((token, en));
        out.kinds.push(glossary.entries[hit.entry].kind.clone());
    }
    out.text.push_str(&text[last..]);
    out
}

/// A token found in a translation: its byte range and which token it is (`None` for
/// something token-like that matches none).
#[derive(Debug, Clone, Copy)]
struct Found {
    start: usize,
    end: usize,
    index: Option<usize>,
}

/// Finds every occurrence of a token of `protected` (or anything token-like) in `translation`.
fn scan(translation: &str, protected: &Protected) -> Vec<Found> {
    let bytes = translation.as_bytes();
    let prefixes: Vec<String> = protected
        .tokens
        .first()
        .map(|(t, _)| vec![t[..2].to_ascii_lowercase()])
        .unwrap_or_else(|| PREFIXES.iter().map(|p| p.to_ascii_lowercase()).collect());
    let mut out = Vec::new();
    let mut i = 0;
    while i + 2 <= bytes.len() {
        // Right after a token is a word start too: two hits can touch (`Marc)` and `)))`),
        // and their tokens with them (`ZqaaZqab`).
        let after_token = out
            .last()
            .is_some_and(|f: &Found| f.end == i && f.index.is_some());
        let at_word_start = after_token
            || !translation
                .get(..i)
                .and_then(|b| b.chars().next_back())
                .is_some_and(char::is_alphanumeric);
        let head = &bytes[i..i + 2];
        if !at_word_start
            || !prefixes
                .iter()
                .any(|p| head.eq_ignore_ascii_case(p.as_bytes()))
        {
            i += 1;
            continue;
        }
        let mut j = i + 2;
        if j < bytes.len() && matches!(bytes[j], b' ' | b'-' | b'.' | b'_') {
            j += 1;
        }
        let mut letters = bytes[j..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let next_token_glued = letters > 2
            && prefixes.iter().any(|p| {
                bytes[j + 2..].len() >= 2 && bytes[j + 2..j + 4].eq_ignore_ascii_case(p.as_bytes())
            });
        if next_token_glued {
            letters = 2;
        }
        let word_end = j + letters;
        let index = if letters == 2 && (next_token_glued || ends_word(&translation[word_end..])) {
            let a = bytes[j].to_ascii_lowercase();
            let b = bytes[j + 1].to_ascii_lowercase();
            if a.is_ascii_lowercase() && b.is_ascii_lowercase() {
                let n = usize::from(a - b'a') * 26 + usize::from(b - b'a');
                (n < protected.tokens.len()).then_some(n)
            } else {
                None
            }
        } else {
            None
        };
        // A prefix followed by a separator and no token letters is not ours: an English word
        // never starts with these prefixes, but be strict about what we remove.
        let end = if index.is_some() {
            word_end
        } else {
            i + 2
                + bytes[i + 2..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count()
        };
        out.push(Found {
            start: i,
            end,
            index,
        });
        i = end.max(i + 1);
    }
    out
}

/// Whether a token ending where `rest` starts ends a word, by the matcher's own rule (the next
/// visible character is not alphanumeric): wherever the matcher put a token, the scan finds it.
/// An unassigned code point after a term (`Pékin\u{7D696}jing`) is a boundary to both (glossary
/// fuzz finding dfc60b13: the restore used to drop such a token, and the term with it).
fn ends_word(rest: &str) -> bool {
    !rest
        .chars()
        .find(|c| !super::matcher::is_invisible(*c))
        .is_some_and(char::is_alphanumeric)
}

/// Words after which an English term keeps no article of its own.
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    "your", "my", "whose", "no", "every", "each", "any", "some",
];

/// English nationality adjectives that follow a token when the engine kept French word order.
const NATIONALITIES: &[&str] = &[
    "American",
    "Chinese",
    "Russian",
    "Ukrainian",
    "French",
    "German",
    "British",
    "Japanese",
    "Italian",
    "Spanish",
    "Polish",
    "Turkish",
    "Iranian",
    "Israeli",
    "Palestinian",
    "Syrian",
    "Iraqi",
    "Saudi",
    "Egyptian",
    "Indian",
    "Pakistani",
    "Afghan",
    "Korean",
    "North Korean",
    "South Korean",
    "European",
    "African",
    "Canadian",
    "Mexican",
    "Brazilian",
    "Belgian",
    "Swiss",
    "Dutch",
    "Belarusian",
    "Georgian",
    "Armenian",
    "Taiwanese",
    "Vietnamese",
    "Lebanese",
    "Algerian",
    "Moroccan",
    "Tunisian",
    "Libyan",
    "Malian",
    "Nigerian",
    "Senegalese",
    "Ethiopian",
    "Sudanese",
    "Kurdish",
    "Serbian",
    "Croatian",
    "Hungarian",
    "Romanian",
    "Bulgarian",
    "Czech",
    "Slovak",
    "Austrian",
    "Swedish",
    "Norwegian",
    "Danish",
    "Finnish",
    "Greek",
    "Qatari",
    "Emirati",
    "Jordanian",
    "Yemeni",
    "Australian",
    "Cuban",
    "Venezuelan",
    "Colombian",
    "Chilean",
    "Peruvian",
    "Argentine",
    "Western",
];

/// Puts the English terms back in place of the tokens of `protected`.
pub fn restore(translation: &str, protected: &Protected) -> String {
    if protected.tokens.is_empty() {
        return translation.to_string();
    }
    let found = scan(translation, protected);
    let mut out = String::with_capacity(translation.len() + 32);
    let mut last = 0;
    for (k, f) in found.iter().enumerate() {
        out.push_str(&translation[last..f.start]);
        last = f.end;
        // An unknown-word mark the engine put before the token (not one the French had
        // there itself: `*Li Keqiang` was sent as `*Zqab`, found by the glossary fuzz target).
        while let Some(mark) = out.chars().last().filter(|c| matches!(c, '*' | '#' | '@')) {
            let sent_with_mark = f.index.is_some_and(|i| {
                let token = &protected.tokens[i].0;
                protected.text.contains(&format!("{mark}{token}"))
            });
            if sent_with_mark {
                break;
            }
            out.pop();
        }
        let Some(index) = f.index else {
            // Token-like leftover: drop it and the space before it.
            if out.ends_with(' ') && translation[f.end..].starts_with([' ', ',', '.', ';', ':']) {
                out.pop();
            }
            continue;
        };
        let (_, english) = &protected.tokens[index];
        let kind = protected.kinds.get(index).map_or("term", String::as_str);
        let next_is_person = found.get(k + 1).is_some_and(|n| {
            translation[f.end..n.start].trim().is_empty()
                && n.index
                    .and_then(|i| protected.kinds.get(i))
                    .is_some_and(|k| k == "person")
        });
        // Engines that do not know the token leave a French post-posed adjective after it
        // (`un Zqaa chinois` → `a Zqaa Chinese`): put it back before the term.
        let rest = &translation[f.end..];
        let adjective = matches!(kind, "title" | "term" | "organization")
            .then(|| rest.strip_prefix(' '))
            .flatten()
            .and_then(|r| {
                let word_len = r
                    .find(|c: char| !c.is_alphabetic() && c != '-')
                    .unwrap_or(r.len());
                let word = &r[..word_len];
                // A whole word: `Mexican04` is none (glossary fuzz finding 59bf322c).
                let whole = !r[word_len..].starts_with(char::is_alphanumeric);
                (whole && NATIONALITIES.contains(&word)).then_some(word)
            });
        match adjective {
            Some(adj) => {
                last = f.end + 1 + adj.len();
                let combined = match english.strip_prefix("the ") {
                    Some(rest) => format!("the {adj} {rest}"),
                    None => format!("{adj} {english}"),
                };
                place(&mut out, &combined, kind, next_is_person);
            }
            None => place(&mut out, english, kind, next_is_person),
        }
    }
    out.push_str(&translation[last..]);
    out
}

/// Appends `english` to `out`, mending the article, `a`/`an` and capitalization before it.
fn place(out: &mut String, english: &str, kind: &str, next_is_person: bool) {
    let with_article = english
        .get(..4)
        .is_some_and(|s| s.eq_ignore_ascii_case("the "));
    let bare = if with_article { &english[4..] } else { english };
    let is_name = matches!(kind, "person" | "place" | "organization" | "media");
    let (word_start, word) = last_word(out);
    let word = word.to_string();
    let lower = word.to_lowercase();
    let mut capital = false;
    let mut has_determiner = DETERMINERS.contains(&lower.as_str());
    if lower == "the" && (is_name || with_article || (kind == "title" && next_is_person)) {
        capital = word.starts_with('T');
        out.truncate(word_start);
        has_determiner = false;
        let (_, before) = last_word(out);
        has_determiner = has_determiner || DETERMINERS.contains(&before.to_lowercase().as_str());
    }
    let at_start = capital || sentence_start(out);
    let mut text = if with_article && !has_determiner && !(kind == "title" && next_is_person) {
        english.to_string()
    } else {
        bare.to_string()
    };
    if at_start {
        text = capitalize(&text);
    }
    if lower == "a" || lower == "an" {
        let want = if vowel_sound(&text) { "an" } else { "a" };
        let want = if word.starts_with('A') {
            capitalize(want)
        } else {
            want.to_string()
        };
        if *word != want {
            let ws = out.len() - out.trim_end().len();
            let end = out.len() - ws;
            out.replace_range(end - word.len()..end, &want);
        }
    }
    out.push_str(&text);
}

/// The last word of `out` (ASCII letters) and where it starts, if `out` ends with that word
/// and spaces; `(len, "")` otherwise. Letters glued to a digit or another letter are not a
/// word of their own (`3The Zqaa` keeps its `The`: glossary fuzz finding e8037b18).
fn last_word(out: &str) -> (usize, &str) {
    let trimmed = out.trim_end();
    if trimmed.len() == out.len() && !out.is_empty() {
        return (out.len(), "");
    }
    let (start, glued) = match trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii_alphabetic())
    {
        Some((i, c)) => (i + c.len_utf8(), c.is_alphanumeric()),
        None => (0, false),
    };
    if glued {
        return (out.len(), "");
    }
    (start, &trimmed[start..])
}

fn sentence_start(out: &str) -> bool {
    let t = out.trim_end();
    let t = t.trim_end_matches(['"', '“', '«', '\'', '‘', '(', '[', '—', '-', ' ']);
    t.is_empty() || t.ends_with(['.', '!', '?', ':'])
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Whether `text` starts with a vowel sound (for `a`/`an`).
fn vowel_sound(text: &str) -> bool {
    let word = text.split([' ', '-']).next().unwrap_or("");
    let lower = word.to_lowercase();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let spoken_as_word = letters >= 4 && word.chars().nth(1).is_some_and(|c| "AEIOUY".contains(c));
    if letters >= 2 && !word.chars().any(char::is_lowercase) && !spoken_as_word {
        // An initialism: read letter by letter (an FBI agent, a UN agency; but a NATO summit).
        return word.starts_with(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X']);
    }
    if lower.starts_with("eu")
        || lower.starts_with("one")
        || lower.starts_with("uni")
        || lower.starts_with("use")
        || lower.starts_with("usu")
    {
        return false;
    }
    lower.starts_with(['a', 'e', 'i', 'o', 'u'])
        || lower.starts_with("hour")
        || lower.starts_with("honest")
        || lower.starts_with("honor")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::{matcher, Entry};

    fn entry(fr: &str, en: &str, kind: &str) -> Entry {
        Entry::new(fr, en, kind, "t:1")
    }

    fn glossary() -> Glossary {
        Glossary::from_entries(vec![
            entry("Pékin", "Beijing", "place"),
            entry("Ukraine", "Ukraine", "place"),
            entry("Union européenne", "the European Union", "organization"),
            entry("États-Unis", "the United States", "place"),
            entry("premier ministre chinois", "Chinese Premier", "title"),
            entry("Li Keqiang", "Li Keqiang", "person"),
            entry("porte-parole", "spokesperson", "title"),
            entry("ambassade de Chine", "Chinese embassy", "organization"),
            entry("Otan", "NATO", "organization"),
        ])
    }

    fn protected(text: &str) -> Protected {
        let g = glossary();
        let hits = matcher::find(&g, text);
        protect(&g, text, &hits)
    }

    #[test]
    fn the_token_prefix_is_absent_from_the_terms_english_too() {
        // Glossary fuzz finding 37c9ed72: an English holding `zqaa` was taken for a token.
        let g = Glossary::from_entries(vec![entry("Pékin", "Beizqaa", "place")]);
        let text = "de la Pékin";
        let protected = protect(&g, text, &matcher::find(&g, text));
        assert!(protected.text.starts_with("de la Qzaa"), "{protected:?}");
        assert_eq!(restore(&protected.text, &protected), "de la Beizqaa");
    }

    #[test]
    fn tokens_of_touching_hits_are_both_restored() {
        // Glossary fuzz finding 581d4677: two hits that touch send `ZqaaZqab`.
        let g = Glossary::from_entries(vec![
            entry("Cie.", "Co.", "organization"),
            entry("(UE)", "(EU)", "organization"),
        ]);
        let text = "la Cie.(UE) a dit";
        let protected = protect(&g, text, &matcher::find(&g, text));
        assert_eq!(protected.text, "la ZqaaZqab a dit");
        assert_eq!(restore("the ZqaaZqab said", &protected), "Co.(EU) said");
    }

    #[test]
    fn only_a_whole_nationality_word_moves_before_the_term() {
        // Glossary fuzz finding 59bf322c: `Mexican04` is not the adjective `Mexican`.
        let g = glossary();
        let text = "le premier ministre chinois Mexican04";
        let protected = protect(&g, text, &matcher::find(&g, text));
        assert_eq!(
            restore("the Zqaa Mexican04", &protected),
            "the Chinese Premier Mexican04"
        );
        assert_eq!(
            restore("the Zqaa Mexican said", &protected),
            "the Mexican Chinese Premier said"
        );
    }

    #[test]
    fn an_article_glued_to_a_digit_is_not_dropped() {
        // Glossary fuzz finding e8037b18: `3The Pékin` lost its `The` and became `3Beijing`.
        let g = glossary();
        let text = "le score 3The Pékin";
        let protected = protect(&g, text, &matcher::find(&g, text));
        assert_eq!(
            restore(&protected.text, &protected),
            "le score 3The Beijing"
        );
        let protected = protect(&g, "à the Pékin", &matcher::find(&g, "à the Pékin"));
        assert_eq!(restore("to the Zqaa", &protected), "to Beijing");
    }

    #[test]
    fn a_term_followed_by_an_unassigned_or_invisible_character_survives_an_echo() {
        // Glossary fuzz finding dfc60b13 and its invisible-character cousins: the matcher sees
        // a boundary after `Pékin`, so the restore must find the token there too.
        let g = glossary();
        for text in [
            "Pékin\u{7D696}jing\tp[b",
            "Pékin\u{FEFF} a parlé",
            "Pékin\u{E000}x",
            "à Pékin\u{200B}.",
        ] {
            let hits = matcher::find(&g, text);
            assert_eq!(hits.len(), 1, "{text:?}");
            let protected = protect(&g, text, &hits);
            let restored = restore(&protected.text, &protected);
            assert!(restored.contains("Beijing"), "{text:?} → {restored:?}");
            assert!(!restored.contains("Zq"), "{restored:?}");
        }
    }

    #[test]
    fn protect_replaces_hits_with_tokens() {
        let p = protected("Un soutien de la Pékin à l'Union européenne.");
        assert_eq!(p.text, "Un soutien de la Zqaa à l'Zqab.");
        assert_eq!(
            p.tokens,
            [
                ("Zqaa".to_string(), "Beijing".to_string()),
                ("Zqab".to_string(), "the European Union".to_string())
            ]
        );
    }

    #[test]
    fn prefix_avoids_text_that_contains_it() {
        let p = protected("Zqaa à Pékin");
        assert_eq!(p.text, "Zqaa à Qzaa");
    }

    #[test]
    fn articles_are_mended() {
        let p = protected("de la Pékin, aux États-Unis, l'Union européenne, d'Ukraine");
        let out = restore("of the Zqaa, to the Zqab, the Zqac, of Zqad", &p);
        assert_eq!(
            out,
            "of Beijing, to the United States, the European Union, of Ukraine"
        );
        // No article from the engine: the English one is added, capitalized at the start.
        let out = restore("Zqac supports Zqab, unlike its Zqac.", &p);
        assert_eq!(
            out,
            "The European Union supports the United States, unlike its European Union."
        );
    }

    #[test]
    fn title_before_name_loses_the_article() {
        let p = protected("Le premier ministre chinois Li Keqiang a appelé");
        assert_eq!(p.text, "Le Zqaa Zqab a appelé");
        assert_eq!(
            restore("The Zqaa Zqab has called", &p),
            "Chinese Premier Li Keqiang has called"
        );
        assert_eq!(
            restore("He met the Zqaa.", &p),
            "He met the Chinese Premier."
        );
    }

    #[test]
    fn a_and_an_agree() {
        let p = protected("un porte-parole, une ambassade de Chine, un Otan");
        let out = restore("an Zqaa, a Zqab, an Zqac", &p);
        assert_eq!(out, "a spokesperson, a Chinese embassy, a NATO");
        let p = protected("une Union européenne");
        assert_eq!(restore("A Zqaa", &p), "A European Union");
    }

    #[test]
    fn mangled_tokens_are_restored() {
        let p = protected("Pékin, Ukraine, Otan et Union européenne");
        let out = restore("ZQAA, zqab, *Zqac and the Zq-ad", &p);
        assert_eq!(out, "Beijing, Ukraine, NATO and the European Union");
        let out = restore("Zq ab and #Zqaa.", &p);
        assert_eq!(out, "Ukraine and Beijing.");
    }

    #[test]
    fn no_token_survives_restore() {
        let p = protected("Pékin et Ukraine");
        let out = restore("Zqaa and Zqzz and Zqab.", &p);
        assert_eq!(out, "Beijing and and Ukraine.");
        let out = restore("Zqaa, Zqq Zq.", &p);
        assert!(!out.to_lowercase().contains("zq"), "{out}");
    }

    /// Random French-ish input and random engine output: nothing panics, no token leaks.
    #[test]
    fn random_inputs_never_panic_or_leak() {
        const PIECES: &[&str] = &[
            "Pékin",
            "pékin",
            "PÉKIN",
            "l'",
            "l’",
            "d'",
            "de la ",
            "du ",
            "aux ",
            "Union",
            " européenne",
            "États-Unis",
            "Etats",
            "-",
            "Unis",
            "porte-parole",
            "s",
            " ",
            "\u{a0}",
            "é",
            "e\u{301}",
            "à",
            "œ",
            "Zq",
            "zqa",
            "Zqaa",
            "ZQAB",
            "*",
            "#",
            ".",
            ",",
            "\"",
            "«",
            "the ",
            "The ",
            "a ",
            "an ",
            "Ukraine",
            "Otan",
            "OTAN",
            "Li Keqiang",
            "premier ministre chinois",
            "Chinese",
            "x",
        ];
        let g = glossary();
        let mut rng = fastrand::Rng::with_seed(7);
        let mut random =
            |n: usize| -> String { (0..n).map(|_| PIECES[rng.usize(..PIECES.len())]).collect() };
        let mut lengths = fastrand::Rng::with_seed(8);
        for _ in 0..3000 {
            let n = lengths.usize(0..25);
            let text = random(n);
            let hits = matcher::find(&g, &text);
            for h in &hits {
                assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
                assert!(h.start < h.end);
            }
            let p = protect(&g, &text, &hits);
            assert_eq!(p.tokens.len(), hits.len());
            let engine = format!("{} {}", random(n / 2), p.text);
            let out = restore(&engine, &p);
            let prefix = p.tokens.first().map(|(t, _)| t[..2].to_lowercase());
            if let Some(prefix) = prefix {
                let lower = out.to_lowercase();
                let leaked = lower.match_indices(&prefix).any(|(i, _)| {
                    !lower[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric())
                });
                assert!(!leaked, "{engine:?} → {out:?}");
            }
            let _ = crate::glossary::verify::verify(&g, &hits, &out);
        }
    }

    #[test]
    fn nothing_to_restore_leaves_the_translation_alone() {
        let p = Protected::plain("Le Zkoumal");
        assert_eq!(restore("The Zkoumal", &p), "The Zkoumal");
    }

    #[test]
    fn plural_hits_get_the_english_plural() {
        let p = protected("les porte-paroles");
        assert_eq!(p.tokens[0].1, "spokespeople");
    }

    #[test]
    fn post_posed_nationality_adjective_moves_before_the_term() {
        let p = protected("un porte-parole chinois et Pékin");
        assert_eq!(p.text, "un Zqaa chinois et Zqab");
        assert_eq!(
            restore("a Zqaa Chinese and Zqab", &p),
            "a Chinese spokesperson and Beijing"
        );
        let p = protected("un porte-parole américain");
        assert_eq!(restore("a Zqaa American", &p), "an American spokesperson");
        // Institutions keep their article in front.
        let g = Glossary::from_entries(vec![entry(
            "Conseil de sécurité",
            "the Security Council",
            "organization",
        )]);
        let text = "le Conseil de sécurité russe";
        let p = protect(&g, text, &matcher::find(&g, text));
        assert_eq!(
            restore("of the Zqaa Russian", &p),
            "of the Russian Security Council"
        );
        // Names are left alone.
        let p = protected("Pékin");
        assert_eq!(restore("Zqaa Chinese", &p), "Beijing Chinese");
    }

    #[test]
    fn non_ascii_text_around_tokens() {
        let p = protected("à Pékin, été Ukraine");
        assert_eq!(
            restore("à Zqaa, été Zqab é", &p),
            "à Beijing, été Ukraine é"
        );
        assert_eq!(restore("ça Zqaa", &p), "ça Beijing");
    }

    #[test]
    fn vowel_sounds() {
        assert!(!vowel_sound("European Union"));
        assert!(vowel_sound("FBI agent"));
        assert!(!vowel_sound("UN agency"));
        assert!(vowel_sound("embassy"));
        assert!(!vowel_sound("spokesperson"));
    }

    /// Runs `apertium -u fr-es | apertium -u spa-eng` on `lines` (one text per line).
    fn apertium(lines: &[String]) -> Vec<String> {
        use std::io::Write;
        use std::process::{Command, Stdio};
        let mut input = lines.join("\n");
        input.push('\n');
        let mut text = input;
        for mode in ["fr-es", "spa-eng"] {
            let mut child = Command::new("apertium")
                .args(["-u", mode])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .expect(
                    "apertium must be installed (apt-get install apertium apertium-fr-es apertium-eng-spa)",
                );
            let mut stdin = child.stdin.take().unwrap();
            let t = text.clone();
            let writer = std::thread::spawn(move || stdin.write_all(t.as_bytes()));
            let out = child.wait_with_output().unwrap();
            writer.join().unwrap().unwrap();
            assert!(out.status.success(), "apertium {mode} failed");
            text = String::from_utf8(out.stdout).unwrap();
        }
        text.lines().map(str::to_string).collect()
    }

    /// The placeholder round trip through the real Apertium chain, on the sample article
    /// with the shipped glossary: every term comes back, no token leaks, articles are right.
    #[test]
    fn round_trip_through_real_apertium() {
        let g = crate::glossary::load::load_for_run(&[], true).unwrap();
        let article = include_str!("../../tests/fixtures/ukraine-chine-2022-03.fr.txt");
        let paragraphs: Vec<&str> = article
            .split("\n\n")
            .map(|p| p.trim().trim_start_matches("date 2022-03").trim())
            .filter(|p| !p.is_empty())
            .collect();
        let prepared: Vec<(Vec<Hit>, Protected)> = paragraphs
            .iter()
            .map(|p| {
                let hits = matcher::find(&g, p);
                let protected = protect(&g, p, &hits);
                (hits, protected)
            })
            .collect();
        let sent: Vec<String> = prepared.iter().map(|(_, p)| p.text.clone()).collect();
        let raw = apertium(&sent);
        assert_eq!(raw.len(), sent.len(), "{raw:#?}");
        let mut all = String::new();
        let mut total = 0;
        for ((hits, protected), raw) in prepared.iter().zip(&raw) {
            // Apertium passed every token through untouched.
            for (token, _) in &protected.tokens {
                assert!(raw.contains(token.as_str()), "{token} lost in {raw:?}");
            }
            let en = restore(raw, protected);
            assert!(!en.to_lowercase().contains("zq"), "token leaked: {en}");
            for check in crate::glossary::verify::verify(&g, hits, &en) {
                assert!(
                    check.found,
                    "{} → {} missing from {en:?}",
                    check.fr, check.en
                );
                total += 1;
            }
            all.push_str(&en);
            all.push('\n');
        }
        assert!(total >= 35, "{total} terms\n{all}");
        for expected in [
            "The Financial Times, the Washington Post and the New York Times",
            "Moscow",
            "of Beijing",
            "Chinese Premier Li Keqiang",
            "the European Union and the United States",
            "US President Joe Biden",
            "Jake Sullivan",
            "the White House National Security Council",
            "Emily Horne, the spokesperson",
            "a spokesperson of the Chinese embassy",
            "The Chinese government",
            "on CNN Jake Sullivan",
        ] {
            assert!(all.contains(expected), "{expected:?} not in\n{all}");
        }
        for wrong in [
            "the Beijing",
            "of the Beijing",
            "the the",
            "Peking",
            "Moscou",
            "Pékin",
        ] {
            assert!(!all.contains(wrong), "{wrong:?} in\n{all}");
        }
    }

    /// More article and word-order cases through the real Apertium chain.
    #[test]
    fn article_cases_through_real_apertium() {
        let g = crate::glossary::load::load_for_run(&[], true).unwrap();
        let cases = [
            ("Le Kremlin a démenti.", "The Kremlin"),
            ("Il vit aux États-Unis.", "the United States"),
            ("La Maison Blanche a réagi.", "The White House"),
            (
                "Selon le Washington Post, Moscou et Kiev négocient.",
                "the Washington Post, Moscow and Kyiv",
            ),
            (
                "Le président russe Vladimir Poutine a parlé.",
                "Russian President Vladimir Putin",
            ),
            ("Les Américains ont voté.", "The Americans"),
            ("Il a critiqué l'Otan.", "NATO"),
            ("Il a saisi l'ONU.", "the UN"),
            (
                "Un porte-parole du Kremlin a refusé.",
                "A spokesperson of the Kremlin",
            ),
            (
                "Un porte-parole chinois a refusé.",
                "A Chinese spokesperson",
            ),
            (
                "Le Conseil de sécurité de l'ONU se réunit.",
                "The UN Security Council",
            ),
            ("Les porte-parole des deux pays ont parlé.", "spokespeople"),
        ];
        let texts: Vec<&str> = cases.iter().map(|(fr, _)| *fr).collect();
        let prepared: Vec<(Vec<Hit>, Protected)> = texts
            .iter()
            .map(|t| {
                let hits = matcher::find(&g, t);
                let p = protect(&g, t, &hits);
                (hits, p)
            })
            .collect();
        let raw = apertium(
            &prepared
                .iter()
                .map(|(_, p)| p.text.clone())
                .collect::<Vec<_>>(),
        );
        let mut failures = Vec::new();
        for (((hits, p), raw), (fr, want)) in prepared.iter().zip(&raw).zip(&cases) {
            let en = restore(raw, p);
            let ok = en.contains(want)
                && !en.contains("the the")
                && crate::glossary::verify::verify(&g, hits, &en)
                    .iter()
                    .all(|c| c.found);
            if !ok {
                failures.push(format!("{fr} → {raw} → {en} (want {want:?})"));
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn a_mark_the_french_had_before_a_term_is_kept() {
        // tests/fixtures/fuzz/glossary/crash-717d1784: `Finte*Li Keqiang` came back as
        // `FinteLi Keqiang`, the term glued to the word before.
        let g = Glossary::from_entries(vec![Entry {
            fr: "Li Keqiang".into(),
            en: "Li Keqiang".into(),
            kind: "person".into(),
            note: String::new(),
            origin: "t:1".into(),
        }]);
        let text = "Voir note*Li Keqiang a parlé.";
        let hits = matcher::find(&g, text);
        assert_eq!(hits.len(), 1);
        let p = protect(&g, text, &hits);
        assert_eq!(restore(&p.text, &p), "Voir note*Li Keqiang a parlé.");
        // A mark the engine added is still removed.
        let text = "Voir note Li Keqiang a parlé.";
        let p = protect(&g, text, &matcher::find(&g, text));
        let reply = p
            .text
            .replace(&p.tokens[0].0, &format!("*{}", p.tokens[0].0));
        assert_eq!(restore(&reply, &p), text);
    }
}
