//! A small, fast, deterministic French dependency parser: an averaged-perceptron part-of-speech
//! tagger and a greedy arc-hybrid transition parser over hashed sparse features, in the manner of
//! Honnibal's "Parsing English in 500 lines of Python" and Goldberg & Nivre's dynamic oracle. It
//! works on the surface tokens of UD French GSD ([`tokenize`]) and gives UD parts of speech,
//! heads and relations with their subtypes (`nsubj:pass`, `acl:relcl`…).
//!
//! The claims code asks it for the subject of a reporting verb, whether a verb has a clausal
//! complement, verbs joined by `conj`, and the antecedents of relative clauses.
//!
//! Files: [`tokenize`](tokenize()) (text → tokens), `labels.rs` ([`Upos`], [`Deprel`]),
//! `conllu.rs` (treebank reading, multiword tokens collapsed), `features.rs`, `perceptron.rs`
//! (training weights), `table.rs` (the weights as read in place from the model's bytes),
//! `tagger.rs`, `transition.rs` (the parser), `model.rs` ([`Parser`], the file format),
//! `train.rs` ([`train`]). Commands: `examples/syntax_train.rs`, `examples/syntax_eval.rs`.
//!
//! The model (`models/syntax-fr.bin`, built into the library when it exists; see
//! `models/README.md`) is trained on UD French GSD's train file only.

mod conllu;
mod features;
mod labels;
mod model;
mod perceptron;
mod table;
mod tagger;
mod tokenize;
mod train;
mod transition;

use std::sync::OnceLock;

pub use conllu::{read_conllu, Sentence};
pub use labels::{Deprel, Upos};
pub use model::Parser;
pub use tokenize::tokenize;
pub use train::{train, Scores, TrainOptions};

/// The analysis of one sentence: for each token its part of speech, its head (`None` for the
/// root of the sentence) and its relation to the head.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parse {
    /// Parts of speech.
    pub upos: Vec<Upos>,
    /// Head of each token, as an index into the sentence; `None` for the root.
    pub head: Vec<Option<usize>>,
    /// Relation of each token to its head.
    pub deprel: Vec<Deprel>,
}

impl Parse {
    /// The tokens whose head is `i`, in order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.head.len()).filter(move |&j| self.head[j] == Some(i))
    }
}

#[cfg(syntax_model)]
static MODEL_BYTES: &[u8] =
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/models/syntax-fr.bin"));

/// The committed French model, loaded once. `None` when the crate was built without
/// `models/syntax-fr.bin` (it is trained with `examples/syntax_train.rs`).
pub fn french() -> Option<&'static Parser> {
    static PARSER: OnceLock<Option<Parser>> = OnceLock::new();
    PARSER
        .get_or_init(|| {
            #[cfg(syntax_model)]
            {
                Parser::from_static(MODEL_BYTES).ok()
            }
            #[cfg(not(syntax_model))]
            {
                None
            }
        })
        .as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Made-up sentences in CoNLL-U, projective, with a multiword token.
    const TINY: &str = "1\tLe\tle\tDET\t_\t_\t2\tdet\t_\t_
2\tministre\tministre\tNOUN\t_\t_\t4\tnsubj\t_\t_
3\ta\tavoir\tAUX\t_\t_\t4\taux:tense\t_\t_
4\tdéclaré\tdéclarer\tVERB\t_\t_\t0\troot\t_\t_
5\tqu'\tque\tSCONJ\t_\t_\t8\tmark\t_\t_
6\til\til\tPRON\t_\t_\t8\tnsubj\t_\t_
7\tva\taller\tVERB\t_\t_\t8\taux\t_\t_
8\tpartir\tpartir\tVERB\t_\t_\t4\tccomp\t_\t_
9\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_

1\tLa\tle\tDET\t_\t_\t2\tdet\t_\t_
2\tporte-parole\tporte-parole\tNOUN\t_\t_\t6\tnsubj\t_\t_
3\t,\t,\tPUNCT\t_\t_\t5\tpunct\t_\t_
4\tqui\tqui\tPRON\t_\t_\t5\tnsubj\t_\t_
5\tsourit\tsourire\tVERB\t_\t_\t2\tacl:relcl\t_\t_
6\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_
7-8\tau\t_\t_\t_\t_\t_\t_\t_\t_
7\tà\tà\tADP\t_\t_\t9\tcase\t_\t_
8\tle\tle\tDET\t_\t_\t9\tdet\t_\t_
9\tpeuple\tpeuple\tNOUN\t_\t_\t6\tobl:arg\t_\t_
10\t.\t.\tPUNCT\t_\t_\t6\tpunct\t_\t_

1\tLes\tle\tDET\t_\t_\t2\tdet\t_\t_
2\tsyndicats\tsyndicat\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\tprotestent\tprotester\tVERB\t_\t_\t0\troot\t_\t_
4\tet\tet\tCCONJ\t_\t_\t5\tcc\t_\t_
5\tmenacent\tmenacer\tVERB\t_\t_\t3\tconj\t_\t_
6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_
";

    #[test]
    fn the_oracle_rebuilds_projective_gold_trees() {
        for s in read_conllu(TINY) {
            assert!(conllu::is_projective(&s.head));
            let (head, deprel) = transition::oracle_parse(&s);
            assert_eq!(head, s.head, "{:?}", s.words);
            assert_eq!(deprel, s.deprel, "{:?}", s.words);
        }
    }

    #[test]
    fn a_tiny_model_learns_its_training_sentences() {
        let sentences = read_conllu(TINY);
        let options = TrainOptions {
            tagger_epochs: 10,
            parser_epochs: 15,
            ..TrainOptions::default()
        };
        let mut lines = Vec::new();
        let bytes = train(&sentences, &sentences, &options, &mut |l| lines.push(l));
        assert!(lines.iter().any(|l| l.contains("0 left out")), "{lines:?}");
        // Training twice gives the same bytes (no hash-map order leaks into the model).
        let again = train(&sentences, &[], &options, &mut |_| {});
        assert_eq!(bytes, again);
        let parser = Parser::from_bytes(bytes).unwrap();
        for s in &sentences {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            let parse = parser.parse(&words);
            assert_eq!(parse.upos, s.upos, "{words:?}");
            assert_eq!(parse.head, s.head, "{words:?}");
            assert_eq!(parse.deprel, s.deprel, "{words:?}");
        }
        assert_eq!(parser.parse(&[]).head, Vec::<Option<usize>>::new());
    }

    #[test]
    fn a_damaged_model_is_refused() {
        let sentences = read_conllu(TINY);
        let mut bytes = train(&sentences, &[], &TrainOptions::default(), &mut |_| {});
        assert!(Parser::from_bytes(bytes[..bytes.len() - 3].to_vec()).is_err());
        bytes[0] = b'X';
        assert!(Parser::from_bytes(bytes).is_err());
    }

    #[cfg(syntax_model)]
    mod committed {
        use super::super::*;

        fn subject_of(sentence: &str, verb: &str) -> String {
            let spans = tokenize(sentence);
            let words: Vec<&str> = spans.iter().map(|r| &sentence[r.clone()]).collect();
            let parse = french().expect("the committed model").parse(&words);
            let v = words.iter().position(|w| *w == verb).expect("the verb");
            let subject = parse
                .children(v)
                .find(|&c| parse.deprel[c].base() == "nsubj")
                .unwrap_or_else(|| panic!("no subject of {verb}: {parse:?}"));
            // The subject's subtree, contiguous in these sentences.
            let mut inside = vec![false; words.len()];
            inside[subject] = true;
            for _ in 0..words.len() {
                for j in 0..words.len() {
                    if let Some(h) = parse.head[j] {
                        if inside[h] {
                            inside[j] = true;
                        }
                    }
                }
            }
            let first = inside.iter().position(|&x| x).unwrap();
            let last = inside.iter().rposition(|&x| x).unwrap();
            // A comma closing an incise belongs to it in UD; the speaker is the words.
            sentence[spans[first].start..spans[last].end]
                .trim_end_matches([',', ' '])
                .to_string()
        }

        #[test]
        fn the_committed_model_is_whole() {
            assert!(Parser::from_bytes(MODEL_BYTES.to_vec()).is_ok());
        }

        #[test]
        fn subjects_of_a_declare() {
            assert_eq!(
                subject_of(
                    "Le ministre de l'Intérieur a déclaré mardi que la réforme sera votée.",
                    "déclaré"
                ),
                "Le ministre de l'Intérieur"
            );
            assert_eq!(
                subject_of(
                    "« Nous ne céderons pas », a déclaré le porte-parole.",
                    "déclaré"
                ),
                "le porte-parole"
            );
            assert_eq!(
                subject_of(
                    "La présidente de la région, qui visitait l'usine, a déclaré que les emplois seraient sauvés.",
                    "déclaré"
                ),
                "La présidente de la région, qui visitait l'usine"
            );
            assert_eq!(
                subject_of("Selon lui, le syndicat a déclaré la grève.", "déclaré"),
                "le syndicat"
            );
        }
    }
}
