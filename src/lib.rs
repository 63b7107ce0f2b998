//! relgraph turns news text into a deduplicated knowledge graph of actors and what they did to
//! each other, with every edge traced to the sentences that state it.

pub mod annotate;
pub mod conllu;
pub mod document;
pub mod error;
pub mod export;
pub mod extract;
pub mod graph;
pub mod input;
pub mod model;
pub mod perceptron;
pub mod query;
pub mod text;

pub use document::{Document, Sentence, Span, Token};
pub use error::{Error, ErrorKind, Result};
