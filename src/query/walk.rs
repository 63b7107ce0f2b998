//! Walking the graph: shortest paths between two nodes, neighbourhoods within a depth, and the
//! subgraph a neighbourhood induces.
//!
//! Both are breadth-first searches over the dense [`GraphIndex`] adjacency. petgraph's
//! `dijkstra`/`astar` return one path per target and visit neighbours in insertion order; we want
//! *every* shortest path (parallel edges with different relations are different answers) in
//! id order, which the level-by-level search below gives directly.

use std::collections::VecDeque;

use super::index::{EdgeNo, GraphIndex, NodeNo};
use crate::graph::KnowledgeGraph;

/// Which edges a walk may follow from a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Follow {
    /// Outgoing edges only (edge direction respected).
    Out,
    /// Incoming edges only.
    In,
    /// Both (direction ignored).
    Both,
}

/// One step of a path: the edge taken and the node reached.
pub type Step = (EdgeNo, NodeNo);

/// A path: its start node and its steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    pub start: NodeNo,
    pub steps: Vec<Step>,
}

impl GraphIndex<'_> {
    /// Edges at `n` that `follow` allows, each with the node at its other end.
    pub fn neighbours(&self, n: NodeNo, follow: Follow) -> impl Iterator<Item = Step> + '_ {
        let outs: &[EdgeNo] = if follow == Follow::In {
            &[]
        } else {
            self.outgoing(n)
        };
        let ins: &[EdgeNo] = if follow == Follow::Out {
            &[]
        } else {
            self.incoming(n)
        };
        let out_steps = outs.iter().map(move |&e| (e, self.target(e)));
        // A self-loop already came through `outs` when both directions are followed.
        let in_steps = ins
            .iter()
            .filter(move |&&e| follow != Follow::Both || self.source(e) != self.target(e))
            .map(move |&e| (e, self.source(e)));
        out_steps.chain(in_steps)
    }

    /// Distance (in edges) of every node reachable from `start` within `max_depth`.
    pub fn distances(&self, start: NodeNo, follow: Follow, max_depth: usize) -> Vec<Option<usize>> {
        let mut dist = vec![None; self.node_count()];
        dist[start as usize] = Some(0);
        let mut queue = VecDeque::from([start]);
        while let Some(u) = queue.pop_front() {
            let d = dist[u as usize].expect("queued nodes have a distance");
            if d == max_depth {
                continue;
            }
            for (_, v) in self.neighbours(u, follow) {
                if dist[v as usize].is_none() {
                    dist[v as usize] = Some(d + 1);
                    queue.push_back(v);
                }
            }
        }
        dist
    }

    /// Up to `limit` shortest paths from `from` to `to`, in edge-id order; empty when `to` is
    /// unreachable. A node to itself is one empty path.
    ///
    /// # Complexity
    /// O(n + e) for the search plus O(limit · length · degree) to list paths.
    pub fn shortest_paths(
        &self,
        from: NodeNo,
        to: NodeNo,
        follow: Follow,
        limit: usize,
    ) -> Vec<Path> {
        let dist = self.distances(from, follow, usize::MAX);
        let Some(length) = dist[to as usize] else {
            return Vec::new();
        };
        // Walk back from `to`: a step u → v is on a shortest path when dist[u] + 1 == dist[v].
        let back = match follow {
            Follow::Out => Follow::In,
            Follow::In => Follow::Out,
            Follow::Both => Follow::Both,
        };
        let mut paths = Vec::new();
        let mut reversed: Vec<Step> = Vec::with_capacity(length);
        self.collect_paths(&dist, from, to, back, limit, &mut reversed, &mut paths);
        paths.sort_by(|a: &Path, b: &Path| {
            let ka: Vec<EdgeNo> = a.steps.iter().map(|s| s.0).collect();
            let kb: Vec<EdgeNo> = b.steps.iter().map(|s| s.0).collect();
            ka.cmp(&kb)
        });
        paths
    }

    #[expect(
        clippy::too_many_arguments,
        reason = "recursive helper carrying its search state"
    )]
    fn collect_paths(
        &self,
        dist: &[Option<usize>],
        from: NodeNo,
        at: NodeNo,
        back: Follow,
        limit: usize,
        reversed: &mut Vec<Step>,
        paths: &mut Vec<Path>,
    ) {
        if paths.len() >= limit {
            return;
        }
        if at == from {
            let steps = reversed.iter().rev().copied().collect();
            paths.push(Path { start: from, steps });
            return;
        }
        let d = dist[at as usize].expect("nodes on the way back are reachable");
        for (e, prev) in self.neighbours(at, back) {
            if dist[prev as usize] == Some(d - 1) {
                reversed.push((e, at));
                self.collect_paths(dist, from, prev, back, limit, reversed, paths);
                reversed.pop();
            }
        }
    }

    /// The subgraph induced by the nodes within `depth` of `start`: those nodes and every edge
    /// between two of them.
    pub fn neighbourhood(&self, start: NodeNo, follow: Follow, depth: usize) -> KnowledgeGraph {
        let dist = self.distances(start, follow, depth);
        let mut sub = KnowledgeGraph::new();
        for n in (0..self.node_count() as NodeNo).filter(|&n| dist[n as usize].is_some()) {
            sub.upsert_node(self.node(n).clone());
        }
        for e in 0..self.edge_count() as EdgeNo {
            if dist[self.source(e) as usize].is_some() && dist[self.target(e) as usize].is_some() {
                sub.upsert_edge(self.edge(e).clone());
            }
        }
        sub
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph;

    fn no(index: &GraphIndex<'_>, name: &str) -> NodeNo {
        index.nodes_named(name)[0]
    }

    fn show(index: &GraphIndex<'_>, p: &Path) -> String {
        let mut s = index.node(p.start).name.clone();
        for &(e, n) in &p.steps {
            s.push_str(&format!(
                " [{}] {}",
                index.edge(e).relation,
                index.node(n).name
            ));
        }
        s
    }

    #[test]
    fn shortest_paths_directed_and_undirected() {
        let g = testgraph::graph();
        let index = GraphIndex::new(&g);
        let (z, pause, tusk) = (
            no(&index, "zelenskyy"),
            no(&index, "energy pause"),
            no(&index, "donald tusk"),
        );
        let directed = index.shortest_paths(z, pause, Follow::Out, 10);
        let shown: Vec<String> = directed.iter().map(|p| show(&index, p)).collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(shown.contains(
            &"Volodymyr Zelenskyy [meet] Donald Trump [speak with] Vladimir Putin [agree to] energy pause".to_string()
        ));
        assert!(index.shortest_paths(pause, z, Follow::Out, 10).is_empty());
        assert_eq!(
            index.shortest_paths(pause, z, Follow::Both, 10).len(),
            3,
            "three Trump–Zelenskyy edges"
        );
        let to_tusk = index.shortest_paths(pause, tusk, Follow::Both, 10);
        assert!(to_tusk.iter().all(|p| p.steps.len() == 4), "{to_tusk:?}");
        assert_eq!(
            index.shortest_paths(z, z, Follow::Out, 10),
            [Path {
                start: z,
                steps: vec![]
            }]
        );
        assert_eq!(index.shortest_paths(z, pause, Follow::Out, 1).len(), 1);
    }

    #[test]
    fn neighbourhood_is_the_induced_subgraph_within_depth() {
        let g = testgraph::graph();
        let index = GraphIndex::new(&g);
        let putin = no(&index, "putin");
        let one = index.neighbourhood(putin, Follow::Both, 1);
        let names: Vec<&str> = one.nodes().map(|n| n.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "ceasefire plan",
                "energy pause",
                "peace deal",
                "Donald Trump",
                "Vladimir Putin"
            ]
        );
        assert_eq!(one.edge_count(), 4);
        let zero = index.neighbourhood(putin, Follow::Both, 0);
        assert_eq!((zero.node_count(), zero.edge_count()), (1, 0));
        let out = index.neighbourhood(putin, Follow::Out, 5);
        assert_eq!(out.node_count(), 4);
        assert_eq!(
            index.neighbourhood(putin, Follow::Both, 9).node_count(),
            g.node_count()
        );
    }
}
