//! `relgraph train pos`: train an embedded model from a treebank and write its model file.

use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use relgraph::annotate::ner::decode::Decoder;
use relgraph::annotate::ner::iob::read_iob2;
use relgraph::annotate::ner::jackknife::{PosTags, jackknife, tag_with};
use relgraph::annotate::ner::train as ner_train;
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
    /// Train the entity tagger (BIO PER/ORG/LOC) on UNER English EWT (.iob2).
    Ner(NerArgs),
}

#[derive(Debug, clap::Args)]
struct PosArgs {
    /// Training treebank (CoNLL-U), e.g. ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu
    #[arg(long)]
    train: PathBuf,
    /// Development treebank (CoNLL-U) for early stopping.
    #[arg(long)]
    dev: PathBuf,
    /// Where to write the model file, e.g. src/model/weights/pos.bin
    #[arg(long)]
    out: PathBuf,
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
        Model::Ner(a) => ner(a),
    }
}

fn run_pos(a: PosArgs) -> anyhow::Result<u8> {
    let tr = conllu::read(&a.train)?;
    let dev = conllu::read(&a.dev)?;
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
    std::fs::write(&a.out, &bytes)
        .with_context(|| format!("cannot write the model to {}", a.out.display()))?;
    let d = report.final_dev;
    eprintln!(
        "best epoch {}; wrote {} ({} bytes); dev upos {:.4} xpos {:.4} feats {:.4} lemma {:.4}",
        report.best_epoch,
        a.out.display(),
        bytes.len(),
        d.upos_acc(),
        d.xpos_acc(),
        d.feats_acc(),
        d.lemma_acc()
    );
    Ok(super::exit::OK)
}

#[derive(Debug, clap::Args)]
struct NerArgs {
    /// Training file (.iob2).
    #[arg(long)]
    train: PathBuf,
    /// Development file (.iob2): scored after every epoch; the best epoch is kept.
    #[arg(long)]
    dev: PathBuf,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value_t = 12)]
    epochs: usize,
    #[arg(long, default_value_t = 2024)]
    seed: u64,
    /// Probability of hiding a training token's identity (teaches unseen names).
    #[arg(long, default_value_t = 0.1)]
    word_dropout: f64,
    /// Train with part-of-speech features: the training sentences are tagged by jackknifed POS
    /// models trained on this treebank (UD EWT train, whose sent_ids UNER shares), the dev
    /// sentences by the shipped tagger, as at run time.
    #[arg(long)]
    pos_treebank: Option<PathBuf>,
    /// Dev treebank for the jackknifed POS models' early stopping.
    #[arg(long, requires = "pos_treebank")]
    pos_dev: Option<PathBuf>,
    /// Number of jackknife folds.
    #[arg(long, default_value_t = 5)]
    pos_folds: usize,
    /// `viterbi` or `greedy`.
    #[arg(long, default_value = "viterbi")]
    decoder: String,
}

fn ner(a: NerArgs) -> anyhow::Result<u8> {
    let decoder = Decoder::parse(&a.decoder)
        .with_context(|| format!("unknown decoder `{}`; use `viterbi` or `greedy`", a.decoder))?;
    let train_set = read_iob2(&a.train)?;
    let dev_set = read_iob2(&a.dev)?;
    eprintln!(
        "ner: {} train / {} dev sentences, decoder {}",
        train_set.len(),
        dev_set.len(),
        decoder.as_str()
    );
    let cfg = ner_train::TrainConfig {
        epochs: a.epochs,
        seed: a.seed,
        decoder,
        word_dropout: a.word_dropout,
        ..ner_train::TrainConfig::default()
    };
    let pos_tags = match (&a.pos_treebank, &a.pos_dev) {
        (Some(tb), Some(pd)) => {
            let treebank = conllu::read(tb)?;
            let pos_dev = conllu::read(pd)?;
            let shipped = relgraph::annotate::PosTagger::embedded();
            let train_tags =
                jackknife(&train_set, &treebank, &pos_dev, a.pos_folds, shipped, |l| {
                    eprintln!("{l}")
                });
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
    std::fs::write(&a.out, &bytes).with_context(|| format!("cannot write {}", a.out.display()))?;
    eprintln!(
        "wrote {} ({} bytes, {} features)",
        a.out.display(),
        bytes.len(),
        tagger.n_features()
    );
    Ok(0)
}
