//! Decoding a tag sequence: greedy left to right, or Viterbi over first-order tag transitions
//! (the structured perceptron of Collins 2002). Both forbid invalid BIO (`O I-PER`).

use super::features::{Extracted, START};
use super::iob::{N_TAGS, allowed};
use crate::perceptron::Model;

/// Anything that scores features: the frozen model, or the trainer's current weights.
pub trait Scorer {
    fn add_scores(&self, feats: &[u64], out: &mut [f32]);
}

impl Scorer for Model {
    fn add_scores(&self, feats: &[u64], out: &mut [f32]) {
        Model::add_scores(self, feats, out)
    }
}

#[cfg(feature = "train")]
impl Scorer for crate::perceptron::Trainer {
    fn add_scores(&self, feats: &[u64], out: &mut [f32]) {
        crate::perceptron::Trainer::add_scores(self, feats, out)
    }
}

/// How the tag sequence is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Decoder {
    Greedy,
    #[default]
    Viterbi,
}

impl Decoder {
    pub fn as_str(self) -> &'static str {
        match self {
            Decoder::Greedy => "greedy",
            Decoder::Viterbi => "viterbi",
        }
    }

    pub fn parse(s: &str) -> Option<Decoder> {
        match s {
            "greedy" => Some(Decoder::Greedy),
            "viterbi" => Some(Decoder::Viterbi),
            _ => None,
        }
    }
}

type Row = [f32; N_TAGS];

fn scores_of<S: Scorer>(s: &S, feats: &[u64]) -> Row {
    let mut out = [0.0; N_TAGS];
    s.add_scores(feats, &mut out);
    out
}

/// Best tag sequence under `scorer`.
pub fn decode<S: Scorer>(scorer: &S, ex: &Extracted, decoder: Decoder) -> Vec<usize> {
    match decoder {
        Decoder::Greedy => greedy(scorer, ex),
        Decoder::Viterbi => viterbi(scorer, ex),
    }
}

fn greedy<S: Scorer>(scorer: &S, ex: &Extracted) -> Vec<usize> {
    let mut out = Vec::with_capacity(ex.emission.len());
    let mut prev = START;
    for (i, em) in ex.emission.iter().enumerate() {
        let mut row = scores_of(scorer, em);
        scorer.add_scores(&ex.transition(i, prev), &mut row);
        let p = (prev != START).then_some(prev);
        let best = (0..N_TAGS)
            .filter(|&t| allowed(p, t))
            .fold(0, |b, t| if row[t] > row[b] { t } else { b });
        out.push(best);
        prev = best;
    }
    out
}

fn viterbi<S: Scorer>(scorer: &S, ex: &Extracted) -> Vec<usize> {
    let n = ex.emission.len();
    if n == 0 {
        return Vec::new();
    }
    let mut delta: Vec<Row> = Vec::with_capacity(n);
    let mut back: Vec<[usize; N_TAGS]> = Vec::with_capacity(n);
    for i in 0..n {
        let em = scores_of(scorer, &ex.emission[i]);
        let mut row = [f32::NEG_INFINITY; N_TAGS];
        let mut bp = [0usize; N_TAGS];
        let prevs: Vec<usize> = if i == 0 {
            vec![START]
        } else {
            (0..N_TAGS).collect()
        };
        for &p in &prevs {
            let base = if i == 0 { 0.0 } else { delta[i - 1][p] };
            if base == f32::NEG_INFINITY {
                continue;
            }
            let trans = scores_of(scorer, &ex.transition(i, p));
            let pp = (p != START).then_some(p);
            for t in 0..N_TAGS {
                if !allowed(pp, t) {
                    continue;
                }
                let s = base + trans[t] + em[t];
                // Strict `>` keeps the lowest previous tag on ties: deterministic.
                if s > row[t] {
                    row[t] = s;
                    bp[t] = p;
                }
            }
        }
        delta.push(row);
        back.push(bp);
    }
    let last = &delta[n - 1];
    let mut t = (0..N_TAGS).fold(0, |b, t| if last[t] > last[b] { t } else { b });
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = t;
        t = back[i][t];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::features::{SentenceView, extract};
    use crate::annotate::ner::gazetteer::Gazetteer;
    use crate::annotate::ner::iob::tag_id;

    /// A scorer that loves `I-PER` everywhere: decoders must still output valid BIO.
    struct LovesInside;
    impl Scorer for LovesInside {
        fn add_scores(&self, feats: &[u64], out: &mut [f32]) {
            if feats.len() > 3 {
                out[tag_id("I-PER")] += 5.0;
                out[tag_id("B-PER")] += 1.0;
            }
        }
    }

    #[test]
    fn decoders_respect_bio_constraints() {
        let words = ["Anna", "Karenina", "read"];
        let ex = extract(
            &SentenceView {
                words: &words,
                upos: &[],
                xpos: &[],
                doc: None,
                clusters: None,
            },
            Gazetteer::embedded(),
        );
        for d in [Decoder::Greedy, Decoder::Viterbi] {
            let tags = decode(&LovesInside, &ex, d);
            assert_eq!(
                tags,
                vec![tag_id("B-PER"), tag_id("I-PER"), tag_id("I-PER")],
                "{d:?}"
            );
        }
        assert_eq!(Decoder::parse("viterbi"), Some(Decoder::Viterbi));
        assert_eq!(
            Decoder::parse(Decoder::Greedy.as_str()),
            Some(Decoder::Greedy)
        );
    }
}
