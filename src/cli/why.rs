//! `relgraph why`: every edge between two actors with all the sentences that state it.

use std::io::Write;
use std::path::PathBuf;

use clap::Args as ClapArgs;
use serde_json::{Value, json};

use relgraph::graph::KnowledgeGraph;
use relgraph::query::{GraphIndex, edges_between, why};

use super::exit;
use super::output::{Format, Table, stdout};

/// Show why two nodes are connected: every edge between them (both directions) and every
/// sentence stating it, grouped by document, newest document first.
#[derive(Debug, ClapArgs)]
#[command(after_help = "Examples:
  relgraph why out/graph.json Putin Trump
  relgraph why out/graph.json zelensky 'Donald Trump' --format jsonl")]
pub struct Args {
    /// The graph.json store to read.
    pub graph: PathBuf,
    /// First node: a name, alias or unique prefix (add `:type` to disambiguate).
    pub a: String,
    /// Second node.
    pub b: String,
    /// Output format (`table` prints documents as sections; the others one row per sentence).
    #[arg(long, short, value_enum, default_value_t)]
    pub format: Format,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let graph = KnowledgeGraph::load(&args.graph)?;
    let index = GraphIndex::new(&graph);
    let (a, b) = (index.find(&args.a)?, index.find(&args.b)?);
    let (na, nb) = (index.node(a), index.node(b));
    let groups = why(&index, a, b);
    let mut out = stdout();
    if args.format != Format::Table {
        let mut table = Table::new([
            "doc", "date", "sentence", "source", "relation", "target", "surface", "text",
        ]);
        for g in &groups {
            for (edge, ev) in &g.statements {
                let name = |id: &relgraph::graph::NodeId| {
                    graph
                        .node(id)
                        .map_or(id.as_str(), |n| n.name.as_str())
                        .to_string()
                };
                table.push(vec![
                    json!(g.doc),
                    ev.date.as_ref().map_or(Value::Null, |d| json!(d)),
                    json!(ev.sentence),
                    json!(name(&edge.source)),
                    json!(edge.display_relation()),
                    json!(name(&edge.target)),
                    json!(ev.surface),
                    json!(ev.text),
                ]);
            }
        }
        table.write(args.format, &mut out)?;
        return Ok(exit::OK);
    }
    let edges = edges_between(&index, a, b);
    if edges.is_empty() {
        writeln!(out, "no edge between {} and {}", na.name, nb.name)?;
        return Ok(exit::OK);
    }
    writeln!(
        out,
        "{} edge{} between {} and {}:",
        edges.len(),
        if edges.len() == 1 { "" } else { "s" },
        na.name,
        nb.name
    )?;
    for &e in &edges {
        let edge = index.edge(e);
        let (s, t) = (index.node(index.source(e)), index.node(index.target(e)));
        writeln!(
            out,
            "  {} -[{}]-> {}  (weight {})",
            s.name,
            edge.display_relation(),
            t.name,
            edge.weight()
        )?;
    }
    for g in &groups {
        writeln!(out)?;
        match g.date {
            Some(d) => writeln!(out, "{} ({d})", g.doc)?,
            None => writeln!(out, "{}", g.doc)?,
        }
        for (edge, ev) in &g.statements {
            writeln!(
                out,
                "  [{}] sentence {}: {}",
                edge.display_relation(),
                ev.sentence,
                ev.text.replace(['\n', '\r'], " ")
            )?;
        }
    }
    out.flush()?;
    Ok(exit::OK)
}
