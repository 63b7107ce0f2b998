//! `relgraph neighbors`: the nodes within N edges of a node, optionally exported as a subgraph.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args as ClapArgs, ValueEnum};
use serde_json::json;

use relgraph::export::{ExportFormat, write_all};
use relgraph::graph::KnowledgeGraph;
use relgraph::query::{Follow, GraphIndex, NodeNo};

use super::exit;
use super::output::{Format, Table, stdout};

/// List the neighbourhood of a node: every node within `--depth` edges, nearest first. With
/// `--out`, also write the induced subgraph (those nodes and all edges among them) in the
/// `--export` formats.
#[derive(Debug, ClapArgs)]
#[command(after_help = "Examples:
  relgraph neighbors out/graph.json Putin --depth 2
  relgraph neighbors out/graph.json zelensky --direction out --format csv
  relgraph neighbors out/graph.json Putin --depth 2 --out putin/ --export dot,graphml")]
pub struct Args {
    /// The graph.json store to read.
    pub graph: PathBuf,
    /// The centre node: a name, alias or unique prefix (add `:type` to disambiguate).
    pub node: String,
    /// How many edges away to go.
    #[arg(long, short, default_value_t = 1)]
    pub depth: usize,
    /// Which edges to follow.
    #[arg(long, value_enum, default_value_t = Towards::Both)]
    pub direction: Towards,
    /// Output format of the node list.
    #[arg(long, short, value_enum, default_value_t)]
    pub format: Format,
    /// Write the subgraph into this directory.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// Formats of the subgraph written with --out (comma-separated; default: all).
    #[arg(long, value_delimiter = ',', value_parser = parse_export)]
    pub export: Vec<ExportFormat>,
}

/// Edge directions to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Towards {
    Out,
    In,
    Both,
}

impl From<Towards> for Follow {
    fn from(t: Towards) -> Follow {
        match t {
            Towards::Out => Follow::Out,
            Towards::In => Follow::In,
            Towards::Both => Follow::Both,
        }
    }
}

fn parse_export(s: &str) -> Result<ExportFormat, String> {
    ExportFormat::from_name(s).ok_or_else(|| {
        let names: Vec<&str> = ExportFormat::all().iter().map(|f| f.name()).collect();
        format!(
            "unknown export format {s:?}; choose from {}",
            names.join(", ")
        )
    })
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let graph = KnowledgeGraph::load(&args.graph)?;
    let index = GraphIndex::new(&graph);
    let centre = index.find(&args.node)?;
    let follow = Follow::from(args.direction);
    let dist = index.distances(centre, follow, args.depth);
    let mut found: Vec<(usize, NodeNo)> = (0..index.node_count() as NodeNo)
        .filter_map(|n| dist[n as usize].map(|d| (d, n)))
        .collect();
    found.sort_unstable();
    let mut table = Table::new(["depth", "name", "type", "id", "degree"]);
    for &(d, n) in &found {
        let node = index.node(n);
        table.push(vec![
            json!(d),
            json!(node.name),
            json!(node.kind.as_str()),
            json!(node.id.as_str()),
            json!(index.degree(n)),
        ]);
    }
    table.write(args.format, &mut stdout())?;
    if let Some(dir) = &args.out {
        let sub = index.neighbourhood(centre, follow, args.depth);
        let formats = if args.export.is_empty() {
            ExportFormat::all().to_vec()
        } else {
            args.export.clone()
        };
        let written = write_all(&sub, dir, &formats)
            .with_context(|| format!("could not write the subgraph into {}", dir.display()))?;
        eprintln!(
            "wrote {} nodes and {} edges into {}",
            sub.node_count(),
            sub.edge_count(),
            written
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    Ok(exit::OK)
}
