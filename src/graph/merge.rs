//! Merging graphs: the reduce step that lets `build` and cluster jobs combine partial graphs.
//!
//! A node or edge is identified by its id (a function of its key), and combining two copies of
//! one is a set union plus `min` of display names (see `types.rs`). Union and `min` are
//! associative, commutative and idempotent, so `merge` is too: any grouping and order of
//! partial graphs gives the same graph, and merging a graph twice changes nothing.

use super::KnowledgeGraph;

impl KnowledgeGraph {
    /// Folds every node, edge and merge note of `other` into `self`.
    ///
    /// # Complexity
    /// O((n + e) log n) for `other`'s n nodes and e edges, plus the set unions.
    pub fn merge(&mut self, other: &KnowledgeGraph) {
        for node in other.nodes() {
            self.upsert_node(node.clone());
        }
        for edge in other.edges() {
            self.upsert_edge(edge.clone());
        }
        self.merges.extend(other.merges.iter().cloned());
    }

    /// [`KnowledgeGraph::merge`] of a graph the caller gives up: its nodes and edges are moved,
    /// not copied, and into an empty graph it is taken whole. The result is the same as
    /// `merge(&other)`, but the two graphs are never both held in full.
    pub fn merge_from(&mut self, other: KnowledgeGraph) {
        if self.nodes.is_empty() && self.edges.is_empty() && self.merges.is_empty() {
            *self = other;
            return;
        }
        let KnowledgeGraph {
            mut graph,
            nodes,
            edges,
            merges,
        } = other;
        // Edges first (removing a node would drop its edges), kept until their nodes are in.
        let moved: Vec<_> = edges
            .into_values()
            .map(|i| {
                graph
                    .remove_edge(i)
                    .expect("every indexed edge is in the graph")
            })
            .collect();
        for i in nodes.into_values() {
            let node = graph
                .remove_node(i)
                .expect("every indexed node is in the graph");
            self.upsert_node(node);
        }
        for edge in moved {
            self.upsert_edge(edge);
        }
        self.merges.extend(merges);
    }

    /// The merge of many graphs (empty input → empty graph).
    pub fn merge_all<'a>(graphs: impl IntoIterator<Item = &'a KnowledgeGraph>) -> KnowledgeGraph {
        let mut out = KnowledgeGraph::new();
        for g in graphs {
            out.merge(g);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::*;

    #[test]
    fn merge_from_equals_merge() {
        let parts = [sample_graph(), adversarial_graph(), sample_graph()];
        let mut by_ref = KnowledgeGraph::new();
        let mut by_move = KnowledgeGraph::new();
        for g in &parts {
            by_ref.merge(g);
            by_move.merge_from(g.clone());
            assert_eq!(by_move, by_ref);
            assert_eq!(by_move.to_json(), by_ref.to_json());
        }
        let mut into_full = adversarial_graph();
        into_full.merge_from(sample_graph());
        let mut want = adversarial_graph();
        want.merge(&sample_graph());
        assert_eq!(into_full.to_json(), want.to_json());
    }

    /// Three partial graphs that share nodes and edges and spell one name differently.
    fn parts() -> [KnowledgeGraph; 3] {
        let mut t = sample_triples();
        t[0].subject.name = "donald trump".to_string();
        [graph_of(&t[..2]), graph_of(&t[1..4]), graph_of(&t[3..])]
    }

    fn merged(gs: &[&KnowledgeGraph]) -> KnowledgeGraph {
        KnowledgeGraph::merge_all(gs.iter().copied())
    }

    #[test]
    fn merge_is_commutative() {
        let [a, b, c] = parts();
        let orders = [[&a, &b, &c], [&c, &b, &a], [&b, &a, &c], [&c, &a, &b]];
        let want = merged(&orders[0]).to_json();
        for o in orders {
            assert_eq!(merged(&o).to_json(), want);
        }
    }

    #[test]
    fn merge_is_associative() {
        let [a, b, c] = parts();
        let mut ab = a.clone();
        ab.merge(&b);
        ab.merge(&c);
        let mut bc = b.clone();
        bc.merge(&c);
        let mut a_bc = a.clone();
        a_bc.merge(&bc);
        assert_eq!(ab, a_bc);
        assert_eq!(ab.to_json(), a_bc.to_json());
    }

    #[test]
    fn merge_of_parts_equals_building_at_once() {
        let [a, b, c] = parts();
        let mut t = sample_triples();
        t[0].subject.name = "donald trump".to_string();
        assert_eq!(merged(&[&a, &b, &c]), graph_of(&t));
    }

    #[test]
    fn merging_a_graph_with_itself_changes_nothing() {
        let g = sample_graph();
        let mut twice = g.clone();
        twice.merge(&g);
        assert_eq!(twice, g);
    }
}
