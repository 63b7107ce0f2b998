//! Test graphs built from hand-made triples; the same fixtures the unit tests use.

#[allow(unused_imports)]
pub use relgraph::{
    document::{EntityType, Span},
    extract::{ArgKind, Argument, Evidence, Triple},
    graph::KnowledgeGraph,
};

#[path = "../../src/graph/fixtures.rs"]
mod shared;
#[allow(unused_imports)]
pub use shared::*;

use std::path::{Path, PathBuf};

/// Writes every export format of `graph` into a fresh temp dir.
#[allow(dead_code)]
pub fn exported(graph: &KnowledgeGraph) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let files =
        relgraph::export::write_all(graph, dir.path(), relgraph::export::ExportFormat::all())
            .unwrap();
    (dir, files)
}

/// Sorted file names of a directory.
#[allow(dead_code)]
pub fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}
