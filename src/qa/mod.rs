//! Quality checks on every aligned pair: numbers, untranslated or echoed text, glossary terms,
//! quotes, length ratio, placeholder and markup leaks. Findings travel in the segment's `qa`.
//!
//! Each check is a plain function of the French and the English returning one-line messages;
//! [`check_pair`] runs them all and tags each message with its check name. The checks aim at
//! the mistakes users report (numbers altered, echoed or truncated output, leaked tokens), and
//! stay quiet on ordinary sentences: they were tuned against real Apertium output of news text.

pub mod language;
mod numbers;
mod text;
pub mod typography;
pub mod unknown;

pub use crate::model::Check;
use crate::model::{Finding, TermCheck};

/// The names of the checks, as they appear in [`Finding::check`] and in JSON.
pub const CHECKS: &[&str] = &[
    "numbers",
    "untranslated",
    "glossary",
    "quotes",
    "length",
    "leak",
];

/// Runs every check on one French/English pair (`segment` is its 1-based id); `terms` is the
/// glossary verification of the pair.
pub fn check_pair(segment: usize, fr: &str, en: &str, terms: &[TermCheck]) -> Vec<Finding> {
    check_translation(segment, fr, en, terms, &[])
}

/// [`check_pair`] with the words the engine marked as unknown (see [`unknown::strip`]): each
/// one left in the English is an `untranslated` finding naming it.
pub fn check_translation(
    segment: usize,
    fr: &str,
    en: &str,
    terms: &[TermCheck],
    unknown: &[String],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut push = |check: Check, messages: Vec<String>| {
        out.extend(messages.into_iter().map(|message| Finding {
            segment,
            check,
            message,
        }))
    };
    if en.trim().is_empty() {
        if !fr.trim().is_empty() {
            push(Check::Untranslated, vec!["the translation is empty".into()]);
        }
        return out;
    }
    push(Check::Numbers, numbers::check(fr, en));
    push(Check::Untranslated, text::untranslated(fr, en, unknown));
    push(Check::Glossary, glossary(terms));
    push(Check::Quotes, text::quotes(fr, en));
    push(Check::Length, text::length(fr, en));
    push(Check::Leak, text::leaks(fr, en));
    out
}

/// The English as readers expect it, from an engine's raw output: numbers the engine copied
/// in a French format written the English way ([`localize_numbers`]), then English
/// quotation marks, titles and punctuation spacing ([`typography::english`]).
pub fn englishify(fr: &str, en: &str) -> String {
    typography::english(fr, &numbers::localize(fr, en))
}

/// `en` with the numbers the engine copied from `fr` in a French format English misreads
/// (`1,74`, `76.000`) written the English way (`1.74`, `76,000`); the pipeline applies it to
/// every translation before the checks run.
pub fn localize_numbers(fr: &str, en: &str) -> String {
    numbers::localize(fr, en)
}

/// The `glossary` check: one message per required term missing from the English.
fn glossary(terms: &[TermCheck]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in terms.iter().filter(|t| !t.found) {
        let msg = format!(
            "glossary term \"{}\" should be rendered \"{}\", which is missing from the English",
            t.fr, t.en
        );
        if !out.contains(&msg) {
            out.push(msg);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_names_are_the_json_strings() {
        for check in Check::ALL {
            let json = serde_json::to_string(&check).expect("serializes");
            assert_eq!(json, format!("\"{}\"", check.as_str()));
            assert_eq!(serde_json::from_str::<Check>(&json).ok(), Some(check));
        }
        assert_eq!(Check::ALL.map(Check::as_str), CHECKS);
        assert!(serde_json::from_str::<Check>("\"typo\"").is_err());
    }

    #[test]
    fn marked_unknown_words_are_findings() {
        let found = check_translation(
            2,
            "Il y a 3 milliards d'euros.",
            "There are 3 millardos of euros.",
            &[],
            &["millardos".to_string()],
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].check, Check::Untranslated);
        assert!(found[0].message.ends_with(": millardos"), "{found:?}");
    }

    fn checks(fr: &str, en: &str, terms: &[TermCheck]) -> Vec<String> {
        check_pair(3, fr, en, terms)
            .into_iter()
            .map(|f| f.check.to_string())
            .collect()
    }

    #[test]
    fn clean_pair_has_no_finding() {
        let fr = "Selon le New York Times, la Russie a aussi demandé une aide économique pour \
                  l'aider à surmonter les sanctions internationales.";
        let en = "According to the New York Times, Russia also asked for economic aid to help \
                  it overcome international sanctions.";
        assert!(check_pair(1, fr, en, &[]).is_empty());
    }

    #[test]
    fn findings_carry_segment_and_check_name() {
        let fr = "Le prix est de 283,82 € selon Pékin.";
        let en = "The price is €28.82 according to Peking.";
        let terms = [TermCheck {
            fr: "Pékin".into(),
            en: "Beijing".into(),
            found: false,
        }];
        let found = check_pair(7, fr, en, &terms);
        assert!(found.iter().all(|f| f.segment == 7));
        assert!(found.iter().all(|f| CHECKS.contains(&f.check.as_str())));
        assert_eq!(checks(fr, en, &terms), ["numbers", "glossary"]);
        assert_eq!(
            found[1].message,
            "glossary term \"Pékin\" should be rendered \"Beijing\", which is missing from the English"
        );
        assert!(found.iter().all(|f| !f.message.contains('\n')));
    }

    #[test]
    fn found_terms_do_not_fire() {
        let terms = [TermCheck {
            fr: "Pékin".into(),
            en: "Beijing".into(),
            found: true,
        }];
        assert!(checks("Pékin a refusé.", "Beijing refused.", &terms).is_empty());
    }

    #[test]
    fn arbitrary_text_never_panics_and_messages_stay_on_one_line() {
        const ALPHABET: &[char] = &[
            '1', '2', '0', '9', ' ', '\u{a0}', '\u{202f}', ',', '.', 'h', 'e', 'r', 'm', '<', '>',
            '/', '=', '⟦', '⟧', '"', '«', '»', '“', '(', ')', '[', 'é', 'ñ', '_', 'X', 'T', '*',
            'a', '-', '\n', '%', '€', 'é', '\u{301}', 'É',
        ];
        let mut rng = fastrand::Rng::with_seed(8);
        let text = |rng: &mut fastrand::Rng| -> String {
            let len = rng.usize(0..80);
            (0..len)
                .map(|_| ALPHABET[rng.usize(0..ALPHABET.len())])
                .collect()
        };
        for _ in 0..3000 {
            let (fr, en) = (text(&mut rng), text(&mut rng));
            for f in check_pair(1, &fr, &en, &[]) {
                assert!(!f.message.contains('\n'), "{fr:?} / {en:?}: {f:?}");
                assert!(CHECKS.contains(&f.check.as_str()));
            }
        }
        // Extremes: huge numbers, long digit runs, a lone marker at the end.
        let long = "9".repeat(500);
        for (fr, en) in [
            (long.as_str(), "9"),
            (
                "1,0000000000000000000000000000001",
                "1,0000000000000000000000000000001",
            ),
            ("à 14h", "<"),
            ("12 h", "12h"),
            ("«", "»"),
        ] {
            let _ = check_pair(1, fr, en, &[]);
        }
    }

    #[test]
    fn empty_translation_is_untranslated() {
        assert_eq!(checks("Il pleut.", "  ", &[]), ["untranslated"]);
        assert!(checks("", "", &[]).is_empty());
    }
}
