//! `relgraph build`: read news text, annotate, extract triples, write the graph in every format.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use clap::ValueEnum;
use rayon::prelude::*;

use relgraph::Document;
use relgraph::annotate::Pipeline;
use relgraph::export::{self, ExportFormat};
use relgraph::extract::baseline::BaselineExtractor;
use relgraph::extract::{Extractor, OpenIeExtractor, Triple};
use relgraph::graph::KnowledgeGraph;
use relgraph::input::{self, StdinFormat};

use super::exit;

const EXAMPLES: &str = "\
Examples:
  relgraph build examples/diplomacy-call.txt --out output
  relgraph build news/ --out graph --format json,graphml
  cat articles.jsonl | relgraph build - --stdin-format jsonl --out graph

Inputs are .txt/.md files (one article each), .jsonl files (one JSON object per line with
\"id\", \"text\" and optional \"title\", \"date\", \"url\"), directories (searched recursively for
those extensions) and `-` for stdin. A document that cannot be read is named in a warning and
skipped; the others are still processed.

Exit codes: 0 all inputs processed; 3 output written but some inputs skipped; 1 nothing could
be processed (no output written) or a fatal error; 2 bad command line.";

/// Build a knowledge graph from news articles.
///
/// Writes graph.json (always) plus the chosen export formats into the output directory, then
/// prints the written paths on stdout and a one-line summary on stderr.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Files, directories or `-` (stdin).
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Output directory (created if missing).
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// Formats to write, comma-separated; graph.json is always written.
    #[arg(long, short, value_enum, value_delimiter = ',', default_value = "all")]
    format: Vec<FormatArg>,
    /// How to read `-`: one plain-text article, or JSONL.
    #[arg(long, value_enum, default_value_t = StdinArg::Text)]
    stdin_format: StdinArg,
    /// Which relation extractor to run.
    #[arg(long, value_enum, default_value_t = ExtractorArg::Openie)]
    extractor: ExtractorArg,
    /// Print only warnings and errors: no file list, no summary.
    #[arg(long, short)]
    quiet: bool,
    /// Keep documents with invalid UTF-8, replacing bad bytes with U+FFFD (each such document
    /// is named in a warning). Without it they are skipped.
    #[arg(long)]
    lossy: bool,
    /// Refuse documents (files, stdin, JSONL lines) over this many bytes, naming each.
    #[arg(long, value_name = "BYTES", default_value_t = input::DEFAULT_MAX_DOC_BYTES)]
    max_doc_bytes: usize,
    /// In nodes.csv/edges.csv, prefix cells starting with = + - @ with ' so spreadsheets do
    /// not run them as formulas (Neo4j then stores the ').
    #[arg(long)]
    safe_csv: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Json,
    Dot,
    Graphml,
    Csv,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum StdinArg {
    Text,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExtractorArg {
    /// Clause-based Open IE over dependency trees (the default).
    Openie,
    /// Proper-noun runs linked by the verb between them (simple, low recall).
    Baseline,
}

/// The extractor behind each `--extractor` value: the one place to switch the default.
fn extractor(choice: ExtractorArg) -> Box<dyn Extractor> {
    match choice {
        ExtractorArg::Openie => Box::new(OpenIeExtractor::new()),
        ExtractorArg::Baseline => Box::new(BaselineExtractor),
    }
}

/// The formats to write: graph.json first and always, then each requested format once.
fn formats(args: &[FormatArg]) -> Vec<ExportFormat> {
    let mut out = vec![ExportFormat::Json];
    for a in args {
        let more: &[ExportFormat] = match a {
            FormatArg::Json => &[],
            FormatArg::Dot => &[ExportFormat::Dot],
            FormatArg::Graphml => &[ExportFormat::GraphMl],
            FormatArg::Csv => &[ExportFormat::Csv],
            FormatArg::All => &[ExportFormat::Dot, ExportFormat::GraphMl, ExportFormat::Csv],
        };
        for f in more {
            if !out.contains(f) {
                out.push(*f);
            }
        }
    }
    out
}

/// Documents annotated in parallel at a time: enough to keep every core busy, few enough that
/// memory stays bounded however large the corpus is.
const BATCH: usize = 64;

/// What one document gives: sentence and token counts plus its triples, or why it was skipped.
type Processed = Result<(usize, usize, Vec<Triple>), String>;

/// Annotates and extracts one document read from the inputs.
fn process(
    item: relgraph::Result<Document>,
    pipeline: &Pipeline,
    extractor: &dyn Extractor,
) -> Processed {
    let mut doc = item.map_err(|e| e.to_string())?;
    pipeline
        .annotate(&mut doc)
        .map_err(|e| format!("{}: {e}; the document was skipped", doc.id))?;
    Ok((
        doc.sentences.len(),
        doc.token_count(),
        extractor.extract(&doc),
    ))
}

/// `1 edge`, `2 edges`.
fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// Counts for the closing summary line.
#[derive(Debug, Default)]
struct Stats {
    read: usize,
    skipped: usize,
    sentences: usize,
    tokens: usize,
    triples: usize,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let started = Instant::now();
    let pipeline = Pipeline::embedded().context("cannot load the embedded models")?;
    let extractor = extractor(args.extractor);
    let stdin_format = match args.stdin_format {
        StdinArg::Text => StdinFormat::Text,
        StdinArg::Jsonl => StdinFormat::Jsonl,
    };
    let mut graph = KnowledgeGraph::new();
    let mut stats = Stats::default();
    let mut docs = input::read(&args.inputs, stdin_format)
        .lossy(args.lossy)
        .max_doc_bytes(args.max_doc_bytes);
    loop {
        let batch: Vec<_> = docs.by_ref().take(BATCH).collect();
        for note in docs.take_warnings() {
            eprintln!("warning: {note}");
        }
        if batch.is_empty() {
            break;
        }
        let results: Vec<Processed> = batch
            .into_par_iter()
            .map(|item| process(item, &pipeline, extractor.as_ref()))
            .collect();
        // Merged in input order, so the graph never depends on thread scheduling.
        for result in results {
            match result {
                Ok((sentences, tokens, triples)) => {
                    stats.read += 1;
                    stats.sentences += sentences;
                    stats.tokens += tokens;
                    stats.triples += triples.len();
                    for triple in &triples {
                        graph.add_triple(triple);
                    }
                }
                Err(message) => {
                    eprintln!("warning: {message}");
                    stats.skipped += 1;
                }
            }
        }
    }
    let summary = |nodes: usize, edges: usize| {
        if !args.quiet {
            eprintln!(
                "relgraph: {} read, {} skipped; {}, {}; {} -> {}, {}; {:.2} s",
                count(stats.read, "document"),
                stats.skipped,
                count(stats.sentences, "sentence"),
                count(stats.tokens, "token"),
                count(stats.triples, "triple"),
                count(nodes, "node"),
                count(edges, "edge"),
                started.elapsed().as_secs_f64()
            );
        }
    };
    if stats.read == 0 {
        summary(0, 0);
        eprintln!(
            "error: no document could be processed, so nothing was written; fix the inputs named above"
        );
        return Ok(exit::ERROR);
    }
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create output directory {}", args.out.display()))?;
    let write = if args.safe_csv {
        export::csv::write_all_safe
    } else {
        export::write_all
    };
    let written = write(&graph, &args.out, &formats(&args.format))
        .with_context(|| format!("cannot write the graph into {}", args.out.display()))?;
    if !args.quiet {
        let mut stdout = std::io::stdout().lock();
        for path in &written {
            writeln!(stdout, "{}", path.display())?;
        }
        stdout.flush()?;
    }
    summary(graph.node_count(), graph.edge_count());
    Ok(if stats.skipped > 0 {
        exit::PARTIAL
    } else {
        exit::OK
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_always_start_with_json_and_never_repeat() {
        use ExportFormat::*;
        use FormatArg as F;
        for (args, want) in [
            (&[F::All][..], &[Json, Dot, GraphMl, Csv][..]),
            (&[F::Csv], &[Json, Csv]),
            (&[F::Json], &[Json]),
            (&[F::Dot, F::All, F::Dot], &[Json, Dot, GraphMl, Csv]),
        ] {
            assert_eq!(formats(args), want, "{args:?}");
        }
    }
}
