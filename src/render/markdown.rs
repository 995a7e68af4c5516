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

/// Writes the brief.
pub fn brief(brief: &Brief, out: &mut dyn Write) -> io::Result<()> {
    document(&brief.document, out)
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}
