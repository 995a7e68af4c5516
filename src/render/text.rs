//! Plain-text output: the English alone, one paragraph per block.

use std::io::{self, Write};

use crate::model::AlignedDocument;

/// Writes the English of `doc`: the sentences of a paragraph joined by a space, paragraphs
/// separated by a blank line. Empty translations are left out; an empty document is one empty
/// line. A headline (a French segment with no final punctuation) keeps a line of its own.
pub fn document(doc: &AlignedDocument, out: &mut dyn Write) -> io::Result<()> {
    let mut paragraph = None;
    let mut line_open = false;
    let mut after_headline = false;
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
            if after_headline {
                writeln!(out)?;
            } else {
                write!(out, " ")?;
            }
        }
        // One paragraph, one line: line breaks inside a sentence become spaces.
        write!(out, "{}", en.replace(['\n', '\r'], " "))?;
        line_open = true;
        after_headline = is_headline(&s.fr);
    }
    if line_open || paragraph.is_none() {
        writeln!(out)?;
    }
    Ok(())
}

/// Whether a French segment reads as a headline: no sentence-final punctuation, closing quotes
/// and brackets aside.
fn is_headline(fr: &str) -> bool {
    let end = fr.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '»' | '”' | '\'' | ')' | ']')
    });
    !end.ends_with(['.', '!', '?', '…', ':', ';'])
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

    #[test]
    fn a_headline_keeps_its_own_line() {
        let mut doc = test_document();
        doc.segments.truncate(2);
        doc.segments[0].fr = "Le chat".into();
        doc.segments[0].en = "The cat".into();
        doc.segments[1].paragraph = doc.segments[0].paragraph;
        doc.segments[1].fr = "Il mange.".into();
        doc.segments[1].en = "It eats.".into();
        assert_eq!(render(&doc), "The cat\nIt eats.\n");
    }
}
