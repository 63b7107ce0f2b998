//! `relgraph train ner|...`: trains a model on ../shared/data and writes the model file.
//!
//! Training is deterministic: the same data, seed and settings give the same bytes.

use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;

use relgraph::annotate::ner::decode::Decoder;
use relgraph::annotate::ner::iob::read_iob2;
use relgraph::annotate::ner::train::{TrainConfig, train};

/// Train a model.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, Subcommand)]
enum What {
    /// Entity tagger (BIO PER/ORG/LOC) on UNER English EWT.
    Ner(NerArgs),
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
    #[arg(long, default_value_t = 0.2)]
    word_dropout: f64,
    /// `viterbi` or `greedy`.
    #[arg(long, default_value = "viterbi")]
    decoder: String,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    match args.what {
        What::Ner(a) => ner(a),
    }
}

fn ner(a: NerArgs) -> anyhow::Result<u8> {
    let decoder = Decoder::parse(&a.decoder)
        .with_context(|| format!("unknown decoder `{}`; use `viterbi` or `greedy`", a.decoder))?;
    let train_set = read_iob2(&a.train)?;
    let dev_set = read_iob2(&a.dev)?;
    eprintln!("ner: {} train / {} dev sentences, decoder {}", train_set.len(), dev_set.len(), decoder.as_str());
    let cfg = TrainConfig { epochs: a.epochs, seed: a.seed, decoder, word_dropout: a.word_dropout, ..TrainConfig::default() };
    let (tagger, _) = train(&train_set, &dev_set, None, &cfg, |r| {
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
    eprintln!("wrote {} ({} bytes, {} features)", a.out.display(), bytes.len(), tagger.n_features());
    Ok(0)
}
