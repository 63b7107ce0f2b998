//! `relgraph bench`: throughput per stage and end to end, peak memory, and export speed on a
//! large synthetic graph, printed as a table with the machine's core count. Benchmarks live
//! here, not in timed tests, so a loaded CI machine never fails a build.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;

use relgraph::annotate::Pipeline;
use relgraph::corpus;
use relgraph::document::{Document, EntityType, Span};
use relgraph::export::ExportFormat;
use relgraph::extract::{Argument, Evidence, Extractor, OpenIeExtractor, Triple};
use relgraph::graph::KnowledgeGraph;

use super::build::thread_pool;
use super::exit;
use super::procstat::{cpu_seconds, cpu_user_system, peak_rss_mb};

const EXAMPLES: &str = "\
Examples:
  relgraph bench
  relgraph bench --mb 10 --threads 1,2 --synthetic-edges 100000
  relgraph bench --corpus my-news.txt --mb 200 --synthetic-edges 0
  relgraph bench --exports-only --formats dot,graphml,csv
  relgraph bench --parser greedy --mb 10
  relgraph bench --mb 4 --stage-mb 4 --threads 1 --doc-sentences 100000 --synthetic-edges 0

The corpus is the `# text` lines of the CoNLL-U files given (default: UD English EWT and GUM
train under ../shared/data), or the lines of plain-text files, grouped 20 sentences to a
document (--doc-sentences) and repeated until it reaches --mb megabytes.";

/// Measure tokens/s per stage and end to end, peak RSS, and export time per format.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// CoNLL-U or plain-text files to draw sentences from.
    #[arg(long, value_name = "FILE")]
    corpus: Vec<PathBuf>,
    /// Size of the end-to-end corpus in megabytes of text.
    #[arg(long, default_value_t = 50)]
    mb: usize,
    /// Megabytes of text for the per-stage timings (single thread).
    #[arg(long, default_value_t = 5)]
    stage_mb: usize,
    /// Thread counts to run end to end, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "1,2")]
    threads: Vec<u16>,
    /// Edges of the synthetic graph for export timings (0 skips them).
    #[arg(long, default_value_t = 1_000_000)]
    synthetic_edges: usize,
    /// Only the export timings: no models loaded, no corpus processed.
    #[arg(long)]
    exports_only: bool,
    /// Formats to time on the synthetic graph, comma-separated (default: all).
    #[arg(long, value_delimiter = ',', value_parser = parse_format)]
    formats: Vec<ExportFormat>,
    /// Sentences per document of the corpus (a large value measures book-length documents,
    /// where any step that is quadratic in a document's mentions would show).
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(1..))]
    doc_sentences: u32,
    /// Write the synthetic graph's exports into DIR and keep them (e.g. to `cmp` two builds).
    #[arg(long, value_name = "DIR")]
    keep: Option<PathBuf>,
    /// Which dependency parser the pipeline runs.
    #[arg(long, value_enum, default_value_t = super::build::ParserArg::Greedy)]
    parser: super::build::ParserArg,
}

fn parse_format(name: &str) -> Result<ExportFormat, String> {
    ExportFormat::from_name(name).ok_or_else(|| format!("unknown format {name:?}"))
}

/// The default corpus: EWT and GUM train next to the repository.
fn default_corpus() -> Vec<PathBuf> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    vec![
        data.join("ud-english-ewt/en_ewt-ud-train.conllu"),
        data.join("ud-english-gum/en_gum-ud-train.conllu"),
    ]
}

/// Sentences of `path`: `# text = ` lines of CoNLL-U, else non-blank lines.
fn sentences(path: &Path) -> anyhow::Result<Vec<String>> {
    let text = std::fs::read_to_string(path).with_context(|| {
        format!(
            "cannot read corpus {}; pass --corpus FILE (CoNLL-U or plain text)",
            path.display()
        )
    })?;
    let conllu = path.extension().is_some_and(|e| e == "conllu");
    Ok(text
        .lines()
        .filter_map(|l| {
            if conllu {
                l.strip_prefix("# text = ")
            } else {
                Some(l)
            }
        })
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect())
}

/// Documents of the corpus repeated until they hold `bytes` bytes of text, made lazily.
fn repeated(
    base: &[String],
    bytes: usize,
) -> impl Iterator<Item = relgraph::Result<Document>> + '_ {
    let mut made = 0;
    (0..)
        .flat_map(move |round| base.iter().enumerate().map(move |(i, t)| (round, i, t)))
        .take_while(move |(_, _, t)| {
            let go = made < bytes;
            made += t.len();
            go
        })
        .map(|(round, i, t)| Ok(Document::new(format!("r{round}-d{i}"), t.clone())))
}

/// Bytes in a megabyte as the RSS figures count them (MiB, like /proc).
const MB: f64 = 1024.0 * 1024.0;

fn rate(tokens: usize, d: Duration) -> String {
    format!("{:.0}", tokens as f64 / d.as_secs_f64().max(1e-9))
}

/// Times every pipeline stage, extraction and graph insertion separately on one thread.
fn per_stage(
    docs: Vec<Document>,
    pipeline: &Pipeline,
    extractor: &dyn Extractor,
) -> anyhow::Result<()> {
    let stages: Vec<_> = pipeline.stages().collect();
    let mut times = vec![Duration::ZERO; stages.len() + 2];
    // CPU time of this thread per stage (ns), where the OS reports it: wall time is unreliable
    // on a busy machine.
    let mut cpu = vec![0u64; stages.len() + 2];
    let cpu_now = || relgraph::annotate::pos::eval::thread_cpu_ns().unwrap_or(0);
    let mut tokens = 0;
    let mut graph = KnowledgeGraph::new();
    for mut doc in docs {
        for (i, stage) in stages.iter().enumerate() {
            let (t, c) = (Instant::now(), cpu_now());
            stage.annotate(&mut doc)?;
            times[i] += t.elapsed();
            cpu[i] += cpu_now().saturating_sub(c);
        }
        tokens += doc.token_count();
        let (t, c) = (Instant::now(), cpu_now());
        let triples = extractor.extract(&doc);
        times[stages.len()] += t.elapsed();
        cpu[stages.len()] += cpu_now().saturating_sub(c);
        let (t, c) = (Instant::now(), cpu_now());
        for triple in &triples {
            graph.add_triple(triple);
        }
        times[stages.len() + 1] += t.elapsed();
        cpu[stages.len() + 1] += cpu_now().saturating_sub(c);
    }
    let names = stages
        .iter()
        .map(|s| s.name().to_string())
        .chain([format!("extract ({})", extractor.name()), "graph".into()]);
    println!(
        "\n{:<28} {:>10} {:>14} {:>14}",
        "stage (1 thread)", "seconds", "tokens/s", "tokens/cpu-s"
    );
    for ((name, d), &c) in names.zip(&times).zip(&cpu) {
        println!(
            "{name:<28} {:>10.3} {:>14} {:>14}",
            d.as_secs_f64(),
            rate(tokens, *d),
            rate(tokens, Duration::from_nanos(c))
        );
    }
    let total: Duration = times.iter().sum();
    println!(
        "{:<28} {:>10.3} {:>14} {:>14}",
        "all stages",
        total.as_secs_f64(),
        rate(tokens, total),
        rate(tokens, Duration::from_nanos(cpu.iter().sum()))
    );
    println!("({tokens} tokens)");
    Ok(())
}

/// The synthetic graph: `edges` distinct edges over `edges / 5` person nodes.
fn synthetic_graph(edges: usize) -> KnowledgeGraph {
    const RELATIONS: [&str; 5] = ["meet with", "praise", "criticise", "call", "visit"];
    let nodes = (edges / 5).max(2);
    let person = |k: usize, span: Span| {
        let name = format!("Person {k}");
        Argument::entity(name.clone(), span, EntityType::Person, name)
    };
    let mut g = KnowledgeGraph::new();
    for j in 0..edges {
        let s = j % nodes;
        let rel = (j / nodes) % RELATIONS.len();
        let o = (s + 1 + j / (nodes * RELATIONS.len())) % nodes;
        let doc = format!("synthetic-{}", j / 50);
        let text = format!("Person {s} did {} Person {o}.", RELATIONS[rel]);
        g.add_triple(&Triple {
            subject: person(s, Span::new(0, 10)),
            relation: RELATIONS[rel].to_string(),
            surface: RELATIONS[rel].to_string(),
            object: person(o, Span::new(20, 30)),
            negated: false,
            modality: None,
            attributed_to: None,
            confidence: 0.5,
            evidence: Evidence {
                doc,
                sentence: j % 50,
                span: Span::new(0, text.len()),
                text,
                date: Some("2025-03-18".into()),
            },
        });
    }
    g
}

/// CPU seconds in user and system (kernel) mode.
type UserSystem = (f64, f64);

/// Writes `formats` of `graph` into `dir`: seconds taken, CPU seconds of the process (user,
/// system) and megabytes written.
fn timed_export(
    graph: &KnowledgeGraph,
    dir: &Path,
    formats: &[ExportFormat],
) -> anyhow::Result<(Duration, Option<UserSystem>, f64)> {
    let cpu = cpu_user_system();
    let t = Instant::now();
    let files = relgraph::export::write_all(graph, dir, formats)?;
    let d = t.elapsed();
    let cpu = cpu
        .zip(cpu_user_system())
        .map(|((u0, s0), (u1, s1))| (u1 - u0, s1 - s0));
    let bytes: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).map_or(0, |m| m.len()))
        .sum();
    Ok((d, cpu, bytes as f64 / 1e6))
}

/// `user+system` CPU seconds.
fn cpu_column(cpu: Option<UserSystem>) -> String {
    cpu.map_or("-".into(), |(u, s)| format!("{u:.2}+{s:.2}"))
}

fn exports(edges: usize, formats: &[ExportFormat], keep: Option<&Path>) -> anyhow::Result<()> {
    let t = Instant::now();
    let graph = synthetic_graph(edges);
    println!(
        "\nsynthetic graph: {} nodes, {} edges, built in {:.2} s",
        graph.node_count(),
        graph.edge_count(),
        t.elapsed().as_secs_f64()
    );
    let temp = tempfile::tempdir().context("cannot create a temporary directory")?;
    let dir = keep.unwrap_or(temp.path());
    println!(
        "{:<10} {:>10} {:>12} {:>10}",
        "format", "seconds", "cpu u+sys s", "MB"
    );
    // The target covers these three, written one after the other and together.
    const TARGET: [ExportFormat; 3] = [ExportFormat::Dot, ExportFormat::GraphMl, ExportFormat::Csv];
    let (mut target, mut target_cpu) = (Duration::ZERO, Some((0.0, 0.0)));
    let formats = if formats.is_empty() {
        ExportFormat::all()
    } else {
        formats
    };
    for &format in formats {
        let (d, cpu, mb) = timed_export(&graph, dir, &[format])?;
        if TARGET.contains(&format) {
            target += d;
            target_cpu = target_cpu
                .zip(cpu)
                .map(|((u0, s0), (u, s))| (u0 + u, s0 + s));
        }
        println!(
            "{:<10} {:>10.2} {:>12} {:>10.1}",
            format.name(),
            d.as_secs_f64(),
            cpu_column(cpu),
            mb
        );
    }
    if TARGET.iter().all(|f| formats.contains(f)) {
        println!(
            "DOT + GraphML + CSV, one by one: {:.2} s, {} cpu s",
            target.as_secs_f64(),
            cpu_column(target_cpu)
        );
        let (d, cpu, _) = timed_export(&graph, dir, &TARGET)?;
        println!(
            "DOT + GraphML + CSV, one write_all ({} threads): {:.2} s, {} cpu s",
            rayon::current_num_threads(),
            d.as_secs_f64(),
            cpu_column(cpu)
        );
    }
    Ok(())
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    if args.exports_only {
        exports(args.synthetic_edges, &args.formats, args.keep.as_deref())?;
        if let Some(mb) = peak_rss_mb() {
            println!("peak RSS after exports: {mb:.0} MB");
        }
        return Ok(exit::OK);
    }
    let paths = if args.corpus.is_empty() {
        default_corpus()
    } else {
        args.corpus.clone()
    };
    let mut lines = Vec::new();
    for p in &paths {
        lines.extend(sentences(p)?);
    }
    anyhow::ensure!(
        !lines.is_empty(),
        "the corpus has no sentences; pass --corpus FILE"
    );
    let base: Vec<String> = lines
        .chunks(args.doc_sentences as usize)
        .map(|c| c.join(" "))
        .collect();
    let base_bytes: usize = base.iter().map(String::len).sum();
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    println!(
        "relgraph bench: {cores} cores; corpus {} documents, {:.1} MB from",
        base.len(),
        base_bytes as f64 / 1e6
    );
    for p in &paths {
        println!("  {}", p.display());
    }
    println!("parser: {:?}", args.parser.kind());
    let pipeline =
        Pipeline::embedded_with(args.parser.kind()).context("cannot load the embedded models")?;
    // The extractor `build` uses, so the numbers are the product's.
    let extractor = OpenIeExtractor::new();

    let sample: Vec<Document> = repeated(&base, args.stage_mb << 20)
        .map(Result::unwrap)
        .collect();
    per_stage(sample, &pipeline, &extractor)?;

    println!(
        "\n{:<28} {:>10} {:>14} {:>8} {:>9} {:>6}",
        format!("end to end ({} MB)", args.mb),
        "seconds",
        "tokens/s",
        "speedup",
        "cpu s",
        "cores"
    );
    let mut first = None;
    for (i, &threads) in args.threads.iter().enumerate() {
        let pool = thread_pool(Some(usize::from(threads).max(1)))?;
        let mut graph = KnowledgeGraph::new();
        let cpu = cpu_seconds();
        let t = Instant::now();
        let stats = corpus::build_into(
            &mut graph,
            repeated(&base, args.mb << 20),
            &pool,
            &pipeline,
            &extractor,
            |_, _| {},
        );
        let d = t.elapsed();
        let cpu = cpu.zip(cpu_seconds()).map(|(a, b)| b - a);
        let per_sec = stats.tokens as f64 / d.as_secs_f64().max(1e-9);
        let speedup = per_sec / *first.get_or_insert(per_sec);
        println!(
            "{:<28} {:>10.2} {:>14.0} {:>7.2}x {:>9} {:>6}",
            format!("{threads} thread(s), {} docs", stats.documents),
            d.as_secs_f64(),
            per_sec,
            speedup,
            cpu.map_or("-".into(), |c| format!("{c:.2}")),
            cpu.map_or("-".into(), |c| format!(
                "{:.2}",
                c / d.as_secs_f64().max(1e-9)
            )),
        );
        if i + 1 == args.threads.len() {
            println!(
                "graph: {} nodes, {} edges, about {:.0} MB in memory",
                graph.node_count(),
                graph.edge_count(),
                graph.heap_bytes() as f64 / MB
            );
            if let Some(peak) = peak_rss_mb() {
                // The bound: peak RSS ≤ the graph's in-memory size + 200 MB.
                println!(
                    "peak RSS after end to end: {peak:.0} MB = graph + {:.0} MB (models, \
                     documents in flight, allocator)",
                    peak - graph.heap_bytes() as f64 / MB
                );
            }
        }
    }
    if args.synthetic_edges > 0 {
        exports(args.synthetic_edges, &args.formats, args.keep.as_deref())?;
        if let Some(mb) = peak_rss_mb() {
            println!("peak RSS after exports: {mb:.0} MB");
        }
    }
    Ok(exit::OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_stops_once_the_size_is_reached_and_ids_stay_unique() {
        let base = vec!["abcd".to_string(), "ef".to_string()];
        let ids: Vec<String> = repeated(&base, 9).map(|d| d.unwrap().id).collect();
        assert_eq!(ids, ["r0-d0", "r0-d1", "r1-d0"]);
        assert_eq!(repeated(&base, 0).count(), 0);
    }

    #[test]
    fn synthetic_graph_has_exactly_the_edges_asked_for() {
        for n in [10, 1000, 5003] {
            assert_eq!(synthetic_graph(n).edge_count(), n, "{n}");
        }
    }
}
