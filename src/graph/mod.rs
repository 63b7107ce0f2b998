//! The knowledge graph: deduplicated actor/concept nodes and relation edges with evidence.
//!
//! PLACEHOLDER API (signatures are the contract; bodies are filled in by the graph work).

pub mod alias;

use std::path::Path;

use crate::error::Result;
use crate::extract::Triple;

/// Nodes are entities and concepts; edges are (subject, relation, object) with weight and evidence.
#[derive(Debug, Default, Clone)]
pub struct KnowledgeGraph {}

impl KnowledgeGraph {
    pub fn new() -> KnowledgeGraph {
        KnowledgeGraph::default()
    }

    /// Adds one triple: same node key → same node; same (subject, relation, object) → same edge,
    /// weight + 1, evidence appended.
    pub fn add_triple(&mut self, _t: &Triple) {
        unimplemented!("graph work pending")
    }

    pub fn node_count(&self) -> usize {
        0
    }

    pub fn edge_count(&self) -> usize {
        0
    }

    /// Loads a graph.json store.
    pub fn load(_path: &Path) -> Result<KnowledgeGraph> {
        unimplemented!("graph work pending")
    }
}
