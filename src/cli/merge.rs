//! `relgraph merge`: the reduce step — combine graph.json files and `extract` JSONL records
//! into one graph, in any grouping and order with the same result.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;

use relgraph::export;
use relgraph::extract::record::read_records;
use relgraph::graph::KnowledgeGraph;

use super::build::{FormatArg, count, formats};
use super::exit;

const EXAMPLES: &str = "\
Examples:
  relgraph merge part-a/ part-b/graph.json --out all
  relgraph merge parts/*.jsonl.gz --out graph --format json,csv
  relgraph extract news.jsonl --format records | relgraph merge - --out graph

A PART is a directory holding graph.json, a graph.json file (any name ending in .json), or
a .jsonl / .jsonl.gz file of document records from `relgraph extract --format records` (`-`
reads records from stdin). Merging is associative and commutative: parts can be grouped and
ordered in any way (as a cluster's reduce step does) and give byte-identical files, the same
files as `relgraph build` over all the documents.";

/// Combine partial graphs and extraction records into one graph.
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    /// Graph directories, graph.json files, record files (.jsonl, .jsonl.gz) or `-`.
    #[arg(required = true, value_name = "PART")]
    parts: Vec<PathBuf>,
    /// Output directory (created if missing).
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// Formats to write, comma-separated; graph.json is always written.
    #[arg(long, short, value_enum, value_delimiter = ',', default_value = "all")]
    format: Vec<FormatArg>,
    /// Print only warnings and errors.
    #[arg(long, short)]
    quiet: bool,
    /// Skip cross-document aliasing (as `build --no-alias`).
    #[arg(long)]
    no_alias: bool,
}

/// What a part holds, decided by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PartKind {
    Graph,
    Records,
}

/// The file to read for `part` and what it holds.
fn classify(part: &Path) -> anyhow::Result<(PathBuf, PartKind)> {
    if part == Path::new("-") {
        return Ok((part.to_path_buf(), PartKind::Records));
    }
    if part.is_dir() {
        return Ok((part.join("graph.json"), PartKind::Graph));
    }
    let name = part.to_string_lossy().to_ascii_lowercase();
    if name.ends_with(".jsonl") || name.ends_with(".jsonl.gz") {
        Ok((part.to_path_buf(), PartKind::Records))
    } else if name.ends_with(".json") {
        Ok((part.to_path_buf(), PartKind::Graph))
    } else {
        anyhow::bail!(
            "{}: cannot tell what this part holds; pass a graph directory, a graph.json file \
             or a .jsonl/.jsonl.gz file of `relgraph extract --format records` records",
            part.display()
        )
    }
}

/// Merges every part into one graph.
pub fn merge_parts(parts: &[PathBuf]) -> anyhow::Result<(KnowledgeGraph, usize)> {
    let mut graph = KnowledgeGraph::new();
    let mut documents = 0;
    for part in parts {
        let (path, kind) = classify(part)?;
        match kind {
            PartKind::Graph => {
                let g = KnowledgeGraph::load(&path)
                    .with_context(|| format!("cannot merge {}", part.display()))?;
                // Moved, not copied: the first part becomes the graph as it is.
                graph.merge_from(g);
            }
            PartKind::Records => {
                let records = read_records(&path)
                    .with_context(|| format!("cannot merge {}", part.display()))?;
                documents += records.len();
                for r in &records {
                    graph.add_record(r);
                }
            }
        }
    }
    Ok((graph, documents))
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let started = Instant::now();
    let (mut graph, documents) = merge_parts(&args.parts)?;
    // As in `build`: aliasing runs once on the whole graph, so merge(parts) == build(all).
    if !args.no_alias {
        graph.resolve_aliases(&relgraph::graph::alias::NoMerge::default());
    }
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create output directory {}", args.out.display()))?;
    let written = export::write_all(&graph, &args.out, &formats(&args.format))
        .with_context(|| format!("cannot write the graph into {}", args.out.display()))?;
    if !args.quiet {
        let mut stdout = std::io::stdout().lock();
        for path in &written {
            writeln!(stdout, "{}", path.display())?;
        }
        stdout.flush()?;
        eprintln!(
            "relgraph: merged {} ({} of records) -> {}, {}; {:.2} s",
            count(args.parts.len(), "part"),
            count(documents, "document"),
            count(graph.node_count(), "node"),
            count(graph.edge_count(), "edge"),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(exit::OK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_classified_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().to_path_buf();
        for (part, want) in [
            (d.clone(), Some((d.join("graph.json"), PartKind::Graph))),
            (d.join("x.json"), Some((d.join("x.json"), PartKind::Graph))),
            (
                d.join("x.JSONL"),
                Some((d.join("x.JSONL"), PartKind::Records)),
            ),
            (
                d.join("x.jsonl.gz"),
                Some((d.join("x.jsonl.gz"), PartKind::Records)),
            ),
            ("-".into(), Some(("-".into(), PartKind::Records))),
            (d.join("x.csv"), None),
        ] {
            assert_eq!(classify(&part).ok(), want, "{}", part.display());
        }
    }
}
