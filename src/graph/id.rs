//! Node keys and stable, readable, collision-safe node and edge ids derived from them.
//!
//! An id is a function of the node's key only (type + normalised name), never of insertion order,
//! so the same input gives the same ids on every run and after every merge order.
//!
//! Slugs keep letters and digits (any script) and turn spaces into `-`. When that is not
//! reversible (the key held punctuation, symbols or emoji, or nothing alphanumeric at all), an
//! `_` and 8 hex digits of an FNV-1a hash of the whole key are appended. A plain slug never
//! contains `_`, so a hashed slug cannot equal a plain one; two hashed slugs collide only if both
//! the readable part and the 32-bit hash agree.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::document::EntityType;

/// What a node stands for: an entity of some type, or a concept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NodeKind {
    Entity(EntityType),
    Concept,
}

impl NodeKind {
    /// Upper-case type name used in graph.json and exports: `PERSON`, `ORG`, ..., `CONCEPT`.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Entity(t) => t.as_str(),
            NodeKind::Concept => "CONCEPT",
        }
    }

    /// Display label: `Person`, `Organization`, `Place`, ..., `Concept`.
    pub fn label(self) -> &'static str {
        match self {
            NodeKind::Entity(t) => t.label(),
            NodeKind::Concept => "Concept",
        }
    }

    /// Inverse of [`NodeKind::as_str`] (case-insensitive).
    pub fn parse(s: &str) -> Option<NodeKind> {
        if s.eq_ignore_ascii_case("concept") {
            Some(NodeKind::Concept)
        } else {
            EntityType::parse(s).map(NodeKind::Entity)
        }
    }

    pub fn is_entity(self) -> bool {
        matches!(self, NodeKind::Entity(_))
    }

    fn prefix(self) -> &'static str {
        match self {
            NodeKind::Entity(EntityType::Person) => "person",
            NodeKind::Entity(EntityType::Org) => "org",
            NodeKind::Entity(EntityType::Gpe) => "gpe",
            NodeKind::Entity(EntityType::Loc) => "loc",
            NodeKind::Entity(EntityType::Norp) => "norp",
            NodeKind::Entity(EntityType::Event) => "event",
            NodeKind::Entity(EntityType::Misc) => "misc",
            NodeKind::Concept => "concept",
        }
    }
}

/// Normalises a name or relation for keys: lower case, whitespace runs collapsed to one space,
/// trimmed. `"  Vladimir\tPUTIN "` and `"vladimir putin"` are the same key.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// A node's key: `type:normalised name` (`person:vladimir putin`, `concept:energy pause`).
pub fn node_key(kind: NodeKind, name: &str) -> String {
    format!("{}:{}", kind.prefix(), normalize(name))
}

/// Id of a node, e.g. `person:vladimir-putin`, `concept:u.s.-aid` → `concept:us-aid_1a2b3c4d`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NodeId(String);

impl NodeId {
    /// The id of the node with this kind and (any spelling of its) name.
    pub fn new(kind: NodeKind, name: &str) -> NodeId {
        NodeId(format!("{}:{}", kind.prefix(), slug(&normalize(name))))
    }

    /// Shorthand for an entity node id.
    pub fn entity(kind: EntityType, name: &str) -> NodeId {
        NodeId::new(NodeKind::Entity(kind), name)
    }

    /// Shorthand for a concept node id.
    pub fn concept(label: &str) -> NodeId {
        NodeId::new(NodeKind::Concept, label)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Id of an edge: `source|relation-slug|target`, with `!` before the relation when negated
/// (`person:trump|!reject|concept:plan`). `|` and `!` never occur in node ids or slugs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EdgeId(String);

impl EdgeId {
    pub fn new(source: &NodeId, relation: &str, negated: bool, target: &NodeId) -> EdgeId {
        let not = if negated { "!" } else { "" };
        EdgeId(format!(
            "{source}|{not}{}|{target}",
            slug(&normalize(relation))
        ))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EdgeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Readable slug of an already normalised string; see the module docs for why it is unique.
fn slug(normalized: &str) -> String {
    let mut out = String::with_capacity(normalized.len());
    let mut lossless = true;
    for c in normalized.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if c == ' ' {
            out.push('-');
        } else {
            lossless = false;
        }
    }
    if !lossless || out.is_empty() {
        out.push_str(&format!("_{:08x}", fnv1a(normalized.as_bytes()) as u32));
    }
    out
}

/// FNV-1a, 64 bit: tiny, stable across platforms and Rust versions (unlike `DefaultHasher`).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_table() {
        for (input, want) in [
            ("Vladimir Putin", "vladimir putin"),
            ("  Vladimir\t\nPUTIN ", "vladimir putin"),
            ("", ""),
            ("ÉLYSÉE Palace", "élysée palace"),
        ] {
            assert_eq!(normalize(input), want, "{input:?}");
        }
    }

    #[test]
    fn node_ids_are_readable_and_spelling_independent() {
        let p = NodeKind::Entity(EntityType::Person);
        for (name, want) in [
            ("Vladimir Putin", "person:vladimir-putin"),
            ("vladimir  PUTIN", "person:vladimir-putin"),
            ("Владимир Путин", "person:владимир-путин"),
        ] {
            assert_eq!(NodeId::new(p, name).as_str(), want, "{name:?}");
        }
        assert_eq!(
            NodeId::concept("energy pause").as_str(),
            "concept:energy-pause"
        );
    }

    #[test]
    fn lossy_slugs_get_a_hash_and_do_not_collide() {
        let names = [
            "a b", "a-b", "a.b", "ab", "a_b", "!!!", "???", "", "😀", "🙂",
        ];
        let ids: Vec<NodeId> = names.iter().map(|n| NodeId::concept(n)).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len(), "{ids:?}");
        assert_eq!(ids[0].as_str(), "concept:a-b");
        assert!(ids[1].as_str().starts_with("concept:ab_"), "{}", ids[1]);
    }

    #[test]
    fn type_is_part_of_the_id() {
        assert_ne!(
            NodeId::entity(EntityType::Person, "Jordan"),
            NodeId::entity(EntityType::Gpe, "Jordan")
        );
    }

    #[test]
    fn edge_ids_mark_negation_unambiguously() {
        let s = NodeId::entity(EntityType::Person, "Trump");
        let o = NodeId::concept("plan");
        let yes = EdgeId::new(&s, "reject", false, &o);
        let no = EdgeId::new(&s, "reject", true, &o);
        let not_rel = EdgeId::new(&s, "not reject", false, &o);
        assert_eq!(yes.as_str(), "person:trump|reject|concept:plan");
        assert_eq!(no.as_str(), "person:trump|!reject|concept:plan");
        assert_ne!(no, not_rel);
    }

    #[test]
    fn kind_names_round_trip() {
        let kinds = [
            NodeKind::Concept,
            NodeKind::Entity(EntityType::Person),
            NodeKind::Entity(EntityType::Org),
            NodeKind::Entity(EntityType::Gpe),
            NodeKind::Entity(EntityType::Loc),
            NodeKind::Entity(EntityType::Norp),
            NodeKind::Entity(EntityType::Event),
            NodeKind::Entity(EntityType::Misc),
        ];
        for k in kinds {
            assert_eq!(NodeKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(NodeKind::parse("planet"), None);
    }
}
