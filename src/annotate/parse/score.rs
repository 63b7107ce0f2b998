//! Attachment scores as the CoNLL 2018 shared task counts them: every word, punctuation
//! included; LAS compares the full label (`nsubj:pass` ≠ `nsubj`), and a second labelled score
//! compares only the universal part before the colon.

use serde::Serialize;

/// Counts of words and correct attachments over a corpus.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct AttachmentScore {
    pub tokens: usize,
    /// Correct head.
    pub unlabelled: usize,
    /// Correct head and full label.
    pub labelled: usize,
    /// Correct head and universal part of the label.
    pub labelled_universal: usize,
}

/// The universal part of a relation, before any `:subtype`.
pub fn universal(label: &str) -> &str {
    label.split_once(':').map_or(label, |(u, _)| u)
}

impl AttachmentScore {
    /// Adds one sentence: gold and predicted `(head, label)` per word.
    pub fn add<'a>(
        &mut self,
        gold: impl IntoIterator<Item = (usize, &'a str)>,
        pred: impl IntoIterator<Item = (usize, &'a str)>,
    ) {
        for ((gh, gl), (ph, pl)) in gold.into_iter().zip(pred) {
            self.tokens += 1;
            if gh == ph {
                self.unlabelled += 1;
                if gl == pl {
                    self.labelled += 1;
                }
                if universal(gl) == universal(pl) {
                    self.labelled_universal += 1;
                }
            }
        }
    }

    fn frac(&self, hits: usize) -> f64 {
        if self.tokens == 0 {
            0.0
        } else {
            hits as f64 / self.tokens as f64
        }
    }

    pub fn uas(&self) -> f64 {
        self.frac(self.unlabelled)
    }

    pub fn las(&self) -> f64 {
        self.frac(self.labelled)
    }

    pub fn las_universal(&self) -> f64 {
        self.frac(self.labelled_universal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_on_a_hand_made_fixture() {
        let gold = [
            (2, "nsubj:pass"),
            (0, "root"),
            (2, "obl:tmod"),
            (2, "punct"),
        ];
        // Head right + label right, head right + subtype wrong, head wrong, head right.
        let pred = [(2, "nsubj:pass"), (0, "root"), (2, "obl"), (3, "punct")];
        let mut s = AttachmentScore::default();
        s.add(gold, pred);
        assert_eq!(s.tokens, 4);
        assert_eq!(s.uas(), 0.75);
        assert_eq!(s.las(), 0.5);
        assert_eq!(s.las_universal(), 0.75);
        s.add([(0, "root")], [(1, "root")]);
        assert_eq!((s.tokens, s.unlabelled, s.labelled), (5, 3, 2));
        assert_eq!(AttachmentScore::default().uas(), 0.0);
    }
}
