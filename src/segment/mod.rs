//! French sentence segmentation: turns a [`Document`] into [`Segment`]s with ids, paragraph
//! numbers, normalized text and byte spans in the original text.
//!
//! The boundary rules live in [`rules`] (see its notes), the abbreviation lists in
//! `abbreviations`, and the measurement against a gold standard in [`eval`].

use std::ops::Range;

use crate::document::Document;
use crate::normalize::normalize;

mod abbreviations;
pub mod eval;
pub mod rules;

pub use rules::split_sentences;

/// One sentence of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// 1-based id in reading order.
    pub id: usize,
    /// 1-based paragraph number.
    pub paragraph: usize,
    /// The sentence, normalized.
    pub text: String,
    /// Byte range of the sentence in [`Document::text`].
    pub span: Range<usize>,
}

/// The longest segment sent to a backend, in bytes. A longer "sentence" (a run of text with no
/// sentence end: a list, a table flattened to text, garbage) is cut at the last space before
/// the limit, or at a character boundary when it has none, so that every backend's size limit
/// holds (Google's 5,000 bytes per request is the smallest) and no engine is handed 100 KB.
pub const MAX_SEGMENT_BYTES: usize = 2_000;

/// Splits every paragraph of `doc` into sentences.
pub fn segment_document(doc: &Document) -> Vec<Segment> {
    let mut out = Vec::new();
    for (p, range) in doc.paragraphs.iter().enumerate() {
        let para = &doc.text[range.clone()];
        let pieces = split_sentences(para)
            .into_iter()
            .flat_map(|s| cut_long(para, s, MAX_SEGMENT_BYTES));
        for s in pieces {
            let span = range.start + s.start..range.start + s.end;
            let text = normalize(&doc.text[span.clone()]);
            // A "sentence" of invisible characters only (a stray BOM, a zero-width space)
            // normalizes to nothing: it is no segment.
            if text.trim().is_empty() {
                continue;
            }
            out.push(Segment {
                id: out.len() + 1,
                paragraph: p + 1,
                text,
                span,
            });
        }
    }
    out
}

/// `range` of `text` cut into pieces of at most `max` bytes (see [`MAX_SEGMENT_BYTES`]), each
/// trimmed of whitespace and never empty, together covering the range's non-space text.
fn cut_long(text: &str, range: Range<usize>, max: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    while range.end - start > max {
        let mut limit = start + max;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let cut = window
            .char_indices()
            .rev()
            .find(|&(i, c)| c.is_whitespace() && i > 0)
            .map_or(limit, |(i, _)| start + i);
        // At least one character, even if the first one is wider than `max`.
        let cut = if cut > start {
            cut
        } else {
            start + text[start..].chars().next().map_or(1, char::len_utf8)
        };
        let piece = text[start..cut].trim_end();
        if !piece.is_empty() {
            out.push(start..start + piece.len());
        }
        let rest = &text[cut..range.end];
        start = range.end - rest.trim_start().len();
    }
    if start < range.end {
        out.push(start..range.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::decode;

    #[test]
    fn sample_article_gives_13_segments_after_the_metadata() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/ukraine-chine-2022-03.fr.txt"
        );
        let doc = decode("sample", &std::fs::read(path).unwrap()).unwrap();
        assert_eq!(doc.metadata.date.as_deref(), Some("2022-03"));
        let segs = segment_document(&doc);
        assert_eq!(segs.len(), 13, "{segs:#?}");
        assert!(segs[0]
            .text
            .starts_with("The Financial Times, Washington Post"));
        assert!(segs[1].text.starts_with("Cependant, ces sources"));
        assert!(segs[4]
            .text
            .starts_with("\"Je n'ai jamais entendu parler de ça\", a réagi"));
        assert!(segs[11].text.ends_with("le 24 février, a-t-il insisté."));
        assert_eq!(segs[12].text, "\"Il y aura absolument des conséquences en cas d'importantes actions visant à contourner les sanctions\", a prévenu Jake Sullivan.");
        for (n, s) in segs.iter().enumerate() {
            assert_eq!(s.id, n + 1);
            assert_eq!(normalize(&doc.text[s.span.clone()]), s.text);
        }
        assert_eq!(
            segs.iter().map(|s| s.paragraph).collect::<Vec<_>>(),
            [1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
        );
    }

    #[test]
    fn segments_carry_paragraphs_normalized_text_and_original_spans() {
        let doc = decode(
            "a",
            "\u{feff}date 2022-03 Titre\r\nM. Dupont l’a dit\u{a0}: «\u{a0}non\u{a0}». Fin.\r\n\r\nSuite"
                .as_bytes(),
        )
        .unwrap();
        let segs = segment_document(&doc);
        let texts: Vec<_> = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Titre", "M. Dupont l'a dit : « non ».", "Fin.", "Suite"]
        );
        assert_eq!(
            segs.iter().map(|s| s.paragraph).collect::<Vec<_>>(),
            [1, 1, 1, 2]
        );
        assert_eq!(
            &doc.text[segs[1].span.clone()],
            "M. Dupont l’a dit\u{a0}: «\u{a0}non\u{a0}»."
        );
    }

    #[test]
    fn an_overlong_sentence_is_cut_at_spaces_within_the_limit() {
        // 100 KB of words with no sentence end.
        let text = "mot ".repeat(25_000);
        let doc = decode("long", text.as_bytes()).unwrap();
        let segs = segment_document(&doc);
        assert!(segs.len() >= 50, "{}", segs.len());
        let mut covered = 0;
        for s in &segs {
            assert!(s.span.len() <= MAX_SEGMENT_BYTES, "{}", s.span.len());
            assert!(doc.text[covered..s.span.start].trim().is_empty());
            assert!(
                s.text.starts_with("mot") && s.text.ends_with("mot"),
                "{:?}",
                s.text
            );
            covered = s.span.end;
        }
        assert!(doc.text[covered..].trim().is_empty());
    }

    #[test]
    fn an_overlong_word_is_cut_on_char_boundaries() {
        let text = "é".repeat(3_001);
        let doc = decode("long", text.as_bytes()).unwrap();
        let segs = segment_document(&doc);
        assert_eq!(segs.len(), 4);
        assert!(segs.iter().all(|s| s.span.len() <= MAX_SEGMENT_BYTES));
        assert_eq!(segs.iter().map(|s| s.text.len()).sum::<usize>(), 6_002);
    }

    #[test]
    fn invisible_sentences_are_no_segments() {
        // Found by the segment fuzz target (tests/fixtures/fuzz/segment/crash-fd91883b: " \u{feff} " gave an empty segment).
        let doc = decode("a", "Un. \u{200B}\u{FEFF}\n Deux.".as_bytes()).unwrap();
        let segs = segment_document(&doc);
        let texts: Vec<_> = segs.iter().map(|s| s.text.as_str()).collect();
        assert!(texts.iter().all(|t| !t.trim().is_empty()), "{texts:?}");
        assert_eq!(
            segs.iter().map(|s| s.id).collect::<Vec<_>>(),
            (1..=segs.len()).collect::<Vec<_>>()
        );
    }
}
