//! HTML output: one self-contained page, French and English side by side.

use std::io::{self, Write};

use crate::model::{AlignedDocument, Brief};

/// Writes a translated document.
pub fn document(doc: &AlignedDocument, out: &mut dyn Write) -> io::Result<()> {
    let _ = (doc, out);
    Err(io::Error::other("html output is not built yet"))
}

/// Writes a brief.
pub fn brief(brief: &Brief, out: &mut dyn Write) -> io::Result<()> {
    document(&brief.document, out)
}
