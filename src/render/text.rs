//! Plain-text output: the English alone, one paragraph per block.

use std::io::{self, Write};

use crate::model::AlignedDocument;

/// Writes the English of `doc`: the sentences of a paragraph joined by a space, paragraphs
/// separated by a blank line. Empty translations are left out; an empty document is one empty
/// line.
pub fn document(doc: &AlignedDocument, out: &mut dyn Write) -> io::Result<()> {
    let mut paragraph = None;
    let mut line_open = false;
    for s in &doc.segments {
        let en = s.en.trim();
        if paragraph != Some(s.paragraph) {
            if paragraph.is_some() {
                if line_open {
                    writeln!(out)?;
                }
                writeln!(out)?;
            }
            paragraph = Some(s.paragraph);
            line_open = false;
        }
        if en.is_empty() {
            continue;
        }
        if line_open {
            write!(out, " ")?;
        }
        // One paragraph, one line: line breaks inside a sentence become spaces.
        write!(out, "{}", en.replace(['\n', '\r'], " "))?;
        line_open = true;
    }
    if line_open || paragraph.is_none() {
        writeln!(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::test_document;

    fn render(doc: &AlignedDocument) -> String {
        let mut buf = Vec::new();
        document(doc, &mut buf).expect("writes to a Vec");
        String::from_utf8(buf).expect("utf-8")
    }

    #[test]
    fn paragraphs_are_blocks_of_english() {
        assert_eq!(
            render(&test_document()),
            "The cat eats. It is | happy.\n\nA *bold* <b>claim</b>.\n"
        );
    }

    #[test]
    fn empty_document_is_one_empty_line() {
        let mut doc = test_document();
        doc.segments.clear();
        assert_eq!(render(&doc), "\n");
    }
}
