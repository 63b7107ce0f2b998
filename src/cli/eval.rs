//! `relgraph eval`: score each stage against gold data (tokenize, pos, ...).

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;
use relgraph::annotate::PosTagger;
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
    /// Tokenization and sentence-boundary P/R/F1 from the raw text of a CoNLL-U file.
    ///
    /// The raw text is rebuilt from `# text` comments (paragraphs from `# newpar`/`# newdoc`),
    /// then tokens are aligned on character offsets, multiword tokens counted once.
    ///
    /// Example: relgraph eval tokenize ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu --json
    Tokenize(super::eval_tokenize::TokenizeArgs),
    /// UPOS, XPOS, lemma and feature accuracy on the gold tokens of a CoNLL-U file.
    Pos(PosArgs),
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
        What::Tokenize(a) => super::eval_tokenize::tokenize(a),
        What::Pos(a) => run_pos(a),
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
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
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
        writeln!(out, "{v}")?;
    } else {
        let pct = |x: f64| format!("{:.2}%", 100.0 * x);
        writeln!(out, "tokens          {}", c.tokens)?;
        writeln!(out, "UPOS            {}", pct(c.upos_acc()))?;
        writeln!(out, "XPOS            {}", pct(c.xpos_acc()))?;
        writeln!(out, "UFeats          {}", pct(c.feats_acc()))?;
        writeln!(out, "lemma           {}", pct(c.lemma_acc()))?;
        writeln!(
            out,
            "tokens/s        {:.0} (tagging only, one thread, wall clock)",
            tps.wall
        )?;
        writeln!(
            out,
            "tokens/CPU-s    {:.0} (same, per second of CPU time)",
            tps.cpu
        )?;
        writeln!(
            out,
            "model           {} bytes, decoded in {:.1} ms",
            file.len(),
            decode_ms
        )?;
    }
    Ok(super::exit::OK)
}
