//! Querying a knowledge graph without a database.
//!
//! - [`parse`]: the pattern language (grammar in its docs) → [`ast`] ([`Pattern`]);
//! - [`index`]: [`GraphIndex`], a compacted view with adjacency and relation/name indexes;
//! - [`eval`]: matching a pattern ([`GraphIndex::query`], [`run`]);
//! - [`mod@resolve`]: names, aliases and prefixes → one node, or the ambiguity;
//! - [`mod@why`], [`walk`] (shortest paths, neighbourhoods), [`stats`] (degree, PageRank,
//!   components).
//!
//! ```
//! use relgraph::graph::KnowledgeGraph;
//! use relgraph::query::{GraphIndex, Pattern};
//!
//! let graph = KnowledgeGraph::new();
//! let index = GraphIndex::new(&graph);
//! let pattern: Pattern = "?a:person -[meet]- ?b:person".parse().unwrap();
//! for m in index.query(&pattern).unwrap() {
//!     println!("{} meets {}", m.nodes[0].name, m.nodes[1].name);
//! }
//! ```

pub mod ast;
pub mod eval;
pub mod index;
pub mod parse;
pub mod resolve;
pub mod stats;
pub mod walk;
pub mod why;

#[cfg(test)]
pub(crate) mod testgraph;

pub use ast::{
    CmpOp, Condition, Direction, EdgePattern, Glob, NodePattern, Pattern, Term, TypeFilter,
};
pub use eval::{Match, run};
pub use index::{EdgeNo, GraphIndex, NodeNo};
pub use resolve::{Resolution, resolve};
pub use stats::Stats;
pub use walk::{Follow, Path};
pub use why::{DocumentEvidence, edges_between, why};
