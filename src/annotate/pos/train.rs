//! Training the tagger from CoNLL-U: class inventories, tag dictionary, lemma exceptions, then
//! shuffled perceptron epochs with early stopping on a development set, repeated with a few
//! seeds whose best models are averaged into the shipped one (parameter mixing, as in McDonald
//! et al. 2010): on EWT dev single seeds scatter by ±0.1 UPOS, and the mean of three beats each.
//!
//! Training is bit-for-bit reproducible: every table is built in sorted order, epochs are
//! shuffled with a seeded [`Rng`], and the model bytes never depend on hash-map order.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;

use super::eval::{PosCounts, evaluate};
use super::features::{MorphContext, NO_TAG, SentenceHashes, feats_features, tag_features};
use super::{PosTagger, best_of, lex_key, roles_of};
use crate::annotate::lemma::Lemmatizer;
use crate::conllu::ConllSentence;
use crate::perceptron::{Model, Rng, Trainer, argmax};

/// What one tagger class is. The shipped model is [`Scheme::Joint`]; the single-layer schemes
/// exist to measure the alternative of two independent heads (one for UPOS, one for XPOS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scheme {
    /// One class per UPOS|XPOS pair seen in training.
    #[default]
    Joint,
    /// UPOS only (XPOS left as `_`).
    Upos,
    /// XPOS only (UPOS left as `_`).
    Xpos,
}

impl Scheme {
    fn class(self, w: &crate::conllu::Word) -> (&str, &str) {
        match self {
            Scheme::Joint => (&w.upos, &w.xpos),
            Scheme::Upos => (&w.upos, "_"),
            Scheme::Xpos => ("_", &w.xpos),
        }
    }
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Maximum number of epochs.
    pub epochs: usize,
    pub seed: u64,
    /// Stop after this many epochs without a better dev score.
    pub patience: usize,
    /// Averaged weights with a smaller magnitude are dropped from the shipped model.
    pub prune: f32,
    /// A word joins the tag dictionary when seen this often with one tag ...
    pub dict_min_count: u32,
    /// ... at least this fraction of the time.
    pub dict_min_ratio: f64,
    /// A (word, tag) takes a fixed feature set when seen this often, always with that set.
    pub lex_min_count: u32,
    /// A word gets an ambiguity class when seen this often.
    pub lexicon_min_count: u32,
    pub scheme: Scheme,
    /// Number of perceptrons trained with seeds `seed`, `seed + 1`, ...; the shipped weights are
    /// their mean (parameter mixing), which removes much of the seed-to-seed variance.
    pub mix: usize,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            epochs: 12,
            seed: 1,
            patience: 3,
            prune: 0.0,
            dict_min_count: 20,
            dict_min_ratio: 0.99,
            lex_min_count: 3,
            lexicon_min_count: 2,
            scheme: Scheme::Joint,
            mix: 3,
        }
    }
}

/// Dev scores of one epoch.
#[derive(Debug, Clone)]
pub struct EpochReport {
    pub epoch: usize,
    /// Fraction of training tokens (outside the tag dictionary) tagged right during the epoch.
    pub train_acc: f64,
    pub dev: PosCounts,
}

/// What training did.
#[derive(Debug, Clone, Default)]
pub struct TrainReport {
    pub epochs: Vec<EpochReport>,
    pub best_epoch: usize,
    /// Dev scores of the shipped (pruned) model.
    pub final_dev: PosCounts,
}

/// A training sentence as ids.
struct Gold {
    forms: Vec<String>,
    tags: Vec<u16>,
    morph: Vec<u16>,
}

fn norm_feats(f: &str) -> &str {
    if f == "_" { "" } else { f }
}

/// Builds the class inventories, dictionaries and lemmatizer: a tagger with empty models.
fn skeleton(train: &[ConllSentence], cfg: &TrainConfig) -> PosTagger {
    let words = || train.iter().flat_map(|s| &s.words);
    let tags: Vec<(String, String)> = words()
        .map(|w| cfg.scheme.class(w))
        .map(|(u, x)| (u.to_string(), x.to_string()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let tag_id: BTreeMap<(&str, &str), u16> = tags
        .iter()
        .enumerate()
        .map(|(i, t)| ((t.0.as_str(), t.1.as_str()), i as u16))
        .collect();
    let feats: Vec<String> = words()
        .map(|w| norm_feats(&w.feats).to_string())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let feats_id: BTreeMap<&str, u16> = feats
        .iter()
        .enumerate()
        .map(|(i, f)| (f.as_str(), i as u16))
        .collect();

    let mut by_form: BTreeMap<&str, BTreeMap<u16, u32>> = BTreeMap::new();
    let mut by_tag: Vec<BTreeMap<u16, u32>> = vec![BTreeMap::new(); tags.len()];
    let mut by_word_tag: BTreeMap<(String, u16), BTreeMap<u16, u32>> = BTreeMap::new();
    for w in words() {
        let t = tag_id[&cfg.scheme.class(w)];
        let f = feats_id[norm_feats(&w.feats)];
        *by_form.entry(&w.form).or_default().entry(t).or_default() += 1;
        *by_tag[t as usize].entry(f).or_default() += 1;
        *by_word_tag
            .entry((w.form.to_lowercase(), t))
            .or_default()
            .entry(f)
            .or_default() += 1;
    }
    let mut tagdict = FxHashMap::default();
    for (form, counts) in &by_form {
        let total: u32 = counts.values().sum();
        let (&best, &n) = counts
            .iter()
            .max_by_key(|(t, n)| (**n, std::cmp::Reverse(**t)))
            .expect("counted");
        if total >= cfg.dict_min_count && n as f64 / total as f64 >= cfg.dict_min_ratio {
            tagdict.insert(super::features::word_hash(form), best);
        }
    }
    // Candidates: feature sets seen at least twice with the tag (noise is usually a singleton),
    // most frequent first; the most frequent one is always kept.
    let tag_feats: Vec<Vec<u16>> = by_tag
        .iter()
        .map(|counts| {
            let mut c: Vec<(u16, u32)> = counts.iter().map(|(f, n)| (*f, *n)).collect();
            c.sort_by_key(|(f, n)| (std::cmp::Reverse(*n), *f));
            let mut keep: Vec<u16> = c.iter().filter(|(_, n)| *n >= 2).map(|(f, _)| *f).collect();
            if keep.is_empty() {
                keep.push(c[0].0);
            }
            keep
        })
        .collect();
    let mut lex_feats = FxHashMap::default();
    let mut hs = SentenceHashes::default();
    for ((lower, t), counts) in &by_word_tag {
        if counts.len() == 1 && tag_feats[*t as usize].len() > 1 {
            let (&f, &n) = counts.iter().next().expect("one entry");
            if n >= cfg.lex_min_count {
                hs.fill(std::iter::once(lower.as_str()));
                lex_feats.insert(lex_key(hs.tokens[0].lower, *t), f);
            }
        }
    }
    let lemmatizer =
        Lemmatizer::learn(words().map(|w| (w.form.as_str(), w.xpos.as_str(), w.lemma.as_str())));
    let roles = tags.iter().map(|t| roles_of(&t.1)).collect();
    let alt_names = super::alt_names(&tags);
    let mut t = PosTagger {
        alt_names,
        tags,
        tagdict,
        feats,
        tag_feats,
        lex_feats,
        roles,
        lemmatizer,
        // No rules after decoding while training (see `finite`): `train` adds them at the end.
        ..PosTagger::default()
    };
    t.lexicon = ambiguity_lexicon(&t, train.iter(), cfg);
    t.set_models(
        &Model::from_rows(t.tags.len(), Vec::new()),
        &Model::from_rows(t.feats.len(), Vec::new()),
    );
    t
}

/// Ambiguity classes: the tags taking at least a tenth of a word's occurrences in `sents`.
/// Words seen fewer than `lexicon_min_count` times get none.
fn ambiguity_lexicon<'a>(
    tagger: &PosTagger,
    sents: impl Iterator<Item = &'a ConllSentence>,
    cfg: &TrainConfig,
) -> FxHashMap<u64, u64> {
    let tag_id: FxHashMap<(&str, &str), u16> = tagger
        .tags
        .iter()
        .enumerate()
        .map(|(i, t)| ((t.0.as_str(), t.1.as_str()), i as u16))
        .collect();
    let mut by_lower: BTreeMap<String, BTreeMap<u16, u32>> = BTreeMap::new();
    for w in sents.flat_map(|s| &s.words) {
        let t = tag_id[&cfg.scheme.class(w)];
        *by_lower
            .entry(w.form.to_lowercase())
            .or_default()
            .entry(t)
            .or_default() += 1;
    }
    let class = |counts: &BTreeMap<u16, u32>| {
        let total: u32 = counts.values().sum();
        (total >= cfg.lexicon_min_count).then(|| {
            let mut f = crate::perceptron::features::Feature::new(70);
            for (t, n) in counts {
                if n * 10 >= total {
                    f = f.num(*t as u64);
                }
            }
            f.finish()
        })
    };
    let mut lexicon = FxHashMap::default();
    let mut hs = SentenceHashes::default();
    for (lower, counts) in &by_lower {
        if let Some(c) = class(counts) {
            hs.fill(std::iter::once(lower.as_str()));
            lexicon.insert(hs.tokens[0].lower, c);
        }
    }
    lexicon
}

/// Folds for jackknifed ambiguity classes: a training sentence sees the classes computed
/// without its own fold, so the model learns how far to trust them on words it has not seen
/// tagged in that context (as at test time), instead of learning that they are always right.
const FOLDS: usize = 10;

fn to_gold(sents: &[ConllSentence], tagger: &PosTagger, scheme: Scheme) -> Vec<Gold> {
    let tag_id: FxHashMap<(&str, &str), u16> = tagger
        .tags
        .iter()
        .enumerate()
        .map(|(i, t)| ((t.0.as_str(), t.1.as_str()), i as u16))
        .collect();
    let feats_id: FxHashMap<&str, u16> = tagger
        .feats
        .iter()
        .enumerate()
        .map(|(i, f)| (f.as_str(), i as u16))
        .collect();
    sents
        .iter()
        .map(|s| Gold {
            forms: s.words.iter().map(|w| w.form.clone()).collect(),
            tags: s.words.iter().map(|w| tag_id[&scheme.class(w)]).collect(),
            morph: s
                .words
                .iter()
                .map(|w| feats_id[norm_feats(&w.feats)])
                .collect(),
        })
        .collect()
}

/// Trains a tagger on `train`, choosing the epoch by UPOS + XPOS accuracy on `dev`.
/// `log` receives one line per epoch.
pub fn train(
    train: &[ConllSentence],
    dev: &[ConllSentence],
    cfg: &TrainConfig,
    mut log: impl FnMut(&str),
) -> (PosTagger, TrainReport) {
    let mut tagger = skeleton(train, cfg);
    let mut report = TrainReport::default();
    let mut runs = Vec::new();
    for k in 0..cfg.mix.max(1) {
        let seed = cfg.seed + k as u64;
        if cfg.mix > 1 {
            log(&format!("seed {seed}"));
        }
        let (r, tags, feats) = train_one(&mut tagger, train, dev, cfg, seed, &mut log);
        report.epochs.extend(r.epochs);
        report.best_epoch = r.best_epoch;
        runs.push((tags, feats));
    }
    let (tag_model, feats_model) = if runs.len() == 1 {
        runs.pop().expect("one run")
    } else {
        let tags: Vec<&Model> = runs.iter().map(|r| &r.0).collect();
        let feats: Vec<&Model> = runs.iter().map(|r| &r.1).collect();
        (mean(&tags), mean(&feats))
    };
    if cfg.prune > 0.0 {
        tagger.set_models(&tag_model.pruned(cfg.prune), &feats_model.pruned(cfg.prune));
    } else {
        tagger.set_models(&tag_model, &feats_model);
    }
    // Epochs were chosen on the model's own greedy tags; what ships decodes with the rule.
    tagger.finite = super::finite::FiniteRule::new(&tagger.tags);
    tagger.nominal = super::nominal::NominalRule::new(&tagger.tags);
    tagger.passive = super::passive::PassiveRule::new(&tagger.tags);
    tagger.relative = super::relative::RelativeRule::new(&tagger.tags);
    tagger.affix = super::affix::AffixRule::new(&tagger.tags);
    tagger.title = super::title::TitleRule::new(&tagger.tags);
    tagger.names = super::names::NameRule::new(&tagger.tags);
    tagger.hyphens = true;
    report.final_dev = evaluate(&tagger, dev);
    (tagger, report)
}

/// The mean of several models' weights (a feature missing from a model counts as 0).
pub(crate) fn mean(models: &[&Model]) -> Model {
    let mut sum: BTreeMap<u64, BTreeMap<u16, f64>> = BTreeMap::new();
    for m in models {
        for (f, classes, weights) in m.rows() {
            let row = sum.entry(f).or_default();
            for (&c, &w) in classes.iter().zip(weights) {
                *row.entry(c).or_default() += w as f64;
            }
        }
    }
    let n = models.len() as f64;
    let rows = sum
        .into_iter()
        .map(|(f, row)| {
            let cells = row
                .into_iter()
                .map(|(c, w)| (c, (w / n) as f32))
                .filter(|c| c.1 != 0.0)
                .collect();
            (f, cells)
        })
        .collect();
    Model::from_rows(models[0].n_classes(), rows)
}

/// One perceptron run with `seed`; returns the report and the best epoch's models.
fn train_one(
    tagger: &mut PosTagger,
    train: &[ConllSentence],
    dev: &[ConllSentence],
    cfg: &TrainConfig,
    seed: u64,
    log: &mut impl FnMut(&str),
) -> (TrainReport, Model, Model) {
    let gold = to_gold(train, tagger, cfg.scheme);
    let fold_lexicons: Vec<FxHashMap<u64, u64>> = (0..FOLDS)
        .map(|k| {
            let others = train
                .iter()
                .enumerate()
                .filter(|(i, _)| i % FOLDS != k)
                .map(|(_, s)| s);
            ambiguity_lexicon(tagger, others, cfg)
        })
        .collect();
    let mut tags_t = Trainer::new(tagger.tags.len());
    let mut feats_t = Trainer::new(tagger.feats.len());
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..gold.len()).collect();
    let mut hs = SentenceHashes::default();
    let (mut feats, mut scores, mut hist) = (Vec::new(), Vec::new(), Vec::new());
    let mut report = TrainReport::default();
    let mut best: Option<(usize, Model, Model)> = None;
    for epoch in 1..=cfg.epochs {
        rng.shuffle(&mut order);
        let (mut seen, mut right) = (0usize, 0usize);
        for &si in &order {
            let g = &gold[si];
            hs.fill(g.forms.iter().map(String::as_str));
            for t in &mut hs.tokens {
                let lex = &fold_lexicons[si % FOLDS];
                t.amb = lex.get(&t.lower).copied().unwrap_or(0);
            }
            let (mut p1, mut p2) = (NO_TAG, NO_TAG);
            for i in 0..g.forms.len() {
                let tag = match tagger.tagdict.get(&hs.tokens[i].form) {
                    Some(&t) => t as usize,
                    None => {
                        tag_features(&hs.tokens, i, p1, p2, &mut feats);
                        scores.clear();
                        scores.resize(tags_t.n_classes(), 0.0);
                        tags_t.add_scores(&feats, &mut scores);
                        let guess = argmax(&scores, None);
                        tags_t.update(&feats, g.tags[i] as usize, guess);
                        tags_t.tick();
                        seen += 1;
                        right += usize::from(guess == g.tags[i] as usize);
                        guess
                    }
                };
                (p2, p1) = (p1, tag as u64);
            }
            // The morphology head learns from gold tags, the context it is meant to decide in.
            hist.clear();
            hist.extend(g.tags.iter().map(|&t| t as u64));
            let mut ctx = MorphContext::default();
            for i in 0..g.forms.len() {
                let t = g.tags[i];
                let cands = &tagger.tag_feats[t as usize];
                let lexical = tagger
                    .lex_feats
                    .contains_key(&lex_key(hs.tokens[i].lower, t));
                if cands.len() > 1 && !lexical && cands.contains(&g.morph[i]) {
                    feats_features(&hs.tokens, &hist, i, &ctx, &mut feats);
                    scores.clear();
                    scores.resize(feats_t.n_classes(), 0.0);
                    feats_t.add_scores(&feats, &mut scores);
                    let guess = best_of(&scores, cands);
                    feats_t.update(&feats, g.morph[i] as usize, guess as usize);
                    feats_t.tick();
                }
                let (nominal, verbal) = tagger.roles[t as usize];
                ctx.advance(hs.tokens[i].lower, t, nominal, verbal);
            }
        }
        let (tag_model, feats_model) = (tags_t.averaged(0.0), feats_t.averaged(0.0));
        tagger.set_models(&tag_model, &feats_model);
        let dev_counts = evaluate(tagger, dev);
        let train_acc = right as f64 / seen.max(1) as f64;
        log(&format!(
            "epoch {epoch}: train {:.4}  dev upos {:.4} xpos {:.4} feats {:.4} lemma {:.4}",
            train_acc,
            dev_counts.upos_acc(),
            dev_counts.xpos_acc(),
            dev_counts.feats_acc(),
            dev_counts.lemma_acc()
        ));
        report.epochs.push(EpochReport {
            epoch,
            train_acc,
            dev: dev_counts,
        });
        let score = |c: &PosCounts| c.upos + c.xpos;
        let improved = best
            .as_ref()
            .is_none_or(|(e, ..)| score(&dev_counts) > score(&report.epochs[e - 1].dev));
        if improved {
            best = Some((epoch, tag_model, feats_model));
        } else if best
            .as_ref()
            .is_some_and(|(e, ..)| epoch - e >= cfg.patience)
        {
            log(&format!(
                "no dev improvement for {} epochs; stopping",
                cfg.patience
            ));
            break;
        }
    }
    let (best_epoch, tag_model, feats_model) = best.expect("at least one epoch ran");
    report.best_epoch = best_epoch;
    (report, tag_model, feats_model)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::parse;

    /// A tiny hand-written treebank: enough to learn DT NN VBZ and DT NNS VBP.
    fn fixture() -> Vec<ConllSentence> {
        type Row<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str);
        let rows: &[&[Row]] = &[
            &[
                ("The", "the", "DET", "DT", "Definite=Def|PronType=Art"),
                ("cat", "cat", "NOUN", "NN", "Number=Sing"),
                (
                    "sleeps",
                    "sleep",
                    "VERB",
                    "VBZ",
                    "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
                ),
                (".", ".", "PUNCT", ".", "_"),
            ],
            &[
                ("The", "the", "DET", "DT", "Definite=Def|PronType=Art"),
                ("dogs", "dog", "NOUN", "NNS", "Number=Plur"),
                (
                    "sleep",
                    "sleep",
                    "VERB",
                    "VBP",
                    "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin",
                ),
                (".", ".", "PUNCT", ".", "_"),
            ],
            &[
                ("A", "a", "DET", "DT", "Definite=Ind|PronType=Art"),
                ("bird", "bird", "NOUN", "NN", "Number=Sing"),
                (
                    "sang",
                    "sing",
                    "VERB",
                    "VBD",
                    "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin",
                ),
                ("loudly", "loudly", "ADV", "RB", "_"),
                (".", ".", "PUNCT", ".", "_"),
            ],
            &[
                ("Birds", "bird", "NOUN", "NNS", "Number=Plur"),
                (
                    "sang",
                    "sing",
                    "VERB",
                    "VBD",
                    "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin",
                ),
                (".", ".", "PUNCT", ".", "_"),
            ],
        ];
        let mut text = String::new();
        for s in rows {
            for (i, (form, lemma, upos, xpos, feats)) in s.iter().enumerate() {
                text.push_str(&format!(
                    "{}\t{form}\t{lemma}\t{upos}\t{xpos}\t{feats}\t0\tdep\t_\t_\n",
                    i + 1
                ));
            }
            text.push('\n');
        }
        parse(&text, "fixture").unwrap()
    }

    #[test]
    fn mixing_averages_weights_and_keeps_features_of_either_model() {
        let a = Model::from_rows(2, vec![(1, vec![(0, 2.0)]), (2, vec![(1, 4.0)])]);
        let b = Model::from_rows(2, vec![(1, vec![(0, 4.0), (1, -2.0)])]);
        let m = mean(&[&a, &b]);
        assert_eq!(m.scores(&[1]), vec![3.0, -1.0]);
        assert_eq!(m.scores(&[2]), vec![0.0, 2.0]);
        assert_eq!(m.n_features(), 2);
    }

    #[test]
    fn tiny_training_is_bit_for_bit_reproducible() {
        let data = fixture();
        let cfg = TrainConfig {
            epochs: 4,
            dict_min_count: 3,
            ..TrainConfig::default()
        };
        let (a, ra) = train(&data, &data, &cfg, |_| {});
        let (b, _) = train(&data, &data, &cfg, |_| {});
        assert_eq!(a.to_bytes(), b.to_bytes());
        assert!(ra.final_dev.upos_acc() > 0.9, "{:?}", ra.final_dev);
        // The encoded model decodes to the same tagger.
        let back = PosTagger::from_bytes(&a.to_bytes(), "fixture").unwrap();
        assert_eq!(back, a);
        // A different seed may change the weights but still trains.
        let (c, _) = train(&data, &data, &TrainConfig { seed: 9, ..cfg }, |_| {});
        assert_eq!(c.n_tags(), a.n_tags());
        // Mixing two seeds is reproducible too.
        let mixed = TrainConfig { mix: 2, ..cfg };
        let (m1, _) = train(&data, &data, &mixed, |_| {});
        let (m2, _) = train(&data, &data, &mixed, |_| {});
        assert_eq!(m1.to_bytes(), m2.to_bytes());
    }
}
