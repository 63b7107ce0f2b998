//! Resolving a name typed by a person ("zelensky") to one node (Volodymyr Zelenskyy).
//!
//! Looser rules are tried only when stricter ones find nothing, so an exact name always wins:
//! 1. the normalised name or an alias equals the query (case and spacing ignored);
//! 2. the same after dropping punctuation (`U.S.` = `US`);
//! 3. every query word is a whole word of a name or alias (`putin` → `Vladimir Putin`);
//! 4. every query word begins a word of a name or alias (`zelensky` → `Zelenskyy`).
//!
//! Without a type filter, entities are preferred over concepts at every step. Several nodes at
//! the first step that finds any is an ambiguity, reported with the candidates.

use std::collections::BTreeSet;

use super::ast::TypeFilter;
use super::index::{GraphIndex, NodeNo, entity_type};

/// How a name resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    One(NodeNo),
    /// Several equally good candidates, in node-id order.
    Ambiguous(Vec<NodeNo>),
    None,
}

/// Resolves `name` among the nodes that pass `kind`.
pub fn resolve(index: &GraphIndex<'_>, name: &str, kind: Option<TypeFilter>) -> Resolution {
    let passes = |n: NodeNo| kind.is_none_or(|k| k.accepts(entity_type(index.node(n))));
    let exact: BTreeSet<NodeNo> = index
        .nodes_named(name)
        .iter()
        .copied()
        .filter(|&n| passes(n))
        .collect();
    if !exact.is_empty() {
        return pick(index, exact, kind);
    }
    let query = fold(name);
    let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Resolution::None;
    }
    let rules: [&dyn Fn(&str) -> bool; 3] = [
        &|cand: &str| cand == query,
        &|cand: &str| words.iter().all(|w| cand.split(' ').any(|c| c == *w)),
        &|cand: &str| {
            words
                .iter()
                .all(|w| cand.split(' ').any(|c| c.starts_with(w)))
        },
    ];
    for rule in rules {
        let found: BTreeSet<NodeNo> = index
            .names()
            .filter(|(cand, _)| rule(&fold(cand)))
            .flat_map(|(_, nodes)| nodes.iter().copied())
            .filter(|&n| passes(n))
            .collect();
        if !found.is_empty() {
            return pick(index, found, kind);
        }
    }
    Resolution::None
}

/// One node, or the ambiguity; entities beat concepts when no type was asked for.
fn pick(
    index: &GraphIndex<'_>,
    mut found: BTreeSet<NodeNo>,
    kind: Option<TypeFilter>,
) -> Resolution {
    if kind.is_none() && found.iter().any(|&n| entity_type(index.node(n)).is_some()) {
        found.retain(|&n| entity_type(index.node(n)).is_some());
    }
    match found.len() {
        1 => Resolution::One(*found.first().expect("one element")),
        _ => Resolution::Ambiguous(found.into_iter().collect()),
    }
}

/// Lower case, punctuation dropped (apostrophes and dots join, other marks split words).
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if (c.is_whitespace() || c == '-' || c == '_' || c == '/') && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_string()
}

/// "Vladimir Putin (PERSON, person:vladimir-putin)" lines for an ambiguity message.
pub fn describe_candidates(index: &GraphIndex<'_>, nodes: &[NodeNo]) -> String {
    const SHOWN: usize = 10;
    let mut parts: Vec<String> = nodes
        .iter()
        .take(SHOWN)
        .map(|&n| {
            let node = index.node(n);
            format!(
                "{} ({}, {})",
                node.name,
                node.kind.as_str(),
                node.id.as_str()
            )
        })
        .collect();
    if nodes.len() > SHOWN {
        parts.push(format!("and {} more", nodes.len() - SHOWN));
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_drops_punctuation() {
        for (raw, folded) in [
            ("U.S.", "us"),
            ("Putin's", "putins"),
            ("Jean-Luc  Picard", "jean luc picard"),
            ("  ", ""),
        ] {
            assert_eq!(fold(raw), folded);
        }
    }
}
