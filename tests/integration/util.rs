//! Shared helpers for integration tests.

use std::path::PathBuf;

/// `../shared` next to the repository, if present (corpora, schemas, seed).
#[allow(dead_code)]
pub fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("note: ../shared is absent; skipping a test that needs it");
        None
    }
}

/// True when CI demands every external consumer (Graphviz, xmllint, Python packages).
#[allow(dead_code)]
pub fn consumers_required() -> bool {
    std::env::var_os("RELGRAPH_REQUIRE_CONSUMERS").is_some_and(|v| v == "1")
}
