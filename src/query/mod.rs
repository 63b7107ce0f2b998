//! Querying a knowledge graph: the pattern language ([`parse`]) and its evaluation.

pub mod parse;

pub use parse::{CmpOp, Condition, Direction, EdgePattern, Glob, NodePattern, Pattern, Term, TypeFilter};
