//! `relgraph eval parse GOLD.conllu`: scores a model against a gold treebank.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, bail};
use clap::{Args as ClapArgs, Subcommand};

use relgraph::annotate::parse::Parser;
use relgraph::annotate::parse::score::AttachmentScore;
use relgraph::conllu;

/// Measure a model on a gold-annotated corpus.
#[derive(Debug, ClapArgs)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, Subcommand)]
enum What {
    /// Dependency parser: UAS and LAS, punctuation included (CoNLL 2018 style).
    Parse(ParseArgs),
}

#[derive(Debug, ClapArgs)]
struct ParseArgs {
    /// Gold treebank (CoNLL-U), e.g. en_ewt-ud-dev.conllu.
    gold: PathBuf,
    /// Parse with the gold POS tags and lemmas of the file instead of the tagger's.
    #[arg(long)]
    gold_pos: bool,
    /// Print one JSON object (uas, las, las_universal, tokens, tokens_per_sec).
    #[arg(long)]
    json: bool,
    /// Use this model file instead of the embedded parser.
    #[arg(long)]
    model: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    match args.what {
        What::Parse(a) => run_parse(a),
    }
}

fn run_parse(a: ParseArgs) -> anyhow::Result<u8> {
    if !a.gold_pos {
        bail!(
            "this build has no POS tagger yet, so `eval parse` cannot tag {}; pass --gold-pos to parse with the file's gold tags",
            a.gold.display()
        );
    }
    let owned;
    let parser = match &a.model {
        Some(path) => {
            let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            owned = Parser::from_bytes(&bytes, &path.display().to_string())?;
            &owned
        }
        None => Parser::embedded(),
    };
    let gold = conllu::read(&a.gold)?;
    let mut sentences: Vec<_> = gold.iter().map(|s| s.to_sentence(0).0).collect();
    for s in &mut sentences {
        for t in &mut s.tokens {
            t.head = 0;
            t.deprel.clear();
        }
    }
    let start = Instant::now();
    let mut scratch = Default::default();
    for s in &mut sentences {
        if !s.tokens.is_empty() {
            parser.parse_tokens(&mut s.tokens, &mut scratch);
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mut score = AttachmentScore::default();
    for (g, p) in gold.iter().zip(&sentences) {
        score.add(
            g.words.iter().map(|w| (w.head, w.deprel.as_str())),
            p.tokens.iter().map(|t| (t.head, t.deprel.as_str())),
        );
    }
    let tokens_per_sec = if secs > 0.0 { score.tokens as f64 / secs } else { 0.0 };
    if a.json {
        let v = serde_json::json!({
            "uas": score.uas(),
            "las": score.las(),
            "las_universal": score.las_universal(),
            "tokens": score.tokens,
            "tokens_per_sec": tokens_per_sec.round(),
            "pos": if a.gold_pos { "gold" } else { "predicted" },
        });
        println!("{v}");
    } else {
        println!(
            "{}: {} tokens, UAS {:.2}%, LAS {:.2}%, LAS (universal labels) {:.2}%, {:.0} tokens/s ({} POS)",
            a.gold.display(),
            score.tokens,
            100.0 * score.uas(),
            100.0 * score.las(),
            100.0 * score.las_universal(),
            tokens_per_sec,
            if a.gold_pos { "gold" } else { "predicted" }
        );
    }
    Ok(crate::cli::exit::OK)
}
