//! The `numbers` check: every number of the French must reach the English with its value,
//! French formats understood (`3 000`, `3,5`, `2.200.112`, `1er`, `14h30`, `24 février`).
//! A number the engine copied verbatim in a French format that an English reader misreads
//! (`76.000` read as 76, `1,74`) is reported too.

/// A number as written in a text: its digit groups and the separators between them.
#[derive(Debug, Clone, PartialEq)]
struct Token {
    /// The digit groups, in order.
    groups: Vec<String>,
    /// The separator before each group after the first (`' '`, `','` or `'.'`).
    seps: Vec<char>,
    /// Char index of the first digit.
    start: usize,
    /// Char index just past the last digit.
    end: usize,
}

impl Token {
    /// The token as written, with any kind of space shown as a plain space.
    fn raw(&self) -> String {
        let mut s = self.groups[0].clone();
        for (sep, g) in self.seps.iter().zip(&self.groups[1..]) {
            s.push(*sep);
            s.push_str(g);
        }
        s
    }

    fn int_value(&self) -> Option<f64> {
        if self.groups.len() == 1 {
            self.groups[0].parse().ok()
        } else {
            None
        }
    }

    /// The value under French conventions: spaces and dots group thousands, the comma marks
    /// decimals (a dot followed by other than three digits is read as a decimal point too).
    fn french_value(&self) -> Option<f64> {
        let (int_seps, last) = match self.seps.last() {
            Some(',') => (&self.seps[..self.seps.len() - 1], Some(',')),
            Some('.') if self.seps.iter().filter(|c| **c == '.').count() == 1 => {
                let g = &self.groups[self.groups.len() - 1];
                if g.len() == 3 {
                    (&self.seps[..], None)
                } else {
                    (&self.seps[..self.seps.len() - 1], Some('.'))
                }
            }
            _ => (&self.seps[..], None),
        };
        grouped_value(&self.groups, int_seps, last, &[' ', '.'])
    }

    /// The value under English conventions: commas (or spaces) group thousands, the dot marks
    /// decimals.
    fn english_value(&self) -> Option<f64> {
        let (int_seps, last) = match self.seps.last() {
            Some('.') => (&self.seps[..self.seps.len() - 1], Some('.')),
            _ => (&self.seps[..], None),
        };
        grouped_value(&self.groups, int_seps, last, &[',', ' '])
    }

    /// Whether this French number, copied verbatim into English, reads as another value
    /// there: a decimal comma (`1,74`), or one dot before three digits (`76.000`); or is
    /// grouped by spaces (`15 237`), which English writes with commas.
    fn risky_in_english(&self) -> bool {
        self.seps.last() == Some(&',')
            || (self.seps == ['.'] && self.groups[1].len() == 3)
            || self.space_grouped()
    }

    /// Whether the thousands are grouped by spaces (`15 237`, `1 200 000`).
    fn space_grouped(&self) -> bool {
        !self.seps.is_empty() && self.seps.iter().all(|c| *c == ' ')
    }

    /// Whether `e`, a number of the English written as this one is, is this French number
    /// left in its French format: English reads another value, or the thousands are spaced.
    fn copied_in_french_format(&self, e: &Token, v: f64) -> bool {
        e.raw() == self.raw()
            && (self.space_grouped() || !matches!(e.english_value(), Some(ev) if same(ev, v)))
    }

    /// How an English text should write this French number.
    fn english_form(&self) -> String {
        let Some(v) = self.french_value() else {
            return self.raw();
        };
        let decimals = match self.seps.last() {
            Some(',') => self.groups[self.groups.len() - 1].len(),
            Some('.') if self.groups[self.groups.len() - 1].len() != 3 => {
                self.groups[self.groups.len() - 1].len()
            }
            _ => 0,
        };
        let text = format!("{v:.decimals$}");
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::new();
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push('.');
            out.push_str(frac);
        }
        out
    }
}

/// Reads groups separated by thousands separators (`int_seps`, each in `allowed`, each later
/// group three digits long), then an optional decimal part after `last`.
fn grouped_value(
    groups: &[String],
    int_seps: &[char],
    last: Option<char>,
    allowed: &[char],
) -> Option<f64> {
    let n_int = int_seps.len() + 1;
    if !int_seps.is_empty() {
        let first = int_seps[0];
        if !allowed.contains(&first) || int_seps.iter().any(|c| *c != first) {
            return None;
        }
        if groups[0].len() > 3 || groups[1..n_int].iter().any(|g| g.len() != 3) {
            return None;
        }
    }
    let mut text: String = groups[..n_int].concat();
    if last.is_some() {
        text.push('.');
        text.push_str(&groups[n_int]);
    }
    text.parse().ok()
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Finds every number written with digits in `chars`.
fn tokens(chars: &[char]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut groups = Vec::new();
        let mut seps = Vec::new();
        let mut j = i;
        while j < chars.len() && chars[j].is_ascii_digit() {
            j += 1;
        }
        groups.push(chars[i..j].iter().collect::<String>());
        while let Some(&c) = chars.get(j) {
            if !(c == ',' || c == '.' || is_space(c)) {
                break;
            }
            let mut k = j + 1;
            while k < chars.len() && chars[k].is_ascii_digit() {
                k += 1;
            }
            if k == j + 1 {
                break;
            }
            let group: String = chars[j + 1..k].iter().collect();
            if is_space(c) {
                // A space groups thousands only between three-digit groups after a short first one.
                let spaced = seps.iter().all(|s: &char| is_space(*s));
                if group.len() != 3 || groups[0].len() > 3 || !spaced {
                    break;
                }
            }
            seps.push(if is_space(c) { ' ' } else { c });
            groups.push(group);
            j = k;
        }
        out.push(Token {
            groups,
            seps,
            start,
            end: j,
        });
        i = j;
    }
    out
}

/// The word of letters starting at char index `i` (after skipping spaces), lowercased.
fn word_at(chars: &[char], mut i: usize) -> String {
    while i < chars.len() && is_space(chars[i]) {
        i += 1;
    }
    chars[i.min(chars.len())..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// The word of letters ending just before char index `i` (after skipping spaces), lowercased.
fn word_before(chars: &[char], mut i: usize) -> String {
    while i > 0 && is_space(chars[i - 1]) {
        i -= 1;
    }
    let mut start = i;
    while start > 0 && chars[start - 1].is_alphabetic() {
        start -= 1;
    }
    chars[start..i]
        .iter()
        .flat_map(|c| c.to_lowercase())
        .collect()
}

const MONTHS: &[(&str, &str, &str)] = &[
    ("janvier", "January", "Jan"),
    ("février", "February", "Feb"),
    ("fevrier", "February", "Feb"),
    ("mars", "March", "Mar"),
    ("avril", "April", "Apr"),
    ("mai", "May", "May"),
    ("juin", "June", "Jun"),
    ("juillet", "July", "Jul"),
    ("août", "August", "Aug"),
    ("aout", "August", "Aug"),
    ("septembre", "September", "Sep"),
    ("octobre", "October", "Oct"),
    ("novembre", "November", "Nov"),
    ("décembre", "December", "Dec"),
    ("decembre", "December", "Dec"),
];

const CARDINALS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

const ORDINALS: &[&str] = &[
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

const SCALES: &[(&str, f64)] = &[
    ("million", 1e6),
    ("millions", 1e6),
    ("milliard", 1e9),
    ("milliards", 1e9),
    ("mille", 1e3),
];

const ENGLISH_SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("trillion", 1e12),
];

/// French ordinal suffixes written right after the digits (`1er`, `2e`, `3ème`).
const ORDINAL_SUFFIXES: &[&str] = &["er", "re", "ère", "e", "ème", "eme", "nd", "nde"];

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The numbers an English text contains, read both the English and the French way, and the
/// small numbers it spells out.
struct English {
    chars: Vec<char>,
    values: Vec<f64>,
    tokens: Vec<Token>,
    words: Vec<String>,
}

impl English {
    fn new(en: &str) -> Self {
        let chars: Vec<char> = en.chars().collect();
        let tokens = tokens(&chars);
        let mut values = Vec::new();
        for t in &tokens {
            let e = t.english_value();
            let f = t.french_value();
            values.extend(e);
            values.extend(f);
            let next = word_at(&chars, t.end);
            if let Some((_, scale)) = ENGLISH_SCALES.iter().find(|(w, _)| *w == next) {
                values.extend(e.into_iter().chain(f).map(|v| v * scale));
            }
            if e.is_none() && f.is_none() {
                values.extend(t.groups.iter().filter_map(|g| g.parse::<f64>().ok()));
            }
        }
        let words = en
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        English {
            chars,
            values,
            tokens,
            words,
        }
    }

    fn has_value(&self, v: f64) -> bool {
        self.values.iter().any(|x| same(*x, v))
    }

    fn has_word(&self, w: &str) -> bool {
        self.words.iter().any(|x| x == w)
    }

    /// Whether the number `v` is written in words (`three`, `third`).
    fn spells(&self, v: f64) -> bool {
        if v.fract() != 0.0 || !(0.0..=20.0).contains(&v) {
            return false;
        }
        let i = v as usize;
        self.has_word(CARDINALS[i]) || self.has_word(ORDINALS[i])
    }

    /// Whether `pattern` occurs with no digit directly before or after it.
    fn has_pattern(&self, pattern: &str) -> bool {
        let p: Vec<char> = pattern.chars().collect();
        if p.is_empty() || p.len() > self.chars.len() {
            return false;
        }
        (0..=self.chars.len() - p.len()).any(|i| {
            self.chars[i..i + p.len()] == p[..]
                && (i == 0 || !self.chars[i - 1].is_ascii_digit())
                && !matches!(self.chars.get(i + p.len()), Some(c) if c.is_ascii_digit())
        })
    }

    /// Whether the time `h`:`m` is in the English, in any usual form.
    fn has_time(&self, h: u32, m: u32) -> bool {
        let h12 = if h.is_multiple_of(12) { 12 } else { h % 12 };
        let mut forms = vec![
            format!("{h}:{m:02}"),
            format!("{h}h{m:02}"),
            format!("{h}.{m:02}"),
            format!("{h} h {m:02}"),
            format!("{h12}:{m:02}"),
            format!("{h12}.{m:02}"),
            format!("{h:02}{m:02}"),
        ];
        if m == 0 {
            forms.push(format!("{h}h"));
            forms.push(format!("{h} h"));
            forms.push(format!("{h} hours"));
            for suffix in ["am", "pm", "a.m.", "p.m.", "o'clock", "o’clock"] {
                forms.push(format!("{h12}{suffix}"));
                forms.push(format!("{h12} {suffix}"));
            }
        }
        if forms.iter().any(|f| self.has_pattern(f)) {
            return true;
        }
        (h == 12 && m == 0 && self.has_word("noon"))
            || ((h == 0 || h == 24) && m == 0 && self.has_word("midnight"))
    }
}

/// Runs the numbers check; returns one message per problem.
pub(crate) fn check(fr: &str, en: &str) -> Vec<String> {
    if !fr.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let chars: Vec<char> = fr.chars().collect();
    let english = English::new(en);
    let mut out = Vec::new();
    let mut reported: Vec<String> = Vec::new();
    let mut report = |out: &mut Vec<String>, msg: String| {
        if !reported.contains(&msg) {
            reported.push(msg.clone());
            out.push(msg);
        }
    };
    for t in tokens(&chars) {
        let raw = t.raw();
        let after = word_at(&chars, t.end);
        let before = word_before(&chars, t.start);
        // Times: 14h30, 18h, 20 h 30.
        if let Some(h) = t.int_value().filter(|h| *h <= 24.0) {
            if let Some(m) = time_minutes(&chars, t.end) {
                if !english.has_time(h as u32, m) {
                    report(
                        &mut out,
                        format!("time {raw}h{m:02} missing from the English"),
                    );
                }
                continue;
            }
        }
        // A minutes group of a time (the `30` of `14h30`) was handled with its hour.
        if t.start >= 1 && matches!(chars[t.start - 1], 'h' | 'H') {
            let mut k = t.start - 1;
            while k > 0 && is_space(chars[k - 1]) {
                k -= 1;
            }
            if k > 0 && chars[k - 1].is_ascii_digit() {
                continue;
            }
        }
        let values: Vec<f64> = match t.french_value() {
            Some(v) => vec![v],
            None => t.groups.iter().filter_map(|g| g.parse().ok()).collect(),
        };
        let scale = SCALES
            .iter()
            .find(|(w, _)| *w == after)
            .map(|(_, s)| *s)
            .unwrap_or(1.0);
        let is_ordinal = ORDINAL_SUFFIXES.contains(&after.as_str())
            && chars.get(t.end).is_some_and(|c| c.is_alphabetic());
        for v in values {
            let decade = before == "années" && (10.0..100.0).contains(&v) && v % 10.0 == 0.0;
            let found = english.has_value(v)
                || english.has_value(v * scale)
                || english.spells(v)
                || (decade && (english.has_value(1900.0 + v) || english.has_value(2000.0 + v)));
            if !found {
                let what = if is_ordinal { "ordinal" } else { "number" };
                let shown = if is_ordinal {
                    format!("{raw}{after}")
                } else {
                    raw.clone()
                };
                report(&mut out, format!("{what} {shown} missing from the English"));
            }
        }
        // Dates: the month next to a day or a year must come through too.
        for word in [&after, &before] {
            if let Some((_, month, abbr)) = MONTHS.iter().find(|(m, _, _)| m == word) {
                let en_month = month.to_lowercase();
                if !english.has_word(&en_month) && !english.has_word(&abbr.to_lowercase()) {
                    let date = if word == &after {
                        format!("{raw} {word}")
                    } else {
                        format!("{word} {raw}")
                    };
                    report(
                        &mut out,
                        format!("date \"{date}\": {month} missing from the English"),
                    );
                }
            }
        }
        // A French format copied verbatim that English reads differently.
        if let Some(v) = t.french_value() {
            let misread = english
                .tokens
                .iter()
                .any(|e| t.copied_in_french_format(e, v));
            if misread && t.risky_in_english() {
                let reading = english
                    .tokens
                    .iter()
                    .find(|e| e.raw() == raw)
                    .and_then(Token::english_value)
                    .filter(|ev| !same(*ev, v))
                    .map(|ev| format!(": English reads it as {}", trim_float(ev)))
                    .unwrap_or_default();
                report(
                    &mut out,
                    format!(
                        "number {raw} left in French format{reading} (write {})",
                        t.english_form()
                    ),
                );
            }
        }
    }
    out
}

/// `en` with every number the engine copied verbatim from `fr` in a French format that
/// English reads as another value (what [`check`] reports as "left in French format")
/// written the English way: `1,74` → `1.74`, `76.000` → `76,000`. Nothing else changes.
pub(crate) fn localize(fr: &str, en: &str) -> String {
    if !fr.bytes().any(|b| b.is_ascii_digit()) || !en.bytes().any(|b| b.is_ascii_digit()) {
        return en.to_string();
    }
    let fr_chars: Vec<char> = fr.chars().collect();
    let english = English::new(en);
    let mut rewrites: Vec<(usize, usize, String)> = Vec::new();
    for t in tokens(&fr_chars) {
        let Some(v) = t.french_value().filter(|_| t.risky_in_english()) else {
            continue;
        };
        for e in &english.tokens {
            let misread = t.copied_in_french_format(e, v);
            if misread && !rewrites.iter().any(|r| r.0 == e.start) {
                rewrites.push((e.start, e.end, t.english_form()));
            }
        }
    }
    if rewrites.is_empty() {
        return en.to_string();
    }
    rewrites.sort_by_key(|r| r.0);
    let mut out = String::with_capacity(en.len() + 4);
    let mut at = 0;
    for (start, end, text) in rewrites {
        out.extend(&english.chars[at..start]);
        out.push_str(&text);
        at = end;
    }
    out.extend(&english.chars[at..]);
    out
}

/// If a French time marker (`h`, `h30`, ` h 30`) follows at char `i`, its minutes.
fn time_minutes(chars: &[char], mut i: usize) -> Option<u32> {
    while i < chars.len() && is_space(chars[i]) {
        i += 1;
    }
    if !matches!(chars.get(i), Some('h' | 'H')) {
        return None;
    }
    i += 1;
    if chars.get(i).is_some_and(|c| c.is_alphabetic()) {
        return None; // `4 heures`, `2 hommes`
    }
    let mut k = i;
    while k < chars.len() && is_space(chars[k]) {
        k += 1;
    }
    let digits: String = chars[k.min(chars.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    if digits.len() == 2 {
        digits.parse().ok().filter(|m| *m < 60)
    } else if digits.is_empty() {
        Some(0)
    } else {
        None
    }
}

fn trim_float(v: f64) -> String {
    let s = format!("{v}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fires(fr: &str, en: &str) -> Vec<String> {
        check(fr, en)
    }

    #[track_caller]
    fn ok(fr: &str, en: &str) {
        let f = fires(fr, en);
        assert!(f.is_empty(), "{fr:?} / {en:?} fired: {f:?}");
    }

    #[track_caller]
    fn bad(fr: &str, en: &str, expected: &str) {
        let f = fires(fr, en);
        assert!(
            f.iter().any(|m| m == expected),
            "{fr:?} / {en:?}: wanted {expected:?}, got {f:?}"
        );
    }

    #[test]
    fn french_formats_are_understood() {
        ok(
            "Il y avait 3 000 manifestants.",
            "There were 3,000 protesters.",
        );
        ok(
            "Il y avait 3\u{202f}000 manifestants.",
            "There were 3000 protesters.",
        );
        ok("Le taux est de 3,5 %.", "The rate is 3.5%.");
        ok("Le prix : 283,82 €.", "The price: €283.82.");
        ok("Il a reçu 2.200.112 voix.", "He got 2,200,112 votes.");
        ok("Il roulait à 160 km/h.", "He was driving at 160 km/h.");
        ok("Le 1er mai, à Nomeny.", "On May 1st, in Nomeny.");
        ok("Le 1er mai, à Nomeny.", "On the first of May, in Nomeny.");
        ok("le 24 février", "on February 24");
        ok("le 24 février", "on 24 Feb.");
        ok(
            "En 1999, 40 % des élèves.",
            "In 1999, 40 percent of pupils.",
        );
        ok("Une hausse de 3,5 millions.", "A rise of 3.5 million.");
        ok("Une hausse de 3,5 millions.", "A rise of 3,500,000.");
        ok("La 3e place.", "Third place.");
        ok(
            "Il y avait 3 000 manifestants.",
            "There were 3 thousand protesters.",
        );
        ok("Un budget de 2 milliards.", "A budget of 2 billion.");
        ok(
            "Un budget de 2 000 000 000 euros.",
            "A budget of 2 billion euros.",
        );
        ok("Âgés de 24, 23 et 14 ans.", "Aged 24, 23 and 14.");
        ok("Il a gagné par 36-32.", "He won 36-32.");
        ok("De 14h30 à 18h.", "From 2:30 pm to 6 pm.");
        ok("De 14h30 à 18h.", "From 14:30 to 18:00.");
        ok("Vers 20 h 30.", "Around 20h30.");
        ok("Dans les années 90.", "In the 1990s.");
        ok("La RD192 et l'A36.", "The RD192 and the A36.");
        ok("Il y a 2 enfants.", "There are two children.");
        ok("Pas de chiffre ici.", "No figure here.");
    }

    #[test]
    fn altered_numbers_fire() {
        bad(
            "Il a reçu 2.200.112 voix.",
            "He got 2,200,12 votes.",
            "number 2.200.112 missing from the English",
        );
        bad(
            "Le prix : 283,82 €.",
            "The price: €28.82.",
            "number 283,82 missing from the English",
        );
        bad(
            "Il y avait 3 000 manifestants.",
            "There were 300 protesters.",
            "number 3 000 missing from the English",
        );
        bad(
            "le 24 février",
            "on February 25",
            "number 24 missing from the English",
        );
        bad(
            "le 24 février",
            "on the 24th",
            "date \"24 février\": February missing from the English",
        );
        bad(
            "Le 1er mai.",
            "On May 2nd.",
            "ordinal 1er missing from the English",
        );
        bad(
            "À 14h30.",
            "At 2 pm.",
            "time 14h30 missing from the English",
        );
        bad(
            "En 1999, 40 % des élèves.",
            "In 1999, 14% of pupils.",
            "number 40 missing from the English",
        );
    }

    #[test]
    fn french_formats_copied_verbatim_fire() {
        bad(
            "un taux de 1,74 gramme",
            "a rate of 1,74 gram",
            "number 1,74 left in French format (write 1.74)",
        );
        bad(
            "un chèque de 76.000 euros",
            "a cheque of 76.000 euros",
            "number 76.000 left in French format: English reads it as 76 (write 76,000)",
        );
        bad(
            "un taux de 3,500 %",
            "a rate of 3,500%",
            "number 3,500 left in French format: English reads it as 3500 (write 3.500)",
        );
        // Unambiguous groupings are not reported.
        ok("2.700.000 F", "2.700.000 F");
        ok("3 000 manifestants", "3,000 protesters");
        // Spaces group thousands in French only: English reads "15 237" as two numbers.
        bad(
            "15 237 clients",
            "15 237 customers",
            "number 15 237 left in French format (write 15,237)",
        );
    }

    #[test]
    fn numbers_copied_in_french_format_are_written_the_english_way() {
        let cases = [
            (
                "Il mesure 1,74 m.",
                "He measures 1,74 m.",
                "He measures 1.74 m.",
            ),
            ("76.000 personnes", "76.000 people", "76,000 people"),
            ("soit 283,82 €", "that is 283,82 €", "that is 283.82 €"),
            ("1 000,5 tonnes", "1 000,5 tons", "1,000.5 tons"),
            ("15 237 clients", "15 237 customers", "15,237 customers"),
            (
                "1 200 millions de dollars",
                "1 200 million dollars",
                "1,200 million dollars",
            ),
            ("2 000 personnes", "2\u{a0}000 people", "2,000 people"),
            (
                "3,500 kg et 1,5 kg",
                "3,500 kg and 1,5 kg",
                "3.500 kg and 1.5 kg",
            ),
        ];
        for (fr, en, want) in cases {
            assert_eq!(localize(fr, en), want, "{fr:?} / {en:?}");
            assert!(
                check(fr, want).is_empty(),
                "{want:?}: {:?}",
                check(fr, want)
            );
        }
        // Already English, not a risky format, or not from the French: left as they are.
        for (fr, en) in [
            ("Il mesure 1,74 m.", "He measures 1.74 m."),
            ("76.000 personnes", "76,000 people"),
            ("2 000 personnes", "2,000 people"),
            ("le 24 février 2022", "on 24 February 2022"),
            ("Rien.", "Page 1,5 of the report."),
            ("14h30", "14h30"),
        ] {
            assert_eq!(localize(fr, en), en, "{fr:?}");
        }
    }

    #[test]
    fn numbers_in_both_french_formats_are_each_rewritten() {
        // Fuzz finding ed5709b4: `2,200` (2.2) and `2.200` (2200) in one French text, echoed.
        let fr = "entre 2,200 et 2.200 tonnes";
        assert_eq!(localize(fr, fr), "entre 2.200 et 2,200 tonnes");
    }

    #[test]
    fn tokens_respect_groupings() {
        let chars: Vec<char> = "en 1998 100 personnes, 1 500 000 euros".chars().collect();
        let raws: Vec<String> = tokens(&chars).iter().map(Token::raw).collect();
        assert_eq!(raws, ["1998", "100", "1 500 000"]);
    }
}
