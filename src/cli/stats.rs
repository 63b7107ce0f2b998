//! `relgraph stats`: counts, top actors by degree and PageRank, connected components.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args as ClapArgs;
use serde_json::{Value, json};

use relgraph::graph::{KnowledgeGraph, NodeId};
use relgraph::query::{GraphIndex, NodeNo, Stats};

use super::exit;
use super::output::{Format, Table, stdout};

/// Summarise a graph: nodes by type, relations by frequency, the top actors (entities) by
/// degree and by PageRank, and weakly connected components.
///
/// `--format table|json` print the summary; `csv|jsonl` print one row of metrics per node
/// (id, name, type, degree, pagerank, component) for scripts. `--write-metrics` stores
/// `degree`, `pagerank` and `component` in each node's `properties` and rewrites the graph.json
/// atomically.
#[derive(Debug, ClapArgs)]
#[command(after_help = "Examples:
  relgraph stats out/graph.json
  relgraph stats out/graph.json --top 20 --format json
  relgraph stats out/graph.json --format csv > node-metrics.csv
  relgraph stats out/graph.json --write-metrics")]
pub struct Args {
    /// The graph.json store to read.
    pub graph: PathBuf,
    /// How many relations and actors to list.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t)]
    pub format: Format,
    /// Store degree, PageRank and component on the nodes and rewrite GRAPH.
    #[arg(long)]
    pub write_metrics: bool,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let mut graph = KnowledgeGraph::load(&args.graph)?;
    let metrics: Vec<(NodeId, usize, f64, String)> = {
        let index = GraphIndex::new(&graph);
        let stats = Stats::compute(&index);
        let mut out = stdout();
        match args.format {
            Format::Table => summary_text(&index, &stats, args.top, &mut out)?,
            Format::Json => {
                serde_json::to_writer_pretty(&mut out, &summary_json(&index, &stats, args.top))?;
                writeln!(out)?;
            }
            Format::Csv | Format::Jsonl => {
                node_table(&index, &stats).write(args.format, &mut out)?
            }
        }
        out.flush()?;
        (0..index.node_count() as NodeNo)
            .map(|n| {
                let i = n as usize;
                let component = index.node(stats.component[i]).id.as_str().to_string();
                (
                    index.node(n).id.clone(),
                    stats.degree[i],
                    stats.pagerank[i],
                    component,
                )
            })
            .collect()
    };
    if args.write_metrics {
        for (id, degree, pagerank, component) in metrics {
            graph.set_node_property(&id, "degree", json!(degree));
            graph.set_node_property(&id, "pagerank", json!(pagerank));
            graph.set_node_property(&id, "component", json!(component));
        }
        graph
            .save(&args.graph)
            .with_context(|| format!("could not rewrite {}", args.graph.display()))?;
        eprintln!(
            "stored degree, pagerank and component on {} nodes in {}",
            graph.node_count(),
            args.graph.display()
        );
    }
    Ok(exit::OK)
}

fn summary_text(
    index: &GraphIndex<'_>,
    s: &Stats,
    top: usize,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let largest = s.component_sizes.first().copied().unwrap_or(0);
    writeln!(
        out,
        "{} nodes, {} edges, {} statements, {} component{} (largest: {largest} nodes)",
        s.nodes,
        s.edges,
        s.statements,
        s.component_sizes.len(),
        if s.component_sizes.len() == 1 {
            ""
        } else {
            "s"
        }
    )?;
    writeln!(out, "\nNode types")?;
    let mut t = Table::new(["type", "nodes"]);
    for (ty, n) in &s.node_types {
        t.push(vec![json!(ty), json!(n)]);
    }
    t.write(Format::Table, out)?;
    writeln!(
        out,
        "\nRelations (top {} of {})",
        top.min(s.relations.len()),
        s.relations.len()
    )?;
    let mut t = Table::new(["relation", "edges", "statements"]);
    for (r, e, w) in s.relations.iter().take(top) {
        t.push(vec![json!(r), json!(e), json!(w)]);
    }
    t.write(Format::Table, out)?;
    writeln!(out, "\nTop actors by degree")?;
    actor_table(
        index,
        s,
        &s.top_by(index, |n| s.degree[n as usize], true, top),
    )
    .write(Format::Table, out)?;
    writeln!(
        out,
        "\nTop actors by PageRank (iterations: {})",
        s.iterations
    )?;
    actor_table(
        index,
        s,
        &s.top_by(index, |n| s.pagerank[n as usize], true, top),
    )
    .write(Format::Table, out)?;
    let sizes: Vec<String> = s
        .component_sizes
        .iter()
        .take(top)
        .map(|n| n.to_string())
        .collect();
    writeln!(
        out,
        "\nComponent sizes (largest {}): {}",
        sizes.len(),
        sizes.join(", ")
    )?;
    Ok(())
}

fn actor_table(index: &GraphIndex<'_>, s: &Stats, nodes: &[NodeNo]) -> Table {
    let mut t = Table::new(["name", "type", "degree", "pagerank"]);
    for &n in nodes {
        let node = index.node(n);
        t.push(vec![
            json!(node.name),
            json!(node.kind.as_str()),
            json!(s.degree[n as usize]),
            json!(s.pagerank[n as usize]),
        ]);
    }
    t
}

fn summary_json(index: &GraphIndex<'_>, s: &Stats, top: usize) -> Value {
    let actors = |nodes: Vec<NodeNo>| -> Vec<Value> {
        nodes
            .into_iter()
            .map(|n| {
                let node = index.node(n);
                json!({"id": node.id.as_str(), "name": node.name, "type": node.kind.as_str(),
                       "degree": s.degree[n as usize], "pagerank": s.pagerank[n as usize]})
            })
            .collect()
    };
    json!({
        "nodes": s.nodes,
        "edges": s.edges,
        "statements": s.statements,
        "node_types": s.node_types,
        "relations": s.relations.iter().take(top)
            .map(|(r, e, w)| json!({"relation": r, "edges": e, "statements": w})).collect::<Vec<_>>(),
        "top_degree": actors(s.top_by(index, |n| s.degree[n as usize], true, top)),
        "top_pagerank": actors(s.top_by(index, |n| s.pagerank[n as usize], true, top)),
        "pagerank_iterations": s.iterations,
        "components": s.component_sizes.len(),
        "component_sizes": s.component_sizes.iter().take(top).collect::<Vec<_>>(),
    })
}

fn node_table(index: &GraphIndex<'_>, s: &Stats) -> Table {
    let mut t = Table::new(["id", "name", "type", "degree", "pagerank", "component"]);
    for n in 0..index.node_count() as NodeNo {
        let (node, i) = (index.node(n), n as usize);
        t.push(vec![
            json!(node.id.as_str()),
            json!(node.name),
            json!(node.kind.as_str()),
            json!(s.degree[i]),
            json!(s.pagerank[i]),
            json!(index.node(s.component[i]).id.as_str()),
        ]);
    }
    t
}
