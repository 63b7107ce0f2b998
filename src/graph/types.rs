//! Node and edge payloads of the knowledge graph, and how two copies of one node or edge combine.
//!
//! Every collection is a sorted set and every combination is a set union (plus `min` for the
//! display name), which is what makes [`KnowledgeGraph::merge`](super::KnowledgeGraph::merge)
//! associative and commutative.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::id::{EdgeId, NodeId, NodeKind};
use super::sorted_set::SortedSet;
use crate::document::Span;

/// One place a node is mentioned as a triple argument: document and byte span of the phrase.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Mention {
    pub doc: String,
    pub start: usize,
    pub end: usize,
}

/// An entity or a concept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub id: NodeId,
    pub kind: NodeKind,
    /// Display name: the canonical entity name or the concept's short label. Of several
    /// spellings of one key the smallest (in `str` order, so capitalised first) wins.
    pub name: String,
    /// Other names (entities), including losing spellings of `name`. Never contains `name`.
    pub aliases: BTreeSet<String>,
    /// Titles and roles of a person ("President").
    pub roles: BTreeSet<String>,
    /// Full phrases a concept was written as ("Putin's demand for halting military aid").
    pub texts: BTreeSet<String>,
    /// Distinct argument occurrences; `mentions.len()` is the mention count.
    pub mentions: BTreeSet<Mention>,
    /// Computed metrics and other typed properties (`degree`, `pagerank`, `component`, written
    /// by `relgraph stats --write-metrics`), sorted by key. Empty unless something stored them.
    pub properties: BTreeMap<String, serde_json::Value>,
}

impl Node {
    /// An empty node of this kind and name; its id derives from both.
    pub fn new(kind: NodeKind, name: impl Into<String>) -> Node {
        let name = name.into();
        Node {
            id: NodeId::new(kind, &name),
            kind,
            name,
            aliases: BTreeSet::new(),
            roles: BTreeSet::new(),
            texts: BTreeSet::new(),
            mentions: BTreeSet::new(),
            properties: BTreeMap::new(),
        }
    }

    /// Number of distinct mentions.
    pub fn mention_count(&self) -> usize {
        self.mentions.len()
    }

    /// Folds another copy of the same node (same id) into this one, moving its contents.
    pub(crate) fn absorb(&mut self, other: Node) {
        debug_assert_eq!(self.id, other.id, "only copies of one node are merged");
        let Node {
            name,
            aliases,
            roles,
            texts,
            mentions,
            properties,
            ..
        } = other;
        if name < self.name {
            let old = std::mem::replace(&mut self.name, name);
            self.aliases.insert(old);
        } else if name != self.name {
            self.aliases.insert(name);
        }
        // `extend`, not `append`: a node gains a few entries at a time, and `append` would
        // rebuild the whole (possibly large) set each time.
        self.aliases.extend(aliases);
        self.aliases.remove(&self.name);
        self.roles.extend(roles);
        self.texts.extend(texts);
        self.mentions.extend(mentions);
        // Of two different values for one key keep the smaller JSON text, so absorbing stays
        // commutative (metrics of merged graphs are stale anyway and get recomputed).
        for (k, v) in properties {
            match self.properties.get(&k) {
                Some(mine) if mine.to_string().cmp(&v.to_string()).is_le() => {}
                _ => {
                    self.properties.insert(k, v);
                }
            }
        }
    }
}

/// One statement of an edge: which sentence, where, and how it was phrased.
///
/// Field order is the sort order: by document, sentence, spans, then the rest.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EdgeEvidence {
    pub doc: String,
    /// 0-based sentence index in the document.
    pub sentence: usize,
    /// Byte span of the sentence in the document.
    pub span: Span,
    /// Byte span of the subject phrase in the document.
    pub subject: Span,
    /// Byte span of the object phrase in the document.
    pub object: Span,
    /// The sentence text (newlines replaced by spaces by the extractor).
    pub text: String,
    /// The relation as written ("did not reject").
    pub surface: String,
    /// Document date (ISO 8601), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Modal marker (`would`, `could`, ...), when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<String>,
    /// Who the statement is attributed to, when reported speech.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<String>,
}

/// A relation between two nodes, merged over every sentence that states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub id: EdgeId,
    pub source: NodeId,
    pub target: NodeId,
    /// Normalised relation: lower-case lemma phrase (`agree to`).
    pub relation: String,
    pub negated: bool,
    /// Distinct statements, sorted. Never empty in a graph.
    pub evidence: SortedSet<EdgeEvidence>,
}

impl Edge {
    /// Times stated: the number of distinct statements (re-adding one statement, e.g. by merging
    /// a graph with itself, does not inflate it).
    pub fn weight(&self) -> usize {
        self.evidence.len()
    }

    /// The relation as shown to people: `agree to`, or `not agree to` when negated.
    pub fn display_relation(&self) -> String {
        if self.negated {
            format!("not {}", self.relation)
        } else {
            self.relation.clone()
        }
    }

    /// Distinct surface forms over all statements, sorted.
    pub fn surface_forms(&self) -> BTreeSet<&str> {
        self.evidence.iter().map(|e| e.surface.as_str()).collect()
    }

    /// Distinct modal markers over all statements, sorted.
    pub fn modalities(&self) -> BTreeSet<&str> {
        self.evidence
            .iter()
            .filter_map(|e| e.modality.as_deref())
            .collect()
    }

    /// Distinct sources the statements are attributed to, sorted.
    pub fn attributions(&self) -> BTreeSet<&str> {
        self.evidence
            .iter()
            .filter_map(|e| e.attributed_to.as_deref())
            .collect()
    }

    /// Folds another copy of the same edge (same id) into this one, moving its evidence.
    pub(crate) fn absorb(&mut self, other: Edge) {
        debug_assert_eq!(self.id, other.id, "only copies of one edge are merged");
        self.evidence.union(other.evidence);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::EntityType;

    fn person(name: &str, aliases: &[&str]) -> Node {
        let mut n = Node::new(NodeKind::Entity(EntityType::Person), name);
        n.aliases = aliases.iter().map(|s| s.to_string()).collect();
        n
    }

    #[test]
    fn absorb_keeps_smallest_spelling_and_moves_the_other_to_aliases() {
        let mut a = person("vladimir putin", &["Putin"]);
        let b = person("Vladimir Putin", &["V. Putin"]);
        a.absorb(b);
        assert_eq!(a.name, "Vladimir Putin");
        let aliases: Vec<&str> = a.aliases.iter().map(String::as_str).collect();
        assert_eq!(aliases, ["Putin", "V. Putin", "vladimir putin"]);
    }

    #[test]
    fn absorb_is_order_independent() {
        let x = person("Putin", &["putin", "V."]);
        let y = person("putin", &["Putin"]);
        let (mut xy, mut yx) = (x.clone(), y.clone());
        xy.absorb(y.clone());
        yx.absorb(x.clone());
        assert_eq!(xy, yx);
        assert!(!xy.aliases.contains(&xy.name));
    }
}
