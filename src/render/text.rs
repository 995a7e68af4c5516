//! Plain-text output: the English alone, one paragraph per block; and the brief as plain
//! text (title, the header every format shows, summary and key claims in English with the
//! French beneath, the English text, QA findings), for a terminal or an e-mail.

use std::io::{self, Write};

use super::briefing;
use crate::model::{AlignedDocument, Brief};

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
        write!(out, "{}", one_line(en))?;
        line_open = true;
        after_headline = is_headline(&s.fr);
    }
    if line_open || paragraph.is_none() {
        writeln!(out)?;
    }
    Ok(())
}

/// Writes the brief as plain text: the title (and the headline's French), the header facts,
/// then the sections Summary, Key claims, Text (the English, as [`document`] writes it) and
/// QA findings, each under an underlined heading. Summary sentences and claims give their
/// English with the French beneath and their sentence number (`§3`).
pub fn brief(brief: &Brief, out: &mut dyn Write) -> io::Result<()> {
    let doc = &brief.document;
    let headline = brief.headline.as_ref();
    writeln!(out, "{}", one_line(&briefing::brief_title(doc, headline)))?;
    if let Some(fr) = briefing::headline_fr(headline) {
        writeln!(out, "{}", one_line(&fr))?;
    }
    writeln!(out)?;
    for f in briefing::brief_facts(brief) {
        writeln!(out, "{}: {}", f.label, one_line(&f.value))?;
    }

    heading("Summary", out)?;
    if brief.summary.is_empty() {
        writeln!(out, "No sentence to summarize.")?;
    }
    for id in &brief.summary {
        if let Some(s) = doc.segments.iter().find(|s| s.id == *id) {
            writeln!(out, "- {} [§{}]", one_line(&s.en), s.id)?;
            writeln!(out, "  {}", one_line(&s.fr))?;
        }
    }

    heading("Key claims", out)?;
    if brief.claims.is_empty() {
        writeln!(out, "No reported speech or attribution found.")?;
    }
    for (i, c) in brief.claims.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "- {} [§{}]", one_line(&c.en), c.segment)?;
        writeln!(out, "  {}", one_line(&c.fr))?;
        writeln!(out, "  Who: {}", one_line(&briefing::claim_who(c)))?;
        writeln!(out, "  Kind: {}", one_line(&briefing::claim_kind(c)))?;
    }
    if let Some(legend) = briefing::claims_legend(&brief.claims) {
        writeln!(out)?;
        writeln!(out, "{legend}")?;
    }

    heading("Text", out)?;
    document(doc, out)?;

    heading("QA findings", out)?;
    if brief.qa.is_empty() {
        writeln!(out, "None.")?;
    }
    for f in &brief.qa {
        writeln!(
            out,
            "- §{} {}: {}",
            f.segment,
            f.check,
            one_line(&f.message)
        )?;
    }
    Ok(())
}

/// A section heading, underlined, after a blank line.
fn heading(title: &str, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{title}")?;
    writeln!(out, "{}", "-".repeat(title.chars().count()))?;
    writeln!(out)
}

/// `text` on one line: line breaks inside it become spaces.
fn one_line(text: &str) -> String {
    text.trim().replace(['\n', '\r'], " ")
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
    fn the_text_brief_holds_summary_claims_text_and_findings() {
        use crate::model::{Claim, ClaimKind, SpeakerKind};
        let doc = test_document();
        let qa = doc.segments.iter().flat_map(|s| s.qa.clone()).collect();
        let brief = Brief {
            document: doc,
            headline: None,
            summary: vec![1, 3],
            claims: vec![Claim {
                segment: 2,
                speaker: "Jean Dupont".into(),
                speaker_kind: SpeakerKind::Person,
                cue: "a dit".into(),
                kind: ClaimKind::Statement,
                quote: false,
                unconfirmed: true,
                fr: "Il est | content.".into(),
                en: "It is | happy.".into(),
                role: None,
                speaker_en: None,
                role_en: None,
                speaker_as_written: None,
            }],
            qa,
        };
        let mut buf = Vec::new();
        super::brief(&brief, &mut buf).unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "Brief: a_b.fr.txt\n\
             \n\
             Source: a_b.fr.txt\n\
             Date: 2022-03\n\
             Backend: apertium (apertium: fr-es → spa-eng)\n\
             Sentences: 3 in 2 paragraphs\n\
             Key claims: 1\n\
             Glossary terms: 1 found, 0 missing in the translation\n\
             QA findings: 1\n\
             \n\
             Summary\n-------\n\n\
             - The cat eats. [§1]\n  Le chat mange.\n\
             - A *bold* <b>claim</b>. [§3]\n  Une *grosse* <b>affirmation</b>.\n\
             \n\
             Key claims\n----------\n\n\
             - It is | happy. [§2]\n  Il est | content.\n\
             \x20 Who: Jean Dupont · person\n\
             \x20 Kind: statement, unconfirmed («a dit»)\n\
             \n\
             Text\n----\n\n\
             The cat eats. It is | happy.\n\nA *bold* <b>claim</b>.\n\
             \n\
             QA findings\n-----------\n\n\
             - §3 quotes: markup <b> in the text\n"
        );
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
