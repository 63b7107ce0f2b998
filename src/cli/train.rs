//! `relgraph train pos|parse`: train an embedded model from a treebank and write its model file.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Subcommand, ValueEnum};
use relgraph::annotate::ner::decode::Decoder;
use relgraph::annotate::ner::iob::read_iob2;
use relgraph::annotate::ner::jackknife::{PosTags, jackknife, tag_with};
use relgraph::annotate::ner::train as ner_train;
use relgraph::annotate::parse::Parser;
use relgraph::annotate::parse::jackknife;
use relgraph::annotate::parse::train::{self as parse_train, NonProjective, TrainOptions};
use relgraph::annotate::pos::train::{Scheme, TrainConfig, train};
use relgraph::conllu;

/// Train a model from annotated data (the README says which corpora and commands).
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    model: Model,
}

#[derive(Debug, Subcommand)]
enum Model {
    /// Train the POS tagger, morphology and lemmatizer on a CoNLL-U treebank.
    Pos(PosArgs),
    /// Train the dependency parser (arc-hybrid, averaged perceptron, dynamic oracle).
    Parse(ParseArgs),
    /// Train the entity tagger (BIO PER/ORG/LOC) on UNER English EWT (.iob2).
    Ner(NerArgs),
    /// Train the sentence-boundary classifier on the raw text of a CoNLL-U treebank.
    Sentences(SentArgs),
}

/// The files every training run takes.
#[derive(Debug, clap::Args)]
struct Files {
    /// Training data: a CoNLL-U treebank (an .iob2 file for `train ner`), e.g.
    /// ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu
    #[arg(long)]
    train: PathBuf,
    /// Development data in the same format: scored after every epoch, the best epoch is kept.
    #[arg(long)]
    dev: PathBuf,
    /// Where to write the model file, e.g. src/model/weights/pos.bin
    #[arg(long)]
    out: PathBuf,
}

impl Files {
    /// Writes the model file atomically (a failed run leaves the previous model intact).
    fn write(&self, bytes: &[u8]) -> anyhow::Result<()> {
        relgraph::export::write_atomic(&self.out, bytes)
            .with_context(|| format!("cannot write the model to {}", self.out.display()))
    }
}

#[derive(Debug, clap::Args)]
struct SentArgs {
    #[command(flatten)]
    files: Files,
    /// Number of epochs.
    #[arg(long, default_value_t = 8)]
    epochs: usize,
    /// Seed of the epoch shuffles.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn sentences(a: SentArgs) -> anyhow::Result<u8> {
    let tr = conllu::read(&a.files.train)?;
    let dev = conllu::read(&a.files.dev)?;
    let (model, f1) =
        relgraph::text::boundary_train::train(&tr, &dev, a.epochs, a.seed, |l| eprintln!("{l}"));
    let bytes = model.to_bytes();
    a.files.write(&bytes)?;
    eprintln!(
        "wrote {} ({} bytes); dev sentence F1 {f1:.4}",
        a.files.out.display(),
        bytes.len()
    );
    Ok(super::exit::OK)
}

#[derive(Debug, clap::Args)]
struct PosArgs {
    #[command(flatten)]
    files: Files,
    /// Maximum number of epochs.
    #[arg(long, default_value_t = 12)]
    epochs: usize,
    /// Seed of the epoch shuffles.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Drop averaged weights with a magnitude at most this (0 keeps all).
    #[arg(long, default_value_t = 0.0)]
    prune: f32,
    /// Class layout: `joint` (UPOS|XPOS pairs, shipped) or one layer alone, to compare with
    /// two separate heads.
    #[arg(long, value_enum, default_value_t = SchemeArg::Joint)]
    scheme: SchemeArg,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum SchemeArg {
    Joint,
    Upos,
    Xpos,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    match args.model {
        Model::Pos(a) => run_pos(a),
        Model::Parse(a) => run_parse(a),
        Model::Ner(a) => ner(a),
        Model::Sentences(a) => sentences(a),
    }
}

fn run_pos(a: PosArgs) -> anyhow::Result<u8> {
    let tr = conllu::read(&a.files.train)?;
    let dev = conllu::read(&a.files.dev)?;
    let cfg = TrainConfig {
        epochs: a.epochs,
        seed: a.seed,
        prune: a.prune,
        scheme: match a.scheme {
            SchemeArg::Joint => Scheme::Joint,
            SchemeArg::Upos => Scheme::Upos,
            SchemeArg::Xpos => Scheme::Xpos,
        },
        ..TrainConfig::default()
    };
    eprintln!(
        "training on {} sentences, early stopping on {} dev sentences",
        tr.len(),
        dev.len()
    );
    let (tagger, report) = train(&tr, &dev, &cfg, |line| eprintln!("{line}"));
    let bytes = tagger.to_bytes();
    a.files.write(&bytes)?;
    let d = report.final_dev;
    eprintln!(
        "best epoch {}; wrote {} ({} bytes); dev upos {:.4} xpos {:.4} feats {:.4} lemma {:.4}",
        report.best_epoch,
        a.files.out.display(),
        bytes.len(),
        d.upos_acc(),
        d.xpos_acc(),
        d.feats_acc(),
        d.lemma_acc()
    );
    Ok(super::exit::OK)
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum NonProj {
    /// Lift crossing arcs to the grandparent until the tree is projective.
    Lift,
    /// Leave non-projective sentences out.
    Skip,
}

#[derive(Debug, clap::Args)]
struct ParseArgs {
    #[command(flatten)]
    files: Files,
    /// Maximum number of epochs.
    #[arg(long, default_value_t = TrainOptions::default().max_epochs)]
    epochs: usize,
    /// Stop after this many epochs without a better dev LAS.
    #[arg(long, default_value_t = TrainOptions::default().patience)]
    patience: usize,
    /// Seed of the epoch shuffles and of error exploration.
    #[arg(long, default_value_t = TrainOptions::default().seed)]
    seed: u64,
    /// Probability of following the model's wrong prediction after epoch 1.
    #[arg(long, default_value_t = TrainOptions::default().explore)]
    explore: f64,
    /// The first epoch (0-based) that follows the model's wrong predictions.
    #[arg(long, default_value_t = TrainOptions::default().explore_from)]
    explore_from: usize,
    /// Drop averaged weights with magnitude at or below this (shrinks the file).
    #[arg(long, default_value_t = TrainOptions::default().prune)]
    prune: f32,
    /// Train this many seeds and ship the mean of their best models (parameter mixing).
    #[arg(long, default_value_t = TrainOptions::default().mix)]
    mix: usize,
    /// What to do with non-projective training trees.
    #[arg(long, value_enum, default_value = "lift")]
    non_projective: NonProj,
    /// Train on POS tags jack-knifed over this many folds (0 = the treebank's gold tags).
    /// Jack-knifed tags parse EWT dev better with predicted tags (+0.5 UAS, +0.7 LAS).
    #[arg(long, default_value_t = 5)]
    jackknife: usize,
    /// Maximum tagger epochs per jack-knife fold.
    #[arg(long, default_value_t = 8)]
    pos_epochs: usize,
    /// Write the jack-knifed training set here (CoNLL-U), to reuse it with `--train`.
    #[arg(long)]
    save_tagged: Option<PathBuf>,
    /// Early-stop on dev parsed with its gold tags instead of the embedded tagger's.
    #[arg(long)]
    dev_gold_pos: bool,
    /// Train for beam search over this many hypotheses (global training with max-violation
    /// updates) instead of the greedy parser (1).
    #[arg(long, default_value_t = TrainOptions::default().beam)]
    beam: usize,
    /// Add this parser model's weights (times --add-weight) to the trained ones before pruning,
    /// e.g. the greedy src/model/weights/parse.bin to a beam model.
    #[arg(long, value_name = "MODEL")]
    add_model: Option<PathBuf>,
    /// Factor of --add-model's weights.
    #[arg(long, default_value_t = 0.3, requires = "add_model")]
    add_weight: f32,
}

fn run_parse(a: ParseArgs) -> anyhow::Result<u8> {
    let mut train_set = conllu::read(&a.files.train)?;
    let mut dev_set = conllu::read(&a.files.dev)?;
    if a.jackknife > 0 {
        let cfg = TrainConfig {
            epochs: a.pos_epochs,
            ..TrainConfig::default()
        };
        train_set = jackknife::jackknife(&train_set, &dev_set, a.jackknife, &cfg, &mut |l| {
            eprintln!("{l}")
        });
        if let Some(path) = &a.save_tagged {
            let mut out = String::new();
            for (i, s) in train_set.iter().enumerate() {
                let (sent, text) = s.to_sentence(0);
                // The runner-up tags the parser reads travel in MISC.
                let alts: Vec<String> = s
                    .words
                    .iter()
                    .map(|w| match jackknife::pos_alt(&w.misc) {
                        "" => String::new(),
                        alt => format!("{}{alt}", jackknife::POS_ALT_KEY),
                    })
                    .collect();
                conllu::write_sentence_with_misc(
                    &mut out,
                    &(i + 1).to_string(),
                    &text,
                    &sent.tokens,
                    &alts,
                );
            }
            std::fs::write(path, out).with_context(|| format!("writing {}", path.display()))?;
        }
    }
    if !a.dev_gold_pos {
        // Early stopping sees dev as the shipped pipeline will: tagged by the embedded tagger.
        jackknife::retag(relgraph::annotate::PosTagger::embedded(), &mut dev_set);
    }
    let opts = TrainOptions {
        max_epochs: a.epochs,
        patience: a.patience,
        seed: a.seed,
        explore: a.explore,
        explore_from: a.explore_from,
        mix: a.mix,
        beam: a.beam,
        add: match &a.add_model {
            Some(path) => {
                let bytes =
                    std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
                let (labels, model) = Parser::decode_model(&bytes, &path.display().to_string())?;
                Some((labels, model, a.add_weight))
            }
            None => None,
        },
        prune: a.prune,
        non_projective: match a.non_projective {
            NonProj::Lift => NonProjective::Lift,
            NonProj::Skip => NonProjective::Skip,
        },
    };
    let (parser, _) =
        parse_train::train(&train_set, &dev_set, &opts, &mut |line| eprintln!("{line}"))?;
    let bytes = parser.to_bytes();
    a.files.write(&bytes)?;
    let score = parse_train::evaluate(&parser, &dev_set);
    eprintln!(
        "wrote {} ({} bytes, {} features); dev UAS {:.2} LAS {:.2}",
        a.files.out.display(),
        bytes.len(),
        parser.n_features(),
        100.0 * score.uas(),
        100.0 * score.las()
    );
    Ok(crate::cli::exit::OK)
}

#[derive(Debug, clap::Args)]
struct NerArgs {
    #[command(flatten)]
    files: Files,
    #[arg(long, default_value_t = 12)]
    epochs: usize,
    #[arg(long, default_value_t = 2024)]
    seed: u64,
    /// Probability of hiding a training token's identity (teaches unseen names).
    #[arg(long, default_value_t = 0.1)]
    word_dropout: f64,
    /// Probability of showing a training sentence all in lowercase (teaches lowercase names).
    #[arg(long, default_value_t = 0.0)]
    lowercase: f64,
    /// Do not learn word classes from the training text (no class features).
    #[arg(long)]
    no_clusters: bool,
    /// Train with part-of-speech features: the training sentences are tagged by jackknifed POS
    /// models trained on this treebank (UD EWT train, whose sent_ids UNER shares), the dev
    /// sentences by the shipped tagger, as at run time.
    #[arg(long)]
    pos_treebank: Option<PathBuf>,
    /// Dev treebank for the jackknifed POS models' early stopping.
    #[arg(long, requires = "pos_treebank")]
    pos_dev: Option<PathBuf>,
    /// Cache of the jackknifed training POS tags: read when the file exists (and matches the
    /// training sentences), written otherwise. Saves the five POS trainings on repeated runs.
    #[arg(long, requires = "pos_treebank")]
    pos_cache: Option<PathBuf>,
    /// Number of jackknife folds.
    #[arg(long, default_value_t = 5)]
    pos_folds: usize,
    /// `viterbi` or `greedy`.
    #[arg(long, default_value = "viterbi")]
    decoder: String,
    /// Before training, label the unlabelled occurrences of capitalised names that train labels
    /// at least this many times with one dominant type (0: off).
    #[arg(long, default_value_t = 0)]
    fill_names: usize,
}

/// Reads a POS cache written by [`write_pos_cache`]; `None` if absent or not for `sents`.
fn read_pos_cache(
    path: &std::path::Path,
    sents: &[relgraph::annotate::ner::iob::IobSentence],
) -> Option<Vec<PosTags>> {
    let text = std::fs::read_to_string(path).ok()?;
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() != sents.len() {
        return None;
    }
    let mut out = Vec::with_capacity(sents.len());
    for (line, s) in lines.iter().zip(sents) {
        let pairs: Vec<&str> = if line.is_empty() {
            Vec::new()
        } else {
            line.split('\t').collect()
        };
        if pairs.len() != s.words.len() {
            return None;
        }
        let mut tags: PosTags = Default::default();
        for p in pairs {
            let (u, x) = p.split_once(' ')?;
            tags.0.push(u.to_string());
            tags.1.push(x.to_string());
        }
        out.push(tags);
    }
    Some(out)
}

/// One line per sentence: `UPOS XPOS` pairs separated by tabs.
fn write_pos_cache(path: &std::path::Path, tags: &[PosTags]) -> anyhow::Result<()> {
    let mut text = String::new();
    for (u, x) in tags {
        let pairs: Vec<String> = u.iter().zip(x).map(|(u, x)| format!("{u} {x}")).collect();
        text.push_str(&pairs.join("\t"));
        text.push('\n');
    }
    std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
}

fn ner(a: NerArgs) -> anyhow::Result<u8> {
    let decoder = Decoder::parse(&a.decoder)
        .with_context(|| format!("unknown decoder `{}`; use `viterbi` or `greedy`", a.decoder))?;
    let mut train_set = read_iob2(&a.files.train)?;
    let dev_set = read_iob2(&a.files.dev)?;
    eprintln!(
        "ner: {} train / {} dev sentences, decoder {}",
        train_set.len(),
        dev_set.len(),
        decoder.as_str()
    );
    if a.fill_names > 0 {
        let r = relgraph::annotate::ner::fill::fill_names(&mut train_set, a.fill_names);
        eprintln!(
            "fill names: {} names seen >= {} times; {} tokens relabelled in {} spans (PER {}, ORG {}, LOC {})",
            r.names,
            a.fill_names,
            r.tokens,
            r.spans.iter().sum::<usize>(),
            r.spans[0],
            r.spans[1],
            r.spans[2]
        );
    }
    let cfg = ner_train::TrainConfig {
        epochs: a.epochs,
        seed: a.seed,
        decoder,
        word_dropout: a.word_dropout,
        lowercase: a.lowercase,
        clusters: !a.no_clusters,
        ..ner_train::TrainConfig::default()
    };
    let pos_tags = match (&a.pos_treebank, &a.pos_dev) {
        (Some(tb), Some(pd)) => {
            let treebank = conllu::read(tb)?;
            let pos_dev = conllu::read(pd)?;
            let shipped = relgraph::annotate::PosTagger::embedded();
            let cached = a
                .pos_cache
                .as_ref()
                .and_then(|p| read_pos_cache(p, &train_set));
            let train_tags = match cached {
                Some(t) => {
                    eprintln!("pos: training tags read from the cache");
                    t
                }
                None => {
                    let t = jackknife(&train_set, &treebank, &pos_dev, a.pos_folds, shipped, |l| {
                        eprintln!("{l}")
                    });
                    if let Some(p) = &a.pos_cache {
                        write_pos_cache(p, &t)?;
                    }
                    t
                }
            };
            let dev_tags: Vec<PosTags> = dev_set
                .iter()
                .map(|s| {
                    tag_with(
                        shipped,
                        &s.words.iter().map(String::as_str).collect::<Vec<_>>(),
                    )
                })
                .collect();
            Some((train_tags, dev_tags))
        }
        (Some(_), None) => anyhow::bail!(
            "--pos-treebank needs --pos-dev (e.g. ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu)"
        ),
        _ => None,
    };
    let pos = pos_tags
        .as_ref()
        .map(|(t, d)| ner_train::PosInput { train: t, dev: d });
    let (tagger, _) = ner_train::train(&train_set, &dev_set, pos, &cfg, |r| {
        let o = r.dev.overall;
        eprintln!(
            "epoch {:>2}: dev P {:.4} R {:.4} F1 {:.4}",
            r.epoch,
            o.precision(),
            o.recall(),
            o.f1()
        );
    });
    let bytes = tagger.to_bytes();
    a.files.write(&bytes)?;
    eprintln!(
        "wrote {} ({} bytes, {} features)",
        a.files.out.display(),
        bytes.len(),
        tagger.n_features()
    );
    Ok(0)
}
