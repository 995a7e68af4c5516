//! The QA checks and the number rewriting on any French/English pair: no panic; every
//! finding is one line tagged with a known check; rewriting the numbers changes nothing but
//! numbers (digits, their separators and the spaces inside them).
//!
//! Not an invariant: rewriting twice. A French text holding both `2,200` (2.2) and `2.200`
//! (2200) rewrites an echo correctly once (`2.200`, `2,200`), and a second pass, which no
//! longer knows which English number came from which French one, swaps them back (fuzz
//! finding ed5709b4, kept as the unit test `numbers_in_both_french_formats_are_each_rewritten`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use passerelle::qa::{check_pair, localize_numbers, CHECKS};

/// The text without digits, number separators and spaces.
fn words_only(s: &str) -> String {
    s.chars()
        .filter(|c| !(c.is_ascii_digit() || matches!(c, '.' | ',') || c.is_whitespace()))
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    // Layout: `french NUL english` (no NUL: the English is the French echoed).
    let (fr, en) = s.split_once('\0').unwrap_or((s, s));
    for finding in check_pair(1, fr, en, &[]) {
        assert!(CHECKS.contains(&finding.check.as_str()), "{finding:?}");
        assert!(!finding.message.contains('\n'), "{finding:?}");
    }
    let localized = localize_numbers(fr, en);
    assert_eq!(words_only(&localized), words_only(en), "{en:?} → {localized:?}");
    let _ = check_pair(1, fr, &localized, &[]);
});
