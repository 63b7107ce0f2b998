//! Evaluating a [`Pattern`] on a [`GraphIndex`]: every assignment of nodes and edges to the chain.
//!
//! Plan: names are resolved first (errors point at the name in the pattern). The hop with the
//! fewest candidate edges — the edges of a named node, or of the matching relations, or else all
//! edges — is enumerated first; the chain then grows to the right and to the left along the
//! adjacency of already-bound nodes, so a chain never scans the graph more than once. As in
//! Cypher, one match uses each edge at most once, while a node may recur under different names.
//!
//! Matches are sorted by total weight (descending), then by edge ids, then by node ids, so
//! output is stable.

use super::ast::{Condition, Direction, EdgePattern, Pattern, Term, TypeFilter};
use super::index::{EdgeNo, GraphIndex, NodeNo, entity_type};
use super::resolve::{Resolution, describe_candidates, resolve};
use crate::error::{Error, ErrorKind, Result};
use crate::graph::{Edge, KnowledgeGraph, Node, normalize};

/// One answer: `nodes[i] —edges[i]— nodes[i + 1]`, aligned with the pattern's positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match<'g> {
    pub nodes: Vec<&'g Node>,
    pub edges: Vec<&'g Edge>,
}

impl Match<'_> {
    /// Sum of the edge weights.
    pub fn weight(&self) -> usize {
        self.edges.iter().map(|e| e.weight()).sum()
    }
}

/// Parses `pattern`, indexes `graph` and returns every match.
///
/// For repeated queries on one graph build a [`GraphIndex`] once and call [`GraphIndex::query`].
///
/// # Examples
/// ```
/// # use relgraph::graph::KnowledgeGraph;
/// let graph = KnowledgeGraph::new();
/// let matches = relgraph::query::run(&graph, "? -[reject]-> ?").unwrap();
/// assert!(matches.is_empty());
/// ```
pub fn run<'g>(graph: &'g KnowledgeGraph, pattern: &str) -> Result<Vec<Match<'g>>> {
    let pattern = Pattern::parse(pattern)?;
    GraphIndex::new(graph).query(&pattern)
}

/// What a node position accepts once names are resolved.
#[derive(Debug, Clone, Copy)]
struct Slot {
    fixed: Option<NodeNo>,
    kind: Option<TypeFilter>,
}

/// Per-hop edge filter with the relation globs pre-matched against every distinct relation.
struct HopFilter<'p> {
    edge: &'p EdgePattern,
    /// `None` = any relation; else allowed[relation number].
    allowed: Option<Vec<bool>>,
}

struct Search<'a, 'g> {
    index: &'a GraphIndex<'g>,
    slots: Vec<Slot>,
    /// For each position, the other positions bound to the same variable.
    same_var: Vec<Vec<usize>>,
    hops: Vec<HopFilter<'a>>,
    conditions: &'a [Condition],
    order: Vec<usize>,
    nodes: Vec<Option<NodeNo>>,
    edges: Vec<Option<EdgeNo>>,
    found: Vec<(Vec<NodeNo>, Vec<EdgeNo>)>,
}

impl<'g> GraphIndex<'g> {
    /// Every match of `pattern`, sorted by total weight (descending), then by edge ids.
    ///
    /// # Errors
    /// [`ErrorKind::Query`] pointing at a name that matches no node or several nodes (the
    /// message lists the candidates).
    pub fn query(&self, pattern: &Pattern) -> Result<Vec<Match<'g>>> {
        let mut slots = Vec::with_capacity(pattern.nodes.len());
        for node in &pattern.nodes {
            let fixed = match &node.term {
                Term::Name(name) => {
                    Some(self.resolve_or_error(&pattern.text, name, node.kind, node.offset)?)
                }
                Term::Var(_) | Term::Anonymous => None,
            };
            slots.push(Slot {
                fixed,
                kind: node.kind,
            });
        }
        let same_var = (0..pattern.nodes.len())
            .map(|i| match &pattern.nodes[i].term {
                Term::Var(v) => (0..pattern.nodes.len())
                    .filter(|&j| j != i && pattern.nodes[j].term == Term::Var(v.clone()))
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        let hops: Vec<HopFilter<'_>> = pattern
            .edges
            .iter()
            .map(|edge| {
                let allowed = (!edge.relations.is_empty()).then(|| {
                    self.relations()
                        .map(|(r, _)| edge.relations.iter().any(|g| g.matches(r)))
                        .collect()
                });
                HopFilter { edge, allowed }
            })
            .collect();
        let anchor = (0..hops.len())
            .min_by_key(|&h| self.estimate(&slots, &hops[h], h))
            .expect("a pattern has a hop");
        let order: Vec<usize> = (anchor..hops.len()).chain((0..anchor).rev()).collect();
        let mut search = Search {
            index: self,
            slots,
            same_var,
            hops,
            conditions: &pattern.conditions,
            order,
            nodes: vec![None; pattern.nodes.len()],
            edges: vec![None; pattern.edges.len()],
            found: Vec::new(),
        };
        search.step(0);
        let mut found = search.found;
        found.sort_by_cached_key(|(ns, es)| {
            let weight: usize = es.iter().map(|&e| self.edge(e).weight()).sum();
            (std::cmp::Reverse(weight), es.clone(), ns.clone())
        });
        Ok(found
            .into_iter()
            .map(|(ns, es)| Match {
                nodes: ns.into_iter().map(|n| self.node(n)).collect(),
                edges: es.into_iter().map(|e| self.edge(e)).collect(),
            })
            .collect())
    }

    /// The node a person means by `name` — a name, alias or unique prefix, optionally with a
    /// type suffix (`Putin:person`). Errors list the candidates of an ambiguous name.
    pub fn find(&self, name: &str) -> Result<NodeNo> {
        let (base, kind) = match name.rsplit_once(':') {
            Some((base, ty)) if !base.trim().is_empty() => match TypeFilter::parse(ty.trim()) {
                Some(k) => (base, Some(k)),
                None => (name, None),
            },
            _ => (name, None),
        };
        self.resolve_or_error(name, base.trim(), kind, 0)
    }

    /// Resolves a name written in `text` at `offset`, or reports it with a caret under it.
    pub fn resolve_or_error(
        &self,
        text: &str,
        name: &str,
        kind: Option<TypeFilter>,
        offset: usize,
    ) -> Result<NodeNo> {
        let message = match resolve(self, name, kind) {
            Resolution::One(n) => return Ok(n),
            Resolution::None => {
                format!("no node is named `{name}` (names, aliases and prefixes were tried)")
            }
            Resolution::Ambiguous(c) => format!(
                "`{name}` is ambiguous: {}; write the full name or add a type such as `:person`",
                describe_candidates(self, &c)
            ),
        };
        Err(Error::new(ErrorKind::Query {
            pattern: text.to_string(),
            offset,
            message,
        }))
    }

    /// Candidate edges for enumerating hop `h` first, and their number.
    fn candidates(&self, slots: &[Slot], hop: &HopFilter<'_>, h: usize) -> Vec<EdgeNo> {
        if let Some(n) = slots[h].fixed {
            return self.incident(n, hop.edge.direction, true).collect();
        }
        if let Some(n) = slots[h + 1].fixed {
            return self.incident(n, hop.edge.direction, false).collect();
        }
        match &hop.allowed {
            Some(allowed) => {
                let mut out: Vec<EdgeNo> = self
                    .relations()
                    .zip(allowed)
                    .filter(|(_, ok)| **ok)
                    .flat_map(|((_, es), _)| es.iter().copied())
                    .collect();
                out.sort_unstable();
                out
            }
            None => (0..self.edge_count() as EdgeNo).collect(),
        }
    }

    fn estimate(&self, slots: &[Slot], hop: &HopFilter<'_>, h: usize) -> usize {
        if let Some(n) = slots[h].fixed.or(slots[h + 1].fixed) {
            return self.degree(n);
        }
        match &hop.allowed {
            Some(allowed) => self
                .relations()
                .zip(allowed)
                .filter(|(_, ok)| **ok)
                .map(|((_, es), _)| es.len())
                .sum(),
            None => self.edge_count(),
        }
    }

    /// Edges at `n` that can serve a hop with `dir`, where `n` is the hop's left node
    /// (`left == true`) or right node.
    fn incident(&self, n: NodeNo, dir: Direction, left: bool) -> impl Iterator<Item = EdgeNo> + '_ {
        let (outs, ins): (&[EdgeNo], &[EdgeNo]) = match (dir, left) {
            (Direction::Forward, true) | (Direction::Backward, false) => (self.outgoing(n), &[]),
            (Direction::Forward, false) | (Direction::Backward, true) => (&[], self.incoming(n)),
            (Direction::Either, _) => (self.outgoing(n), self.incoming(n)),
        };
        // A self-loop is both outgoing and incoming: yield it once.
        let loops = |e: &EdgeNo| self.source(*e) != self.target(*e);
        outs.iter().copied().chain(
            ins.iter()
                .copied()
                .filter(move |e| outs.is_empty() || loops(e)),
        )
    }
}

impl Search<'_, '_> {
    fn step(&mut self, k: usize) {
        if k == self.order.len() {
            let nodes = self
                .nodes
                .iter()
                .map(|n| n.expect("every position is bound"))
                .collect();
            let edges = self
                .edges
                .iter()
                .map(|e| e.expect("every hop is bound"))
                .collect();
            self.found.push((nodes, edges));
            return;
        }
        let h = self.order[k];
        let (left, right) = (self.nodes[h], self.nodes[h + 1]);
        let candidates: Vec<EdgeNo> = match (left, right) {
            (Some(n), _) => self
                .index
                .incident(n, self.hops[h].edge.direction, true)
                .collect(),
            (None, Some(n)) => self
                .index
                .incident(n, self.hops[h].edge.direction, false)
                .collect(),
            (None, None) => self.index.candidates(&self.slots, &self.hops[h], h),
        };
        for e in candidates {
            if self.edges.contains(&Some(e)) || !self.edge_passes(h, e) {
                continue;
            }
            let (s, t) = (self.index.source(e), self.index.target(e));
            let orientations: &[(NodeNo, NodeNo)] = match self.hops[h].edge.direction {
                Direction::Forward => &[(s, t)],
                Direction::Backward => &[(t, s)],
                Direction::Either if s == t => &[(s, t)],
                Direction::Either => &[(s, t), (t, s)],
            };
            for &(l, r) in orientations {
                if left.is_some_and(|n| n != l) || right.is_some_and(|n| n != r) {
                    continue;
                }
                if !self.bind(h, l) {
                    continue;
                }
                if self.bind(h + 1, r) {
                    self.edges[h] = Some(e);
                    self.step(k + 1);
                    self.edges[h] = None;
                    self.nodes[h + 1] = right;
                }
                self.nodes[h] = left;
            }
        }
    }

    /// Binds position `p` to `n` if allowed (already bound to `n` counts as allowed).
    fn bind(&mut self, p: usize, n: NodeNo) -> bool {
        if self.nodes[p] == Some(n) {
            return true;
        }
        let slot = self.slots[p];
        if slot.fixed.is_some_and(|f| f != n) {
            return false;
        }
        if slot
            .kind
            .is_some_and(|k| !k.accepts(entity_type(self.index.node(n))))
        {
            return false;
        }
        if self.same_var[p]
            .iter()
            .any(|&q| self.nodes[q].is_some_and(|m| m != n))
        {
            return false;
        }
        self.nodes[p] = Some(n);
        true
    }

    fn edge_passes(&self, h: usize, e: EdgeNo) -> bool {
        let hop = &self.hops[h];
        if hop
            .allowed
            .as_ref()
            .is_some_and(|a| !a[self.index.relation_of(e)])
        {
            return false;
        }
        let edge = self.index.edge(e);
        if hop.edge.negated_only && !edge.negated {
            return false;
        }
        if hop.edge.by.as_ref().is_some_and(|by| !attributed(edge, by)) {
            return false;
        }
        self.conditions.iter().all(|c| condition_holds(c, edge))
    }
}

/// Whether some statement of `edge` is attributed to `source` (whole words, any case).
pub fn attributed(edge: &Edge, source: &str) -> bool {
    let needle = format!(" {} ", normalize(source));
    edge.attributions()
        .into_iter()
        .any(|a| format!(" {} ", normalize(a)).contains(&needle))
}

/// Whether `edge` satisfies a `where` condition.
pub fn condition_holds(c: &Condition, edge: &Edge) -> bool {
    match c {
        Condition::Weight(op, n) => op.holds(&edge.weight(), n),
        Condition::Docs(op, n) => {
            let mut docs: Vec<&str> = edge.evidence.iter().map(|ev| ev.doc.as_str()).collect();
            docs.dedup();
            op.holds(&docs.len(), n)
        }
        Condition::Negated(want) => edge.negated == *want,
        Condition::By(source) => attributed(edge, source),
        Condition::Modal(None) => !edge.modalities().is_empty(),
        Condition::Modal(Some(m)) => edge.modalities().iter().any(|x| normalize(x) == *m),
        Condition::Date(op, d) => edge.evidence.iter().any(|ev| {
            ev.date
                .as_deref()
                .is_some_and(|date| op.holds(date.get(..d.len()).unwrap_or(date), d.as_str()))
        }),
    }
}

#[cfg(test)]
#[path = "eval_tests.rs"]
mod tests;
