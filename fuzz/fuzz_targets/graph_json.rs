//! Fuzz target: the graph.json loader on arbitrary bytes. Anything it accepts must export in
//! every format and write back the JSON it would read again unchanged.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use relgraph::export::ExportFormat;
use relgraph::graph::KnowledgeGraph;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(graph) = KnowledgeGraph::from_json(text, Path::new("fuzz.json")) else {
        return;
    };
    for format in ExportFormat::all() {
        format.render(&graph).expect("a loaded graph renders");
    }
    let json = graph.to_json();
    let back = KnowledgeGraph::from_json(&json, Path::new("again.json")).expect("own JSON loads");
    assert_eq!(back.to_json(), json);
});
