//! The one redaction point. Every secret of the run is registered here as soon as it is known
//! (API keys when a [`crate::translate::secret::Secret`] or a config `api_key` is made,
//! passwords of backend URLs), and everything Passerelle prints or writes passes through
//! [`scrub`]: every `eprintln!`/`println!` of the library (the crate root shadows those
//! macros with [`eprint_fmt`]/[`print_fmt`]), `tracing` logs ([`Stderr`] is the subscriber's
//! writer), the binary's final error line, rendered documents and every file written by
//! `render::write_atomic`.
//!
//! A server or proxy may echo a key in another form than the one sent, so a secret is found
//! in every encoding one may use: as is; percent-encoded, whole or in part, with `+` for a
//! space, in upper or lower case hex, even twice (`%2541`); JSON/JavaScript-escaped (`\u0041`,
//! surrogate pairs, `\"`, `\/`, or any character behind a backslash, as Markdown escapes);
//! HTML character references (`&amp;`, `&#65;`, `&#x41;`); and base64 (standard and
//! URL-safe alphabets) at any alignment, so a key inside `base64(user:key)` of a Basic
//! `Authorization` header is found too. Any such span becomes `[redacted]`.
//!
//! Redaction runs before any cutting ([`crate::translate::http::body_snippet`] scrubs, then
//! takes 200 characters), so no prefix of a key survives a cut. Strings shorter than
//! [`MIN_SECRET_CHARS`] are not registered: they cannot be told from ordinary text, and
//! scrubbing them would destroy every output.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};
use std::sync::RwLock;

/// What a secret becomes.
pub const REPLACEMENT: &str = "[redacted]";
/// Used instead of [`REPLACEMENT`] when a registered secret could be found in or across it
/// (a secret holding `[`, `]` or found inside `[redacted]`): three characters, shorter than
/// any secret, so scrubbing again always ends.
const SHORT_REPLACEMENT: &str = "***";
/// Shortest string taken for a secret.
pub const MIN_SECRET_CHARS: usize = 4;

/// One registered secret: its characters (matched through every escape) and the base64
/// cores of it at the three alignments, in both alphabets.
#[derive(Debug)]
struct Pattern {
    chars: Vec<char>,
    base64: Vec<Vec<u8>>,
}

/// The secrets known so far; [`REGISTRY`] is the run's.
#[derive(Debug)]
struct Registry {
    patterns: Vec<Pattern>,
    /// Whether [`REPLACEMENT`] is safe for every pattern (see [`SHORT_REPLACEMENT`]).
    long_ok: bool,
}

impl Registry {
    const fn new() -> Self {
        Registry {
            patterns: Vec::new(),
            long_ok: true,
        }
    }

    fn add(&mut self, secret: &str) {
        let secret = secret.trim();
        if secret.chars().count() < MIN_SECRET_CHARS {
            return;
        }
        let chars: Vec<char> = secret.chars().collect();
        if self.patterns.iter().any(|p| p.chars == chars) {
            return;
        }
        self.patterns.push(Pattern {
            base64: base64_cores(secret.as_bytes()),
            chars,
        });
        let has_bracket = |p: &Pattern| p.chars.iter().any(|c| matches!(c, '[' | ']'));
        self.long_ok = !self.patterns.iter().any(has_bracket)
            && find(&self.patterns, REPLACEMENT.as_bytes(), 0).is_none();
    }

    fn scrub<'a>(&self, bytes: &'a [u8]) -> Cow<'a, [u8]> {
        if self.patterns.is_empty() {
            return Cow::Borrowed(bytes);
        }
        let replacement = if self.long_ok {
            REPLACEMENT
        } else {
            SHORT_REPLACEMENT
        };
        let mut current: Cow<'a, [u8]> = Cow::Borrowed(bytes);
        // One pass suffices when the long replacement is safe; otherwise each pass shortens
        // the text (a match is at least four bytes, the replacement three), so this ends.
        loop {
            let Some(first) = find(&self.patterns, &current, 0) else {
                return current;
            };
            let mut out = Vec::with_capacity(current.len());
            let mut at = 0;
            let mut next = Some(first);
            while let Some((start, end)) = next {
                out.extend_from_slice(&current[at..start]);
                out.extend_from_slice(replacement.as_bytes());
                at = end;
                next = find(&self.patterns, &current, at);
            }
            out.extend_from_slice(&current[at..]);
            current = Cow::Owned(out);
        }
    }
}

static REGISTRY: RwLock<Registry> = RwLock::new(Registry::new());

/// Registers `secret` for the rest of the run: from now on it is scrubbed, in every
/// encoding, from everything printed or written. Surrounding whitespace is ignored; a string
/// shorter than [`MIN_SECRET_CHARS`] characters is not registered.
pub fn register(secret: &str) {
    REGISTRY
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .add(secret);
}

/// Forgets every secret registered: for a property test that registers a new key per case
/// (the registry would otherwise grow without end). Nothing else calls it.
#[doc(hidden)]
pub fn forget_all_for_tests() {
    *REGISTRY
        .write()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Registry::new();
}

/// Registers the password (and a user name long enough) of a URL's `user:password@`, if any.
pub fn register_url_credentials(url: &str) {
    if let Some((user, password)) = url_credentials(url) {
        register(&percent_decode(&user));
        if let Some(p) = password {
            register(&percent_decode(&p));
        }
    }
}

/// `url` with any `user:password@` hidden, for display (`http://***@host/v1`).
pub fn url(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            let (authority, tail) = rest.split_at(end);
            match authority.rsplit_once('@') {
                Some((_, host)) => format!("{scheme}://***@{host}{tail}"),
                None => url.to_string(),
            }
        }
        None => url.to_string(),
    }
}

/// The `user` and `password` of a URL's authority, if it has a `user[:password]@`.
fn url_credentials(url: &str) -> Option<(String, Option<String>)> {
    let rest = url.split_once("://")?.1;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (userinfo, _) = rest[..end].rsplit_once('@')?;
    Some(match userinfo.split_once(':') {
        Some((u, p)) => (u.to_string(), Some(p.to_string())),
        None => (userinfo.to_string(), None),
    })
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `text` with every registered secret, in every encoding, replaced by `[redacted]`.
pub fn scrub(text: &str) -> Cow<'_, str> {
    match scrub_bytes(text.as_bytes()) {
        Cow::Borrowed(_) => Cow::Borrowed(text),
        // Every form starts and ends on a character boundary: still UTF-8 (lossy to be sure).
        Cow::Owned(bytes) => Cow::Owned(match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        }),
    }
}

/// [`scrub`] on bytes (any encoding: only the secrets' spans change).
pub fn scrub_bytes(bytes: &[u8]) -> Cow<'_, [u8]> {
    REGISTRY
        .read()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .scrub(bytes)
}

/// The first match of any pattern at or after `from`: `(start, end)`, longest at the
/// leftmost start.
fn find(patterns: &[Pattern], text: &[u8], from: usize) -> Option<(usize, usize)> {
    for start in from..text.len() {
        let b = text[start];
        let mut best: Option<usize> = None;
        for p in patterns {
            // Every form of a character starts with its own first byte or one of these.
            let first = p.chars[0].encode_utf8(&mut [0u8; 4]).as_bytes()[0];
            let may = b == first || matches!(b, b'%' | b'+' | b'\\' | b'&');
            if !may && !p.base64.iter().any(|c| c[0] == b) {
                continue;
            }
            if let Some(end) = match_chars(&p.chars, text, start) {
                best = Some(best.map_or(end, |b: usize| b.max(end)));
            }
            for core in &p.base64 {
                if text[start..].starts_with(core) {
                    let end = start + core.len();
                    best = Some(best.map_or(end, |b: usize| b.max(end)));
                }
            }
        }
        if let Some(end) = best {
            return Some((start, end));
        }
    }
    None
}

/// Where a match of `key` starting at `at` ends (the longest one), each character in any
/// of the encodings of the module note.
fn match_chars(key: &[char], text: &[u8], at: usize) -> Option<usize> {
    let Some((&c, rest)) = key.split_first() else {
        return Some(at);
    };
    let mut best = None;
    for end in char_forms(c, text, at) {
        if let Some(e) = match_chars(rest, text, end) {
            best = Some(best.map_or(e, |b: usize| b.max(e)));
        }
    }
    best
}

/// Every position where one encoded form of `c` starting at `at` ends.
fn char_forms(c: char, text: &[u8], at: usize) -> Vec<usize> {
    let mut ends = Vec::new();
    let Some(&first) = text.get(at) else {
        return ends;
    };
    let mut utf8 = [0u8; 4];
    let raw = c.encode_utf8(&mut utf8).as_bytes();
    if text[at..].starts_with(raw) {
        ends.push(at + raw.len());
    }
    match first {
        b'%' => {
            // Each byte of the character as is or percent-encoded (once or twice).
            percent_bytes(raw, text, at, &mut ends);
        }
        b'+' if c == ' ' => ends.push(at + 1),
        b'\\' => {
            if text[at + 1..].starts_with(raw) {
                ends.push(at + 1 + raw.len());
            }
            let mut units = [0u16; 2];
            let units = c.encode_utf16(&mut units);
            let mut p = at;
            let mut ok = true;
            for u in units.iter() {
                match json_unit(text, p) {
                    Some((v, e)) if v == *u => p = e,
                    _ => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                ends.push(p);
            }
        }
        b'&' => {
            if let Some(end) = html_reference(c, text, at) {
                ends.push(end);
            }
        }
        _ => {}
    }
    ends
}

/// Every end of the bytes `raw` at `at`, each byte as is or as `%XX` / `%25XX` (hex in
/// either case): a `%` of the key may be written `%` or `%25`.
fn percent_bytes(raw: &[u8], text: &[u8], at: usize, ends: &mut Vec<usize>) {
    let Some((&b, rest)) = raw.split_first() else {
        ends.push(at);
        return;
    };
    if text.get(at) == Some(&b) {
        percent_bytes(rest, text, at + 1, ends);
    }
    if text.get(at) != Some(&b'%') {
        return;
    }
    let hex_at = |q: usize| text.get(q).and_then(|&h| hex(h));
    let mut q = at + 1;
    if text.get(q) == Some(&b'2')
        && text.get(q + 1) == Some(&b'5')
        && hex_at(q + 2).is_some()
        && hex_at(q + 3).is_some()
    {
        // Twice encoded: `%25` then the two hex digits.
        if let (Some(h), Some(l)) = (hex_at(q + 2), hex_at(q + 3)) {
            if h * 16 + l == b {
                percent_bytes(rest, text, q + 4, ends);
            }
        }
    }
    if let (Some(h), Some(l)) = (hex_at(q), hex_at(q + 1)) {
        if h * 16 + l == b {
            q += 2;
            percent_bytes(rest, text, q, ends);
        }
    }
}

/// A `\uXXXX` at `at`: its value and end.
fn json_unit(text: &[u8], at: usize) -> Option<(u16, usize)> {
    if text.get(at) != Some(&b'\\') || text.get(at + 1) != Some(&b'u') {
        return None;
    }
    let mut v: u16 = 0;
    for i in 0..4 {
        v = v * 16 + hex(*text.get(at + 2 + i)?)? as u16;
    }
    Some((v, at + 6))
}

/// An HTML character reference for `c` at `at` (named for the five the renderers write,
/// decimal or hex for any), with or without its `;`.
fn html_reference(c: char, text: &[u8], at: usize) -> Option<usize> {
    let named = match c {
        '&' => Some(&b"&amp"[..]),
        '<' => Some(&b"&lt"[..]),
        '>' => Some(&b"&gt"[..]),
        '"' => Some(&b"&quot"[..]),
        '\'' => Some(&b"&apos"[..]),
        _ => None,
    };
    let semicolon = |end: usize| {
        if text.get(end) == Some(&b';') {
            end + 1
        } else {
            end
        }
    };
    if let Some(n) = named {
        if text[at..].starts_with(n) {
            return Some(semicolon(at + n.len()));
        }
    }
    if text.get(at + 1) != Some(&b'#') {
        return None;
    }
    let (radix, mut p) = match text.get(at + 2) {
        Some(b'x' | b'X') => (16u32, at + 3),
        _ => (10u32, at + 2),
    };
    let digits_start = p;
    let mut v: u32 = 0;
    while let Some(d) = text.get(p).and_then(|&b| (b as char).to_digit(radix)) {
        v = v.checked_mul(radix)?.checked_add(d)?;
        p += 1;
    }
    (p > digits_start && v == c as u32).then(|| semicolon(p))
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// The base64 characters that depend on the secret's bytes alone, at each of the three
/// alignments the secret may have in a longer encoded string (`user:key`, `key:`), in the
/// standard and URL-safe alphabets. Too short a core (a secret of under 6 bytes at some
/// alignment) is left out.
fn base64_cores(secret: &[u8]) -> Vec<Vec<u8>> {
    const STD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut cores = Vec::new();
    for shift in 0..3usize {
        let mut bytes = vec![0u8; shift];
        bytes.extend_from_slice(secret);
        let start_bit = shift * 8;
        let end_bit = bytes.len() * 8;
        let first = start_bit.div_ceil(6);
        let last = end_bit / 6; // exclusive: characters whose six bits are all the secret's
        if last <= first || last - first < MIN_SECRET_CHARS {
            continue;
        }
        let core: Vec<u8> = (first..last)
            .map(|j| {
                let bit = j * 6;
                let (byte, off) = (bit / 8, bit % 8);
                let hi = bytes[byte] as u16;
                let lo = bytes.get(byte + 1).copied().unwrap_or(0) as u16;
                let v = (((hi << 8) | lo) >> (10 - off)) & 0x3f;
                STD[v as usize]
            })
            .collect();
        let url_safe: Vec<u8> = core
            .iter()
            .map(|&b| match b {
                b'+' => b'-',
                b'/' => b'_',
                b => b,
            })
            .collect();
        if url_safe != core {
            cores.push(url_safe);
        }
        cores.push(core);
    }
    cores
}

/// Prints `args` to stderr, scrubbed: what the library's `eprint!`/`eprintln!` call.
pub fn eprint_fmt(args: fmt::Arguments<'_>) {
    let text = args.to_string();
    let _ = io::stderr().lock().write_all(scrub(&text).as_bytes());
}

/// Prints `args` to stdout, scrubbed: what the library's `print!`/`println!` call.
pub fn print_fmt(args: fmt::Arguments<'_>) {
    let text = args.to_string();
    let _ = io::stdout().lock().write_all(scrub(&text).as_bytes());
}

/// A writer to stderr that scrubs what it is given when flushed or dropped: the `tracing`
/// subscriber's writer (one log line per writer), and the progress lines'.
#[derive(Debug, Default)]
pub struct Stderr {
    buf: Vec<u8>,
}

impl Stderr {
    /// A new, empty writer.
    pub fn new() -> Self {
        Stderr::default()
    }
}

impl Write for Stderr {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.buf.is_empty() {
            let bytes = std::mem::take(&mut self.buf);
            let mut err = io::stderr().lock();
            err.write_all(&scrub_bytes(&bytes))?;
            err.flush()?;
        }
        Ok(())
    }
}

impl Drop for Stderr {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Stderr {
    type Writer = Stderr;

    fn make_writer(&'a self) -> Self::Writer {
        Stderr::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A registry of `keys` alone (the run's global one is left alone by the tests).
    fn with(keys: &[&str]) -> Registry {
        let mut r = Registry::new();
        for k in keys {
            r.add(k);
        }
        r
    }

    fn scrubbed(r: &Registry, text: &str) -> String {
        String::from_utf8(r.scrub(text.as_bytes()).into_owned()).unwrap()
    }

    #[test]
    fn every_encoding_of_a_key_is_scrubbed() {
        let key = "DeepL-K3y SECRET:fx&<q>";
        let r = with(&[key]);
        let cases = [
            key.to_string(),
            "DeepL-K3y%20SECRET%3Afx%26%3Cq%3E".into(),
            "DeepL-K3y+SECRET%3afx%26%3cq%3e".into(),
            "%44%65%65%70L-K3y%2520SECRET:fx&<q>".into(),
            // A `%` of the key, percent-encoded (the property test's first finding).
            "DeepL-K3y SECRET%3afx%26%3Cq%3e".into(),
            serde_json::to_string(key)
                .unwrap()
                .trim_matches('"')
                .to_string(),
            "\\u0044eepL-K3y SECRET\\u003afx\\u0026\\u003cq\\u003e".into(),
            "DeepL-K3y SECRET:fx&amp;&lt;q&gt;".into(),
            "DeepL-K3y&#32;SECRET&#x3A;fx&#38;<q>".into(),
            "DeepL\\-K3y SECRET:fx\\&<q>".into(),
        ];
        for c in cases {
            let out = scrubbed(&r, &format!("before {c} after"));
            assert_eq!(out, "before [redacted] after", "{c}");
        }
    }

    #[test]
    fn a_percent_sign_of_the_key_percent_encoded_is_scrubbed() {
        // The property test's first finding (seed 13): `%` of the key written `%25`.
        let r = with(&["YfjI%GK"]);
        for form in ["YfjI%25GK", "YfjI%GK", "%59fjI%2525GK"] {
            assert_eq!(
                scrubbed(&r, &format!("a {form} b")),
                "a [redacted] b",
                "{form}"
            );
        }
    }

    #[test]
    fn base64_of_the_key_and_of_basic_forms_is_scrubbed() {
        let key = "sk-b64-Zq9wXv7Lm2";
        let r = with(&[key]);
        for user in ["", "u", "us", "user", "apikey"] {
            let plain = format!("{user}:{key}");
            for encoded in [b64(plain.as_bytes(), false), b64(plain.as_bytes(), true)] {
                let out = scrubbed(&r, &format!("Authorization: Basic {encoded}"));
                assert!(out.contains("[redacted]"), "{user}: {out}");
                assert!(!decodes_to_key(&out, key), "{user}: {out}");
            }
        }
        let out = scrubbed(&r, &b64(key.as_bytes(), false));
        assert!(out.contains("[redacted]"), "{out}");
    }

    #[test]
    fn short_strings_are_not_secrets_and_text_without_keys_is_untouched() {
        let r = with(&["abc", "  "]);
        assert!(r.patterns.is_empty());
        assert_eq!(scrubbed(&r, "abc abc"), "abc abc");
        let r = with(&["a-long-key"]);
        assert!(matches!(r.scrub(b"nothing here"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_key_found_in_or_across_the_replacement_gets_stars_and_scrubbing_ends() {
        for key in ["acted", "ted]x", "[[[[", "*]*[", "****"] {
            let r = with(&[key]);
            assert_eq!(r.long_ok, key == "****", "{key}");
            let text = format!("{key}{key}x{key}{}{key}", &key[1..]);
            let out = scrubbed(&r, &text);
            assert!(!out.contains(key), "{key}: {out}");
        }
        assert!(with(&["sk-plain-key"]).long_ok);
    }

    #[test]
    fn url_credentials_are_hidden_and_registered() {
        assert_eq!(
            url("http://user:PASSw0rd@host:8/v1?x=1"),
            "http://***@host:8/v1?x=1"
        );
        assert_eq!(url("https://host/v1"), "https://host/v1");
        assert_eq!(url("not a url"), "not a url");
        assert_eq!(
            url_credentials("http://someone:P%40ss@host/v1"),
            Some(("someone".into(), Some("P%40ss".into())))
        );
        assert_eq!(percent_decode("P%40ss%zz%4"), "P@ss%zz%4");
        assert_eq!(url_credentials("http://host/a@b"), None);
    }

    /// Test-side base64 (independent of the module's cores).
    fn b64(bytes: &[u8], url_safe: bool) -> String {
        let alphabet: &[u8] = if url_safe {
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        } else {
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        };
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let b = [
                chunk[0],
                chunk.get(1).copied().unwrap_or(0),
                chunk.get(2).copied().unwrap_or(0),
            ];
            let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(alphabet[(n >> (18 - 6 * i) & 63) as usize] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }

    fn decodes_to_key(text: &str, key: &str) -> bool {
        // Any base64 run in `text`, decoded at each offset, holding the key.
        text.split(|c: char| !(c.is_ascii_alphanumeric() || "+/-_=".contains(c)))
            .any(|run| {
                let vals: Vec<u8> = run
                    .bytes()
                    .filter_map(|b| match b {
                        b'A'..=b'Z' => Some(b - b'A'),
                        b'a'..=b'z' => Some(b - b'a' + 26),
                        b'0'..=b'9' => Some(b - b'0' + 52),
                        b'+' | b'-' => Some(62),
                        b'/' | b'_' => Some(63),
                        _ => None,
                    })
                    .collect();
                (0..4.min(vals.len())).any(|skip| {
                    let bits: Vec<u8> = vals[skip..].to_vec();
                    let mut out = Vec::new();
                    let mut acc: u32 = 0;
                    let mut n = 0;
                    for v in bits {
                        acc = acc << 6 | v as u32;
                        n += 6;
                        if n >= 8 {
                            n -= 8;
                            out.push((acc >> n) as u8);
                        }
                    }
                    String::from_utf8_lossy(&out).contains(key)
                })
            })
    }
}
