//! `relgraph extract`: triples sentence by sentence, as CaRB tuples, readable text or JSONL.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::ValueEnum;
use relgraph::annotate::{ParserKind, Pipeline};
use relgraph::extract::{Extractor, OpenIeExtractor, pretok};
use relgraph::{Document, conllu};

use super::build::{ExtractorArg, ParserArg, StdinArg};

/// Extract relation triples from one file, or document records from a corpus.
///
/// `--format carb` reads one pre-tokenised sentence per line (as CaRB's dev.txt) and writes
/// `sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...`; `text` prints each sentence with its
/// triples; `jsonl` prints one JSON triple per line. `records` is the map step of a cluster job:
/// it reads any inputs `build` reads and prints one document record per line for `merge`.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Input file (`--format records`: files, directories or `-`, as `build` reads).
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// `records`: how to read `-`, one plain-text article or JSONL.
    #[arg(long, value_enum, default_value_t = StdinArg::Text)]
    stdin_format: StdinArg,
    /// `records`: which relation extractor to run (use the one `build` would).
    #[arg(long, value_enum, default_value_t = ExtractorArg::Openie)]
    extractor: ExtractorArg,
    /// Which dependency parser to run (`records`: use the one `build` would).
    #[arg(long, value_enum, default_value_t = ParserArg::Greedy)]
    parser: ParserArg,
    /// `records`: worker threads (default: one per core). Output is identical for any number.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Input lines are pre-tokenised sentences, tokens separated by spaces (implied by --format carb).
    #[arg(long)]
    tokenized: bool,
    /// Input is CoNLL-U with dependency trees: extract from those trees, run no models.
    #[arg(long)]
    conllu: bool,
    /// CaRB output: also one tuple per conjunct of a coordinated subject.
    #[arg(long)]
    split_subjects: bool,
}

const EXAMPLES: &str = "\
Examples:
  relgraph extract article.txt --format text
  relgraph extract news.jsonl --format records > part-1.jsonl
  cat news.jsonl | relgraph extract - --stdin-format jsonl --format records | relgraph merge - --out graph";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Carb,
    Text,
    /// One JSON triple per line.
    Jsonl,
    /// One document record per line (id, metadata, counts, triples with evidence, entities),
    /// in input order: the map step whose output `relgraph merge` reduces.
    Records,
}

/// Reads `path` into an annotated document: CoNLL-U trees as they are, pre-tokenised lines or raw
/// text through the embedded pipeline.
pub fn load(
    path: &Path,
    tokenized: bool,
    conllu_input: bool,
    parser: ParserKind,
) -> anyhow::Result<Document> {
    let id = path.display().to_string();
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {id}"))?;
    if conllu_input {
        let sentences = conllu::parse(&text, &id)?;
        return Ok(pretok::document_from_conllu(&id, &sentences));
    }
    let pipeline = Pipeline::embedded_with(parser)?;
    let doc = if tokenized {
        let lines: Vec<&str> = text
            .lines()
            .map(|l| l.trim_end_matches('\r'))
            .filter(|l| !l.trim().is_empty())
            .collect();
        let mut doc = pretok::document(&id, &lines);
        pretok::annotate_tokenized(&pipeline, &mut doc)?;
        doc
    } else {
        let mut doc = Document::new(&id, text);
        pipeline.annotate(&mut doc)?;
        doc
    };
    if doc
        .sentences
        .iter()
        .all(|s| s.tokens.iter().all(|t| t.deprel.is_empty()))
        && doc.token_count() > 0
    {
        bail!(
            "{id}: the embedded pipeline produced no dependency trees (this build has no parser); pass --conllu with parsed input"
        );
    }
    Ok(doc)
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    if args.format == Format::Records {
        return super::extract_records::run(
            &args.inputs,
            args.stdin_format.format(),
            super::build::extractor(args.extractor).as_ref(),
            args.parser.kind(),
            args.threads.map(usize::from),
        );
    }
    let [input] = &args.inputs[..] else {
        bail!(
            "--format {} reads one file; for a corpus use --format records",
            args.format
                .to_possible_value()
                .map_or_else(String::new, |v| v.get_name().to_string())
        );
    };
    let tokenized = args.tokenized || args.format == Format::Carb;
    let doc = load(input, tokenized, args.conllu, args.parser.kind())?;
    let extractor = OpenIeExtractor {
        split_subjects: args.split_subjects,
        ..OpenIeExtractor::new()
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Carb => write_carb(&mut out, &doc, &extractor)?,
        Format::Jsonl => {
            for t in extractor.extract(&doc) {
                serde_json::to_writer(&mut out, &t)?;
                writeln!(out)?;
            }
        }
        Format::Records => unreachable!("records are written above"),
        Format::Text => {
            let triples = extractor.extract(&doc);
            for (si, s) in doc.sentences.iter().enumerate() {
                writeln!(out, "{}", s.text(&doc).replace('\n', " "))?;
                for t in triples.iter().filter(|t| t.evidence.sentence == si) {
                    let mut flags = String::new();
                    if t.negated {
                        flags.push_str(" [negated]");
                    }
                    if let Some(m) = &t.modality {
                        flags.push_str(&format!(" [modality: {m}]"));
                    }
                    if let Some(a) = &t.attributed_to {
                        flags.push_str(&format!(" [attributed to: {a}]"));
                    }
                    writeln!(
                        out,
                        "  {:.2}  <{}> —{}→ <{}>   ({} | {} | {}){flags}",
                        t.confidence,
                        t.subject.name,
                        t.relation,
                        t.object.name,
                        t.subject.text,
                        t.surface,
                        t.object.text
                    )?;
                }
            }
        }
    }
    out.flush()?;
    Ok(super::exit::OK)
}

/// CaRB's tabbed format, one tuple per line, in sentence order.
pub fn write_carb(
    out: &mut impl Write,
    doc: &Document,
    extractor: &OpenIeExtractor,
) -> anyhow::Result<()> {
    for (si, s) in doc.sentences.iter().enumerate() {
        let sentence = doc.slice(s.span);
        for t in extractor.text_tuples(doc, si) {
            write!(out, "{sentence}\t{:.4}\t{}", t.confidence, t.relation)?;
            for (i, a) in t.args.iter().enumerate() {
                write!(out, "\t{a}")?;
                if i == 0 && t.args.len() == 1 {
                    write!(out, "\t")?; // arg2 is always written, even empty
                }
            }
            writeln!(out)?;
        }
    }
    Ok(())
}
