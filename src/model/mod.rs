//! Embedded model weights: bytes bound to statics, each decoded once on first use.
//!
//! `weights/pos.bin` (tagger, morphology, lemmatizer) is trained on UD English EWT train only
//! (CC BY-SA 4.0), with early stopping on EWT dev; its features also read the WordNet 3.0 word
//! classes embedded from `annotate/pos/wordnet.tsv`. Rebuild it bit for bit with
//!
//! ```text
//! cargo run --release -- train pos \
//!     --train ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu \
//!     --dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu \
//!     --out src/model/weights/pos.bin
//! ```
//!
//! then `cargo build` again (the bytes are compiled in). `relgraph eval pos GOLD.conllu` measures it.

use std::sync::LazyLock;

use crate::annotate::{EntityTagger, Parser, PosTagger};
use crate::text::boundary::BoundaryModel;

/// The POS tagger, lemmatizer and morphology model (`relgraph train pos` writes it).
static POS: &[u8] = include_bytes!("weights/pos.bin");

static POS_TAGGER: LazyLock<PosTagger> = LazyLock::new(|| {
    PosTagger::from_bytes(POS, "src/model/weights/pos.bin")
        .expect("the committed pos.bin decodes (checked by a unit test)")
});

/// The embedded POS tagger.
pub fn pos() -> &'static PosTagger {
    &POS_TAGGER
}

/// The embedded POS model file as committed (to measure decoding or copy it out).
pub fn pos_file() -> &'static [u8] {
    POS
}

/// The sentence-boundary classifier (`relgraph train sentences` writes it).
static SENT: &[u8] = include_bytes!("weights/sent.bin");

static SENTENCES: LazyLock<BoundaryModel> = LazyLock::new(|| {
    BoundaryModel::from_bytes(SENT, "src/model/weights/sent.bin")
        .expect("the committed sent.bin decodes (checked by a unit test)")
});

/// The embedded sentence-boundary classifier.
pub fn sentences() -> &'static BoundaryModel {
    &SENTENCES
}

/// The dependency parser (`relgraph train parse` writes it).
static PARSE: &[u8] = include_bytes!("weights/parse.bin");

static PARSER: LazyLock<Parser> = LazyLock::new(|| {
    Parser::from_bytes(PARSE, "src/model/weights/parse.bin")
        .expect("the committed parse.bin decodes (checked by a unit test)")
});

/// The embedded dependency parser.
pub fn parse() -> &'static Parser {
    &PARSER
}

/// The embedded parser model file as committed.
pub fn parse_file() -> &'static [u8] {
    PARSE
}

/// The beam-search parser (`relgraph train parse --beam 8` writes it).
static PARSE_BEAM: &[u8] = include_bytes!("weights/parse-beam.bin");

static PARSER_BEAM: LazyLock<Parser> = LazyLock::new(|| {
    Parser::from_bytes(PARSE_BEAM, "src/model/weights/parse-beam.bin")
        .expect("the committed parse-beam.bin decodes (checked by a unit test)")
});

/// The embedded beam-search parser.
pub fn parse_beam() -> &'static Parser {
    &PARSER_BEAM
}

/// The embedded beam-search parser model file as committed.
pub fn parse_beam_file() -> &'static [u8] {
    PARSE_BEAM
}

/// The entity tagger (`relgraph train ner` writes it).
static NER: &[u8] = include_bytes!("weights/ner.bin");

static NER_TAGGER: LazyLock<EntityTagger> = LazyLock::new(|| {
    EntityTagger::from_bytes(NER, "src/model/weights/ner.bin")
        .expect("the committed ner.bin decodes (checked by a unit test)")
});

/// The embedded entity tagger.
pub fn ner() -> &'static EntityTagger {
    &NER_TAGGER
}

#[cfg(test)]
mod tests {
    use crate::annotate::{Annotator, PosTagger};
    use crate::document::{Document, Sentence, Span, Token};

    /// A sentence from pre-split words, with spans as if joined by single spaces.
    fn doc(words: &[&str]) -> Document {
        let mut text = String::new();
        let mut tokens = Vec::new();
        for w in words {
            if !text.is_empty() {
                text.push(' ');
            }
            tokens.push(Token::new(*w, Span::new(text.len(), text.len() + w.len())));
            text.push_str(w);
        }
        let span = Span::new(0, text.len());
        Document {
            sentences: vec![Sentence {
                span,
                tokens,
                repaired: false,
            }],
            ..Document::new("t", text)
        }
    }

    #[test]
    fn embedded_model_decodes_and_round_trips() {
        let t = PosTagger::from_bytes(super::pos_file(), "pos.bin").unwrap();
        assert!(t.n_tags() > 40, "joint UPOS|XPOS classes");
        assert_eq!(PosTagger::from_bytes(&t.to_bytes(), "again").unwrap(), t);
    }

    #[test]
    fn embedded_model_tags_sentences_of_our_own() {
        type Want<'a> = (&'a str, &'a str, &'a str, &'a str);
        let cases: &[(&[&str], &[Want])] = &[
            (
                &[
                    "The",
                    "minister",
                    "signed",
                    "the",
                    "new",
                    "trade",
                    "agreements",
                    "yesterday",
                    ".",
                ],
                &[
                    ("The", "DET", "DT", "the"),
                    ("minister", "NOUN", "NN", "minister"),
                    ("signed", "VERB", "VBD", "sign"),
                    ("new", "ADJ", "JJ", "new"),
                    ("agreements", "NOUN", "NNS", "agreement"),
                    (".", "PUNCT", ".", "."),
                ],
            ),
            (
                &[
                    "She", "has", "been", "running", "the", "company", "since", "2019", ".",
                ],
                &[
                    ("She", "PRON", "PRP", "she"),
                    ("has", "AUX", "VBZ", "have"),
                    ("been", "AUX", "VBN", "be"),
                    ("running", "VERB", "VBG", "run"),
                    ("2019", "NUM", "CD", "2019"),
                ],
            ),
            (
                &[
                    "Microsoft",
                    "bought",
                    "two",
                    "smaller",
                    "firms",
                    "in",
                    "Berlin",
                    ".",
                ],
                &[
                    ("Microsoft", "PROPN", "NNP", "Microsoft"),
                    ("bought", "VERB", "VBD", "buy"),
                    ("two", "NUM", "CD", "two"),
                    ("smaller", "ADJ", "JJR", "small"),
                    ("firms", "NOUN", "NNS", "firm"),
                    ("in", "ADP", "IN", "in"),
                    ("Berlin", "PROPN", "NNP", "Berlin"),
                ],
            ),
        ];
        for (words, want) in cases {
            let mut d = doc(words);
            PosTagger::embedded().annotate(&mut d).unwrap();
            let toks = &d.sentences[0].tokens;
            for (form, upos, xpos, lemma) in *want {
                let t = toks.iter().find(|t| t.form == *form).unwrap();
                // The greedy tagger alone tags `signed` VBN; the finite-verb rule makes it VBD.
                assert_eq!(
                    (t.upos.as_str(), t.xpos.as_str(), t.lemma.as_str()),
                    (*upos, *xpos, *lemma),
                    "{form} in {words:?}"
                );
            }
        }
        // Morphology that later stages read.
        let mut d = doc(&["They", "were", "walking", "home", "."]);
        PosTagger::embedded().annotate(&mut d).unwrap();
        let t = &d.sentences[0].tokens;
        assert!(
            t[0].feats.contains("Number=Plur") && t[0].feats.contains("PronType=Prs"),
            "{}",
            t[0].feats
        );
        assert!(
            t[1].feats.contains("Tense=Past") && t[1].feats.contains("VerbForm=Fin"),
            "{}",
            t[1].feats
        );
        assert!(
            t[2].feats.contains("VerbForm=Ger") || t[2].feats.contains("VerbForm=Part"),
            "{}",
            t[2].feats
        );
    }
}
