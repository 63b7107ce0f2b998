//! `relgraph eval`: measure a stage on a development set (`eval pos` for the tagger, `eval carb`
//! for Open IE).

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use relgraph::annotate::Pipeline;
use relgraph::annotate::PosTagger;
use relgraph::annotate::pos::eval::{evaluate_with, tokens_per_sec};
use relgraph::conllu;
use relgraph::extract::carb::{self, Score};
use relgraph::extract::{OpenIeExtractor, pretok};

/// Measure a stage on a development set.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    which: Which,
}

#[derive(Debug, clap::Subcommand)]
enum Which {
    /// UPOS, XPOS, lemma and feature accuracy on the gold tokens of a CoNLL-U file.
    Pos(PosArgs),
    /// Open IE on CaRB: P/R/F1 at the best threshold and AUC, scored as the official CaRB scorer.
    Carb(CarbArgs),
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

#[derive(Debug, clap::Args)]
struct CarbArgs {
    /// Pre-tokenised sentences, one per line (CaRB's dev.txt).
    #[arg(long)]
    sentences: PathBuf,
    /// Gold tuples (CaRB's gold/dev.tsv).
    #[arg(long)]
    gold: PathBuf,
    /// Score this system output instead of running relgraph's extractor.
    #[arg(long)]
    system: Option<PathBuf>,
    /// Format of --system.
    #[arg(long, value_enum, default_value_t = SystemFormat::Carb)]
    system_format: SystemFormat,
    /// Print JSON (`precision`, `recall`, `f1`, `auc`, `threshold`).
    #[arg(long)]
    json: bool,
    /// Also one tuple per conjunct of a coordinated subject.
    #[arg(long)]
    split_subjects: bool,
    /// Take tags and trees from this CoNLL-U file (one sentence per line of --sentences) instead
    /// of running the embedded tagger and parser.
    #[arg(long)]
    parsed: Option<PathBuf>,
    /// Also write relgraph's tuples (CaRB tabbed format) to this file.
    #[arg(long)]
    write: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum SystemFormat {
    Carb,
    Openie5,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    match args.which {
        Which::Pos(a) => run_pos(a),
        Which::Carb(a) => carb_eval(a),
    }
}

fn read(path: &PathBuf) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

fn carb_eval(a: CarbArgs) -> anyhow::Result<u8> {
    let gold = carb::read_gold(&read(&a.gold)?);
    let name = |p: &PathBuf| p.display().to_string();
    let system = match &a.system {
        Some(p) => match a.system_format {
            SystemFormat::Carb => carb::read_tabbed(&read(p)?, &name(p))?,
            SystemFormat::Openie5 => carb::read_openie5(&read(p)?, &name(p))?,
        },
        None => {
            let text = read(&a.sentences)?;
            let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
            let mut doc = pretok::document(&name(&a.sentences), &lines);
            let t0 = Instant::now();
            match &a.parsed {
                Some(p) => pretok::copy_annotation(&mut doc, &conllu::read(p)?, &name(p))?,
                None => pretok::annotate_tokenized(&Pipeline::embedded()?, &mut doc)?,
            }
            let annotate = t0.elapsed();
            if doc
                .sentences
                .iter()
                .all(|s| s.tokens.iter().all(|t| t.deprel.is_empty()))
            {
                anyhow::bail!(
                    "the embedded pipeline produced no dependency trees (this build has no parser); score a file with --system instead"
                );
            }
            let extractor = OpenIeExtractor {
                split_subjects: a.split_subjects,
                ..OpenIeExtractor::new()
            };
            let t1 = Instant::now();
            let mut out = Vec::new();
            super::extract::write_carb(&mut out, &doc, &extractor)?;
            let extract = t1.elapsed();
            eprintln!(
                "timing: tag+parse {:.3}s, extract {:.3}s ({:.1}% of tag+parse), {} tokens",
                annotate.as_secs_f64(),
                extract.as_secs_f64(),
                100.0 * extract.as_secs_f64() / annotate.as_secs_f64().max(1e-9),
                doc.token_count()
            );
            if let Some(w) = &a.write {
                std::fs::write(w, &out).with_context(|| format!("cannot write {}", w.display()))?;
            }
            carb::read_tabbed(&String::from_utf8(out)?, "relgraph")?
        }
    };
    print(carb::score(&gold, &system), a.json)?;
    Ok(super::exit::OK)
}

fn print(s: Score, json: bool) -> anyhow::Result<()> {
    if json {
        println!("{}", serde_json::to_string(&s)?);
    } else {
        println!(
            "precision {:.3}  recall {:.3}  f1 {:.3}  auc {:.3}  threshold {}",
            s.precision, s.recall, s.f1, s.auc, s.threshold
        );
    }
    Ok(())
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
            "tokens_per_sec": tps.round(),
        });
        println!("{v}");
    } else {
        println!("tokens          {}", c.tokens);
        println!("UPOS            {:.2}%", 100.0 * c.upos_acc());
        println!("XPOS            {:.2}%", 100.0 * c.xpos_acc());
        println!("UFeats          {:.2}%", 100.0 * c.feats_acc());
        println!("lemma           {:.2}%", 100.0 * c.lemma_acc());
        println!("tokens/s        {:.0} (tagging only, one thread)", tps);
    }
    Ok(super::exit::OK)
}
