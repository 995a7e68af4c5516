//! The glossary matcher and the placeholder round trip. Hits are in order, disjoint, within
//! bounds and on char boundaries; protect then restore through a backend that echoes (or
//! echoes in capitals) leaves no token, and every term's English is found by the verifier;
//! restore never panics on whatever the backend returns.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use passerelle::glossary::{enforce, load, matcher, verify, Glossary};

const KINDS: &[&str] = passerelle::glossary::TERM_KINDS;

fn shipped() -> &'static Glossary {
    static G: OnceLock<Glossary> = OnceLock::new();
    G.get_or_init(|| load::load_for_run(&[], true).expect("shipped glossaries load"))
}

fn check(glossary: &Glossary, text: &str, backend_reply: &str) {
    let hits = matcher::find(glossary, text);
    let mut last = 0;
    for h in &hits {
        assert!(
            h.start >= last && h.start < h.end && h.end <= text.len(),
            "{h:?}"
        );
        assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
        assert!(h.entry < glossary.entries.len());
        last = h.end;
    }
    let protected = enforce::protect(glossary, text, &hits);
    assert_eq!(protected.tokens.len(), protected.kinds.len());
    for (token, _) in &protected.tokens {
        assert!(
            protected.text.contains(token.as_str()),
            "token {token} not in {:?}",
            protected.text
        );
    }
    // Anything the backend sends back: no panic.
    let _ = enforce::restore(backend_reply, &protected);
    if protected.tokens.is_empty() {
        assert_eq!(
            enforce::restore(&protected.text, &protected),
            protected.text
        );
        return;
    }
    // The token prefix is absent from the text and from the English of its terms, unless
    // every prefix occurs there.
    let mut lower = text.to_lowercase();
    for (_, en) in &protected.tokens {
        lower.push('\n');
        lower.push_str(&en.to_lowercase());
    }
    // Only when every prefix is taken may a token look like the text itself.
    let prefix_in_text = enforce::PREFIXES
        .iter()
        .all(|p| lower.contains(&p.to_lowercase()));
    if !prefix_in_text {
        let prefix = protected.tokens[0].0[..2].to_lowercase();
        assert!(!lower.contains(&prefix), "prefix {prefix} is in {lower:?}");
    }
    for echo in [protected.text.clone(), protected.text.to_uppercase()] {
        let restored = enforce::restore(&echo, &protected);
        if !prefix_in_text {
            let restored_lower = restored.to_lowercase();
            for (token, _) in &protected.tokens {
                assert!(
                    !restored_lower.contains(&token.to_lowercase()),
                    "token {token} left in {restored:?} (sent {echo:?})"
                );
            }
        }
    }
    let restored = enforce::restore(&protected.text, &protected);
    // Every English that went in as a token is back, as the verifier sees it.
    for check in verify::verify(glossary, &hits, &restored) {
        assert!(
            check.found,
            "{:?} → {:?} not found in {restored:?} (text {text:?}, sent {:?})",
            check.fr, check.en, protected.text
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    // Layout: `fr TAB en TAB kind-digit NEWLINE text NUL backend-reply` (any part may be absent).
    let (head, rest) = s.split_once('\n').unwrap_or(("", s));
    let (text, reply) = rest.split_once('\0').unwrap_or((rest, ""));
    check(shipped(), text, reply);
    let mut cols = head.split('\t');
    let (Some(fr), Some(en)) = (cols.next(), cols.next()) else {
        return;
    };
    let fr = fr.trim();
    let en = en.trim();
    if fr.is_empty() || en.is_empty() {
        return;
    }
    let kind = cols
        .next()
        .and_then(|k| k.bytes().next())
        .map_or("term", |b| KINDS[b as usize % KINDS.len()]);
    // Through the loader, so the entry is one a glossary file could hold.
    let tsv = format!("fr\ten\tkind\tnote\n{fr}\t{en}\t{kind}\t\n");
    let Ok(extra) = load::parse(Path::new("fuzz.tsv"), &tsv, load::FileFormat::Tsv) else {
        return;
    };
    // The entry alone: a small automaton per run keeps the target fast (the shipped
    // glossary's is built once, above).
    check(&Glossary::from_entries(extra), text, reply);
});
