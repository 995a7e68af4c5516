//! What the brief renderers (Markdown, HTML) share: the title, the header facts and how a
//! claim's speaker and kind read.

use crate::model::{AlignedDocument, Brief, Claim, Headline};

/// Longest title, in characters, before it is cut at a word boundary.
const TITLE_MAX: usize = 120;

/// The page title: the article's own headline (its English when it was translated), or, when
/// the article has none, `Brief: <source>`. Never a sentence of the article made into a title.
pub fn brief_title(doc: &AlignedDocument, headline: Option<&Headline>) -> String {
    let text = headline
        .map(|h| h.en.as_deref().unwrap_or(&h.fr))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    if text.is_empty() {
        return format!("Brief: {}", doc.source);
    }
    cut(&text)
}

/// The headline's French, when the title shows its English: the line under the title.
pub fn headline_fr(headline: Option<&Headline>) -> Option<String> {
    let h = headline?;
    h.en.as_ref()
        .filter(|en| en.trim() != h.fr.trim())
        .map(|_| cut(&h.fr.split_whitespace().collect::<Vec<_>>().join(" ")))
}

/// `text` cut at a word boundary to [`TITLE_MAX`] characters, with `…` when cut.
fn cut(text: &str) -> String {
    if text.chars().count() <= TITLE_MAX {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > TITLE_MAX {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

/// The header lines: source, date, backend, counts of sentences, claims, glossary terms and
/// QA findings.
pub fn brief_facts(brief: &Brief) -> Vec<String> {
    let doc = &brief.document;
    let mut facts = vec![format!("Source: {}", doc.source)];
    if let Some(date) = &doc.metadata.date {
        facts.push(format!("Date: {date}"));
    }
    if let Some(author) = &doc.metadata.author {
        facts.push(format!("Author: {author}"));
    }
    if let Some(url) = &doc.metadata.url {
        facts.push(format!("URL: {url}"));
    }
    let b = &doc.backend;
    facts.push(if b.detail.is_empty() {
        format!("Backend: {} ({})", b.name, b.kind)
    } else {
        format!("Backend: {} ({}: {})", b.name, b.kind, b.detail)
    });
    let terms: usize = doc.segments.iter().map(|s| s.glossary.len()).sum();
    let missing: usize = doc
        .segments
        .iter()
        .flat_map(|s| &s.glossary)
        .filter(|t| !t.found)
        .count();
    facts.push(format!(
        "Sentences: {} · key claims: {}",
        doc.segments.len(),
        brief.claims.len()
    ));
    facts.push(format!(
        "Glossary terms: {terms} found, {missing} missing in the translation"
    ));
    facts.push(format!("QA findings: {}", brief.qa.len()));
    facts
}

/// Who made a claim, with their role and the kind of speaker: « Emily Horne (la porte-parole
/// …) · person ».
pub fn claim_who(c: &Claim) -> String {
    let name = if c.speaker.is_empty() {
        "(unattributed)"
    } else {
        c.speaker.as_str()
    };
    match &c.role {
        Some(role) => format!("{name} ({role}) · {}", c.speaker_kind),
        None => format!("{name} · {}", c.speaker_kind),
    }
}

/// The kind of a claim with its qualifiers: « denial, quote, unconfirmed ».
pub fn claim_kind(c: &Claim) -> String {
    let mut out = c.kind.to_string();
    if c.quote {
        out.push_str(", quote");
    }
    if c.unconfirmed {
        out.push_str(", unconfirmed");
    }
    out.push_str(&format!(" («{}»)", c.cue));
    out
}

/// A small document with hostile text, for the renderers' unit tests.
#[cfg(test)]
pub(crate) fn test_doc() -> AlignedDocument {
    use crate::model::{AlignedSegment, Finding};
    AlignedDocument {
        source: "a<b>&\"c\".txt".into(),
        metadata: crate::document::Metadata {
            date: Some("2022-03".into()),
            ..Default::default()
        },
        backend: crate::translate::BackendInfo {
            name: "test".into(),
            kind: "test".into(),
            detail: "<i>detail</i>".into(),
        },
        segments: vec![
            AlignedSegment {
                id: 1,
                paragraph: 1,
                span: [0, 10],
                fr: "<script>alert(1)</script> & «guillemets»\u{1}".into(),
                en: "<img src=x onerror=alert(2)> | pipe".into(),
                glossary: vec![],
                qa: vec![],
            },
            AlignedSegment {
                id: 2,
                paragraph: 2,
                span: [12, 40],
                fr: "Voir [le lien](javascript:alert(3)), a dit Jean Dupont.".into(),
                en: "See <a href=\"javascript:alert(3)\">the link</a>, Jean Dupont said.".into(),
                glossary: vec![],
                qa: vec![Finding {
                    segment: 2,
                    check: "length".into(),
                    message: "<b>too</b> long".into(),
                }],
            },
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_document_renders_in_every_format() {
        let mut doc = test_doc();
        doc.segments.clear();
        let brief = crate::brief::build(doc.clone(), 5);
        for format in [
            super::super::Format::Markdown,
            super::super::Format::Json,
            super::super::Format::Text,
            super::super::Format::Html,
            super::super::Format::Tmx,
            super::super::Format::Xliff,
        ] {
            let mut out = Vec::new();
            super::super::render_brief(&brief, format, &mut out).unwrap();
            assert!(!out.is_empty(), "{format:?}");
        }
        assert_eq!(brief_title(&doc, None), "Brief: a<b>&\"c\".txt");
    }

    #[test]
    fn the_title_is_the_headline_or_the_source_never_the_first_sentence() {
        let doc = test_doc();
        // Must not: the first sentence made into a title.
        assert_eq!(brief_title(&doc, None), "Brief: a<b>&\"c\".txt");
        let h = Headline {
            segment: Some(1),
            fr: "Pékin  dément".into(),
            en: Some("Beijing denies".into()),
        };
        assert_eq!(brief_title(&doc, Some(&h)), "Beijing denies");
        assert_eq!(headline_fr(Some(&h)).as_deref(), Some("Pékin dément"));
        // An untranslated headline is shown in French, once.
        let fr_only = Headline { en: None, ..h };
        assert_eq!(brief_title(&doc, Some(&fr_only)), "Pékin dément");
        assert_eq!(headline_fr(Some(&fr_only)), None);
    }

    #[test]
    fn facts_name_the_author_and_url_when_known() {
        let mut doc = test_doc();
        let facts = brief_facts(&crate::brief::build(doc.clone(), 5));
        assert!(!facts
            .iter()
            .any(|f| f.starts_with("Author") || f.starts_with("URL")));
        doc.metadata.author = Some("Marie Dupont".into());
        doc.metadata.url = Some("https://exemple.fr/a.html".into());
        let facts = brief_facts(&crate::brief::build(doc, 5));
        assert_eq!(
            facts[1..4],
            [
                "Date: 2022-03",
                "Author: Marie Dupont",
                "URL: https://exemple.fr/a.html"
            ]
        );
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let doc = test_doc();
        let h = Headline {
            segment: None,
            fr: "mot ".repeat(60),
            en: Some("word ".repeat(60)),
        };
        let t = brief_title(&doc, Some(&h));
        assert!(t.ends_with('…') && t.chars().count() <= TITLE_MAX + 1);
        assert!(t.trim_end_matches('…').split(' ').all(|w| w == "word"));
    }

    #[test]
    fn markdown_brief_escapes_and_has_every_section() {
        let brief = crate::brief::build(test_doc(), 5);
        let mut out = Vec::new();
        crate::render::markdown::brief(&brief, &mut out).unwrap();
        let md = String::from_utf8(out).unwrap();
        for heading in [
            "## Summary",
            "## Key claims",
            "## Aligned text",
            "## QA findings",
        ] {
            assert!(md.contains(heading), "{heading}");
        }
        assert!(!md.contains("<script>") && !md.contains("<img") && !md.contains("<b>"));
        assert!(md.contains("\\| pipe"));
        assert!(md.contains("| Jean Dupont · person | statement («a dit») |"));
        assert!(md.contains("- Date: 2022-03"));
        assert!(
            md.contains("Voir \\[le lien\\](javascript:alert(3))"),
            "no Markdown link"
        );
    }
}
