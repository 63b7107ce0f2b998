//! graph.json: the versioned store every subcommand after `build` reads.
//!
//! # Format (version 1)
//!
//! One JSON object, pretty-printed with two-space indentation, keys always in the order shown,
//! `nodes` and `edges` sorted by `id`, sets sorted, a trailing newline. Optional fields are
//! omitted when absent.
//!
//! ```text
//! {
//!   "format": "relgraph-graph",          // always this string
//!   "version": 1,                        // bumped on any incompatible change
//!   "nodes": [{
//!     "id": "person:vladimir-putin",     // derived from type + normalised name (see graph::id)
//!     "type": "PERSON",                  // PERSON ORG GPE LOC NORP EVENT MISC | CONCEPT
//!     "name": "Vladimir Putin",          // canonical name / concept short label
//!     "aliases": ["Putin"],              // other names, sorted
//!     "roles": ["President"],            // titles and roles, sorted
//!     "texts": [],                       // full phrases of a concept, sorted
//!     "mentions": [{"doc": "a.txt", "start": 0, "end": 14}],  // distinct argument spans
//!     "properties": {"degree": 3, "pagerank": 0.12}            // optional: stored metrics
//!   }],
//!   "edges": [{
//!     "id": "person:vladimir-putin|agree-to|concept:energy-pause",
//!     "source": "person:vladimir-putin", // node ids
//!     "target": "concept:energy-pause",
//!     "relation": "agree to",            // normalised lemma phrase
//!     "negated": false,
//!     "weight": 2,                       // = number of evidence entries
//!     "evidence": [{
//!       "doc": "a.txt", "sentence": 3,   // document id, 0-based sentence index
//!       "span": {"start": 120, "end": 190},     // sentence bytes in the document
//!       "subject": {"start": 120, "end": 134},  // argument bytes in the document
//!       "object": {"start": 146, "end": 189},
//!       "text": "…", "surface": "agreed to",
//!       "date": "2025-03-18", "modality": "would", "attributed_to": "…"   // optional
//!     }]
//!   }]
//! }
//! ```
//!
//! Loading checks the format name and version, that ids match the names they derive from, that
//! edges point at existing nodes, that nothing is duplicated and that weights match evidence.
//! Any failure names the file and says to rebuild it with `relgraph build`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{Edge, EdgeEvidence, EdgeId, KnowledgeGraph, Mention, Node, NodeId, NodeKind};
use crate::error::{Error, Result};

/// The `format` field of every graph.json.
pub const FORMAT: &str = "relgraph-graph";
/// The store version this build reads and writes.
pub const VERSION: u64 = 1;

const REBUILD: &str = "rebuild it with `relgraph build INPUT... --out DIR`";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Store {
    format: String,
    version: u64,
    nodes: Vec<NodeRecord>,
    edges: Vec<EdgeRecord>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct NodeRecord {
    id: NodeId,
    #[serde(rename = "type")]
    kind: String,
    name: String,
    aliases: BTreeSet<String>,
    roles: BTreeSet<String>,
    texts: BTreeSet<String>,
    mentions: BTreeSet<Mention>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    properties: BTreeMap<String, serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EdgeRecord {
    id: EdgeId,
    source: NodeId,
    target: NodeId,
    relation: String,
    negated: bool,
    weight: usize,
    evidence: Vec<EdgeEvidence>,
}

/// Only the envelope, read first so a version mismatch is reported before any schema error.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

pub(super) fn to_json(g: &KnowledgeGraph) -> String {
    let store = Store {
        format: FORMAT.to_string(),
        version: VERSION,
        nodes: g
            .nodes()
            .map(|n| NodeRecord {
                id: n.id.clone(),
                kind: n.kind.as_str().to_string(),
                name: n.name.clone(),
                aliases: n.aliases.clone(),
                roles: n.roles.clone(),
                texts: n.texts.clone(),
                mentions: n.mentions.clone(),
                properties: n.properties.clone(),
            })
            .collect(),
        edges: g
            .edges()
            .map(|e| EdgeRecord {
                id: e.id.clone(),
                source: e.source.clone(),
                target: e.target.clone(),
                relation: e.relation.clone(),
                negated: e.negated,
                weight: e.weight(),
                evidence: e.evidence.iter().cloned().collect(),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&store).expect("graph records serialize to JSON");
    text.push('\n');
    text
}

pub(super) fn load(path: &Path) -> Result<KnowledgeGraph> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    from_json(&text, path)
}

pub(super) fn from_json(text: &str, path: &Path) -> Result<KnowledgeGraph> {
    let bad = |msg: String| Error::graph(path, format!("{msg}; {REBUILD}"));
    let header: Header = serde_json::from_str(text)
        .map_err(|e| bad(format!("is not a complete graph.json (invalid JSON: {e})")))?;
    match header.format.as_ref().and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        _ => {
            return Err(bad(format!(
                "is not a relgraph graph store (no \"format\": \"{FORMAT}\")"
            )));
        }
    }
    match header.version.as_ref().and_then(|v| v.as_u64()) {
        Some(VERSION) => {}
        Some(v) => {
            return Err(bad(format!(
                "has graph format version {v}, this build reads version {VERSION}"
            )));
        }
        None => return Err(bad("has no numeric \"version\" field".to_string())),
    }
    let store: Store = serde_json::from_str(text)
        .map_err(|e| bad(format!("does not match graph format {VERSION}: {e}")))?;
    build(store).map_err(bad)
}

/// Rebuilds the graph from records, checking every invariant the writer guarantees.
fn build(store: Store) -> std::result::Result<KnowledgeGraph, String> {
    let mut g = KnowledgeGraph::new();
    for r in store.nodes {
        let kind = NodeKind::parse(&r.kind)
            .ok_or_else(|| format!("node {}: unknown type {:?}", r.id, r.kind))?;
        let node = Node {
            id: NodeId::new(kind, &r.name),
            kind,
            name: r.name,
            aliases: r.aliases,
            roles: r.roles,
            texts: r.texts,
            mentions: r.mentions,
            properties: r.properties,
        };
        if node.id != r.id {
            return Err(format!(
                "node id {} does not match its type and name (expected {})",
                r.id, node.id
            ));
        }
        if g.node(&node.id).is_some() {
            return Err(format!("node {} appears twice", node.id));
        }
        g.upsert_node(node);
    }
    for r in store.edges {
        for end in [&r.source, &r.target] {
            if g.node(end).is_none() {
                return Err(format!("edge {} points at missing node {end}", r.id));
            }
        }
        let evidence: BTreeSet<EdgeEvidence> = r.evidence.into_iter().collect();
        if evidence.is_empty() || evidence.len() != r.weight {
            return Err(format!(
                "edge {} has weight {} but {} distinct evidence entries",
                r.id,
                r.weight,
                evidence.len()
            ));
        }
        let edge = Edge {
            id: EdgeId::new(&r.source, &r.relation, r.negated, &r.target),
            source: r.source,
            target: r.target,
            relation: r.relation,
            negated: r.negated,
            evidence,
        };
        if edge.id != r.id {
            return Err(format!(
                "edge id {} does not match its endpoints and relation (expected {})",
                r.id, edge.id
            ));
        }
        if g.edge(&edge.id).is_some() {
            return Err(format!("edge {} appears twice", edge.id));
        }
        g.upsert_edge(edge);
    }
    Ok(g)
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::*;

    fn origin() -> &'static Path {
        Path::new("out/graph.json")
    }

    #[test]
    fn round_trip_is_identity() {
        for g in [sample_graph(), adversarial_graph(), KnowledgeGraph::new()] {
            let text = g.to_json();
            let back = KnowledgeGraph::from_json(&text, origin()).unwrap();
            assert_eq!(back, g);
            assert_eq!(back.to_json(), text);
        }
    }

    #[test]
    fn json_starts_with_format_and_version() {
        let text = sample_graph().to_json();
        assert!(
            text.starts_with("{\n  \"format\": \"relgraph-graph\",\n  \"version\": 1,\n"),
            "{text}"
        );
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn bad_stores_are_rejected_with_file_and_remedy() {
        let good = sample_graph().to_json();
        let cases: Vec<(String, &str)> = vec![
            (good[..good.len() / 2].to_string(), "invalid JSON"),
            (
                good.replace("\"version\": 1", "\"version\": 2"),
                "version 2, this build reads version 1",
            ),
            (
                good.replace("relgraph-graph", "something-else"),
                "not a relgraph graph store",
            ),
            (good.replace("\"weight\": 2", "\"weight\": 3"), "weight 3"),
            (
                good.replace("\"id\": \"org:kremlin\"", "\"id\": \"org:kreml\""),
                "does not match",
            ),
            (
                good.replace("\"source\": \"org:kremlin\"", "\"source\": \"org:nobody\""),
                "missing node",
            ),
            ("[]".to_string(), "invalid JSON"),
            (String::new(), "invalid JSON"),
        ];
        for (text, want) in cases {
            let err = KnowledgeGraph::from_json(&text, origin())
                .unwrap_err()
                .to_string();
            assert!(err.starts_with("out/graph.json: "), "{err}");
            assert!(err.contains(want), "{err} should contain {want}");
            assert!(err.contains("relgraph build"), "{err}");
        }
    }

    #[test]
    fn load_names_a_missing_file() {
        let err = KnowledgeGraph::load(Path::new("/nonexistent/graph.json"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("/nonexistent/graph.json"), "{err}");
    }
}
