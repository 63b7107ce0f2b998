//! "Why are A and B connected?": every edge between two nodes with all its evidence, grouped by
//! document, newest document first.

use std::collections::BTreeMap;

use super::index::{EdgeNo, GraphIndex, NodeNo};
use crate::graph::{Edge, EdgeEvidence};

/// The statements of one document about the pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentEvidence<'g> {
    pub doc: &'g str,
    /// The document date, when any statement carries one.
    pub date: Option<&'g str>,
    /// (edge, statement), in sentence order.
    pub statements: Vec<(&'g Edge, &'g EdgeEvidence)>,
}

/// Edges between `a` and `b` in either direction, in id order.
pub fn edges_between(index: &GraphIndex<'_>, a: NodeNo, b: NodeNo) -> Vec<EdgeNo> {
    let mut out: Vec<EdgeNo> = index
        .outgoing(a)
        .iter()
        .filter(|&&e| index.target(e) == b)
        .chain(
            index
                .incoming(a)
                .iter()
                .filter(|&&e| index.source(e) == b && a != b),
        )
        .copied()
        .collect();
    out.sort_unstable();
    out
}

/// The evidence of every edge between `a` and `b`, grouped by document: documents with dates
/// newest first, then undated ones by id; statements inside a document by sentence.
pub fn why<'g>(index: &GraphIndex<'g>, a: NodeNo, b: NodeNo) -> Vec<DocumentEvidence<'g>> {
    let mut by_doc: BTreeMap<&'g str, DocumentEvidence<'g>> = BTreeMap::new();
    for e in edges_between(index, a, b) {
        let edge = index.edge(e);
        for ev in &edge.evidence {
            let group = by_doc
                .entry(ev.doc.as_str())
                .or_insert_with(|| DocumentEvidence {
                    doc: ev.doc.as_str(),
                    date: None,
                    statements: Vec::new(),
                });
            if let Some(d) = ev.date.as_deref() {
                group.date = Some(group.date.map_or(d, |g| g.max(d)));
            }
            group.statements.push((edge, ev));
        }
    }
    let mut groups: Vec<DocumentEvidence<'g>> = by_doc.into_values().collect();
    for g in &mut groups {
        g.statements.sort_by(|x, y| {
            (x.1.sentence, x.1.span, &x.0.id).cmp(&(y.1.sentence, y.1.span, &y.0.id))
        });
    }
    // Newest first; `None` sorts before `Some`, so reversing the date order puts undated last.
    groups.sort_by(|x, y| y.date.cmp(&x.date).then_with(|| x.doc.cmp(y.doc)));
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testgraph;

    #[test]
    fn evidence_is_grouped_by_document_newest_first() {
        let g = testgraph::graph();
        let index = GraphIndex::new(&g);
        let z = index.nodes_named("zelenskyy")[0];
        let t = index.nodes_named("trump")[0];
        assert_eq!(edges_between(&index, z, t).len(), 3);
        assert_eq!(edges_between(&index, t, z), edges_between(&index, z, t));
        let groups = why(&index, z, t);
        let docs: Vec<(&str, Option<&str>, usize)> = groups
            .iter()
            .map(|g| (g.doc, g.date, g.statements.len()))
            .collect();
        assert_eq!(
            docs,
            [
                ("d3", Some("2025-04-02"), 2),
                ("d2", Some("2025-03-10"), 1),
                ("d1", Some("2025-03-01"), 1)
            ]
        );
        let d3: Vec<usize> = groups[0].statements.iter().map(|s| s.1.sentence).collect();
        assert_eq!(d3, [0, 1]);
        let ukraine = index.nodes_named("ukraine")[0];
        assert!(why(&index, z, ukraine).is_empty());
    }
}
