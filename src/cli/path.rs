//! `relgraph path`: the shortest paths between two nodes.

use std::path::PathBuf;

use clap::Args as ClapArgs;
use serde_json::json;

use relgraph::graph::KnowledgeGraph;
use relgraph::query::{Follow, GraphIndex, Path};

use super::exit;
use super::output::{Format, Table, stdout};

/// Print every shortest path (up to `--limit`) from A to B, following edge directions unless
/// `--undirected`. Parallel edges with different relations give different paths.
#[derive(Debug, ClapArgs)]
#[command(after_help = "Examples:
  relgraph path out/graph.json zelensky 'energy pause'
  relgraph path out/graph.json Tusk Putin --undirected --format json")]
pub struct Args {
    /// The graph.json store to read.
    pub graph: PathBuf,
    /// Start node: a name, alias or unique prefix (add `:type` to disambiguate).
    pub from: String,
    /// End node.
    pub to: String,
    /// Ignore edge directions.
    #[arg(long, short)]
    pub undirected: bool,
    /// Print at most this many paths.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t)]
    pub format: Format,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let graph = KnowledgeGraph::load(&args.graph)?;
    let index = GraphIndex::new(&graph);
    let (from, to) = (index.find(&args.from)?, index.find(&args.to)?);
    let follow = if args.undirected {
        Follow::Both
    } else {
        Follow::Out
    };
    let paths = index.shortest_paths(from, to, follow, args.limit);
    let mut table = Table::new(["path", "hops", "route"]);
    for (i, p) in paths.iter().enumerate() {
        table.push(vec![
            json!(i + 1),
            json!(p.steps.len()),
            json!(route(&index, p)),
        ]);
    }
    table.write(args.format, &mut stdout())?;
    if paths.is_empty() {
        let how = if args.undirected {
            ""
        } else {
            " (try --undirected)"
        };
        eprintln!(
            "no path from {} to {}{how}",
            index.node(from).name,
            index.node(to).name
        );
    }
    Ok(exit::OK)
}

/// `A -[meet]-> B <-[call]- C`: arrows show each edge's own direction.
pub fn route(index: &GraphIndex<'_>, p: &Path) -> String {
    let mut s = index.node(p.start).name.clone();
    let mut at = p.start;
    for &(e, next) in &p.steps {
        let rel = index.edge(e).display_relation();
        if index.source(e) == at {
            s.push_str(&format!(" -[{rel}]-> "));
        } else {
            s.push_str(&format!(" <-[{rel}]- "));
        }
        s.push_str(&index.node(next).name);
        at = next;
    }
    s
}
