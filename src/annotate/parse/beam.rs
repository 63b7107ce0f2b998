//! Beam search over arc-hybrid transitions (Zhang & Clark 2008; Zhang & Nivre 2011): keep the
//! `width` best partial parses by the sum of their transition scores instead of one greedy
//! path. Every arc-hybrid parse of `n` words takes exactly `2n` transitions (n SHIFTs, n
//! attachments), so all hypotheses advance in lock step and finish together.
//!
//! A transition that is the only valid one (see [`Config::forced`]) is not scored, in training
//! and decoding alike, exactly as in the greedy decoder. Ties are broken by hypothesis rank and
//! then by class, so search is deterministic.

use super::features::{ALL_GROUPS, Atoms, extract_groups};
use crate::annotate::transition::{Config, Transition};

/// Adds the class scores of a feature vector (with the template group of each feature) to its
/// output, which is zeroed and `n_classes` long.
pub type Scorer<'a> = dyn FnMut(&[u64], &[u8], &mut [f64]) + 'a;

/// One partial parse.
#[derive(Debug, Clone)]
pub struct Hypothesis {
    pub config: Config,
    /// Sum of the scores of its transitions.
    pub score: f64,
    /// The transitions taken, oldest first (training replays them to update); empty unless
    /// the beam keeps histories.
    pub history: Vec<Transition>,
    /// Training only: is this the gold transition sequence so far?
    pub gold: bool,
}

impl Hypothesis {
    fn new() -> Hypothesis {
        Hypothesis {
            config: Config::new(0),
            score: 0.0,
            history: Vec::new(),
            gold: true,
        }
    }

    fn copy_from(&mut self, other: &Hypothesis) {
        self.config.copy_from(&other.config);
        self.score = other.score;
        self.history.clone_from(&other.history);
        self.gold = other.gold;
    }
}

/// An extension of hypothesis `from` by transition `t`.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    score: f64,
    from: u32,
    class: u32,
    t: Transition,
}

/// Best first: higher score, then the earlier hypothesis, then the lower class.
fn order(a: &Candidate, b: &Candidate) -> std::cmp::Ordering {
    b.score
        .total_cmp(&a.score)
        .then(a.from.cmp(&b.from))
        .then(a.class.cmp(&b.class))
}

/// Adds `cand` to the at most `width` best candidates, replacing the worst (at `worst`) when
/// they are full; the caller has checked that `cand` beats it.
fn keep_best(kept: &mut Vec<Candidate>, worst: &mut usize, width: usize, cand: Candidate) {
    if kept.len() < width {
        kept.push(cand);
    } else {
        kept[*worst] = cand;
    }
    if kept.len() == width {
        *worst = (0..width)
            .max_by(|&a, &b| order(&kept[a], &kept[b]))
            .expect("width is at least one");
    }
}

/// A beam and its buffers, reused from sentence to sentence.
#[derive(Debug, Default)]
pub struct Beam {
    /// The live hypotheses, best first.
    items: Vec<Hypothesis>,
    next: Vec<Hypothesis>,
    candidates: Vec<Candidate>,
    feats: Vec<u64>,
    groups: Vec<u8>,
    scores: Vec<f64>,
    /// Record each hypothesis's transitions (training needs them; decoding does not, and
    /// copying them costs time quadratic in the sentence's length).
    keep_history: bool,
}

impl Beam {
    /// A beam whose hypotheses record their transitions, for training.
    pub fn with_history() -> Beam {
        Beam {
            keep_history: true,
            ..Beam::default()
        }
    }

    /// Starts a sentence of `n` words with one empty hypothesis.
    pub fn start(&mut self, n: usize) {
        if self.items.is_empty() {
            self.items.push(Hypothesis::new());
        }
        self.items.truncate(1);
        let h = &mut self.items[0];
        h.config.reset(n);
        h.score = 0.0;
        h.history.clear();
        h.gold = true;
    }

    /// The hypotheses, best first.
    pub fn items(&self) -> &[Hypothesis] {
        &self.items
    }

    pub fn is_done(&self) -> bool {
        self.items.iter().all(|h| h.config.is_terminal())
    }

    /// Advances every hypothesis by one transition and keeps the `width` best, scoring
    /// configurations with `score`. `gold`,
    /// in training, is the gold sequence's next transition: hypotheses that extend the gold
    /// sequence by it stay marked gold.
    pub fn step(
        &mut self,
        atoms: &Atoms,
        width: usize,
        n_labels: usize,
        root_label: u16,
        gold: Option<Transition>,
        score: &mut Scorer<'_>,
    ) {
        let n_classes = Transition::n_classes(n_labels);
        let width = width.max(1);
        // The `width` best extensions over all hypotheses. Hypotheses and classes are visited in
        // the tie-break order, so a newcomer that only ties the worst kept one loses to it.
        self.candidates.clear();
        let mut worst = 0;
        for (i, h) in self.items.iter().enumerate() {
            let c = &h.config;
            if c.is_terminal() {
                continue;
            }
            if let Some(t) = c.forced(root_label) {
                if self.candidates.len() < width || h.score > self.candidates[worst].score {
                    let cand = Candidate {
                        score: h.score,
                        from: i as u32,
                        class: t.class(n_labels) as u32,
                        t,
                    };
                    keep_best(&mut self.candidates, &mut worst, width, cand);
                }
                continue;
            }
            extract_groups(c, atoms, ALL_GROUPS, &mut self.feats, &mut self.groups);
            self.scores.clear();
            self.scores.resize(n_classes, 0.0);
            score(&self.feats, &self.groups, &mut self.scores);
            for (class, &s) in self.scores.iter().enumerate() {
                let total = h.score + s;
                if self.candidates.len() == width && total <= self.candidates[worst].score {
                    continue;
                }
                let t = Transition::from_class(class, n_labels);
                if c.is_valid(t, root_label) {
                    let cand = Candidate {
                        score: total,
                        from: i as u32,
                        class: class as u32,
                        t,
                    };
                    keep_best(&mut self.candidates, &mut worst, width, cand);
                }
            }
        }
        self.candidates.sort_unstable_by(order);
        let keep = self.candidates.len();
        while self.next.len() < keep {
            self.next.push(Hypothesis::new());
        }
        for (slot, cand) in self.next.iter_mut().zip(&self.candidates) {
            let from = &self.items[cand.from as usize];
            slot.copy_from(from);
            slot.config.apply(cand.t);
            slot.score = cand.score;
            if self.keep_history {
                slot.history.push(cand.t);
            }
            slot.gold = from.gold && gold == Some(cand.t);
        }
        std::mem::swap(&mut self.items, &mut self.next);
        // The slots beyond `keep` keep their allocations for the next step.
        if self.items.len() > keep {
            let extra = self.items.split_off(keep);
            self.next.extend(extra);
        }
    }
}
