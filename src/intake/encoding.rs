//! Bytes → text for inputs that are not UTF-8: which encoding, and why.
//!
//! In order: an encoding forced with `--encoding`; a byte order mark (UTF-8, UTF-16: these
//! keep the decoding and the errors of [`crate::document`]); valid UTF-8; the charset the
//! server or the page declares (`Content-Type`, `<meta charset>`); else a guess by chardetng,
//! the detector Firefox uses, told the text is French. A guessed or declared single-byte
//! encoding is one of Windows-1252 (which the Encoding Standard also uses for ISO-8859-1) and
//! ISO-8859-15, told apart by the euro sign. NUL bytes, or control characters once decoded,
//! mean the input is not text, and it is refused as before.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// How the encoding of an input was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// `--encoding NAME`.
    Forced,
    /// A byte order mark.
    Bom,
    /// The bytes are valid UTF-8.
    Valid,
    /// The HTTP `Content-Type` header or the page's `<meta charset>`.
    Declared,
    /// Guessed from the bytes.
    Detected,
}

impl std::fmt::Display for How {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            How::Forced => "forced with --encoding",
            How::Bom => "byte order mark",
            How::Valid => "valid UTF-8",
            How::Declared => "declared",
            How::Detected => "detected",
        })
    }
}

/// The encoding an input was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detected {
    /// Its name as the Encoding Standard spells it (`UTF-8`, `windows-1252`, `ISO-8859-15`).
    pub name: &'static str,
    /// How it was chosen.
    pub how: How,
}

/// Finds the encoding `label` names (`latin1`, `cp1252`, `iso-8859-15`, `utf-8`, …).
pub fn for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// The encodings `--encoding` takes, for its error message.
pub const KNOWN: &str = "utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, iso-8859-15";

/// Decodes `bytes`: `forced` wins; then a BOM; valid UTF-8; `declared`; a guess. The error
/// is the one-line problem, without the input's name.
pub fn decode(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
    declared: Option<&'static Encoding>,
) -> Result<(String, Detected), String> {
    if let Some(enc) = forced {
        let bytes = match Encoding::for_bom(bytes) {
            Some((bom, len)) if bom == enc => &bytes[len..],
            _ => bytes,
        };
        let text = single(enc, bytes)?;
        return Ok((text, detected(enc, How::Forced)));
    }
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        let text = crate::document::decode_text(bytes)?;
        return Ok((text, detected(enc, How::Bom)));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        if !s.contains('\0') {
            return Ok((s.to_string(), detected(UTF_8, How::Valid)));
        }
    }
    if has_utf8_sequence(bytes) {
        // UTF-8 with a broken byte somewhere (a truncated or corrupted file): name the byte,
        // rather than read every accent of the rest as two Windows-1252 characters.
        return Err(crate::document::decode_text(bytes)
            .err()
            .unwrap_or_default());
    }
    if bytes.contains(&0) {
        // Binary, or UTF-16 without a BOM: the messages of `document`.
        return Err(crate::document::decode_text(bytes)
            .err()
            .unwrap_or_default());
    }
    if let Some(enc) = declared.filter(|e| *e != UTF_8 && *e != UTF_16LE && *e != UTF_16BE) {
        return Ok((single(enc, bytes)?, detected(enc, How::Declared)));
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(Some(b"fr"), chardetng::Utf8Detection::Deny);
    let enc = if guess == WINDOWS_1252 || guess.name().starts_with("ISO-8859") {
        latin(bytes)
    } else if declared == Some(UTF_8) || declared.is_none() {
        // Not Latin text: report it as UTF-8 would be (the byte where it fails).
        return Err(crate::document::decode_text(bytes)
            .err()
            .unwrap_or_default());
    } else {
        guess
    };
    Ok((single(enc, bytes)?, detected(enc, How::Detected)))
}

/// Whether `bytes` hold at least one well-formed multi-byte UTF-8 character (`é` as C3 A9),
/// which legacy French text practically never does.
fn has_utf8_sequence(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let len = match b {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => {
                i += 1;
                continue;
            }
        };
        if let Some(seq) = bytes.get(i..i + len) {
            if std::str::from_utf8(seq).is_ok() {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// Windows-1252, or ISO-8859-15 when the bytes have its euro sign (0xA4, `¤` in 1252, rare in
/// French) and none of the bytes 0x80–0x9F that 1252 uses for `€`, `œ`, quotes and dashes.
fn latin(bytes: &[u8]) -> &'static Encoding {
    let c1 = bytes.iter().any(|b| (0x80..0xA0).contains(b));
    if !c1 && bytes.contains(&0xA4) {
        encoding_rs::ISO_8859_15
    } else {
        WINDOWS_1252
    }
}

fn detected(enc: &'static Encoding, how: How) -> Detected {
    Detected {
        name: enc.name(),
        how,
    }
}

/// Decodes with `enc`; malformed bytes, NULs or control characters are an error.
fn single(enc: &'static Encoding, bytes: &[u8]) -> Result<String, String> {
    let Some(text) = enc.decode_without_bom_handling_and_without_replacement(bytes) else {
        return Err(format!("not valid {} text", enc.name()));
    };
    if let Some((i, c)) = text
        .char_indices()
        .find(|(_, c)| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0C'))
    {
        let what = if c == '\0' { "NUL" } else { "control" };
        return Err(format!(
            "binary data ({what} character at character {}); expected text",
            text[..i].chars().count()
        ));
    }
    Ok(text.into_owned())
}

/// The charset a page declares in its first 4 KiB (`<meta charset=…>`, or `http-equiv`
/// `Content-Type`), or a `Content-Type` header declares.
pub fn declared_in(head: &[u8]) -> Option<&'static Encoding> {
    let head = &head[..head.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"charset") {
        let mut j = from + i + 7;
        while lower.get(j).is_some_and(|b| b.is_ascii_whitespace()) {
            j += 1;
        }
        if lower.get(j) == Some(&b'=') {
            j += 1;
            while lower
                .get(j)
                .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
            {
                j += 1;
            }
            let len = lower[j..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
                .count();
            if let Some(enc) = Encoding::for_label(&lower[j..j + len]) {
                return Some(enc);
            }
        }
        from += i + 7;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FR: &str = "Le ministre a déclaré à l'Assemblée que la réforme « coûterait » 3 € \
                      par élève, une hausse de 12 % ; l'opposition s'y oppose. Où est-ce ?";

    #[test]
    fn windows_1252_is_detected_and_decoded() {
        let (bytes, _, _) = WINDOWS_1252.encode(FR);
        let (text, d) = decode(&bytes, None, None).unwrap();
        assert_eq!(text, FR);
        assert_eq!((d.name, d.how), ("windows-1252", How::Detected));
    }

    #[test]
    fn iso_8859_15_is_told_from_1252_by_the_euro_sign() {
        let plain = FR.replace(['«', '»'], "\"");
        let (bytes, _, _) = encoding_rs::ISO_8859_15.encode(&plain);
        assert!(bytes.contains(&0xA4));
        let (text, d) = decode(&bytes, None, None).unwrap();
        assert_eq!(text, plain);
        assert_eq!(d.name, "ISO-8859-15");
        // ISO-8859-1 without the euro sign reads the same as 1252.
        let no_euro = plain.replace('€', "euros");
        let (bytes, _, _) = WINDOWS_1252.encode(&no_euro);
        assert_eq!(decode(&bytes, None, None).unwrap().0, no_euro);
    }

    #[test]
    fn utf8_bom_and_forced() {
        let (text, d) = decode(FR.as_bytes(), None, Some(WINDOWS_1252)).unwrap();
        assert_eq!((text.as_str(), d.how), (FR, How::Valid));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend(FR.as_bytes());
        assert_eq!(decode(&bom, None, None).unwrap().1.how, How::Bom);
        // Forcing 1252 on UTF-8 bytes gives what the user asked for.
        let (text, d) = decode("é".as_bytes(), for_label("cp1252"), None).unwrap();
        assert_eq!((text.as_str(), d.how), ("Ã©", How::Forced));
        assert_eq!(for_label("latin1"), Some(WINDOWS_1252));
        assert_eq!(for_label("klingon"), None);
    }

    #[test]
    fn declared_charset_is_used_for_non_utf8_bytes() {
        let (bytes, _, _) = encoding_rs::ISO_8859_15.encode("Œuvre à 5 €");
        let (text, d) = decode(&bytes, None, Some(encoding_rs::ISO_8859_15)).unwrap();
        assert_eq!((text.as_str(), d.how), ("Œuvre à 5 €", How::Declared));
    }

    #[test]
    fn broken_utf8_is_still_named_not_read_as_latin() {
        let mut bytes = "Le président a parlé.".as_bytes().to_vec();
        bytes.insert(5, 0xFF);
        let err = decode(&bytes, None, None).unwrap_err();
        assert!(err.starts_with("invalid UTF-8 at byte 5"), "{err}");
    }

    #[test]
    fn binary_is_still_refused() {
        let err = decode(b"\x89PNG\r\n\x1a\n\x00\x00IHDR", None, None).unwrap_err();
        assert!(err.contains("binary data"), "{err}");
        let err = decode(b"abc\x01\x02\x03\xE9\xFF", None, None).unwrap_err();
        assert!(
            err.contains("binary data") || err.contains("invalid"),
            "{err}"
        );
    }

    #[test]
    fn meta_charset_is_found() {
        assert_eq!(
            declared_in(b"<meta charset=\"windows-1252\">"),
            Some(WINDOWS_1252)
        );
        assert_eq!(
            declared_in(
                b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-15\">"
            ),
            Some(encoding_rs::ISO_8859_15)
        );
        assert_eq!(declared_in(b"text/html; charset=utf-8"), Some(UTF_8));
        assert_eq!(declared_in(b"<p>charset</p>"), None);
    }
}
