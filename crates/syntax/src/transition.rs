//! The greedy transition-based parser: the arc-hybrid system (Kuhlmann, Gómez-Rodríguez & Satta
//! 2011) with the root at the end of the buffer, labelled moves scored by an averaged perceptron,
//! trained with the dynamic oracle of Goldberg & Nivre (2013).
//!
//! Moves: SHIFT pushes the buffer's first word; LEFT pops the stack's top and attaches it to the
//! buffer's first word; RIGHT pops it and attaches it to the word below it. LEFT onto the root is
//! allowed only for the last word on the stack, so every parse is one tree with one root. Two
//! classifiers: one chooses the move (3 classes), the other the relation of the arc a move
//! builds (one class per [`Deprel`]; an arc to the root is `root`). Splitting them keeps the
//! weights touched per decision, and the model, small.

use crate::conllu::Sentence;
use crate::features::{
    hash_str, label_features, parser_features, ArcContext, Context, Lexeme, Slot,
};
use crate::labels::{Deprel, Upos};
use crate::perceptron::Perceptron;
use crate::table::TableView;

pub(crate) const N_LABELS: usize = Deprel::ALL.len();
pub(crate) const N_MOVES: usize = 3;
const SHIFT: usize = 0;
const LEFT: usize = 1;
const RIGHT: usize = 2;
const NONE: usize = usize::MAX;
const ROOT_LABEL: usize = Deprel::Root as usize;

/// What the parser reads of a sentence: normalised words, tags, and where commas and « que »
/// are (as running counts, to tell in one step whether one lies between two words).
pub(crate) struct Input {
    lex: Vec<Lexeme>,
    tags: Vec<u64>,
    commas: Vec<u32>,
    ques: Vec<u32>,
}

impl Input {
    pub(crate) fn new(words: &[&str], lex: Vec<Lexeme>, tags: &[Upos]) -> Input {
        let mut commas = vec![0u32; words.len() + 1];
        let mut ques = vec![0u32; words.len() + 1];
        for (i, w) in words.iter().enumerate() {
            let lower = w.to_lowercase();
            commas[i + 1] = commas[i] + (*w == "," || *w == ";" || *w == ":") as u32;
            ques[i + 1] = ques[i] + matches!(lower.as_str(), "que" | "qu'" | "qu’") as u32;
        }
        Input {
            lex,
            tags: tags.iter().map(|t| t.index() as u64 + 1).collect(),
            commas,
            ques,
        }
    }

    fn len(&self) -> usize {
        self.lex.len()
    }
}

struct State {
    n: usize,
    stack: Vec<usize>,
    /// The buffer's first word; `n` is the root.
    b: usize,
    head: Vec<usize>,
    label: Vec<usize>,
    /// Children of each word (and of the root, at `n`), in order.
    lefts: Vec<Vec<usize>>,
    rights: Vec<Vec<usize>>,
}

impl State {
    fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::with_capacity(n),
            b: 0,
            head: vec![NONE; n],
            label: vec![0; n],
            lefts: vec![Vec::new(); n + 1],
            rights: vec![Vec::new(); n + 1],
        }
    }

    fn done(&self) -> bool {
        self.b == self.n && self.stack.is_empty()
    }

    fn valid(&self, class: usize) -> bool {
        let depth = self.stack.len();
        match class {
            SHIFT => self.b < self.n,
            LEFT => depth > 0 && (self.b < self.n || depth == 1),
            _ => depth >= 2,
        }
    }

    /// The head a LEFT or RIGHT move would give the stack's top.
    fn head_for(&self, class: usize) -> usize {
        if class == LEFT {
            self.b
        } else {
            self.stack[self.stack.len() - 2]
        }
    }

    fn apply(&mut self, class: usize, label: usize) {
        if class == SHIFT {
            self.stack.push(self.b);
            self.b += 1;
            return;
        }
        let head = self.head_for(class);
        let child = self.stack.pop().expect("a valid move");
        self.head[child] = head;
        self.label[child] = label;
        let list = if child < head {
            &mut self.lefts[head]
        } else {
            &mut self.rights[head]
        };
        let at = list.partition_point(|&c| c < child);
        list.insert(at, child);
    }

    fn slot(&self, input: &Input, i: usize) -> Slot {
        if i == NONE {
            Slot::default()
        } else if i == self.n {
            Slot {
                word: hash_str("<root>"),
                tag: Upos::ALL.len() as u64 + 1,
                label: 0,
            }
        } else {
            Slot {
                word: input.lex[i].word,
                tag: input.tags[i],
                label: if self.head[i] == NONE {
                    0
                } else {
                    self.label[i] as u64 + 1
                },
            }
        }
    }

    fn suffix(&self, input: &Input, i: usize) -> u64 {
        if i < self.n {
            input.lex[i].suffix3
        } else {
            0
        }
    }

    fn label_set(&self, children: &[usize]) -> u64 {
        children
            .iter()
            .fold(0u64, |m, &c| m | 1u64 << (self.label[c] % 64))
    }

    /// What the relation classifier reads of the arc a LEFT or RIGHT move would build.
    fn arc_context(&self, input: &Input, class: usize) -> ArcContext {
        let d = *self.stack.last().expect("a valid arc move");
        let h = self.head_for(class);
        let n = self.n;
        let near = |i: usize| if i < n { i } else { NONE };
        let (lo, hi) = (d.min(h), d.max(h).min(n));
        ArcContext {
            head: self.slot(input, h),
            dep: self.slot(input, d),
            dep_suffix: input.lex[d].suffix3,
            right_arc: (class == RIGHT) as u64 + 1,
            distance: (hi - lo).min(6) as u64,
            dep_left: self.slot(input, self.lefts[d].first().copied().unwrap_or(NONE)),
            dep_right: self.slot(input, self.rights[d].last().copied().unwrap_or(NONE)),
            dep_left_labels: self.label_set(&self.lefts[d]),
            dep_right_labels: self.label_set(&self.rights[d]),
            head_labels: self.label_set(&self.lefts[h])
                ^ self.label_set(&self.rights[h]).rotate_left(32),
            before: self.slot(input, if d == 0 { NONE } else { d - 1 }),
            after: self.slot(input, near(d + 1)),
            between: 1
                + (input.commas[hi] > input.commas[lo + 1]) as u64
                + 2 * (input.ques[hi] > input.ques[lo + 1]) as u64,
        }
    }

    fn context(&self, input: &Input) -> Context {
        let n = self.n;
        let slot = |i: usize| self.slot(input, i);
        let nth_stack = |k: usize| -> usize {
            let d = self.stack.len();
            if k < d {
                self.stack[d - 1 - k]
            } else {
                NONE
            }
        };
        let buffer = |k: usize| -> usize {
            let i = self.b + k;
            if i <= n {
                i
            } else {
                NONE
            }
        };
        let (s0, s1, s2) = (nth_stack(0), nth_stack(1), nth_stack(2));
        let n0 = buffer(0);
        let left = |i: usize, k: usize| -> usize {
            if i == NONE {
                return NONE;
            }
            self.lefts[i].get(k).copied().unwrap_or(NONE)
        };
        let right = |i: usize, k: usize| -> usize {
            if i == NONE {
                return NONE;
            }
            let r = &self.rights[i];
            if k < r.len() {
                r[r.len() - 1 - k]
            } else {
                NONE
            }
        };
        let label_set = |children: &[usize]| self.label_set(children);
        let (distance, between) = if s0 != NONE && n0 != NONE {
            let d = (n0 - s0).min(6) as u64;
            let comma = input.commas[n0.min(n)] > input.commas[s0 + 1];
            let que = input.ques[n0.min(n)] > input.ques[s0 + 1];
            (d, 1 + comma as u64 + 2 * que as u64)
        } else {
            (0, 0)
        };
        let kids = |v: &Vec<Vec<usize>>, i: usize| -> u64 {
            if i == NONE {
                0
            } else {
                v[i].len().min(4) as u64 + 1
            }
        };
        Context {
            s0: slot(s0),
            s1: slot(s1),
            s2: slot(s2),
            n0: slot(n0),
            n1: slot(buffer(1)),
            n2: slot(buffer(2)),
            s0l: slot(left(s0, 0)),
            s0l2: slot(left(s0, 1)),
            s0r: slot(right(s0, 0)),
            s0r2: slot(right(s0, 1)),
            n0l: slot(left(n0, 0)),
            n0l2: slot(left(n0, 1)),
            s1r: slot(right(s1, 0)),
            s0_lefts: kids(&self.lefts, s0),
            s0_rights: kids(&self.rights, s0),
            n0_lefts: kids(&self.lefts, n0),
            s0_left_labels: if s0 == NONE {
                0
            } else {
                label_set(&self.lefts[s0])
            },
            s0_right_labels: if s0 == NONE {
                0
            } else {
                label_set(&self.rights[s0])
            },
            n0_left_labels: if n0 == NONE {
                0
            } else {
                label_set(&self.lefts[n0])
            },
            distance,
            between,
            s0_suffix: self.suffix(input, s0),
            n0_suffix: self.suffix(input, n0),
            s1_suffix: self.suffix(input, s1),
        }
    }

    /// Zero-cost moves for the gold tree (`gold_head[i]` = `n` for the root), by the arc-hybrid
    /// costs of Goldberg & Nivre: `zero[move]` is true for every valid move that loses no gold
    /// arc still reachable.
    fn zero_cost(&self, gold_head: &[usize], zero: &mut [bool; N_MOVES]) {
        *zero = [false; N_MOVES];
        let n = self.n;
        let b = self.b;
        let depth = self.stack.len();
        if b < n {
            let mut cost = 0;
            for (k, &w) in self.stack.iter().enumerate() {
                if gold_head[w] == b {
                    cost += 1;
                }
                if gold_head[b] == w && k + 1 < depth {
                    cost += 1;
                }
            }
            zero[SHIFT] = cost == 0;
        }
        if depth == 0 {
            return;
        }
        let s0 = self.stack[depth - 1];
        let s1 = if depth >= 2 {
            self.stack[depth - 2]
        } else {
            NONE
        };
        let deps_in_buffer = (b..n).filter(|&d| gold_head[d] == s0).count();
        let g = gold_head[s0];
        let left_cost = deps_in_buffer + (g == s1 || (g > b && g <= n)) as usize;
        let right_cost = deps_in_buffer + (g >= b && g <= n) as usize;
        zero[LEFT] = left_cost == 0 && self.valid(LEFT);
        zero[RIGHT] = right_cost == 0 && self.valid(RIGHT);
    }
}

fn best_valid<T: PartialOrd + Copy>(state: &State, scores: &[T; N_MOVES]) -> usize {
    let mut best = NONE;
    for class in 0..N_MOVES {
        if state.valid(class) && (best == NONE || scores[class] > scores[best]) {
            best = class;
        }
    }
    best
}

fn argmax_i(scores: &[i32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

/// The tables of a model the parser reads: moves and relations.
pub(crate) struct Tables<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) moves: &'a TableView,
    pub(crate) labels: &'a TableView,
}

/// Parses with the tables of a model: heads (`None` for the root) and relations.
pub(crate) fn parse(tables: &Tables, input: &Input) -> (Vec<Option<usize>>, Vec<Deprel>) {
    let n = input.len();
    let mut state = State::new(n);
    let mut feats = Vec::with_capacity(96);
    while !state.done() {
        let context = state.context(input);
        parser_features(&context, &mut feats);
        let mut scores = [0i32; N_MOVES];
        tables.moves.add_all(tables.bytes, &feats, &mut scores);
        let class = best_valid(&state, &scores);
        let label = if class == SHIFT {
            0
        } else if class == LEFT && state.b == n {
            ROOT_LABEL
        } else {
            label_features(&state.arc_context(input, class), &mut feats);
            let mut scores = [0i32; N_LABELS];
            tables.labels.add_all(tables.bytes, &feats, &mut scores);
            scores[ROOT_LABEL] = i32::MIN;
            argmax_i(&scores)
        };
        state.apply(class, label);
    }
    let heads = state.head.iter().map(|&h| (h < n).then_some(h)).collect();
    let labels = state.label.iter().map(|&l| Deprel::ALL[l]).collect();
    (heads, labels)
}

/// Counts of one training pass: move decisions right / made, relations right / made.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct PassCounts {
    pub(crate) moves_right: usize,
    pub(crate) moves: usize,
    pub(crate) labels_right: usize,
    pub(crate) labels: usize,
}

/// One training pass over a sentence: every move is scored, compared with the dynamic oracle,
/// and the move weights updated when the guess is not a zero-cost move; every arc the parser
/// builds to the right head trains the relation classifier. With `explore`, the parser follows
/// its own guess (so it learns to recover from errors); otherwise the best zero-cost move.
pub(crate) fn train_sentence(
    moves: &mut Perceptron,
    labels: &mut Perceptron,
    input: &Input,
    gold: &Sentence,
    explore: bool,
    counts: &mut PassCounts,
) {
    let n = input.len();
    let gold_head: Vec<usize> = gold.head.iter().map(|h| h.unwrap_or(n)).collect();
    let mut state = State::new(n);
    let mut feats = Vec::with_capacity(96);
    let mut scores = [0f32; N_MOVES];
    let mut label_scores = [0f32; N_LABELS];
    let mut zero = [false; N_MOVES];
    while !state.done() {
        let context = state.context(input);
        parser_features(&context, &mut feats);
        moves.scores(&feats, &mut scores);
        state.zero_cost(&gold_head, &mut zero);
        let guess = best_valid(&state, &scores);
        let mut best_gold = NONE;
        for class in 0..N_MOVES {
            if zero[class] && (best_gold == NONE || scores[class] > scores[best_gold]) {
                best_gold = class;
            }
        }
        moves.tick();
        counts.moves += 1;
        if best_gold != NONE && !zero[guess] {
            moves.update(best_gold, guess, &feats);
        } else {
            counts.moves_right += 1;
        }
        let class = if explore || best_gold == NONE {
            guess
        } else {
            best_gold
        };
        let label = if class == SHIFT {
            0
        } else if class == LEFT && state.b == n {
            ROOT_LABEL
        } else {
            label_features(&state.arc_context(input, class), &mut feats);
            labels.scores(&feats, &mut label_scores);
            label_scores[ROOT_LABEL] = f32::MIN;
            let guess = crate::tagger::argmax_f(&label_scores);
            let d = *state.stack.last().expect("an arc move");
            if state.head_for(class) == gold_head[d] {
                let truth = gold.deprel[d].index();
                labels.tick();
                labels.update(truth, guess, &feats);
                counts.labels += 1;
                counts.labels_right += (guess == truth) as usize;
                if explore {
                    guess
                } else {
                    truth
                }
            } else {
                guess
            }
        };
        state.apply(class, label);
    }
}

/// The parse the oracle makes of a gold tree: at each step the first zero-cost move (arcs
/// first), with the gold relation. Used by the tests to check the oracle rebuilds projective
/// trees.
#[cfg(test)]
pub(crate) fn oracle_parse(gold: &Sentence) -> (Vec<Option<usize>>, Vec<Deprel>) {
    let n = gold.len();
    let gold_head: Vec<usize> = gold.head.iter().map(|h| h.unwrap_or(n)).collect();
    let mut state = State::new(n);
    let mut zero = [false; N_MOVES];
    while !state.done() {
        state.zero_cost(&gold_head, &mut zero);
        let class = [LEFT, RIGHT, SHIFT]
            .into_iter()
            .find(|&c| zero[c])
            .expect("a zero-cost move");
        let label = match state.stack.last() {
            Some(&d) if class != SHIFT => gold.deprel[d].index(),
            _ => 0,
        };
        state.apply(class, label);
    }
    let heads = state.head.iter().map(|&h| (h < n).then_some(h)).collect();
    let labels = state.label.iter().map(|&l| Deprel::ALL[l]).collect();
    (heads, labels)
}
