//! Reading an input: bytes → text (UTF-8, UTF-8 BOM, UTF-16 LE/BE with BOM), the metadata header
//! (` date 2022-03`), and paragraphs (separated by blank lines). Owns nothing downstream:
//! no normalization, no sentence splitting.
//!
//! Line endings (LF, CRLF, CR) are kept as they are in [`Document::text`]; every offset the
//! later stages carry (paragraph ranges, segment spans) indexes that text.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::Error;

/// A decoded input article.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Display name: the path as given, or `<stdin>`.
    pub name: String,
    /// The decoded text (UTF-8, BOM removed, line endings untouched). Spans index into it.
    pub text: String,
    /// Metadata parsed from the header.
    pub metadata: Metadata,
    /// Byte ranges of the paragraphs' text in [`Document::text`], in order, metadata excluded,
    /// each trimmed of surrounding whitespace and never empty.
    pub paragraphs: Vec<Range<usize>>,
    /// How the input encoded [`Document::text`]: what [`Document::input_spans`] maps offsets
    /// back through.
    pub encoding: Encoding,
}

/// The encoding an input's text was read from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without a BOM: offsets in the text are offsets in the input.
    #[default]
    Utf8,
    /// UTF-8 after a 3-byte BOM.
    Utf8Bom,
    /// UTF-16 (either byte order) after a 2-byte BOM.
    Utf16,
}

impl Document {
    /// The byte ranges in the *input* (as read from the file, BOM and encoding included) of
    /// `spans`, byte ranges in [`Document::text`]: what the JSON `span` reports, so that
    /// `input[span]` is the sentence in every encoding. One pass over the text however many
    /// spans there are.
    pub fn input_spans(&self, spans: &[Range<usize>]) -> Vec<[usize; 2]> {
        match self.encoding {
            Encoding::Utf8 => spans.iter().map(|s| [s.start, s.end]).collect(),
            Encoding::Utf8Bom => spans.iter().map(|s| [s.start + 3, s.end + 3]).collect(),
            Encoding::Utf16 => {
                let mut points: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
                points.sort_unstable();
                points.dedup();
                // UTF-16 offset of each point: 2 (the BOM) + 2 bytes per unit before it.
                let mut mapped = Vec::with_capacity(points.len());
                let mut units = 0usize;
                let mut next = points.iter().peekable();
                for (at, c) in self.text.char_indices().chain([(self.text.len(), '\0')]) {
                    while next.peek().is_some_and(|&&p| p <= at) {
                        next.next();
                        mapped.push(2 + 2 * units);
                    }
                    units += c.len_utf16();
                }
                let find = |p: usize| {
                    points
                        .binary_search(&p)
                        .ok()
                        .and_then(|i| mapped.get(i).copied())
                        .unwrap_or(p)
                };
                spans.iter().map(|s| [find(s.start), find(s.end)]).collect()
            }
        }
    }
}

/// What is known about an article besides its text: the ` date ` header of a text file, or
/// what an HTML page, a feed item or a URL says. JSON `metadata`: each field is written only
/// when known (design §3: fields are added, never renamed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// Publication date as written (`2022-03`, or an HTML page's `2024-05-14T08:30:00+02:00`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The article's title (an HTML page's headline, a feed item's title).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The article's author or authors, as the page names them (`Marie Dupont, Luc Martin`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The URL the article was fetched from (after redirects), or its feed item's link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Decodes `bytes` read from `name` into a [`Document`].
///
/// Accepts UTF-8 (with or without a BOM) and UTF-16 LE/BE with a BOM. Fails with
/// [`Error::Input`] on invalid UTF-8 or UTF-16 (naming the byte offset in `bytes`), on NUL
/// bytes (a binary file), and on input with no text (empty, whitespace only, or a metadata
/// header alone).
pub fn decode(name: &str, bytes: &[u8]) -> Result<Document, Error> {
    let fail = |message: String| Error::Input {
        path: name.to_string(),
        message,
    };
    let text = decode_text(bytes).map_err(fail)?;
    let encoding = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        Encoding::Utf8Bom
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        Encoding::Utf16
    } else {
        Encoding::Utf8
    };
    let (metadata, body_start) = parse_metadata(&text);
    let paragraphs = split_paragraphs(&text, body_start);
    if paragraphs.is_empty() {
        let what = if metadata.date.is_none() {
            "empty input (no text to translate)"
        } else {
            "no text after the metadata header"
        };
        return Err(fail(what.to_string()));
    }
    Ok(Document {
        name: name.to_string(),
        text,
        metadata,
        paragraphs,
        encoding,
    })
}

/// A document made of paragraphs already found (an HTML page's article): the text is the
/// paragraphs separated by blank lines, and `metadata` is kept as given (no header is parsed).
/// No paragraph with text is an error naming `name`.
pub fn from_paragraphs<S: AsRef<str>>(
    name: &str,
    paragraphs: &[S],
    metadata: Metadata,
) -> Result<Document, Error> {
    let mut text = String::new();
    let mut ranges = Vec::new();
    for p in paragraphs {
        let p = p.as_ref().trim();
        if is_blank(p) {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        // A paragraph is one line: line breaks inside it would split it again.
        let start = text.len();
        text.extend(
            p.chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
        );
        ranges.push(start..text.len());
    }
    if ranges.is_empty() {
        return Err(Error::Input {
            path: name.to_string(),
            message: "no text to translate".into(),
        });
    }
    text.push('\n');
    Ok(Document {
        name: name.to_string(),
        text,
        metadata,
        paragraphs: ranges,
        encoding: Encoding::Utf8,
    })
}

/// How an input's bytes are to be read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// Plain text: paragraphs separated by blank lines.
    #[default]
    Text,
    /// An HTML page: its article's paragraphs and metadata (see [`crate::intake::html`]).
    Html,
}

/// Default of the input size limit (`--max-input-size`, [`crate::intake::Options`]): 100 MB.
pub const DEFAULT_MAX_INPUT_BYTES: u64 = 100_000_000;

/// The message of an input past the size limit `limit`.
pub fn too_large(limit: u64) -> String {
    format!("larger than the input size limit of {limit} bytes (--max-input-size)")
}

/// Reads the file at `path` (named `label` in errors) with [`read_limited`], at most `limit`
/// bytes. A directory is refused by name.
pub fn read_file(path: &std::path::Path, label: &str, limit: u64) -> Result<Vec<u8>, Error> {
    let fail = |message: String| Error::Input {
        path: label.to_string(),
        message,
    };
    if path.is_dir() {
        return Err(fail("is a directory, expected a file".into()));
    }
    let mut file = std::fs::File::open(path).map_err(|e| fail(crate::error::io_message(&e)))?;
    read_limited(&mut file, label, limit)
}

/// Reads `reader` in chunks, stopping early at what can only be refused, so that
/// `translate /dev/zero` or an endless pipe fails at once instead of filling memory:
///
/// - past `limit` bytes: an input error naming the limit;
/// - at a NUL byte in input without a UTF-16 BOM: what has been read (at least the first
///   4 KiB, which [`decode`] looks at to tell UTF-16 without a BOM from binary data, rounded
///   to an even length) is returned, and decoding fails on it with the usual message.
pub fn read_limited(
    reader: &mut dyn std::io::Read,
    label: &str,
    limit: u64,
) -> Result<Vec<u8>, Error> {
    const CHUNK: usize = 64 * 1024;
    const HEAD: usize = 4096;
    let mut out: Vec<u8> = Vec::new();
    let mut nul: Option<usize> = None;
    let mut chunk = vec![0u8; CHUNK];
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => return Ok(out),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(Error::Input {
                    path: label.to_string(),
                    message: crate::error::io_message(&e),
                })
            }
        };
        let start = out.len();
        out.extend_from_slice(&chunk[..n]);
        if out.len() as u64 > limit {
            return Err(Error::Input {
                path: label.to_string(),
                message: too_large(limit),
            });
        }
        let utf16 = out.starts_with(&[0xFF, 0xFE]) || out.starts_with(&[0xFE, 0xFF]);
        if nul.is_none() && !utf16 {
            nul = out[start..].iter().position(|&b| b == 0).map(|i| start + i);
        }
        if let Some(at) = nul {
            let keep = (at + 1).max(HEAD);
            if out.len() >= keep {
                out.truncate((keep + 1) & !1);
                return Ok(out);
            }
        }
    }
}

/// Bytes → text, BOM removed. The error is the one-line problem, without the file name.
pub(crate) fn decode_text(bytes: &[u8]) -> Result<String, String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8(rest, 3);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes, "UTF-16LE");
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes, "UTF-16BE");
    }
    decode_utf8(bytes, 0)
}

/// UTF-8 without BOM; `base` is the BOM length, so offsets name bytes of the original input.
fn decode_utf8(bytes: &[u8], base: usize) -> Result<String, String> {
    if let Some(i) = bytes.iter().position(|&b| b == 0) {
        if let Some(endian) = utf16_without_bom(bytes) {
            return Err(format!(
                "looks like UTF-16{endian} without a BOM (NUL byte at byte {}); convert it: \
                 iconv -f utf-16{} -t utf-8",
                base + i,
                endian.to_lowercase()
            ));
        }
        return Err(format!(
            "binary data (NUL byte at byte {}); expected UTF-8 text, or UTF-16 with a BOM",
            base + i
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => Err(format!(
            "invalid UTF-8 at byte {} (if it is Latin-1, convert it: iconv -f latin1 -t utf-8)",
            base + e.valid_up_to()
        )),
    }
}

/// `Some("LE")` or `Some("BE")` when `bytes` look like UTF-16 text without a BOM: an even
/// length, and NUL bytes in nearly every odd (LE) or even (BE) position of the first 4 KiB.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = head.len() / 2;
    let even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd * 10 >= pairs * 9 && even * 10 < pairs {
        Some("LE")
    } else if even * 10 >= pairs * 9 && odd * 10 < pairs {
        Some("BE")
    } else {
        None
    }
}

/// UTF-16 after its 2-byte BOM. Offsets in errors count the BOM.
fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, label: &str) -> Result<String, String> {
    if !bytes.len().is_multiple_of(2) {
        return Err(format!(
            "invalid {label}: odd number of bytes ({}), truncated input",
            bytes.len() + 2
        ));
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut text = String::with_capacity(bytes.len() / 2 * 3 / 2);
    for r in char::decode_utf16(units) {
        // Offsets are recomputed from the text so far: errors are rare, decoding stays linear.
        match r {
            Ok('\0') => {
                return Err(format!(
                    "binary data (NUL character at byte {})",
                    2 + utf16_offset(&text)
                ))
            }
            Ok(c) => text.push(c),
            Err(_) => {
                return Err(format!(
                    "invalid {label} at byte {} (unpaired surrogate)",
                    2 + utf16_offset(&text)
                ));
            }
        }
    }
    Ok(text)
}

/// Byte length of `s` once encoded in UTF-16.
fn utf16_offset(s: &str) -> usize {
    s.chars().map(|c| c.len_utf16() * 2).sum()
}

/// Parses a leading `date VALUE` header. Returns the metadata and the byte offset where the
/// article's text starts (after the header and the spaces that follow it).
///
/// The header is the first word `date` (any case, optionally followed by `:`), then a value
/// made of digits and `-`, `/` or `.` holding at least four digits (`2022-03`, `14/03/2022`).
/// It may share its line with the first sentence, as in the sample article.
fn parse_metadata(text: &str) -> (Metadata, usize) {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let Some(keyword) = rest.get(..4) else {
        return (Metadata::default(), 0);
    };
    if !keyword.eq_ignore_ascii_case("date") {
        return (Metadata::default(), 0);
    }
    let mut after = &rest[4..];
    after = after.strip_prefix(':').unwrap_or(after);
    let trimmed = after.trim_start_matches([' ', '\t', '\u{a0}']);
    if trimmed.len() == after.len() && !rest[4..].starts_with(':') {
        // `dater`, `datent`…: a French word, not a header.
        return (Metadata::default(), 0);
    }
    let value_len = trimmed
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '/' | '.')))
        .unwrap_or(trimmed.len());
    let value = trimmed[..value_len].trim_end_matches(['.', '-', '/']);
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    let ends_word = trimmed[value_len..]
        .chars()
        .next()
        .is_none_or(char::is_whitespace);
    if digits < 4 || !ends_word || value.len() != value_len {
        return (Metadata::default(), 0);
    }
    let value_end = text.len() - trimmed.len() + value_len;
    let body = text[value_end..].trim_start();
    (
        Metadata {
            date: Some(value.to_string()),
            ..Metadata::default()
        },
        text.len() - body.len(),
    )
}

/// Paragraph ranges of `text[start..]`: separated by lines holding only whitespace, trimmed,
/// never empty. Works for LF, CRLF and CR line endings.
fn split_paragraphs(text: &str, start: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut para_start: Option<usize> = None;
    let mut para_end = start;
    let mut pos = start;
    let bytes = text.as_bytes();
    while pos < text.len() {
        // One line: [pos, line_end), then its terminator.
        let line_end = memchr_newline(&bytes[pos..]).map_or(text.len(), |i| pos + i);
        let line = &text[pos..line_end];
        let content = line.trim();
        if is_blank(content) {
            if let Some(s) = para_start.take() {
                out.push(s..para_end);
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if para_start.is_none() {
                para_start = Some(pos + lead);
            }
            para_end = pos + lead + content.len();
        }
        pos = line_end;
        match bytes.get(pos) {
            Some(b'\r') if bytes.get(pos + 1) == Some(&b'\n') => pos += 2,
            Some(b'\r' | b'\n') => pos += 1,
            _ => {}
        }
    }
    if let Some(s) = para_start {
        out.push(s..para_end);
    }
    out
}

/// Whether a line holds nothing to translate: whitespace and invisible characters only (zero
/// width space, a BOM inside the text, word joiner, soft hyphen: what normalization removes).
fn is_blank(line: &str) -> bool {
    line.chars().all(|c| {
        c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}')
    })
}

/// Position of the first `\n` or `\r`.
fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n' || b == b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(doc: &Document) -> Vec<&str> {
        doc.paragraphs
            .iter()
            .map(|r| &doc.text[r.clone()])
            .collect()
    }

    fn input_error(bytes: &[u8]) -> String {
        match decode("a.txt", bytes) {
            Err(e @ Error::Input { .. }) => e.to_string(),
            other => panic!("expected an input error, got {other:?}"),
        }
    }

    #[test]
    fn random_bytes_decode_or_fail_cleanly() {
        let pieces: [&[u8]; 12] = [
            b"\xEF\xBB\xBF",
            b"\xFF\xFE",
            b"\xFE\xFF",
            b"\x00",
            b"\xC3\xA9",
            b"\xC3",
            b"date ",
            b"2022-03",
            b" ",
            b"\r\n",
            b"\n\n",
            b"Texte.",
        ];
        let mut rng = fastrand::Rng::with_seed(3);
        for _ in 0..3000 {
            let n = rng.usize(0..12);
            let bytes: Vec<u8> = (0..n)
                .flat_map(|_| pieces[rng.usize(..pieces.len())].iter().copied())
                .collect();
            match decode("r", &bytes) {
                Ok(doc) => {
                    assert!(!doc.paragraphs.is_empty());
                    for p in &doc.paragraphs {
                        let t = &doc.text[p.clone()];
                        assert!(!t.is_empty() && t == t.trim(), "{bytes:?}");
                    }
                }
                Err(Error::Input { path, message }) => {
                    assert_eq!(path, "r");
                    assert!(!message.contains('\n'));
                }
                Err(e) => panic!("unexpected error {e}"),
            }
        }
    }

    #[test]
    fn plain_utf8() {
        let doc = decode("a.txt", "Il était une fois.\n".as_bytes()).unwrap();
        assert_eq!(doc.text, "Il était une fois.\n");
        assert_eq!(paras(&doc), ["Il était une fois."]);
        assert_eq!(doc.metadata, Metadata::default());
    }

    #[test]
    fn utf8_bom_is_removed_and_offsets_index_the_text() {
        let doc = decode("a.txt", b"\xEF\xBB\xBFBonjour.").unwrap();
        assert_eq!(doc.text, "Bonjour.");
        assert_eq!(doc.paragraphs, vec![0..8]);
    }

    fn utf16(s: &str, le: bool) -> Vec<u8> {
        let mut out = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in s.encode_utf16() {
            out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        out
    }

    #[test]
    fn utf16_le_and_be_with_bom() {
        let s = "Élysée : « Ça va ». 🇫🇷\n";
        assert_eq!(decode("a", &utf16(s, true)).unwrap().text, s);
        assert_eq!(decode("a", &utf16(s, false)).unwrap().text, s);
    }

    #[test]
    fn utf16_errors_name_the_byte() {
        let mut bytes = utf16("ab", true);
        bytes.extend([0x00, 0xD8]); // lone high surrogate at byte 6
        bytes.extend(utf16("c", true).split_off(2));
        assert_eq!(
            input_error(&bytes),
            "a.txt: invalid UTF-16LE at byte 6 (unpaired surrogate)"
        );
        let mut odd = utf16("ab", false);
        odd.push(0x41);
        assert!(input_error(&odd).contains("odd number of bytes"));
    }

    #[test]
    fn invalid_utf8_names_the_byte_offset() {
        assert_eq!(
            input_error(b"Caf\xC3\xA9 cr\xE9me."),
            "a.txt: invalid UTF-8 at byte 8 (if it is Latin-1, convert it: iconv -f latin1 -t utf-8)"
        );
        // With a BOM the offset still counts bytes of the input.
        assert!(input_error(b"\xEF\xBB\xBFab\xFF").starts_with("a.txt: invalid UTF-8 at byte 5 "));
    }

    #[test]
    fn empty_and_whitespace_only_are_errors() {
        assert!(input_error(b"").contains("empty input"));
        assert!(input_error(b"  \n\r\n\t \xC2\xA0\n").contains("empty input"));
        assert!(input_error(b"\xEF\xBB\xBF").contains("empty input"));
        assert!(input_error(b" date 2022-03 \n").contains("no text after the metadata"));
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(
            input_error(b"\x89PNG\r\n\x1a\n\x00\x00"),
            "a.txt: binary data (NUL byte at byte 8); expected UTF-8 text, or UTF-16 with a BOM"
        );
        assert!(input_error(&utf16("a\0b", true)).contains("NUL character at byte 4"));
    }

    #[test]
    fn crlf_and_cr_line_endings() {
        for nl in ["\r\n", "\r", "\n"] {
            let text = format!("Titre{nl}Une phrase.{nl}{nl}Deuxième{nl}paragraphe.{nl}");
            let doc = decode("a", text.as_bytes()).unwrap();
            assert_eq!(
                paras(&doc),
                [
                    format!("Titre{nl}Une phrase."),
                    format!("Deuxième{nl}paragraphe.")
                ],
                "line ending {nl:?}"
            );
        }
        // Blank lines holding spaces still separate paragraphs.
        let doc = decode("a", b"Un.\r\n  \t\r\nDeux.").unwrap();
        assert_eq!(paras(&doc), ["Un.", "Deux."]);
    }

    #[test]
    fn metadata_on_the_first_sentence_line() {
        let doc = decode(
            "a",
            " date 2022-03 The Financial Times dit.\n\nSuite.".as_bytes(),
        )
        .unwrap();
        assert_eq!(doc.metadata.date.as_deref(), Some("2022-03"));
        assert_eq!(paras(&doc), ["The Financial Times dit.", "Suite."]);
    }

    #[test]
    fn metadata_on_its_own_line() {
        let doc = decode("a", b"date: 14/03/2022\r\n\r\nLe texte.").unwrap();
        assert_eq!(doc.metadata.date.as_deref(), Some("14/03/2022"));
        assert_eq!(paras(&doc), ["Le texte."]);
        let doc = decode("a", b"DATE 2022-03-14\nLe texte.").unwrap();
        assert_eq!(doc.metadata.date.as_deref(), Some("2022-03-14"));
        assert_eq!(paras(&doc), ["Le texte."]);
    }

    #[test]
    fn text_that_merely_starts_with_date_is_not_metadata() {
        for text in [
            "Date limite : le 3 mars.",
            "Dater un fossile est difficile.",
            "date 12 mars, rien.",
            "date 2022abc suite.",
        ] {
            let doc = decode("a", text.as_bytes()).unwrap();
            assert_eq!(doc.metadata.date, None, "{text}");
            assert_eq!(paras(&doc), [text]);
        }
    }

    #[test]
    fn utf16_without_bom_is_named_as_such() {
        let le: Vec<u8> = "Le président a parlé."
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let msg = input_error(&le);
        assert!(msg.contains("UTF-16LE without a BOM"), "{msg}");
        let be: Vec<u8> = "Le président a parlé."
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert!(input_error(&be).contains("UTF-16BE without a BOM"));
        // Binary data with scattered NULs stays binary.
        assert!(input_error(b"\x7fELF\x02\x01\x01\0\0\0\0\0").contains("binary data"));
    }

    #[test]
    fn a_directory_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().display().to_string();
        let err = read_file(dir.path(), &p, DEFAULT_MAX_INPUT_BYTES)
            .unwrap_err()
            .to_string();
        assert!(err.contains(&p) && err.contains("is a directory"), "{err}");
    }

    #[test]
    fn invisible_characters_alone_are_no_text() {
        // Found by the segment fuzz target: a BOM between spaces gave an empty segment.
        let msg = input_error(b" \xEF\xBB\xBF ");
        assert!(msg.contains("empty input"), "{msg}");
        let doc = decode("a", "Un.\n\u{200B}\u{00AD}\n\nDeux.".as_bytes()).unwrap();
        assert_eq!(paras(&doc), ["Un.", "Deux."]);
    }
}
