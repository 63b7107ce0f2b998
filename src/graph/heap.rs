//! An estimate of the memory a [`KnowledgeGraph`] holds, so `relgraph bench` can compare peak
//! RSS with the size of the graph a run built (issue 9's memory bound: peak RSS on a large corpus
//! ≤ the final graph's in-memory size + 200 MB).
//!
//! The estimate counts every struct at its `size_of`, every string and vector at its capacity
//! plus the allocator's per-block cost, B-tree collections at the leaf nodes they need (eleven
//! slots, about two thirds full), and the petgraph and id-map slots. It leaves out fragmentation
//! and freed memory the allocator keeps, so it is a lower bound on the heap the graph really
//! uses, which makes "peak RSS − estimate" an upper bound on everything else.

use std::mem::size_of;

use super::types::{Edge, EdgeEvidence, Mention, Node};
use super::{EdgeId, KnowledgeGraph, NodeId};

/// Bytes the allocator spends per allocated block beyond the payload (header, rounding).
const BLOCK: usize = 16;

/// One heap block of `capacity` bytes (nothing for an empty one: it does not allocate).
fn string(capacity: usize) -> usize {
    if capacity == 0 { 0 } else { capacity + BLOCK }
}

/// The leaf nodes of a B-tree holding `n` entries of `entry` bytes each: eleven slots a node,
/// about eight used, plus the node's header.
fn btree(n: usize, entry: usize) -> usize {
    if n == 0 {
        0
    } else {
        n.div_ceil(8) * (11 * entry + 16 + BLOCK)
    }
}

/// A B-tree set of strings: its nodes plus each string's block.
fn string_set<'a>(items: impl ExactSizeIterator<Item = &'a String>) -> usize {
    let n = items.len();
    btree(n, size_of::<String>()) + items.map(|s| string(s.capacity())).sum::<usize>()
}

fn mention(m: &Mention) -> usize {
    string(m.doc.capacity())
}

fn node(n: &Node) -> usize {
    string(n.id.as_str().len())
        + string(n.name.capacity())
        + string_set(n.aliases.iter())
        + string_set(n.roles.iter())
        + string_set(n.texts.iter())
        + btree(n.mentions.len(), size_of::<Mention>())
        + n.mentions.iter().map(mention).sum::<usize>()
        + btree(
            n.properties.len(),
            size_of::<String>() + size_of::<serde_json::Value>(),
        )
}

fn evidence(ev: &EdgeEvidence) -> usize {
    let opt = |s: &Option<String>| s.as_ref().map_or(0, |s| string(s.capacity()));
    string(ev.doc.capacity())
        + string(ev.text.capacity())
        + string(ev.surface.capacity())
        + opt(&ev.date)
        + opt(&ev.modality)
        + opt(&ev.attributed_to)
}

fn edge(e: &Edge) -> usize {
    string(e.id.as_str().len())
        + string(e.source.as_str().len())
        + string(e.target.as_str().len())
        + string(e.relation.capacity())
        + string(e.evidence.capacity() * size_of::<EdgeEvidence>())
        + e.evidence.iter().map(evidence).sum::<usize>()
}

impl KnowledgeGraph {
    /// Estimated bytes of heap the graph holds (see the module documentation: a lower bound).
    pub fn heap_bytes(&self) -> usize {
        // petgraph keeps each weight with two links (u32 indices) in one vector per kind, and
        // those vectors grow by doubling: count the room they hold, not only what is used.
        let (node_room, edge_room) = self.graph.capacity();
        let slots = string(node_room * (size_of::<Option<Node>>() + 2 * 4))
            + string(edge_room * (size_of::<Option<Edge>>() + 4 * 4));
        let maps = btree(self.node_count(), size_of::<NodeId>() + 4)
            + btree(self.edge_count(), size_of::<EdgeId>() + 4)
            + self
                .nodes()
                .map(|n| string(n.id.as_str().len()))
                .sum::<usize>()
            + self
                .edges()
                .map(|e| string(e.id.as_str().len()))
                .sum::<usize>();
        let merges = self.merge_notes().map(|m| {
            string(m.into.as_str().len())
                + string(m.from.as_str().len())
                + string(m.from_name.len())
                + string(m.matched.len())
                + string(m.reason.len())
        });
        slots
            + maps
            + self.nodes().map(node).sum::<usize>()
            + self.edges().map(edge).sum::<usize>()
            + btree(self.merge_notes().count(), 5 * size_of::<String>())
            + merges.sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::fixtures::sample_graph;

    #[test]
    fn grows_with_the_strings_the_graph_holds() {
        assert_eq!(KnowledgeGraph::new().heap_bytes(), 0);
        let g = sample_graph();
        let text: usize = g
            .edges()
            .flat_map(|e| e.evidence.iter())
            .map(|ev| ev.text.len())
            .sum();
        let bytes = g.heap_bytes();
        assert!(
            bytes > text,
            "{bytes} counts at least the evidence text {text}"
        );
        let mut twice = g.clone();
        twice.merge(&sample_graph());
        let again = twice.heap_bytes();
        // The same data; only vectors that grew while merging may hold more room.
        assert!(
            (bytes..bytes + bytes / 5).contains(&again),
            "{again} vs {bytes}"
        );
    }

    #[test]
    fn btree_and_string_costs() {
        assert_eq!(string(0), 0);
        assert_eq!(string(5), 5 + BLOCK);
        assert_eq!(btree(0, 24), 0);
        assert_eq!(btree(1, 24), btree(8, 24));
        assert_eq!(btree(9, 24), 2 * btree(1, 24));
    }
}
