//! Export formats: the [`ExportFormat`] catalogue, one module per format, atomic `write_all`.
//!
//! Every writer reads the graph through its sorted accessors, so the same graph always gives
//! byte-identical files. Text a format cannot carry is replaced as documented in [`text`].

mod atomic;
pub mod csv;
pub mod dot;
pub mod graphml;
pub mod text;

use std::fmt;
use std::path::{Path, PathBuf};

pub use atomic::write_atomic;

use crate::error::Result;
use crate::graph::KnowledgeGraph;

/// Every output format relgraph writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ExportFormat {
    /// graph.json, the store `export` and `query` read (see [`crate::graph::store`]).
    Json,
    /// Graphviz DOT.
    Dot,
    /// GraphML 1.0 (Gephi, NetworkX, igraph, yEd).
    GraphMl,
    /// nodes.csv + edges.csv with Neo4j admin-import headers.
    Csv,
}

impl ExportFormat {
    /// Every format, in the order `write_all` writes them.
    pub fn all() -> &'static [ExportFormat] {
        &[
            ExportFormat::Json,
            ExportFormat::Dot,
            ExportFormat::GraphMl,
            ExportFormat::Csv,
        ]
    }

    /// The name used on the command line: `json`, `dot`, `graphml`, `csv`.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Dot => "dot",
            ExportFormat::GraphMl => "graphml",
            ExportFormat::Csv => "csv",
        }
    }

    /// File name extension, without the dot.
    pub fn file_extension(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Dot => "dot",
            ExportFormat::GraphMl => "graphml",
            ExportFormat::Csv => "csv",
        }
    }

    /// The files this format writes into the output directory.
    pub fn file_names(self) -> &'static [&'static str] {
        match self {
            ExportFormat::Json => &["graph.json"],
            ExportFormat::Dot => &["graph.dot"],
            ExportFormat::GraphMl => &["graph.graphml"],
            ExportFormat::Csv => &["nodes.csv", "edges.csv"],
        }
    }

    /// IANA media type (Graphviz's is the registered vendor type).
    pub fn media_type(self) -> &'static str {
        match self {
            ExportFormat::Json => "application/json",
            ExportFormat::Dot => "text/vnd.graphviz",
            ExportFormat::GraphMl => "application/graphml+xml",
            ExportFormat::Csv => "text/csv",
        }
    }

    /// Parses a format name, case-insensitively (`"GraphML"` → `GraphMl`).
    pub fn from_name(name: &str) -> Option<ExportFormat> {
        ExportFormat::all()
            .iter()
            .copied()
            .find(|f| f.name().eq_ignore_ascii_case(name))
    }

    /// The format of a file extension, with or without the dot (`gv` is Graphviz too).
    pub fn from_extension(ext: &str) -> Option<ExportFormat> {
        let ext = ext.strip_prefix('.').unwrap_or(ext);
        if ext.eq_ignore_ascii_case("gv") {
            return Some(ExportFormat::Dot);
        }
        ExportFormat::all()
            .iter()
            .copied()
            .find(|f| f.file_extension().eq_ignore_ascii_case(ext))
    }

    /// The file contents of this format for `graph`, as (file name, bytes) pairs.
    pub fn render(self, graph: &KnowledgeGraph) -> Result<Vec<(&'static str, Vec<u8>)>> {
        Ok(match self {
            ExportFormat::Json => vec![("graph.json", graph.to_json().into_bytes())],
            ExportFormat::Dot => vec![("graph.dot", dot::Dot::new(graph).to_string().into_bytes())],
            ExportFormat::GraphMl => vec![("graph.graphml", graphml::to_bytes(graph)?)],
            ExportFormat::Csv => {
                vec![
                    ("nodes.csv", csv::nodes_to_bytes(graph)?),
                    ("edges.csv", csv::edges_to_bytes(graph)?),
                ]
            }
        })
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Writes `graph` into `dir` (created if missing) in each of `formats`, every file atomically,
/// returning the files written in order. A format listed twice is written once.
///
/// # Errors
/// The first I/O error, naming the file or directory; files written before it stay written.
pub fn write_all(
    graph: &KnowledgeGraph,
    dir: &Path,
    formats: &[ExportFormat],
) -> Result<Vec<PathBuf>> {
    let mut formats = formats.to_vec();
    formats.sort();
    formats.dedup();
    let mut written = Vec::new();
    for format in formats {
        for (name, bytes) in format.render(graph)? {
            let path = dir.join(name);
            write_atomic(&path, &bytes)?;
            written.push(path);
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_extensions_and_media_types_round_trip() {
        for &f in ExportFormat::all() {
            assert_eq!(ExportFormat::from_name(f.name()), Some(f));
            assert_eq!(ExportFormat::from_name(&f.name().to_uppercase()), Some(f));
            assert_eq!(ExportFormat::from_extension(f.file_extension()), Some(f));
            assert!(
                f.file_names()
                    .iter()
                    .all(|n| n.ends_with(f.file_extension()))
            );
            assert!(f.media_type().contains('/'));
        }
        assert_eq!(ExportFormat::from_extension(".gv"), Some(ExportFormat::Dot));
        assert_eq!(ExportFormat::from_name("gexf"), None);
    }

    #[test]
    fn write_all_writes_every_file_once() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("new");
        let g = crate::graph::fixtures::sample_graph();
        let written = write_all(
            &g,
            &out,
            &[ExportFormat::Csv, ExportFormat::Dot, ExportFormat::Csv],
        )
        .unwrap();
        let names: Vec<_> = written
            .iter()
            .map(|p| p.file_name().unwrap().to_str().unwrap())
            .collect();
        assert_eq!(names, ["graph.dot", "nodes.csv", "edges.csv"]);
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), 3);
    }
}
