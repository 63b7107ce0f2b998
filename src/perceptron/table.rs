//! A read-only, cache-friendly copy of a [`Model`] for fast prediction.
//!
//! Prediction cost is dominated by memory latency, one lookup per feature. The table is open
//! addressing with linear probing at load ≤ 3/4 over 8-byte slots (a 32-bit fingerprint of the
//! key's low half, the top bits pick the slot; plus the row start), and each row is packed as
//! a length cell followed by `(class, i16 weight)` cells of 4 bytes. A present feature usually
//! costs two cache lines, an absent one a single probe. Weights are quantised to `i16` with one
//! scale, exactly as model files store them, and summed as `i32`. Two features that share both
//! the slot chain and the fingerprint would share a row; at 2^-32 per probe that is as rare as
//! any other hash collision in a hashed-feature model.

use super::Model;
use super::codec::{Reader, Writer};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cell {
    class: u16,
    weight: i16,
}

/// Frozen weights laid out for lookup speed. Build one with [`ScoreTable::new`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScoreTable {
    n_classes: usize,
    mask: usize,
    /// The home slot of a key is its top bits (`key >> shift`), so keys inserted in ascending
    /// order fill the table front to back: decoding writes memory sequentially.
    shift: u32,
    /// `fingerprint << 32 | row start`; 0 is an empty slot (fingerprints are odd).
    slots: Vec<u64>,
    cells: Vec<Cell>,
    scale: f32,
    /// Every key in ascending order with its row start, for encoding (not used to predict).
    keys: Vec<(u64, u32)>,
}

#[inline]
fn fingerprint(key: u64) -> u64 {
    (key & 0xffff_ffff) | 1
}

impl ScoreTable {
    /// Builds the table; rows are inserted in key order so the layout is deterministic.
    pub fn new(model: &Model) -> ScoreTable {
        let mut rows: Vec<(u64, &[u16], &[f32])> = model.rows().collect();
        rows.sort_unstable_by_key(|r| r.0);
        let max = rows
            .iter()
            .flat_map(|r| r.2)
            .fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let mut t = ScoreTable::with_capacity(model.n_classes(), rows.len(), scale);
        for (key, classes, weights) in rows {
            let row = classes
                .iter()
                .zip(weights)
                .map(|(&c, &w)| (c, (w / scale).round() as i16));
            t.push_row(key, row);
        }
        t
    }

    fn with_capacity(n_classes: usize, n_rows: usize, scale: f32) -> ScoreTable {
        let cap = (n_rows + n_rows / 3 + 1).next_power_of_two().max(2);
        ScoreTable {
            n_classes,
            mask: cap - 1,
            shift: 64 - cap.trailing_zeros(),
            slots: vec![0; cap],
            cells: Vec::with_capacity(n_rows * 4),
            scale,
            keys: Vec::with_capacity(n_rows),
        }
    }

    /// Appends one row; keys must come in ascending order.
    fn push_row(&mut self, key: u64, row: impl Iterator<Item = (u16, i16)>) {
        let start = self.cells.len();
        assert!(start < 1 << 32, "model too large for a ScoreTable");
        self.cells.push(Cell {
            class: 0,
            weight: 0,
        });
        self.cells
            .extend(row.map(|(class, weight)| Cell { class, weight }));
        let len = self.cells.len() - start - 1;
        assert!(len <= u16::MAX as usize, "row longer than 65535 classes");
        self.cells[start].class = len as u16;
        let mut i = self.home(key);
        while self.slots[i] != 0 {
            i = (i + 1) & self.mask;
        }
        self.slots[i] = fingerprint(key) << 32 | start as u64;
        self.keys.push((key, start as u32));
    }

    /// Number of features with a row.
    pub fn n_features(&self) -> usize {
        self.keys.len()
    }

    /// Writes the table in the format of [`Model::encode`] (same bytes for the same weights).
    pub fn encode(&self, w: &mut Writer) {
        w.u32(self.n_classes as u32);
        w.f32(self.scale);
        w.u32(self.keys.len() as u32);
        let mut prev = 0u64;
        for &(k, start) in &self.keys {
            w.varint(k - prev);
            prev = k;
            let len = self.cells[start as usize].class as usize;
            w.varint(len as u64);
            for c in &self.cells[start as usize + 1..start as usize + 1 + len] {
                w.varint(c.class as u64);
                w.i16(c.weight);
            }
        }
    }

    /// Reads what [`Model::encode`] or [`ScoreTable::encode`] wrote, straight into a table.
    pub fn decode(r: &mut Reader) -> Result<ScoreTable> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        let mut t = ScoreTable::with_capacity(n_classes, n, scale);
        let mut key = 0u64;
        let mut row = Vec::new();
        for i in 0..n {
            let delta = r.varint()?;
            if i > 0 && delta == 0 {
                return Err(Error::model("model data is corrupt: repeated feature"));
            }
            key = key.wrapping_add(delta);
            let len = r.varint()? as usize;
            row.clear();
            for _ in 0..len {
                let c = r.varint()? as usize;
                if c >= n_classes {
                    return Err(Error::model(format!(
                        "model data is corrupt: class {c} out of range (only {n_classes} classes)"
                    )));
                }
                row.push((c as u16, r.i16()?));
            }
            t.push_row(key, row.iter().copied());
        }
        Ok(t)
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    #[inline]
    fn home(&self, key: u64) -> usize {
        (key >> self.shift) as usize
    }

    /// The value one unit of an `i32` score stands for.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Where the row of `key` starts in `cells` (at its header), if the key has one.
    #[inline]
    fn row_start(&self, key: u64) -> Option<usize> {
        let fp = fingerprint(key);
        let mut i = self.home(key);
        loop {
            let s = self.slots[i];
            if s == 0 {
                return None;
            }
            if s >> 32 == fp {
                return Some((s & 0xffff_ffff) as usize);
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds the quantised weights of `feats` to `out` (`n_classes` entries).
    ///
    /// Works in batches of three passes, so the CPU overlaps cache misses instead of
    /// serialising them behind mispredicted branches: first the home slot of every feature is
    /// loaded with no branch in between; then rows are resolved and each row's header (its
    /// length, which sits in front of its cells) is loaded, again with nothing waiting on it;
    /// only then are the rows added.
    #[inline]
    pub fn add_scores(&self, feats: &[u64], out: &mut [i32]) {
        debug_assert_eq!(out.len(), self.n_classes);
        const BATCH: usize = 32;
        let mut home = [0u64; BATCH];
        let mut rows = [(0u32, 0u32); BATCH];
        for chunk in feats.chunks(BATCH) {
            for (h, &f) in home.iter_mut().zip(chunk) {
                *h = self.slots[self.home(f)];
            }
            let mut n = 0;
            for (&h, &f) in home.iter().zip(chunk) {
                let start = if h >> 32 == fingerprint(f) {
                    Some((h & 0xffff_ffff) as usize)
                } else if h == 0 {
                    None
                } else {
                    self.row_start(f)
                };
                if let Some(start) = start {
                    rows[n] = (start as u32 + 1, self.cells[start].class as u32);
                    n += 1;
                }
            }
            for &(start, len) in &rows[..n] {
                let (s, e) = (start as usize, (start + len) as usize);
                for c in &self.cells[s..e] {
                    out[c.class as usize] += c.weight as i32;
                }
            }
        }
    }
}

/// Index of the highest score; ties go to the lowest index.
#[inline]
pub fn argmax_i32(scores: &[i32]) -> usize {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate().skip(1) {
        if s > scores[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_model_it_copies() {
        let rows = vec![
            (0u64, vec![(0u16, 0.5f32)]),
            (1 << 40 | 7, vec![(1, 2.0), (2, -1.0)]),
            // Same top bits as the key above: probes past its slot.
            (1 << 40 | 8, vec![(2, 3.0)]),
            (u64::MAX, vec![(0, -0.25)]),
        ];
        let m = Model::from_rows(3, rows);
        let t = ScoreTable::new(&m);
        let (a, b) = (1 << 40 | 7, 1 << 40 | 8);
        for feats in [
            &[0u64, a][..],
            &[a, b, 99],
            &[b],
            &[u64::MAX],
            &[5, 1 << 40 | 11],
        ] {
            let mut out = vec![0i32; 3];
            t.add_scores(feats, &mut out);
            let want = m.scores(feats);
            for (o, w) in out.iter().zip(&want) {
                assert!(
                    (*o as f32 * t.scale() - w).abs() < 1e-3,
                    "{feats:?}: {out:?} vs {want:?}"
                );
            }
        }
        assert_eq!(argmax_i32(&[1, 5, 5, 2]), 1);
        // Encodes exactly like the model and decodes to the same table.
        let (mut wm, mut wt) = (Writer::new(), Writer::new());
        m.encode(&mut wm);
        t.encode(&mut wt);
        assert_eq!(wm.bytes(), wt.bytes());
        assert_eq!(ScoreTable::decode(&mut Reader::new(wt.bytes())).unwrap(), t);
    }
}
