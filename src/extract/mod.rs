//! Relation extraction: from an annotated [`Document`] to [`Triple`]s with provenance.

pub mod actor;
mod antecedent;
pub mod carb;
pub mod clause;
pub mod label;
pub mod normalize;
pub mod openie;
mod phrasal;
pub mod pretok;
pub mod tree;

pub use openie::OpenIeExtractor;

use serde::{Deserialize, Serialize};

pub mod baseline;
pub mod record;

use crate::document::{Document, EntityType, Span};

/// What an argument of a triple denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "kind", content = "type")]
pub enum ArgKind {
    /// An actor (person, organisation, place, ...).
    Entity(EntityType),
    /// Anything else: a thing, an event, an idea ("energy pause").
    Concept,
}

/// Subject or object of a triple.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Argument {
    /// The phrase as written in the sentence ("Putin's demand for halting military aid").
    pub text: String,
    /// Byte span of `text` in the document.
    pub span: Span,
    pub kind: ArgKind,
    /// Node name: the entity's canonical name, or the concept's short label ("aid halt").
    pub name: String,
    /// Other names this argument is known by in the document (entities only).
    pub aliases: Vec<String>,
    /// Titles and roles ("President") of a person.
    pub roles: Vec<String>,
}

impl Argument {
    /// A concept argument whose label is its text.
    pub fn concept(text: impl Into<String>, span: Span, name: impl Into<String>) -> Argument {
        Argument {
            text: text.into(),
            span,
            kind: ArgKind::Concept,
            name: name.into(),
            aliases: Vec::new(),
            roles: Vec::new(),
        }
    }

    /// An entity argument.
    pub fn entity(
        text: impl Into<String>,
        span: Span,
        kind: EntityType,
        name: impl Into<String>,
    ) -> Argument {
        Argument {
            text: text.into(),
            span,
            kind: ArgKind::Entity(kind),
            name: name.into(),
            aliases: Vec::new(),
            roles: Vec::new(),
        }
    }
}

/// Where a triple is stated: document, sentence index, and byte spans into the document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    pub doc: String,
    /// 0-based sentence index within the document.
    pub sentence: usize,
    /// Byte span of the sentence in the document.
    pub span: Span,
    /// The sentence text (newlines replaced by spaces).
    pub text: String,
    /// Document date (ISO 8601), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// One extracted relation: subject —relation→ object, with provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Triple {
    pub subject: Argument,
    /// Normalised relation: lemma phrase such as `agree to`, `reject`, `meet with`.
    pub relation: String,
    /// The relation as written ("agreed to", "did not reject").
    pub surface: String,
    pub object: Argument,
    pub negated: bool,
    /// Modal marker (`would`, `could`, `will`, ...) when present, or the verb that makes the
    /// statement unasserted: `block` in "blocked the state from enforcing the law", `accuse` in
    /// "accused Norway of delaying the talks", `urge` in "urged the EU to fund boats".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<String>,
    /// Who the statement is attributed to ("the Kremlin said ...").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<String>,
    /// Graded confidence in 0..1.
    pub confidence: f32,
    pub evidence: Evidence,
}

/// Anything that turns an annotated document into triples.
pub trait Extractor: Send + Sync {
    /// Short name used in logs and `--extractor`.
    fn name(&self) -> &'static str;
    fn extract(&self, doc: &Document) -> Vec<Triple>;
}

/// Evidence for sentence `index` of `doc`.
pub fn evidence(doc: &Document, index: usize) -> Evidence {
    let s = &doc.sentences[index];
    Evidence {
        doc: doc.id.clone(),
        sentence: index,
        span: s.span,
        text: s.text(doc).replace(['\n', '\r'], " "),
        date: doc.date.clone(),
    }
}
