//! Node-link JSON for JavaScript and Python graph libraries: graph.nodelink.json (D3 shape) and
//! graph.cytoscape.json (Cytoscape.js `elements`).
//!
//! graph.nodelink.json is the primary JSON export because one file then serves three readers
//! unchanged: D3's force layout takes `nodes` and `links` as they are (`forceLink(links)
//! .id(d => d.id)`), NetworkX reads it with `nx.node_link_graph(data, edges="links")` (hence
//! `directed`, `multigraph`, `graph` and a per-link `key`), and most notebook widgets accept the
//! same shape. Cytoscape.js wants `{"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}`
//! with a `data.id` on every edge, so that shape is written as its own file,
//! graph.cytoscape.json, for `cytoscape({elements: json.elements})`.
//!
//! ```text
//! {"directed": true, "multigraph": true, "graph": {"name": "relgraph"},
//!  "nodes": [{"id", "name", "type", "entity", "aliases", "roles", "texts", "mentions", "color", "size"}],
//!  "links": [{"source", "target", "key", "id", "relation", "label", "negated", "weight", "evidence"}]}
//! ```
//!
//! Nodes and links are sorted by id; `mentions` is the mention count; `evidence` is the list of
//! statements in the graph.json form. JSON carries every string as it is: no replacement.

use std::io::{self, Write};

use serde::Serialize;

use super::Seq;

use super::palette::{hex, node_size};
use crate::graph::{Edge, EdgeEvidence, KnowledgeGraph, Node};

/// One node as both shapes write it.
#[derive(Debug, Serialize)]
pub struct NodeData<'a> {
    pub id: &'a str,
    pub name: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub entity: bool,
    pub aliases: Vec<&'a str>,
    pub roles: Vec<&'a str>,
    pub texts: Vec<&'a str>,
    pub mentions: usize,
    /// Fill colour of the node type (`#rrggbb`), as in the DOT and GEXF exports.
    pub color: String,
    /// Suggested radius/size from the mention count.
    pub size: f64,
}

impl<'a> NodeData<'a> {
    pub fn new(n: &'a Node) -> NodeData<'a> {
        let list =
            |s: &'a std::collections::BTreeSet<String>| s.iter().map(String::as_str).collect();
        NodeData {
            id: n.id.as_str(),
            name: &n.name,
            kind: n.kind.as_str(),
            entity: n.kind.is_entity(),
            aliases: list(&n.aliases),
            roles: list(&n.roles),
            texts: list(&n.texts),
            mentions: n.mention_count(),
            color: hex(n.kind),
            size: node_size(n.mention_count()),
        }
    }
}

/// One edge as both shapes write it (`key` only matters to NetworkX multigraphs).
#[derive(Debug, Serialize)]
pub struct LinkData<'a> {
    pub source: &'a str,
    pub target: &'a str,
    pub key: &'a str,
    pub id: &'a str,
    pub relation: &'a str,
    /// Display relation: `not reject` when negated.
    pub label: String,
    pub negated: bool,
    pub weight: usize,
    pub evidence: Vec<&'a EdgeEvidence>,
}

impl<'a> LinkData<'a> {
    pub fn new(e: &'a Edge) -> LinkData<'a> {
        LinkData {
            source: e.source.as_str(),
            target: e.target.as_str(),
            key: e.id.as_str(),
            id: e.id.as_str(),
            relation: &e.relation,
            label: e.display_relation(),
            negated: e.negated,
            weight: e.weight(),
            evidence: e.evidence.iter().collect(),
        }
    }
}

#[derive(Serialize)]
struct GraphMeta {
    name: &'static str,
}

#[derive(Serialize)]
struct D3<N, L> {
    directed: bool,
    multigraph: bool,
    graph: GraphMeta,
    nodes: N,
    links: L,
}

#[derive(Serialize)]
struct Wrapped<T> {
    data: T,
}

#[derive(Serialize)]
struct Elements<N, E> {
    nodes: N,
    edges: E,
}

#[derive(Serialize)]
struct Cytoscape<N, E> {
    elements: Elements<N, E>,
}

fn pretty<T: Serialize, W: Write>(value: &T, mut w: W) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut w, value).map_err(io::Error::from)?;
    w.write_all(b"\n")
}

/// Streams graph.nodelink.json, `{"nodes": [...], "links": [...]}` for D3 and NetworkX, into `w`.
pub fn write_d3<W: Write>(graph: &KnowledgeGraph, w: W) -> io::Result<()> {
    pretty(
        &D3 {
            directed: true,
            multigraph: true,
            graph: GraphMeta { name: "relgraph" },
            nodes: Seq(|| graph.nodes().map(NodeData::new)),
            links: Seq(|| graph.edges().map(LinkData::new)),
        },
        w,
    )
}

/// Streams graph.cytoscape.json, `{"elements": {"nodes": [{"data"}], "edges": [{"data"}]}}`.
pub fn write_cytoscape<W: Write>(graph: &KnowledgeGraph, w: W) -> io::Result<()> {
    pretty(
        &Cytoscape {
            elements: Elements {
                nodes: Seq(|| {
                    graph.nodes().map(|n| Wrapped {
                        data: NodeData::new(n),
                    })
                }),
                edges: Seq(|| {
                    graph.edges().map(|e| Wrapped {
                        data: LinkData::new(e),
                    })
                }),
            },
        },
        w,
    )
}

/// graph.nodelink.json as bytes.
pub fn d3_bytes(graph: &KnowledgeGraph) -> Vec<u8> {
    let mut bytes = Vec::new();
    write_d3(graph, &mut bytes).expect("node-link data serializes to JSON");
    bytes
}

/// graph.cytoscape.json as bytes.
pub fn cytoscape_bytes(graph: &KnowledgeGraph) -> Vec<u8> {
    let mut bytes = Vec::new();
    write_cytoscape(graph, &mut bytes).expect("node-link data serializes to JSON");
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn d3_shape_has_ids_sources_and_targets() {
        let g = crate::graph::fixtures::sample_graph();
        let v: Value = serde_json::from_slice(&d3_bytes(&g)).unwrap();
        let nodes = v["nodes"].as_array().unwrap();
        let links = v["links"].as_array().unwrap();
        assert_eq!((nodes.len(), links.len()), (g.node_count(), g.edge_count()));
        let ids: Vec<&str> = nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
        for l in links {
            assert!(ids.contains(&l["source"].as_str().unwrap()));
            assert!(ids.contains(&l["target"].as_str().unwrap()));
            assert_eq!(l["key"], l["id"]);
            assert_eq!(l["weight"], l["evidence"].as_array().unwrap().len());
        }
        assert_eq!(v["directed"], true);
    }

    #[test]
    fn cytoscape_shape_wraps_data_and_labels_round_trip() {
        let g = crate::graph::fixtures::adversarial_graph();
        let v: Value = serde_json::from_slice(&cytoscape_bytes(&g)).unwrap();
        let names: Vec<&str> = v["elements"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["data"]["name"].as_str().unwrap())
            .collect();
        let want: Vec<&str> = g.nodes().map(|n| n.name.as_str()).collect();
        assert_eq!(names, want);
        assert!(names.contains(&"bell\u{7}char"));
        let edges = v["elements"]["edges"].as_array().unwrap();
        assert!(edges.iter().all(|e| e["data"]["id"].is_string()));
    }
}
