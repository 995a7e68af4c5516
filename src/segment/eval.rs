//! Measuring the segmenter against gold sentences: build running text from a CoNLL-U file
//! whose sentences are in reading order, then score predicted boundaries against the gold ones.
//!
//! The running text joins the gold sentences (their `# text = ` lines) with a space, or with a
//! line break after a sentence that does not end with final punctuation (`.`, `!`, `?`, `…`,
//! possibly followed by closing quotes or brackets): a headline or a list item, which a news
//! text puts on a line of its own. A boundary is the byte offset where a sentence ends; the end
//! of the text is not counted.

use std::collections::HashSet;
use std::ops::Range;

/// Running text built from gold sentences, with the gold boundaries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldText {
    /// The sentences joined into one text.
    pub text: String,
    /// Byte range of each gold sentence in [`GoldText::text`].
    pub sentences: Vec<Range<usize>>,
}

impl GoldText {
    /// Builds the running text from the `# text = ` lines of a CoNLL-U file.
    pub fn from_conllu(conllu: &str) -> GoldText {
        Self::from_sentences(conllu.lines().filter_map(|l| l.strip_prefix("# text = ")))
    }

    /// Builds the running text from sentences in reading order.
    pub fn from_sentences<'s>(sentences: impl IntoIterator<Item = &'s str>) -> GoldText {
        let mut text = String::new();
        let mut ranges = Vec::new();
        for s in sentences {
            let s = s.trim();
            if s.is_empty() {
                continue;
            }
            if let Some(prev) = ranges.last().map(|r: &Range<usize>| &text[r.clone()]) {
                let sep = if ends_with_final_punct(prev) {
                    ' '
                } else {
                    '\n'
                };
                text.push(sep);
            }
            ranges.push(text.len()..text.len() + s.len());
            text.push_str(s);
        }
        GoldText {
            text,
            sentences: ranges,
        }
    }

    /// This text repeated `times` times, joined by blank lines (paragraph breaks), with the
    /// sentence ranges shifted to match.
    pub fn repeat(&self, times: usize) -> GoldText {
        let mut text = String::with_capacity((self.text.len() + 2) * times);
        let mut sentences = Vec::with_capacity(self.sentences.len() * times);
        for n in 0..times {
            if n > 0 {
                text.push_str("\n\n");
            }
            let base = text.len();
            text.push_str(&self.text);
            sentences.extend(self.sentences.iter().map(|r| base + r.start..base + r.end));
        }
        GoldText { text, sentences }
    }

    /// Scores predicted sentence ranges of [`GoldText::text`] against the gold sentences.
    pub fn score(&self, predicted: &[Range<usize>]) -> Scores {
        Scores::new(&boundaries(predicted), &boundaries(&self.sentences))
    }
}

/// Sentence ends, the last one (the end of the text) excluded.
fn boundaries(sentences: &[Range<usize>]) -> Vec<usize> {
    let n = sentences.len().saturating_sub(1);
    sentences[..n].iter().map(|r| r.end).collect()
}

/// Whether a gold sentence ends with final punctuation, possibly followed by closers.
fn ends_with_final_punct(s: &str) -> bool {
    let core = s.trim_end_matches(['»', '"', '”', ')', ']', ' ', '\u{a0}']);
    core.ends_with(['.', '!', '?', '…'])
}

/// Boundary precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// Predicted boundaries that are gold boundaries.
    pub true_positives: usize,
    /// Predicted boundaries that are not.
    pub false_positives: usize,
    /// Gold boundaries not predicted.
    pub false_negatives: usize,
}

impl Scores {
    /// Compares predicted boundary offsets with gold ones.
    pub fn new(predicted: &[usize], gold: &[usize]) -> Scores {
        let gold: HashSet<usize> = gold.iter().copied().collect();
        let predicted: HashSet<usize> = predicted.iter().copied().collect();
        let tp = predicted.intersection(&gold).count();
        Scores {
            true_positives: tp,
            false_positives: predicted.len() - tp,
            false_negatives: gold.len() - tp,
        }
    }

    /// TP / (TP + FP); 1 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    /// TP / (TP + FN); 1 when there is nothing to find.
    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::split_sentences;

    fn gold_set() -> GoldText {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/segmentation/annodis.er.conllu"
        );
        let conllu = std::fs::read_to_string(path).expect("gold set fixture");
        GoldText::from_conllu(&conllu)
    }

    #[test]
    fn running_text_and_boundaries() {
        let g = GoldText::from_sentences(["Titre", "Une phrase.", "Deux ?", "Fin"]);
        assert_eq!(g.text, "Titre\nUne phrase. Deux ? Fin");
        assert_eq!(g.sentences, vec![0..5, 6..17, 18..24, 25..28]);
        let perfect = g.score(&g.sentences);
        assert_eq!(perfect.f1(), 1.0);
        // One boundary missed, one invented.
        let s = g.score(&[0..17, 18..20, 21..28]);
        assert_eq!(
            (s.true_positives, s.false_positives, s.false_negatives),
            (1, 1, 2)
        );
        assert!((s.precision() - 0.5).abs() < 1e-9);
        assert!((s.recall() - 1.0 / 3.0).abs() < 1e-9);
        let r = g.repeat(2);
        assert_eq!(r.sentences.len(), 8);
        assert_eq!(&r.text[r.sentences[5].clone()], "Une phrase.");
    }

    /// The accuracy floor on the shared gold set (524 sentences of French regional news). It
    /// is the figure reached when this test was written: a change that loses accuracy fails.
    #[test]
    fn f1_on_the_gold_set() {
        let gold = gold_set();
        assert_eq!(gold.sentences.len(), 524);
        let predicted = split_sentences(&gold.text);
        let scores = gold.score(&predicted);
        let report: Vec<String> = missed_and_extra(&gold, &predicted);
        assert!(
            scores.f1() >= F1_FLOOR,
            "F1 {:.4} (P {:.4}, R {:.4}) below {F1_FLOOR}:\n{}",
            scores.f1(),
            scores.precision(),
            scores.recall(),
            report.join("\n")
        );
    }

    const F1_FLOOR: f64 = 0.998;

    /// Context around each wrong boundary, for the failure message.
    fn missed_and_extra(gold: &GoldText, predicted: &[Range<usize>]) -> Vec<String> {
        let g: HashSet<usize> = boundaries(&gold.sentences).into_iter().collect();
        let p: HashSet<usize> = boundaries(predicted).into_iter().collect();
        let show = |at: usize| {
            let t = &gold.text;
            let mut a = at.saturating_sub(40);
            while !t.is_char_boundary(a) {
                a -= 1;
            }
            let mut b = (at + 40).min(t.len());
            while !t.is_char_boundary(b) {
                b += 1;
            }
            format!("{}|{}", &t[a..at], &t[at..b]).replace('\n', "⏎")
        };
        let mut out: Vec<(usize, String)> = g
            .difference(&p)
            .map(|&at| (at, format!("missed: {}", show(at))))
            .chain(
                p.difference(&g)
                    .map(|&at| (at, format!("extra:  {}", show(at)))),
            )
            .collect();
        out.sort();
        out.into_iter().map(|(_, s)| s).collect()
    }
}
