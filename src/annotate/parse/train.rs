//! Training the parser: averaged perceptron over labelled arc-hybrid transitions with the
//! dynamic oracle and error exploration (Goldberg & Nivre 2012, 2013), shuffled epochs with a
//! fixed seed, and early stopping on dev LAS.
//!
//! Reproducible bit for bit: the only randomness is [`Rng`] with a fixed seed, labels are
//! sorted, and the model encoder sorts its rows.

use super::beam::Beam;
use super::features::{Atoms, TokenView, extract};
use super::score::AttachmentScore;
use super::{Parser, Scratch, best_valid};
use crate::annotate::transition::{self, Config, Gold, Transition, costs, is_optimal};
use crate::conllu::ConllSentence;
use crate::error::{Error, Result};
use crate::perceptron::{Model, Rng, Trainer};

/// What to do with training trees that have crossing arcs (the oracle's costs are exact only
/// for projective trees). On EWT train 288 of 12,544 sentences (2.3%) are non-projective and
/// lifting moves 392 arcs. Best dev LAS with gold POS: lift 87.06 (epoch 7), skip 87.05
/// (epoch 15): a tie, but lifting gets there in half the epochs and keeps every other arc of
/// those sentences, so it is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NonProjective {
    /// Lift crossing arcs to the grandparent until the tree is projective.
    Lift,
    /// Leave the sentence out of training.
    Skip,
}

/// Training settings; [`TrainOptions::default`] is what the shipped model uses.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub max_epochs: usize,
    /// Stop after this many epochs without a better dev LAS.
    pub patience: usize,
    pub seed: u64,
    /// After the first epoch, follow the model's own (wrong) prediction with this
    /// probability, so training visits the states the greedy parser will be in.
    pub explore: f64,
    /// The first epoch (0-based) that explores; earlier epochs follow the oracle only.
    /// Exploring from epoch 2 instead of 1 is worse: EWT dev (predicted POS, unpruned) best
    /// UAS 84.82 / LAS 81.73 against 85.09 / 82.03.
    pub explore_from: usize,
    /// Averaged weights with magnitude at or below this are dropped from the shipped model.
    /// 1.0 shrank the gold-tag model from 21.4 MB to 6.5 MB for -0.04 UAS / -0.12 LAS (EWT
    /// dev, gold POS); 2.0 (2.0 MB) costs -0.75 UAS / -0.8 LAS (predicted POS).
    pub prune: f32,
    pub non_projective: NonProjective,
    /// Train this many runs (seeds `seed`, `seed + 1`, ...) and ship the mean of their best
    /// epochs' averaged weights (parameter mixing, as the tagger does). Not used for the
    /// shipped model: on EWT dev (predicted POS, unpruned) the three seeds from the default
    /// reach LAS 82.03, 81.65 and 81.58 alone and 81.83 mixed (UAS 85.09, 84.63, 84.63;
    /// mixed 84.79), so one run of the default seed is better, and seeds alone differ by
    /// about 0.4 LAS.
    pub mix: usize,
    /// Train for beam search with this many hypotheses (global perceptron, max-violation
    /// updates); 1 trains the greedy parser with the dynamic oracle.
    pub beam: usize,
    /// Add this model's weights, times the factor, to the trained weights before pruning:
    /// `(labels, model, factor)`. The shipped beam model adds 0.3 times the greedy model, which
    /// is the same as summing both models' transition scores in the search (a product of the
    /// two experts), at the cost of one model. The labels must be the training set's.
    pub add: Option<(Vec<String>, Model, f32)>,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            max_epochs: 15,
            patience: 3,
            seed: 0x5eed_0004,
            explore: 0.9,
            explore_from: 1,
            prune: 1.0,
            non_projective: NonProjective::Lift,
            mix: 1,
            beam: 1,
            add: None,
        }
    }
}

/// One training sentence with its atoms computed once.
struct Sample {
    atoms: Atoms,
    gold: Gold,
}

/// Counts about the training data, for the report.
#[derive(Debug, Clone, Default)]
pub struct DataStats {
    pub sentences: usize,
    pub non_projective: usize,
    pub lifted_arcs: usize,
    pub skipped: usize,
}

/// Sorted label set of a corpus (always including `root`).
pub fn label_set(sentences: &[ConllSentence]) -> Vec<String> {
    let mut labels: Vec<String> = sentences
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.deprel.clone()))
        .collect();
    labels.push("root".to_string());
    labels.sort_unstable();
    labels.dedup();
    labels
}

fn views(s: &ConllSentence) -> impl ExactSizeIterator<Item = TokenView<'_>> {
    s.words.iter().map(|w| TokenView {
        form: &w.form,
        lemma: &w.lemma,
        xpos: &w.xpos,
        upos: &w.upos,
        pos_alt: super::jackknife::pos_alt(&w.misc),
    })
}

fn prepare(
    sentences: &[ConllSentence],
    labels: &[String],
    mode: NonProjective,
) -> Result<(Vec<Sample>, DataStats)> {
    let mut stats = DataStats::default();
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences.iter().filter(|s| !s.words.is_empty()) {
        stats.sentences += 1;
        let mut heads: Vec<usize> = s.words.iter().map(|w| w.head).collect();
        if heads.iter().any(|&h| h > heads.len()) || heads.iter().filter(|&&h| h == 0).count() != 1
        {
            return Err(Error::other(format!(
                "training sentence {:?} is not a tree with one root; check the CoNLL-U file",
                s.meta("sent_id").unwrap_or("?")
            )));
        }
        if !transition::is_projective(&heads) {
            stats.non_projective += 1;
            match mode {
                NonProjective::Skip => {
                    stats.skipped += 1;
                    continue;
                }
                NonProjective::Lift => stats.lifted_arcs += transition::projectivise(&mut heads),
            }
        }
        let label_ids: Vec<u16> = s
            .words
            .iter()
            .map(|w| {
                labels
                    .binary_search(&w.deprel)
                    .expect("label set covers training") as u16
            })
            .collect();
        let mut atoms = Atoms::default();
        atoms.fill(views(s));
        out.push(Sample {
            atoms,
            gold: Gold::new(&heads, &label_ids),
        });
    }
    Ok((out, stats))
}

/// Runs the parser over `sentences` (with the tags they carry) and scores it.
pub fn evaluate(parser: &Parser, sentences: &[ConllSentence]) -> AttachmentScore {
    let mut score = AttachmentScore::default();
    let mut scratch = Scratch::default();
    for s in sentences.iter().filter(|s| !s.words.is_empty()) {
        let n = s.words.len() as u32;
        let c = parser.parse_views(views(s), &mut scratch);
        let pred: Vec<(usize, &str)> = (1..=n as usize)
            .map(|i| {
                let h = c.heads[i];
                (
                    if h == n + 1 { 0 } else { h as usize },
                    parser.labels()[c.labels[i] as usize].as_str(),
                )
            })
            .collect();
        score.add(s.words.iter().map(|w| (w.head, w.deprel.as_str())), pred);
    }
    score
}

/// Trains on `train`, picks the epoch with the best LAS on `dev` (per run, when several
/// runs are mixed). `log` receives one line per epoch.
pub fn train(
    train: &[ConllSentence],
    dev: &[ConllSentence],
    opts: &TrainOptions,
    log: &mut dyn FnMut(&str),
) -> Result<(Parser, DataStats)> {
    let labels = label_set(train);
    let (samples, stats) = prepare(train, &labels, opts.non_projective)?;
    log(&format!(
        "{} sentences, {} non-projective ({} arcs lifted, {} skipped), {} labels",
        stats.sentences,
        stats.non_projective,
        stats.lifted_arcs,
        stats.skipped,
        labels.len()
    ));
    let runs = opts.mix.max(1);
    let mut best = Vec::with_capacity(runs);
    for k in 0..runs {
        let seed = opts.seed.wrapping_add(k as u64);
        if runs > 1 {
            log(&format!("run {}/{runs}, seed {seed:#x}", k + 1));
        }
        best.push(if opts.beam > 1 {
            train_one_beam(&samples, &labels, dev, opts, seed, log)?
        } else {
            train_one(&samples, &labels, dev, opts, seed, log)?
        });
    }
    let model = if best.len() == 1 {
        best.pop().expect("one run")
    } else {
        let mixed = crate::annotate::pos::train::mean(&best.iter().collect::<Vec<_>>());
        log(&format!(
            "mean of {runs} runs: {}",
            dev_line(&labels, &mixed, opts.beam, dev)?
        ));
        mixed
    };
    let model = match &opts.add {
        Some((add_labels, add, factor)) => {
            if *add_labels != labels {
                return Err(Error::other(
                    "the model to add was trained with other labels; train both on the same treebank",
                ));
            }
            let sum = model.plus(add, *factor);
            log(&format!(
                "plus {factor} times the added model: {}",
                dev_line(&labels, &sum, opts.beam, dev)?
            ));
            sum
        }
        None => model,
    };
    let model = if opts.prune > 0.0 {
        model.pruned(opts.prune)
    } else {
        model
    };
    Ok((Parser::new(labels, &model)?.with_beam(opts.beam), stats))
}

/// The dev scores of `model` decoded with a beam of `beam`, for the training log.
fn dev_line(
    labels: &[String],
    model: &Model,
    beam: usize,
    dev: &[ConllSentence],
) -> Result<String> {
    let score = evaluate(&Parser::new(labels.to_vec(), model)?.with_beam(beam), dev);
    Ok(format!(
        "dev UAS {:.2} LAS {:.2}",
        100.0 * score.uas(),
        100.0 * score.las()
    ))
}

/// One run with `seed`: the averaged weights (unpruned) of the epoch with the best dev LAS.
fn train_one(
    samples: &[Sample],
    labels: &[String],
    dev: &[ConllSentence],
    opts: &TrainOptions,
    seed: u64,
    log: &mut dyn FnMut(&str),
) -> Result<Model> {
    let root_label = root_label(labels);
    let n_labels = labels.len();
    let mut trainer = Trainer::new(Transition::n_classes(n_labels));
    let mut shuffle_rng = Rng::new(seed);
    let mut explore_rng = Rng::new(seed ^ 0x00e8_9104);
    let mut order: Vec<usize> = (0..samples.len()).collect();
    let mut best = BestEpoch::new(labels, dev, opts.patience);
    let mut config = Config::new(0);
    let (mut feats, mut scores) = (Vec::new(), Vec::new());
    for epoch in 0..opts.max_epochs {
        let start = std::time::Instant::now();
        shuffle_rng.shuffle(&mut order);
        let explore = if epoch < opts.explore_from {
            0.0
        } else {
            opts.explore
        };
        let mut errors = 0usize;
        let mut steps = 0usize;
        for &i in &order {
            let s = &samples[i];
            config.reset(s.gold.heads.len() - 2);
            while !config.is_terminal() {
                // A forced transition is always optimal: no update, nothing to score.
                if let Some(t) = config.forced(root_label) {
                    trainer.tick();
                    steps += 1;
                    config.apply(t);
                    continue;
                }
                extract(&config, &s.atoms, &mut feats);
                scores.clear();
                scores.resize(trainer.n_classes(), 0.0);
                trainer.add_scores(&feats, &mut scores);
                let pred = best_valid(&config, &scores, n_labels, root_label);
                let k = costs(&config, &s.gold);
                let next = if is_optimal(&config, &s.gold, &k, pred) {
                    pred
                } else {
                    errors += 1;
                    let gold = best_optimal(&config, &s.gold, &k, &scores, n_labels, root_label);
                    trainer.update(&feats, gold.class(n_labels), pred.class(n_labels));
                    let follow = explore > 0.0
                        && (explore_rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= explore;
                    if follow { pred } else { gold }
                };
                trainer.tick();
                steps += 1;
                config.apply(next);
            }
        }
        let progress = format!(
            "train errors {:.2}%",
            100.0 * errors as f64 / steps.max(1) as f64
        );
        if best.end_epoch(trainer.averaged(0.0), 1, epoch, &progress, start, log)? {
            break;
        }
    }
    best.into_model()
}

/// The averaged weights of the epoch with the best dev LAS so far, and when to stop.
struct BestEpoch<'a> {
    labels: &'a [String],
    dev: &'a [ConllSentence],
    patience: usize,
    best: Option<(f64, Model)>,
    since_best: usize,
}

impl<'a> BestEpoch<'a> {
    fn new(labels: &'a [String], dev: &'a [ConllSentence], patience: usize) -> BestEpoch<'a> {
        BestEpoch {
            labels,
            dev,
            patience,
            best: None,
            since_best: 0,
        }
    }

    /// Scores the epoch's `model` on dev, decoded with a beam of `beam`, logs one line (with
    /// `progress` on the training side) and says whether training should stop.
    fn end_epoch(
        &mut self,
        model: Model,
        beam: usize,
        epoch: usize,
        progress: &str,
        start: std::time::Instant,
        log: &mut dyn FnMut(&str),
    ) -> Result<bool> {
        let parser = Parser::new(self.labels.to_vec(), &model)?.with_beam(beam);
        let score = evaluate(&parser, self.dev);
        log(&format!(
            "epoch {:2}: {progress}, dev UAS {:.2} LAS {:.2}, {:.1}s",
            epoch + 1,
            100.0 * score.uas(),
            100.0 * score.las(),
            start.elapsed().as_secs_f64()
        ));
        if self.best.as_ref().is_none_or(|b| score.las() > b.0) {
            self.best = Some((score.las(), model));
            self.since_best = 0;
        } else {
            self.since_best += 1;
        }
        Ok(self.since_best > 0 && self.since_best >= self.patience)
    }

    fn into_model(self) -> Result<Model> {
        self.best
            .map(|b| b.1)
            .ok_or_else(|| Error::other("training needs at least one epoch"))
    }
}

/// One run of global training for beam search (Zhang & Nivre 2011) with max-violation updates
/// (Huang et al. 2012): the beam follows the model; at the step where the best hypothesis
/// outscores the gold prefix by the most (while it is not gold), the gold prefix's features are
/// rewarded and the hypothesis's penalised. The gold sequence is the static oracle's; the
/// averaged weights of the epoch with the best dev LAS (decoded with the same beam) win.
fn train_one_beam(
    samples: &[Sample],
    labels: &[String],
    dev: &[ConllSentence],
    opts: &TrainOptions,
    seed: u64,
    log: &mut dyn FnMut(&str),
) -> Result<Model> {
    let root_label = root_label(labels);
    let n_labels = labels.len();
    let n_classes = Transition::n_classes(n_labels);
    let mut trainer = Trainer::new(n_classes);
    let mut shuffle_rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..samples.len()).collect();
    let mut best = BestEpoch::new(labels, dev, opts.patience);
    let mut beam = Beam::with_history();
    let mut gold = Config::new(0);
    let mut gold_seq = Vec::new();
    let (mut feats, mut buf) = (Vec::new(), Vec::new());
    let mut gold_scores = vec![0.0f64; n_classes];
    for epoch in 0..opts.max_epochs {
        let start = std::time::Instant::now();
        shuffle_rng.shuffle(&mut order);
        let mut updates = 0usize;
        for &i in &order {
            let s = &samples[i];
            let n = s.gold.heads.len() - 2;
            gold.reset(n);
            gold_seq.clear();
            while let Some(t) = transition::static_oracle(&gold, &s.gold) {
                gold_seq.push(t);
                gold.apply(t);
                if gold.is_terminal() {
                    break;
                }
            }
            if !gold.is_terminal() {
                // Cannot happen for a projectivised tree; leave such a sentence out.
                continue;
            }
            beam.start(n);
            gold.reset(n);
            let mut gold_score = 0.0f64;
            // (violation, the offending hypothesis's transitions)
            let mut worst: Option<(f64, Vec<Transition>)> = None;
            for &g in &gold_seq {
                let mut score = |f: &[u64], _: &[u8], out: &mut [f64]| {
                    buf.clear();
                    buf.resize(out.len(), 0.0f32);
                    trainer.add_scores(f, &mut buf);
                    for (o, &w) in out.iter_mut().zip(buf.iter()) {
                        *o = f64::from(w);
                    }
                };
                beam.step(
                    &s.atoms,
                    opts.beam,
                    n_labels,
                    root_label,
                    Some(g),
                    &mut score,
                );
                if gold.forced(root_label).is_none() {
                    extract(&gold, &s.atoms, &mut feats);
                    score(&feats, &[], &mut gold_scores);
                    gold_score += gold_scores[g.class(n_labels)];
                }
                gold.apply(g);
                let top = &beam.items()[0];
                if !top.gold {
                    let v = top.score - gold_score;
                    if v >= 0.0 && worst.as_ref().is_none_or(|w| v > w.0) {
                        worst = Some((v, top.history.clone()));
                    }
                }
            }
            if let Some((_, pred)) = worst {
                updates += 1;
                replay_update(
                    &mut trainer,
                    s,
                    &gold_seq[..pred.len()],
                    &pred,
                    n_labels,
                    root_label,
                );
            }
            trainer.tick();
        }
        let progress = format!(
            "updates on {:.2}% of sentences",
            100.0 * updates as f64 / samples.len().max(1) as f64
        );
        let model = trainer.averaged(0.0);
        if best.end_epoch(model, opts.beam, epoch, &progress, start, log)? {
            break;
        }
    }
    best.into_model()
}

/// The global perceptron update: replays the gold prefix and the predicted one from the empty
/// configuration, rewarding the gold transitions and penalising the predicted ones where the
/// two paths differ (their common start cancels out). Forced transitions are never scored, so
/// they are not updated either.
fn replay_update(
    trainer: &mut Trainer,
    s: &Sample,
    gold: &[Transition],
    pred: &[Transition],
    n_labels: usize,
    root_label: u16,
) {
    let n = s.gold.heads.len() - 2;
    let common = gold.iter().zip(pred).take_while(|(a, b)| a == b).count();
    let mut feats = Vec::new();
    for (path, delta) in [(gold, 1.0f32), (pred, -1.0f32)] {
        let mut c = Config::new(n);
        for (k, &t) in path.iter().enumerate() {
            if k >= common && c.forced(root_label).is_none() {
                extract(&c, &s.atoms, &mut feats);
                trainer.add(&feats, t.class(n_labels), delta);
            }
            c.apply(t);
        }
    }
}

/// The id of `root` in a sorted label set ([`label_set`] always includes it).
fn root_label(labels: &[String]) -> u16 {
    labels
        .binary_search(&"root".to_string())
        .expect("root is in the label set") as u16
}

/// Highest-scoring optimal transition that is also valid (the dynamic oracle's choice).
fn best_optimal(
    c: &Config,
    g: &Gold,
    k: &[Option<u32>; 3],
    scores: &[f32],
    n_labels: usize,
    root_label: u16,
) -> Transition {
    (0..Transition::n_classes(n_labels))
        .map(|class| Transition::from_class(class, n_labels))
        .filter(|&t| c.is_valid(t, root_label) && is_optimal(c, g, k, t))
        .fold(None, |best: Option<(Transition, f32)>, t| {
            let s = scores[t.class(n_labels)];
            match best {
                Some((_, bs)) if bs >= s => best,
                _ => Some((t, s)),
            }
        })
        .expect("some valid transition is optimal")
        .0
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: &str = "\
1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tchase\tchase\tVERB\tVBP\t_\t0\troot\t_\t_
3\tcats\tcat\tNOUN\tNNS\t_\t2\tobj\t_\t_
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj:pass\t_\t_
3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_
4\tseen\tsee\tVERB\tVBN\t_\t0\troot\t_\t_
5\ttoday\ttoday\tNOUN\tNN\t_\t4\tobl:tmod\t_\t_

1\tBirds\tbird\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\teat\teat\tVERB\tVBP\t_\t0\troot\t_\t_
3\tseeds\tseed\tNOUN\tNNS\t_\t2\tobj\t_\t_

";

    /// Settings for the fixture: a few epochs, nothing pruned.
    fn tiny_opts() -> TrainOptions {
        TrainOptions {
            max_epochs: 6,
            patience: 6,
            prune: 0.0,
            ..TrainOptions::default()
        }
    }

    /// Trains on the fixture twice with `opts` and checks that both runs give the same bytes;
    /// returns the fixture, the first run's parser and its log lines.
    fn train_tiny_twice(opts: &TrainOptions) -> (Vec<ConllSentence>, Parser, Vec<String>) {
        let data = crate::conllu::parse(TINY, "tiny").unwrap();
        let mut lines = Vec::new();
        let (a, _) = train(&data, &data, opts, &mut |l| lines.push(l.to_string())).unwrap();
        let (b, _) = train(&data, &data, opts, &mut |_| {}).unwrap();
        assert_eq!(a.to_bytes(), b.to_bytes(), "two runs give the same bytes");
        (data, a, lines)
    }

    #[test]
    fn tiny_training_is_deterministic_and_learns_the_fixture() {
        let (data, a, _) = train_tiny_twice(&tiny_opts());
        let labels = label_set(&data);
        let (_, stats) = prepare(&data, &labels, NonProjective::Lift).unwrap();
        assert_eq!(stats.sentences, 3);
        let score = evaluate(&a, &data);
        assert_eq!(score.las(), 1.0, "the fixture is learnt: {score:?}");
        let back = Parser::from_bytes(&a.to_bytes(), "tiny.bin").unwrap();
        assert_eq!(evaluate(&back, &data), score);
    }

    #[test]
    fn beam_training_is_deterministic_stores_its_width_and_learns_the_fixture() {
        let opts = TrainOptions {
            beam: 4,
            ..tiny_opts()
        };
        let (data, a, lines) = train_tiny_twice(&opts);
        assert!(lines.iter().any(|l| l.contains("updates on")), "{lines:?}");
        assert_eq!(a.beam(), 4);
        assert_eq!(evaluate(&a, &data).las(), 1.0);
        let back = Parser::from_bytes(&a.to_bytes(), "tiny.bin").unwrap();
        assert_eq!(back.beam(), 4, "the width travels in the model file");
        assert_eq!(evaluate(&back, &data), evaluate(&a, &data));
        let greedy = TrainOptions { beam: 1, ..opts };
        let (g, _) = train(&data, &data, &greedy, &mut |_| {}).unwrap();
        assert_ne!(
            g.to_bytes(),
            a.to_bytes(),
            "global training learns other weights"
        );
    }

    #[test]
    fn an_added_model_is_summed_in_before_pruning() {
        let data = crate::conllu::parse(TINY, "tiny").unwrap();
        let base = TrainOptions {
            max_epochs: 3,
            patience: 3,
            prune: 0.0,
            ..TrainOptions::default()
        };
        let (greedy, _) = train(&data, &data, &base, &mut |_| {}).unwrap();
        let (labels, greedy_model) =
            Parser::decode_model(&greedy.to_bytes(), "greedy.bin").unwrap();
        let beam = TrainOptions { beam: 4, ..base };
        let (alone, _) = train(&data, &data, &beam, &mut |_| {}).unwrap();
        let with = TrainOptions {
            add: Some((labels.clone(), greedy_model.clone(), 0.3)),
            ..beam.clone()
        };
        let mut lines = Vec::new();
        let (mixed, _) = train(&data, &data, &with, &mut |l| lines.push(l.to_string())).unwrap();
        assert!(
            lines.iter().any(|l| l.starts_with("plus 0.3 times")),
            "{lines:?}"
        );
        assert_ne!(mixed.to_bytes(), alone.to_bytes());
        assert_eq!(mixed.beam(), 4);
        let (_, alone_model) = Parser::decode_model(&alone.to_bytes(), "beam.bin").unwrap();
        let (_, mixed_model) = Parser::decode_model(&mixed.to_bytes(), "mixed.bin").unwrap();
        assert!(mixed_model.n_features() >= alone_model.n_features());
        // Another label set is refused with a message.
        let other = TrainOptions {
            add: Some((vec!["root".into()], greedy_model, 0.3)),
            ..beam
        };
        let err = train(&data, &data, &other, &mut |_| {}).err().unwrap();
        assert!(err.to_string().contains("other labels"), "{err}");
    }

    #[test]
    fn max_violation_update_rewards_gold_and_penalises_the_prediction_where_they_differ() {
        let data = crate::conllu::parse(TINY, "tiny").unwrap();
        let labels = label_set(&data);
        let (samples, _) = prepare(&data, &labels, NonProjective::Lift).unwrap();
        let s = &samples[0];
        let n = s.gold.heads.len() - 2;
        let mut c = Config::new(n);
        let mut gold = Vec::new();
        while let Some(t) = transition::static_oracle(&c, &s.gold) {
            gold.push(t);
            c.apply(t);
        }
        let root = root_label(&labels);
        let mut trainer = Trainer::new(Transition::n_classes(labels.len()));
        // The same sequence on both sides: nothing to learn.
        replay_update(&mut trainer, s, &gold, &gold, labels.len(), root);
        assert_eq!(trainer.averaged(0.0).n_features(), 0);
        // "Dogs chase cats .": after the (forced) first SHIFT the gold attaches "Dogs" to
        // "chase" (LEFT); a prediction that shifts again is penalised at that step.
        assert!(matches!(gold[1], Transition::Left(_)), "{gold:?}");
        let pred = [Transition::Shift, Transition::Shift];
        replay_update(&mut trainer, s, &gold[..2], &pred, labels.len(), root);
        let mut c = Config::new(n);
        c.apply(Transition::Shift);
        let mut feats = Vec::new();
        extract(&c, &s.atoms, &mut feats);
        let scores = trainer.scores(&feats);
        let n_labels = labels.len();
        assert!(scores[gold[1].class(n_labels)] > 0.0);
        assert!(scores[Transition::Shift.class(n_labels)] < 0.0);
    }

    #[test]
    fn mixed_training_is_deterministic_and_learns_the_fixture() {
        let opts = TrainOptions {
            mix: 2,
            ..tiny_opts()
        };
        let (data, a, lines) = train_tiny_twice(&opts);
        assert!(
            lines.iter().any(|l| l.starts_with("mean of 2 runs")),
            "{lines:?}"
        );
        let single = TrainOptions { mix: 1, ..opts };
        let (one, _) = train(&data, &data, &single, &mut |_| {}).unwrap();
        assert_ne!(
            a.to_bytes(),
            one.to_bytes(),
            "the second seed changes the weights"
        );
        assert_eq!(evaluate(&a, &data).las(), 1.0);
    }

    #[test]
    fn static_oracle_reaches_ewt_training_trees() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/ud-english-ewt/en_ewt-ud-train.conllu"
        );
        if !std::path::Path::new(path).exists() {
            eprintln!("note: ../shared is absent; skipping the EWT oracle test");
            return;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let sents = crate::conllu::parse(&text, path).unwrap();
        let sents = &sents[..200];
        let labels = label_set(sents);
        let (samples, stats) = prepare(sents, &labels, NonProjective::Skip).unwrap();
        assert!(samples.len() > 150, "{stats:?}");
        for s in &samples {
            let mut c = Config::new(s.gold.heads.len() - 2);
            while !c.is_terminal() {
                let t = transition::static_oracle(&c, &s.gold).expect("gold path never stalls");
                let k = costs(&c, &s.gold);
                assert!(is_optimal(&c, &s.gold, &k, t) && k.iter().flatten().min() == Some(&0));
                c.apply(t);
            }
            assert_eq!(
                c.heads, s.gold.heads,
                "static oracle rebuilds the gold tree"
            );
            assert_eq!(
                c.labels[1..c.labels.len() - 1],
                s.gold.labels[1..s.gold.labels.len() - 1]
            );
        }
    }
}
