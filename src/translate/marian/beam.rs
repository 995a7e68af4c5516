//! Beam search over a batch of sentences, step for step the rules of Hugging Face
//! transformers' `generate(num_beams=N)` (its `_beam_search`, transformers 5):
//!
//! - each step, the log-softmax of every beam's logits, then the model's processors (banned
//!   tokens, `</s>` blocked before `min_new_tokens`, `</s>` forced at the length bound when the
//!   model has `forced_eos_token_id`, renormalization when `renormalize_logits`), plus the
//!   beam's running score;
//! - the best 2N continuations over all N beams; those of the first N that end in `</s>` (or
//!   reach the length bound) join the finished hypotheses, scored by the sum of log-probs over
//!   (generated length, `</s>` included) ^ `length_penalty`, keeping the best N; the best N
//!   that did not finish run on;
//! - a sentence stops when N hypotheses are finished and no running one could beat the worst
//!   of them at its current length (`early_stopping` false; `"never"` uses the length bound
//!   instead; `true` stops as soon as N are finished), or at the length bound;
//! - the answer is the best finished hypothesis.
//!
//! All sentences' beams are one batch for the network (each sentence's N beams side by side,
//! sources padded and masked as in greedy batches); a finished sentence leaves the batch, its
//! rows dropped from the decoding state, which changes nothing for the others.

use candle_core::{Device, Result, Tensor};

use super::generation::{EarlyStopping, Generation};
use super::model::{padding_mask, MarianNet};

/// Hugging Face's stand-in for minus infinity in beam scores.
const NEG: f32 = -1.0e9;

/// One beam search: the network and the rules.
pub struct Search<'a> {
    /// The network.
    pub net: &'a MarianNet,
    /// Where its tensors live.
    pub device: &'a Device,
    /// The model's generation settings (banned tokens, length penalty, stopping rule).
    pub generation: &'a Generation,
    /// Beams per sentence (N).
    pub beams: usize,
    /// The decoder's start token.
    pub start: u32,
    /// `</s>`.
    pub eos: u32,
    /// `<pad>`, which right-pads shorter sources.
    pub pad: u32,
    /// `</s>` is blocked before this many tokens.
    pub min_new: usize,
}

#[derive(Debug, Clone)]
struct Hyp {
    /// Generated tokens (no start token, no final `</s>`).
    tokens: Vec<u32>,
    score: f32,
}

struct Sentence {
    /// Index into the sources.
    index: usize,
    bound: usize,
    running: Vec<Hyp>,
    /// The best finished hypotheses (normalized scores), best first, at most N.
    finished: Vec<Hyp>,
    /// The beam (row of this sentence's previous step) each running hypothesis came from.
    parents: Vec<usize>,
    /// Hugging Face's `is_early_stop_heuristic_unsatisfied`.
    open: bool,
}

/// One continuation: (accumulated score, beam, token).
type Cand = (f32, usize, u32);

impl Search<'_> {
    /// Decodes `sources` (each ending with `</s>`), source `i` for at most `bounds[i]` tokens.
    pub fn run(&self, sources: &[Vec<u32>], bounds: &[usize]) -> Result<Vec<Vec<u32>>> {
        let k = self.beams.max(1);
        let mut out: Vec<Vec<u32>> = vec![Vec::new(); sources.len()];
        let mut alive: Vec<Sentence> = (0..sources.len())
            .filter(|&i| bounds[i] > 0)
            .map(|i| Sentence {
                index: i,
                bound: bounds[i],
                running: (0..k)
                    .map(|b| Hyp {
                        tokens: Vec::new(),
                        score: if b == 0 { 0.0 } else { NEG },
                    })
                    .collect(),
                finished: Vec::new(),
                parents: Vec::new(),
                open: true,
            })
            .collect();
        if alive.is_empty() {
            return Ok(out);
        }
        let dev = self.device;
        let lengths: Vec<usize> = sources.iter().map(Vec::len).collect();
        let width = lengths.iter().copied().max().unwrap_or(1);
        let padded: Vec<u32> = sources
            .iter()
            .flat_map(|ids| {
                ids.iter()
                    .copied()
                    .chain(std::iter::repeat_n(self.pad, width - ids.len()))
            })
            .collect();
        let src = Tensor::from_vec(padded, (sources.len(), width), dev)?;
        let mask = padding_mask(&lengths, width, dev)?;
        let encoded = self.net.encode_masked(&src, Some(&mask))?;
        let mut state = self.net.start_masked(&encoded, Some(&mask))?;
        // Every live sentence's state, N times.
        let rows: Vec<u32> = alive
            .iter()
            .flat_map(|s| std::iter::repeat_n(s.index as u32, k))
            .collect();
        state.reorder(&Tensor::new(rows.as_slice(), dev)?)?;

        let mut step = 0usize;
        while !alive.is_empty() {
            let last: Vec<u32> = alive
                .iter()
                .flat_map(|s| {
                    s.running
                        .iter()
                        .map(|h| h.tokens.last().copied().unwrap_or(self.start))
                })
                .collect();
            let n = last.len();
            let input = Tensor::from_vec(last, (n, 1), dev)?;
            let logits = self.net.step(&input, &mut state)?;
            let mut logp = MarianNet::last_log_probs(&logits)?
                .flatten_all()?
                .to_vec1::<f32>()?;
            let vocab = logp.len() / n;
            let mut parents: Vec<u32> = Vec::with_capacity(n);
            let mut still: Vec<Sentence> = Vec::with_capacity(alive.len());
            let mut first_row = 0;
            for mut s in alive {
                let rows = s.running.len();
                let block = &mut logp[first_row * vocab..(first_row + rows) * vocab];
                for row in block.chunks_mut(vocab) {
                    self.process(row, step, s.bound);
                }
                let done = self.advance(&mut s, block, vocab, step);
                if done {
                    let best = s
                        .finished
                        .into_iter()
                        .next()
                        .or(s.running.into_iter().next());
                    out[s.index] = best.map(|h| h.tokens).unwrap_or_default();
                } else {
                    parents.extend(s.parents.iter().map(|&b| (first_row + b) as u32));
                    still.push(s);
                }
                first_row += rows;
            }
            alive = still;
            if !alive.is_empty() {
                state.reorder(&Tensor::new(parents.as_slice(), dev)?)?;
            }
            step += 1;
        }
        Ok(out)
    }

    /// The logits processors of Hugging Face's generation, on one beam's log-probs at `step`
    /// (tokens generated so far) for a sentence bounded at `bound` tokens.
    fn process(&self, row: &mut [f32], step: usize, bound: usize) {
        let g = self.generation;
        for &id in &g.banned {
            if let Some(x) = row.get_mut(id as usize) {
                *x = f32::NEG_INFINITY;
            }
        }
        if step < self.min_new {
            if let Some(x) = row.get_mut(self.eos as usize) {
                *x = f32::NEG_INFINITY;
            }
        }
        if let Some(eos) = g.forced_eos {
            // transformers forces it when the sequence (start token included) is one short of
            // max_length = 1 + bound.
            if step + 1 == bound && (eos as usize) < row.len() {
                row.fill(f32::NEG_INFINITY);
                row[eos as usize] = 0.0;
            }
        }
        if g.renormalize {
            log_softmax(row);
        }
    }

    /// One step of one sentence, `block` being its N beams' processed log-probs. Returns
    /// whether the sentence is done.
    fn advance(&self, s: &mut Sentence, block: &[f32], vocab: usize, step: usize) -> bool {
        let k = self.beams.max(1);
        let g = self.generation;
        let cands = top_candidates(block, vocab, &s.running, 2 * k);
        // Every continuation reaches the length bound at the last step.
        let at_bound = step + 1 >= s.bound;
        let hits = |c: &Cand| c.2 == self.eos || at_bound;
        // The best N that did not finish run on.
        let mut running: Vec<Hyp> = Vec::with_capacity(k);
        let mut parents: Vec<usize> = Vec::with_capacity(k);
        for c in cands.iter().filter(|c| !hits(c)).take(k) {
            let mut tokens = s.running[c.1].tokens.clone();
            tokens.push(c.2);
            running.push(Hyp { tokens, score: c.0 });
            parents.push(c.1);
        }
        // Those of the first N that finished join the finished ones, unless the sentence can
        // take no more.
        let full = s.finished.len() == k;
        let blocked = !s.open || (full && g.early_stopping == EarlyStopping::Full);
        if !blocked {
            let generated = (step + 1) as f64;
            let norm = generated.powf(f64::from(g.length_penalty)) as f32;
            for c in cands.iter().take(k).filter(|c| hits(c)) {
                let mut tokens = s.running[c.1].tokens.clone();
                if c.2 != self.eos {
                    tokens.push(c.2);
                }
                s.finished.push(Hyp {
                    tokens,
                    score: c.0 / norm,
                });
            }
            // Stable: on equal scores the earlier finished one stays ahead.
            s.finished.sort_by(|a, b| b.score.total_cmp(&a.score));
            s.finished.truncate(k);
        }
        let all_hit = at_bound || running.is_empty();
        s.running = running;
        s.parents = parents;
        // The stopping heuristic, with the length after this step.
        if s.open && s.finished.len() == k {
            let len = if g.early_stopping == EarlyStopping::Never && g.length_penalty > 0.0 {
                s.bound
            } else {
                step + 1
            };
            let best = s.running.first().map_or(NEG, |h| h.score);
            let best_possible = best / (len as f64).powf(f64::from(g.length_penalty)) as f32;
            let worst = s.finished.last().map_or(NEG, |h| h.score);
            s.open = best_possible > worst;
        }
        let full = s.finished.len() == k;
        all_hit || !s.open || (full && g.early_stopping == EarlyStopping::Full)
    }
}

/// The best `want` continuations of all beams: (beam score + token log-prob, beam, token),
/// best first, ties to the lower (beam, token) as `torch.topk` over the flattened scores.
fn top_candidates(block: &[f32], vocab: usize, beams: &[Hyp], want: usize) -> Vec<Cand> {
    let mut best: Vec<Cand> = Vec::with_capacity(want + 1);
    let mut floor = f32::NEG_INFINITY;
    for (b, (row, hyp)) in block.chunks(vocab).zip(beams).enumerate() {
        for (id, &lp) in row.iter().enumerate() {
            let score = lp + hyp.score;
            if best.len() == want && score <= floor {
                continue;
            }
            if score == f32::NEG_INFINITY {
                continue;
            }
            // Insert after every candidate at least as good (earlier ones win ties).
            let at = best.partition_point(|c| c.0 >= score);
            best.insert(at, (score, b, id as u32));
            best.truncate(want);
            if best.len() == want {
                floor = best[want - 1].0;
            }
        }
    }
    best
}

/// In-place log-softmax of one row.
fn log_softmax(row: &mut [f32]) {
    let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    if max == f32::NEG_INFINITY {
        return;
    }
    let sum: f64 = row.iter().map(|&x| f64::from((x - max).exp())).sum();
    let lse = max + sum.ln() as f32;
    for x in row.iter_mut() {
        *x -= lse;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_candidates_are_sorted_and_ties_go_to_the_first() {
        let beams = vec![
            Hyp {
                tokens: vec![],
                score: 0.0,
            },
            Hyp {
                tokens: vec![],
                score: -1.0,
            },
        ];
        let block = [-1.0, -0.5, -3.0, 0.0, -0.5, -0.1];
        let c = top_candidates(&block, 3, &beams, 3);
        assert_eq!(c, vec![(-0.5, 0, 1), (-1.0, 0, 0), (-1.0, 1, 0)]);
    }

    #[test]
    fn log_softmax_normalizes() {
        let mut row = [1.0f32, 2.0, f32::NEG_INFINITY, 0.5];
        log_softmax(&mut row);
        let total: f32 = row.iter().map(|x| x.exp()).sum();
        assert!((total - 1.0).abs() < 1e-6);
        assert_eq!(row[2], f32::NEG_INFINITY);
    }
}
