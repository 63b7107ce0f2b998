//! Graph statistics: counts by node type and relation, degree, PageRank, weakly connected
//! components — all computed on the compacted [`GraphIndex`].

use std::collections::BTreeMap;

use super::index::{GraphIndex, NodeNo};

/// PageRank damping factor (Brin & Page 1998 use 0.85).
pub const DAMPING: f64 = 0.85;
/// Iteration stops when the L1 change of the rank vector falls below this.
pub const TOLERANCE: f64 = 1e-9;
/// Iteration stops after this many rounds whatever the change.
pub const MAX_ITERATIONS: usize = 200;

/// Everything `relgraph stats` reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub nodes: usize,
    pub edges: usize,
    /// Sum of edge weights: the number of distinct statements.
    pub statements: usize,
    /// Node type (`PERSON`, ..., `CONCEPT`) → count, sorted by type.
    pub node_types: BTreeMap<&'static str, usize>,
    /// (relation, edges, statements), most statements first, then by relation.
    pub relations: Vec<(String, usize, usize)>,
    /// Edges at each node (both directions), by node number.
    pub degree: Vec<usize>,
    /// PageRank of each node, by node number; sums to 1 on a non-empty graph.
    pub pagerank: Vec<f64>,
    /// PageRank iterations run.
    pub iterations: usize,
    /// Weakly connected component of each node (numbered by their smallest node).
    pub component: Vec<u32>,
    /// Component sizes, largest first.
    pub component_sizes: Vec<usize>,
}

impl Stats {
    /// Computes every statistic.
    ///
    /// # Complexity
    /// O(n + e) per PageRank iteration, plus O(e α(n)) for components.
    pub fn compute(index: &GraphIndex<'_>) -> Stats {
        let n = index.node_count();
        let mut node_types = BTreeMap::new();
        for i in 0..n as NodeNo {
            *node_types.entry(index.node(i).kind.as_str()).or_insert(0) += 1;
        }
        let mut relations: Vec<(String, usize, usize)> = index
            .relations()
            .map(|(r, es)| {
                (
                    r.to_string(),
                    es.len(),
                    es.iter().map(|&e| index.edge(e).weight()).sum(),
                )
            })
            .collect();
        relations.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
        let statements = relations.iter().map(|r| r.2).sum();
        let degree = (0..n as NodeNo).map(|i| index.degree(i)).collect();
        let (pagerank, iterations) = pagerank(index, DAMPING, TOLERANCE, MAX_ITERATIONS);
        let component = components(index);
        let mut sizes: BTreeMap<u32, usize> = BTreeMap::new();
        for &c in &component {
            *sizes.entry(c).or_insert(0) += 1;
        }
        let mut component_sizes: Vec<usize> = sizes.into_values().collect();
        component_sizes.sort_unstable_by(|a, b| b.cmp(a));
        Stats {
            nodes: n,
            edges: index.edge_count(),
            statements,
            node_types,
            relations,
            degree,
            pagerank,
            iterations,
            component,
            component_sizes,
        }
    }

    /// Node numbers sorted by `key` (descending), ties by node id; entities only when `actors`.
    pub fn top_by<K: PartialOrd>(
        &self,
        index: &GraphIndex<'_>,
        key: impl Fn(NodeNo) -> K,
        actors: bool,
        k: usize,
    ) -> Vec<NodeNo> {
        let mut all: Vec<NodeNo> = (0..self.nodes as NodeNo)
            .filter(|&i| !actors || index.node(i).kind.is_entity())
            .collect();
        all.sort_by(|&a, &b| {
            key(b)
                .partial_cmp(&key(a))
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.cmp(&b))
        });
        all.truncate(k);
        all
    }
}

/// Weighted PageRank by power iteration (Page, Brin, Motwani & Winograd 1999).
///
/// A node passes rank along its out-edges in proportion to their weights (statements); the
/// rank of dangling nodes (no out-edges) is spread uniformly, so the vector stays a
/// distribution. Written over the dense CSR index because petgraph's `page_rank` is quadratic
/// and assumes contiguous indices, which a `StableGraph` with removed nodes lacks.
///
/// Returns the ranks by node number and the number of iterations run.
pub fn pagerank(
    index: &GraphIndex<'_>,
    damping: f64,
    tolerance: f64,
    max_iterations: usize,
) -> (Vec<f64>, usize) {
    let n = index.node_count();
    if n == 0 {
        return (Vec::new(), 0);
    }
    let e = index.edge_count();
    let src: Vec<u32> = (0..e as u32).map(|i| index.source(i)).collect();
    let dst: Vec<u32> = (0..e as u32).map(|i| index.target(i)).collect();
    let w: Vec<f64> = (0..e as u32)
        .map(|i| index.edge(i).weight() as f64)
        .collect();
    let mut out_weight = vec![0.0; n];
    for i in 0..e {
        out_weight[src[i] as usize] += w[i];
    }
    let uniform = 1.0 / n as f64;
    let mut rank = vec![uniform; n];
    let mut next = vec![0.0; n];
    let mut share = vec![0.0; n];
    let mut iterations = 0;
    while iterations < max_iterations {
        iterations += 1;
        let mut dangling = 0.0;
        for v in 0..n {
            if out_weight[v] > 0.0 {
                share[v] = rank[v] / out_weight[v];
            } else {
                share[v] = 0.0;
                dangling += rank[v];
            }
        }
        let base = (1.0 - damping) * uniform + damping * dangling * uniform;
        next.fill(base);
        for i in 0..e {
            next[dst[i] as usize] += damping * share[src[i] as usize] * w[i];
        }
        let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < tolerance {
            break;
        }
    }
    (rank, iterations)
}

/// Weakly connected components by union-find (path halving, union by smaller root), each node
/// labelled with the smallest node number of its component.
pub fn components(index: &GraphIndex<'_>) -> Vec<u32> {
    let n = index.node_count();
    let mut parent: Vec<u32> = (0..n as u32).collect();
    fn find(parent: &mut [u32], mut x: u32) -> u32 {
        while parent[x as usize] != x {
            let grand = parent[parent[x as usize] as usize];
            parent[x as usize] = grand;
            x = grand;
        }
        x
    }
    for e in 0..index.edge_count() as u32 {
        let a = find(&mut parent, index.source(e));
        let b = find(&mut parent, index.target(e));
        // Linking the larger root under the smaller keeps each root its component's minimum.
        match a.cmp(&b) {
            std::cmp::Ordering::Less => parent[b as usize] = a,
            std::cmp::Ordering::Greater => parent[a as usize] = b,
            std::cmp::Ordering::Equal => {}
        }
    }
    (0..n as u32).map(|x| find(&mut parent, x)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph;

    #[test]
    fn counts_and_components_of_the_test_graph() {
        let g = testgraph::graph();
        let index = GraphIndex::new(&g);
        let s = Stats::compute(&index);
        assert_eq!((s.nodes, s.edges, s.statements), (8, 9, 11));
        assert_eq!(s.node_types.get("PERSON"), Some(&4));
        assert_eq!(s.node_types.get("CONCEPT"), Some(&3));
        assert_eq!(s.node_types.get("GPE"), Some(&1));
        assert_eq!(s.relations[0], ("meet".to_string(), 3, 3));
        assert_eq!(s.relations[1], ("reject".to_string(), 3, 3));
        assert_eq!(s.component_sizes, [8]);
        let putin = index.node_no("person:vladimir-putin").unwrap();
        assert_eq!(s.degree[putin as usize], 4);
        let top = s.top_by(&index, |i| s.degree[i as usize], true, 2);
        let names: Vec<&str> = top.iter().map(|&i| index.node(i).name.as_str()).collect();
        assert_eq!(names, ["Donald Trump", "Vladimir Putin"]);
    }

    #[test]
    fn pagerank_is_a_distribution_and_favours_sinks_of_many_edges() {
        let g = testgraph::graph();
        let index = GraphIndex::new(&g);
        let (rank, iterations) = pagerank(&index, DAMPING, TOLERANCE, MAX_ITERATIONS);
        assert!(iterations < MAX_ITERATIONS);
        assert!((rank.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        let plan = index.nodes_named("ceasefire plan")[0];
        let ukraine = index.nodes_named("ukraine")[0];
        assert!(rank[plan as usize] > rank[ukraine as usize]);
    }

    #[test]
    fn pagerank_of_a_cycle_is_uniform_and_isolated_nodes_get_components_of_their_own() {
        use crate::query::testgraph::{PUTIN, TRUMP, UKRAINE, ZELENSKYY, statement};
        let mut g = crate::graph::KnowledgeGraph::new();
        g.add_triple(&statement(PUTIN, "call", TRUMP, "d", 0, ""));
        g.add_triple(&statement(TRUMP, "call", ZELENSKYY, "d", 1, ""));
        g.add_triple(&statement(ZELENSKYY, "call", PUTIN, "d", 2, ""));
        g.add_triple(&statement(UKRAINE, "call", UKRAINE, "d", 3, ""));
        let index = GraphIndex::new(&g);
        let (rank, _) = pagerank(&index, DAMPING, TOLERANCE, MAX_ITERATIONS);
        for i in 0..3 {
            let node = index.nodes_named(["putin", "trump", "zelenskyy"][i])[0];
            assert!((rank[node as usize] - 0.25).abs() < 1e-6, "{rank:?}");
        }
        let comps = components(&index);
        let distinct: std::collections::BTreeSet<u32> = comps.iter().copied().collect();
        assert_eq!(distinct.len(), 2);
    }

    #[test]
    fn empty_graph_has_no_ranks() {
        let g = crate::graph::KnowledgeGraph::new();
        let s = Stats::compute(&GraphIndex::new(&g));
        assert!(s.pagerank.is_empty() && s.component_sizes.is_empty());
    }
}
