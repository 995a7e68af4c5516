//! The document decoder on arbitrary bytes: never panics; on success the paragraphs are
//! ordered, within bounds, on char boundaries, trimmed and non-empty; on failure the message
//! is one line naming the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use passerelle::document::decode;

fuzz_target!(|data: &[u8]| {
    match decode("fuzz.txt", data) {
        Ok(doc) => {
            assert!(!doc.paragraphs.is_empty());
            let mut last = 0;
            for p in &doc.paragraphs {
                assert!(p.start >= last && p.start < p.end && p.end <= doc.text.len());
                assert!(doc.text.is_char_boundary(p.start) && doc.text.is_char_boundary(p.end));
                let t = &doc.text[p.clone()];
                assert_eq!(t, t.trim(), "paragraph not trimmed");
                last = p.end;
            }
            // Decoding is a pure function of the bytes.
            assert_eq!(decode("fuzz.txt", data).unwrap(), doc);
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(!msg.contains('\n'), "multi-line error: {msg:?}");
            assert!(
                msg.contains("fuzz.txt"),
                "error does not name the input: {msg:?}"
            );
        }
    }
});
