//! Cross-document alias resolution on a built graph: one node per actor, every merge recorded.
//!
//! Per-document coreference already gives one node per name key, but two documents may spell an
//! actor differently (`Zelensky` / `Volodymyr Zelenskyy`, `U.S.` / `United States`). Here each
//! entity node becomes one [`EntityRecord`], [`alias::cluster`] decides which records are one
//! actor, and each cluster collapses onto one node named by its canonical (fullest) name. Records
//! are built from nodes sorted by id, and the graph before resolution does not depend on
//! document order (see `merge.rs`), so neither does the result.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::alias::{self, EntityRecord, NoMerge};
use super::{Edge, EdgeId, KnowledgeGraph, Node, NodeId, NodeKind, normalize};

/// The reason recorded for a node renamed to its cluster's canonical name without being
/// matched to another member (`U.S.` and `US` both become `United States`).
pub const RENAMED: &str = "renamed to canonical name";

/// Why one node was folded into another; stored sorted in graph.json `merges`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergeNote {
    /// The node that remains.
    pub into: NodeId,
    /// The id the folded node had.
    pub from: NodeId,
    /// The folded node's name.
    pub from_name: String,
    /// The name it was matched with (or the canonical name, for a rename).
    pub matched: String,
    /// The rule that matched (`transliteration variant`, `acronym`, ..., or [`RENAMED`]).
    pub reason: String,
}

impl KnowledgeGraph {
    /// Collapses entity nodes that [`alias::cluster`] finds to be one actor onto one node,
    /// re-targets their edges (edges that become identical merge their evidence) and records
    /// each fold in [`KnowledgeGraph::merge_notes`]. Returns the notes added by this call,
    /// sorted. Pairs in `no_merge` are never joined. Running it twice changes nothing more.
    ///
    /// # Complexity
    /// Pair tests only between entity nodes that share a name, surname, acronym or context key
    /// (see `alias/candidates.rs`), plus O(n + e) rebuilding.
    pub fn resolve_aliases(&mut self, no_merge: &NoMerge) -> Vec<MergeNote> {
        let ents: Vec<&Node> = self.nodes().filter(|n| n.kind.is_entity()).collect();
        let records: Vec<EntityRecord> = ents.iter().map(|n| self.record(n)).collect();
        let mut renamed: BTreeMap<NodeId, NodeId> = BTreeMap::new();
        // Each fold to make: the new node's kind, canonical name and id, and its members' ids.
        let mut folds: Vec<(NodeKind, String, NodeId, Vec<NodeId>)> = Vec::new();
        let mut notes: BTreeSet<MergeNote> = BTreeSet::new();
        for c in alias::cluster(&records, no_merge) {
            let members: Vec<&Node> = c.members.iter().map(|&i| ents[i]).collect();
            let kind = members[0].kind;
            let canonical = self.free_canonical(kind, &c.canonical, &members);
            let into = NodeId::new(kind, &canonical);
            if members.len() == 1 && members[0].id == into && members[0].name == canonical {
                continue;
            }
            for m in &members {
                renamed.insert(m.id.clone(), into.clone());
            }
            notes.extend(cluster_notes(&c, &ents, &into, &canonical));
            let ids = members.iter().map(|m| m.id.clone()).collect();
            folds.push((kind, canonical, into, ids));
        }
        drop(records);
        drop(ents);
        if renamed.is_empty() {
            return Vec::new();
        }
        let map = |id: &NodeId| renamed.get(id).unwrap_or(id).clone();
        // Rebuild by moving every node and edge out of the old graph, never copying one: a
        // copy would hold the whole graph (all evidence, all mentions) twice at the end of a
        // large build. Insertion follows id order, as the accessors do.
        let KnowledgeGraph {
            graph,
            nodes,
            edges,
            merges,
        } = std::mem::take(self);
        let node_bound = petgraph::visit::NodeIndexable::node_bound(&graph);
        let edge_bound = petgraph::visit::EdgeIndexable::edge_bound(&graph);
        let (node_iter, edge_iter) = graph.into_nodes_edges_iters();
        let mut node_slots: Vec<Option<Node>> =
            std::iter::repeat_with(|| None).take(node_bound).collect();
        for n in node_iter {
            node_slots[n.index.index()] = Some(n.weight);
        }
        let mut edge_slots: Vec<Option<Edge>> =
            std::iter::repeat_with(|| None).take(edge_bound).collect();
        for e in edge_iter {
            edge_slots[e.index.index()] = Some(e.weight);
        }
        // The merged nodes, each built from its members moved out of their slots.
        let mut merged: BTreeMap<NodeId, Node> = BTreeMap::new();
        for (kind, canonical, into, ids) in folds {
            let mut node = Node::new(kind, canonical.clone());
            for id in ids {
                let mut m = node_slots[nodes[&id].index()]
                    .take()
                    .expect("a node is a member of one cluster");
                let old_name = std::mem::replace(&mut m.name, canonical.clone());
                m.aliases.insert(old_name);
                m.id = into.clone();
                node.absorb(m);
            }
            merged.insert(into, node);
        }
        // Sized once: growing by doubling would hold old and new slot vectors at once.
        let mut out = KnowledgeGraph {
            graph: petgraph::stable_graph::StableDiGraph::with_capacity(
                nodes.len() - renamed.len() + merged.len(),
                edges.len(),
            ),
            ..KnowledgeGraph::default()
        };
        for (id, i) in nodes {
            if !renamed.contains_key(&id) {
                let node = node_slots[i.index()]
                    .take()
                    .expect("every id maps to a node");
                out.upsert_node(node);
            }
        }
        drop(node_slots);
        for n in merged.into_values() {
            out.upsert_node(n);
        }
        for (_, i) in edges {
            let e = edge_slots[i.index()]
                .take()
                .expect("every id maps to an edge");
            let (source, target) = (map(&e.source), map(&e.target));
            out.upsert_edge(Edge {
                id: EdgeId::new(&source, &e.relation, e.negated, &target),
                source,
                target,
                relation: e.relation,
                negated: e.negated,
                evidence: e.evidence,
            });
        }
        drop(edge_slots);
        // Earlier notes keep pointing at the node that now holds what they folded.
        out.merges = merges
            .into_iter()
            .map(|n| MergeNote {
                into: map(&n.into),
                ..n
            })
            .chain(notes.iter().cloned())
            .collect();
        *self = out;
        notes.into_iter().collect()
    }

    /// Every recorded merge, sorted.
    pub fn merge_notes(&self) -> impl ExactSizeIterator<Item = &MergeNote> + '_ {
        self.merges.iter()
    }

    /// The alias record of one entity node. Context: names of its neighbours and capitalised
    /// words inside its evidence sentences (not sentence-initial, not its own name words, not
    /// days or months), the
    /// kind of evidence that tells two same-spelled actors apart without matching on "said".
    fn record(&self, n: &Node) -> EntityRecord {
        let NodeKind::Entity(kind) = n.kind else {
            unreachable!("only entity nodes get alias records")
        };
        let own: BTreeSet<String> = std::iter::once(&n.name)
            .chain(&n.aliases)
            .flat_map(|f| f.split_whitespace())
            .map(normalize)
            .collect();
        let mut context = BTreeSet::new();
        for e in self.outgoing(&n.id).into_iter().chain(self.incoming(&n.id)) {
            let other = if e.source == n.id {
                &e.target
            } else {
                &e.source
            };
            if let Some(o) = self.node(other).filter(|o| o.id != n.id) {
                context.insert(normalize(&o.name));
            }
            for ev in &e.evidence {
                let words = ev.text.split_whitespace().skip(1);
                for w in words.map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())) {
                    let key = normalize(w);
                    if w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().count() > 1
                        && !own.contains(&key)
                        && !crate::text::CALENDAR.contains(&key.as_str())
                    {
                        context.insert(key);
                    }
                }
            }
        }
        EntityRecord {
            name: n.name.clone(),
            kind: Some(kind),
            aliases: n.aliases.iter().cloned().collect(),
            roles: n.roles.iter().cloned().collect(),
            context: context.into_iter().collect(),
        }
    }

    /// The cluster's canonical name, unless its id belongs to a node outside the cluster (only
    /// possible when a no-merge pair kept that node apart): then the fullest member name.
    fn free_canonical(&self, kind: NodeKind, canonical: &str, members: &[&Node]) -> String {
        let id = NodeId::new(kind, canonical);
        if self.node(&id).is_none() || members.iter().any(|m| m.id == id) {
            return canonical.to_string();
        }
        members
            .iter()
            .map(|m| m.name.as_str())
            .max_by(|a, b| {
                let words = |s: &str| s.split_whitespace().count();
                words(a).cmp(&words(b)).then_with(|| b.cmp(a))
            })
            .expect("clusters are never empty")
            .to_string()
    }
}

/// One note per member whose id changes: the merge rule that attached it, read off the
/// cluster's merge tree rooted at the member that keeps its id (else the first member).
fn cluster_notes(
    c: &alias::AliasCluster,
    ents: &[&Node],
    into: &NodeId,
    canonical: &str,
) -> Vec<MergeNote> {
    let root = c
        .members
        .iter()
        .copied()
        .find(|&i| ents[i].id == *into)
        .unwrap_or(c.members[0]);
    let mut links: BTreeMap<usize, Vec<(usize, &str)>> = BTreeMap::new();
    for m in &c.merges {
        links.entry(m.a).or_default().push((m.b, m.reason));
        links.entry(m.b).or_default().push((m.a, m.reason));
    }
    let note = |i: usize, matched: &str, reason: &str| MergeNote {
        into: into.clone(),
        from: ents[i].id.clone(),
        from_name: ents[i].name.clone(),
        matched: matched.to_string(),
        reason: reason.to_string(),
    };
    let mut out = Vec::new();
    if ents[root].id != *into {
        out.push(note(root, canonical, RENAMED));
    }
    let mut seen = BTreeSet::from([root]);
    let mut queue = std::collections::VecDeque::from([root]);
    while let Some(p) = queue.pop_front() {
        for &(m, reason) in links.get(&p).map(Vec::as_slice).unwrap_or(&[]) {
            if seen.insert(m) {
                if ents[m].id != *into {
                    out.push(note(m, &ents[p].name, reason));
                }
                queue.push_back(m);
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "resolve_tests.rs"]
mod tests;
