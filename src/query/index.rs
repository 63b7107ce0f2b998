//! [`GraphIndex`]: a compacted, read-only view of a [`KnowledgeGraph`] for fast queries.
//!
//! Nodes and edges get dense `u32` numbers in id order (so every answer derived from them is
//! deterministic), adjacency is stored in compressed-sparse-row form in both directions, edges
//! are indexed by relation and nodes by normalised name and alias. Building costs one pass over
//! the graph; afterwards a single-hop pattern touches only the edges it can match.

use std::collections::BTreeMap;

use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};
use rustc_hash::FxHashMap;

use crate::document::EntityType;
use crate::graph::{Edge, KnowledgeGraph, Node, NodeKind, normalize};

/// Dense node number (position in id order).
pub type NodeNo = u32;
/// Dense edge number (position in id order).
pub type EdgeNo = u32;

/// Compressed adjacency: the edges of node `n` are `edges[offsets[n]..offsets[n + 1]]`.
#[derive(Debug, Clone, Default)]
pub struct Adjacency {
    offsets: Vec<u32>,
    edges: Vec<EdgeNo>,
}

impl Adjacency {
    /// Builds adjacency from the key node of every edge; edge lists stay in edge-number order.
    fn build(node_count: usize, keys: &[NodeNo]) -> Adjacency {
        let mut offsets = vec![0u32; node_count + 1];
        for &k in keys {
            offsets[k as usize + 1] += 1;
        }
        for i in 0..node_count {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut edges = vec![0; keys.len()];
        for (e, &k) in keys.iter().enumerate() {
            edges[fill[k as usize] as usize] = e as EdgeNo;
            fill[k as usize] += 1;
        }
        Adjacency { offsets, edges }
    }

    /// Edges of node `n`.
    pub fn of(&self, n: NodeNo) -> &[EdgeNo] {
        let n = n as usize;
        &self.edges[self.offsets[n] as usize..self.offsets[n + 1] as usize]
    }
}

/// A read-only index over a borrowed graph.
#[derive(Debug)]
pub struct GraphIndex<'g> {
    graph: &'g KnowledgeGraph,
    nodes: Vec<&'g Node>,
    edges: Vec<&'g Edge>,
    source: Vec<NodeNo>,
    target: Vec<NodeNo>,
    out: Adjacency,
    inc: Adjacency,
    /// Distinct relations in order, each with its edges in edge-number order.
    relations: Vec<(&'g str, Vec<EdgeNo>)>,
    /// Relation number (position in `relations`) of every edge.
    relation_of: Vec<u32>,
    /// Normalised name or alias → nodes with it, in node-number order.
    names: FxHashMap<String, Vec<NodeNo>>,
}

impl<'g> GraphIndex<'g> {
    /// Indexes `graph`.
    ///
    /// # Complexity
    /// O((n + e) · k) for n nodes, e edges and id length k (one hash lookup per edge end).
    pub fn new(graph: &'g KnowledgeGraph) -> GraphIndex<'g> {
        let nodes: Vec<&Node> = graph.nodes().collect();
        let edges: Vec<&Edge> = graph.edges().collect();
        // Endpoints come from petgraph's edge list (sequential, no id strings touched): petgraph
        // node index → dense number, and edge address → petgraph endpoints.
        let pg = graph.petgraph();
        let mut dense = vec![NodeNo::MAX; pg.node_bound()];
        for (i, n) in nodes.iter().enumerate() {
            let at = graph
                .node_index(&n.id)
                .expect("every listed node has an index");
            dense[at.index()] = i as NodeNo;
        }
        let ends: FxHashMap<usize, (NodeNo, NodeNo)> = pg
            .edge_references()
            .map(|r| {
                (
                    std::ptr::from_ref(r.weight()) as usize,
                    (dense[r.source().index()], dense[r.target().index()]),
                )
            })
            .collect();
        let (source, target): (Vec<NodeNo>, Vec<NodeNo>) = edges
            .iter()
            .map(|e| ends[&(std::ptr::from_ref(*e) as usize)])
            .unzip();
        let out = Adjacency::build(nodes.len(), &source);
        let inc = Adjacency::build(nodes.len(), &target);
        let mut by_relation: BTreeMap<&str, Vec<EdgeNo>> = BTreeMap::new();
        for (i, e) in edges.iter().enumerate() {
            by_relation
                .entry(e.relation.as_str())
                .or_default()
                .push(i as EdgeNo);
        }
        let relations: Vec<(&str, Vec<EdgeNo>)> = by_relation.into_iter().collect();
        let mut relation_of = vec![0u32; edges.len()];
        for (r, (_, es)) in relations.iter().enumerate() {
            for &e in es {
                relation_of[e as usize] = r as u32;
            }
        }
        let mut names: FxHashMap<String, Vec<NodeNo>> = FxHashMap::default();
        for (i, n) in nodes.iter().enumerate() {
            for name in std::iter::once(&n.name).chain(&n.aliases) {
                let list = names.entry(normalize(name)).or_default();
                if list.last() != Some(&(i as NodeNo)) {
                    list.push(i as NodeNo);
                }
            }
        }
        GraphIndex {
            graph,
            nodes,
            edges,
            source,
            target,
            out,
            inc,
            relations,
            relation_of,
            names,
        }
    }

    pub fn graph(&self) -> &'g KnowledgeGraph {
        self.graph
    }

    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    pub fn node(&self, n: NodeNo) -> &'g Node {
        self.nodes[n as usize]
    }

    pub fn edge(&self, e: EdgeNo) -> &'g Edge {
        self.edges[e as usize]
    }

    /// Source node of edge `e`.
    pub fn source(&self, e: EdgeNo) -> NodeNo {
        self.source[e as usize]
    }

    /// Target node of edge `e`.
    pub fn target(&self, e: EdgeNo) -> NodeNo {
        self.target[e as usize]
    }

    /// Edges leaving `n`, in id order.
    pub fn outgoing(&self, n: NodeNo) -> &[EdgeNo] {
        self.out.of(n)
    }

    /// Edges entering `n`, in id order.
    pub fn incoming(&self, n: NodeNo) -> &[EdgeNo] {
        self.inc.of(n)
    }

    /// Number of edges at `n`, both directions.
    pub fn degree(&self, n: NodeNo) -> usize {
        self.out.of(n).len() + self.inc.of(n).len()
    }

    /// Every distinct relation with its edges, sorted by relation; the position is the
    /// relation number of [`GraphIndex::relation_of`].
    pub fn relations(&self) -> impl ExactSizeIterator<Item = (&'g str, &[EdgeNo])> + '_ {
        self.relations.iter().map(|(r, es)| (*r, es.as_slice()))
    }

    /// The relation number of edge `e`.
    pub fn relation_of(&self, e: EdgeNo) -> usize {
        self.relation_of[e as usize] as usize
    }

    /// Edges with exactly this (normalised) relation.
    pub fn edges_with_relation(&self, relation: &str) -> &[EdgeNo] {
        match self.relations.binary_search_by(|(r, _)| (*r).cmp(relation)) {
            Ok(i) => &self.relations[i].1,
            Err(_) => &[],
        }
    }

    /// Nodes whose normalised name or alias is exactly `normalize(name)`.
    pub fn nodes_named(&self, name: &str) -> &[NodeNo] {
        self.names.get(&normalize(name)).map_or(&[], Vec::as_slice)
    }

    /// The dense number of a node given its id.
    pub fn node_no(&self, id: &str) -> Option<NodeNo> {
        self.nodes
            .binary_search_by(|n| n.id.as_str().cmp(id))
            .ok()
            .map(|i| i as NodeNo)
    }

    /// Every normalised name and alias with its nodes (for fuzzy resolution).
    pub(crate) fn names(&self) -> impl Iterator<Item = (&str, &[NodeNo])> + '_ {
        self.names.iter().map(|(k, v)| (k.as_str(), v.as_slice()))
    }
}

/// The entity type of a node, or `None` for a concept.
pub fn entity_type(node: &Node) -> Option<EntityType> {
    match node.kind {
        NodeKind::Entity(t) => Some(t),
        NodeKind::Concept => None,
    }
}
