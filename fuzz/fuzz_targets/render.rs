//! The renderers on any article and translation text. HTML: every `<` of the page opens a tag
//! the renderer writes (no tag, attribute or script from the text), tags balanced, the only
//! `<script>` the renderer's own. TMX and XLIFF: well-formed XML that quick-xml reads to the
//! end, every French and English text found back. JSON: parses back to the same document.
//! Markdown and text: no panic.
#![no_main]

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use passerelle::document::Metadata;
use passerelle::model::{AlignedDocument, AlignedSegment, Finding, TermCheck};
use passerelle::pipeline;
use passerelle::render::{render_brief, render_document, Format};
use passerelle::translate::BackendInfo;

fn build(u: &mut Unstructured) -> Result<AlignedDocument> {
    let n = u.int_in_range(0..=6)?;
    let mut segments = Vec::new();
    let mut paragraph = 1;
    let mut at = 0;
    for id in 1..=n {
        if u.arbitrary::<bool>()? {
            paragraph += 1;
        }
        let fr: String = u.arbitrary()?;
        let en: String = u.arbitrary()?;
        let glossary = if u.arbitrary::<bool>()? {
            vec![TermCheck {
                fr: u.arbitrary()?,
                en: u.arbitrary()?,
                found: u.arbitrary()?,
            }]
        } else {
            Vec::new()
        };
        let qa = if u.arbitrary::<bool>()? {
            vec![Finding {
                segment: id,
                check: u.arbitrary()?,
                message: u.arbitrary()?,
            }]
        } else {
            Vec::new()
        };
        segments.push(AlignedSegment {
            id,
            paragraph,
            span: [at, at + fr.len()],
            fr,
            en,
            glossary,
            qa,
        });
        at += 1 + segments.last().map_or(0, |s| s.fr.len());
    }
    Ok(AlignedDocument {
        source: u.arbitrary()?,
        metadata: Metadata {
            date: u.arbitrary()?,
        },
        backend: BackendInfo {
            name: u.arbitrary()?,
            kind: u.arbitrary()?,
            detail: u.arbitrary()?,
        },
        segments,
    })
}

const TAGS: &[&str] = &[
    "!doctype",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "script",
    "body",
    "main",
    "header",
    "section",
    "article",
    "div",
    "span",
    "p",
    "h1",
    "h2",
    "h3",
    "ul",
    "ol",
    "li",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "strong",
    "em",
    "b",
    "i",
    "small",
    "code",
    "details",
    "summary",
    "mark",
    "blockquote",
    "q",
    "nav",
    "footer",
    "br",
    "hr",
    "abbr",
    "sup",
    "cite",
    "time",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "caption",
    "col",
    "colgroup",
    "aside",
];
const VOID: &[&str] = &["!doctype", "meta", "br", "hr", "col"];

/// Checks the tag structure of the page, skipping the bodies of `<style>` and `<script>`.
fn check_html(page: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = page;
    let mut scripts = 0;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest
            .find('>')
            .unwrap_or_else(|| panic!("unclosed `<` in page"));
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().unwrap_or_else(|| panic!("stray </{name}>"));
            assert_eq!(open, name, "mismatched </{name}>");
            continue;
        }
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        assert!(TAGS.contains(&name.as_str()), "unexpected tag <{tag}>");
        // Attributes: quoted values, no event handler, no javascript: URL.
        let lower = tag.to_ascii_lowercase();
        assert!(!lower.contains("javascript:"), "javascript: URL in <{tag}>");
        for attr in lower.split_whitespace().skip(1) {
            assert!(!attr.starts_with("on"), "event handler in <{tag}>");
        }
        assert_eq!(
            tag.matches('"').count() % 2,
            0,
            "unbalanced quotes in <{tag}>"
        );
        if VOID.contains(&name.as_str()) || tag.ends_with('/') {
            continue;
        }
        if name == "style" || name == "script" {
            scripts += usize::from(name == "script");
            let close = format!("</{name}>");
            let j = rest
                .find(&close)
                .unwrap_or_else(|| panic!("unclosed <{name}>"));
            assert!(!rest[..j].contains("</"), "markup inside <{name}>");
            rest = &rest[j + close.len()..];
            continue;
        }
        stack.push(name);
    }
    assert!(stack.is_empty(), "unclosed tags: {stack:?}");
    assert!(scripts <= 1, "{scripts} <script> elements");
}

fn xml_texts(xml: &[u8]) -> String {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut text = String::new();
    let mut depth = 0i64;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Text(t)) => {
                text.push_str(&t.unescape().expect("text unescapes"));
                text.push('\n');
            }
            Ok(quick_xml::events::Event::CData(t)) => {
                text.push_str(std::str::from_utf8(&t).expect("utf-8 cdata"));
            }
            Ok(_) => {}
            Err(e) => panic!("not well-formed at {}: {e}", reader.error_position()),
        }
        buf.clear();
    }
    assert_eq!(depth, 0, "unbalanced elements");
    text
}

fn xml_safe(text: &str) -> String {
    text.chars()
        .map(|c| {
            if (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}' {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(doc) = build(&mut u) else {
        return;
    };
    for format in [
        Format::Markdown,
        Format::Text,
        Format::Html,
        Format::Tmx,
        Format::Xliff,
        Format::Json,
    ] {
        let mut out = Vec::new();
        render_document(&doc, format, &mut out).expect("render into a Vec");
        let page = String::from_utf8(out.clone()).expect("UTF-8 output");
        match format {
            Format::Html => check_html(&page),
            Format::Tmx | Format::Xliff => {
                let texts = xml_texts(&out);
                for s in &doc.segments {
                    // Line ends inside an XML text may be normalised; compare without them.
                    let flat = |t: &str| t.replace(['\r', '\n'], "");
                    let all = flat(&texts);
                    assert!(
                        all.contains(&flat(&xml_safe(&s.fr))),
                        "{format:?} lost {:?}",
                        s.fr
                    );
                    assert!(
                        all.contains(&flat(&xml_safe(&s.en))),
                        "{format:?} lost {:?}",
                        s.en
                    );
                }
            }
            Format::Json => {
                let back: AlignedDocument = serde_json::from_str(&page).expect("JSON parses back");
                assert_eq!(back, doc);
            }
            _ => {}
        }
    }
    let brief = pipeline::brief(doc, 3);
    for format in [Format::Markdown, Format::Html, Format::Json] {
        let mut out = Vec::new();
        render_brief(&brief, format, &mut out).expect("render into a Vec");
        if format == Format::Html {
            check_html(&String::from_utf8(out).expect("UTF-8 output"));
        }
    }
});
