//! Training a model from a treebank: the tagger first, then the parser on predicted tags
//! (jackknifed: each sentence tagged by a tagger trained without it). Deterministic: the order of the sentences in each
//! epoch comes from a seeded generator and the model's bytes depend on the weights only.
//! Sentences whose gold tree is not projective are left out of the parser's training (the
//! arc-hybrid system cannot build them); the tagger trains on all.

use crate::conllu::{is_projective, Sentence};
use crate::features::Lexeme;
use crate::labels::Upos;
use crate::model::{self, Entries, Parser};
use crate::perceptron::Perceptron;
use crate::tagger::{self, N_TAGS};
use crate::transition::{self, Input, PassCounts, N_LABELS, N_MOVES};

/// Settings of [`train`].
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes of the tagger over the training sentences.
    pub tagger_epochs: usize,
    /// Passes of the parser.
    pub parser_epochs: usize,
    /// Seed of the shuffles.
    pub seed: u64,
    /// Averaged weights smaller than this (in perceptron units) are dropped from the model.
    pub prune: f32,
    /// The parser trains on tags predicted by taggers each trained without the sentence's
    /// fold ("jackknifing", as many folds as this), so that it sees tagging errors as it will
    /// at run time; 0 or 1: the final tagger's tags.
    pub jackknife: usize,
    /// If set, the smallest larger `prune` threshold that brings the model under this many
    /// bytes is found and used for the final model (the dev scores per epoch use `prune`).
    pub max_bytes: Option<usize>,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            tagger_epochs: 5,
            parser_epochs: 10,
            seed: 7,
            prune: 0.0,
            jackknife: 5,
            max_bytes: None,
        }
    }
}

/// Tagging and attachment scores over a set of sentences.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scores {
    /// Tokens.
    pub tokens: usize,
    /// Tokens with the right part of speech.
    pub upos: usize,
    /// Tokens with the right head.
    pub heads: usize,
    /// Tokens with the right head and relation.
    pub labelled: usize,
}

impl Scores {
    /// Adds the comparison of one parse with its gold sentence.
    pub fn add(&mut self, gold: &Sentence, parse: &crate::Parse) {
        for i in 0..gold.len() {
            self.tokens += 1;
            self.upos += (parse.upos[i] == gold.upos[i]) as usize;
            if parse.head[i] == gold.head[i] {
                self.heads += 1;
                self.labelled += (parse.deprel[i] == gold.deprel[i]) as usize;
            }
        }
    }

    fn ratio(a: usize, b: usize) -> f64 {
        if b == 0 {
            0.0
        } else {
            a as f64 / b as f64
        }
    }

    /// Part-of-speech accuracy.
    pub fn upos_accuracy(&self) -> f64 {
        Scores::ratio(self.upos, self.tokens)
    }
    /// Unlabelled attachment score.
    pub fn uas(&self) -> f64 {
        Scores::ratio(self.heads, self.tokens)
    }
    /// Labelled attachment score.
    pub fn las(&self) -> f64 {
        Scores::ratio(self.labelled, self.tokens)
    }
}

fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut rng = fastrand::Rng::with_seed(seed);
    rng.shuffle(&mut order);
    order
}

fn scale_for(model: &Perceptron) -> f32 {
    let max = model.max_abs_average();
    if max > 0.0 {
        32000.0 / max
    } else {
        1.0
    }
}

fn entries(model: &Perceptron, prune: f32) -> Entries {
    let scale = scale_for(model);
    let min = (prune * scale).ceil().clamp(1.0, 32767.0) as i16;
    model.finish(scale, min)
}

fn score(parser: &Parser, sentences: &[Sentence]) -> Scores {
    let mut scores = Scores::default();
    for s in sentences {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        scores.add(s, &parser.parse(&words));
    }
    scores
}

/// The tags the parser trains on: with `options.jackknife` folds, each sentence tagged by a
/// tagger trained on the other folds; otherwise by the final tagger (`tag_entries`).
fn predicted_tags(
    train: &[Sentence],
    lexemes: &[Vec<Lexeme>],
    tag_entries: &Entries,
    options: &TrainOptions,
    log: &mut dyn FnMut(String),
) -> Vec<Vec<Upos>> {
    let (moves, labels) = (Perceptron::new(N_MOVES), Perceptron::new(N_LABELS));
    let tag_with =
        |entries: Entries, sentences: &mut dyn Iterator<Item = usize>, out: &mut Vec<Vec<Upos>>| {
            let parser = Parser::from_bytes(model::write(
                entries,
                self::entries(&moves, 0.0),
                self::entries(&labels, 0.0),
            ))
            .expect("a model just written");
            for i in sentences {
                let words: Vec<&str> = train[i].words.iter().map(String::as_str).collect();
                out[i] = parser.tag(&words);
            }
        };
    let mut out = vec![Vec::new(); train.len()];
    let folds = options.jackknife;
    if folds <= 1 || train.len() < folds {
        tag_with(tag_entries.clone(), &mut (0..train.len()), &mut out);
        return out;
    }
    let mut right = 0;
    for fold in 0..folds {
        let rest: Vec<usize> = (0..train.len()).filter(|i| i % folds != fold).collect();
        let mut model = Perceptron::new(N_TAGS);
        for epoch in 0..options.tagger_epochs {
            let mut order = rest.clone();
            fastrand::Rng::with_seed(options.seed.wrapping_add(epoch as u64)).shuffle(&mut order);
            tagger::train_epoch(&mut model, train, lexemes, &order);
        }
        tag_with(
            entries(&model, options.prune),
            &mut (fold..train.len()).step_by(folds),
            &mut out,
        );
    }
    let mut tokens = 0;
    for (s, tags) in train.iter().zip(&out) {
        tokens += s.len();
        right += s.upos.iter().zip(tags).filter(|(a, b)| a == b).count();
    }
    log(format!(
        "parser trains on tags from {folds} taggers each trained without its fold: UPOS {:.4}",
        right as f64 / tokens.max(1) as f64
    ));
    out
}

/// Trains a tagger and a parser on `train` and returns the model file's bytes; after each epoch
/// the scores on `dev` (if not empty) are told to `log`, with the figures of the run.
pub fn train(
    train: &[Sentence],
    dev: &[Sentence],
    options: &TrainOptions,
    log: &mut dyn FnMut(String),
) -> Vec<u8> {
    let lexemes: Vec<Vec<Lexeme>> = train
        .iter()
        .map(|s| s.words.iter().map(|w| Lexeme::new(w)).collect())
        .collect();
    let tokens: usize = train.iter().map(Sentence::len).sum();
    let mut tag_model = Perceptron::new(N_TAGS);
    let (empty_moves, empty_labels) = (Perceptron::new(N_MOVES), Perceptron::new(N_LABELS));
    let no_parser = || (entries(&empty_moves, 0.0), entries(&empty_labels, 0.0));
    for epoch in 0..options.tagger_epochs {
        let order = shuffled(train.len(), options.seed.wrapping_add(epoch as u64));
        let right = tagger::train_epoch(&mut tag_model, train, &lexemes, &order);
        let mut line = format!(
            "tagger epoch {}: train {:.4} (during the pass)",
            epoch + 1,
            right as f64 / tokens.max(1) as f64
        );
        if !dev.is_empty() {
            let (moves, labels) = no_parser();
            let bytes = model::write(entries(&tag_model, options.prune), moves, labels);
            let parser = Parser::from_bytes(bytes).expect("a model just written");
            line += &format!(", dev UPOS {:.4}", score(&parser, dev).upos_accuracy());
        }
        log(line);
    }
    let tag_entries = entries(&tag_model, options.prune);
    if options.parser_epochs == 0 {
        // A tagger-only model: its parser tables are empty ([`Parser::has_parser`]).
        log("no parser epochs: a tagger-only model".to_string());
        let (moves, labels) = no_parser();
        return fit(
            |prune| model::write(entries(&tag_model, prune), moves.clone(), labels.clone()),
            options,
            log,
        );
    }

    // The parser learns on the tags a tagger predicts, as it will see them.
    let predicted = predicted_tags(train, &lexemes, &tag_entries, options, log);
    let mut inputs = Vec::new();
    let mut skipped = 0;
    for ((s, lex), tags) in train.iter().zip(lexemes).zip(predicted) {
        if !is_projective(&s.head) {
            skipped += 1;
            continue;
        }
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        inputs.push((Input::new(&words, lex, &tags), s));
    }
    log(format!(
        "parser: {} sentences, {} left out as not projective",
        inputs.len(),
        skipped
    ));
    let mut moves = Perceptron::new(N_MOVES);
    let mut labels = Perceptron::new(N_LABELS);
    for epoch in 0..options.parser_epochs {
        let order = shuffled(inputs.len(), options.seed.wrapping_add(1000 + epoch as u64));
        let mut counts = PassCounts::default();
        for &i in &order {
            let (input, gold) = &inputs[i];
            transition::train_sentence(
                &mut moves,
                &mut labels,
                input,
                gold,
                epoch > 0,
                &mut counts,
            );
        }
        let mut line = format!(
            "parser epoch {}: train moves {:.4}, relations {:.4} (during the pass)",
            epoch + 1,
            counts.moves_right as f64 / counts.moves.max(1) as f64,
            counts.labels_right as f64 / counts.labels.max(1) as f64
        );
        if !dev.is_empty() {
            let bytes = model::write(
                tag_entries.clone(),
                entries(&moves, options.prune),
                entries(&labels, options.prune),
            );
            let size = bytes.len();
            let parser = Parser::from_bytes(bytes).expect("a model just written");
            let s = score(&parser, dev);
            line += &format!(
                ", dev UPOS {:.4} UAS {:.4} LAS {:.4}, model {:.2} MB",
                s.upos_accuracy(),
                s.uas(),
                s.las(),
                size as f64 / 1e6
            );
        }
        log(line);
    }
    let write = |prune: f32| {
        model::write(
            entries(&tag_model, prune),
            entries(&moves, prune),
            entries(&labels, prune),
        )
    };
    fit(write, options, log)
}

/// The model `write` gives at `options.prune`, or, when that is larger than
/// `options.max_bytes`, at the smallest larger threshold found that fits.
fn fit(
    write: impl Fn(f32) -> Vec<u8>,
    options: &TrainOptions,
    log: &mut dyn FnMut(String),
) -> Vec<u8> {
    let bytes = write(options.prune);
    let Some(max) = options.max_bytes.filter(|&max| bytes.len() > max) else {
        return bytes;
    };
    // Double the threshold until the model fits, then bisect between the last two.
    let (mut low, mut high) = (options.prune, options.prune.max(0.05));
    let mut fitting = write(high);
    while fitting.len() > max && high < 1e6 {
        low = high;
        high *= 2.0;
        fitting = write(high);
    }
    for _ in 0..8 {
        let mid = (low + high) / 2.0;
        let candidate = write(mid);
        if candidate.len() > max {
            low = mid;
        } else {
            high = mid;
            fitting = candidate;
        }
    }
    log(format!(
        "pruned weights below {high:.3}: model {:.2} MB (limit {:.2} MB)",
        fitting.len() as f64 / 1e6,
        max as f64 / 1e6
    ));
    fitting
}
