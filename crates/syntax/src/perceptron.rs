//! The averaged perceptron used while training (Collins 2002; the lazy averaging of Honnibal's
//! "A good part-of-speech tagger in about 200 lines of Python"): sparse class weights per hashed
//! feature, averaged over every instance seen. `finish` quantizes the averages to `i16`, drops
//! the small ones and hands them to [`crate::table::write`].

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Feature keys are already hashes: the map uses them as they are.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8)) ^ b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

#[derive(Clone, Copy)]
struct Weight {
    class: u8,
    value: f32,
    total: f64,
    stamp: u32,
}

pub(crate) struct Perceptron {
    weights: KeyMap<Vec<Weight>>,
    /// Instances seen so far (the clock of the lazy averaging).
    instances: u32,
}

impl Perceptron {
    /// A perceptron over `n_classes` classes (at most 256: classes are stored as `u8`).
    pub(crate) fn new(n_classes: usize) -> Perceptron {
        assert!(n_classes <= 256);
        Perceptron {
            weights: KeyMap::default(),
            instances: 0,
        }
    }

    /// Current (not averaged) scores of every class.
    pub(crate) fn scores(&self, features: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in features {
            if let Some(ws) = self.weights.get(f) {
                for w in ws {
                    scores[w.class as usize] += w.value;
                }
            }
        }
    }

    /// One more instance seen (call once per decision, right or wrong).
    pub(crate) fn tick(&mut self) {
        self.instances += 1;
    }

    /// Moves weight from `guess` to `truth` for these features.
    pub(crate) fn update(&mut self, truth: usize, guess: usize, features: &[u64]) {
        if truth == guess {
            return;
        }
        let now = self.instances;
        for &f in features {
            let ws = self.weights.entry(f).or_default();
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                let i = match ws.iter().position(|w| w.class as usize == class) {
                    Some(i) => i,
                    None => {
                        ws.push(Weight {
                            class: class as u8,
                            value: 0.0,
                            total: 0.0,
                            stamp: now,
                        });
                        ws.len() - 1
                    }
                };
                let w = &mut ws[i];
                w.total += (now - w.stamp) as f64 * w.value as f64;
                w.stamp = now;
                w.value += delta;
            }
        }
    }

    /// The averaged weights, quantized to `i16` (`scale` per unit), without those that round
    /// to less than `min_weight` units: the entries of a [`crate::table`], in key order.
    pub(crate) fn finish(&self, scale: f32, min_weight: i16) -> Vec<(u64, Vec<(u8, i16)>)> {
        let now = self.instances.max(1);
        let mut out: Vec<(u64, Vec<(u8, i16)>)> = self
            .weights
            .iter()
            .filter_map(|(&key, ws)| {
                let mut kept: Vec<(u8, i16)> = ws
                    .iter()
                    .filter_map(|w| {
                        let total = w.total + (now - w.stamp) as f64 * w.value as f64;
                        let avg = total / now as f64;
                        let q = (avg * scale as f64).round().clamp(-32767.0, 32767.0) as i16;
                        (q.abs() >= min_weight.max(1)).then_some((w.class, q))
                    })
                    .collect();
                kept.sort_unstable();
                (!kept.is_empty()).then_some((key, kept))
            })
            .collect();
        out.sort_unstable_by_key(|e| e.0);
        out
    }

    /// The largest absolute averaged weight (to choose the quantization scale).
    pub(crate) fn max_abs_average(&self) -> f32 {
        let now = self.instances.max(1) as f64;
        let mut max = 0f64;
        for ws in self.weights.values() {
            for w in ws {
                let total = w.total + (self.instances - w.stamp) as f64 * w.value as f64;
                max = max.max((total / now).abs());
            }
        }
        max as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn updates_move_weight_and_average_over_time() {
        let mut p = Perceptron::new(3);
        p.tick();
        p.update(1, 2, &[10, 11]);
        let mut s = [0.0; 3];
        p.scores(&[10], &mut s);
        assert_eq!(s, [0.0, 1.0, -1.0]);
        // Three more instances without change: the average is the weight itself.
        p.tick();
        p.tick();
        p.tick();
        let entries = p.finish(100.0, 1);
        assert_eq!(entries.len(), 2);
        // Average over 4 instances of weights that were 1 for 4 − 1 = 3 of them.
        assert_eq!(entries[0].1, vec![(1, 75), (2, -75)]);
        assert_eq!(p.finish(100.0, 80), vec![]);
    }
}
