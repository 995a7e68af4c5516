//! `passerelle-syntax`: a small, fast, deterministic French dependency parser, built for the
//! key-claims work of issue 18 (the subject of a reporting verb, its clausal complement). The
//! product uses its TAGGER: `models/tagger-fr.bin` (a tagger-only model, see
//! `models/README.md`) is embedded in the claims (`src/brief/claims/pos.rs`). No parser model
//! is committed: one trained on the treebanks available offline did not improve the claims
//! (BENCHMARKS.md, « French parser (syntax) »).
//! Train one with `examples/syntax_train.rs`, score it with `examples/syntax_eval.rs`. An
//! averaged-perceptron part-of-speech tagger and a greedy arc-hybrid transition
//! parser over hashed sparse features, in the manner of Honnibal's "Parsing English in 500
//! lines of Python" and Goldberg & Nivre's dynamic oracle. It works on the surface tokens of UD
//! French GSD ([`tokenize`](tokenize())) and gives UD parts of speech, heads and relations with
//! their subtypes (`nsubj:pass`, `acl:relcl`…).
//!
//! It is a crate of its own so that Cargo compiles it optimised in the dev profile too (like
//! every dependency, `[profile.dev.package]` in the workspace's Cargo.toml): unoptimised, a
//! parse is ten times slower.
//!
//! Files: `tokenize.rs` (text → tokens), `labels.rs` ([`Upos`], [`Deprel`]), `conllu.rs`
//! (treebank reading, multiword tokens collapsed), `features.rs`, `perceptron.rs` (training
//! weights), `table.rs` (the weights as read in place from the model's bytes), `tagger.rs`,
//! `transition.rs` (the parser), `model.rs` ([`Parser`], the file format), `train.rs`
//! ([`train`]).
#![warn(missing_docs)]

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

    /// Token `i` and everything below it, in order (a subject's whole phrase: « Le ministre
    /// de l'Intérieur »).
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        (0..self.head.len())
            .filter(|&j| {
                // Walk up from j; a parse is a tree, so at most len steps.
                let mut k = j;
                for _ in 0..=self.head.len() {
                    if k == i {
                        return true;
                    }
                    match self.head[k] {
                        Some(h) => k = h,
                        None => return false,
                    }
                }
                false
            })
            .collect()
    }
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
        // A size limit prunes the model down to it.
        let limit = TrainOptions {
            max_bytes: Some(again.len() * 2 / 3),
            ..options
        };
        let small = train(&sentences, &[], &limit, &mut |_| {});
        assert!(
            small.len() <= again.len() * 2 / 3,
            "{} of {}",
            small.len(),
            again.len()
        );
        assert!(Parser::from_bytes(small).is_ok());
    }

    #[test]
    fn no_parser_epoch_gives_a_tagger_only_model() {
        let sentences = read_conllu(TINY);
        let options = TrainOptions {
            tagger_epochs: 10,
            parser_epochs: 0,
            ..TrainOptions::default()
        };
        let mut lines = Vec::new();
        let bytes = train(&sentences, &[], &options, &mut |l| lines.push(l));
        assert!(lines.iter().any(|l| l.contains("tagger-only")), "{lines:?}");
        let tagger = Parser::from_bytes(bytes.clone()).unwrap();
        assert!(!tagger.has_parser());
        for s in &sentences {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            assert_eq!(tagger.tag(&words), s.upos, "{words:?}");
        }
        // Must not: a model trained with parser epochs has a parser.
        let full = train(&sentences, &[], &TrainOptions::default(), &mut |_| {});
        assert!(Parser::from_bytes(full).unwrap().has_parser());
        // Read in place from static bytes, the same tags.
        let leaked: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        let words = ["Les", "syndicats", "protestent", "."];
        assert_eq!(
            Parser::from_static(leaked).unwrap().tag(&words),
            tagger.tag(&words)
        );
    }

    /// The committed tagger (`models/tagger-fr.bin`) on a made-up sentence: the verbs are
    /// VERB or AUX, the nouns NOUN, the name PROPN.
    #[test]
    fn the_committed_tagger_tags_a_made_up_sentence() {
        let tagger = Parser::from_static(include_bytes!("../models/tagger-fr.bin")).unwrap();
        assert!(!tagger.has_parser());
        let words = [
            "La",
            "ministre",
            "Claire",
            "Dubois",
            "a",
            "annoncé",
            "mardi",
            "que",
            "les",
            "écoles",
            "resteront",
            "fermées",
            "pour",
            "protéger",
            "les",
            "élèves",
            ".",
        ];
        let tags = tagger.tag(&words);
        let tag_of = |w: &str| tags[words.iter().position(|x| *x == w).unwrap()];
        assert_eq!(tag_of("ministre"), Upos::Noun);
        assert_eq!(tag_of("écoles"), Upos::Noun);
        assert_eq!(tag_of("Dubois"), Upos::Propn);
        assert_eq!(tag_of("a"), Upos::Aux);
        assert_eq!(tag_of("annoncé"), Upos::Verb);
        assert_eq!(tag_of("resteront"), Upos::Verb);
        assert_eq!(tag_of("protéger"), Upos::Verb);
        assert_eq!(tag_of("La"), Upos::Det);
        assert_eq!(tag_of("."), Upos::Punct);
    }

    #[test]
    fn subtrees_and_children() {
        let s = &read_conllu(TINY)[1];
        let parse = Parse {
            upos: s.upos.clone(),
            head: s.head.clone(),
            deprel: s.deprel.clone(),
        };
        // « La porte-parole , qui sourit »: the subject of « parle ».
        assert_eq!(parse.subtree(1), [0, 1, 2, 3, 4]);
        assert_eq!(parse.children(5).collect::<Vec<_>>(), [1, 7, 8]);
        assert_eq!(parse.subtree(5).len(), s.len());
        assert_eq!(parse.subtree(8), [8]);
    }

    #[test]
    fn a_damaged_model_is_refused() {
        let sentences = read_conllu(TINY);
        let mut bytes = train(&sentences, &[], &TrainOptions::default(), &mut |_| {});
        assert!(Parser::from_bytes(bytes[..bytes.len() - 3].to_vec()).is_err());
        bytes[0] = b'X';
        assert!(Parser::from_bytes(bytes).is_err());
    }
}
