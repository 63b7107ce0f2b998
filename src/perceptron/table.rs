//! A read-only, cache-friendly copy of a [`Model`] for fast prediction.
//!
//! Prediction cost is dominated by memory latency, one lookup per feature. The table is open
//! addressing with linear probing at load ≤ 1/2 over 8-byte slots (a 32-bit fingerprint of the
//! key's low half, the top bits pick the slot; plus the row), and each row is packed as a
//! length cell followed by `(class, i16 weight)` cells of 4 bytes. Rows with many classes (the
//! bias, frequent suffixes, previous tags) are also kept dense, `n_classes` weights in a row, so
//! adding them is one vectorised pass instead of a scatter. A present feature usually costs two
//! cache lines, an absent one a single probe. Weights are quantised to `i16` with one scale,
//! exactly as model files store them, and summed as `i32`. Two features that share both the slot
//! chain and the fingerprint would share a row; at 2^-32 per probe that is as rare as any other
//! hash collision in a hashed-feature model.

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
    /// `fingerprint << 32 | row`; 0 is an empty slot (fingerprints are odd). `row` is the start
    /// of a row in `cells` (0 is the empty row), or with [`DENSE`] set a row number in `dense`,
    /// or with [`INLINE`] set the one cell of a one-cell row itself.
    slots: Vec<u64>,
    cells: Vec<Cell>,
    /// Long rows again as `n_classes` weights each; their copy in `cells` serves encoding.
    dense: Vec<i16>,
    scale: f32,
    /// Every key in ascending order with its row start, for encoding (not used to predict).
    keys: Vec<(u64, u32)>,
}

/// Marks a dense row in a slot.
const DENSE: usize = 1 << 31;

/// Marks a row of one cell kept in its slot: class in bits 16..30, weight in bits 0..16. About
/// a third of the parser's rows have one cell; these then cost one cache miss instead of two.
const INLINE: usize = 1 << 30;

/// Classes below this fit in an inline cell.
const INLINE_CLASSES: usize = 1 << 14;

/// The class and weight of an inline cell, or (0, 0) for any other row (adding that is a no-op,
/// so callers add it without a branch).
#[inline]
fn inline_cell(row: usize) -> (usize, i32) {
    let v = row * usize::from(row & (DENSE | INLINE) == INLINE);
    ((v >> 16) & (INLINE_CLASSES - 1), i32::from(v as u16 as i16))
}

/// Where a row's header is in `cells`: the row itself for a sparse row, else the empty row.
#[inline]
fn sparse_start(row: usize) -> usize {
    row * usize::from(row & (DENSE | INLINE) == 0)
}

/// A row with at least `n_classes / DENSE_FROM` cells is also stored dense: walking 4-byte cells
/// and scattering their adds costs more than one vectorised pass over 2-byte weights.
const DENSE_FROM: usize = 3;

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
        let cap = (2 * n_rows + 1).next_power_of_two().max(2);
        let mut cells = Vec::with_capacity(n_rows * 4 + 1);
        // Cell 0 heads the empty row that every missing feature points at.
        cells.push(Cell {
            class: 0,
            weight: 0,
        });
        ScoreTable {
            n_classes,
            mask: cap - 1,
            shift: 64 - cap.trailing_zeros(),
            slots: vec![0; cap],
            cells,
            dense: Vec::new(),
            scale,
            keys: Vec::with_capacity(n_rows),
        }
    }

    /// Appends one row; keys must come in ascending order.
    fn push_row(&mut self, key: u64, row: impl Iterator<Item = (u16, i16)>) {
        let start = self.cells.len();
        assert!(start < INLINE, "model too large for a ScoreTable");
        self.cells.push(Cell {
            class: 0,
            weight: 0,
        });
        self.cells
            .extend(row.map(|(class, weight)| Cell { class, weight }));
        let len = self.cells.len() - start - 1;
        assert!(len <= u16::MAX as usize, "row longer than 65535 classes");
        self.cells[start].class = len as u16;
        let mut row = start;
        if len > 0 && len * DENSE_FROM >= self.n_classes {
            row = DENSE | (self.dense.len() / self.n_classes);
            assert!(row < DENSE | INLINE, "too many dense rows for a ScoreTable");
            let at = self.dense.len();
            self.dense.resize(at + self.n_classes, 0);
            for c in &self.cells[start + 1..] {
                self.dense[at + c.class as usize] = c.weight;
            }
        } else if len == 1 && (self.cells[start + 1].class as usize) < INLINE_CLASSES {
            let c = self.cells[start + 1];
            row = INLINE | (c.class as usize) << 16 | c.weight as u16 as usize;
        }
        let mut i = self.home(key);
        while self.slots[i] != 0 {
            i = (i + 1) & self.mask;
        }
        self.slots[i] = fingerprint(key) << 32 | row as u64;
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

    /// The row of `key` past its home slot (linear probing), or 0 (the empty row).
    #[cold]
    fn probe(&self, key: u64) -> usize {
        let fp = fingerprint(key);
        let mut i = self.home(key);
        loop {
            let s = self.slots[i];
            if s == 0 {
                return 0;
            }
            if s >> 32 == fp {
                return (s & 0xffff_ffff) as usize;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds the quantised weights of `feats` to `out` (`n_classes` entries).
    ///
    /// Works in batches and in three passes so that cache misses overlap instead of waiting on
    /// one another: load the home slot of every feature; resolve each to a row (a missing
    /// feature gets the empty row, without a branch in the common cases) and load the row
    /// headers; only then walk the rows and add.
    #[inline]
    pub fn add_scores(&self, feats: &[u64], out: &mut [i32]) {
        debug_assert_eq!(out.len(), self.n_classes);
        let mut rows = [(0u32, 0u16); 48];
        for chunk in feats.chunks(rows.len()) {
            self.resolve_chunk(chunk, &mut rows);
            for &(row, len) in &rows[..chunk.len()] {
                self.add_row(row, len, out);
            }
        }
    }

    /// Like [`ScoreTable::add_scores`], but feature `i` adds to block `groups[i]` of `out`
    /// (`out` holds whole blocks of `n_classes` scores), so a caller can keep the sums of
    /// feature groups apart and still look every feature up in one batch. Batches are larger
    /// than [`ScoreTable::add_scores`]'s so that a parser transition's features (about a
    /// hundred) start all their slot loads at once.
    #[inline]
    pub fn add_scores_grouped(&self, feats: &[u64], groups: &[u8], out: &mut [i32]) {
        debug_assert_eq!(feats.len(), groups.len());
        debug_assert_eq!(out.len() % self.n_classes.max(1), 0);
        let n = self.n_classes;
        let mut rows = [(0u32, 0u16); 128];
        for (chunk, gchunk) in feats.chunks(rows.len()).zip(groups.chunks(rows.len())) {
            self.resolve_chunk(chunk, &mut rows);
            for (&(row, len), &g) in rows[..chunk.len()].iter().zip(gchunk) {
                self.add_row(row, len, &mut out[g as usize * n..(g as usize + 1) * n]);
            }
        }
    }

    /// Adds the weights of one feature to `out`: what [`ScoreTable::add_scores`] does per
    /// feature, without its batching set-up (for callers that score two or three features).
    #[inline]
    pub fn add_one(&self, f: u64, out: &mut [i32]) {
        let mut rows = [(0u32, 0u16); 1];
        self.resolve_chunk(&[f], &mut rows);
        self.add_row(rows[0].0, rows[0].1, out);
    }
}

impl ScoreTable {
    /// Like [`ScoreTable::add_scores`] for many rows of scores at once: the weights of
    /// `feats[k]` go to the `n_classes` entries of `out` from `at[k]`. One call for a whole
    /// sentence lets the cache misses of all its tokens overlap.
    #[inline]
    pub fn add_scores_at(&self, feats: &[u64], at: &[u32], out: &mut [i32]) {
        debug_assert_eq!(feats.len(), at.len());
        let nc = self.n_classes;
        let mut rows = [(0u32, 0u16); 48];
        for (chunk, at) in feats.chunks(rows.len()).zip(at.chunks(rows.len())) {
            self.resolve_chunk(chunk, &mut rows);
            for (&(row, len), &at) in rows[..chunk.len()].iter().zip(at) {
                self.add_row(row, len, &mut out[at as usize..at as usize + nc]);
            }
        }
    }

    /// Finds the row of every feature of `chunk` (at most `rows.len()`): all home slots are
    /// loaded first so their cache misses overlap, then each is checked (and probed further
    /// on a clash). `rows[i]` gets the row and, for a sparse row, its length.
    #[inline]
    fn resolve_chunk(&self, chunk: &[u64], rows: &mut [(u32, u16)]) {
        let mut home = [0u64; 128];
        for (h, &f) in home.iter_mut().zip(chunk) {
            *h = self.slots[self.home(f)];
        }
        for ((r, &h), &f) in rows.iter_mut().zip(&home).zip(chunk) {
            let hit = h >> 32 == fingerprint(f);
            let mut row = (h & 0xffff_ffff) as usize * usize::from(hit);
            if !hit && h != 0 {
                row = self.probe(f);
            }
            // A dense or inline row reads the header of the empty row instead (length 0).
            *r = (row as u32, self.cells[sparse_start(row)].class);
        }
    }

    /// Adds one resolved row (see [`ScoreTable::resolve_chunk`]) to `out` (`n_classes` scores).
    #[inline]
    fn add_row(&self, row: u32, len: u16, out: &mut [i32]) {
        let row = row as usize;
        if row & DENSE != 0 {
            let at = (row & !DENSE) * self.n_classes;
            for (o, &w) in out.iter_mut().zip(&self.dense[at..at + self.n_classes]) {
                *o += i32::from(w);
            }
        } else {
            let (class, weight) = inline_cell(row);
            out[class] += weight;
            let start = sparse_start(row);
            for c in &self.cells[start + 1..start + 1 + len as usize] {
                out[c.class as usize] += c.weight as i32;
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
        // Twelve classes: from 4 cells (a third of the classes) a row is also dense.
        let rows = vec![
            (0u64, vec![(0u16, 0.5f32)]),
            (1 << 40 | 7, vec![(1, 2.0), (2, -1.0)]),
            // Same top bits as the key above (different low halves, so different fingerprints):
            // probes past its slot.
            (1 << 40 | 8, vec![(2, 3.0), (5, 1.0), (11, -2.0)]),
            (1 << 40 | 10, vec![(0, 1.0), (3, 1.0), (4, -1.0), (11, 0.5)]),
            (u64::MAX, vec![(0, -0.25)]),
        ];
        let m = Model::from_rows(12, rows);
        let t = ScoreTable::new(&m);
        let dense = t.slots.iter().filter(|&&s| s as usize & DENSE != 0).count();
        assert_eq!((dense, t.dense.len()), (1, 12));
        // The two one-cell rows (one weight positive, one negative) live in their slots.
        let inline = t
            .slots
            .iter()
            .filter(|&&s| s as usize & (DENSE | INLINE) == INLINE);
        assert_eq!(inline.count(), 2);
        let (a, b, c) = (1 << 40 | 7, 1 << 40 | 8, 1 << 40 | 10);
        for feats in [
            &[0u64, a][..],
            &[a, b, 99],
            &[b],
            &[c, b, a, c],
            &[u64::MAX],
            &[5, 1 << 40 | 13],
        ] {
            let mut out = vec![0i32; 12];
            t.add_scores(feats, &mut out);
            // Grouped: the blocks add up to the same scores.
            let groups: Vec<u8> = (0..feats.len()).map(|i| (i % 3) as u8).collect();
            let mut blocks = vec![0i32; 3 * 12];
            t.add_scores_grouped(feats, &groups, &mut blocks);
            let summed: Vec<i32> = (0..12)
                .map(|c| blocks[c] + blocks[12 + c] + blocks[24 + c])
                .collect();
            assert_eq!(summed, out, "{feats:?}");
            let mut one_by_one = vec![0i32; 12];
            for &f in feats {
                t.add_one(f, &mut one_by_one);
            }
            assert_eq!(one_by_one, out, "{feats:?}");
            let want = m.scores(feats);
            for (o, w) in out.iter().zip(&want) {
                assert!(
                    (*o as f32 * t.scale() - w).abs() < 1e-3,
                    "{feats:?}: {out:?} vs {want:?}"
                );
            }
        }
        // Many rows at once: the same sums as one call per row.
        let feats = [a, b, 0, c, 99, u64::MAX, b];
        let at = [0u32, 0, 12, 12, 24, 24, 24];
        let mut many = vec![0i32; 36];
        t.add_scores_at(&feats, &at, &mut many);
        let mut one = vec![0i32; 36];
        t.add_scores(&[a, b], &mut one[..12]);
        t.add_scores(&[0, c], &mut one[12..24]);
        t.add_scores(&[99, u64::MAX, b], &mut one[24..]);
        assert_eq!(many, one);
        assert_eq!(argmax_i32(&[1, 5, 5, 2]), 1);
        assert_eq!(argmax_i32(&[7, 5, 7, 2]), 0);
        assert_eq!(argmax_i32(&[-3, -1, -2]), 1);
        assert_eq!(argmax_i32(&[]), 0);
        // Encodes exactly like the model and decodes to the same table.
        let (mut wm, mut wt) = (Writer::new(), Writer::new());
        m.encode(&mut wm);
        t.encode(&mut wt);
        assert_eq!(wm.bytes(), wt.bytes());
        assert_eq!(ScoreTable::decode(&mut Reader::new(wt.bytes())).unwrap(), t);
    }
}
