//! The part-of-speech tagger: greedy, left to right, an averaged perceptron over the features of
//! [`crate::features::tagger_features`] (the two tags chosen before feed the next decision).

use crate::conllu::Sentence;
use crate::features::{tagger_features, Lexeme};
use crate::labels::Upos;
use crate::perceptron::Perceptron;
use crate::table::TableView;

pub(crate) const N_TAGS: usize = Upos::ALL.len();

/// Tags a sentence with the table of a model.
pub(crate) fn tag(table: &TableView, bytes: &[u8], lex: &[Lexeme]) -> Vec<Upos> {
    let mut feats = Vec::with_capacity(32);
    let mut tags = Vec::with_capacity(lex.len());
    let (mut prev, mut prev2) = (0u64, 0u64);
    for i in 0..lex.len() {
        tagger_features(lex, i, prev, prev2, &mut feats);
        let mut scores = [0i32; N_TAGS];
        table.add_all(bytes, &feats, &mut scores);
        let best = argmax(&scores);
        tags.push(Upos::ALL[best]);
        prev2 = prev;
        prev = best as u64 + 1;
    }
    tags
}

fn argmax(scores: &[i32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

pub(crate) fn argmax_f(scores: &[f32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// One epoch over `order` (indices into `sentences`); the previous tags fed to the features are
/// the gold ones. Returns the number of tokens tagged right.
pub(crate) fn train_epoch(
    model: &mut Perceptron,
    sentences: &[Sentence],
    lexemes: &[Vec<Lexeme>],
    order: &[usize],
) -> usize {
    let mut feats = Vec::with_capacity(32);
    let mut scores = [0f32; N_TAGS];
    let mut right = 0;
    for &s in order {
        let (sent, lex) = (&sentences[s], &lexemes[s]);
        let (mut prev, mut prev2) = (0u64, 0u64);
        for i in 0..sent.len() {
            tagger_features(lex, i, prev, prev2, &mut feats);
            model.scores(&feats, &mut scores);
            let guess = argmax_f(&scores);
            let truth = sent.upos[i].index();
            model.tick();
            model.update(truth, guess, &feats);
            right += (guess == truth) as usize;
            prev2 = prev;
            prev = truth as u64 + 1;
        }
    }
    right
}
