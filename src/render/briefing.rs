//! What the brief renderers (Markdown, HTML) share: the title, the header facts and how a
//! claim's speaker and kind read.

use crate::model::{AlignedDocument, Brief, Claim, Headline, SpeakerKind};

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

/// One line of a header: a label and its value. Renderers escape the value (article text)
/// and style the label their own way; every format shows the same facts in the same words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    /// `Source`, `Date`, `Backend`, `Sentences`, `Key claims`, `Glossary terms`, `QA findings`.
    pub label: &'static str,
    /// The value, as plain text.
    pub value: String,
}

fn fact(label: &'static str, value: String) -> Fact {
    Fact { label, value }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The header of a translated document: source, date, backend, sentences and paragraphs,
/// glossary terms, QA findings.
pub fn document_facts(doc: &AlignedDocument) -> Vec<Fact> {
    let findings = doc.segments.iter().map(|s| s.qa.len()).sum();
    facts(doc, None, findings)
}

/// The header of a brief: [`document_facts`] plus the number of key claims.
pub fn brief_facts(brief: &Brief) -> Vec<Fact> {
    facts(&brief.document, Some(brief.claims.len()), brief.qa.len())
}

fn facts(doc: &AlignedDocument, claims: Option<usize>, findings: usize) -> Vec<Fact> {
    let mut out = vec![fact("Source", doc.source.clone())];
    if let Some(date) = &doc.metadata.date {
        out.push(fact("Date", date.clone()));
    }
    if let Some(author) = &doc.metadata.author {
        out.push(fact("Author", author.clone()));
    }
    if let Some(url) = &doc.metadata.url {
        out.push(fact("URL", url.clone()));
    }
    let b = &doc.backend;
    out.push(fact(
        "Backend",
        if b.detail.is_empty() {
            format!("{} ({})", b.name, b.kind)
        } else {
            format!("{} ({}: {})", b.name, b.kind, b.detail)
        },
    ));
    let mut paragraphs = 0;
    let mut last = None;
    for s in &doc.segments {
        if last != Some(s.paragraph) {
            paragraphs += 1;
            last = Some(s.paragraph);
        }
    }
    out.push(fact(
        "Sentences",
        format!(
            "{} in {}",
            doc.segments.len(),
            plural(paragraphs, "paragraph", "paragraphs")
        ),
    ));
    if let Some(claims) = claims {
        out.push(fact("Key claims", claims.to_string()));
    }
    let terms: usize = doc.segments.iter().map(|s| s.glossary.len()).sum();
    let missing: usize = doc
        .segments
        .iter()
        .flat_map(|s| &s.glossary)
        .filter(|t| !t.found)
        .count();
    out.push(fact(
        "Glossary terms",
        format!("{terms} found, {missing} missing in the translation"),
    ));
    out.push(fact("QA findings", findings.to_string()));
    out
}

/// Whether segment `i` of `doc` opens a paragraph.
pub fn opens_paragraph(doc: &AlignedDocument, i: usize) -> bool {
    i == 0 || doc.segments[i - 1].paragraph != doc.segments[i].paragraph
}

/// Who made a claim, as the article names them, with their role: « Emily Horne (la
/// porte-parole …) »; a speaker the rules could not find says so (the article may well name
/// one: « unattributed » would claim it does not), with the words the article uses when
/// there are some (« «il» (speaker not identified) »).
pub fn claim_who_fr(c: &Claim) -> String {
    if c.speaker.is_empty() {
        return NOT_IDENTIFIED.into();
    }
    if c.speaker_kind == SpeakerKind::Unattributed {
        return format!("«{}» {NOT_IDENTIFIED}", c.speaker);
    }
    with_role(&c.speaker, c.role.as_deref())
}

const NOT_IDENTIFIED: &str = "(speaker not identified)";

/// The same in English, when the run translated the speaker and the English reads otherwise
/// than the French (a name alone stays one line): « Emily Horne (the spokesperson …) ».
pub fn claim_who_en(c: &Claim) -> Option<String> {
    let name = c.speaker_en.as_deref().filter(|_| !c.speaker.is_empty())?;
    let en = if c.speaker_kind == SpeakerKind::Unattributed {
        format!("«{name}» {NOT_IDENTIFIED}")
    } else {
        let role = c.role.as_ref().map(|fr| c.role_en.as_deref().unwrap_or(fr));
        with_role(name, role)
    };
    (en != claim_who_fr(c)).then_some(en)
}

fn with_role(name: &str, role: Option<&str>) -> String {
    match role {
        Some(role) => format!("{name} ({role})"),
        None => name.to_string(),
    }
}

/// Who made a claim, on one line: the English first, the article's French after it in
/// guillemets when it differs, the kind of speaker, and, when the sentence does not name the
/// speaker, the words the name was inferred from: « the New York Times («le New York Times»)
/// · media », « Hans Bonte · person · inferred from «il» ».
pub fn claim_who(c: &Claim) -> String {
    let who = match claim_who_en(c) {
        Some(en) => format!("{en} («{}») · {}", claim_who_fr(c), c.speaker_kind),
        None => format!("{} · {}", claim_who_fr(c), c.speaker_kind),
    };
    match inferred_from(c) {
        Some(words) => format!("{who} · {INFERRED_FROM} «{words}»"),
        None => who,
    }
}

/// How the Who column introduces the words a speaker was inferred from.
pub const INFERRED_FROM: &str = "inferred from";

/// What « inferred from «…» » means, said once under the key claims when a row shows it.
pub const INFERRED_LEGEND: &str = "Inferred from «…»: the claim's sentence does not name this \
     speaker; the name shown is that of an earlier mention these words refer back to (a \
     pronoun, a role, « ce dernier », « la même source »…).";

/// The words the claim's sentence used for a speaker it does not name (`speaker_as_written`:
/// « il », « le porte-parole »), when the Who column shows them: not when the speaker shown
/// already opens with them (« la même source (une source policière) », « ces publications
/// (…) »: the reader sees them there).
pub fn inferred_from(c: &Claim) -> Option<&str> {
    let words = c.speaker_as_written.as_deref()?;
    let shown = c.speaker.to_lowercase();
    (!words.is_empty() && !shown.starts_with(&words.to_lowercase())).then_some(words)
}

/// The legend of the key claims, when one of `claims` shows the words its speaker was
/// inferred from.
pub fn claims_legend(claims: &[Claim]) -> Option<&'static str> {
    claims
        .iter()
        .any(|c| inferred_from(c).is_some())
        .then_some(INFERRED_LEGEND)
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
                    check: crate::model::Check::Length,
                    message: "<b>too</b> long".into(),
                }],
            },
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimKind, SpeakerKind};

    /// A statement of segment 1 by `speaker`, no role, nothing translated.
    fn statement_by(speaker: &str, speaker_kind: SpeakerKind) -> Claim {
        Claim {
            segment: 1,
            speaker: speaker.into(),
            speaker_kind,
            cue: "a indiqué".into(),
            kind: ClaimKind::Statement,
            quote: false,
            unconfirmed: false,
            fr: String::new(),
            en: String::new(),
            role: None,
            speaker_en: None,
            role_en: None,
            speaker_as_written: None,
        }
    }

    /// Issue 14 item 13: the Who column gives the English too: « English («French») · kind »;
    /// a name the same in both once; the French alone when the run did not translate it.
    #[test]
    fn who_reads_english_then_french() {
        let mut c = statement_by("Emily Horne", SpeakerKind::Person);
        c.role = Some("la porte-parole".into());
        assert_eq!(claim_who(&c), "Emily Horne (la porte-parole) · person");
        assert_eq!(claim_who_en(&c), None);
        c.speaker_en = Some("Emily Horne".into());
        c.role_en = Some("the spokesperson".into());
        assert_eq!(
            claim_who(&c),
            "Emily Horne (the spokesperson) («Emily Horne (la porte-parole)») · person"
        );
        c.role = None;
        assert_eq!(claim_who(&c), "Emily Horne · person");
        c.speaker = "le New York Times".into();
        c.speaker_kind = SpeakerKind::Media;
        c.speaker_en = Some("the New York Times".into());
        assert_eq!(
            claim_who(&c),
            "the New York Times («le New York Times») · media"
        );
    }

    /// A claim whose speaker the rules did not find says so, in every renderer's Who column.
    #[test]
    fn a_speaker_not_found_is_said_not_identified() {
        let c = statement_by("", SpeakerKind::Unattributed);
        assert_eq!(claim_who(&c), "(speaker not identified) · unattributed");
        // The words the article uses, when the rules kept some, are shown as words, not as a
        // speaker.
        let c = statement_by("il", SpeakerKind::Unattributed);
        assert_eq!(
            claim_who(&c),
            "«il» (speaker not identified) · unattributed"
        );
    }

    /// Issue 18: a speaker the sentence does not name shows the words the name was inferred
    /// from; a speaker as written, or one whose words the Who column already shows, does not.
    #[test]
    fn who_shows_the_words_a_speaker_was_inferred_from() {
        let mut c = statement_by("Hans Bonte", SpeakerKind::Person);
        assert_eq!(claim_who(&c), "Hans Bonte · person");
        assert_eq!(claims_legend(std::slice::from_ref(&c)), None);
        c.speaker_as_written = Some("il".into());
        assert_eq!(claim_who(&c), "Hans Bonte · person · inferred from «il»");
        assert_eq!(claims_legend(&[c.clone()]), Some(INFERRED_LEGEND));
        let mut c = statement_by("Emily Horne", SpeakerKind::Person);
        c.role = Some("la porte-parole".into());
        c.speaker_en = Some("Emily Horne".into());
        c.role_en = Some("the spokesperson".into());
        c.speaker_as_written = Some("la porte-parole".into());
        assert_eq!(
            claim_who(&c),
            "Emily Horne (the spokesperson) («Emily Horne (la porte-parole)») · person \
             · inferred from «la porte-parole»"
        );
        // (« la même source (une source policière) »: the words open the speaker shown.)
        let mut c = statement_by(
            "La même source (une source policière)",
            SpeakerKind::Anonymous,
        );
        c.speaker_as_written = Some("la même source".into());
        assert_eq!(inferred_from(&c), None);
        assert_eq!(
            claim_who(&c),
            "La même source (une source policière) · anonymous"
        );
        assert_eq!(claims_legend(&[c]), None);
    }

    /// Markdown, HTML and text show the words, escaped like every other text, and the legend
    /// once under the key claims.
    #[test]
    fn every_brief_format_shows_the_inferred_words_escaped() {
        let mut brief = crate::brief::build(test_doc(), 5);
        assert_eq!(brief.claims.len(), 1);
        brief.claims[0].speaker_as_written = Some("<b>il</b> | [x](javascript:y)".into());
        let render = |brief: &Brief, format| {
            let mut out = Vec::new();
            super::super::render_brief(brief, format, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        let md = render(&brief, super::super::Format::Markdown);
        assert!(
            md.contains(
                "| Jean Dupont · person · inferred from «\\<b>il\\</b> \\| \\[x\\](javascript:y)» |"
            ),
            "{md}"
        );
        assert_eq!(md.matches("_Inferred from «…»: ").count(), 1, "{md}");
        let html = render(&brief, super::super::Format::Html);
        assert!(
            html.contains(
                " · <span class=\"who-from\">inferred from «<span lang=\"fr\">\
                 &lt;b&gt;il&lt;/b&gt; | [x](javascript:y)</span>»</span>"
            ),
            "{html}"
        );
        assert!(!html.contains("<b>il"));
        assert_eq!(html.matches("<p class=\"legend\">Inferred from").count(), 1);
        let text = render(&brief, super::super::Format::Text);
        assert!(
            text.contains(
                "  Who: Jean Dupont · person · inferred from «<b>il</b> | [x](javascript:y)»\n"
            ),
            "{text}"
        );
        assert_eq!(text.matches("\nInferred from «…»: ").count(), 1, "{text}");
        // A brief with no inferred speaker has no legend.
        brief.claims[0].speaker_as_written = None;
        for format in [
            super::super::Format::Markdown,
            super::super::Format::Html,
            super::super::Format::Text,
        ] {
            assert!(
                !render(&brief, format).contains("nferred from"),
                "{format:?}"
            );
        }
    }

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
    fn every_format_shows_the_same_header() {
        let brief = crate::brief::build(test_doc(), 5);
        let doc = &brief.document;
        let labels = |facts: Vec<Fact>| facts.into_iter().map(|f| f.label).collect::<Vec<_>>();
        assert_eq!(
            labels(document_facts(doc)),
            [
                "Source",
                "Date",
                "Backend",
                "Sentences",
                "Glossary terms",
                "QA findings"
            ]
        );
        assert_eq!(
            labels(brief_facts(&brief)),
            [
                "Source",
                "Date",
                "Backend",
                "Sentences",
                "Key claims",
                "Glossary terms",
                "QA findings"
            ]
        );
        let render = |f: fn(&AlignedDocument, &mut dyn std::io::Write) -> std::io::Result<()>| {
            let mut out = Vec::new();
            f(doc, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        let md = render(crate::render::markdown::document);
        let html = render(crate::render::html::document);
        for f in document_facts(doc) {
            assert!(md.contains(&format!("- **{}:** ", f.label)), "{md}");
            assert!(
                html.contains(&format!("<li><b>{}:</b> ", f.label)),
                "{html}"
            );
        }
        assert!(
            md.contains("- **Backend:** test (test: \\<i>detail\\</i>)"),
            "{md}"
        );
        assert!(html.contains("<li><b>Backend:</b> test (test: &lt;i&gt;detail&lt;/i&gt;)</li>"));
        assert!(html.contains("<li><b>Date:</b> 2022-03</li>"));
    }

    #[test]
    fn facts_name_the_author_and_url_when_known() {
        let mut doc = test_doc();
        let facts = brief_facts(&crate::brief::build(doc.clone(), 5));
        assert!(!facts
            .iter()
            .any(|f| f.label == "Author" || f.label == "URL"));
        doc.metadata.author = Some("Marie Dupont".into());
        doc.metadata.url = Some("https://exemple.fr/a.html".into());
        let facts: Vec<String> = brief_facts(&crate::brief::build(doc, 5))
            .into_iter()
            .map(|f| format!("{}: {}", f.label, f.value))
            .collect();
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
        // Every `<` of the article is escaped: no tag can open.
        assert!(
            md.match_indices('<').all(|(i, _)| md[..i].ends_with('\\')),
            "{md}"
        );
        assert!(md.contains("\\| pipe"));
        assert!(md.contains("| Jean Dupont · person | statement («a dit») |"));
        assert!(md.contains("- **Date:** 2022-03\n"), "{md}");
        assert!(
            md.contains("Voir \\[le lien\\](javascript:alert(3))"),
            "no Markdown link"
        );
    }
}
