//! Plain-text output: the English alone, one paragraph per block.

use std::io::{self, Write};

use crate::model::AlignedDocument;

/// Writes the English of `doc`, sentences of a paragraph joined by a space.
pub fn document(doc: &AlignedDocument, out: &mut dyn Write) -> io::Result<()> {
    let mut paragraph = None;
    for s in &doc.segments {
        if paragraph.is_some() && paragraph != Some(s.paragraph) {
            write!(out, "\n\n")?;
        } else if paragraph.is_some() {
            write!(out, " ")?;
        }
        write!(out, "{}", s.en)?;
        paragraph = Some(s.paragraph);
    }
    writeln!(out)
}
