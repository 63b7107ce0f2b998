//! Annotation stages and the pipeline that runs them in order over a [`Document`].
//!
//! Every stage edits the document in place: it adds layers (tags, heads, entities), or mends
//! them (the tree repairs), and never moves a token, so byte spans survive.

pub mod coref;
pub mod lemma;
pub(crate) mod lexicon;
pub mod ner;
pub mod parse;
pub mod pos;
pub mod repair;
pub mod transition;

pub use coref::Coref;
pub use ner::EntityTagger;
pub use parse::{Parser, ParserKind};
pub use pos::PosTagger;
pub use repair::Repairer;

use crate::document::Document;
use crate::error::Result;

/// One pipeline stage.
pub trait Annotator: Send + Sync + std::fmt::Debug {
    /// Short stage name (`segment`, `pos`, `parse`, `ner`, `repair`, `coref`).
    fn name(&self) -> &'static str;
    fn annotate(&self, doc: &mut Document) -> Result<()>;
}

/// Splits text into sentences and tokens (the first stage of every pipeline).
#[derive(Debug, Default, Clone, Copy)]
pub struct Segmenter;

impl Annotator for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }
    fn annotate(&self, doc: &mut Document) -> Result<()> {
        crate::text::segment(doc);
        Ok(())
    }
}

/// Stages in order.
#[derive(Debug, Default)]
pub struct Pipeline {
    stages: Vec<Box<dyn Annotator>>,
}

impl Pipeline {
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The full pipeline with the embedded models (and the default parser).
    pub fn embedded() -> Result<Pipeline> {
        Pipeline::embedded_with(ParserKind::default())
    }

    /// The full pipeline with the embedded models and the parser of kind `parser`.
    pub fn embedded_with(parser: ParserKind) -> Result<Pipeline> {
        Pipeline::builder()
            .stage(Segmenter)
            .stage(PosTagger::embedded())
            .stage(parser.embedded())
            .stage(EntityTagger::embedded())
            .stage(Repairer)
            .stage(Coref::new())
            .build()
    }

    /// The same pipeline without the stage called `name` (`relgraph annotate --unrepaired` drops
    /// `repair` to show the parser's own trees).
    pub fn without(mut self, name: &str) -> Pipeline {
        self.stages.retain(|s| s.name() != name);
        self
    }

    pub fn stages(&self) -> impl Iterator<Item = &dyn Annotator> {
        self.stages.iter().map(|s| s.as_ref())
    }

    /// Runs every stage over `doc`.
    pub fn annotate(&self, doc: &mut Document) -> Result<()> {
        for s in &self.stages {
            s.annotate(doc)?;
        }
        Ok(())
    }
}

/// Builds a [`Pipeline`].
#[derive(Debug, Default)]
pub struct PipelineBuilder {
    stages: Vec<Box<dyn Annotator>>,
}

impl PipelineBuilder {
    pub fn stage(mut self, a: impl Annotator + 'static) -> PipelineBuilder {
        self.stages.push(Box::new(a));
        self
    }

    pub fn build(self) -> Result<Pipeline> {
        Ok(Pipeline {
            stages: self.stages,
        })
    }
}
