//! JSON output: the schema of design §3, one object per input.

use std::io::{self, Write};

use crate::model::{AlignedDocument, Brief};

/// Writes a translated document as pretty JSON.
pub fn document(doc: &AlignedDocument, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, doc)?;
    writeln!(out)
}

/// Writes a brief as pretty JSON.
pub fn brief(brief: &Brief, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, brief)?;
    writeln!(out)
}
