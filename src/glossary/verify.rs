//! Checking that every glossary term of a segment came through in its translation, and the
//! one-line summary `passerelle translate` prints on stderr.
//!
//! A term is found when its English (without a leading `the`) occurs in the translation on a
//! word boundary: case-sensitively for names and capitalized renderings (all capitals also
//! accepted), in any case for lowercase ones; accents and typographic apostrophes are
//! normalized, and an English plural or possessive ending (`advisers`, `Beijing's`) counts.

use super::matcher::fold;
use super::{inflect, Glossary, Hit};
use crate::model::{AlignedDocument, TermCheck};

/// One [`TermCheck`] per distinct entry hit in the segment: is its English in `translation`?
pub fn verify(glossary: &Glossary, hits: &[Hit], translation: &str) -> Vec<TermCheck> {
    let mut out: Vec<(usize, TermCheck)> = Vec::new();
    for h in hits {
        let Some(e) = glossary.entries.get(h.entry) else {
            continue;
        };
        let wanted = inflect::english_for(e, h.form, &e.fr);
        let found = contains_term(translation, &wanted) || contains_term(translation, &e.en);
        match out.iter_mut().find(|(i, _)| *i == h.entry) {
            Some((_, check)) => check.found &= found,
            None => out.push((
                h.entry,
                TermCheck {
                    fr: e.fr.clone(),
                    en: e.en.clone(),
                    found,
                },
            )),
        }
    }
    out.into_iter().map(|(_, c)| c).collect()
}

/// Whether `en` (a glossary rendering) occurs in `translation` (see the module note).
pub fn contains_term(translation: &str, en: &str) -> bool {
    let core = en
        .get(..4)
        .filter(|s| s.eq_ignore_ascii_case("the "))
        .map_or(en, |_| &en[4..])
        .trim();
    if core.is_empty() {
        return true;
    }
    let cased = core.chars().any(char::is_uppercase);
    // Trimmed after folding: a leading or trailing hyphen folds to a space (glossary fuzz
    // finding 7fe41569: `-cP…` after `03 ` was looked for as ` cP…` after `03`).
    let needle = fold(core, !cased, true).text.trim().to_string();
    if needle.is_empty() {
        return true;
    }
    let hay = fold(translation, !cased, true).text;
    if occurs(&hay, &needle) {
        return true;
    }
    // A cased rendering may stand capitalized at the start of a sentence (`cPékin` → `CPékin`),
    // or all in capitals.
    let mut chars = needle.chars();
    let capitalized: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect();
    cased && (occurs(&hay, &capitalized) || occurs(&hay, &needle.to_uppercase()))
}

fn occurs(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, m)| {
        let before = hay[..i].chars().next_back();
        if before.is_some_and(char::is_alphanumeric) {
            return false;
        }
        let rest = &hay[i + m.len()..];
        let rest = rest
            .strip_prefix("es")
            .or_else(|| rest.strip_prefix('s'))
            .filter(|r| !r.starts_with(char::is_alphanumeric))
            .unwrap_or(rest);
        !rest.starts_with(char::is_alphanumeric)
    })
}

/// Term counts of a translated document: `(terms, rendered)`.
pub fn counts(doc: &AlignedDocument) -> (usize, usize) {
    doc.segments
        .iter()
        .flat_map(|s| s.glossary.iter())
        .fold((0, 0), |(n, ok), c| (n + 1, ok + usize::from(c.found)))
}

/// The one-line stderr summary of a translated document: `glossary: 23 terms, 23 rendered`,
/// followed by the first missing terms when some did not come through
/// (`; missing: Pékin → Beijing (segment 7)`).
pub fn summary(doc: &AlignedDocument) -> String {
    let (n, ok) = counts(doc);
    let mut line = format!(
        "glossary: {n} term{}, {ok} rendered",
        if n == 1 { "" } else { "s" }
    );
    let missing: Vec<String> = doc
        .segments
        .iter()
        .flat_map(|s| {
            s.glossary
                .iter()
                .filter(|c| !c.found)
                .map(move |c| format!("{} → {} (segment {})", c.fr, c.en, s.id))
        })
        .collect();
    if !missing.is_empty() {
        line.push_str("; missing: ");
        line.push_str(
            &missing
                .iter()
                .take(3)
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
        );
        if missing.len() > 3 {
            line.push_str(&format!(" and {} more", missing.len() - 3));
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::{matcher, Entry};
    use crate::model::AlignedSegment;

    fn entry(fr: &str, en: &str, kind: &str) -> Entry {
        Entry::new(fr, en, kind, "t:1")
    }

    #[test]
    fn an_english_opening_with_a_hyphen_is_found_after_a_word() {
        // Glossary fuzz finding 7fe41569.
        assert!(contains_term(
            "score 03 -cPaison Blanche",
            "-cPaison Blanche"
        ));
        assert!(contains_term("Le -x- mot", "-x-"));
        assert!(!contains_term(
            "score 03cPaison Blanche",
            "-cPaison Blanche"
        ));
    }

    fn glossary() -> Glossary {
        Glossary::from_entries(vec![
            entry("Pékin", "Beijing", "place"),
            entry("États-Unis", "the United States", "place"),
            entry(
                "conseiller à la sécurité nationale",
                "national security adviser",
                "title",
            ),
            entry("porte-parole", "spokesperson", "title"),
        ])
    }

    #[test]
    fn flags_a_term_that_did_not_survive() {
        let g = glossary();
        let fr = "Pékin et les États-Unis";
        let hits = matcher::find(&g, fr);
        let checks = verify(&g, &hits, "Peking and the United States");
        assert_eq!(
            checks,
            [
                TermCheck {
                    fr: "Pékin".into(),
                    en: "Beijing".into(),
                    found: false
                },
                TermCheck {
                    fr: "États-Unis".into(),
                    en: "the United States".into(),
                    found: true
                }
            ]
        );
    }

    #[test]
    fn matching_rules_of_the_english() {
        assert!(contains_term("Beijing's support", "Beijing"));
        assert!(contains_term("BEIJING SAID", "Beijing"));
        assert!(!contains_term("beijing said", "Beijing"));
        assert!(!contains_term("Beijingers", "Beijing"));
        assert!(contains_term(
            "United States officials",
            "the United States"
        ));
        assert!(contains_term(
            "National security adviser Jake",
            "national security adviser"
        ));
        assert!(contains_term(
            "two national security advisers",
            "national security adviser"
        ));
        assert!(!contains_term("spokesman", "spokesperson"));
    }

    #[test]
    fn plural_hits_accept_the_english_plural() {
        let g = glossary();
        let fr = "les porte-paroles";
        let hits = matcher::find(&g, fr);
        let checks = verify(&g, &hits, "the spokespeople");
        assert!(checks[0].found);
    }

    #[test]
    fn one_check_per_entry_and_summary_line() {
        let g = glossary();
        let fr = "Pékin, Pékin et Pékin";
        let hits = matcher::find(&g, fr);
        assert_eq!(hits.len(), 3);
        let checks = verify(&g, &hits, "Beijing, Beijing and Peking");
        assert_eq!(checks.len(), 1);
        let seg = |id, glossary| AlignedSegment {
            id,
            paragraph: 1,
            span: [0, 1],
            fr: String::new(),
            en: String::new(),
            glossary,
            qa: Vec::new(),
        };
        let doc = AlignedDocument {
            source: "a".into(),
            metadata: Default::default(),
            backend: crate::translate::BackendInfo {
                name: "x".into(),
                kind: "x".into(),
                detail: String::new(),
            },
            segments: vec![
                seg(1, verify(&g, &matcher::find(&g, "Pékin"), "Beijing")),
                seg(2, verify(&g, &matcher::find(&g, "Pékin"), "Peking")),
            ],
        };
        assert_eq!(counts(&doc), (2, 1));
        assert_eq!(
            summary(&doc),
            "glossary: 2 terms, 1 rendered; missing: Pékin → Beijing (segment 2)"
        );
    }

    /// A test translator that runs the real `apertium -u fr-es | apertium -u spa-eng` chain
    /// with the placeholder strategy (the shipped Apertium backend lands separately).
    #[derive(Debug)]
    struct RealApertium;

    #[async_trait::async_trait]
    impl crate::translate::Translator for RealApertium {
        fn info(&self) -> crate::translate::BackendInfo {
            crate::translate::BackendInfo {
                name: "apertium-test".into(),
                kind: "apertium".into(),
                detail: "fr-es → spa-eng".into(),
            }
        }

        fn capabilities(&self) -> crate::translate::Capabilities {
            crate::translate::Capabilities {
                glossary: crate::translate::GlossaryStrategy::Placeholder,
                max_batch_texts: 100,
                max_batch_bytes: 100_000,
                default_concurrency: 1,
            }
        }

        async fn translate(
            &self,
            batch: &crate::translate::Batch,
        ) -> Result<Vec<String>, crate::translate::TranslateError> {
            use std::io::Write;
            use std::process::{Command, Stdio};
            let mut text: String = batch
                .texts
                .iter()
                .map(|t| format!("{}\n", t.replace('\n', " ")))
                .collect();
            for mode in ["fr-es", "spa-eng"] {
                let mut child = Command::new("apertium")
                    .args(["-u", mode])
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .spawn()
                    .map_err(|e| {
                        crate::translate::TranslateError::failed("apertium", e.to_string())
                    })?;
                let mut stdin = child.stdin.take().expect("piped stdin");
                let input = text.clone();
                let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
                let out = child.wait_with_output().map_err(|e| {
                    crate::translate::TranslateError::failed("apertium", e.to_string())
                })?;
                let _ = writer.join();
                text = String::from_utf8_lossy(&out.stdout).into_owned();
            }
            Ok(text.lines().map(str::to_string).collect())
        }

        async fn check(&self) -> Result<String, crate::translate::TranslateError> {
            Ok("ok".into())
        }
    }

    /// The acceptance criterion at library level: the sample article through the pipeline
    /// and real Apertium, with the shipped glossary: every term found, no token in the output.
    #[test]
    fn sample_article_through_the_pipeline_and_real_apertium() {
        let g = crate::glossary::load::load_for_run(&[], true).unwrap();
        let bytes = include_bytes!("../../tests/fixtures/ukraine-chine-2022-03.fr.txt");
        let doc = crate::document::decode("ukraine-chine-2022-03.fr.txt", bytes).unwrap();
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let aligned = rt
            .block_on(crate::pipeline::translate_document(
                &doc,
                &RealApertium,
                &g,
                &Default::default(),
            ))
            .unwrap();
        let (n, ok) = counts(&aligned);
        assert!(n >= 25, "{n} terms");
        assert_eq!(n, ok, "{}", summary(&aligned));
        assert_eq!(
            summary(&aligned),
            format!("glossary: {n} terms, {n} rendered")
        );
        let json = serde_json::to_string(&aligned).unwrap();
        assert!(
            json.contains(r#"{"fr":"Pékin","en":"Beijing","found":true}"#),
            "{json}"
        );
        assert!(!json.contains(r#""found":false"#));
        for seg in &aligned.segments {
            assert!(!seg.en.to_lowercase().contains("zq"), "{}", seg.en);
            assert!(
                !seg.en.contains("Peking") && !seg.en.contains("Moscou"),
                "{}",
                seg.en
            );
        }
    }
}
