//! Training the sentence-boundary classifier on the raw text of a treebank.
//!
//! The raw text is rebuilt from the gold file as for `relgraph eval tokenize`; every gap the
//! splitter decides (see [`super::sentences`]) is one example, labelled by whether a gold
//! sentence ends at the token before it. Epochs visit the examples in a seeded shuffle and the
//! epoch with the best dev sentence F1 is kept, so training is reproducible bit for bit.

use rustc_hash::FxHashSet;

use super::boundary::{BoundaryModel, N_CLASSES, gap_features};
use super::eval::{RawGold, rebuild_raw, score};
use super::sentences;
use super::tokenize::{self, Piece};
use crate::conllu::ConllSentence;
use crate::document::Span;
use crate::perceptron::{Rng, ScoreTable, Trainer};

/// One decision: features of a gap and whether a sentence really ends there.
struct Example {
    feats: Vec<u64>,
    ends: bool,
}

fn lex(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::with_capacity(text.len() / 4 + 1);
    tokenize::lex(text, 0, text.len(), &mut pieces);
    pieces
}

fn examples(raw: &RawGold) -> Vec<Example> {
    let pieces = lex(&raw.text);
    let ends: FxHashSet<usize> = raw.sentences.iter().map(|s| s.end).collect();
    let mut out = Vec::new();
    sentences::each_decision(&raw.text, &pieces, |i, rule| {
        let mut feats = Vec::new();
        gap_features(&raw.text, &pieces, i, rule, &mut feats);
        out.push(Example {
            feats,
            ends: ends.contains(&pieces[i].end),
        });
    });
    out
}

/// Sentence-boundary F1 of `model` on the raw text of `raw`.
pub fn sentence_f1(model: &BoundaryModel, raw: &RawGold) -> f64 {
    let pieces = lex(&raw.text);
    let sents: Vec<Span> = sentences::boundaries_with(&raw.text, &pieces, model)
        .into_iter()
        .map(|(a, b)| Span::new(pieces[a].start, pieces[b - 1].end))
        .collect();
    score(raw, &sents, &[]).sentence_f1
}

/// Trains on `train`, keeping the epoch with the best sentence F1 on `dev`; returns the model
/// and that F1. `log` receives one line per epoch.
pub fn train(
    train: &[ConllSentence],
    dev: &[ConllSentence],
    epochs: usize,
    seed: u64,
    mut log: impl FnMut(&str),
) -> (BoundaryModel, f64) {
    let data = examples(&rebuild_raw(train));
    let dev = rebuild_raw(dev);
    let rules = sentence_f1(&BoundaryModel::default(), &dev);
    log(&format!(
        "{} training decisions; rules alone: dev sentence F1 {rules:.4}",
        data.len()
    ));
    let mut t = Trainer::new(N_CLASSES);
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut best = (BoundaryModel::default(), rules);
    for epoch in 1..=epochs {
        rng.shuffle(&mut order);
        let mut wrong = 0usize;
        for &k in &order {
            let ex = &data[k];
            // A tie counts as a mistake: the decision must be earned, not left to tie-breaking.
            let scores = t.scores(&ex.feats);
            let truth = usize::from(ex.ends);
            let guess = if scores[truth] > scores[1 - truth] {
                truth
            } else {
                1 - truth
            };
            wrong += usize::from(guess != truth);
            t.update(&ex.feats, truth, guess);
            t.tick();
        }
        let model = BoundaryModel {
            table: ScoreTable::new(&t.averaged(0.0)),
        };
        let f1 = sentence_f1(&model, &dev);
        log(&format!(
            "epoch {epoch}: {wrong} training mistakes, dev sentence F1 {f1:.4}"
        ));
        if f1 > best.1 {
            best = (model, f1);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::parse;

    /// Sentences that end without punctuation before a capitalised word: the rules keep them
    /// together, the classifier learns to split before `Bravo`.
    fn fixture() -> Vec<ConllSentence> {
        let mut text = String::new();
        for s in [
            "We met at noon",
            "Bravo for coming .",
            "The room was small",
            "Bravo to all .",
            "It rained",
            "Bravo anyway .",
        ] {
            text.push_str(&format!("# text = {}\n", s.replace(" .", ".")));
            let words: Vec<&str> = s.split(' ').collect();
            for (i, w) in words.iter().enumerate() {
                let space = if i + 2 == words.len() && words[i + 1] == "." {
                    "SpaceAfter=No"
                } else {
                    "_"
                };
                text.push_str(&format!("{}\t{w}\t_\t_\t_\t_\t0\t_\t_\t{space}\n", i + 1));
            }
            text.push('\n');
        }
        parse(&text, "fixture").unwrap()
    }

    #[test]
    fn learns_a_break_the_rules_miss_and_is_reproducible() {
        let data = fixture();
        let raw = rebuild_raw(&data);
        let rules = sentence_f1(&BoundaryModel::default(), &raw);
        let (a, fa) = train(&data, &data, 5, 3, |_| {});
        let (b, _) = train(&data, &data, 5, 3, |_| {});
        assert_eq!(a.to_bytes(), b.to_bytes());
        assert!(rules < 1.0 && fa == 1.0, "rules {rules}, learned {fa}");
        assert_eq!(BoundaryModel::from_bytes(&a.to_bytes(), "t").unwrap(), a);
    }
}
