//! `relgraph eval pos`: accuracy of the embedded tagger on gold CoNLL-U tokens.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use relgraph::annotate::PosTagger;
use relgraph::annotate::ner::EntityTagger;
use relgraph::annotate::ner::decode::Decoder;
use relgraph::annotate::ner::iob::{SpanScore, TYPES, read_iob2, spans};
use relgraph::annotate::pos::eval::{evaluate_with, tokens_per_sec};
use relgraph::conllu;

/// Measure a model against gold annotations.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, Subcommand)]
enum What {
    /// UPOS, XPOS, lemma and feature accuracy on the gold tokens of a CoNLL-U file.
    Pos(PosArgs),
    /// Entity spans against a UNER .iob2 file (exact span and type).
    Ner(NerArgs),
}

#[derive(Debug, clap::Args)]
struct PosArgs {
    /// Gold treebank (CoNLL-U).
    gold: PathBuf,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,
    /// Also write the predictions as CoNLL-U to this file (for error analysis).
    #[arg(long)]
    output: Option<PathBuf>,
    /// Model file to evaluate instead of the embedded one.
    #[arg(long)]
    model: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    match args.what {
        What::Pos(a) => run_pos(a),
        What::Ner(a) => ner(a),
    }
}

fn run_pos(a: PosArgs) -> anyhow::Result<u8> {
    let gold = conllu::read(&a.gold)?;
    let owned;
    let tagger: &PosTagger = match &a.model {
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|e| relgraph::Error::io(p, e))?;
            owned = PosTagger::from_bytes(&bytes, &p.display().to_string())?;
            &owned
        }
        None => PosTagger::embedded(),
    };
    // Startup cost: decoding the model file once (what the embedded LazyLock pays).
    let file = match &a.model {
        Some(p) => std::fs::read(p).map_err(|e| relgraph::Error::io(p, e))?,
        None => relgraph::model::pos_file().to_vec(),
    };
    let t0 = std::time::Instant::now();
    PosTagger::from_bytes(&file, "pos.bin")?;
    let decode_ms = t0.elapsed().as_secs_f64() * 1e3;
    let mut pred_out = String::new();
    let mut n = 0;
    let c = evaluate_with(tagger, &gold, |g, p| {
        if a.output.is_some() {
            n += 1;
            let text: String = g
                .iter()
                .map(|t| t.form.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            conllu::write_sentence(&mut pred_out, &n.to_string(), &text, p);
        }
    });
    if let Some(path) = &a.output {
        std::fs::write(path, &pred_out).map_err(|e| relgraph::Error::io(path, e))?;
    }
    let forms: Vec<Vec<&str>> = gold
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
        .collect();
    let tps = tokens_per_sec(tagger, &forms, 1.0);
    if a.json {
        let v = serde_json::json!({
            "upos": c.upos_acc(),
            "xpos": c.xpos_acc(),
            "lemma": c.lemma_acc(),
            "feats": c.feats_acc(),
            "tokens": c.tokens,
            "tokens_per_sec": tps.wall.round(),
            "tokens_per_cpu_sec": tps.cpu.round(),
            "model_bytes": file.len(),
            "decode_ms": decode_ms,
        });
        println!("{v}");
    } else {
        println!("tokens          {}", c.tokens);
        println!("UPOS            {:.2}%", 100.0 * c.upos_acc());
        println!("XPOS            {:.2}%", 100.0 * c.xpos_acc());
        println!("UFeats          {:.2}%", 100.0 * c.feats_acc());
        println!("lemma           {:.2}%", 100.0 * c.lemma_acc());
        println!(
            "tokens/s        {:.0} (tagging only, one thread, wall clock)",
            tps.wall
        );
        println!(
            "tokens/CPU-s    {:.0} (same, per second of CPU time)",
            tps.cpu
        );
        println!(
            "model           {} bytes, decoded in {:.1} ms",
            file.len(),
            decode_ms
        );
    }
    Ok(super::exit::OK)
}

#[derive(Debug, clap::Args)]
struct NerArgs {
    /// Gold file: UNER .iob2, or a GUM .conllu (named person/organization/place mentions).
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

fn ner(a: NerArgs) -> anyhow::Result<u8> {
    let mut tagger = match &a.model {
        Some(p) => {
            let bytes =
                std::fs::read(p).with_context(|| format!("cannot read model {}", p.display()))?;
            EntityTagger::from_bytes(&bytes, &p.display().to_string())?
        }
        None => EntityTagger::embedded().clone(),
    };
    if let Some(d) = &a.decoder {
        let d = Decoder::parse(d)
            .with_context(|| format!("unknown decoder `{d}`; use `viterbi` or `greedy`"))?;
        tagger = tagger.with_decoder(d);
    }
    // A CoNLL-U file is read as GUM: named PER/ORG/LOC spans from its Entity annotation.
    let gold = if a.gold.extension().is_some_and(|e| e == "conllu") {
        relgraph::annotate::ner::gum::gum_to_iob(&conllu::read(&a.gold)?)
    } else {
        read_iob2(&a.gold)?
    };
    let mut out = std::io::stdout().lock();
    let mut score = SpanScore::default();
    for s in &gold {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let predicted = tagger.tag_plain(&words);
        score.add(&s.tags, &predicted);
        if a.errors && spans(&s.tags) != spans(&predicted) {
            let show = |tags: &[usize]| {
                spans(tags)
                    .iter()
                    .map(|x| format!("[{} {}]", TYPES[x.ty], words[x.start..x.end].join(" ")))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            writeln!(
                out,
                "{}\n  gold: {}\n  pred: {}",
                words.join(" "),
                show(&s.tags),
                show(&predicted)
            )?;
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
        let json = serde_json::json!({
            "precision": o.precision(), "recall": o.recall(), "f1": o.f1(),
            "gold": o.gold, "predicted": o.predicted, "correct": o.correct,
            "sentences": gold.len(), "decoder": tagger.decoder().as_str(),
            "per_type": per_type,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
    } else {
        writeln!(
            out,
            "{:<8} {:>9} {:>9} {:>9} {:>6} {:>6}",
            "type", "precision", "recall", "f1", "gold", "pred"
        )?;
        let rows = score.per_type.iter().map(|(k, c)| (k.as_str(), *c));
        for (k, c) in rows.chain([("overall", score.overall)]) {
            writeln!(
                out,
                "{:<8} {:>9.4} {:>9.4} {:>9.4} {:>6} {:>6}",
                k,
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold,
                c.predicted
            )?;
        }
    }
    Ok(0)
}
