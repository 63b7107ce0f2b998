//! The dependency parser stage: greedy arc-hybrid parsing with an averaged perceptron that
//! scores labelled transitions (one class per transition and label).
//!
//! Fills `Token::head` (1-based, 0 = root) and `Token::deprel` (full UD relation, subtypes
//! included) from the word forms, lemmas and tags the tagger filled.

pub mod features;
#[cfg(feature = "train")]
pub mod jackknife;
pub mod score;
#[cfg(feature = "train")]
pub mod train;
pub mod tree;

use self::features::{Atoms, TokenView, extract};
use crate::annotate::Annotator;
use crate::annotate::transition::{Config, Transition};
use crate::document::{Document, Token};
use crate::error::{Error, Result};
use crate::perceptron::Model;
use crate::perceptron::codec::{Reader, Writer, decode_file, encode_file};
use crate::perceptron::table::ScoreTable;

/// Model file kind and format version (bump when features or the payload layout change).
pub const KIND: &str = "parse";
pub const VERSION: u32 = 1;
const RETRAIN: &str = "relgraph train parse --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu --out src/model/weights/parse.bin";

/// A trained parser: dependency labels and the perceptron over labelled transitions.
#[derive(Debug, Clone)]
pub struct Parser {
    labels: Vec<String>,
    root_label: u16,
    /// Quantised weights laid out for fast lookup (the same numbers the model file stores).
    table: ScoreTable,
}

/// Reusable buffers for parsing, so a transition allocates nothing.
#[derive(Debug, Default)]
pub struct Scratch {
    atoms: Atoms,
    config: Option<Config>,
    feats: Vec<u64>,
    scores: Vec<i32>,
}

impl Parser {
    /// Builds a parser from its labels (sorted, must contain `root`) and model.
    pub fn new(labels: Vec<String>, model: &Model) -> Result<Parser> {
        Parser::from_table(labels, ScoreTable::new(model))
    }

    fn from_table(labels: Vec<String>, table: ScoreTable) -> Result<Parser> {
        let root_label = labels
            .iter()
            .position(|l| l == "root")
            .ok_or_else(|| Error::model("parser labels lack `root`; retrain the parser"))?
            as u16;
        if table.n_classes() != Transition::n_classes(labels.len()) {
            return Err(Error::model(
                "parser model and label set disagree; retrain the parser",
            ));
        }
        Ok(Parser {
            labels,
            root_label,
            table,
        })
    }

    /// The parser built into the binary (decoded on first use).
    pub fn embedded() -> &'static Parser {
        crate::model::parse()
    }

    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Number of features with at least one weight.
    pub fn n_features(&self) -> usize {
        self.table.n_features()
    }

    /// Encodes the parser as a model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        w.strs(&self.labels);
        self.table.encode(&mut w);
        encode_file(KIND, VERSION, w.bytes())
    }

    /// Decodes a model file; `name` is used in error messages.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Parser> {
        let payload = decode_file(bytes, name, KIND, VERSION, RETRAIN)?;
        let mut r = Reader::new(&payload);
        let labels = r.strs()?;
        Parser::from_table(labels, ScoreTable::decode(&mut r)?)
    }

    /// Decodes a model file dropping weights whose magnitude is at most `min` (a smaller
    /// file and table; `relgraph eval parse --prune` measures what it costs).
    pub fn from_bytes_pruned(bytes: &[u8], name: &str, min: f32) -> Result<Parser> {
        let payload = decode_file(bytes, name, KIND, VERSION, RETRAIN)?;
        let mut r = Reader::new(&payload);
        let labels = r.strs()?;
        Parser::new(labels, &Model::decode(&mut r)?.pruned(min))
    }

    /// Parses one sentence in place.
    pub fn parse_tokens(&self, tokens: &mut [Token], scratch: &mut Scratch) {
        let heads = self.parse_views(tokens.iter().map(TokenView::from), scratch);
        let n = tokens.len() as u32;
        for (i, t) in tokens.iter_mut().enumerate() {
            let h = heads.heads[i + 1];
            t.head = if h == n + 1 { 0 } else { h as usize };
            // Reuses the string's buffer: no allocation when the token was parsed before.
            t.deprel.clear();
            t.deprel
                .push_str(&self.labels[heads.labels[i + 1] as usize]);
        }
    }

    /// Parses a sentence given as token views and returns the final configuration (heads are
    /// `n + 1` for the root word).
    pub fn parse_views<'s, 'a>(
        &self,
        tokens: impl ExactSizeIterator<Item = TokenView<'a>>,
        scratch: &'s mut Scratch,
    ) -> &'s Config {
        let n = tokens.len();
        scratch.atoms.fill(tokens);
        let config = scratch.config.get_or_insert_with(|| Config::new(0));
        config.reset(n);
        let n_classes = self.table.n_classes();
        while !config.is_terminal() {
            extract(config, &scratch.atoms, &mut scratch.feats);
            scratch.scores.clear();
            scratch.scores.resize(n_classes, 0);
            self.table.add_scores(&scratch.feats, &mut scratch.scores);
            let t = best_valid(config, &scratch.scores, self.labels.len(), self.root_label);
            config.apply(t);
        }
        config
    }
}

/// The best-scoring valid transition. Validity depends only on the transition kind and on
/// whether the label is `root`, so this scans the class ranges directly.
pub fn best_valid<S: PartialOrd + Copy>(
    c: &Config,
    scores: &[S],
    n_labels: usize,
    root_label: u16,
) -> Transition {
    let mut best = Transition::Shift;
    let mut best_score = scores[0];
    let mut found = false;
    if c.is_valid(Transition::Shift, root_label) {
        best_score = scores[0];
        found = true;
    }
    for l in 0..n_labels as u16 {
        for t in [Transition::Left(l), Transition::Right(l)] {
            let s = scores[t.class(n_labels)];
            if (!found || s > best_score) && c.is_valid(t, root_label) {
                best = t;
                best_score = s;
                found = true;
            }
        }
    }
    assert!(
        found,
        "a non-terminal configuration always has a valid transition"
    );
    best
}

impl Annotator for Parser {
    fn name(&self) -> &'static str {
        "parse"
    }

    fn annotate(&self, doc: &mut Document) -> Result<()> {
        let mut scratch = Scratch::default();
        for s in &mut doc.sentences {
            if !s.tokens.is_empty() {
                self.parse_tokens(&mut s.tokens, &mut scratch);
            }
        }
        Ok(())
    }
}

impl Annotator for &'static Parser {
    fn name(&self) -> &'static str {
        "parse"
    }

    fn annotate(&self, doc: &mut Document) -> Result<()> {
        (**self).annotate(doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::PosTagger;
    use crate::annotate::pos::TagScratch;
    use crate::document::Span;

    /// An expected arc: (dependent, head, relation), 1-based.
    type Arc = (usize, usize, &'static str);

    /// Tags and parses whitespace-separated words with the embedded models.
    fn parse(text: &str) -> Vec<Token> {
        let mut tokens: Vec<Token> = text
            .split(' ')
            .map(|w| Token::new(w, Span::default()))
            .collect();
        PosTagger::embedded().tag_tokens(&mut tokens, &mut TagScratch::default());
        Parser::embedded().parse_tokens(&mut tokens, &mut Scratch::default());
        tokens
    }

    #[test]
    fn embedded_model_attaches_subjects_and_objects_to_the_verb() {
        // (sentence, [(dependent, head, relation)]) with 1-based positions.
        let cases: [(&str, &[Arc]); 4] = [
            (
                "The committee approved the new budget on Tuesday .",
                &[
                    (2, 3, "nsubj"),
                    (3, 0, "root"),
                    (6, 3, "obj"),
                    (8, 3, "obl"),
                ],
            ),
            (
                "Engineers at the plant repaired two turbines .",
                &[(1, 5, "nsubj"), (5, 0, "root"), (7, 5, "obj")],
            ),
            (
                "The bridge was closed by the city .",
                &[
                    (2, 4, "nsubj:pass"),
                    (3, 4, "aux:pass"),
                    (4, 0, "root"),
                    (7, 4, "obl:agent"),
                ],
            ),
            (
                "She said that the mayor had resigned .",
                &[
                    (1, 2, "nsubj"),
                    (2, 0, "root"),
                    (5, 7, "nsubj"),
                    (7, 2, "ccomp"),
                ],
            ),
        ];
        for (text, arcs) in cases {
            let t = parse(text);
            for &(d, h, rel) in arcs {
                let tok = &t[d - 1];
                assert_eq!(
                    (tok.head, tok.deprel.as_str()),
                    (h, rel),
                    "{text}: word {d} `{}`",
                    tok.form
                );
            }
            assert_eq!(
                t.iter().filter(|t| t.head == 0).count(),
                1,
                "{text}: one root"
            );
        }
    }

    #[test]
    fn embedded_model_round_trips_through_its_encoding() {
        let p = Parser::embedded();
        let back = Parser::from_bytes(&p.to_bytes(), "parse.bin").unwrap();
        assert_eq!(back.labels(), p.labels());
        assert_eq!(back.n_features(), p.n_features());
        assert_eq!(back.to_bytes(), p.to_bytes());
        let wrong_kind = crate::perceptron::codec::encode_file("pos", VERSION, b"");
        let err = Parser::from_bytes(&wrong_kind, "x.bin")
            .unwrap_err()
            .to_string();
        assert!(err.contains("relgraph train parse"), "{err}");
    }
}
