//! Export formats: the [`ExportFormat`] catalogue, one module per format, atomic `write_all`.
//!
//! Every writer reads the graph through its sorted accessors, so the same graph always gives
//! byte-identical files. Text a format cannot carry is replaced as documented in [`text`].

mod atomic;
pub mod csv;
pub mod cypher;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod jsonl;
pub mod nodelink;
pub mod palette;
pub mod render;
pub mod text;

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

pub use atomic::{write_atomic, write_atomic_with};

use crate::error::{Error, Result};
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
    /// GEXF 1.3 with viz colours/sizes and a timeline (Gephi, NetworkX).
    Gexf,
    /// D3-style node-link JSON, graph.nodelink.json (D3, NetworkX `node_link_graph`).
    NodeLink,
    /// Cytoscape.js `elements` JSON, graph.cytoscape.json.
    Cytoscape,
    /// One statement per line, graph.triples.jsonl (scripts, `jq`).
    Jsonl,
    /// Cypher MERGE script, graph.cypher (Neo4j `cypher-shell`, Kùzu).
    Cypher,
    /// Self-contained interactive viewer, graph.html (any browser, offline).
    Html,
}

impl ExportFormat {
    /// Every format, in the order `write_all` writes them.
    pub fn all() -> &'static [ExportFormat] {
        &[
            ExportFormat::Json,
            ExportFormat::Dot,
            ExportFormat::GraphMl,
            ExportFormat::Csv,
            ExportFormat::Gexf,
            ExportFormat::NodeLink,
            ExportFormat::Cytoscape,
            ExportFormat::Jsonl,
            ExportFormat::Cypher,
            ExportFormat::Html,
        ]
    }

    /// The name used on the command line: `json`, `dot`, `graphml`, `csv`.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Dot => "dot",
            ExportFormat::GraphMl => "graphml",
            ExportFormat::Csv => "csv",
            ExportFormat::Gexf => "gexf",
            ExportFormat::NodeLink => "nodelink",
            ExportFormat::Cytoscape => "cytoscape",
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Cypher => "cypher",
            ExportFormat::Html => "html",
        }
    }

    /// File name extension, without the dot.
    pub fn file_extension(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Dot => "dot",
            ExportFormat::GraphMl => "graphml",
            ExportFormat::Csv => "csv",
            ExportFormat::Gexf => "gexf",
            ExportFormat::NodeLink => "nodelink.json",
            ExportFormat::Cytoscape => "cytoscape.json",
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Cypher => "cypher",
            ExportFormat::Html => "html",
        }
    }

    /// The files this format writes into the output directory.
    pub fn file_names(self) -> &'static [&'static str] {
        match self {
            ExportFormat::Json => &["graph.json"],
            ExportFormat::Dot => &["graph.dot"],
            ExportFormat::GraphMl => &["graph.graphml"],
            ExportFormat::Csv => &["nodes.csv", "edges.csv"],
            ExportFormat::Gexf => &["graph.gexf"],
            ExportFormat::NodeLink => &["graph.nodelink.json"],
            ExportFormat::Cytoscape => &["graph.cytoscape.json"],
            ExportFormat::Jsonl => &["graph.triples.jsonl"],
            ExportFormat::Cypher => &[
                "graph.cypher",
                "graph.neo4j-schema.cypher",
                "graph.kuzu-schema.cypher",
            ],
            ExportFormat::Html => &["graph.html"],
        }
    }

    /// IANA media type (Graphviz's is the registered vendor type).
    pub fn media_type(self) -> &'static str {
        match self {
            ExportFormat::Json => "application/json",
            ExportFormat::Dot => "text/vnd.graphviz",
            ExportFormat::GraphMl => "application/graphml+xml",
            ExportFormat::Csv => "text/csv",
            // GEXF and Cypher have no registered type; these are the ones their tools use.
            ExportFormat::Gexf => "application/gexf+xml",
            ExportFormat::NodeLink | ExportFormat::Cytoscape => "application/json",
            ExportFormat::Jsonl => "application/jsonl",
            ExportFormat::Cypher => "application/x-cypher-query",
            ExportFormat::Html => "text/html",
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
        self.file_names()
            .iter()
            .enumerate()
            .map(|(i, &name)| {
                let mut bytes = Vec::new();
                self.write_file(graph, i, &mut bytes)
                    .map_err(|e| Error::other(format!("writing {name} failed: {e}")))?;
                Ok((name, bytes))
            })
            .collect()
    }

    /// Streams the `index`-th of [`ExportFormat::file_names`] into `w`, piece by piece: no
    /// format is rendered whole in memory (only the small Cypher schema files are).
    fn write_file<W: Write>(
        self,
        graph: &KnowledgeGraph,
        index: usize,
        w: &mut W,
    ) -> io::Result<()> {
        match (self, index) {
            (ExportFormat::Json, _) => graph.write_json(w),
            (ExportFormat::Dot, _) => dot::Dot::new(graph).write_to(w),
            (ExportFormat::GraphMl, _) => graphml::write_to(graph, w),
            (ExportFormat::Csv, 0) => csv::write_nodes(graph, w),
            (ExportFormat::Csv, _) => csv::write_edges(graph, w),
            (ExportFormat::Gexf, _) => gexf::write_to(graph, w),
            (ExportFormat::NodeLink, _) => nodelink::write_d3(graph, w),
            (ExportFormat::Cytoscape, _) => nodelink::write_cytoscape(graph, w),
            (ExportFormat::Jsonl, _) => jsonl::write_to(graph, w),
            (ExportFormat::Cypher, 0) => cypher::write_to(graph, w),
            (ExportFormat::Cypher, 1) => w.write_all(cypher::neo4j_schema(graph).as_bytes()),
            (ExportFormat::Cypher, _) => w.write_all(cypher::kuzu_schema(graph).as_bytes()),
            (ExportFormat::Html, _) => html::write_to(graph, w),
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A JSON array serialized straight from an iterator, so a large graph is never held twice.
pub(crate) struct Seq<F>(pub(crate) F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator<Item: Serialize>,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

/// Writes `graph` into `dir` (created if missing) in each of `formats`, every file atomically,
/// returning the files written in order. A format listed twice is written once.
///
/// Files are streamed to disk, several at once on the current rayon pool (each file by one
/// thread, so the bytes never depend on the number of threads).
///
/// # Errors
/// The error of the first failed file in order, naming it; the other files may be written.
pub fn write_all(
    graph: &KnowledgeGraph,
    dir: &Path,
    formats: &[ExportFormat],
) -> Result<Vec<PathBuf>> {
    let mut formats = formats.to_vec();
    formats.sort();
    formats.dedup();
    let files: Vec<(ExportFormat, usize, PathBuf)> = formats
        .iter()
        .flat_map(|&f| {
            f.file_names()
                .iter()
                .enumerate()
                .map(move |(i, name)| (f, i, dir.join(name)))
        })
        .collect();
    let outcomes: Vec<Result<()>> = files
        .par_iter()
        .map(|(format, i, path)| write_atomic_with(path, |w| format.write_file(graph, *i, w)))
        .collect();
    outcomes.into_iter().collect::<Result<()>>()?;
    Ok(files.into_iter().map(|(_, _, path)| path).collect())
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
        assert_eq!(ExportFormat::from_name("gexf"), Some(ExportFormat::Gexf));
        assert_eq!(ExportFormat::from_name("nope"), None);
        assert_eq!(
            ExportFormat::from_extension("nodelink.json"),
            Some(ExportFormat::NodeLink)
        );
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
