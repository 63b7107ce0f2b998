//! Fuzz target: the whole `relgraph build` path on arbitrary text: the embedded pipeline, the
//! extractor, the graph, and every export format, then graph.json read back.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use relgraph::Document;
use relgraph::annotate::Pipeline;
use relgraph::export::ExportFormat;
use relgraph::extract::Extractor;
use relgraph::extract::baseline::BaselineExtractor;
use relgraph::extract::openie::OpenIeExtractor;
use relgraph::graph::KnowledgeGraph;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::embedded().expect("embedded models load"))
}

fn openie() -> &'static OpenIeExtractor {
    static OPENIE: OnceLock<OpenIeExtractor> = OnceLock::new();
    OPENIE.get_or_init(OpenIeExtractor::new)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut doc = Document::new("fuzz", text);
    if pipeline().annotate(&mut doc).is_err() {
        return;
    }
    let mut graph = KnowledgeGraph::new();
    let extractors: [&dyn Extractor; 2] = [&BaselineExtractor, openie()];
    for extractor in extractors {
        for t in extractor.extract(&doc) {
            graph.add_triple(&t);
        }
    }
    for format in ExportFormat::all() {
        format.render(&graph).expect("every graph renders");
    }
    let json = graph.to_json();
    let back = KnowledgeGraph::from_json(&json, Path::new("fuzz.json")).expect("own JSON loads");
    assert_eq!(
        back.to_json(),
        json,
        "graph.json round trip changed the graph"
    );
});
