//! `relgraph eval`: score each stage against gold data: tokenize, pos, parse (CoNLL-U) and
//! carb (Open IE, scored as the official CaRB scorer).

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use std::time::Instant;

use relgraph::annotate::Pipeline;
use relgraph::annotate::PosTagger;
use relgraph::annotate::ner::EntityTagger;
use relgraph::annotate::ner::decode::Decoder;
use relgraph::annotate::ner::iob::{SpanScore, TYPES, documents, read_iob2, spans};
use relgraph::annotate::parse::Parser;
use relgraph::annotate::parse::score::AttachmentScore;
use relgraph::annotate::pos::TagScratch;
use relgraph::annotate::pos::eval::{evaluate_raw, evaluate_with, thread_cpu_ns, tokens_per_sec};
use relgraph::conllu;
use relgraph::document::Token;
use relgraph::extract::carb::{self, Score};
use relgraph::extract::{OpenIeExtractor, pretok};

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
    ///
    /// With --raw the tagger starts from the raw text instead (rebuilt as `eval tokenize` does):
    /// it also reports token and sentence-boundary F1, and scores tags on the words whose span
    /// matches a gold word.
    ///
    /// Example: relgraph eval pos ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu --raw --json
    Pos(PosArgs),
    /// Dependency parser: UAS and LAS, punctuation included (CoNLL 2018 style).
    Parse(ParseArgs),
    /// Open IE on CaRB: P/R/F1 at the best threshold and AUC, scored as the official CaRB scorer.
    Carb(CarbArgs),
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
    /// Tokenize and split the raw text of the file before tagging; adds `token_f1` and
    /// `sentence_f1`, and tag accuracy is over the aligned words (`tokens`).
    #[arg(long)]
    raw: bool,
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
        What::Parse(a) => run_parse(a),
        What::Carb(a) => carb_eval(a),
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
    let want_output = a.output.is_some();
    let c;
    let raw;
    let forms: Vec<Vec<&str>>;
    let tagged;
    if a.raw {
        tagged = evaluate_raw(tagger, &gold);
        let doc = &tagged.doc;
        for (n, sent) in doc.sentences.iter().enumerate().filter(|_| want_output) {
            let id = (n + 1).to_string();
            conllu::write_sentence(&mut pred_out, &id, sent.text(doc), &sent.tokens);
        }
        c = tagged.counts;
        raw = Some(&tagged);
        forms = doc
            .sentences
            .iter()
            .map(|s| s.tokens.iter().map(|t| t.form.as_str()).collect())
            .collect();
    } else {
        let mut n = 0;
        c = evaluate_with(tagger, &gold, |g, p| {
            if want_output {
                n += 1;
                let text: Vec<&str> = g.iter().map(|t| t.form.as_str()).collect();
                conllu::write_sentence(&mut pred_out, &n.to_string(), &text.join(" "), p);
            }
        });
        raw = None;
        forms = gold
            .iter()
            .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
            .collect();
    }
    if let Some(path) = &a.output {
        std::fs::write(path, &pred_out).map_err(|e| relgraph::Error::io(path, e))?;
    }
    let tps = tokens_per_sec(tagger, &forms, 1.0);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if a.json {
        let mut v = serde_json::json!({
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
        if let Some(r) = raw {
            let s = &r.segmentation;
            let extra = serde_json::json!({
                "token_f1": s.token_f1,
                "token_precision": s.token_precision,
                "token_recall": s.token_recall,
                "sentence_f1": s.sentence_f1,
                "sentence_precision": s.sentence_precision,
                "sentence_recall": s.sentence_recall,
                "gold_words": r.gold_words,
                "system_words": r.system_words,
            });
            if let (Some(o), serde_json::Value::Object(e)) = (v.as_object_mut(), extra) {
                o.extend(e);
            }
        }
        writeln!(out, "{v}")?;
    } else {
        let pct = |x: f64| format!("{:.2}%", 100.0 * x);
        if let Some(r) = raw {
            let s = &r.segmentation;
            writeln!(
                out,
                "tokens F1       {} (P {}, R {})",
                pct(s.token_f1),
                pct(s.token_precision),
                pct(s.token_recall)
            )?;
            writeln!(
                out,
                "sentences F1    {} (P {}, R {})",
                pct(s.sentence_f1),
                pct(s.sentence_precision),
                pct(s.sentence_recall)
            )?;
            writeln!(
                out,
                "words           {} aligned of {} gold, {} system",
                c.tokens, r.gold_words, r.system_words
            )?;
        } else {
            writeln!(out, "tokens          {}", c.tokens)?;
        }
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

#[derive(Debug, clap::Args)]
struct ParseArgs {
    /// Gold treebank (CoNLL-U), e.g. en_ewt-ud-dev.conllu.
    gold: PathBuf,
    /// Parse with the gold POS tags and lemmas of the file instead of the tagger's.
    #[arg(long)]
    gold_pos: bool,
    /// Print one JSON object (uas, las, las_universal, tokens, tokens_per_sec,
    /// tokens_per_cpu_sec, pos, beam).
    #[arg(long)]
    json: bool,
    /// Use this parser model file instead of the embedded parser.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Which embedded parser to score (without --model).
    #[arg(long, value_enum, default_value_t = super::build::ParserArg::Greedy)]
    parser: super::build::ParserArg,
    /// Use this POS model file instead of the embedded tagger.
    #[arg(long)]
    pos_model: Option<PathBuf>,
    /// Drop parser weights with magnitude at most this before evaluating (to measure pruning).
    #[arg(long)]
    prune: Option<f32>,
    /// Decode with beam search over this many hypotheses (1 = the greedy decoder) instead of
    /// the width the model was trained for (stored in the model file).
    #[arg(long)]
    beam: Option<usize>,
    /// Write the (pruned) parser model that was evaluated to this file.
    #[arg(long)]
    save_model: Option<PathBuf>,
    /// Also write the parses as CoNLL-U to this file (for error analysis).
    #[arg(long)]
    output: Option<PathBuf>,
}

fn run_parse(a: ParseArgs) -> anyhow::Result<u8> {
    let (bytes, name) = match &a.model {
        Some(path) => (
            std::fs::read(path).with_context(|| format!("reading {}", path.display()))?,
            path.display().to_string(),
        ),
        None => (
            a.parser.kind().file().to_vec(),
            format!("the embedded {}", a.parser.kind().path()),
        ),
    };
    let parser = match a.prune {
        Some(min) => Parser::from_bytes_pruned(&bytes, &name, min)?,
        None => Parser::from_bytes(&bytes, &name)?,
    };
    let parser = match a.beam {
        Some(width) => parser.with_beam(width),
        None => parser,
    };
    let parser = &parser;
    if let Some(path) = &a.save_model {
        let bytes = parser.to_bytes();
        std::fs::write(path, &bytes).with_context(|| format!("writing {}", path.display()))?;
        eprintln!(
            "wrote {} ({} bytes, {} features)",
            path.display(),
            bytes.len(),
            parser.n_features()
        );
    }
    let owned_tagger;
    let tagger = match &a.pos_model {
        Some(path) => {
            let bytes =
                std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            owned_tagger = PosTagger::from_bytes(&bytes, &path.display().to_string())?;
            &owned_tagger
        }
        None => PosTagger::embedded(),
    };
    let gold = conllu::read(&a.gold)?;
    let mut sentences: Vec<_> = gold.iter().map(|s| s.to_sentence(0).0).collect();
    let doc_sizes: Vec<usize> = relgraph::annotate::pos::eval::documents(&gold)
        .map(<[_]>::len)
        .collect();
    for t in sentences.iter_mut().flat_map(|s| s.tokens.iter_mut()) {
        t.head = 0;
        t.deprel.clear();
        if !a.gold_pos {
            t.upos.clear();
            t.xpos.clear();
            t.lemma.clear();
            t.feats.clear();
        }
    }
    // Timed: tagging (unless --gold-pos) and parsing, one thread. The whole file is processed
    // again until a second has passed (every pass gives the same output), for a stable number.
    let start = Instant::now();
    let cpu0 = thread_cpu_ns();
    let mut tag_scratch = TagScratch::default();
    let mut scratch = Default::default();
    let mut passes = 0usize;
    let secs = loop {
        // A document at a time, as the pipeline tags them.
        let mut rest = sentences.as_mut_slice();
        for &n in &doc_sizes {
            let (doc, tail) = rest.split_at_mut(n);
            rest = tail;
            if !a.gold_pos {
                let mut views: Vec<&mut [Token]> = doc
                    .iter_mut()
                    .filter(|s| !s.tokens.is_empty())
                    .map(|s| s.tokens.as_mut_slice())
                    .collect();
                tagger.tag_sentences(&mut views, &mut tag_scratch);
            }
            for s in doc.iter_mut().filter(|s| !s.tokens.is_empty()) {
                parser.parse_tokens(&mut s.tokens, &mut scratch);
            }
        }
        passes += 1;
        let secs = start.elapsed().as_secs_f64();
        if secs >= 1.0 {
            break secs;
        }
    };
    let cpu_secs = match (cpu0, thread_cpu_ns()) {
        (Some(a), Some(b)) if b > a => (b - a) as f64 / 1e9,
        _ => secs,
    };
    if let Some(path) = &a.output {
        let mut text = String::new();
        for (n, (g, p)) in gold.iter().zip(&sentences).enumerate() {
            let words: Vec<&str> = g.words.iter().map(|w| w.form.as_str()).collect();
            conllu::write_sentence(&mut text, &(n + 1).to_string(), &words.join(" "), &p.tokens);
        }
        std::fs::write(path, &text).map_err(|e| relgraph::Error::io(path, e))?;
    }
    let mut score = AttachmentScore::default();
    for (g, p) in gold.iter().zip(&sentences) {
        score.add(
            g.words.iter().map(|w| (w.head, w.deprel.as_str())),
            p.tokens.iter().map(|t| (t.head, t.deprel.as_str())),
        );
    }
    let per_sec = |secs: f64| {
        if secs > 0.0 {
            (passes * score.tokens) as f64 / secs
        } else {
            0.0
        }
    };
    let (tokens_per_sec, tokens_per_cpu_sec) = (per_sec(secs), per_sec(cpu_secs));
    let pos = if a.gold_pos { "gold" } else { "predicted" };
    if a.json {
        let v = serde_json::json!({
            "uas": score.uas(),
            "las": score.las(),
            "las_universal": score.las_universal(),
            "tokens": score.tokens,
            "tokens_per_sec": tokens_per_sec.round(),
            "tokens_per_cpu_sec": tokens_per_cpu_sec.round(),
            "pos": pos,
            "beam": parser.beam(),
        });
        println!("{v}");
    } else {
        println!("tokens          {}", score.tokens);
        println!("beam            {} (1 = greedy decoding)", parser.beam());
        println!("UAS             {:.2}%", 100.0 * score.uas());
        println!("LAS             {:.2}%", 100.0 * score.las());
        println!("LAS (universal) {:.2}%", 100.0 * score.las_universal());
        let what = if a.gold_pos {
            "parsing only"
        } else {
            "tagging + parsing"
        };
        println!("tokens/s        {tokens_per_sec:.0} ({what}, one thread, {pos} POS)");
        println!("tokens/CPU s    {tokens_per_cpu_sec:.0} (the same per second on a CPU)");
    }
    Ok(super::exit::OK)
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
    /// Which dependency parser to run.
    #[arg(long, value_enum, default_value_t = super::build::ParserArg::Greedy)]
    parser: super::build::ParserArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum SystemFormat {
    Carb,
    Openie5,
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
                None => pretok::annotate_tokenized(
                    &Pipeline::embedded_with(a.parser.kind())?,
                    &mut doc,
                )?,
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
    // Each document is tagged as a whole, as `relgraph build` tags an article.
    let mut tagged: Vec<Vec<usize>> = Vec::with_capacity(gold.len());
    for range in documents(&gold) {
        let words: Vec<Vec<&str>> = gold[range]
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        tagged.extend(tagger.tag_document(&words, &[], &[]));
    }
    for (s, predicted) in gold.iter().zip(tagged) {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
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
