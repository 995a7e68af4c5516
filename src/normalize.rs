//! Normalization of French text: NFC, one canonical form for apostrophes, quotes and the
//! spaces French typography puts before `; : ! ?` and inside « ». Segments keep their spans in
//! the original text, so normalization never loses the way back; [`normalize_with_offsets`]
//! also maps every byte of the normalized text back to the original.
//!
//! The canonical form:
//! - Unicode NFC;
//! - apostrophes `’ ‘ ʼ ´ \`` → `'`;
//! - double quotes `“ ” „ ‟` → `"`; guillemets `« »` stay, `‹ ›` become `« »`;
//! - every run of whitespace (space, tab, line breaks, NBSP U+00A0, narrow NBSP U+202F, thin
//!   and other Unicode spaces) → one ASCII space; no space at either end;
//! - exactly one space inside guillemets (`«Oui»` → `« Oui »`) and before a `; : ! ?` that
//!   ends a word (`Quoi?` → `Quoi ?`, `dit: non` → `dit : non`; `10:30` and `?a=1` untouched);
//! - invisible characters (zero-width space, BOM, soft hyphen) removed.

use std::ops::Range;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Returns the canonical form of `text` (see the module notes).
pub fn normalize(text: &str) -> String {
    normalize_inner(text, false).text
}

fn normalize_inner(text: &str, keep_offsets: bool) -> Normalized {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        // The common case: nothing to compose, plain runs copied whole.
        canonicalize_nfc(text, keep_offsets)
    } else {
        canonicalize(nfc_with_offsets(text).into_iter(), text.len(), keep_offsets)
    }
}

/// Normalized text with the way back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    /// The canonical text.
    pub text: String,
    /// For each byte of [`Normalized::text`], plus one past the end, the byte offset in the
    /// original text it comes from (an inserted space maps to the character it was inserted
    /// for; a composed character to the start of the sequence it was composed from).
    pub offsets: Vec<usize>,
}

impl Normalized {
    /// The original byte range a range of the normalized text comes from.
    ///
    /// # Panics
    /// If `range` goes past the end of the normalized text.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.offsets[range.start];
        let end = if range.end == range.start {
            start
        } else {
            // The end of the last byte's source character.
            self.offsets[range.end..]
                .iter()
                .copied()
                .find(|&o| o > self.offsets[range.end - 1])
                .unwrap_or(self.offsets[self.offsets.len() - 1])
        };
        start..end.max(start)
    }
}

/// Normalizes `text` and keeps, for every output byte, the offset of its source in `text`.
pub fn normalize_with_offsets(text: &str) -> Normalized {
    normalize_inner(text, true)
}

/// Bytes that may need more than a copy: whitespace, the characters normalization changes or
/// puts a space before, and every byte of a non-ASCII character.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0x80;
    while b < 256 {
        t[b] = true;
        b += 1;
    }
    let specials = [
        b' ', b'\t', b'\n', b'\r', 0x0B, 0x0C, b'`', b';', b':', b'!', b'?',
    ];
    let mut k = 0;
    while k < specials.len() {
        t[specials[k] as usize] = true;
        k += 1;
    }
    t
};

/// [`canonicalize`] for text already in NFC: runs of plain ASCII are copied whole.
fn canonicalize_nfc(text: &str, keep_offsets: bool) -> Normalized {
    let bytes = text.as_bytes();
    let mut out = Output::new(text.len(), keep_offsets);
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..]
            .iter()
            .position(|&b| SPECIAL[b as usize])
            .unwrap_or(bytes.len() - i);
        if run > 0 {
            out.push_plain(&text[i..i + run], i);
            i += run;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let next = i + c.len_utf8();
        out.feed(c, i, || text[next..].chars().find_map(canonical_char));
        i = next;
    }
    out.finish(text.len())
}

/// The canonical form of NFC characters, each with its source offset; `len` is the length of
/// the original text. Offsets are recorded only when `keep_offsets`.
fn canonicalize<I>(chars: I, len: usize, keep_offsets: bool) -> Normalized
where
    I: Iterator<Item = (char, usize)> + Clone,
{
    let mut out = Output::new(len, keep_offsets);
    let mut chars = chars;
    while let Some((c, at)) = chars.next() {
        out.feed(c, at, || chars.clone().find_map(|(c, _)| canonical_char(c)));
    }
    out.finish(len)
}

/// The output under construction; a space is only written once a character follows it, so
/// none is left at the end.
struct Output {
    text: String,
    offsets: Vec<usize>,
    pending_space: Option<usize>,
    keep_offsets: bool,
}

impl Output {
    fn new(len: usize, keep_offsets: bool) -> Output {
        Output {
            text: String::with_capacity(len),
            offsets: Vec::with_capacity(if keep_offsets { len + 1 } else { 0 }),
            pending_space: None,
            keep_offsets,
        }
    }

    /// One character at offset `at`; `next` gives the next visible character, in canonical
    /// form, if it is needed.
    fn feed(&mut self, c: char, at: usize, next: impl FnOnce() -> Option<char>) {
        if is_space(c) {
            if !self.text.is_empty() && self.pending_space.is_none() {
                self.pending_space = Some(at);
            }
            return;
        }
        let Some(c) = canonical_char(c) else {
            return;
        };
        let prev = self.text.chars().next_back();
        let space_before = match c {
            '»' => prev.is_some(),
            ';' | ':' | '!' | '?' => {
                prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, '»' | '"' | ')'))
                    && next().is_none_or(|n| is_space(n) || is_closing(n) || is_final(n))
            }
            _ => false,
        };
        if space_before && self.pending_space.is_none() {
            self.pending_space = Some(at);
        }
        self.before_push(at);
        self.text.push(c);
        if self.keep_offsets {
            self.offsets.extend(std::iter::repeat_n(at, c.len_utf8()));
        }
    }

    /// A run of plain ASCII (no space, nothing to change) starting at offset `at`.
    fn push_plain(&mut self, run: &str, at: usize) {
        self.before_push(at);
        self.text.push_str(run);
        if self.keep_offsets {
            self.offsets.extend(at..at + run.len());
        }
    }

    /// Writes the pending space, or the one an opening guillemet calls for.
    fn before_push(&mut self, at: usize) {
        if self.text.ends_with('«') {
            // Exactly one space after an opening guillemet.
            self.pending_space.get_or_insert(at);
        }
        if let Some(space_at) = self.pending_space.take() {
            self.text.push(' ');
            if self.keep_offsets {
                self.offsets.push(space_at);
            }
        }
    }

    fn finish(mut self, len: usize) -> Normalized {
        if self.keep_offsets {
            self.offsets.push(len);
        }
        Normalized {
            text: self.text,
            offsets: self.offsets,
        }
    }
}

/// NFC of `text`, each character with the offset of its source. Composition never crosses an
/// ASCII character (none is the second of a composition pair and all are starters), so the text
/// is normalized in chunks of one ASCII character plus the non-ASCII run after it.
fn nfc_with_offsets(text: &str) -> Vec<(char, usize)> {
    let mut out = Vec::with_capacity(text.len());
    let mut chunk_start = 0;
    let flush = |out: &mut Vec<(char, usize)>, chunk: &str, base: usize| {
        if chunk.is_ascii() || is_nfc_quick(chunk.chars()) == IsNormalized::Yes {
            out.extend(chunk.char_indices().map(|(i, c)| (c, base + i)));
        } else {
            out.extend(chunk.nfc().map(|c| (c, base)));
        }
    };
    for (i, c) in text.char_indices() {
        if c.is_ascii() && i > chunk_start {
            flush(&mut out, &text[chunk_start..i], chunk_start);
            chunk_start = i;
        }
    }
    flush(&mut out, &text[chunk_start..], chunk_start);
    out
}

/// Whitespace, including the no-break and narrow spaces of French typography.
fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// The canonical form of one (non-space) character; `None` for the invisible ones, which
/// normalization removes.
fn canonical_char(c: char) -> Option<char> {
    Some(match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' => '"',
        '\u{2039}' => '«',
        '\u{203A}' => '»',
        '\u{200B}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}' => return None,
        c => c,
    })
}

fn is_closing(c: char) -> bool {
    matches!(c, '»' | '"' | ')' | ']')
}

fn is_final(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc() {
        assert_eq!(normalize("cafe\u{301} e\u{300}"), "café è");
        assert_eq!(normalize("E\u{301}tats-Unis"), "États-Unis");
    }

    #[test]
    fn apostrophes_and_quotes() {
        assert_eq!(
            normalize("l’Ukraine d‘un aujourdʼhui"),
            "l'Ukraine d'un aujourd'hui"
        );
        assert_eq!(normalize("“Non” et „oui‟"), "\"Non\" et \"oui\"");
        assert_eq!(normalize("‹ Oui ›"), "« Oui »");
    }

    #[test]
    fn french_typographic_spaces() {
        // NBSP and narrow NBSP before ; : ! ? and inside « », or none at all: one form.
        let forms = [
            "«\u{a0}Quoi\u{202f}?\u{a0}» a-t-il dit\u{a0}: non\u{202f}; oui\u{202f}!",
            "« Quoi ? » a-t-il dit : non ; oui !",
            "«Quoi?» a-t-il dit: non; oui!",
            "«  Quoi\t?  »   a-t-il\ndit :\r\nnon ; oui !",
        ];
        for f in forms {
            assert_eq!(normalize(f), "« Quoi ? » a-t-il dit : non ; oui !", "{f:?}");
        }
    }

    #[test]
    fn colons_and_question_marks_inside_words_are_untouched() {
        assert_eq!(
            normalize("à 10:30, voir https://x.fr/?a=1"),
            "à 10:30, voir https://x.fr/?a=1"
        );
        assert_eq!(normalize("Quoi?!"), "Quoi ?!");
    }

    #[test]
    fn whitespace_runs_and_invisibles() {
        assert_eq!(normalize("  a\u{200b}b \u{2009}\n c\u{ad}d  "), "ab cd");
        assert_eq!(normalize(""), "");
        assert_eq!(normalize(" \u{a0}\n"), "");
    }

    #[test]
    fn with_and_without_offsets_agree() {
        for s in [
            "«Oui», dit-il: “non”!",
            "l’État\u{a0}? Ça\u{301} \u{200b}va ?",
            "  A  ",
        ] {
            assert_eq!(normalize(s), normalize_with_offsets(s).text, "{s:?}");
        }
    }

    #[test]
    fn idempotent() {
        for s in ["«Oui», dit-il: “non”!", "l’État\u{a0}? Ça\u{301}"] {
            let once = normalize(s);
            assert_eq!(normalize(&once), once);
        }
    }

    #[test]
    fn random_texts_are_idempotent_and_mapped() {
        let alphabet = [
            "a", "bc", "É", "e\u{301}", " ", "\t", "`", "\u{a0}", "\u{202f}", "\n", "«", "»", "‹",
            "›", "“", "”", "’", "'", ";", ":", "!", "?", ".", ",", "\u{200b}", "\u{ad}", "1", ")",
        ];
        let mut rng = fastrand::Rng::with_seed(11);
        for _ in 0..3000 {
            let n = rng.usize(0..24);
            let text: String = (0..n)
                .map(|_| alphabet[rng.usize(..alphabet.len())])
                .collect();
            let once = normalize_with_offsets(&text);
            // The plain-run fast path and the character-by-character path agree.
            let slow = canonicalize(nfc_with_offsets(&text).into_iter(), text.len(), true);
            assert_eq!(once, slow, "{text:?}");
            assert_eq!(once.text, normalize(&text), "{text:?}");
            assert_eq!(normalize(&once.text), once.text, "{text:?}");
            assert_eq!(once.offsets.len(), once.text.len() + 1);
            assert!(once.offsets.windows(2).all(|w| w[0] <= w[1]), "{text:?}");
            assert!(once.offsets.iter().all(|&o| o <= text.len()));
        }
    }

    #[test]
    fn offsets_lead_back_to_the_original() {
        let original = "«\u{a0}L’État\u{202f}?\u{a0}»";
        let n = normalize_with_offsets(original);
        assert_eq!(n.text, "« L'État ? »");
        assert_eq!(n.offsets.len(), n.text.len() + 1);
        let word = n.text.find("L'État").unwrap();
        let back = n.original_range(word..word + "L'État".len());
        assert_eq!(&original[back], "L’État");
        // A decomposed character maps to its whole source sequence.
        let original = "E\u{301}le\u{300}ve";
        let n = normalize_with_offsets(original);
        assert_eq!(n.text, "Élève");
        let e = n.text.find('è').unwrap();
        assert_eq!(&original[n.original_range(e..e + 2)], "e\u{300}");
    }
}
