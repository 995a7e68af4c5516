//! Helpers shared by the XML exports ([`super::tmx`], [`super::xliff`]).

/// `text` with the characters XML 1.0 forbids (C0 controls other than tab, line feed and
/// carriage return, lone surrogates cannot occur in Rust strings, U+FFFE and U+FFFF) replaced
/// by U+FFFD, so that any article produces a well-formed document.
pub fn xml_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
    };
    if text.chars().any(bad) {
        text.chars()
            .map(|c| if bad(c) { '\u{FFFD}' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_forbidden_controls_only() {
        assert_eq!(xml_safe("a\u{1}b\tc\nd"), "a\u{FFFD}b\tc\nd");
        assert!(matches!(xml_safe("plain"), std::borrow::Cow::Borrowed(_)));
    }
}
