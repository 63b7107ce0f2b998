//! Averaged perceptron shared by the tagger, the parser and the entity tagger.
//!
//! Features are 64-bit hashes (see [`features`]); each feature owns a sparse row of
//! per-class weights, because a perceptron only ever touches the gold and the predicted class
//! of an update. [`Trainer`] learns, [`Model`] predicts and is what model files store.

pub mod codec;
pub mod features;
mod model;
pub mod table;
#[cfg(feature = "train")]
mod trainer;

pub use model::Model;
pub use table::ScoreTable;
#[cfg(feature = "train")]
pub use trainer::{Rng, Trainer};

/// Index of the best-scoring class among those allowed by `valid` (all when `None`).
/// Ties go to the lowest index, so prediction is deterministic.
pub fn argmax(scores: &[f32], valid: Option<&[bool]>) -> usize {
    let mut best = usize::MAX;
    let mut best_score = f32::NEG_INFINITY;
    for (i, &s) in scores.iter().enumerate() {
        if valid.is_some_and(|v| !v[i]) {
            continue;
        }
        if best == usize::MAX || s > best_score {
            best = i;
            best_score = s;
        }
    }
    best
}
