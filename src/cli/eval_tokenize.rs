//! `relgraph eval tokenize`: tokenization and sentence-boundary P/R/F1 from raw text.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context as _;
use clap::Parser;

use relgraph::conllu;
use relgraph::text::{self, eval};

#[derive(Debug, Parser)]
pub(super) struct TokenizeArgs {
    /// Gold CoNLL-U file.
    gold: PathBuf,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
}

pub(super) fn tokenize(args: TokenizeArgs) -> anyhow::Result<u8> {
    let gold = conllu::read(&args.gold).with_context(|| {
        format!(
            "cannot read gold file {}; pass a CoNLL-U file",
            args.gold.display()
        )
    })?;
    let scores = eval::evaluate_raw(&gold);
    let raw = eval::rebuild_raw(&gold);
    // Time the full segmentation (sentences + tokens with owned forms), best of several runs.
    let mut doc = relgraph::Document::new("gold", raw.text);
    let mut best = f64::INFINITY;
    let started = Instant::now();
    let mut runs = 0;
    while runs < 3 || (started.elapsed().as_secs_f64() < 1.0 && runs < 50) {
        let t = Instant::now();
        text::segment(&mut doc);
        best = best.min(t.elapsed().as_secs_f64());
        runs += 1;
    }
    let tokens = doc.token_count();
    let per_sec = tokens as f64 / best.max(1e-9);
    if args.json {
        let out = serde_json::json!({
            "token_f1": scores.token_f1,
            "sentence_f1": scores.sentence_f1,
            "token_precision": scores.token_precision,
            "token_recall": scores.token_recall,
            "sentence_precision": scores.sentence_precision,
            "sentence_recall": scores.sentence_recall,
            "tokens": scores.gold_tokens,
            "tokens_per_sec": per_sec,
        });
        println!("{out}");
    } else {
        println!("gold file      {}", args.gold.display());
        println!(
            "tokens         P {:6.2}  R {:6.2}  F1 {:6.2}  (gold {}, system {})",
            100.0 * scores.token_precision,
            100.0 * scores.token_recall,
            100.0 * scores.token_f1,
            scores.gold_tokens,
            scores.system_tokens
        );
        println!(
            "sentences      P {:6.2}  R {:6.2}  F1 {:6.2}",
            100.0 * scores.sentence_precision,
            100.0 * scores.sentence_recall,
            100.0 * scores.sentence_f1
        );
        println!(
            "speed          {:.0} tokens/s ({} words, best of {runs} runs, one thread)",
            per_sec, tokens
        );
    }
    Ok(crate::cli::exit::OK)
}
