//! The knowledge graph: deduplicated entity/concept nodes and relation edges with evidence.
//!
//! [`KnowledgeGraph`] wraps a petgraph `StableDiGraph` plus id → index maps. Ids derive from
//! keys ([`id`]), nodes with one key become one node and statements of one
//! (subject, relation, negated, object) become one edge whose weight counts them. Readers iterate
//! nodes and edges sorted by id, so nothing about insertion order reaches any output.
//!
//! The store format (graph.json) is documented in [`store`].

mod heap;
pub mod id;
mod merge;
mod resolve;
mod sorted_set;
pub mod store;
mod types;

use std::collections::{BTreeMap, BTreeSet};
pub mod alias;

use std::path::Path;

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};

pub use id::{EdgeId, NodeId, NodeKind, normalize};
pub use resolve::{MergeNote, RENAMED};
pub use sorted_set::SortedSet;
pub use types::{Edge, EdgeEvidence, Mention, Node};

use crate::error::Result;
use crate::extract::record::DocumentRecord;
use crate::extract::{ArgKind, Argument, Triple};

/// Nodes are entities and concepts; edges are (subject, relation, object) with weight and evidence.
#[derive(Debug, Default, Clone)]
pub struct KnowledgeGraph {
    graph: StableDiGraph<Node, Edge>,
    nodes: BTreeMap<NodeId, NodeIndex>,
    edges: BTreeMap<EdgeId, EdgeIndex>,
    /// Folds done by [`KnowledgeGraph::resolve_aliases`], written to graph.json `merges`.
    merges: std::collections::BTreeSet<MergeNote>,
}

impl KnowledgeGraph {
    pub fn new() -> KnowledgeGraph {
        KnowledgeGraph::default()
    }

    /// Adds one triple: same node key → same node; same (subject, relation, negated, object) →
    /// same edge, its evidence gaining this statement (weight + 1 unless it was already there).
    pub fn add_triple(&mut self, t: &Triple) {
        let doc = &t.evidence.doc;
        let subject = self.upsert_node(argument_node(&t.subject, doc));
        let object = self.upsert_node(argument_node(&t.object, doc));
        let source = self.graph[subject].id.clone();
        let target = self.graph[object].id.clone();
        let relation = normalize(&t.relation);
        let evidence = EdgeEvidence {
            doc: doc.clone(),
            sentence: t.evidence.sentence,
            span: t.evidence.span,
            subject: t.subject.span,
            object: t.object.span,
            text: t.evidence.text.clone(),
            surface: t.surface.clone(),
            date: t.evidence.date.clone(),
            modality: t.modality.clone(),
            attributed_to: t.attributed_to.clone(),
        };
        let edge = Edge {
            id: EdgeId::new(&source, &relation, t.negated, &target),
            source,
            target,
            relation,
            negated: t.negated,
            evidence: [evidence].into(),
        };
        self.upsert_edge(edge);
    }

    /// Adds one document's share of the graph: its triples, then every actor of the document
    /// that no triple of it touches, as a node of its own with the document's mentions (a
    /// person named only in passing is still a node a user can find). The result depends on
    /// the record alone, so adding records stays associative and commutative.
    pub fn add_record(&mut self, r: &DocumentRecord) {
        for t in &r.triples {
            self.add_triple(t);
        }
        let in_triples: BTreeSet<NodeId> = r
            .triples
            .iter()
            .flat_map(|t| [&t.subject, &t.object])
            .filter(|a| matches!(a.kind, ArgKind::Entity(_)))
            .map(argument_node_id)
            .collect();
        for re in &r.entities {
            let e = &re.entity;
            let name = e.name.trim();
            if name.is_empty() || re.mentions.is_empty() {
                continue;
            }
            let mut node = named_node(NodeKind::Entity(e.kind), name, &e.aliases, &e.roles);
            if in_triples.contains(&node.id) {
                continue;
            }
            node.mentions = re
                .mentions
                .iter()
                .map(|s| Mention {
                    doc: r.id.clone(),
                    start: s.start,
                    end: s.end,
                })
                .collect();
            self.upsert_node(node);
        }
    }

    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    /// Loads a graph.json store (see [`store`] for the format).
    pub fn load(path: &Path) -> Result<KnowledgeGraph> {
        store::load(path)
    }

    /// Writes the graph.json store atomically.
    pub fn save(&self, path: &Path) -> Result<()> {
        crate::export::write_atomic_with(path, |w| self.write_json(w))
    }

    /// The graph.json text: one record per line, nodes and edges sorted by id, trailing newline.
    pub fn to_json(&self) -> String {
        store::to_json(self)
    }

    /// Streams the graph.json text into `w` (the bytes [`KnowledgeGraph::to_json`] returns),
    /// without holding the whole file in memory.
    pub fn write_json<W: std::io::Write>(&self, w: W) -> std::io::Result<()> {
        store::write_json(self, w)
    }

    /// Parses graph.json text; `origin` names the file in error messages.
    pub fn from_json(text: &str, origin: &Path) -> Result<KnowledgeGraph> {
        store::from_json(text, origin)
    }

    /// All nodes, sorted by id.
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = &Node> + '_ {
        self.nodes.values().map(|&i| &self.graph[i])
    }

    /// All edges, sorted by id.
    pub fn edges(&self) -> impl ExactSizeIterator<Item = &Edge> + '_ {
        self.edges.values().map(|&i| &self.graph[i])
    }

    /// All edges, sorted by id, each with the positions of its source and target in
    /// [`KnowledgeGraph::nodes`] order: for writers that number nodes `0..n` (GraphML `n<i>`)
    /// without looking an id up per edge.
    ///
    /// # Complexity
    /// O(n) to number the nodes, then O(1) per edge.
    pub fn edges_with_positions(
        &self,
    ) -> impl ExactSizeIterator<Item = (usize, usize, &Edge)> + '_ {
        let bound = petgraph::visit::NodeIndexable::node_bound(&self.graph);
        let mut position = vec![usize::MAX; bound];
        for (p, &i) in self.nodes.values().enumerate() {
            position[i.index()] = p;
        }
        self.edges.values().map(move |&i| {
            let (s, t) = self
                .graph
                .edge_endpoints(i)
                .expect("every indexed edge is in the graph");
            (position[s.index()], position[t.index()], &self.graph[i])
        })
    }

    pub fn node(&self, id: &NodeId) -> Option<&Node> {
        self.nodes.get(id).map(|&i| &self.graph[i])
    }

    pub fn edge(&self, id: &EdgeId) -> Option<&Edge> {
        self.edges.get(id).map(|&i| &self.graph[i])
    }

    /// Nodes of any type whose name or an alias equals `name` after [`normalize`], sorted by id
    /// (`"putin"` finds `Vladimir Putin` when `Putin` is an alias). O(nodes × aliases).
    pub fn find_by_name(&self, name: &str) -> Vec<&Node> {
        let want = normalize(name);
        self.nodes()
            .filter(|n| {
                normalize(&n.name) == want || n.aliases.iter().any(|a| normalize(a) == want)
            })
            .collect()
    }

    /// Edges leaving `id`, sorted by edge id.
    pub fn outgoing(&self, id: &NodeId) -> Vec<&Edge> {
        self.incident(id, petgraph::Direction::Outgoing)
    }

    /// Edges entering `id`, sorted by edge id.
    pub fn incoming(&self, id: &NodeId) -> Vec<&Edge> {
        self.incident(id, petgraph::Direction::Incoming)
    }

    /// Stores a computed property (`degree`, `pagerank`, ...) on a node, replacing any old
    /// value; returns false when no node has this id. Identity fields stay read-only.
    pub fn set_node_property(&mut self, id: &NodeId, key: &str, value: serde_json::Value) -> bool {
        let Some(&i) = self.nodes.get(id) else {
            return false;
        };
        self.graph[i].properties.insert(key.to_string(), value);
        true
    }

    /// The petgraph index of a node, for algorithms on [`KnowledgeGraph::petgraph`].
    pub fn node_index(&self, id: &NodeId) -> Option<NodeIndex> {
        self.nodes.get(id).copied()
    }

    /// The underlying petgraph graph. Its indices depend on insertion order: never write them out.
    pub fn petgraph(&self) -> &StableDiGraph<Node, Edge> {
        &self.graph
    }

    fn incident(&self, id: &NodeId, dir: petgraph::Direction) -> Vec<&Edge> {
        let Some(&i) = self.nodes.get(id) else {
            return Vec::new();
        };
        let mut out: Vec<&Edge> = self
            .graph
            .edges_directed(i, dir)
            .map(|e| e.weight())
            .collect();
        out.sort_by(|a, b| a.id.cmp(&b.id));
        out
    }

    /// Inserts `node`, or folds it into the node with its id.
    pub(crate) fn upsert_node(&mut self, node: Node) -> NodeIndex {
        if let Some(&i) = self.nodes.get(&node.id) {
            self.graph[i].absorb(node);
            i
        } else {
            let id = node.id.clone();
            let i = self.graph.add_node(node);
            self.nodes.insert(id, i);
            i
        }
    }

    /// Inserts `edge` (whose endpoints must exist), or folds it into the edge with its id.
    pub(crate) fn upsert_edge(&mut self, edge: Edge) {
        if let Some(&i) = self.edges.get(&edge.id) {
            self.graph[i].absorb(edge);
            return;
        }
        let s = self.nodes[&edge.source];
        let t = self.nodes[&edge.target];
        let id = edge.id.clone();
        let i = self.graph.add_edge(s, t, edge);
        self.edges.insert(id, i);
    }
}

/// Two graphs are equal when they hold the same nodes, edges and merge notes (petgraph indices
/// aside).
impl PartialEq for KnowledgeGraph {
    fn eq(&self, other: &KnowledgeGraph) -> bool {
        self.nodes().eq(other.nodes())
            && self.edges().eq(other.edges())
            && self.merges == other.merges
    }
}

impl Eq for KnowledgeGraph {}

/// Node kind and name of a triple argument.
fn argument_key(arg: &Argument) -> (NodeKind, &str) {
    let kind = match arg.kind {
        ArgKind::Entity(t) => NodeKind::Entity(t),
        ArgKind::Concept => NodeKind::Concept,
    };
    let name = if arg.name.trim().is_empty() {
        arg.text.trim()
    } else {
        arg.name.trim()
    };
    (kind, name)
}

/// The id of the node a triple argument denotes.
fn argument_node_id(arg: &Argument) -> NodeId {
    let (kind, name) = argument_key(arg);
    NodeId::new(kind, name)
}

/// A new node with its other names (its own name left out) and roles.
fn named_node(kind: NodeKind, name: &str, aliases: &[String], roles: &[String]) -> Node {
    let mut node = Node::new(kind, name);
    node.aliases = aliases.iter().filter(|a| *a != name).cloned().collect();
    node.roles = roles.iter().cloned().collect();
    node
}

/// The node a triple argument denotes, with this one mention.
fn argument_node(arg: &Argument, doc: &str) -> Node {
    let (kind, name) = argument_key(arg);
    let mut node = named_node(kind, name, &arg.aliases, &arg.roles);
    if kind == NodeKind::Concept && !arg.text.is_empty() {
        node.texts.insert(arg.text.clone());
    }
    node.mentions.insert(Mention {
        doc: doc.to_string(),
        start: arg.span.start,
        end: arg.span.end,
    });
    node
}

#[cfg(test)]
use crate::{
    document::{EntityType, Span},
    extract::Evidence,
};

#[cfg(test)]
pub(crate) mod fixtures;
#[cfg(test)]
mod random_tests;

#[cfg(test)]
mod tests {
    use super::fixtures::*;
    use super::*;

    #[test]
    fn edge_positions_point_at_the_endpoints_in_node_order() {
        let mut g = sample_graph();
        // Aliasing rebuilds the petgraph graph, so indices and positions differ afterwards.
        g.resolve_aliases(&alias::NoMerge::default());
        let ids: Vec<&NodeId> = g.nodes().map(|n| &n.id).collect();
        let got: Vec<_> = g.edges_with_positions().collect();
        assert_eq!(got.len(), g.edge_count());
        for ((s, t, e), want) in got.into_iter().zip(g.edges()) {
            assert_eq!(e, want);
            assert_eq!((ids[s], ids[t]), (&e.source, &e.target));
        }
    }

    #[test]
    fn actors_no_triple_touches_still_become_nodes() {
        use crate::document::Entity;
        use crate::extract::record::{DocumentRecord, DocumentStats, RecordEntity};
        let entity = |name: &str, kind, spans: &[(usize, usize)]| RecordEntity {
            entity: Entity {
                name: name.to_string(),
                kind,
                aliases: vec!["Rubio".to_string(), name.to_string()],
                roles: vec!["Secretary of State".to_string()],
            },
            mentions: spans.iter().map(|&(a, b)| Span::new(a, b)).collect(),
        };
        let record = DocumentRecord {
            id: "doc-a".to_string(),
            title: None,
            date: None,
            url: None,
            stats: DocumentStats::default(),
            triples: vec![triple(
                ("Donald Trump", Some(EntityType::Person)),
                "call",
                ("Vladimir Putin", Some(EntityType::Person)),
                0,
            )],
            entities: vec![
                entity("Donald Trump", EntityType::Person, &[(0, 12), (40, 42)]),
                entity("Marco Rubio", EntityType::Person, &[(120, 131), (150, 155)]),
                entity("Saudi Arabia", EntityType::Gpe, &[]),
            ],
        };
        let mut g = KnowledgeGraph::new();
        g.add_record(&record);
        let rubio = g
            .node(&NodeId::entity(EntityType::Person, "Marco Rubio"))
            .expect("an actor without triples is a node");
        assert_eq!(rubio.mention_count(), 2);
        assert_eq!(rubio.aliases.iter().collect::<Vec<_>>(), ["Rubio"]);
        assert_eq!(
            rubio.roles.iter().collect::<Vec<_>>(),
            ["Secretary of State"]
        );
        // An actor some triple touches keeps the triple's mentions only: no double counting.
        let trump = g
            .node(&NodeId::entity(EntityType::Person, "Donald Trump"))
            .unwrap();
        assert_eq!(trump.mention_count(), 1);
        // No mention, no node.
        assert_eq!(g.node_count(), 3);
        assert_eq!(g.edge_count(), 1);
        // The record alone decides: adding it twice changes nothing.
        let once = g.clone();
        g.add_record(&record);
        assert_eq!(g, once);
    }

    #[test]
    fn same_key_is_one_node_and_same_statement_one_edge() {
        let mut g = KnowledgeGraph::new();
        g.add_triple(&triple(
            ("Donald Trump", Some(EntityType::Person)),
            "agree to",
            ("energy pause", None),
            0,
        ));
        g.add_triple(&triple(
            ("donald  trump", Some(EntityType::Person)),
            "Agree to",
            ("Energy pause", None),
            1,
        ));
        assert_eq!(g.node_count(), 2);
        assert_eq!(g.edge_count(), 1);
        let e = g.edges().next().unwrap();
        assert_eq!(e.weight(), 2);
        assert_eq!(e.relation, "agree to");
        let trump = g
            .node(&NodeId::entity(EntityType::Person, "Donald Trump"))
            .unwrap();
        assert_eq!(trump.name, "Donald Trump");
        assert!(trump.aliases.contains("donald  trump"));
        assert_eq!(trump.mention_count(), 2);
    }

    #[test]
    fn find_by_name_matches_names_and_aliases_of_any_type() {
        let g = sample_graph();
        let ids = |q: &str| {
            g.find_by_name(q)
                .iter()
                .map(|n| n.id.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("putin"), ["person:vladimir-putin"]);
        assert_eq!(ids("  VLADIMIR putin"), ["person:vladimir-putin"]);
        assert_eq!(ids("energy pause"), ["concept:energy-pause"]);
        assert!(ids("nobody").is_empty());
    }

    #[test]
    fn the_same_statement_twice_counts_once() {
        let t = triple(
            ("Trump", Some(EntityType::Person)),
            "call",
            ("Putin", Some(EntityType::Person)),
            3,
        );
        let mut g = KnowledgeGraph::new();
        g.add_triple(&t);
        g.add_triple(&t);
        assert_eq!(g.edges().next().unwrap().weight(), 1);
    }

    #[test]
    fn negation_and_type_keep_edges_and_nodes_apart() {
        let mut g = KnowledgeGraph::new();
        let mut t = triple(
            ("Trump", Some(EntityType::Person)),
            "reject",
            ("plan", None),
            0,
        );
        g.add_triple(&t);
        t.negated = true;
        g.add_triple(&t);
        t.subject.kind = ArgKind::Entity(EntityType::Org);
        g.add_triple(&t);
        assert_eq!(g.node_count(), 3);
        assert_eq!(g.edge_count(), 3);
    }

    #[test]
    fn iteration_is_sorted_by_id_whatever_the_insertion_order() {
        let triples = sample_triples();
        let mut a = KnowledgeGraph::new();
        triples.iter().for_each(|t| a.add_triple(t));
        let mut b = KnowledgeGraph::new();
        triples.iter().rev().for_each(|t| b.add_triple(t));
        assert_eq!(a, b);
        assert_eq!(a.to_json(), b.to_json());
        let ids: Vec<&NodeId> = a.nodes().map(|n| &n.id).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        let putin = NodeId::entity(EntityType::Person, "Vladimir Putin");
        assert!(!a.incoming(&putin).is_empty() || !a.outgoing(&putin).is_empty());
    }
}
