//! Embedded model weights: bytes bound to statics, each decoded once on first use.

use std::sync::LazyLock;

use crate::annotate::ner::EntityTagger;

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
