//! Distributional word classes learned from the training text itself: every word seen often
//! enough is described by the words around it (left and right neighbours among the most
//! frequent words), and k-means with cosine similarity groups words used alike (`joined` /
//! `left`, `Enron` / `Azurix`). The class is a tagger feature that generalises across words a
//! name list cannot hold. Two granularities are kept. Deterministic: fixed initialisation,
//! fixed iteration order, no randomness.

use rustc_hash::FxHashMap;

use crate::error::Result;
use crate::perceptron::codec::{Reader, Writer};

/// Words seen fewer times than this get no class.
const MIN_COUNT: u32 = 3;
/// Context words: the most frequent words (plus one bucket for all others).
const N_CONTEXT: usize = 400;
/// Cluster counts of the two granularities.
pub const COARSE: usize = 48;
pub const FINE: usize = 192;
const ITERATIONS: usize = 12;

/// Lowercased word → (coarse class, fine class).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clusters {
    map: FxHashMap<String, (u16, u16)>,
}

type Sparse = Vec<(u32, f32)>;

impl Clusters {
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The classes of a lowercased word, if it has them.
    pub fn get(&self, lower: &str) -> Option<(u16, u16)> {
        self.map.get(lower).copied()
    }

    /// Learns classes from sentences of words (compared in lowercase).
    pub fn learn<S: AsRef<str>>(sentences: &[Vec<S>]) -> Clusters {
        Clusters::learn_k(sentences, COARSE, FINE)
    }

    fn learn_k<S: AsRef<str>>(sentences: &[Vec<S>], n_coarse: usize, n_fine: usize) -> Clusters {
        let lower: Vec<Vec<String>> = sentences
            .iter()
            .map(|s| s.iter().map(|w| w.as_ref().to_lowercase()).collect())
            .collect();
        let mut counts: FxHashMap<&str, u32> = FxHashMap::default();
        for s in &lower {
            for w in s {
                *counts.entry(w.as_str()).or_default() += 1;
            }
        }
        // Most frequent first; ties alphabetically, so the order never depends on hashing.
        let mut by_freq: Vec<(&str, u32)> = counts.iter().map(|(w, c)| (*w, *c)).collect();
        by_freq.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let context: FxHashMap<&str, u32> = by_freq
            .iter()
            .take(N_CONTEXT)
            .enumerate()
            .map(|(i, (w, _))| (*w, i as u32))
            .collect();
        let vocab: Vec<&str> = by_freq
            .iter()
            .take_while(|(_, c)| *c >= MIN_COUNT)
            .map(|(w, _)| *w)
            .collect();
        let index: FxHashMap<&str, usize> =
            vocab.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        // Context dimensions: left word (0..=N_CONTEXT, N_CONTEXT = other / sentence edge),
        // then right word at an offset.
        let dims = 2 * (N_CONTEXT + 1);
        let ctx = |w: Option<&String>| -> u32 {
            w.and_then(|w| context.get(w.as_str()).copied())
                .unwrap_or(N_CONTEXT as u32)
        };
        let mut raw: Vec<FxHashMap<u32, f32>> = vec![FxHashMap::default(); vocab.len()];
        for s in &lower {
            for (i, w) in s.iter().enumerate() {
                let Some(&v) = index.get(w.as_str()) else {
                    continue;
                };
                let left = ctx(i.checked_sub(1).and_then(|j| s.get(j)));
                let right = ctx(s.get(i + 1)) + (N_CONTEXT as u32 + 1);
                *raw[v].entry(left).or_default() += 1.0;
                *raw[v].entry(right).or_default() += 1.0;
            }
        }
        let vectors: Vec<Sparse> = raw
            .into_iter()
            .map(|m| {
                let mut v: Sparse = m.into_iter().map(|(k, c)| (k, (1.0 + c).ln())).collect();
                v.sort_by_key(|e| e.0);
                let norm = v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt().max(1e-9);
                for e in &mut v {
                    e.1 /= norm;
                }
                v
            })
            .collect();
        let coarse = kmeans(&vectors, dims, n_coarse);
        let fine = kmeans(&vectors, dims, n_fine);
        let map = vocab
            .iter()
            .enumerate()
            .map(|(i, w)| (w.to_string(), (coarse[i], fine[i])))
            .collect();
        Clusters { map }
    }

    /// Writes the classes, sorted by word (deterministic bytes).
    pub fn encode(&self, w: &mut Writer) {
        let mut items: Vec<(&String, &(u16, u16))> = self.map.iter().collect();
        items.sort();
        w.varint(items.len() as u64);
        for (word, (c, f)) in items {
            w.str(word);
            w.varint(*c as u64);
            w.varint(*f as u64);
        }
    }

    pub fn decode(r: &mut Reader) -> Result<Clusters> {
        let n = r.varint()? as usize;
        let mut map = FxHashMap::default();
        map.reserve(n);
        for _ in 0..n {
            let word = r.str()?;
            let c = r.varint()? as u16;
            let f = r.varint()? as u16;
            map.insert(word, (c, f));
        }
        Ok(Clusters { map })
    }
}

/// Spherical k-means; centroids start at words spread evenly over the frequency ranking.
fn kmeans(vectors: &[Sparse], dims: usize, k: usize) -> Vec<u16> {
    let n = vectors.len();
    if n == 0 {
        return Vec::new();
    }
    let k = k.min(n);
    let mut centroids: Vec<Vec<f32>> = (0..k)
        .map(|c| {
            let mut d = vec![0.0; dims];
            for &(i, x) in &vectors[c * n / k] {
                d[i as usize] = x;
            }
            d
        })
        .collect();
    let mut assign = vec![0u16; n];
    for _ in 0..ITERATIONS {
        for (v, a) in vectors.iter().zip(assign.iter_mut()) {
            let mut best = (0usize, f32::NEG_INFINITY);
            for (c, cen) in centroids.iter().enumerate() {
                let s: f32 = v.iter().map(|&(i, x)| x * cen[i as usize]).sum();
                if s > best.1 {
                    best = (c, s);
                }
            }
            *a = best.0 as u16;
        }
        let mut sums = vec![vec![0.0f32; dims]; k];
        for (v, &a) in vectors.iter().zip(&assign) {
            for &(i, x) in v {
                sums[a as usize][i as usize] += x;
            }
        }
        for (c, s) in sums.into_iter().enumerate() {
            let norm = s.iter().map(|x| x * x).sum::<f32>().sqrt();
            // An emptied cluster keeps its old centroid.
            if norm > 0.0 {
                centroids[c] = s.into_iter().map(|x| x / norm).collect();
            }
        }
    }
    assign
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_contexts_share_a_class_and_bytes_are_stable() {
        let mut sents: Vec<Vec<&str>> = Vec::new();
        for _ in 0..5 {
            for name in ["Anna", "Boris", "Carla"] {
                sents.push(vec!["I", "met", name, "today", "."]);
            }
            for city in ["Oslo", "Lima", "Rome"] {
                sents.push(vec!["we", "flew", "to", city, "."]);
            }
        }
        let c = Clusters::learn_k(&sents, 3, 4);
        assert_eq!(c.get("anna").map(|x| x.1), c.get("boris").map(|x| x.1));
        assert_eq!(c.get("oslo").map(|x| x.1), c.get("rome").map(|x| x.1));
        assert_ne!(c.get("anna").map(|x| x.1), c.get("oslo").map(|x| x.1));
        assert!(c.get("zebra").is_none());
        let mut w = Writer::new();
        c.encode(&mut w);
        let bytes = w.bytes().to_vec();
        let back = Clusters::decode(&mut Reader::new(&bytes)).unwrap();
        assert_eq!(back, c);
        let mut w2 = Writer::new();
        Clusters::learn_k(&sents, 3, 4).encode(&mut w2);
        assert_eq!(w2.bytes(), &bytes[..]);
    }
}
