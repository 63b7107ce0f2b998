//! `relgraph eval ner GOLD.iob2 [--json]`: exact-span precision, recall and F1 of the entity
//! tagger, overall and per type.

use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;

use relgraph::annotate::ner::EntityTagger;
use relgraph::annotate::ner::decode::Decoder;
use relgraph::annotate::ner::iob::{SpanScore, TYPES, read_iob2, spans};

/// Measure a model against gold annotations.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, Subcommand)]
enum What {
    /// Entity spans against a UNER .iob2 file (exact span and type).
    Ner(NerArgs),
}

#[derive(Debug, clap::Args)]
struct NerArgs {
    /// Gold file (.iob2).
    gold: PathBuf,
    /// Print JSON: `precision`, `recall`, `f1`, `per_type`.
    #[arg(long)]
    json: bool,
    /// A model file to use instead of the embedded one.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Override the model's decoder (`viterbi` or `greedy`).
    #[arg(long)]
    decoder: Option<String>,
    /// Also print every sentence whose predicted spans differ from the gold ones.
    #[arg(long)]
    errors: bool,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    match args.what {
        What::Ner(a) => ner(a),
    }
}

fn ner(a: NerArgs) -> anyhow::Result<u8> {
    let mut tagger = match &a.model {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read model {}", p.display()))?;
            EntityTagger::from_bytes(&bytes, &p.display().to_string())?
        }
        None => EntityTagger::embedded().clone(),
    };
    if let Some(d) = &a.decoder {
        let d = Decoder::parse(d).with_context(|| format!("unknown decoder `{d}`; use `viterbi` or `greedy`"))?;
        tagger = tagger.with_decoder(d);
    }
    let gold = read_iob2(&a.gold)?;
    let mut score = SpanScore::default();
    for s in &gold {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let predicted = tagger.tag_words(&words, &[], &[]);
        score.add(&s.tags, &predicted);
        if a.errors && spans(&s.tags) != spans(&predicted) {
            let show = |tags: &[usize]| {
                spans(tags)
                    .iter()
                    .map(|x| format!("[{} {}]", TYPES[x.ty], words[x.start..x.end].join(" ")))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            println!("{}\n  gold: {}\n  pred: {}", words.join(" "), show(&s.tags), show(&predicted));
        }
    }
    if a.json {
        let per_type: serde_json::Map<String, serde_json::Value> = score
            .per_type
            .iter()
            .map(|(k, c)| {
                let v = serde_json::json!({
                    "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
                    "gold": c.gold, "predicted": c.predicted, "correct": c.correct,
                });
                (k.clone(), v)
            })
            .collect();
        let o = score.overall;
        let out = serde_json::json!({
            "precision": o.precision(), "recall": o.recall(), "f1": o.f1(),
            "gold": o.gold, "predicted": o.predicted, "correct": o.correct,
            "sentences": gold.len(), "decoder": tagger.decoder().as_str(),
            "per_type": per_type,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        println!("{:<8} {:>9} {:>9} {:>9} {:>6} {:>6}", "type", "precision", "recall", "f1", "gold", "pred");
        let rows = score.per_type.iter().map(|(k, c)| (k.as_str(), *c));
        for (k, c) in rows.chain([("overall", score.overall)]) {
            println!(
                "{:<8} {:>9.4} {:>9.4} {:>9.4} {:>6} {:>6}",
                k,
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold,
                c.predicted
            );
        }
    }
    Ok(0)
}
