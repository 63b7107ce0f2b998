//! Training the entity tagger: averaged structured perceptron (Collins 2002) over UNER `.iob2`
//! sentences. Viterbi training updates whole sequences; greedy training updates each token
//! with the tagger's own previous predictions as history, so training matches decoding.

use super::clusters::Clusters;
use super::context::DocCasing;
use super::decode::{Decoder, decode};
use super::features::{Extracted, START, SentenceView, extract};
use super::gazetteer::Gazetteer;
use super::iob::{IobSentence, SpanScore, documents};
use super::{EntityTagger, N_TAGS};
use crate::perceptron::{Rng, Trainer};

pub use super::jackknife::PosTags;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    pub decoder: Decoder,
    /// Weights with an averaged magnitude at or below this are dropped from the model.
    pub prune: f32,
    /// Probability that a training token loses its word identity features in an epoch.
    pub word_dropout: f64,
    /// Probability that a training sentence is seen all in lowercase in an epoch (web text
    /// often writes names in lowercase: `taco bell`, `kerala`).
    pub lowercase: f64,
    /// Learn word classes from the training text and use them as features.
    pub clusters: bool,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            epochs: 12,
            seed: 2024,
            decoder: Decoder::Viterbi,
            prune: 0.0,
            word_dropout: 0.2,
            lowercase: 0.0,
            clusters: true,
        }
    }
}

/// One line of the training log.
#[derive(Debug, Clone)]
pub struct EpochReport {
    pub epoch: usize,
    pub dev: SpanScore,
}

/// Extracts features for every sentence, with its POS tags when given (one per sentence).
/// Sentences of one document share word casing evidence ([`DocCasing`]).
pub fn featurize(
    sents: &[IobSentence],
    pos: Option<&[PosTags]>,
    gaz: &Gazetteer,
    clusters: Option<&Clusters>,
) -> Vec<Extracted> {
    let mut out = Vec::with_capacity(sents.len());
    for range in documents(sents) {
        let words: Vec<Vec<&str>> = sents[range.clone()]
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        let views: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
        let doc = DocCasing::new(&views);
        for (k, words) in range.zip(&words) {
            let (upos, xpos) = pos.map(|p| p[k].clone()).unwrap_or_default();
            let upos: Vec<&str> = upos.iter().map(String::as_str).collect();
            let xpos: Vec<&str> = xpos.iter().map(String::as_str).collect();
            out.push(extract(
                &SentenceView {
                    words,
                    upos: &upos,
                    xpos: &xpos,
                    doc: Some(&doc),
                    clusters,
                },
                gaz,
            ));
        }
    }
    out
}

/// Scores a tagger on featurized sentences.
pub fn score(tagger: &EntityTagger, sents: &[IobSentence], feats: &[Extracted]) -> SpanScore {
    let mut sc = SpanScore::default();
    for (s, ex) in sents.iter().zip(feats) {
        // The averaged weights as they are, not the quantised run-time table: epoch choice
        // (and so the shipped model's bytes) stays what it was before the table existed.
        sc.add(&s.tags, &decode(tagger.model(), ex, tagger.decoder()));
    }
    sc
}

/// POS tags of the training and dev sentences (train: jackknifed; dev: the shipped tagger).
#[derive(Debug, Clone, Copy)]
pub struct PosInput<'a> {
    pub train: &'a [PosTags],
    pub dev: &'a [PosTags],
}

/// Trains on `train`, measures `dev` after every epoch, and returns the tagger of the best
/// dev epoch (ties: the earlier one) with the log. Deterministic for a given seed.
pub fn train(
    train: &[IobSentence],
    dev: &[IobSentence],
    pos: Option<PosInput>,
    cfg: &TrainConfig,
    mut log: impl FnMut(&EpochReport),
) -> (EntityTagger, Vec<EpochReport>) {
    let gaz = Gazetteer::for_features();
    let clusters = if cfg.clusters {
        let words: Vec<&Vec<String>> = train.iter().map(|s| &s.words).collect();
        let words: Vec<Vec<&str>> = words
            .iter()
            .map(|w| w.iter().map(String::as_str).collect())
            .collect();
        Clusters::learn(&words)
    } else {
        Clusters::default()
    };
    let cl = (!clusters.is_empty()).then_some(&clusters);
    let train_feats = featurize(train, pos.map(|p| p.train), gaz, cl);
    let lower_feats = if cfg.lowercase > 0.0 {
        let lowered: Vec<IobSentence> = train
            .iter()
            .map(|s| IobSentence {
                words: s.words.iter().map(|w| w.to_lowercase()).collect(),
                ..s.clone()
            })
            .collect();
        featurize(&lowered, pos.map(|p| p.train), gaz, cl)
    } else {
        Vec::new()
    };
    let dev_feats = featurize(dev, pos.map(|p| p.dev), gaz, cl);
    let mut t = Trainer::new(N_TAGS);
    let mut rng = Rng::new(cfg.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut best: Option<(f64, EntityTagger)> = None;
    let mut reports = Vec::new();
    for epoch in 1..=cfg.epochs {
        rng.shuffle(&mut order);
        let lower_threshold = (cfg.lowercase * u64::MAX as f64) as u64;
        for &k in &order {
            let lowered = !lower_feats.is_empty() && rng.next_u64() < lower_threshold;
            let ex = if lowered {
                &lower_feats[k]
            } else {
                &train_feats[k]
            };
            let gold = &train[k].tags;
            let threshold = (cfg.word_dropout * u64::MAX as f64) as u64;
            let drop: Vec<bool> = gold.iter().map(|_| rng.next_u64() < threshold).collect();
            let dropped;
            let ex = if drop.contains(&true) {
                dropped = ex.without_words(&drop);
                &dropped
            } else {
                ex
            };
            match cfg.decoder {
                Decoder::Viterbi => update_sequence(&mut t, ex, gold),
                Decoder::Greedy => update_greedy(&mut t, ex, gold),
            }
            t.tick();
        }
        let tagger = EntityTagger::from_parts(
            t.averaged(cfg.prune),
            cfg.decoder,
            pos.is_some(),
            clusters.clone(),
        );
        let dev_score = score(&tagger, dev, &dev_feats);
        let f1 = dev_score.overall.f1();
        let report = EpochReport {
            epoch,
            dev: dev_score,
        };
        log(&report);
        reports.push(report);
        if best.as_ref().is_none_or(|(b, _)| f1 > *b) {
            best = Some((f1, tagger));
        }
    }
    let (_, tagger) = best.expect("at least one epoch");
    (tagger, reports)
}

fn update_sequence(t: &mut Trainer, ex: &Extracted, gold: &[usize]) {
    let guess = decode(t, ex, Decoder::Viterbi);
    if guess == gold {
        return;
    }
    for i in 0..gold.len() {
        let gp = if i == 0 { START } else { gold[i - 1] };
        let pp = if i == 0 { START } else { guess[i - 1] };
        if gold[i] == guess[i] && gp == pp {
            continue;
        }
        t.add(&ex.emission[i], gold[i], 1.0);
        t.add(&ex.transition(i, gp), gold[i], 1.0);
        t.add(&ex.emission[i], guess[i], -1.0);
        t.add(&ex.transition(i, pp), guess[i], -1.0);
    }
}

fn update_greedy(t: &mut Trainer, ex: &Extracted, gold: &[usize]) {
    let mut prev = START;
    for (i, &g) in gold.iter().enumerate() {
        let mut row = t.scores(&ex.emission[i]);
        let trans = ex.transition(i, prev);
        t.add_scores(&trans, &mut row);
        let p = (prev != START).then_some(prev);
        let guess = (0..N_TAGS)
            .filter(|&c| super::iob::allowed(p, c))
            .fold(0, |b, c| if row[c] > row[b] { c } else { b });
        if guess != g {
            t.update(&ex.emission[i], g, guess);
            t.update(&trans, g, guess);
        }
        prev = guess;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::parse_iob2;

    fn toy() -> Vec<IobSentence> {
        let text = "1\tAnna\tB-PER\n2\tvisited\tO\n3\tOslo\tB-LOC\n\n\
                    1\tBoris\tB-PER\n2\tKarp\tI-PER\n3\tjoined\tO\n4\tAcme\tB-ORG\n5\tCorp\tI-ORG\n\n\
                    1\twe\tO\n2\tsaw\tO\n3\tLima\tB-LOC\n";
        parse_iob2(text).unwrap()
    }

    #[test]
    fn learns_the_training_set_and_is_reproducible() {
        let data = toy();
        for decoder in [Decoder::Viterbi, Decoder::Greedy] {
            let cfg = TrainConfig {
                epochs: 5,
                decoder,
                ..TrainConfig::default()
            };
            let (a, log) = train(&data, &data, None, &cfg, |_| {});
            assert_eq!(log.len(), 5);
            assert_eq!(
                log.iter().map(|r| r.dev.overall.f1()).fold(0.0, f64::max),
                1.0,
                "{decoder:?}"
            );
            let (b, _) = train(&data, &data, None, &cfg, |_| {});
            assert_eq!(
                a.to_bytes(),
                b.to_bytes(),
                "{decoder:?} training is not reproducible"
            );
        }
    }
}
