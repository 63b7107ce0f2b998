//! `relgraph train pos`: train an embedded model from a treebank and write its model file.

use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use relgraph::annotate::pos::train::{TrainConfig, train};
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
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    match args.model {
        Model::Pos(a) => run_pos(a),
    }
}

fn run_pos(a: PosArgs) -> anyhow::Result<u8> {
    let tr = conllu::read(&a.train)?;
    let dev = conllu::read(&a.dev)?;
    let cfg = TrainConfig {
        epochs: a.epochs,
        seed: a.seed,
        prune: a.prune,
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
