//! Embedded model weights: bytes bound to statics, each decoded once on first use.

use std::sync::LazyLock;

use crate::annotate::{EntityTagger, PosTagger};

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
