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
    /// One hypothesis's best valid extensions, best first.
    top: Vec<(f64, u32)>,
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
        self.candidates.clear();
        for (i, h) in self.items.iter().enumerate() {
            let c = &h.config;
            if c.is_terminal() {
                continue;
            }
            if let Some(t) = c.forced(root_label) {
                self.candidates.push(Candidate {
                    score: h.score,
                    from: i as u32,
                    class: t.class(n_labels) as u32,
                    t,
                });
                continue;
            }
            extract_groups(c, atoms, ALL_GROUPS, &mut self.feats, &mut self.groups);
            self.scores.clear();
            self.scores.resize(n_classes, 0.0);
            score(&self.feats, &self.groups, &mut self.scores);
            // Only a hypothesis's `width` best extensions can survive the cut.
            self.top.clear();
            for (class, &s) in self.scores.iter().enumerate() {
                if self.top.len() == width && s <= self.top[width - 1].0 {
                    continue;
                }
                let t = Transition::from_class(class, n_labels);
                if !c.is_valid(t, root_label) {
                    continue;
                }
                // Insert after the equal scores already kept: lower classes win ties.
                let at = self.top.partition_point(|&(o, _)| o >= s);
                if self.top.len() == width {
                    self.top.pop();
                }
                self.top.insert(at, (s, class as u32));
            }
            for &(s, class) in &self.top {
                self.candidates.push(Candidate {
                    score: h.score + s,
                    from: i as u32,
                    class,
                    t: Transition::from_class(class as usize, n_labels),
                });
            }
        }
        let order = |a: &Candidate, b: &Candidate| {
            b.score
                .total_cmp(&a.score)
                .then(a.from.cmp(&b.from))
                .then(a.class.cmp(&b.class))
        };
        let keep = width.min(self.candidates.len());
        if keep < self.candidates.len() {
            self.candidates.select_nth_unstable_by(keep - 1, order);
            self.candidates.truncate(keep);
        }
        self.candidates.sort_unstable_by(order);
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
