//! `relgraph build`: read news text, annotate, extract triples, write the graph in every format.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use clap::ValueEnum;
use relgraph::annotate::{ParserKind, Pipeline};
use relgraph::corpus;
use relgraph::export::{self, ExportFormat};
use relgraph::extract::baseline::BaselineExtractor;
use relgraph::extract::{Extractor, OpenIeExtractor};
use relgraph::graph::KnowledgeGraph;
use relgraph::graph::alias::NoMerge;
use relgraph::input::{self, StdinFormat};

use super::exit;
use super::progress::{Progress, Verbosity};

const EXAMPLES: &str = "\
Examples:
  relgraph build examples/diplomacy-call.txt --out output
  relgraph build news/ --out graph --format json,graphml
  cat articles.jsonl | relgraph build - --stdin-format jsonl --out graph
  relgraph build archive/2024.jsonl.gz --out graph --threads 2
  relgraph build new-articles/ --into graph

Inputs are .txt/.md files (one article each), .jsonl files (one JSON object per line with
\"id\", \"text\" and optional \"title\", \"date\", \"url\"; gzip-compressed .jsonl.gz and
gzip on stdin work too), directories (searched recursively for those extensions) and `-` for
stdin. Documents stream through in batches, so memory grows with the graph, not the corpus. A document that cannot be read is named in a warning and
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
    #[arg(
        long,
        short,
        value_name = "DIR",
        required_unless_present = "into",
        conflicts_with = "into"
    )]
    out: Option<PathBuf>,
    /// Add the inputs to the graph already in DIR (its graph.json) and rewrite its files: the
    /// same files as one build over all the articles.
    #[arg(long, value_name = "DIR")]
    into: Option<PathBuf>,
    /// Worker threads (default: one per core). Output is identical for any number.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Formats to write, comma-separated; graph.json is always written.
    #[arg(long, short, value_enum, value_delimiter = ',', default_value = "all")]
    format: Vec<FormatArg>,
    /// How to read `-`: one plain-text article, or JSONL.
    #[arg(long, value_enum, default_value_t = StdinArg::Text)]
    stdin_format: StdinArg,
    /// Which relation extractor to run.
    #[arg(long, value_enum, default_value_t = ExtractorArg::Openie)]
    extractor: ExtractorArg,
    /// Which dependency parser to run.
    #[arg(long, value_enum, default_value_t = ParserArg::Greedy)]
    parser: ParserArg,
    /// Print only warnings and errors: no file list, no summary.
    #[arg(long, short, conflicts_with = "verbose")]
    quiet: bool,
    /// Also print one line per document on stderr.
    #[arg(long, short)]
    verbose: bool,
    /// Names never to merge across documents: one `NAME<TAB>NAME` or `NAME = NAME` pair a line.
    #[arg(long, value_name = "FILE", conflicts_with = "no_alias")]
    no_merge: Option<PathBuf>,
    /// Skip cross-document aliasing: differently spelled names stay separate nodes.
    #[arg(long)]
    no_alias: bool,
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

/// The pairs of `--no-merge FILE` (none without the option).
fn no_merge(path: Option<&std::path::Path>) -> anyhow::Result<NoMerge> {
    let Some(path) = path else {
        return Ok(NoMerge::default());
    };
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the --no-merge file {}", path.display()))?;
    NoMerge::parse(&text).map_err(|e| {
        anyhow::anyhow!(
            "{}: {e}; write one pair of names a line, separated by a tab or `=`",
            path.display()
        )
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum FormatArg {
    Json,
    Dot,
    Graphml,
    Csv,
    Gexf,
    Nodelink,
    Cytoscape,
    Jsonl,
    Cypher,
    Html,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum StdinArg {
    Text,
    Jsonl,
}

impl StdinArg {
    pub(super) fn format(self) -> StdinFormat {
        match self {
            StdinArg::Text => StdinFormat::Text,
            StdinArg::Jsonl => StdinFormat::Jsonl,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum ParserArg {
    /// Greedy decoding (the default): about five times faster than `beam`.
    Greedy,
    /// Beam search over 8 hypotheses: more accurate trees (EWT dev LAS +0.6, GUM dev +1.1).
    Beam,
}

impl ParserArg {
    pub(super) fn kind(self) -> ParserKind {
        match self {
            ParserArg::Beam => ParserKind::Beam,
            ParserArg::Greedy => ParserKind::Greedy,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum ExtractorArg {
    /// Clause-based Open IE over dependency trees (the default).
    Openie,
    /// Proper-noun runs linked by the verb between them (simple, low recall).
    Baseline,
}

/// The extractor behind each `--extractor` value: the one place to switch the default.
pub(super) fn extractor(choice: ExtractorArg) -> Box<dyn Extractor> {
    match choice {
        ExtractorArg::Openie => Box::new(OpenIeExtractor::new()),
        ExtractorArg::Baseline => Box::new(BaselineExtractor),
    }
}

/// The formats to write: graph.json first and always, then each requested format once.
pub(super) fn formats(args: &[FormatArg]) -> Vec<ExportFormat> {
    let mut out = vec![ExportFormat::Json];
    for a in args {
        let more: &[ExportFormat] = match a {
            FormatArg::Json => &[],
            FormatArg::Dot => &[ExportFormat::Dot],
            FormatArg::Graphml => &[ExportFormat::GraphMl],
            FormatArg::Csv => &[ExportFormat::Csv],
            FormatArg::Gexf => &[ExportFormat::Gexf],
            FormatArg::Nodelink => &[ExportFormat::NodeLink],
            FormatArg::Cytoscape => &[ExportFormat::Cytoscape],
            FormatArg::Jsonl => &[ExportFormat::Jsonl],
            FormatArg::Cypher => &[ExportFormat::Cypher],
            FormatArg::Html => &[ExportFormat::Html],
            FormatArg::All => ExportFormat::all(),
        };
        for f in more {
            if !out.contains(f) {
                out.push(*f);
            }
        }
    }
    out
}

/// `1 edge`, `2 edges`.
pub(super) fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// A rayon pool of `threads` workers (rayon's default, one per core, when `None`).
pub(super) fn thread_pool(threads: Option<usize>) -> anyhow::Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads; try a smaller --threads")
}

/// The graph to add to: empty for `--out`, the existing graph.json for `--into`.
fn starting_graph(args: &Args) -> anyhow::Result<(PathBuf, KnowledgeGraph)> {
    match (&args.out, &args.into) {
        (Some(out), None) => Ok((out.clone(), KnowledgeGraph::new())),
        (None, Some(dir)) => {
            let store = dir.join("graph.json");
            let graph = KnowledgeGraph::load(&store).with_context(|| {
                format!(
                    "cannot add to {}: it needs the graph.json of an earlier build \
                     (use --out DIR to start a new graph)",
                    dir.display()
                )
            })?;
            Ok((dir.clone(), graph))
        }
        _ => unreachable!("clap requires exactly one of --out and --into"),
    }
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let started = Instant::now();
    let verbosity = Verbosity::from_flags(args.quiet, args.verbose);
    let no_merge = no_merge(args.no_merge.as_deref())?;
    let (out, mut graph) = starting_graph(&args)?;
    let pipeline =
        Pipeline::embedded_with(args.parser.kind()).context("cannot load the embedded models")?;
    let extractor = extractor(args.extractor);
    let stdin_format = args.stdin_format.format();
    let pool = thread_pool(args.threads.map(usize::from))?;
    let mut docs = input::read(&args.inputs, stdin_format)
        .lossy(args.lossy)
        .max_doc_bytes(args.max_doc_bytes);
    let progress = Progress::new(
        input::total_size(&args.inputs),
        docs.bytes_read(),
        verbosity,
    );
    // Outcomes arrive in input order whatever the thread count, so the graph never depends on
    // scheduling (and KnowledgeGraph does not depend on insertion order anyway).
    let stats = corpus::build_into(
        &mut graph,
        docs.by_ref(),
        &pool,
        &pipeline,
        extractor.as_ref(),
        |outcome, totals| match outcome {
            Ok(r) => progress.document(
                || {
                    format!(
                        "{}: {}, {}, {}",
                        r.id,
                        count(r.stats.sentences, "sentence"),
                        count(r.stats.tokens, "token"),
                        count(r.triples.len(), "triple")
                    )
                },
                totals.documents,
                totals.tokens,
            ),
            Err(message) => progress.eprintln(&format!("warning: {message}")),
        },
    );
    progress.finish();
    // Documents kept by --lossy (read but altered) are named once the run is over.
    for note in docs.take_warnings() {
        eprintln!("warning: {note}");
    }
    let summary = |nodes: usize, edges: usize| {
        if verbosity != Verbosity::Quiet {
            let secs = started.elapsed().as_secs_f64();
            eprintln!(
                "relgraph: {} read, {} skipped; {}, {}; {} -> {}, {}; {:.2} s ({:.0} tokens/s, {})",
                count(stats.documents, "document"),
                stats.skipped,
                count(stats.sentences, "sentence"),
                count(stats.tokens, "token"),
                count(stats.triples, "triple"),
                count(nodes, "node"),
                count(edges, "edge"),
                secs,
                stats.tokens as f64 / secs.max(1e-9),
                count(pool.current_num_threads(), "thread"),
            );
        }
    };
    if stats.documents == 0 {
        summary(0, 0);
        eprintln!(
            "error: no document could be processed, so nothing was written; fix the inputs named above"
        );
        return Ok(exit::ERROR);
    }
    // Once, on the whole graph: aliasing compares entities across documents.
    if !args.no_alias {
        graph.resolve_aliases(&no_merge);
    }
    std::fs::create_dir_all(&out)
        .with_context(|| format!("cannot create output directory {}", out.display()))?;
    let write = if args.safe_csv {
        export::csv::write_all_safe
    } else {
        export::write_all
    };
    // On the same pool, so --threads also bounds the files written at once.
    let written = pool
        .install(|| write(&graph, &out, &formats(&args.format)))
        .with_context(|| format!("cannot write the graph into {}", out.display()))?;
    if verbosity != Verbosity::Quiet {
        let mut stdout = std::io::stdout().lock();
        for path in &written {
            writeln!(stdout, "{}", path.display())?;
        }
        stdout.flush()?;
    }
    summary(graph.node_count(), graph.edge_count());
    if verbosity == Verbosity::Verbose
        && let Some(peak) = super::procstat::peak_rss_mb()
    {
        eprintln!(
            "relgraph: memory: graph about {:.0} MB, peak RSS {peak:.0} MB",
            graph.heap_bytes() as f64 / (1024.0 * 1024.0)
        );
    }
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
            (&[F::All][..], ExportFormat::all()),
            (&[F::Csv], &[Json, Csv]),
            (&[F::Json], &[Json]),
            (&[F::Gexf, F::Html, F::Gexf], &[Json, Gexf, Html]),
            (
                &[F::Dot, F::All, F::Dot],
                &[
                    Json, Dot, GraphMl, Csv, Gexf, NodeLink, Cytoscape, Jsonl, Cypher, Html,
                ],
            ),
        ] {
            assert_eq!(formats(args), want, "{args:?}");
        }
    }
}
