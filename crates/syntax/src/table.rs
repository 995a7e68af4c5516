//! The weight table of one classifier, laid out so that it is read in place from the model's
//! bytes (no parsing at load): an open-addressing hash table of feature keys whose slots point
//! into a pool of sparse class weights.
//!
//! Layout (little endian): `n_classes: u32`, `n_slots: u32`, `pool_len: u32`,
//! then `n_slots` slots of 8 bytes (`fingerprint: u32`, `offset: u32`; offset `u32::MAX` marks an
//! empty slot), then the pool: at each offset a count `u8` and that many `(class: u8, weight:
//! i16)` triples. A key's first slot is its mixed hash's low 32 bits scaled to `n_slots`, its
//! fingerprint the high 32 bits; probing is linear. The table is filled to about 85 %.
//!
//! A dense table (for few classes: the parser's moves) has the bit `1 << 31` set in
//! `n_classes`, `pool_len` 0, and slots of `fingerprint: u16` (0 marks an empty slot) followed
//! by one `i16` weight per class: one memory access per feature and no offsets.

use anyhow::{bail, Result};

const EMPTY: u32 = u32::MAX;
const DENSE: u32 = 1 << 31;

/// A table inside a byte buffer: where it starts and its dimensions.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TableView {
    pub(crate) n_classes: usize,
    dense: bool,
    n_slots: usize,
    slots_at: usize,
    pool_at: usize,
    pool_len: usize,
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// The murmur3 finaliser: spreads a feature key over all 64 bits.
fn spread(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^ (k >> 33)
}

/// The first slot to probe for a mixed hash: its low 32 bits scaled to the table.
#[inline]
fn first_slot(h: u64, n_slots: usize) -> usize {
    (((h & 0xffff_ffff) * n_slots as u64) >> 32) as usize
}

impl TableView {
    /// Reads the header of a table starting at `at`; returns the view and where the next
    /// section starts. With `check_offsets`, every slot is checked to point inside the pool (a
    /// file read at run time); a model built into a program could skip it, so that loading
    /// costs nothing.
    pub(crate) fn read(bytes: &[u8], at: usize, check_offsets: bool) -> Result<(TableView, usize)> {
        if bytes.len() < at + 12 {
            bail!("model truncated in a table header");
        }
        let raw = u32_at(bytes, at);
        let dense = raw & DENSE != 0;
        let n_classes = (raw & !DENSE) as usize;
        let n_slots = u32_at(bytes, at + 4) as usize;
        let pool_len = u32_at(bytes, at + 8) as usize;
        if n_slots == 0 || n_classes == 0 || n_classes > 256 || (dense && pool_len != 0) {
            bail!("model table header is not valid");
        }
        let slots_at = at + 12;
        let slot_size = if dense { 2 + 2 * n_classes } else { 8 };
        let pool_at = slots_at + n_slots * slot_size;
        let end = pool_at + pool_len;
        if bytes.len() < end {
            bail!("model truncated in a table");
        }
        // Every offset must point inside the pool, with its whole entry list.
        for s in (0..n_slots).filter(|_| check_offsets && !dense) {
            let off = u32_at(bytes, slots_at + s * 8 + 4);
            if off == EMPTY {
                continue;
            }
            let off = off as usize;
            if off >= pool_len || off + 1 + 3 * bytes[pool_at + off] as usize > pool_len {
                bail!("model table has an offset outside its pool");
            }
        }
        let view = TableView {
            n_classes,
            dense,
            n_slots,
            slots_at,
            pool_at,
            pool_len,
        };
        Ok((view, end))
    }

    /// Adds the weights of every feature in `keys` to `scores` (one per class); absent features
    /// add nothing. The first slots of all keys are read before any pool entry, so that the
    /// processor overlaps the memory accesses of different features.
    pub(crate) fn add_all(&self, bytes: &[u8], keys: &[u64], scores: &mut [i32]) {
        if self.dense {
            return self.add_all_dense(bytes, keys, scores);
        }
        let slots = &bytes[self.slots_at..self.pool_at];
        let pool = &bytes[self.pool_at..self.pool_at + self.pool_len];
        for chunk in keys.chunks(64) {
            let mut found = [EMPTY; 64];
            for (k, &key) in chunk.iter().enumerate() {
                let h = spread(key);
                let fp = (h >> 32) as u32;
                let mut s = first_slot(h, self.n_slots);
                loop {
                    let slot = &slots[s * 8..s * 8 + 8];
                    let off = u32::from_le_bytes([slot[4], slot[5], slot[6], slot[7]]);
                    if off == EMPTY
                        || u32::from_le_bytes([slot[0], slot[1], slot[2], slot[3]]) == fp
                    {
                        found[k] = off;
                        break;
                    }
                    s += 1;
                    if s == self.n_slots {
                        s = 0;
                    }
                }
            }
            for &off in found[..chunk.len()].iter().filter(|&&o| o != EMPTY) {
                let off = off as usize;
                let n = pool[off] as usize;
                for w in pool[off + 1..off + 1 + 3 * n].chunks_exact(3) {
                    if let Some(sc) = scores.get_mut(w[0] as usize) {
                        *sc += i16::from_le_bytes([w[1], w[2]]) as i32;
                    }
                }
            }
        }
    }

    fn add_all_dense(&self, bytes: &[u8], keys: &[u64], scores: &mut [i32]) {
        let size = 2 + 2 * self.n_classes;
        let slots = &bytes[self.slots_at..self.pool_at];
        let scores = &mut scores[..self.n_classes];
        for &key in keys {
            let h = spread(key);
            let fp = dense_fingerprint(h);
            let mut s = first_slot(h, self.n_slots);
            loop {
                let slot = &slots[s * size..(s + 1) * size];
                let found = u16::from_le_bytes([slot[0], slot[1]]);
                if found == 0 {
                    break;
                }
                if found == fp {
                    for (sc, w) in scores.iter_mut().zip(slot[2..].chunks_exact(2)) {
                        *sc += i16::from_le_bytes([w[0], w[1]]) as i32;
                    }
                    break;
                }
                s += 1;
                if s == self.n_slots {
                    s = 0;
                }
            }
        }
    }

    /// Slots, features and weights, for size reports.
    /// How many features the table holds.
    pub(crate) fn features(&self, bytes: &[u8]) -> usize {
        if self.dense {
            let size = 2 + 2 * self.n_classes;
            return (0..self.n_slots)
                .filter(|s| {
                    bytes[self.slots_at + s * size] | bytes[self.slots_at + s * size + 1] != 0
                })
                .count();
        }
        (0..self.n_slots)
            .filter(|s| u32_at(bytes, self.slots_at + s * 8 + 4) != EMPTY)
            .count()
    }

    pub(crate) fn describe(&self, bytes: &[u8]) -> String {
        let n_slots = self.n_slots;
        let used = self.features(bytes);
        if self.dense {
            let size = 2 + 2 * self.n_classes;
            return format!(
                "{} features, dense rows of {}, {:.2} MB",
                used,
                self.n_classes,
                (n_slots * size) as f64 / 1e6
            );
        }
        let weights = (self.pool_len - used) / 3;
        format!(
            "{} features, {} weights, {:.2} MB",
            used,
            weights,
            (n_slots * 8 + self.pool_len) as f64 / 1e6
        )
    }
}

/// The fingerprint of a dense table's slot: 16 bits of the hash, never 0 (the empty mark).
fn dense_fingerprint(h: u64) -> u16 {
    ((h >> 48) as u16).max(1)
}

/// Writes a dense table of `entries` (see the module's note) at the end of `out`.
pub(crate) fn write_dense(
    out: &mut Vec<u8>,
    n_classes: usize,
    mut entries: Vec<(u64, Vec<(u8, i16)>)>,
) {
    entries.sort_by_key(|e| e.0);
    entries.dedup_by_key(|e| e.0);
    let n_slots = (entries.len() * 20 / 17 + 1).max(8);
    let size = 2 + 2 * n_classes;
    let mut slots = vec![0u8; n_slots * size];
    for (key, weights) in entries {
        let h = spread(key);
        let mut s = first_slot(h, n_slots);
        while slots[s * size] | slots[s * size + 1] != 0 {
            s = (s + 1) % n_slots;
        }
        let slot = &mut slots[s * size..(s + 1) * size];
        slot[..2].copy_from_slice(&dense_fingerprint(h).to_le_bytes());
        for (c, w) in weights {
            let at = 2 + 2 * c as usize;
            slot[at..at + 2].copy_from_slice(&w.to_le_bytes());
        }
    }
    out.extend_from_slice(&(n_classes as u32 | DENSE).to_le_bytes());
    out.extend_from_slice(&(n_slots as u32).to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&slots);
}

/// Writes a table of `entries` (feature key → non-zero class weights, each list at most 255
/// long) at the end of `out`. Entries are laid out in key order, so the bytes depend on the
/// entries only.
pub(crate) fn write(out: &mut Vec<u8>, n_classes: usize, mut entries: Vec<(u64, Vec<(u8, i16)>)>) {
    entries.sort_by_key(|e| e.0);
    entries.dedup_by_key(|e| e.0);
    let n_slots = (entries.len() * 20 / 17 + 1).max(8);
    let mut slots = vec![(0u32, EMPTY); n_slots];
    let mut pool = Vec::new();
    for (key, weights) in entries {
        let h = spread(key);
        let fp = (h >> 32) as u32;
        let mut s = first_slot(h, n_slots);
        while slots[s].1 != EMPTY {
            s = (s + 1) % n_slots;
        }
        slots[s] = (fp, pool.len() as u32);
        let weights = &weights[..weights.len().min(255)];
        pool.push(weights.len() as u8);
        for &(c, w) in weights {
            pool.push(c);
            pool.extend_from_slice(&w.to_le_bytes());
        }
    }
    out.extend_from_slice(&(n_classes as u32).to_le_bytes());
    out.extend_from_slice(&(n_slots as u32).to_le_bytes());
    out.extend_from_slice(&(pool.len() as u32).to_le_bytes());
    for (fp, off) in slots {
        out.extend_from_slice(&fp.to_le_bytes());
        out.extend_from_slice(&off.to_le_bytes());
    }
    out.extend_from_slice(&pool);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_written_are_read_back_and_absent_keys_add_nothing() {
        let mut bytes = vec![7u8, 7]; // something before the table
        let entries: Vec<(u64, Vec<(u8, i16)>)> = (1..200u64)
            .map(|k| (k * 7919, vec![(0, k as i16), (2, -(k as i16))]))
            .collect();
        write(&mut bytes, 3, entries);
        let (view, end) = TableView::read(&bytes, 2, true).unwrap();
        assert_eq!(end, bytes.len());
        let mut scores = [0i32; 3];
        view.add_all(&bytes, &[5 * 7919, 10 * 7919], &mut scores);
        assert_eq!(scores, [15, 0, -15]);
        view.add_all(&bytes, &[123_456_789], &mut scores);
        assert_eq!(scores, [15, 0, -15]);
        // More keys than one pass holds.
        let many: Vec<u64> = (1..100u64).map(|k| k * 7919).collect();
        let mut scores = [0i32; 3];
        view.add_all(&bytes, &many, &mut scores);
        assert_eq!(scores, [4950, 0, -4950]);
        assert!(TableView::read(&bytes[..bytes.len() - 1], 2, true).is_err());
    }

    #[test]
    fn a_dense_table_gives_the_same_scores() {
        let entries: Vec<(u64, Vec<(u8, i16)>)> = (1..300u64)
            .map(|k| (k * 7919, vec![(0, k as i16), (2, -(k as i16))]))
            .collect();
        let mut bytes = Vec::new();
        write_dense(&mut bytes, 3, entries);
        let (view, end) = TableView::read(&bytes, 0, true).unwrap();
        assert_eq!(end, bytes.len());
        let mut scores = [0i32; 3];
        view.add_all(&bytes, &[5 * 7919, 10 * 7919, 123_456_789], &mut scores);
        assert_eq!(scores, [15, 0, -15]);
    }
}
