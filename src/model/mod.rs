//! Embedded model weights: bytes bound to statics, each decoded once on first use.

use std::sync::LazyLock;

use crate::annotate::{Parser, PosTagger};

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

/// Size in bytes of the embedded POS model file.
pub fn pos_bytes() -> usize {
    POS.len()
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

/// Size in bytes of the embedded parser model file.
pub fn parse_bytes() -> usize {
    PARSE.len()
}
