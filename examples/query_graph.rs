//! Library usage: build a small knowledge graph from hand-made triples, then query it with the
//! pattern language, ask why two actors are linked, find paths and rank actors.
//!
//! Run: `cargo run --example query_graph` (add a path to also save the graph as graph.json).

use relgraph::document::{EntityType, Span};
use relgraph::extract::{Argument, Evidence, Triple};
use relgraph::graph::KnowledgeGraph;
use relgraph::query::{Follow, GraphIndex, Pattern, Stats, why};

/// One statement "subject relation object." from sentence `n` of `doc`.
fn said(
    subject: Argument,
    relation: &str,
    object: Argument,
    doc: &str,
    n: usize,
    date: &str,
) -> Triple {
    let text = format!("{} {} {}.", subject.text, relation, object.text);
    Triple {
        subject,
        relation: relation.to_string(),
        surface: relation.to_string(),
        object,
        negated: false,
        modality: None,
        attributed_to: None,
        confidence: 0.8,
        evidence: Evidence {
            doc: doc.to_string(),
            sentence: n,
            span: Span::new(0, text.len()),
            text,
            date: Some(date.to_string()),
        },
    }
}

fn person(name: &str, alias: &str) -> Argument {
    let mut a = Argument::entity(name, Span::new(0, name.len()), EntityType::Person, name);
    a.aliases = vec![alias.to_string()];
    a
}

fn thing(label: &str) -> Argument {
    Argument::concept(label, Span::new(0, label.len()), label)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (ada, bo, cy) = (
        person("Ada Lindqvist", "Lindqvist"),
        person("Bo Marsh", "Marsh"),
        person("Cy Okafor", "Okafor"),
    );
    let triples = vec![
        said(
            ada.clone(),
            "meet",
            bo.clone(),
            "harbour-news",
            0,
            "2025-05-01",
        ),
        said(
            ada.clone(),
            "agree to",
            thing("port expansion"),
            "harbour-news",
            1,
            "2025-05-01",
        ),
        said(
            ada.clone(),
            "agree to",
            thing("port expansion"),
            "city-paper",
            4,
            "2025-05-03",
        ),
        said(
            bo.clone(),
            "criticise",
            thing("port expansion"),
            "city-paper",
            5,
            "2025-05-03",
        ),
        said(
            cy.clone(),
            "advise",
            bo.clone(),
            "city-paper",
            6,
            "2025-05-03",
        ),
    ];
    let mut graph = KnowledgeGraph::new();
    for t in &triples {
        graph.add_triple(t);
    }
    if let Some(path) = std::env::args_os().nth(1) {
        graph.save(std::path::Path::new(&path))?;
    }

    // Index once, query many times.
    let index = GraphIndex::new(&graph);
    for text in [
        "lindqvist -[agree*]-> ?what",
        "?a:person -[meet]- ?b:person",
        "?x -[*]-> ? where weight >= 2",
    ] {
        let pattern: Pattern = text.parse()?;
        for m in index.query(&pattern)? {
            // An undirected hop may match an edge against its direction: show the edge's own.
            let (l, r) = if m.edges[0].source == m.nodes[0].id {
                ("-", "->")
            } else {
                ("<-", "-")
            };
            let (a, rel, b) = (
                &m.nodes[0].name,
                m.edges[0].display_relation(),
                &m.nodes[1].name,
            );
            println!("{text}: {a} {l}[{rel}]{r} {b} (weight {})", m.weight());
        }
    }

    // A misspelt pattern reports where it went wrong.
    if let Err(e) = Pattern::parse("?x -[agree]> ?y") {
        println!("error: {e}");
    }

    let (ada, bo) = (index.find("ada")?, index.find("Marsh")?);
    for doc in why(&index, ada, bo) {
        println!(
            "{} ({}): {} statement(s)",
            doc.doc,
            doc.date.unwrap_or("undated"),
            doc.statements.len()
        );
    }
    let cy = index.find("okafor")?;
    for p in index.shortest_paths(cy, index.find("port")?, Follow::Both, 5) {
        println!("path of {} hops from Cy Okafor", p.steps.len());
    }
    let stats = Stats::compute(&index);
    let best = stats.top_by(&index, |n| stats.pagerank[n as usize], true, 1)[0];
    println!("highest PageRank actor: {}", index.node(best).name);
    Ok(())
}
