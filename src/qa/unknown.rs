//! Apertium's unknown-word marks: it writes `*mot` for a word its analyser does not know, `#mot`
//! for one it cannot generate and `@mot` for one its transfer misses (doubled, `**mot`, when
//! the word went through two modes of a chain). The marks are the engine's own list of what it
//! left untranslated: [`strip`] takes them out of the text and keeps the words, which the
//! `untranslated` check reports.

/// The characters Apertium puts before a word it does not know.
const MARKS: [char; 3] = ['*', '#', '@'];

/// The brackets of glossary placeholders: a mark inside one (`⟦**T1⟧`) is removed but the
/// token is not a word.
const PLACEHOLDER_OPEN: [char; 4] = ['⟦', '⟨', '⦃', '【'];

/// `text` without its unknown-word marks, and the marked words (each once, in order). A mark
/// counts when it opens a word: at the start, or after a space, punctuation or a hyphen, and
/// followed by a letter or digit (so `3*4` and a lone `*` stay as they are).
pub fn strip(text: &str) -> (String, Vec<String>) {
    if !text.contains(MARKS) {
        return (text.to_string(), Vec::new());
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut starts: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let opens = i == 0 || !(chars[i - 1].is_alphanumeric() || MARKS.contains(&chars[i - 1]));
        if MARKS.contains(&c) && opens {
            let mut j = i;
            while j < chars.len() && MARKS.contains(&chars[j]) {
                j += 1;
            }
            if chars.get(j).is_some_and(|c| c.is_alphanumeric()) {
                if i == 0 || !PLACEHOLDER_OPEN.contains(&chars[i - 1]) {
                    starts.push(out.len());
                }
                i = j;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    let mut words: Vec<String> = Vec::new();
    let mut covered = 0;
    for start in starts {
        if start < covered {
            continue; // the second half of a hyphenated word already taken whole
        }
        let word = word_at(&out[start..]);
        covered = start + word.len();
        if !word.is_empty() && !words.iter().any(|w| w == word) {
            words.push(word.to_string());
        }
    }
    (out, words)
}

/// The word at the start of `s`: letters and digits, joined by hyphens or apostrophes.
fn word_at(s: &str) -> &str {
    let mut end = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            end = i + c.len_utf8();
        } else if matches!(c, '-' | '\'' | '’')
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric())
        {
            continue;
        } else {
            break;
        }
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_removed_and_their_words_kept() {
        let (text, words) = strip("There is 3 *millardos of euros and the **gouffre #usagers.");
        assert_eq!(
            text,
            "There is 3 millardos of euros and the gouffre usagers."
        );
        assert_eq!(words, ["millardos", "gouffre", "usagers"]);
    }

    #[test]
    fn hyphenated_and_repeated_words_come_once() {
        let (text, words) = strip("**Dupond-**Moretti met **Dupond-**Moretti and @Macron.");
        assert_eq!(text, "Dupond-Moretti met Dupond-Moretti and Macron.");
        assert_eq!(words, ["Dupond-Moretti", "Macron"]);
    }

    #[test]
    fn placeholders_lose_their_marks_but_are_not_words() {
        let (text, words) = strip("The conflict ⟦**T1⟧ has begun (*ukrainien).");
        assert_eq!(text, "The conflict ⟦T1⟧ has begun (ukrainien).");
        assert_eq!(words, ["ukrainien"]);
    }

    #[test]
    fn stars_that_are_not_marks_stay() {
        for text in [
            "3*4 = 12",
            "a * b",
            "note*",
            "#",
            "",
            "**",
            "email@example",
            "C# and F#",
        ] {
            let (out, words) = strip(text);
            assert_eq!(out, text);
            assert!(words.is_empty(), "{text}: {words:?}");
        }
    }
}
