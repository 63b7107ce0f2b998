//! A trained (averaged, frozen) perceptron: sparse rows of quantised weights.

use rustc_hash::FxHashMap;

use super::codec::{Reader, Writer};
use crate::error::{Error, Result};

/// Frozen perceptron weights. Rows are stored back to back; `index` maps a feature hash
/// to its `(start, len)` slice in `classes` / `weights`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Model {
    n_classes: usize,
    index: FxHashMap<u64, (u32, u32)>,
    classes: Vec<u16>,
    weights: Vec<f32>,
}

impl Model {
    /// Builds a model from rows `(feature, [(class, weight)])`. Rows are sorted so the
    /// encoded file does not depend on the order they come in.
    pub fn from_rows(n_classes: usize, mut rows: Vec<(u64, Vec<(u16, f32)>)>) -> Model {
        rows.sort_unstable_by_key(|r| r.0);
        let mut m = Model {
            n_classes,
            ..Model::default()
        };
        m.index.reserve(rows.len());
        for (feat, mut cells) in rows {
            cells.retain(|c| c.1 != 0.0);
            if cells.is_empty() {
                continue;
            }
            cells.sort_unstable_by_key(|c| c.0);
            let start = m.classes.len() as u32;
            for (c, w) in cells {
                m.classes.push(c);
                m.weights.push(w);
            }
            m.index
                .insert(feat, (start, m.classes.len() as u32 - start));
        }
        m
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Number of features with at least one non-zero weight.
    pub fn n_features(&self) -> usize {
        self.index.len()
    }

    /// Adds the weights of `feats` to `out` (which must have `n_classes` entries).
    #[inline]
    pub fn add_scores(&self, feats: &[u64], out: &mut [f32]) {
        debug_assert_eq!(out.len(), self.n_classes);
        for f in feats {
            if let Some(&(start, len)) = self.index.get(f) {
                let (s, e) = (start as usize, (start + len) as usize);
                for (c, w) in self.classes[s..e].iter().zip(&self.weights[s..e]) {
                    out[*c as usize] += w;
                }
            }
        }
    }

    /// Scores of every class for `feats`.
    pub fn scores(&self, feats: &[u64]) -> Vec<f32> {
        let mut out = vec![0.0; self.n_classes];
        self.add_scores(feats, &mut out);
        out
    }

    /// Best class for `feats`.
    pub fn predict(&self, feats: &[u64]) -> usize {
        super::argmax(&self.scores(feats), None)
    }

    /// Every row as `(feature, classes, weights)`, in no particular order.
    pub fn rows(&self) -> impl Iterator<Item = (u64, &[u16], &[f32])> {
        self.index.iter().map(|(&f, &(start, len))| {
            let (s, e) = (start as usize, (start + len) as usize);
            (f, &self.classes[s..e], &self.weights[s..e])
        })
    }

    /// This model's weights plus `weight` times `other`'s, feature by feature and class by
    /// class (a feature missing from one model counts as 0 there). Both models must score the
    /// same classes. Two linear models over the same features sum to one: scoring with the
    /// result is scoring with both.
    pub fn plus(&self, other: &Model, weight: f32) -> Model {
        assert_eq!(
            self.n_classes, other.n_classes,
            "models of different classes"
        );
        let mut sum: std::collections::BTreeMap<u64, std::collections::BTreeMap<u16, f32>> =
            std::collections::BTreeMap::new();
        for (m, k) in [(self, 1.0f32), (other, weight)] {
            for (f, classes, weights) in m.rows() {
                let row = sum.entry(f).or_default();
                for (&c, &w) in classes.iter().zip(weights) {
                    *row.entry(c).or_default() += k * w;
                }
            }
        }
        let rows = sum
            .into_iter()
            .map(|(f, row)| (f, row.into_iter().collect()))
            .collect();
        Model::from_rows(self.n_classes, rows)
    }

    /// A copy without the weights whose magnitude is at most `min` (rows left empty vanish).
    /// Small averaged weights barely move a decision, so this shrinks files at little cost.
    pub fn pruned(&self, min: f32) -> Model {
        let rows = self
            .rows()
            .map(|(f, classes, weights)| {
                let cells = classes
                    .iter()
                    .zip(weights)
                    .filter(|(_, w)| w.abs() > min)
                    .map(|(c, w)| (*c, *w))
                    .collect();
                (f, cells)
            })
            .collect();
        Model::from_rows(self.n_classes, rows)
    }

    /// Writes the model: weights are quantised to `i16` with one scale per model, which keeps
    /// files small and costs no measurable accuracy for perceptron weights.
    pub fn encode(&self, w: &mut Writer) {
        let max = self.weights.iter().fold(0.0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        w.u32(self.n_classes as u32);
        w.f32(scale);
        let mut keys: Vec<u64> = self.index.keys().copied().collect();
        keys.sort_unstable();
        w.u32(keys.len() as u32);
        let mut prev = 0u64;
        for k in keys {
            let (start, len) = self.index[&k];
            // Sorted keys are delta-encoded as varints: random 64-bit hashes then take ~5-6 bytes.
            w.varint(k - prev);
            prev = k;
            w.varint(len as u64);
            for i in start..start + len {
                w.varint(self.classes[i as usize] as u64);
                w.i16((self.weights[i as usize] / scale).round() as i16);
            }
        }
    }

    pub fn decode(r: &mut Reader) -> Result<Model> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        let mut m = Model {
            n_classes,
            ..Model::default()
        };
        m.index.reserve(n);
        let mut key = 0u64;
        for _ in 0..n {
            key = key.wrapping_add(r.varint()?);
            let len = r.varint()? as usize;
            let start = m.classes.len() as u32;
            for _ in 0..len {
                let c = r.varint()? as usize;
                if c >= n_classes {
                    return Err(Error::model(format!(
                        "model data is corrupt: class {c} out of range (only {n_classes} classes)"
                    )));
                }
                m.classes.push(c as u16);
                m.weights.push(r.i16()? as f32 * scale);
            }
            m.index.insert(key, (start, len as u32));
        }
        Ok(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plus_sums_weights_feature_by_feature_and_scores_as_both_models() {
        let a = Model::from_rows(3, vec![(1, vec![(0, 1.0), (2, -2.0)]), (2, vec![(1, 4.0)])]);
        let b = Model::from_rows(3, vec![(1, vec![(0, 2.0), (1, 1.0)]), (3, vec![(2, 8.0)])]);
        let sum = a.plus(&b, 0.5);
        assert_eq!(sum.n_features(), 3);
        for feats in [&[1u64][..], &[2], &[3], &[1, 2, 3], &[4]] {
            let (sa, sb, ss) = (a.scores(feats), b.scores(feats), sum.scores(feats));
            for c in 0..3 {
                assert_eq!(ss[c], sa[c] + 0.5 * sb[c], "{feats:?} class {c}");
            }
        }
        // Weights that cancel out leave no cell behind.
        let zero = a.plus(&a, -1.0);
        assert_eq!(zero.n_features(), 0);
    }
}
