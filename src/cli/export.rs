//! `relgraph export`: re-export a graph.json store into other formats without re-reading text.

use std::path::PathBuf;

use anyhow::Context;
use clap::Args as ClapArgs;

use relgraph::export::{ExportFormat, write_all};
use relgraph::graph::KnowledgeGraph;

use super::exit;

/// Write a graph.json store (from `relgraph build`) in other formats: DOT, GraphML, CSV, GEXF,
/// node-link JSON, JSONL, Cypher or a self-contained HTML viewer.
///
/// Every file is written atomically (temporary file, then rename) and the same graph always
/// gives byte-identical files.
#[derive(Debug, ClapArgs)]
#[command(after_help = after_help())]
pub struct Args {
    /// The graph.json store to read.
    pub graph: PathBuf,
    /// Formats to write (comma-separated or repeated), or all; see the list below.
    #[arg(long, short, value_delimiter = ',', default_value = "all", value_parser = parse_format)]
    pub format: Vec<FormatChoice>,
    /// Output directory (created if missing).
    #[arg(long, short)]
    pub out: PathBuf,
    /// In nodes.csv/edges.csv, prefix cells starting with = + - @ with ' so spreadsheets do
    /// not run them as formulas (Neo4j then stores the ').
    #[arg(long)]
    pub safe_csv: bool,
}

/// Examples plus one line per format: name, files, media type (from `ExportFormat`).
fn after_help() -> String {
    let mut text = String::from(
        "Examples:
  relgraph export out/graph.json --format dot --out out/
  relgraph export out/graph.json --format graphml,csv --out gephi/
  relgraph export out/graph.json --format all --out exports/

Formats (name: files, media type):",
    );
    for f in ExportFormat::all() {
        text.push_str(&format!(
            "\n  {:<10} {} ({})",
            f.name(),
            f.file_names().join(" + "),
            f.media_type()
        ));
    }
    text
}

/// One `--format` value: a single format, or every format.
#[derive(Debug, Clone, Copy)]
pub enum FormatChoice {
    One(ExportFormat),
    All,
}

fn parse_format(s: &str) -> Result<FormatChoice, String> {
    if s.eq_ignore_ascii_case("all") {
        return Ok(FormatChoice::All);
    }
    ExportFormat::from_name(s)
        .map(FormatChoice::One)
        .ok_or_else(|| {
            let names: Vec<&str> = ExportFormat::all().iter().map(|f| f.name()).collect();
            format!(
                "unknown format {s:?}; choose from {}, all",
                names.join(", ")
            )
        })
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let graph = KnowledgeGraph::load(&args.graph)?;
    let formats: Vec<ExportFormat> = args
        .format
        .iter()
        .flat_map(|c| match *c {
            FormatChoice::One(f) => vec![f],
            FormatChoice::All => ExportFormat::all().to_vec(),
        })
        .collect();
    let write = if args.safe_csv {
        relgraph::export::csv::write_all_safe
    } else {
        write_all
    };
    let written = write(&graph, &args.out, &formats).with_context(|| {
        format!(
            "could not export {} into {}",
            args.graph.display(),
            args.out.display()
        )
    })?;
    for path in &written {
        println!("{}", path.display());
    }
    eprintln!(
        "exported {} nodes and {} edges into {} file{}",
        graph.node_count(),
        graph.edge_count(),
        written.len(),
        if written.len() == 1 { "" } else { "s" }
    );
    Ok(exit::OK)
}
