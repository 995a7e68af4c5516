//! The model file and the [`Parser`] that reads it in place.
//!
//! Layout (little endian): the magic `PSYNTAX1`, a `u32` length and the label names (every
//! [`Upos`] then every [`Deprel`], space-separated: a model trained with other label sets is
//! refused), then three tables ([`crate::table`]): the tagger's, the parser's moves (dense),
//! the parser's relations.

use std::borrow::Cow;

use anyhow::{bail, Result};

use crate::features::Lexeme;
use crate::labels::{Deprel, Upos};
use crate::table::{self, TableView};
use crate::tagger::{self, N_TAGS};
use crate::transition::{self, Input, Tables, N_LABELS, N_MOVES};
use crate::Parse;

const MAGIC: &[u8; 8] = b"PSYNTAX2";

fn label_names() -> String {
    let upos = Upos::ALL.iter().map(|u| u.as_str());
    let deprel = Deprel::ALL.iter().map(|d| d.as_str());
    upos.chain(deprel).collect::<Vec<_>>().join(" ")
}

/// A tagger and parser for French: tags and parses words (surface tokens, see
/// [`crate::tokenize`]).
pub struct Parser {
    bytes: Cow<'static, [u8]>,
    tagger: TableView,
    moves: TableView,
    labels: TableView,
}

impl std::fmt::Debug for Parser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Parser")
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

impl Parser {
    /// A parser from the bytes of a model file (as written by [`crate::train`]); every offset is
    /// checked, so a damaged file is an error rather than a panic later.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Parser> {
        Parser::read(Cow::Owned(bytes), true)
    }

    /// A parser read in place from bytes that live as long as the program (a model embedded
    /// with `include_bytes!`); checked like [`Parser::from_bytes`], nothing is copied.
    pub fn from_static(bytes: &'static [u8]) -> Result<Parser> {
        Parser::read(Cow::Borrowed(bytes), true)
    }

    /// Whether the model holds a parser; a tagger-only model (trained with no parser epoch)
    /// tags but gives no meaningful heads ([`Parser::parse`] then attaches at random).
    pub fn has_parser(&self) -> bool {
        self.moves.features(&self.bytes) > 0
    }

    fn read(bytes: Cow<'static, [u8]>, check: bool) -> Result<Parser> {
        if bytes.len() < 12 || &bytes[..8] != MAGIC {
            bail!("not a parser model (bad magic)");
        }
        let len = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize;
        let names = bytes
            .get(12..12 + len)
            .ok_or_else(|| anyhow::anyhow!("model truncated"))?;
        if names != label_names().as_bytes() {
            bail!("the model was trained with other label sets");
        }
        let (tagger, next) = TableView::read(&bytes, 12 + len, check)?;
        let (moves, next) = TableView::read(&bytes, next, check)?;
        let (labels, end) = TableView::read(&bytes, next, check)?;
        if tagger.n_classes != N_TAGS
            || moves.n_classes != N_MOVES
            || labels.n_classes != N_LABELS
            || end != bytes.len()
        {
            bail!("model tables do not match this parser");
        }
        Ok(Parser {
            bytes,
            tagger,
            moves,
            labels,
        })
    }

    /// Tags and parses one sentence of surface tokens. An empty sentence gives an empty parse.
    pub fn parse(&self, words: &[&str]) -> Parse {
        let lex: Vec<Lexeme> = words.iter().map(|w| Lexeme::new(w)).collect();
        let upos = tagger::tag(&self.tagger, &self.bytes, &lex);
        let input = Input::new(words, lex, &upos);
        let (head, deprel) = transition::parse(&self.tables(), &input);
        Parse { upos, head, deprel }
    }

    /// The part of speech of each word (surface tokens), without parsing.
    pub fn tag(&self, words: &[&str]) -> Vec<Upos> {
        let lex: Vec<Lexeme> = words.iter().map(|w| Lexeme::new(w)).collect();
        tagger::tag(&self.tagger, &self.bytes, &lex)
    }

    /// The part of speech the tagger's weights for `word`'s form alone favour (what the
    /// training data taught of the word out of context: « maire » a noun), or `None` for a
    /// form with no weight of its own: never seen, or always tagged right by its other
    /// features (a perceptron learns from its mistakes only).
    pub fn word_prior(&self, word: &str) -> Option<Upos> {
        let key = crate::features::tagger_word_key(&Lexeme::new(word));
        let mut scores = [0i32; N_TAGS];
        self.tagger.add_all(&self.bytes, &[key], &mut scores);
        if scores.iter().all(|&s| s == 0) {
            return None;
        }
        let best = (0..N_TAGS).max_by_key(|&i| (scores[i], std::cmp::Reverse(i)))?;
        Some(Upos::ALL[best])
    }

    /// Parses with given parts of speech (gold ones, to score the parser alone).
    pub fn parse_with_tags(&self, words: &[&str], upos: &[Upos]) -> Parse {
        let lex: Vec<Lexeme> = words.iter().map(|w| Lexeme::new(w)).collect();
        let input = Input::new(words, lex, upos);
        let (head, deprel) = transition::parse(&self.tables(), &input);
        Parse {
            upos: upos.to_vec(),
            head,
            deprel,
        }
    }

    fn tables(&self) -> Tables<'_> {
        Tables {
            bytes: &self.bytes,
            moves: &self.moves,
            labels: &self.labels,
        }
    }

    /// What the model holds, per table (features, weights, bytes).
    pub fn describe(&self) -> String {
        format!(
            "tagger: {}; moves: {}; relations: {}",
            self.tagger.describe(&self.bytes),
            self.moves.describe(&self.bytes),
            self.labels.describe(&self.bytes)
        )
    }

    /// Size of the model in bytes.
    pub fn size(&self) -> usize {
        self.bytes.len()
    }
}

/// Entries of a table: feature key → non-zero class weights.
pub(crate) type Entries = Vec<(u64, Vec<(u8, i16)>)>;

/// The bytes of a model file from the entries of its three tables.
pub(crate) fn write(tagger: Entries, moves: Entries, labels: Entries) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    let names = label_names();
    out.extend_from_slice(&(names.len() as u32).to_le_bytes());
    out.extend_from_slice(names.as_bytes());
    table::write(&mut out, N_TAGS, tagger);
    table::write_dense(&mut out, N_MOVES, moves);
    table::write(&mut out, N_LABELS, labels);
    out
}
