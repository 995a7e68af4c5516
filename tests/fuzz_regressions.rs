//! Inputs the fuzz targets (`fuzz/`, see FUZZING in BENCHMARKS.md) found, replayed with the
//! same invariants: `tests/fixtures/fuzz/<target>/*` are run through the checks of that target
//! (decode, segment, glossary, qa). Add a file there for every new finding.

use std::path::{Path, PathBuf};

use passerelle::document::decode;
use passerelle::glossary::{enforce, load, matcher, verify, Glossary};
use passerelle::qa::{check_pair, localize_numbers, CHECKS};
use passerelle::segment::{segment_document, split_sentences};

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    out.sort();
    out
}

fn check_decode(data: &[u8]) {
    match decode("fuzz.txt", data) {
        Ok(doc) => {
            let mut last = 0;
            for p in &doc.paragraphs {
                assert!(p.start >= last && p.start < p.end && p.end <= doc.text.len());
                let t = &doc.text[p.clone()];
                assert_eq!(t, t.trim());
                last = p.end;
            }
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(!msg.contains('\n') && msg.contains("fuzz.txt"), "{msg:?}");
        }
    }
}

/// Nothing visible: whitespace and the invisible characters normalization removes anyway
/// (crash-63b88bce: a BOM after `!!]` is left out of the sentence, which is right).
fn blank(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}')
    })
}

fn check_segment(data: &[u8]) {
    if let Ok(s) = std::str::from_utf8(data) {
        let mut last = 0;
        for r in split_sentences(s) {
            assert!(
                r.start >= last && r.start < r.end && r.end <= s.len(),
                "{r:?}"
            );
            last = r.end;
        }
    }
    let Ok(doc) = decode("fuzz.txt", data) else {
        return;
    };
    let segs = segment_document(&doc);
    let mut k = 0;
    for (p, range) in doc.paragraphs.iter().enumerate() {
        let mut covered = range.start;
        while k < segs.len() && segs[k].paragraph == p + 1 {
            let s = &segs[k];
            assert_eq!(s.id, k + 1);
            assert!(
                s.span.start >= covered && s.span.end <= range.end && s.span.start < s.span.end
            );
            assert!(!s.text.trim().is_empty(), "empty segment {s:?}");
            assert!(blank(&doc.text[covered..s.span.start]), "text dropped");
            covered = s.span.end;
            k += 1;
        }
        assert!(
            blank(&doc.text[covered..range.end]),
            "text dropped at the end"
        );
    }
    assert_eq!(k, segs.len());
}

/// The glossary target's layout: `fr TAB en TAB kind NEWLINE text NUL reply`; the shipped
/// glossary, then the head line's entry alone.
fn check_glossary(shipped: &Glossary, data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let (head, rest) = s.split_once('\n').unwrap_or(("", s));
    let (text, reply) = rest.split_once('\0').unwrap_or((rest, ""));
    check_round_trip(shipped, text, reply);
    let mut cols = head.split('\t');
    let (Some(fr), Some(en)) = (cols.next(), cols.next()) else {
        return;
    };
    let (fr, en) = (fr.trim(), en.trim());
    if fr.is_empty() || en.is_empty() {
        return;
    }
    const KINDS: &[&str] = passerelle::glossary::TERM_KINDS;
    let kind = cols
        .next()
        .and_then(|k| k.bytes().next())
        .map_or("term", |b| KINDS[b as usize % KINDS.len()]);
    let tsv = format!("fr\ten\tkind\tnote\n{fr}\t{en}\t{kind}\t\n");
    let Ok(extra) = load::parse(Path::new("fuzz.tsv"), &tsv, load::FileFormat::Tsv) else {
        return;
    };
    check_round_trip(&Glossary::from_entries(extra), text, reply);
}

fn check_round_trip(glossary: &Glossary, text: &str, reply: &str) {
    let hits = matcher::find(glossary, text);
    let protected = enforce::protect(glossary, text, &hits);
    let _ = enforce::restore(reply, &protected);
    let restored = enforce::restore(&protected.text, &protected);
    // The token prefix is absent from the text and from the English of its terms, unless
    // every prefix occurs there.
    let mut lower = text.to_lowercase();
    for (_, en) in &protected.tokens {
        lower.push('\n');
        lower.push_str(&en.to_lowercase());
    }
    let every_prefix_taken = enforce::PREFIXES
        .iter()
        .all(|p| lower.contains(&p.to_lowercase()));
    if !every_prefix_taken {
        for (token, _) in &protected.tokens {
            let prefix = token[..2].to_lowercase();
            assert!(!lower.contains(&prefix), "prefix {prefix} is in {lower:?}");
            let left = restored.to_lowercase().contains(&token.to_lowercase());
            assert!(!left, "token {token} left in {restored:?}");
        }
    }
    for check in verify::verify(glossary, &hits, &restored) {
        assert!(check.found, "{check:?} not in {restored:?}");
    }
}

#[test]
fn decode_findings() {
    for (path, data) in inputs("decode").into_iter().chain(inputs("segment")) {
        eprintln!("{}", path.display());
        check_decode(&data);
    }
}

#[test]
fn segment_findings() {
    let found = inputs("segment");
    assert!(!found.is_empty(), "the segment findings are missing");
    for (path, data) in found {
        eprintln!("{}", path.display());
        check_segment(&data);
    }
}

#[test]
fn glossary_findings() {
    let glossary = load::load_for_run(&[], true).unwrap();
    for (path, data) in inputs("glossary") {
        eprintln!("{}", path.display());
        check_glossary(&glossary, &data);
    }
}

/// The qa target's layout (`french NUL english`, or one text echoed) and invariants: findings
/// are one line with a known check; rewriting numbers changes nothing but numbers.
fn check_qa(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let (fr, en) = s.split_once('\0').unwrap_or((s, s));
    for finding in check_pair(1, fr, en, &[]) {
        assert!(CHECKS.contains(&finding.check.as_str()), "{finding:?}");
        assert!(!finding.message.contains('\n'), "{finding:?}");
    }
    let words_only = |s: &str| -> String {
        s.chars()
            .filter(|c| !(c.is_ascii_digit() || matches!(c, '.' | ',') || c.is_whitespace()))
            .collect()
    };
    let localized = localize_numbers(fr, en);
    assert_eq!(words_only(&localized), words_only(en));
}

#[test]
fn qa_findings() {
    let found = inputs("qa");
    assert!(!found.is_empty(), "the qa findings are missing");
    for (path, data) in found {
        eprintln!("{}", path.display());
        check_qa(&data);
    }
}
