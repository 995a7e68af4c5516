//! Markdown output: the aligned text as a two-column table per paragraph, and the brief.

use std::io::{self, Write};

use crate::model::{AlignedDocument, Brief};

/// Writes the aligned French/English text: a header (source, date, backend, counts), then one
/// section per paragraph holding a two-column table, one row per sentence, and the QA findings.
pub fn document(doc: &AlignedDocument, out: &mut dyn Write) -> io::Result<()> {
    fn plural(n: usize) -> &'static str {
        if n == 1 {
            ""
        } else {
            "s"
        }
    }
    let mut paragraphs = 0;
    let mut last = None;
    for s in &doc.segments {
        if last != Some(s.paragraph) {
            paragraphs += 1;
            last = Some(s.paragraph);
        }
    }
    let findings: usize = doc.segments.iter().map(|s| s.qa.len()).sum();
    writeln!(out, "# {}", cell(&doc.source))?;
    writeln!(out)?;
    if let Some(date) = &doc.metadata.date {
        writeln!(out, "- **Date:** {}", cell(date))?;
    }
    writeln!(
        out,
        "- **Backend:** {} ({}{})",
        cell(&doc.backend.name),
        cell(&doc.backend.kind),
        if doc.backend.detail.is_empty() {
            String::new()
        } else {
            format!(", {}", cell(&doc.backend.detail))
        }
    )?;
    writeln!(
        out,
        "- **Sentences:** {} in {} paragraph{}; {} QA finding{}",
        doc.segments.len(),
        paragraphs,
        plural(paragraphs),
        findings,
        plural(findings)
    )?;
    let mut current = None;
    for s in &doc.segments {
        if current != Some(s.paragraph) {
            current = Some(s.paragraph);
            writeln!(out)?;
            writeln!(out, "## ¶ {}", s.paragraph)?;
            writeln!(out)?;
            writeln!(out, "| # | Français | English |")?;
            writeln!(out, "|--:|---|---|")?;
        }
        let flag = if s.qa.is_empty() { "" } else { " ⚠" };
        writeln!(
            out,
            "| {}{} | {} | {} |",
            s.id,
            flag,
            cell(&s.fr),
            cell(&s.en)
        )?;
    }
    if findings > 0 {
        writeln!(out)?;
        writeln!(out, "## QA findings")?;
        writeln!(out)?;
        for f in doc.segments.iter().flat_map(|s| &s.qa) {
            writeln!(
                out,
                "- #{} {}: {}",
                f.segment,
                cell(&f.check),
                cell(&f.message)
            )?;
        }
    }
    Ok(())
}

/// Writes the brief: header, summary (English with the French beneath), key claims table,
/// aligned text and QA findings. Article text is escaped so that it cannot become Markdown or
/// HTML markup (`|` in tables, `<` everywhere).
pub fn brief(brief: &Brief, out: &mut dyn Write) -> io::Result<()> {
    let doc = &brief.document;
    let headline = brief.headline.as_ref();
    writeln!(
        out,
        "# {}",
        inline(&super::briefing::brief_title(doc, headline))
    )?;
    writeln!(out)?;
    if let Some(fr) = super::briefing::headline_fr(headline) {
        writeln!(out, "_{}_", inline(&fr))?;
        writeln!(out)?;
    }
    for line in super::briefing::brief_facts(brief) {
        writeln!(out, "- {}", inline(&line))?;
    }
    writeln!(out)?;

    writeln!(out, "## Summary")?;
    writeln!(out)?;
    if brief.summary.is_empty() {
        writeln!(out, "_No sentence to summarize._")?;
    }
    for id in &brief.summary {
        if let Some(s) = doc.segments.iter().find(|s| s.id == *id) {
            writeln!(out, "- {} [§{}]", inline(&s.en), s.id)?;
            writeln!(out, "  > _{}_", inline(&s.fr))?;
        }
    }
    writeln!(out)?;

    writeln!(out, "## Key claims")?;
    writeln!(out)?;
    if brief.claims.is_empty() {
        writeln!(out, "_No reported speech or attribution found._")?;
    } else {
        writeln!(out, "| Who | Kind | Claim (EN) | Claim (FR) | § |")?;
        writeln!(out, "|---|---|---|---|---|")?;
        for c in &brief.claims {
            writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                brief_cell(&super::briefing::claim_who(c)),
                brief_cell(&super::briefing::claim_kind(c)),
                brief_cell(&c.en),
                brief_cell(&c.fr),
                c.segment
            )?;
        }
    }
    writeln!(out)?;

    writeln!(out, "## Aligned text")?;
    writeln!(out)?;
    writeln!(out, "| § | Français | English |")?;
    writeln!(out, "|---|---|---|")?;
    for s in &doc.segments {
        writeln!(
            out,
            "| {} | {} | {} |",
            s.id,
            brief_cell(&s.fr),
            brief_cell(&s.en)
        )?;
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
            inline(&f.check),
            inline(&f.message)
        )?;
    }
    Ok(())
}

/// Article text for a line of Markdown: one line, no HTML tag, no link, no emphasis: the
/// characters Markdown would interpret are backslash-escaped and `<` becomes `&lt;`.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Article text for a table cell of the brief: one line, no HTML tags, pipes escaped.
fn brief_cell(s: &str) -> String {
    inline(s).replace('|', "\\|")
}

fn cell(s: &str) -> String {
    // One line of Markdown, table cells included: the characters that would start emphasis,
    // code, links, HTML or a cell break are backslash-escaped; line breaks become spaces.
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '&' | '~' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
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
            md.starts_with("# a\\_b.fr.txt\n\n- **Date:** 2022-03\n"),
            "{md}"
        );
        assert!(
            md.contains("- **Backend:** apertium (apertium, fr-es → spa-eng)"),
            "{md}"
        );
        assert!(md.contains("3 in 2 paragraphs; 1 QA finding\n"), "{md}");
        assert!(md.contains("## ¶ 1\n\n| # | Français | English |\n|--:|---|---|\n| 1 | Le chat mange. | The cat eats. |\n"), "{md}");
        assert!(
            md.contains("| 2 | Il est \\| content. | It is \\| happy. |\n"),
            "{md}"
        );
        assert!(md.contains("## ¶ 2\n"), "{md}");
        assert!(
            md.contains("| 3 ⚠ | Une \\*grosse\\* \\<b\\>affirmation\\</b\\>. |"),
            "{md}"
        );
        assert!(
            md.contains("## QA findings\n\n- #3 quotes: markup \\<b\\> in the text\n"),
            "{md}"
        );
        // Every table row has exactly four unescaped pipes: no cell leaks into another.
        for row in md
            .lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| #"))
        {
            let pipes = row.replace("\\|", "").matches('|').count();
            assert_eq!(pipes, 4, "{row}");
        }
    }

    #[test]
    fn line_breaks_never_break_a_row() {
        assert_eq!(cell("a\nb\r\nc"), "a b  c");
    }

    #[test]
    fn empty_document_has_a_header_only() {
        let mut doc = test_document();
        doc.segments.clear();
        let md = render(&doc);
        assert!(md.contains("0 in 0 paragraphs; 0 QA findings"), "{md}");
        assert!(!md.contains('¶'), "{md}");
    }
}
