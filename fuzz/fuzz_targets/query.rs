//! Fuzz target: the query pattern parser on arbitrary text; a pattern it accepts must also run
//! against a small graph without panicking.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use relgraph::graph::KnowledgeGraph;
use relgraph::query::Pattern;

fn graph() -> &'static KnowledgeGraph {
    static GRAPH: OnceLock<KnowledgeGraph> = OnceLock::new();
    GRAPH.get_or_init(|| {
        let json = include_str!("../../tests/golden/graph.json");
        KnowledgeGraph::from_json(json, std::path::Path::new("golden.json")).expect("golden loads")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if Pattern::parse(text).is_ok() {
        let _ = relgraph::query::run(graph(), text);
    }
});
