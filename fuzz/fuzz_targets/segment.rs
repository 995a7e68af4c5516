//! The segmenter on any decodable input: segments come in order, numbered 1.., within their
//! paragraph, on char boundaries, never empty, and together cover every non-space character
//! of every paragraph (nothing visible is dropped between two segments; a stray BOM or
//! zero-width space may be).
#![no_main]

use libfuzzer_sys::fuzz_target;
use passerelle::document::decode;
use passerelle::segment::{segment_document, split_sentences};

/// Nothing visible: whitespace and the invisible characters normalization removes anyway.
fn blank(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}')
    })
}

fuzz_target!(|data: &[u8]| {
    // The sentence splitter alone, on any string.
    if let Ok(s) = std::str::from_utf8(data) {
        let mut last = 0;
        for r in split_sentences(s) {
            assert!(
                r.start >= last && r.start < r.end && r.end <= s.len(),
                "{r:?}"
            );
            assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
            last = r.end;
        }
    }
    let Ok(doc) = decode("fuzz.txt", data) else {
        return;
    };
    let segs = segment_document(&doc);
    let mut last = 0;
    let mut k = 0;
    for (p, range) in doc.paragraphs.iter().enumerate() {
        let mut covered = range.start;
        while k < segs.len() && segs[k].paragraph == p + 1 {
            let s = &segs[k];
            assert_eq!(s.id, k + 1);
            assert!(s.span.start >= last, "segments out of order");
            assert!(
                s.span.start >= range.start && s.span.end <= range.end,
                "span outside paragraph"
            );
            assert!(s.span.start < s.span.end, "empty span");
            assert!(
                doc.text.is_char_boundary(s.span.start) && doc.text.is_char_boundary(s.span.end)
            );
            assert!(!s.text.trim().is_empty(), "empty segment text");
            let gap = &doc.text[covered..s.span.start];
            assert!(blank(gap), "text dropped between segments: {gap:?}");
            covered = s.span.end;
            last = s.span.end;
            k += 1;
        }
        let tail = &doc.text[covered..range.end];
        assert!(blank(tail), "text dropped at paragraph end: {tail:?}");
    }
    assert_eq!(
        k,
        segs.len(),
        "segment with a paragraph number out of range"
    );
});
