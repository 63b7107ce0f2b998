//! Export formats. PLACEHOLDER API: `ExportFormat` and `write_all` are the contract.

use std::path::{Path, PathBuf};

use crate::error::Result;
use crate::graph::KnowledgeGraph;

/// Every output format relgraph writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ExportFormat {
    Json,
    Dot,
    GraphMl,
    Csv,
}

/// Writes `graph` into `dir` in each of `formats` (atomically), returning the files written.
pub fn write_all(
    _graph: &KnowledgeGraph,
    _dir: &Path,
    _formats: &[ExportFormat],
) -> Result<Vec<PathBuf>> {
    unimplemented!("export work pending")
}
