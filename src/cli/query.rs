//! `relgraph query`: match a relation pattern against a graph.json store.

use std::path::PathBuf;

use anyhow::Context;
use clap::Args as ClapArgs;
use serde_json::{Value, json};

use relgraph::graph::KnowledgeGraph;
use relgraph::query::{Direction, GraphIndex, Match, Pattern, Term};

use super::exit;
use super::output::{Format, Table, stdout};

/// Find who did what to whom: match a relation pattern and print one row per match.
///
/// A pattern is a chain of nodes and edges. Nodes: a name (resolved through aliases, case and
/// unique prefixes), `?` (anything) or `?var`, each optionally typed (`?x:person`). Edges:
/// `-[glob]->`, `<-[glob]-`, `-[glob]-` (either way); the glob matches the relation lemma
/// (`agree*`, `meet|call`), `not` keeps negated statements, `by NAME` attributed ones. A
/// `where` clause adds `weight`, `docs`, `negated`, `by`, `modal` and `date` conditions.
#[derive(Debug, ClapArgs)]
#[command(after_help = "Examples:
  relgraph query out/graph.json 'Putin -[agree*]-> ?what'
  relgraph query out/graph.json '? -[reject]-> ?' --evidence
  relgraph query out/graph.json '?a:person -[meet]- ?b:person' --format csv
  relgraph query out/graph.json 'zelensky -[*]-> ?x where weight >= 2'
  relgraph query out/graph.json '? -[* by Kremlin]-> ? where not negated'
  relgraph query out/graph.json '?a -[*]-> ?b -[*]-> ?c' --limit 20")]
pub struct Args {
    /// The graph.json store to read.
    pub graph: PathBuf,
    /// The pattern, e.g. 'Putin -[agree*]-> ?what where weight >= 2'.
    pub pattern: String,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t)]
    pub format: Format,
    /// Add the document, date and sentence of every statement (one row per statement).
    #[arg(long)]
    pub evidence: bool,
    /// Print at most this many matches (the heaviest first).
    #[arg(long)]
    pub limit: Option<usize>,
}

pub fn run(args: Args) -> anyhow::Result<u8> {
    let pattern = Pattern::parse(&args.pattern)?;
    let graph = KnowledgeGraph::load(&args.graph)?;
    let index = GraphIndex::new(&graph);
    let mut matches = index
        .query(&pattern)
        .with_context(|| format!("in graph {}", args.graph.display()))?;
    let total = matches.len();
    if let Some(limit) = args.limit {
        matches.truncate(limit);
    }
    let table = table(&pattern, &matches, args.evidence);
    table.write(args.format, &mut stdout())?;
    if args.format == Format::Table {
        let shown = if matches.len() < total {
            format!(" (showing {})", matches.len())
        } else {
            String::new()
        };
        eprintln!("{total} match{}{shown}", if total == 1 { "" } else { "es" });
    }
    Ok(exit::OK)
}

/// Column names: variables by name, other positions `node1`, `node2`, ...; per hop `relation`
/// and `weight` (numbered when the chain has several hops).
pub fn headers(pattern: &Pattern, evidence: bool) -> Vec<String> {
    let hops = pattern.edges.len();
    let suffix = |h: usize| {
        if hops == 1 {
            String::new()
        } else {
            (h + 1).to_string()
        }
    };
    let mut out = Vec::new();
    for (i, node) in pattern.nodes.iter().enumerate() {
        out.push(match &node.term {
            Term::Var(v) => v.clone(),
            _ => format!("node{}", i + 1),
        });
        if i < hops {
            out.push(format!("relation{}", suffix(i)));
            out.push(format!("weight{}", suffix(i)));
        }
    }
    if evidence {
        if hops > 1 {
            out.push("hop".to_string());
        }
        out.extend(["doc", "date", "sentence", "text"].map(String::from));
    }
    out
}

/// The result table of `matches`.
pub fn table(pattern: &Pattern, matches: &[Match<'_>], evidence: bool) -> Table {
    let mut table = Table::new(headers(pattern, evidence));
    let hops = pattern.edges.len();
    for m in matches {
        let mut row = Vec::new();
        for (i, node) in m.nodes.iter().enumerate() {
            row.push(json!(node.name));
            if let Some(edge) = m.edges.get(i) {
                // For `-[r]-` hops say which way the matched edge runs.
                let rel = match pattern.edges[i].direction {
                    Direction::Either if edge.source == node.id && edge.source != edge.target => {
                        format!("{} ->", edge.display_relation())
                    }
                    Direction::Either if edge.source != edge.target => {
                        format!("<- {}", edge.display_relation())
                    }
                    _ => edge.display_relation(),
                };
                row.push(json!(rel));
                row.push(json!(edge.weight()));
            }
        }
        if !evidence {
            table.push(row);
            continue;
        }
        for (h, edge) in m.edges.iter().enumerate() {
            for ev in &edge.evidence {
                let mut full = row.clone();
                if hops > 1 {
                    full.push(json!(h + 1));
                }
                full.push(json!(ev.doc));
                full.push(ev.date.as_ref().map_or(Value::Null, |d| json!(d)));
                full.push(json!(ev.sentence));
                full.push(json!(ev.text));
                table.push(full);
            }
        }
    }
    table
}
