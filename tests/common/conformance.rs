//! The `Translator` contract, checked the same way on every backend: HTTP kinds against their
//! vendors' mocks (`tests/http_backends.rs`), and the local ones — `command`, `apertium`,
//! `marian` on its fixture, the translation memory around a backend — in
//! `tests/conformance.rs`. It asks only what the contract promises, so it holds for a real
//! engine whose English it cannot predict:
//!
//! - an empty batch: no call, nothing back;
//! - a batch of many texts, more than one call takes: one translation each, in order — the
//!   same as each text translated alone;
//! - texts with Unicode, typographic spaces and a very long sentence: translated, none empty;
//! - a glossary hit: with the placeholder strategy, Passerelle's own tokens (made by
//!   `glossary::enforce::protect` from the shipped glossary) come back so that `restore` puts
//!   every term in; with the native and prompt strategies, the term's English is there.

use passerelle::glossary::{enforce, load, matcher};
use passerelle::translate::{Batch, GlossaryStrategy, TermPair, Translator};

/// What the suite may ask of one backend.
#[derive(Debug, Clone, Copy)]
pub struct Expect {
    /// The engine keeps glossary placeholders (and native or prompt terms) intact. False only
    /// for a random test model, whose output is noise.
    pub keeps_terms: bool,
    /// How many texts the many-texts batch holds at least.
    pub many: usize,
}

impl Default for Expect {
    fn default() -> Self {
        Expect {
            keeps_terms: true,
            many: 12,
        }
    }
}

/// Sentences of the kind Passerelle sends, `n` of them, all different.
pub fn sentences(n: usize) -> Vec<String> {
    const BASE: &[&str] = &[
        "Le ministre a parlé mardi devant les députés.",
        "La Chine n'a ni condamné ni approuvé l'offensive.",
        "Les prix de l'énergie ont augmenté de 12 % en un an.",
        "Selon un porte-parole, la réunion aura lieu jeudi.",
    ];
    (0..n)
        .map(|i| format!("{} ({})", BASE[i % BASE.len()], i + 1))
        .collect()
}

/// Runs the contract on `t`; `label` names the backend in failures.
pub async fn run(label: &str, t: &dyn Translator, expect: Expect) {
    let caps = t.capabilities();

    // Empty batch: nothing back.
    let out = t.translate(&Batch::default()).await.unwrap();
    assert!(out.is_empty(), "{label}: {out:?} for an empty batch");

    // Count and order, over more texts than one call takes.
    let many = sentences(expect.many.max(caps.max_batch_texts.min(200) * 2 + 3));
    let together = t.translate(&plain(&many)).await.unwrap();
    assert_eq!(together.len(), many.len(), "{label}: count");
    for i in [0, 1, many.len() / 2, many.len() - 2, many.len() - 1] {
        let alone = t
            .translate(&plain(std::slice::from_ref(&many[i])))
            .await
            .unwrap();
        assert_eq!(
            alone,
            [together[i].clone()],
            "{label}: text {i} translated alone differs from its place in the batch: order lost"
        );
    }

    // Unicode, typographic spaces, a very long sentence: each gets a translation.
    let odd: Vec<String> = [
        "« Je n'ai jamais entendu parler de ça », a réagi un porte-parole.",
        "Zürich, Łódź et Ærøskøbing : 283,82 € — 2.200.112 habitants.",
        "e\u{301}te\u{301} « »\u{202f}! Il a dit\u{a0}: non.",
        &format!(
            "{} fin.",
            "Le gouvernement chinois n'a ni condamné ni approuvé l'offensive, ".repeat(60)
        ),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let out = t.translate(&plain(&odd)).await.unwrap();
    assert_eq!(out.len(), odd.len(), "{label}: count");
    for (fr, en) in odd.iter().zip(&out) {
        assert!(
            !en.trim().is_empty(),
            "{label}: empty translation of {fr:?}"
        );
    }

    if !expect.keeps_terms {
        return;
    }
    // A glossary hit, the way the pipeline sends it.
    let glossary = load::load_for_run(&[], true).unwrap();
    let fr = "Moscou a demandé de l'aide à Pékin depuis le début de l'invasion.";
    let hits = matcher::find(&glossary, fr);
    assert!(
        hits.len() >= 2,
        "the shipped glossary knows Moscou and Pékin"
    );
    match caps.glossary {
        GlossaryStrategy::Placeholder => {
            let protected = enforce::protect(&glossary, fr, &hits);
            assert!(
                protected.tokens.len() >= 2 && !protected.text.contains("Pékin"),
                "{protected:?}"
            );
            let out = t
                .translate(&plain(std::slice::from_ref(&protected.text)))
                .await
                .unwrap();
            let restored = enforce::restore(&out[0], &protected);
            for (token, en) in &protected.tokens {
                assert!(
                    restored.contains(en.as_str()),
                    "{label}: token {token} for {en:?} lost: sent {:?}, got {:?}",
                    protected.text,
                    out[0]
                );
            }
        }
        GlossaryStrategy::Native | GlossaryStrategy::Prompt => {
            let terms: Vec<TermPair> = hits
                .iter()
                .map(|h| TermPair {
                    fr: fr[h.start..h.end].to_string(),
                    en: enforce::english(&glossary, fr, h),
                })
                .collect();
            let b = Batch::with_own_terms(vec![(fr.to_string(), terms.clone())]);
            let out = t.translate(&b).await.unwrap();
            for term in &terms {
                assert!(
                    out[0].contains(&term.en),
                    "{label}: {:?} missing from {:?}",
                    term.en,
                    out[0]
                );
            }
        }
    }
}

/// A batch of `texts` with no glossary terms.
fn plain(texts: &[String]) -> Batch {
    Batch::with_own_terms(texts.iter().map(|t| (t.clone(), Vec::new())).collect())
}
