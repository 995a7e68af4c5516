//! Splits French text into the surface tokens of UD French GSD, as byte spans, so that the parser
//! sees words the way it was trained on them: elisions split after the apostrophe (« l'aide » →
//! « l' » « aide », also with ’; « aujourd'hui », « quelqu'un » and « l'on » stay whole as in
//! GSD), a subject clitic after a hyphen split off (« a-t-il » → « a » « -t-il », « dit-elle » →
//! « dit » « -elle »), punctuation and quotation marks apart (« … » « ... » stay one token,
//! « M. » and « J.-C. » keep their period), « 80% » → « 80 » « % », and numbers written with a
//! space between groups of three digits (« 3 000 ») kept as one token.

use std::ops::Range;

/// Words that end with an apostrophe and split from what follows (lowercase, apostrophe
/// excluded).
const ELIDED: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Forms with an apostrophe that GSD keeps as one token.
const WHOLE_WITH_APOSTROPHE: &[&str] = &[
    "aujourd'hui",
    "quelqu'un",
    "quelqu'une",
    "l'on",
    "prud'homme",
    "prud'hommes",
];

/// Clitics split off after a hyphen, longest first (« -t-il » before « -il »).
const HYPHEN_CLITICS: &[&str] = &[
    "-t-elles", "-t-elle", "-t-ils", "-t-il", "-t-on", "-elles", "-elle", "-ils", "-il", "-on",
    "-je", "-tu", "-nous", "-vous", "-ce", "-moi", "-toi", "-lui", "-leur", "-les", "-le", "-la",
    "-y", "-en",
];

/// Hyphenated words whose last part looks like a clitic but is not one.
const HYPHEN_WHOLE: &[&str] = &[
    "rendez-vous",
    "c'est-à-dire",
    "peut-être",
    "vis-à-vis",
    "chez-moi",
    "chez-nous",
];

/// Abbreviations that keep their final period.
const ABBREVIATIONS: &[&str] = &[
    "m.", "mm.", "mme.", "mlle.", "dr.", "pr.", "st.", "ste.", "av.", "apr.", "etc.", "cf.", "p.",
    "art.", "no.", "vol.", "éd.", "ed.", "chap.", "fig.", "env.", "mr.", "jr.", "sr.",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Punctuation that is always a token of its own at the edge of a word.
fn is_edge_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '«'
            | '»'
            | '"'
            | '“'
            | '”'
            | '„'
            | '‹'
            | '›'
            | '…'
            | '%'
            | '/'
            | '*'
    ) || is_apostrophe(c)
}

/// The byte spans of the surface tokens of `text`.
pub fn tokenize(text: &str) -> Vec<Range<usize>> {
    let mut chunks: Vec<Range<usize>> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                chunks.push(s..i);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        chunks.push(s..text.len());
    }
    let mut out = Vec::new();
    for chunk in chunks {
        split_chunk(text, chunk, &mut out);
    }
    join_digit_groups(text, out)
}

/// « 3 000 », « 25 785 »: a number followed, after one space, by exactly three digits.
fn join_digit_groups(text: &str, tokens: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(tokens.len());
    for t in tokens {
        let s = &text[t.clone()];
        if let Some(prev) = out.last_mut() {
            let p = &text[prev.clone()];
            let gap = &text[prev.end..t.start];
            let p_last_group = p.rsplit(' ').next().unwrap_or(p);
            if gap == " "
                && s.len() == 3
                && s.bytes().all(|b| b.is_ascii_digit())
                && !p.is_empty()
                && p.bytes().all(|b| b.is_ascii_digit() || b == b' ')
                && p_last_group.len() <= 3
                && (p.len() <= 3 || p_last_group.len() == 3)
            {
                prev.end = t.end;
                continue;
            }
        }
        out.push(t);
    }
    out
}

fn split_chunk(text: &str, chunk: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut start = chunk.start;
    let mut end = chunk.end;
    // Leading punctuation, one mark at a time (« ... » and « -- » as one).
    let mut lead = Vec::new();
    while start < end {
        let s = &text[start..end];
        if let Some(n) = run_len(s) {
            lead.push(start..start + n);
            start += n;
            continue;
        }
        let c = s.chars().next().unwrap_or(' ');
        if is_edge_punct(c) {
            lead.push(start..start + c.len_utf8());
            start += c.len_utf8();
        } else {
            break;
        }
    }
    // Trailing punctuation, collected right to left.
    let mut trail = Vec::new();
    while start < end {
        let s = &text[start..end];
        if let Some(n) = trailing_run_len(s) {
            trail.push(end - n..end);
            end -= n;
            continue;
        }
        let c = s.chars().next_back().unwrap_or(' ');
        if c == '.' {
            if keeps_period(s) {
                break;
            }
            trail.push(end - 1..end);
            end -= 1;
        } else if is_edge_punct(c)
            && !(is_apostrophe(c) && ends_elided(&s[..s.len() - c.len_utf8()]))
        {
            trail.push(end - c.len_utf8()..end);
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    out.extend(lead);
    if start < end {
        split_inside(text, start..end, out);
    }
    out.extend(trail.into_iter().rev());
}

/// Length of a leading « ... » or « -- ».
fn run_len(s: &str) -> Option<usize> {
    ["...", "--"]
        .iter()
        .find(|r| s.starts_with(*r))
        .map(|r| r.len())
}

fn trailing_run_len(s: &str) -> Option<usize> {
    ["...", "--"]
        .iter()
        .find(|r| s.ends_with(*r) && s.len() > r.len())
        .map(|r| r.len())
}

/// Whether a word ending in « . » keeps it: abbreviations, initials (« M. », « J.-C. »), and
/// dotted acronyms (« R.E.M. »).
fn keeps_period(s: &str) -> bool {
    let lower = s.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    let body = &s[..s.len() - 1];
    let letters: Vec<char> = body.chars().filter(|c| c.is_alphabetic()).collect();
    // « M. », « J. »: one capital letter.
    if body.chars().count() == 1 && letters.len() == 1 && letters[0].is_uppercase() {
        return true;
    }
    // « J.-C. », « R.E.M. », « U.S. »: letters each followed by a period.
    !letters.is_empty()
        && body.contains('.')
        && body.split(['.', '-']).all(|p| p.chars().count() <= 2)
}

fn ends_elided(s: &str) -> bool {
    let lower = s.to_lowercase();
    ELIDED.iter().any(|e| lower == *e)
}

/// Units GSD writes apart from the number before them (« 23h » → « 23 » « h », « 20h30 »).
const UNITS: &[&str] = &[
    "h", "km", "kg", "cm", "mm", "m", "g", "ha", "min", "mn", "t",
];

/// Splits a word without edge punctuation at an inner « -- » or « / » (not in an address),
/// a number from its unit, then each part with [`split_word`].
fn split_inside(text: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[span.clone()];
    if s.contains("://") || s.starts_with("www.") || s.contains('@') {
        out.push(span);
        return;
    }
    let mut part = span.start;
    let mut i = span.start;
    while i < span.end {
        let rest = &text[i..span.end];
        let sep = if rest.starts_with("--") {
            2
        } else if rest.starts_with('/') {
            1
        } else {
            0
        };
        if sep > 0 && i > span.start && i + sep < span.end {
            split_number_unit(text, part..i, out);
            out.push(i..i + sep);
            i += sep;
            part = i;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    split_number_unit(text, part..span.end, out);
}

/// « 23h » → « 23 » « h »; « 20h30 » → « 20 » « h » « 30 »; anything else to [`split_word`].
fn split_number_unit(text: &str, span: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[span.clone()];
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits < s.len() {
        let rest = &s[digits..];
        let letters = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let after = &rest[letters..];
        if UNITS.contains(&&rest[..letters]) && after.bytes().all(|b| b.is_ascii_digit()) {
            let unit_at = span.start + digits;
            out.push(span.start..unit_at);
            out.push(unit_at..unit_at + letters);
            if !after.is_empty() {
                out.push(unit_at + letters..span.end);
            }
            return;
        }
    }
    split_word(text, span, out);
}

/// Splits one word without edge punctuation: elisions, then a hyphen clitic at the end.
fn split_word(text: &str, mut span: Range<usize>, out: &mut Vec<Range<usize>>) {
    loop {
        let s = &text[span.clone()];
        let lower = s.to_lowercase().replace('’', "'");
        if WHOLE_WITH_APOSTROPHE.iter().any(|w| lower == *w) {
            break;
        }
        let Some((i, c)) = s.char_indices().find(|&(_, c)| is_apostrophe(c)) else {
            break;
        };
        let after = i + c.len_utf8();
        if after >= s.len() || !ends_elided(&s[..i]) {
            break;
        }
        out.push(span.start..span.start + after);
        span.start += after;
    }
    let s = &text[span.clone()];
    let lower = s.to_lowercase();
    if !HYPHEN_WHOLE.iter().any(|w| lower.replace('’', "'") == *w) {
        for clitic in HYPHEN_CLITICS {
            if lower.len() > clitic.len() && lower.ends_with(clitic) {
                let cut = span.end - clitic.len();
                // The host must be a word (« a », « dit »), not another hyphen.
                if text[span.start..cut].ends_with('-') {
                    break;
                }
                out.push(span.start..cut);
                out.push(cut..span.end);
                return;
            }
        }
    }
    out.push(span);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn elisions_split_after_the_apostrophe() {
        assert_eq!(
            words("l'aide de l’État"),
            ["l'", "aide", "de", "l’", "État"]
        );
        assert_eq!(words("qu'il s'est dit"), ["qu'", "il", "s'", "est", "dit"]);
        assert_eq!(words("jusqu'à aujourd'hui"), ["jusqu'", "à", "aujourd'hui"]);
        assert_eq!(words("L'homme qu'on"), ["L'", "homme", "qu'", "on"]);
    }

    #[test]
    fn hyphen_clitics_split_off() {
        assert_eq!(words("a-t-il déclaré"), ["a", "-t-il", "déclaré"]);
        assert_eq!(
            words("« Non », dit-elle."),
            ["«", "Non", "»", ",", "dit", "-elle", "."]
        );
        assert_eq!(
            words("Est-ce un rendez-vous ?"),
            ["Est", "-ce", "un", "rendez-vous", "?"]
        );
        assert_eq!(words("les États-Unis"), ["les", "États-Unis"]);
    }

    #[test]
    fn punctuation_numbers_and_abbreviations() {
        assert_eq!(
            words("M. Dupont (PS) a dit : «oui»..."),
            ["M.", "Dupont", "(", "PS", ")", "a", "dit", ":", "«", "oui", "»", "..."]
        );
        assert_eq!(
            words("3 000 euros, 80% et 2,5"),
            ["3 000", "euros", ",", "80", "%", "et", "2,5"]
        );
        assert_eq!(words("en 52 av. J.-C."), ["en", "52", "av.", "J.-C."]);
        assert_eq!(words("Fin."), ["Fin", "."]);
        assert_eq!(
            words("à 20h30 ou 23h"),
            ["à", "20", "h", "30", "ou", "23", "h"]
        );
        assert_eq!(
            words("1914--2002 en 630/631"),
            ["1914", "--", "2002", "en", "630", "/", "631"]
        );
        assert_eq!(
            words("http://www.exemple.fr/a/b"),
            ["http://www.exemple.fr/a/b"]
        );
        assert_eq!(words("le 1er et le 2e"), ["le", "1er", "et", "le", "2e"]);
    }

    #[test]
    fn spans_are_byte_ranges_of_the_text() {
        let text = "  L’été  ";
        let spans = tokenize(text);
        assert_eq!(spans, [2..6, 6..11]); // ’ is 3 bytes, é 2
    }
}
