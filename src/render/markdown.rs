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

/// Writes the brief.
pub fn brief(brief: &Brief, out: &mut dyn Write) -> io::Result<()> {
    document(&brief.document, out)
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
