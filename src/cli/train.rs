//! `relgraph train parse|...`: trains an embedded model from UD treebanks.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args as ClapArgs, Subcommand, ValueEnum};

use relgraph::annotate::parse::train::{self, NonProjective, TrainOptions};
use relgraph::conllu;

/// Train a model on annotated corpora and write its model file.
#[derive(Debug, ClapArgs)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, Subcommand)]
enum What {
    /// The dependency parser (arc-hybrid, averaged perceptron, dynamic oracle).
    Parse(ParseArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum NonProj {
    /// Lift crossing arcs to the grandparent until the tree is projective.
    Lift,
    /// Leave non-projective sentences out.
    Skip,
}

#[derive(Debug, ClapArgs)]
struct ParseArgs {
    /// Training treebank (CoNLL-U), e.g. en_ewt-ud-train.conllu.
    #[arg(long)]
    train: PathBuf,
    /// Development treebank for early stopping, e.g. en_ewt-ud-dev.conllu.
    #[arg(long)]
    dev: PathBuf,
    /// Where to write the model file.
    #[arg(long)]
    out: PathBuf,
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
    /// Drop averaged weights with magnitude at or below this (shrinks the file).
    #[arg(long, default_value_t = TrainOptions::default().prune)]
    prune: f32,
    /// What to do with non-projective training trees.
    #[arg(long, value_enum, default_value = "lift")]
    non_projective: NonProj,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    match args.what {
        What::Parse(a) => run_parse(a),
    }
}

fn run_parse(a: ParseArgs) -> anyhow::Result<u8> {
    let train_set = conllu::read(&a.train)?;
    let dev_set = conllu::read(&a.dev)?;
    let opts = TrainOptions {
        max_epochs: a.epochs,
        patience: a.patience,
        seed: a.seed,
        explore: a.explore,
        prune: a.prune,
        non_projective: match a.non_projective {
            NonProj::Lift => NonProjective::Lift,
            NonProj::Skip => NonProjective::Skip,
        },
    };
    let (parser, _) = train::train(&train_set, &dev_set, &opts, &mut |line| eprintln!("{line}"))?;
    let bytes = parser.to_bytes();
    std::fs::write(&a.out, &bytes).with_context(|| format!("writing {}", a.out.display()))?;
    let score = train::evaluate(&parser, &dev_set);
    eprintln!(
        "wrote {} ({} bytes, {} features); dev UAS {:.2} LAS {:.2}",
        a.out.display(),
        bytes.len(),
        parser.model().n_features(),
        100.0 * score.uas(),
        100.0 * score.las()
    );
    Ok(crate::cli::exit::OK)
}
