//! The boundary rules of French sentence segmentation, in one linear pass over the bytes.
//!
//! Only a few bytes can start a decision (`. ! ?`, the first byte of `…`, quotes, line
//! breaks); everything else is skipped through a lookup table, and every decision looks at a
//! bounded window around its position, so the cost stays linear even on a huge text with no
//! punctuation or a run of thousands of periods.
//!
//! The rules, in the order they are tried at a run of final punctuation (`.`, `!`, `?`, `…`,
//! `...`, `?!`):
//! 1. punctuation glued to a letter or digit after it is not final (`3.5`, `U.S.A`, `www.x.fr`);
//!    after `(` or `[` it is an elision mark (`(...)`);
//! 2. closing quotes and brackets after it belong to the sentence (`fin. »`, `fin."`), and so
//!    does final punctuation after them (`« C'est fini ! ».`);
//! 3. a comma, semicolon, colon or closing bracket after it continues the sentence: a reporting
//!    clause stays with its quote (`« … », dit-il.`, `"…", a-t-il insisté.`);
//! 4. `?` and `!` end the sentence unless a lower-case word follows (`« …? » demande-t-il.`);
//! 5. an ellipsis ends the sentence only before an upper-case word or an opening quote;
//! 6. a period after a title or leading abbreviation never ends it (`M.`, `Mme`, `p.`, `av.`),
//!    after an initial neither (`E. Philippe`, `J.-P. Bruneau`); after a dotted acronym
//!    (`U.S.A.`) or an abbreviation that may end a sentence (`etc.`, `J.-C.`) it ends it only
//!    before an upper-case word; after any other word it ends it before an upper-case word,
//!    a digit, an opening quote or dash, and before a lower-case word only after a plain word
//!    of three letters or more (`existait. à peu près`: sentence-initial `À` is often written
//!    `à`); `30 F.` is a unit after a number, not an initial; a number or Roman numeral
//!    opening a sentence numbers a heading or list item (`1. Le contexte`, `II. La crise`);
//!    a unit symbol after a number (`38 °C.`, `120 km.`, `12 t.`) ends it like a plain word,
//!    even when the symbol is also an abbreviation or an initial;
//! 7. inside a quotation that closes on an incise (`« Je ne sais pas. Voyez le maire »,
//!    a-t-elle répondu.`, `» dit-il`), no boundary: the quoted sentences stay with their
//!    speaker. The closing quote is looked for once per quotation, at most 2,000 bytes ahead
//!    and never across a paragraph break or another opening quote. A closing quote followed
//!    by a plain verb without a comma (`" commentait le commissaire.`) does not count: the
//!    shared gold set splits such quotations.
//!
//! Line breaks: a blank line (a paragraph break) always ends the sentence. In a hard-wrapped
//! paragraph (three lines or more of even width, 40 to 100 bytes) a single line break is a
//! space. Elsewhere a single line break ends the sentence when the line has no final
//! punctuation (a headline, a list item), unless the line visibly goes on: it ends with a
//! comma, a hyphen, an opening bracket or quote, or a function word such as `de` or `la`, or
//! the next line starts in lower case (but a line ending with `;` or `:` always ends there).

use std::ops::Range;

use super::abbreviations::{is_unit, lookup, Abbreviation};

/// Bytes at which a decision may be needed.
const CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'"' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0xE2] = true; // … “ ” ‘ ’ and the Unicode spaces
    t[0xC2] = true; // « » NBSP
    t
};

/// How far back to look for the word before a period, in bytes.
const MAX_WORD: usize = 48;

/// How far ahead to look for the closing quote of a quotation, in bytes.
const QUOTE_WINDOW: usize = 2_000;

/// Function words that cannot end a line of a headline: a line ending with one was wrapped.
const CONTINUATION_WORDS: &[&str] = &[
    "de", "du", "des", "d'", "le", "la", "les", "l'", "un", "une", "et", "ou", "à", "au", "aux",
    "en", "par", "pour", "sur", "dans", "avec", "sans", "sous", "chez", "vers", "entre", "que",
    "qui", "qu'", "dont", "ne", "n'", "se", "s'", "ce", "c'", "son", "sa", "ses", "leur", "leurs",
    "mais", "car", "donc", "ni", "or", "lors", "dès", "depuis", "selon", "contre", "afin",
];

/// Sentence byte ranges (trimmed, never empty) of `text`: one paragraph, or a longer text whose
/// blank lines are then paragraph breaks.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    Splitter::new(text).run()
}

struct Splitter<'a> {
    text: &'a str,
    bytes: &'a [u8],
    out: Vec<Range<usize>>,
    /// Start of the sentence being built (untrimmed).
    start: usize,
    /// Start of the current line.
    line_start: usize,
    /// Whether the current paragraph is hard-wrapped (lines of even width): its single line
    /// breaks are spaces. Found out at its first line break.
    wrapped: Option<bool>,
    /// Whether a double quote (`"` or `“`) is open.
    straight_open: bool,
    /// Whether a guillemet (`«`) is open.
    guillemet_open: bool,
    /// The last look-ahead for the end of an open quotation: up to which byte it holds, and
    /// whether the quotation closes on an incise (see [`Splitter::quote_ends_in_incise`]).
    incise: Option<(usize, bool)>,
}

impl<'a> Splitter<'a> {
    fn new(text: &'a str) -> Self {
        Splitter {
            text,
            bytes: text.as_bytes(),
            out: Vec::new(),
            start: 0,
            line_start: 0,
            wrapped: None,
            straight_open: false,
            guillemet_open: false,
            incise: None,
        }
    }

    fn run(mut self) -> Vec<Range<usize>> {
        let len = self.bytes.len();
        let mut i = 0;
        while i < len {
            let b = self.bytes[i];
            if !CANDIDATE[b as usize] {
                i += 1;
                continue;
            }
            i = match b {
                b'.' | b'!' | b'?' => self.terminator(i),
                b'\n' | b'\r' => self.line_break(i),
                b'"' => {
                    self.straight_quote(i);
                    i + 1
                }
                _ => match self.char_at(i) {
                    Some('…') => self.terminator(i),
                    Some(c) => {
                        self.quote_char(c);
                        i + c.len_utf8()
                    }
                    None => i + 1,
                },
            };
        }
        self.close(len);
        self.out
    }

    /// The character starting at byte `i`, if `i` is a char boundary.
    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..)?.chars().next()
    }

    /// The character ending at byte `i`.
    fn char_before(&self, i: usize) -> Option<char> {
        self.text.get(..i)?.chars().next_back()
    }

    /// Ends the current sentence at `end` (trimmed) and starts the next one there.
    fn close(&mut self, end: usize) {
        let raw = &self.text[self.start..end];
        let trimmed = raw.trim_start();
        let s = end - trimmed.len();
        let e = s + trimmed.trim_end().len();
        if s < e {
            self.out.push(s..e);
        }
        self.start = end;
    }

    /// Curly double quotes open and close like straight ones; guillemets open and close
    /// theirs (a `»` after final punctuation always closes).
    fn quote_char(&mut self, c: char) {
        match c {
            '“' => self.straight_open = true,
            '”' => self.straight_open = false,
            '«' => self.guillemet_open = true,
            '»' => self.guillemet_open = false,
            _ => {}
        }
    }

    /// A `"` at `i`: opening after a space or an opening bracket, closing before one, else it
    /// toggles.
    fn straight_quote(&mut self, i: usize) {
        let before = self.char_before(i);
        let after = self.char_at(i + 1);
        let opens = before.is_none_or(|c| c.is_whitespace() || "([{«-–—'’".contains(c))
            && after.is_some_and(|c| !c.is_whitespace());
        let closes = after.is_none_or(|c| c.is_whitespace() || is_trailing_punct(c))
            && before.is_some_and(|c| !c.is_whitespace());
        self.straight_open = if opens == closes {
            !self.straight_open
        } else {
            opens
        };
    }

    /// A run of final punctuation starting at `i`. Returns where scanning resumes.
    fn terminator(&mut self, i: usize) -> usize {
        // The whole run: `...`, `?!`, `…`, `!!!`.
        let mut j = i;
        let (mut dots, mut marks, mut ellipsis) = (0usize, false, false);
        while let Some(c) = self.char_at(j) {
            match c {
                '.' => dots += 1,
                '!' | '?' => marks = true,
                '…' => ellipsis = true,
                _ => break,
            }
            j += c.len_utf8();
        }
        let ellipsis = ellipsis || dots >= 2;

        let before = self.char_before(i);
        let after = self.char_at(j);
        // Rule 1: glued to what follows, or an elision mark.
        if after.is_some_and(char::is_alphanumeric) || matches!(before, Some('(' | '[')) {
            return j;
        }
        // Rule 2: closing quotes and brackets, and final punctuation after them (`fin !».`).
        let (mut end, closed) = self.closers(j);
        let mut more = closed;
        while more {
            let mut k = end;
            while let Some(c @ ('.' | '!' | '?' | '…')) = self.char_at(k) {
                k += c.len_utf8();
            }
            if k == end || self.char_at(k).is_some_and(char::is_alphanumeric) {
                break;
            }
            (end, more) = self.closers(k);
        }
        // What follows, across spaces and line breaks.
        let next_pos = self.skip_space(end);
        let Some(next) = self.char_at(next_pos) else {
            self.close(end);
            return end;
        };
        let next_word_lower = next.is_lowercase();
        let next_starts = next.is_uppercase()
            || matches!(next, '«' | '"' | '“' | '-' | '–' | '—' | '(' | '[' | '\'');
        // Rule 3: a comma or the like continues the sentence.
        if matches!(next, ',' | ';' | ':' | ')' | ']') {
            return end;
        }
        let boundary = if marks && !ellipsis {
            // Rule 4.
            !next_word_lower
        } else if ellipsis {
            // Rule 5.
            next_starts
        } else if closed {
            !next_word_lower
        } else {
            // Rule 6: a single period right after a word.
            self.period_ends_sentence(i, next_starts, next_word_lower, next.is_ascii_digit())
        };
        // Rule 7: inside a quotation that closes on an incise, no boundary.
        if boundary && !self.quote_ends_in_incise(end) {
            self.close(end);
        }
        end
    }

    /// Rule 7: whether the position `from` is inside a quotation that closes on an incise
    /// (`« Je ne sais pas. Voyez le maire », a-t-elle répondu.`): then its sentences and the
    /// incise are one segment, so the quotation keeps its speaker. The answer for one
    /// quotation is looked up once and kept until its closing quote, so the cost stays linear.
    fn quote_ends_in_incise(&mut self, from: usize) -> bool {
        let (straight, guillemet) = (self.straight_open, self.guillemet_open);
        if !straight && !guillemet {
            return false;
        }
        if let Some((until, answer)) = self.incise {
            if from < until {
                return answer;
            }
        }
        let limit = (from + QUOTE_WINDOW).min(self.bytes.len());
        let mut p = from;
        let mut answer = false;
        while p < limit {
            let Some(c) = self.char_at(p) else {
                p += 1;
                continue;
            };
            let closer = match c {
                '»' => guillemet && !straight,
                '"' | '”' => straight,
                _ => false,
            };
            if closer {
                answer = self.incise_follows(p + c.len_utf8());
                break;
            }
            let stop = match c {
                // Another quotation opens: the quotes are not what they seem.
                '«' => true,
                '“' => straight,
                '\n' | '\r' => {
                    let next = self.skip_inline(p + 1);
                    matches!(self.bytes.get(next), Some(b'\n' | b'\r') | None)
                }
                _ => false,
            };
            if stop {
                break;
            }
            p += c.len_utf8();
        }
        self.incise = Some((p.max(from + 1), answer));
        answer
    }

    /// Whether an incise follows a closing quote ending at `p`: final punctuation may come
    /// first, then a comma and a lower-case word (`», a-t-elle répondu`, `», explique le
    /// maire`), or, without the comma, a verb with its subject pronoun after it (`» dit-il`).
    /// A closing quote followed by a plain verb and no comma (`" commentait le commissaire`)
    /// is not taken: the shared gold set splits those quotations, and so does this rule.
    fn incise_follows(&self, mut p: usize) -> bool {
        while let Some(c @ ('.' | '!' | '?' | '…')) = self.char_at(p) {
            p += c.len_utf8();
        }
        let mut comma = false;
        loop {
            match self.char_at(p) {
                Some(c) if is_inline_space(c) => p += c.len_utf8(),
                Some(',') if !comma => {
                    comma = true;
                    p += 1;
                }
                Some(c) if comma => return c.is_lowercase(),
                Some(c) if c.is_lowercase() => {
                    let word: String = self.text[p..]
                        .chars()
                        .take_while(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
                        .take(MAX_WORD)
                        .collect();
                    return ["-il", "-elle", "-ils", "-elles", "-on"]
                        .iter()
                        .any(|pronoun| word.len() > pronoun.len() && word.ends_with(pronoun));
                }
                _ => return false,
            }
        }
    }

    /// Rule 6: whether the period at `i`, after a word, ends the sentence.
    fn period_ends_sentence(&self, i: usize, upper: bool, lower: bool, digit: bool) -> bool {
        let word = self.word_before(i);
        if word.is_empty() {
            // After a closing bracket (`l'astronomie). à travers`) or a symbol.
            return true;
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let is_initials = letters > 0
            && word
                .chars()
                .all(|c| c.is_uppercase() || c == '.' || c == '-')
            && word.split(['.', '-']).all(|p| p.chars().count() <= 1);
        if self.text[self.start..i - word.len()].trim().is_empty() && is_list_marker(word) {
            // `1. Le contexte`, `II. La crise`: a numbered heading or list item.
            return false;
        }
        if is_unit(word) && self.after_number(i - word.len()) {
            // `38 °C.`, `120 km.`, `12 t.`: a unit symbol after a number ends the sentence
            // before what would start one, like a plain word (`t` is also `tome`, `C` an
            // initial), never before a lower-case word.
            return !lower;
        }
        if let Some(kind) = lookup(word) {
            return match kind {
                Abbreviation::Leading => false,
                Abbreviation::MayEnd => upper,
            };
        }
        if is_initials && !self.after_number(i - word.len()) {
            // `E.` or `J.-P.`: a first name; `U.S.A.`: an acronym that may end a sentence.
            // (`30 F.` is a unit after a number, not an initial.)
            let dotted_acronym = word.contains('.') && !word.contains('-');
            return dotted_acronym && upper;
        }
        if upper || digit || !lower {
            return true;
        }
        // Lower case after a period: a boundary after a plain word of three letters or more
        // (`existait. à peu près`, `Grand-Charmont. à l'époque`: the corpus writes a
        // sentence-initial `À` as `à`), never after a short unknown abbreviation (`qq. uns`).
        let plain = word
            .split('-')
            .all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic));
        plain && letters >= 3
    }

    /// Whether the word starting at `w` follows a number (`30 F.`, `38 °C.`, `38°C.`).
    fn after_number(&self, w: usize) -> bool {
        let before = self.text[..w].trim_end_matches([' ', '\u{a0}', '\u{202f}', '°']);
        before.len() < w && before.ends_with(|c: char| c.is_ascii_digit())
    }

    /// The word before byte `i`: letters, digits, `.` and `-` back to anything else (a space,
    /// a quote, an apostrophe: `l'art` gives `art`), at most [`MAX_WORD`] bytes, never before
    /// the start of the current sentence.
    fn word_before(&self, i: usize) -> &'a str {
        let mut s = i;
        // Never back into the previous sentence.
        let floor = i.saturating_sub(MAX_WORD).max(self.start);
        while s > floor {
            let Some(c) = self.char_before(s) else { break };
            if c.is_alphanumeric() || matches!(c, '.' | '-') {
                s -= c.len_utf8();
            } else {
                break;
            }
        }
        &self.text[s..i]
    }

    /// Closing quotes and brackets from `j`, possibly after spaces. Returns the end of the
    /// sentence and whether any closer was taken.
    fn closers(&mut self, j: usize) -> (usize, bool) {
        let mut end = j;
        let mut closed = false;
        let mut k = j;
        loop {
            let mut p = k;
            while let Some(c) = self.char_at(p) {
                if is_inline_space(c) && p - k < 16 {
                    p += c.len_utf8();
                } else {
                    break;
                }
            }
            let Some(c) = self.char_at(p) else { break };
            let glued = p == k;
            let is_closer = match c {
                '»' | '”' => true,
                '’' | ')' | ']' => glued,
                '"' => glued || self.straight_open,
                _ => false,
            };
            if !is_closer {
                break;
            }
            // A closer must not open the next sentence: it is followed by a space, a
            // punctuation mark or the end.
            let after = self.char_at(p + c.len_utf8());
            if after.is_some_and(|a| a.is_alphanumeric()) {
                break;
            }
            match c {
                '"' | '”' => self.straight_open = false,
                '»' => self.guillemet_open = false,
                _ => {}
            }
            k = p + c.len_utf8();
            end = k;
            closed = true;
        }
        (end, closed)
    }

    /// The first position at or after `p` that is not whitespace (bounded by the text).
    fn skip_space(&self, mut p: usize) -> usize {
        while let Some(c) = self.char_at(p) {
            if !c.is_whitespace() {
                break;
            }
            // A blank line ahead: the caller sees the line break and treats it as a paragraph
            // break, so stop at the first line break.
            if c == '\n' || c == '\r' {
                let rest = self.skip_inline(p + 1);
                if matches!(self.bytes.get(rest), Some(b'\n' | b'\r')) {
                    return rest;
                }
            }
            p += c.len_utf8();
        }
        p
    }

    fn skip_inline(&self, mut p: usize) -> usize {
        if self.bytes.get(p) == Some(&b'\n') && self.bytes.get(p.wrapping_sub(1)) == Some(&b'\r') {
            p += 1;
        }
        while let Some(c) = self.char_at(p) {
            if is_inline_space(c) {
                p += c.len_utf8();
            } else {
                break;
            }
        }
        p
    }

    /// A line break at `i`. Returns where scanning resumes.
    fn line_break(&mut self, i: usize) -> usize {
        let after = if self.bytes[i] == b'\r' && self.bytes.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
        let this_line = self.line_start;
        let line_from = this_line.max(self.start);
        let line = self.text[line_from..i].trim_end();
        self.line_start = after;
        let next = self.skip_inline(after);
        let blank_follows = matches!(self.bytes.get(next), Some(b'\n' | b'\r') | None);
        if blank_follows {
            // A paragraph break (or trailing spaces at the end): always a boundary. Quotes left
            // open do not run across paragraphs.
            self.close(i);
            self.straight_open = false;
            self.guillemet_open = false;
            self.wrapped = None;
            return after;
        }
        if self.text[this_line..i].trim().is_empty() {
            // The blank line itself, between two paragraphs.
            return after;
        }
        let bytes = self.bytes;
        if *self
            .wrapped
            .get_or_insert_with(|| is_wrapped(&bytes[this_line..]))
        {
            return after;
        }
        if line.trim_start().is_empty() || self.line_has_final_punct(line) || continues(line) {
            return after;
        }
        // Hard-wrapped text: the next line goes on in lower case. A line ending with `;` or
        // `:` is a list item or an introduction, and ends there.
        let next_lower = self.char_at(next).is_some_and(char::is_lowercase);
        if next_lower && !line.ends_with([';', ':']) {
            return after;
        }
        self.close(i);
        after
    }

    /// Whether a line ends with final punctuation, possibly followed by closing quotes: then
    /// the period rules have already decided.
    fn line_has_final_punct(&self, line: &str) -> bool {
        let core = line.trim_end_matches(|c: char| {
            matches!(c, '»' | '"' | '”' | '’' | ')' | ']') || is_inline_space(c)
        });
        core.ends_with(['.', '!', '?', '…'])
    }
}

/// Shortest and longest lines of a hard-wrapped paragraph, in bytes.
const WRAP_MIN: usize = 40;
const WRAP_MAX: usize = 100;

/// Whether the paragraph at the start of `bytes` (up to a blank line) is hard-wrapped: three
/// lines or more, every line but the last between [`WRAP_MIN`] and [`WRAP_MAX`] bytes and at
/// least 60 % of the longest of them. Headlines and lists (short lines) and paragraphs written
/// one sentence or one paragraph a line (long lines) are not. Stops at the first line that
/// rules it out, so a text is scanned about once however many paragraphs it has.
fn is_wrapped(bytes: &[u8]) -> bool {
    let (mut lines, mut shortest, mut longest) = (0usize, usize::MAX, 0usize);
    // The previous line's length: it is not the last one once another line follows it.
    let mut previous: Option<usize> = None;
    let mut pos = 0;
    while pos < bytes.len() {
        let n = bytes[pos..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(bytes.len() - pos);
        let line = &bytes[pos..pos + n];
        if line.iter().all(u8::is_ascii_whitespace) {
            break;
        }
        if let Some(len) = previous {
            if !(WRAP_MIN..=WRAP_MAX).contains(&len) {
                return false;
            }
            shortest = shortest.min(len);
            longest = longest.max(len);
            if shortest * 10 < longest * 6 {
                return false;
            }
        }
        previous = Some(n);
        lines += 1;
        pos += n;
        if bytes.get(pos) == Some(&b'\r') {
            pos += 1;
        }
        if bytes.get(pos) == Some(&b'\n') {
            pos += 1;
        }
    }
    lines >= 3
}

/// Whether a line without final punctuation visibly continues on the next line.
fn continues(line: &str) -> bool {
    if line.ends_with([',', '-', '(', '[', '«', '“', '\'', '’', '/']) {
        return true;
    }
    let last = line
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or(line);
    let last = last.trim_start_matches(['(', '«', '"', '“']);
    let mut lowered = String::with_capacity(last.len());
    lowered.extend(last.chars().flat_map(char::to_lowercase));
    CONTINUATION_WORDS.contains(&lowered.as_str())
        || lowered.ends_with('\'')
        || lowered.ends_with('’')
}

/// A number or Roman numeral that numbers a heading or list item.
fn is_list_marker(word: &str) -> bool {
    let digits = !word.is_empty() && word.len() <= 3 && word.bytes().all(|b| b.is_ascii_digit());
    let roman = !word.is_empty() && word.len() <= 5 && word.bytes().all(|b| b"IVXLC".contains(&b));
    digits || roman
}

/// Spaces within a line, including the no-break spaces of French typography.
fn is_inline_space(c: char) -> bool {
    c.is_whitespace() && c != '\n' && c != '\r'
}

/// Punctuation that may follow a closing quote.
fn is_trailing_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | '…' | ')' | ']' | '»' | '-' | '–' | '—'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[track_caller]
    fn one(text: &str) {
        assert_eq!(split(text), [text], "should be one sentence");
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            split("Le train part. Il arrive à midi ! Est-ce sûr ? Oui."),
            [
                "Le train part.",
                "Il arrive à midi !",
                "Est-ce sûr ?",
                "Oui."
            ]
        );
        assert_eq!(split("  Sans point final  "), ["Sans point final"]);
        assert!(split("").is_empty());
        assert!(split(" \n\n \t").is_empty());
    }

    #[test]
    fn titles_and_abbreviations() {
        one("M. Dupont et Mme Martin ont rencontré MM. Durand et Petit.");
        one("Le Dr Roux et le Pr. Lenoir, avec Me Garnier, sont venus.");
        one("Mgr Lustiger visite St. Denis et Ste. Foy.");
        one("Voir p. 12 et cf. le chapitre 3, ou la fig. 2.");
        one("Rome fut fondée en 753 av. J.-C. selon la légende.");
        assert_eq!(
            split("La ville date de 52 av. J.-C. Elle a grandi."),
            ["La ville date de 52 av. J.-C.", "Elle a grandi."]
        );
        assert_eq!(
            split("Des pommes, des poires, etc. Le marché ferme."),
            ["Des pommes, des poires, etc.", "Le marché ferme."]
        );
        one("Des pommes, des poires, etc. et des prunes.");
        one("Il y a env. trois cents habitants.");
    }

    #[test]
    fn initials() {
        one("E. Philippe a parlé avec J.-P. Raffarin et F. D. Roosevelt.");
        one("Le prix revient à J. K. Rowling.");
        // A capital letter after a number is a unit, not an initial.
        assert_eq!(
            split("Ils ont volé 30 F. Puis ils sont partis."),
            ["Ils ont volé 30 F.", "Puis ils sont partis."]
        );
    }

    #[test]
    fn numbers() {
        one("La croissance est de 3.5 % et la dette de 1.000 milliards.");
        one("Ils étaient 3 000 le 1er mai, contre 2 500 le 2e jour.");
        assert_eq!(
            split("Il est né en 1950. 30 ans plus tard, il revient."),
            ["Il est né en 1950.", "30 ans plus tard, il revient."]
        );
        assert_eq!(
            split("Le règne de Louis XIV. Puis vint la Régence."),
            ["Le règne de Louis XIV.", "Puis vint la Régence."]
        );
    }

    #[test]
    fn final_punctuation_after_closing_quote() {
        assert_eq!(
            split("Il a crié : « C'est fini ! ». Puis il est parti."),
            ["Il a crié : « C'est fini ! ».", "Puis il est parti."]
        );
        assert_eq!(
            split("Il a crié \"Stop!\". Personne n'a bougé."),
            ["Il a crié \"Stop!\".", "Personne n'a bougé."]
        );
    }

    #[test]
    fn numbered_headings_and_list_items() {
        assert_eq!(
            split("1. Le contexte\n2. La crise. Elle dure.\nII. Les suites"),
            [
                "1. Le contexte",
                "2. La crise.",
                "Elle dure.",
                "II. Les suites"
            ]
        );
    }

    #[test]
    fn ellipses() {
        one("Le roi Pierre... ont réveillé la salle.");
        one("Il a trouvé… 30 francs.");
        assert_eq!(
            split("Et puis… Rien. Il attendait... Elle est venue."),
            ["Et puis…", "Rien.", "Il attendait...", "Elle est venue."]
        );
        one("Le texte (...) continue et [...] reprend.");
    }

    #[test]
    fn dotted_acronyms_and_urls() {
        one("Les U.S.A. et l'U.R.S.S. se sont affrontés.");
        assert_eq!(
            split("Il vit aux U.S.A. Sa sœur est restée."),
            ["Il vit aux U.S.A.", "Sa sœur est restée."]
        );
        one("Le site www.lemonde.fr publie l'article.");
    }

    #[test]
    fn guillemets_with_final_punctuation_inside_or_outside() {
        assert_eq!(
            split("Il a dit : « Je pars. » Elle est restée."),
            ["Il a dit : « Je pars. »", "Elle est restée."]
        );
        assert_eq!(
            split("Il a dit : « Je pars ». Elle est restée."),
            ["Il a dit : « Je pars ».", "Elle est restée."]
        );
        assert_eq!(
            split("«\u{a0}Que faire\u{202f}?\u{a0}» Personne ne sait."),
            ["«\u{a0}Que faire\u{202f}?\u{a0}»", "Personne ne sait."]
        );
    }

    #[test]
    fn straight_quotes_with_final_punctuation_inside_or_outside() {
        assert_eq!(
            split("Il a dit : \"Je pars.\" Elle est restée."),
            ["Il a dit : \"Je pars.\"", "Elle est restée."]
        );
        assert_eq!(
            split("Il a dit : \"Je pars\". Elle est restée."),
            ["Il a dit : \"Je pars\".", "Elle est restée."]
        );
        assert_eq!(
            split("Il a dit : “Je pars !” Elle est restée."),
            ["Il a dit : “Je pars !”", "Elle est restée."]
        );
    }

    #[test]
    fn reporting_clause_stays_with_its_quote() {
        one("\"Nous ne resterons pas passifs.\", a-t-il insisté.");
        one("\"Nous ne resterons pas passifs\", a-t-il insisté.");
        one("« Nous partirons demain. », dit-il.");
        one("« Nous partirons demain », dit-il.");
        one("« Pourquoi\u{a0}? » demande-t-il.");
        one("« Jamais ! » s'exclame le ministre.");
        one("\"Est-ce bien raisonnable ?\" s'interroge-t-elle.");
        // Incises.
        one("« Je ne sais pas ! » dis-je.");
        one("Où vas-tu ? demanda-t-elle.");
        one("« Je pars, dis-je, et je reviendrai. »");
        one("Yahoo! a racheté la société.");
    }

    #[test]
    fn a_quotation_of_several_sentences_stays_with_its_incise() {
        // Must: the quoted sentences and the incise that names their speaker are one segment.
        one("« Je ne sais pas. Voyez le maire », a-t-elle répondu.");
        one("« Je ne sais pas. Voyez le maire. », a-t-elle répondu.");
        one("« Je ne sais pas ! Voyez le maire » dit-elle.");
        one("« Pourquoi ? Je ne sais pas… Voyez le maire », a expliqué la gardienne.");
        one("\"Je ne sais pas. Voyez le maire\", a-t-elle répondu.");
        one("“Je ne sais pas. Voyez le maire”, a-t-elle répondu.");
        one("Elle a dit : « Nous partirons. Nous reviendrons. Rien ne change », a-t-elle ajouté.");
        assert_eq!(
            split("« Nous partirons. Nous reviendrons », a-t-il dit. Puis il est parti."),
            [
                "« Nous partirons. Nous reviendrons », a-t-il dit.",
                "Puis il est parti."
            ]
        );
        // Must not: a quotation that ends without an incise is split as usual, and so is a
        // quotation left open, one that runs into another quotation or across a paragraph.
        assert_eq!(
            split("« Je ne sais pas. Voyez le maire. » Elle est partie."),
            ["« Je ne sais pas.", "Voyez le maire. »", "Elle est partie."]
        );
        assert_eq!(
            split("« Je ne sais pas. Voyez le maire ». Elle est partie."),
            ["« Je ne sais pas.", "Voyez le maire ».", "Elle est partie."]
        );
        assert_eq!(
            split("« Je ne sais pas. Voyez le maire. Il sait tout."),
            ["« Je ne sais pas.", "Voyez le maire.", "Il sait tout."]
        );
        assert_eq!(
            split("« Je ne sais pas. Voyez « le maire », dit-elle."),
            ["« Je ne sais pas.", "Voyez « le maire », dit-elle."]
        );
        assert_eq!(
            split("« Je ne sais pas. Voyez le maire.\n\nLui sait », dit-elle."),
            [
                "« Je ne sais pas.",
                "Voyez le maire.",
                "Lui sait », dit-elle."
            ]
        );
        assert_eq!(
            split("\"Je ne sais pas. Voyez le maire\" commentait la gardienne."),
            [
                "\"Je ne sais pas.",
                "Voyez le maire\" commentait la gardienne."
            ]
        );
        assert_eq!(
            split("Il pleut. « Je ne sais pas », a-t-elle répondu. Voyez le maire."),
            [
                "Il pleut.",
                "« Je ne sais pas », a-t-elle répondu.",
                "Voyez le maire."
            ]
        );
    }

    #[test]
    fn a_long_run_of_sentences_in_an_open_quotation_is_linear() {
        // One look-ahead per quotation, not one per period: 200,000 periods inside a
        // quotation that never closes, then a quotation closing on an incise.
        let open = format!("« {}", "Un. ".repeat(200_000));
        assert_eq!(split_sentences(&open).len(), 200_000);
        let closed = format!("« {}Fin », dit-il.", "Un. ".repeat(400));
        assert_eq!(split_sentences(&closed).len(), 1);
    }

    #[test]
    fn a_unit_symbol_after_a_number_ends_a_sentence() {
        // Must: the unit ends the sentence before an upper-case word.
        for unit in [
            "38 °C", "38°C", "120 km", "12 t", "220 V", "90 ch", "30 s", "5 kg",
        ] {
            assert_eq!(
                split(&format!("Il faisait {unit}. Le soir, il a plu.")),
                [format!("Il faisait {unit}.").as_str(), "Le soir, il a plu."],
                "{unit}"
            );
        }
        assert_eq!(
            split("La température a atteint 38 °C. « C'est inédit », dit-il."),
            [
                "La température a atteint 38 °C.",
                "« C'est inédit », dit-il."
            ]
        );
        // Must not: the same letters as an abbreviation or an initial, not after a number,
        // or a unit before a lower-case word.
        one("Voir le t. II et C. Dupont, puis le ch. 3.");
        one("Il a couru 12 km. environ en une heure.");
        one("Le prix revient à J. K. Rowling.");
    }

    #[test]
    fn headlines_are_their_own_segment() {
        assert_eq!(
            split("La Chine et la Russie\nPékin a reçu une demande. Moscou dément."),
            [
                "La Chine et la Russie",
                "Pékin a reçu une demande.",
                "Moscou dément."
            ]
        );
        assert_eq!(
            split("Le comité :\nprésident : Luc ;\ntrésorière : Marie.\r\nFin"),
            [
                "Le comité :",
                "président : Luc ;",
                "trésorière : Marie.",
                "Fin"
            ]
        );
    }

    #[test]
    fn wrapped_lines_are_not_headlines() {
        one("Le conseiller à la sécurité nationale de\nla Maison Blanche a parlé.");
        one("Le conseiller, Jake Sullivan,\nsera à Rome lundi.");
        one("Le conseiller M.\nSullivan sera à Rome.");
        one("Il a rencontré le porte-\nparole hier.");
        one("Le ministre a appelé à la retenue dans le conflit\nukrainien, puis il est parti.");
        assert_eq!(
            split("Les membres :\nle président ;\nle trésorier."),
            ["Les membres :", "le président ;", "le trésorier."]
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_join_their_lines() {
        let wrapped = "Le conseiller à la sécurité nationale du président américain Joe\n\
                       Biden, Jake Sullivan, et le haut responsable de la politique\n\
                       étrangère de la Chine, Yang Jiechi, se rencontrent à Rome lundi.\n\
                       Ils discuteront de la guerre. La rencontre est prévue depuis\n\
                       plusieurs semaines.";
        assert_eq!(split(wrapped).len(), 3, "{:?}", split(wrapped));
        // Without wrapping, `Joe` would end a headline before `Biden`.
        assert!(split(wrapped)[0].contains("Joe\nBiden, Jake Sullivan"));
        assert_eq!(split(wrapped)[1], "Ils discuteront de la guerre.");
        // A wrapped paragraph after a headline paragraph.
        let text = format!("Un titre\n\n{wrapped}");
        assert_eq!(split(&text).len(), 4);
        assert_eq!(split(&text)[0], "Un titre");
        // Lines of uneven width are headlines and sentences, not wrapping.
        assert_eq!(
            split("Football\nUne seule rencontre est prévue ce week-end au stade municipal\nTir\nLes tireurs sont prêts."),
            [
                "Football",
                "Une seule rencontre est prévue ce week-end au stade municipal",
                "Tir",
                "Les tireurs sont prêts."
            ]
        );
    }

    #[test]
    fn paragraph_breaks_are_always_boundaries() {
        assert_eq!(
            split("Sans point de\n\nfin, M.\r\n\r\nDupont"),
            ["Sans point de", "fin, M.", "Dupont"]
        );
        assert_eq!(split("« Ouvert\n\nFermé »"), ["« Ouvert", "Fermé »"]);
    }

    #[test]
    fn line_endings() {
        for nl in ["\n", "\r\n", "\r"] {
            let text = format!("Titre{nl}Une phrase.{nl}Une autre.{nl}{nl}Fin.");
            assert_eq!(
                split(&text),
                ["Titre", "Une phrase.", "Une autre.", "Fin."],
                "{nl:?}"
            );
        }
    }

    #[test]
    fn spans_are_trimmed_and_in_order() {
        let text = "  Un.   Deux !\u{a0}\u{a0}Trois ?  ";
        let ranges = split_sentences(text);
        assert_eq!(ranges, vec![2..5, 8..14, 18..25]);
    }

    #[test]
    fn huge_input_without_punctuation_is_linear() {
        // 4 MB with no final punctuation, then 1 MB of periods glued to letters, then 1 MB of
        // bare periods: each is one pass (a quadratic rule would not finish).
        let words = "mot ".repeat(1 << 20);
        assert_eq!(split(&words), [words.trim_end()]);
        let dotted = "a.".repeat(1 << 19);
        assert_eq!(split_sentences(&dotted).len(), 1);
        let dots = ".".repeat(1 << 20);
        assert_eq!(split_sentences(&dots), vec![0..dots.len()]);
        let wrapped = "une ligne de texte sans ponctuation finale assez longue\n".repeat(1 << 17);
        assert_eq!(split_sentences(&wrapped).len(), 1);
        let blank = format!("Un.{}Deux.", "\n \r\n".repeat(1 << 18));
        assert_eq!(split(&blank), ["Un.", "Deux."]);
        let lines = "Titre\n".repeat(1 << 18);
        assert_eq!(split_sentences(&lines).len(), 1 << 18);
    }

    #[test]
    fn random_texts_keep_the_invariants() {
        // Ranges are non-empty, trimmed, in order, disjoint and on char boundaries; no text
        // other than whitespace is dropped.
        let alphabet = [
            ".", "!", "?", "…", "...", "\"", "«", "»", "“", "”", "’", "'", "\n", "\r\n", "\r",
            "\n\n", " ", "\u{a0}", "\u{202f}", "mot", "Mot", "M.", "J.-C.", "U.S.A.", "3.5", "1",
            "(", ")", "[", "-", "—", ",", ";", ":", "é", "à", "etc.", "de", "A.",
        ];
        let mut rng = fastrand::Rng::with_seed(7);
        for _ in 0..3000 {
            let n = rng.usize(0..40);
            let text: String = (0..n)
                .map(|_| alphabet[rng.usize(..alphabet.len())])
                .collect();
            let ranges = split_sentences(&text);
            let mut last = 0;
            for r in &ranges {
                assert!(r.start >= last && r.start < r.end, "{text:?}: {ranges:?}");
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                let s = &text[r.clone()];
                assert_eq!(s, s.trim(), "{text:?}: {ranges:?}");
                assert!(
                    text[last..r.start].trim().is_empty(),
                    "{text:?}: {ranges:?}"
                );
                last = r.end;
            }
            assert!(text[last..].trim().is_empty(), "{text:?}: {ranges:?}");
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic() {
        // Every UTF-8 sequence of up to three characters from a set of tricky ones.
        let alphabet = [
            ".", "!", "?", "…", "\"", "«", "»", "“", "”", "’", "\n", "\r", " ", "\u{a0}", "a", "A",
            "1", "(", ")", "M", "-", ",", "é",
        ];
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    let s = format!("{a}{b}{c}");
                    for r in split_sentences(&s) {
                        assert!(r.start < r.end && s.is_char_boundary(r.start));
                        assert!(s.is_char_boundary(r.end));
                    }
                }
            }
        }
    }
}
