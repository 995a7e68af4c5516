//! French syntax for the claims code: tokens, parts of speech, dependency trees. The engine is
//! the `passerelle-syntax` crate (`crates/syntax/`: tokenizer, tagger, arc-hybrid parser,
//! training), a crate of its own so that it is compiled optimised in the dev profile too; this
//! module re-exports its API and builds in the committed model, `models/syntax-fr.bin`
//! (`build.rs` sets `cfg(syntax_model)` when the file exists; see `models/README.md`).
//!
//! The claims code asks it for the subject of a reporting verb, whether a verb has a clausal
//! complement, verbs joined by `conj`, and the antecedents of relative clauses:
//!
//! ```
//! use passerelle::syntax::{french, tokenize};
//! let text = "Le ministre a déclaré qu'il partirait.";
//! let words: Vec<&str> = tokenize(text).into_iter().map(|r| &text[r]).collect();
//! if let Some(parser) = french() {
//!     let parse = parser.parse(&words);
//!     assert_eq!(parse.head.len(), words.len());
//! }
//! ```

use std::sync::OnceLock;

pub use passerelle_syntax::{
    read_conllu, tokenize, train, Deprel, Parse, Parser, Scores, Sentence, TrainOptions, Upos,
};

#[cfg(syntax_model)]
static MODEL_BYTES: &[u8] =
    include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/models/syntax-fr.bin"));

/// The committed French model, loaded once (its bytes are read in place). `None` when the
/// crate was built without `models/syntax-fr.bin` (it is trained with
/// `examples/syntax_train.rs`).
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

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn tokens_split_elisions_and_inverted_subjects_as_gsd_does() {
        assert_eq!(
            words("l'aide de l’État"),
            ["l'", "aide", "de", "l’", "État"]
        );
        assert_eq!(
            words("« Non », a-t-il répondu."),
            ["«", "Non", "»", ",", "a", "-t-il", "répondu", "."]
        );
    }

    #[test]
    fn the_model_is_there_exactly_when_the_file_is() {
        let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models/syntax-fr.bin");
        assert_eq!(french().is_some(), file.is_file());
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
            let inside = parse.subtree(subject);
            let (first, last) = (inside[0], inside[inside.len() - 1]);
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
