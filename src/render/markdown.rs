//! Markdown output: the aligned text as one table (a `¶` column marks where each paragraph
//! starts, `⚠` the sentences with QA findings), and the brief. The header is the one every
//! format shows ([`super::briefing::document_facts`]); article text goes through [`escape`].

use std::io::{self, Write};

use super::briefing::{self, Fact};
use crate::model::{AlignedDocument, Brief};

/// Writes the aligned French/English text: the header, one table of sentence pairs, and the
/// QA findings.
pub fn document(doc: &AlignedDocument, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# {}", escape(&doc.source))?;
    writeln!(out)?;
    header(&briefing::document_facts(doc), out)?;
    if !doc.segments.is_empty() {
        writeln!(out)?;
        aligned(doc, out)?;
    }
    let findings: Vec<_> = doc.segments.iter().flat_map(|s| &s.qa).collect();
    if !findings.is_empty() {
        writeln!(out)?;
        writeln!(out, "## QA findings")?;
        writeln!(out)?;
        for f in findings {
            writeln!(
                out,
                "- §{} `{}`: {}",
                f.segment,
                f.check,
                escape(&f.message)
            )?;
        }
    }
    Ok(())
}

/// Writes the brief: header, summary (English with the French beneath), key claims table,
/// aligned text and QA findings.
pub fn brief(brief: &Brief, out: &mut dyn Write) -> io::Result<()> {
    let doc = &brief.document;
    let headline = brief.headline.as_ref();
    writeln!(out, "# {}", escape(&briefing::brief_title(doc, headline)))?;
    writeln!(out)?;
    if let Some(fr) = briefing::headline_fr(headline) {
        writeln!(out, "_{}_", escape(&fr))?;
        writeln!(out)?;
    }
    header(&briefing::brief_facts(brief), out)?;
    writeln!(out)?;

    writeln!(out, "## Summary")?;
    writeln!(out)?;
    if brief.summary.is_empty() {
        writeln!(out, "_No sentence to summarize._")?;
    }
    for id in &brief.summary {
        if let Some(s) = doc.segments.iter().find(|s| s.id == *id) {
            writeln!(out, "- {} [§{}]", escape(&s.en), s.id)?;
            writeln!(out, "  > _{}_", escape(&s.fr))?;
        }
    }
    writeln!(out)?;

    writeln!(out, "## Key claims")?;
    writeln!(out)?;
    if brief.claims.is_empty() {
        writeln!(out, "_No reported speech or attribution found._")?;
    } else {
        writeln!(out, "| Who | Kind | Claim (EN) | Claim (FR) | § |")?;
        writeln!(out, "|---|---|---|---|--:|")?;
        for c in &brief.claims {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(&briefing::claim_who(c)),
                cell(&briefing::claim_kind(c)),
                cell(&c.en),
                cell(&c.fr),
                c.segment
            )?;
        }
        if let Some(legend) = briefing::claims_legend(&brief.claims) {
            writeln!(out)?;
            writeln!(out, "_{}_", escape(legend))?;
        }
    }
    writeln!(out)?;

    writeln!(out, "## Aligned text")?;
    writeln!(out)?;
    if doc.segments.is_empty() {
        writeln!(out, "_No sentence._")?;
    } else {
        aligned(doc, out)?;
    }
    writeln!(out)?;

    writeln!(out, "## QA findings")?;
    writeln!(out)?;
    if brief.qa.is_empty() {
        writeln!(out, "_None._")?;
    }
    for f in &brief.qa {
        writeln!(
            out,
            "- §{} `{}`: {}",
            f.segment,
            f.check,
            escape(&f.message)
        )?;
    }
    Ok(())
}

/// The header lines, `- **Label:** value`.
fn header(facts: &[Fact], out: &mut dyn Write) -> io::Result<()> {
    for f in facts {
        writeln!(out, "- **{}:** {}", f.label, escape(&f.value))?;
    }
    Ok(())
}

/// The aligned text as one table: paragraph number on the first sentence of each paragraph,
/// sentence id, `⚠` when the pair has QA findings.
fn aligned(doc: &AlignedDocument, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "| ¶ | § | Français | English |")?;
    writeln!(out, "|--:|--:|---|---|")?;
    for (i, s) in doc.segments.iter().enumerate() {
        let paragraph = if briefing::opens_paragraph(doc, i) {
            s.paragraph.to_string()
        } else {
            String::new()
        };
        let flag = if s.qa.is_empty() { "" } else { " ⚠" };
        writeln!(
            out,
            "| {paragraph} | {}{flag} | {} | {} |",
            s.id,
            cell(&s.fr),
            cell(&s.en)
        )?;
    }
    Ok(())
}

/// Article text as one line of Markdown that stays text: the characters that would start
/// emphasis, code, links, HTML or strikethrough are backslash-escaped (`&` only where it would
/// start an entity, `>` `#` `-` `+` and `1.` only at the start, where they open a block);
/// line breaks become spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' if starts_entity(&chars[i + 1..]) => out.push_str("\\&"),
            '>' | '#' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            '-' | '+' if i == 0 && chars.get(1) == Some(&' ') => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')'
                if i > 0
                    && chars[..i].iter().all(char::is_ascii_digit)
                    && chars.get(i + 1).is_none_or(|c| c.is_whitespace()) =>
            {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Whether the text after a `&` reads as an HTML entity (`amp;`, `#39;`).
fn starts_entity(rest: &[char]) -> bool {
    let name = rest
        .iter()
        .take(32)
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .count();
    name > 0 && rest.get(name) == Some(&';')
}

/// Article text for a table cell: [`escape`], and `|` escaped so no cell leaks into another.
fn cell(s: &str) -> String {
    escape(s).replace('|', "\\|")
}

#[cfg(test)]
mod document_tests {
    use super::*;
    use crate::render::test_document;

    fn render(doc: &AlignedDocument) -> String {
        let mut buf = Vec::new();
        document(doc, &mut buf).expect("writes to a Vec");
        String::from_utf8(buf).expect("utf-8")
    }

    #[test]
    fn header_paragraph_sections_and_escaped_cells() {
        let md = render(&test_document());
        assert!(
            md.starts_with("# a\\_b.fr.txt\n\n- **Source:** a\\_b.fr.txt\n- **Date:** 2022-03\n"),
            "{md}"
        );
        assert!(
            md.contains("- **Backend:** apertium (apertium: fr-es → spa-eng)\n"),
            "{md}"
        );
        assert!(md.contains("- **Sentences:** 3 in 2 paragraphs\n"), "{md}");
        assert!(md.contains("- **QA findings:** 1\n"), "{md}");
        // One table: the header once, the paragraph number where a paragraph starts.
        assert_eq!(
            md.matches("| ¶ | § | Français | English |").count(),
            1,
            "{md}"
        );
        assert!(
            md.contains("|--:|--:|---|---|\n| 1 | 1 | Le chat mange. | The cat eats. |\n"),
            "{md}"
        );
        assert!(
            md.contains("|  | 2 | Il est \\| content. | It is \\| happy. |\n"),
            "{md}"
        );
        assert!(
            md.contains("| 2 | 3 ⚠ | Une \\*grosse\\* \\<b>affirmation\\</b>. |"),
            "{md}"
        );
        assert!(
            md.contains("## QA findings\n\n- §3 `quotes`: markup \\<b> in the text\n"),
            "{md}"
        );
        // Every table row has exactly five unescaped pipes: no cell leaks into another.
        for row in md.lines().filter(|l| l.starts_with("| ")) {
            let pipes = row.replace("\\|", "").matches('|').count();
            assert_eq!(pipes, 5, "{row}");
        }
    }

    #[test]
    fn line_breaks_never_break_a_row() {
        assert_eq!(cell("a\nb\r\nc"), "a b  c");
    }

    #[test]
    fn only_what_markdown_would_read_is_escaped() {
        assert_eq!(escape("<stdin>"), "\\<stdin>");
        assert_eq!(escape("AT&T & co"), "AT&T & co");
        assert_eq!(escape("&amp; &#39;"), "\\&amp; \\&#39;");
        assert_eq!(escape("# 1. - x"), "\\# 1. - x");
        assert_eq!(escape("1. first"), "1\\. first");
        assert_eq!(escape("2022-03"), "2022-03");
        assert_eq!(escape("3.5 million"), "3.5 million");
        assert_eq!(escape("-5 degrees"), "-5 degrees");
        assert_eq!(
            escape("a_b *c* [d](e) `f` ~~g~~"),
            "a\\_b \\*c\\* \\[d\\](e) \\`f\\` \\~\\~g\\~\\~"
        );
    }

    #[test]
    fn empty_document_has_a_header_only() {
        let mut doc = test_document();
        doc.segments.clear();
        let md = render(&doc);
        assert!(md.contains("- **Sentences:** 0 in 0 paragraphs\n"), "{md}");
        assert!(md.contains("- **QA findings:** 0"), "{md}");
        assert!(!md.contains('¶'), "{md}");
    }
}
