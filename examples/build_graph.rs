//! Library use end to end: Document → Pipeline → Extractor → KnowledgeGraph → export.
//!
//! Run with `cargo run --example build_graph -- [OUT_DIR]` (default: a fresh temp directory).

use std::path::PathBuf;

use relgraph::annotate::Pipeline;
use relgraph::export::{self, ExportFormat};
use relgraph::extract::Extractor;
use relgraph::extract::baseline::BaselineExtractor;
use relgraph::graph::KnowledgeGraph;
use relgraph::{Document, input};

fn main() -> anyhow::Result<()> {
    let pipeline = Pipeline::embedded()?;
    let extractor = BaselineExtractor;
    let mut graph = KnowledgeGraph::new();

    // A document built in code: the id is what evidence points back to.
    let mut docs = vec![Document::new(
        "inline-1",
        "Prime Minister Anna Roskova met Foreign Minister Oleg Brenner in Vienna on Monday. \
         Roskova rejected a proposal from Viktor Dragan.",
    )];
    // Documents read from files, as `relgraph build` does (bad ones are reported, not fatal).
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/summit.jsonl");
    for item in input::read(&[sample], input::StdinFormat::Text) {
        match item {
            Ok(doc) => docs.push(doc),
            Err(e) => eprintln!("warning: {e}"),
        }
    }

    for mut doc in docs {
        pipeline.annotate(&mut doc)?;
        for triple in extractor.extract(&doc) {
            println!(
                "{}: {} --{}{}--> {}",
                doc.id,
                triple.subject.name,
                if triple.negated { "not " } else { "" },
                triple.relation,
                triple.object.name
            );
            graph.add_triple(&triple);
        }
    }
    println!("{} nodes, {} edges", graph.node_count(), graph.edge_count());

    let out = match std::env::args_os().nth(1) {
        Some(dir) => PathBuf::from(dir),
        None => tempfile::tempdir()?.keep(),
    };
    std::fs::create_dir_all(&out)?;
    let formats = [
        ExportFormat::Json,
        ExportFormat::Dot,
        ExportFormat::GraphMl,
        ExportFormat::Csv,
    ];
    for path in export::write_all(&graph, &out, &formats)? {
        println!("wrote {}", path.display());
    }
    Ok(())
}
