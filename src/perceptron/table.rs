//! A read-only, cache-friendly copy of a [`Model`] for fast prediction.
//!
//! Scoring is bound by memory latency: every feature is a random access into a table of
//! millions of rows. [`Model`] costs four dependent cache misses per feature (hash control
//! bytes, bucket, class ids, weights); here a feature costs two: one open-addressing slot
//! holding key and row position together, and one row of interleaved `(class, weight)` cells.
//! Lookups run in two passes over the features, so the misses of different features overlap.

use super::Model;

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    key: u64,
    start: u32,
    len: u32,
}

#[derive(Debug, Clone, Copy)]
struct Cell {
    class: u16,
    weight: f32,
}

/// Frozen weights in an open-addressing table with linear probing.
#[derive(Debug, Clone, Default)]
pub struct Table {
    n_classes: usize,
    mask: usize,
    slots: Vec<Slot>,
    cells: Vec<Cell>,
    /// The row of the feature whose hash is 0 (0 marks empty slots).
    zero: Option<(u32, u32)>,
}

impl Table {
    /// Builds the table from `model`; rows are placed in key order so the layout is
    /// deterministic.
    pub fn new(model: &Model) -> Table {
        let mut rows: Vec<(u64, &[u16], &[f32])> = model.rows().collect();
        rows.sort_unstable_by_key(|r| r.0);
        let cap = (rows.len() * 2).next_power_of_two().max(16);
        let mut t = Table {
            n_classes: model.n_classes(),
            mask: cap - 1,
            slots: vec![Slot::default(); cap],
            cells: Vec::with_capacity(rows.iter().map(|r| r.1.len()).sum()),
            zero: None,
        };
        for (key, classes, weights) in rows {
            let start = t.cells.len() as u32;
            t.cells.extend(
                classes
                    .iter()
                    .zip(weights)
                    .map(|(&class, &weight)| Cell { class, weight }),
            );
            let len = classes.len() as u32;
            if key == 0 {
                t.zero = Some((start, len));
                continue;
            }
            let mut i = key as usize & t.mask;
            while t.slots[i].key != 0 {
                i = (i + 1) & t.mask;
            }
            t.slots[i] = Slot { key, start, len };
        }
        t
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    #[inline]
    fn find(&self, key: u64) -> Option<(u32, u32)> {
        if key == 0 {
            return self.zero;
        }
        let mut i = key as usize & self.mask;
        loop {
            let s = self.slots[i];
            if s.key == key {
                return Some((s.start, s.len));
            }
            if s.key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds the weights of `feats` to `out`. `rows` is scratch space (reused, no allocation
    /// once it has grown).
    pub fn add_scores(&self, feats: &[u64], rows: &mut Vec<(u32, u32)>, out: &mut [f32]) {
        rows.clear();
        // Pass 1: independent slot lookups, so their cache misses overlap.
        rows.extend(feats.iter().filter_map(|&f| self.find(f)));
        // Pass 2: the rows themselves.
        for &(start, len) in rows.iter() {
            for c in &self.cells[start as usize..(start + len) as usize] {
                out[c.class as usize] += c.weight;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_match_the_model_including_the_zero_key() {
        let rows = vec![
            (0u64, vec![(1u16, 0.5f32)]),
            (7, vec![(0, 1.0), (2, -2.0)]),
            (7 + 16, vec![(2, 4.0)]), // collides with 7 in a 16-slot table
            (99, vec![(1, 3.0)]),
        ];
        let m = Model::from_rows(3, rows);
        let t = Table::new(&m);
        let mut scratch = Vec::new();
        for feats in [&[0u64, 7, 23, 99][..], &[5, 7], &[23], &[], &[12345, 0]] {
            let mut got = vec![0.0; 3];
            t.add_scores(feats, &mut scratch, &mut got);
            assert_eq!(got, m.scores(feats), "{feats:?}");
        }
    }
}
