//! Training: the averaged perceptron (Collins 2002) with lazy averaging, so an update costs
//! time proportional to the features it touches, not to the model size.

use rustc_hash::FxHashMap;

use super::Model;

#[derive(Debug, Clone, Copy)]
struct Cell {
    class: u16,
    weight: f32,
    /// Sum of this weight over all instances up to `stamp`.
    total: f64,
    stamp: u64,
}

/// An averaged perceptron being trained.
#[derive(Debug, Clone)]
pub struct Trainer {
    n_classes: usize,
    rows: FxHashMap<u64, Vec<Cell>>,
    /// Number of training instances seen (the averaging clock).
    clock: u64,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Trainer {
        assert!(n_classes <= u16::MAX as usize, "at most 65535 classes");
        Trainer {
            n_classes,
            rows: FxHashMap::default(),
            clock: 0,
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// Adds the current (not averaged) weights of `feats` to `out`.
    pub fn add_scores(&self, feats: &[u64], out: &mut [f32]) {
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for c in row {
                    out[c.class as usize] += c.weight;
                }
            }
        }
    }

    /// Current scores of every class.
    pub fn scores(&self, feats: &[u64]) -> Vec<f32> {
        let mut out = vec![0.0; self.n_classes];
        self.add_scores(feats, &mut out);
        out
    }

    /// Marks the end of one training instance (advances the averaging clock).
    pub fn tick(&mut self) {
        self.clock += 1;
    }

    /// Adds `delta` to the weight of `class` for every feature in `feats`.
    pub fn add(&mut self, feats: &[u64], class: usize, delta: f32) {
        let now = self.clock;
        for &f in feats {
            let row = self.rows.entry(f).or_default();
            let cell = match row.iter_mut().position(|c| c.class as usize == class) {
                Some(i) => &mut row[i],
                None => {
                    row.push(Cell {
                        class: class as u16,
                        weight: 0.0,
                        total: 0.0,
                        stamp: now,
                    });
                    row.last_mut().expect("row is non-empty after push")
                }
            };
            cell.total += (now - cell.stamp) as f64 * cell.weight as f64;
            cell.stamp = now;
            cell.weight += delta;
        }
    }

    /// The standard perceptron update: reward `truth`, penalise `guess` (no-op when equal).
    pub fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth != guess {
            self.add(feats, truth, 1.0);
            self.add(feats, guess, -1.0);
        }
    }

    /// The averaged weights as a frozen model. Weights whose magnitude is below `prune`
    /// are dropped (0.0 keeps every non-zero weight).
    pub fn averaged(&self, prune: f32) -> Model {
        let now = self.clock.max(1);
        let rows = self
            .rows
            .iter()
            .map(|(&f, cells)| {
                let avg = cells
                    .iter()
                    .map(|c| {
                        let total = c.total + (now - c.stamp) as f64 * c.weight as f64;
                        (c.class, (total / now as f64) as f32)
                    })
                    .filter(|c| c.1.abs() > prune)
                    .collect();
                (f, avg)
            })
            .collect();
        Model::from_rows(self.n_classes, rows)
    }
}

/// A small deterministic random number generator (SplitMix64) for shuffling epochs.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perceptron::codec::{Reader, Writer};
    use crate::perceptron::features::str_feature;

    /// Learns "word ends in -s → class 1" from a handful of examples.
    fn toy() -> Trainer {
        let data = [
            ("dogs", 1),
            ("cat", 0),
            ("runs", 1),
            ("walk", 0),
            ("trees", 1),
            ("tree", 0),
        ];
        let mut t = Trainer::new(2);
        let mut rng = Rng::new(7);
        let mut order: Vec<usize> = (0..data.len()).collect();
        for _ in 0..10 {
            rng.shuffle(&mut order);
            for &i in &order {
                let (w, y) = data[i];
                let feats = [str_feature(0, &w[w.len() - 1..]), str_feature(1, "bias")];
                let guess = crate::perceptron::argmax(&t.scores(&feats), None);
                t.update(&feats, y, guess);
                t.tick();
            }
        }
        t
    }

    #[test]
    fn learns_a_separable_toy_problem() {
        let m = toy().averaged(0.0);
        let f = |w: &str| [str_feature(0, &w[w.len() - 1..]), str_feature(1, "bias")];
        assert_eq!(m.predict(&f("cups")), 1);
        assert_eq!(m.predict(&f("walk")), 0);
    }

    #[test]
    fn training_is_deterministic_and_encoding_round_trips() {
        let (a, b) = (toy().averaged(0.0), toy().averaged(0.0));
        let (mut wa, mut wb) = (Writer::new(), Writer::new());
        a.encode(&mut wa);
        b.encode(&mut wb);
        assert_eq!(wa.bytes(), wb.bytes());
        let back = Model::decode(&mut Reader::new(wa.bytes())).unwrap();
        let f = [str_feature(0, "s"), str_feature(1, "bias")];
        assert_eq!(back.predict(&f), a.predict(&f));
    }
}
