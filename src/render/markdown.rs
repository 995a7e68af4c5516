//! Markdown output: the aligned text as a two-column table per paragraph, and the brief.

use std::io::{self, Write};

use crate::model::{AlignedDocument, Brief};

/// Writes the aligned French/English text.
pub fn document(doc: &AlignedDocument, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "| § | Français | English |")?;
    writeln!(out, "|---|---|---|")?;
    for s in &doc.segments {
        writeln!(out, "| {} | {} | {} |", s.id, cell(&s.fr), cell(&s.en))?;
    }
    Ok(())
}

/// Writes the brief: header, summary (English with the French beneath), key claims table,
/// aligned text and QA findings. Article text is escaped so that it cannot become Markdown or
/// HTML markup (`|` in tables, `<` everywhere).
pub fn brief(brief: &Brief, out: &mut dyn Write) -> io::Result<()> {
    let doc = &brief.document;
    writeln!(out, "# {}", inline(&super::briefing::brief_title(doc)))?;
    writeln!(out)?;
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
    s.replace('|', "\\|").replace('\n', " ")
}
