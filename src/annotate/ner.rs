//! Entity tagger: BIO tags (PER/ORG/LOC, trained on UNER English EWT) from an averaged
//! perceptron with Viterbi decoding, then mentions and per-mention entities with graph types
//! refined by the gazetteer (LOC → GPE/LOC, demonyms → NORP, a few EVENTs) and titles split off
//! person names into roles.

pub mod acronyms;
pub mod ages;
pub mod ampersands;
pub mod clusters;
pub mod consistency;
pub mod context;
mod dateline;
pub mod decode;
pub mod demonyms;
pub mod descriptors;
pub mod diseases;
pub mod features;
#[cfg(feature = "train")]
pub mod fill;
pub mod gazetteer;
pub mod given_names;
pub mod gum;
pub mod holders;
pub mod iob;
#[cfg(feature = "train")]
pub mod jackknife;
pub mod keywords;
mod mentions;
pub mod offices;
pub mod org_endings;
pub mod organisations;
pub mod places;
pub mod roles;
pub mod states;
#[cfg(feature = "train")]
pub mod train;

use std::sync::OnceLock;

use self::clusters::Clusters;
use self::context::DocCasing;
use self::decode::{Decoder, WordCache, decode_table};
use self::features::{Extracted, SentenceView, extract};
use self::gazetteer::Gazetteer;
use self::iob::N_TAGS;
pub use self::mentions::{build_mentions, surface};
use super::Annotator;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::perceptron::codec::{self, Reader, Writer};
use crate::perceptron::{Model, ScoreTable};

/// Model file kind and format version; bump the version when features or layout change.
pub const KIND: &str = "ner";
pub const VERSION: u32 = 4;
pub const RETRAIN: &str = "relgraph train ner --train ../shared/data/uner-english-ewt/en_ewt-ud-train.draft-2022-12-02.iob2 --dev ../shared/data/uner-english-ewt/en_ewt-ud-dev.iob2 --word-dropout 0.2 --lowercase 0.1 --pos-treebank ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu --pos-dev ../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu --out src/model/weights/ner.bin";

/// The trained entity tagger.
#[derive(Debug, Clone)]
pub struct EntityTagger {
    model: Model,
    /// `model` laid out for fast lookups, built on first use (training never needs it).
    table: OnceLock<ScoreTable>,
    decoder: Decoder,
    /// Trained with POS features (from our own tagger); then it reads `Token.upos/xpos`.
    uses_pos: bool,
    /// Word classes learned from the training text (empty: no class features).
    clusters: Clusters,
}

impl PartialEq for EntityTagger {
    /// Equal weights, decoder and features (the lookup table follows from the weights).
    fn eq(&self, other: &EntityTagger) -> bool {
        self.model == other.model
            && self.decoder == other.decoder
            && self.uses_pos == other.uses_pos
            && self.clusters == other.clusters
    }
}

impl EntityTagger {
    /// The tagger embedded in the binary (decoded on first use).
    pub fn embedded() -> &'static EntityTagger {
        crate::model::ner()
    }

    pub fn from_parts(
        model: Model,
        decoder: Decoder,
        uses_pos: bool,
        clusters: Clusters,
    ) -> EntityTagger {
        EntityTagger {
            model,
            table: OnceLock::new(),
            decoder,
            uses_pos,
            clusters,
        }
    }

    fn table(&self) -> &ScoreTable {
        self.table.get_or_init(|| ScoreTable::new(&self.model))
    }

    /// The word classes the tagger's features use (`None` when it has none).
    pub fn clusters(&self) -> Option<&Clusters> {
        (!self.clusters.is_empty()).then_some(&self.clusters)
    }

    pub fn decoder(&self) -> Decoder {
        self.decoder
    }

    /// A copy that decodes with `decoder` (to compare greedy and Viterbi on one model).
    pub fn with_decoder(&self, decoder: Decoder) -> EntityTagger {
        EntityTagger {
            decoder,
            ..self.clone()
        }
    }

    /// The weights (training scores dev epochs with them directly, in `f32`).
    pub fn model(&self) -> &Model {
        &self.model
    }

    pub fn uses_pos(&self) -> bool {
        self.uses_pos
    }

    pub fn n_features(&self) -> usize {
        self.model.n_features()
    }

    /// Decodes a model file (`name` is used in messages).
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<EntityTagger> {
        let payload = codec::decode_file(bytes, name, KIND, VERSION, RETRAIN)?;
        let mut r = Reader::new(&payload);
        let decoder = Decoder::parse(&r.str()?).ok_or_else(|| {
            Error::model(format!(
                "model {name} names an unknown decoder; run `{RETRAIN}`"
            ))
        })?;
        let uses_pos = r.u8()? == 1;
        let model = Model::decode(&mut r)?;
        let clusters = Clusters::decode(&mut r)?;
        if model.n_classes() != N_TAGS || !r.is_empty() {
            return Err(Error::model(format!(
                "model {name} is corrupt (tag count); run `{RETRAIN}`"
            )));
        }
        Ok(EntityTagger::from_parts(model, decoder, uses_pos, clusters))
    }

    /// Encodes the tagger as a model file (deterministic bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        w.str(self.decoder.as_str());
        w.u8(self.uses_pos as u8);
        self.model.encode(&mut w);
        self.clusters.encode(&mut w);
        codec::encode_file(KIND, VERSION, w.bytes())
    }

    /// Tags the features extracted from `words`, reusing word scores cached by earlier
    /// sentences of the document.
    fn tag_extracted<'a>(
        &self,
        ex: &Extracted,
        words: &[&'a str],
        cache: &mut WordCache<'a>,
    ) -> Vec<usize> {
        decode_table(self.table(), ex, words, self.decoder, cache)
    }

    /// BIO tag ids for untagged words: POS-tags them first with the embedded tagger when the
    /// model was trained with POS features.
    pub fn tag_plain(&self, words: &[&str]) -> Vec<usize> {
        if !self.uses_pos {
            return self.tag_words(words, &[], &[]);
        }
        let (u, x) = predicted_pos(words);
        let u: Vec<&str> = u.iter().map(String::as_str).collect();
        let x: Vec<&str> = x.iter().map(String::as_str).collect();
        self.tag_words(words, &u, &x)
    }

    /// BIO tag ids for a sentence's words (POS tags used only if the model was trained with them).
    pub fn tag_words(&self, words: &[&str], upos: &[&str], xpos: &[&str]) -> Vec<usize> {
        self.tag_in_doc(words, upos, xpos, None, &mut WordCache::default())
    }

    fn tag_in_doc<'a>(
        &self,
        words: &[&'a str],
        upos: &[&str],
        xpos: &[&str],
        doc: Option<&DocCasing>,
        cache: &mut WordCache<'a>,
    ) -> Vec<usize> {
        let (upos, xpos) = if self.uses_pos {
            (upos, xpos)
        } else {
            (&[][..], &[][..])
        };
        self.tag_extracted(
            &extract(
                &SentenceView {
                    words,
                    upos,
                    xpos,
                    doc,
                    clusters: self.clusters(),
                },
                Gazetteer::for_features(),
            ),
            words,
            cache,
        )
    }

    /// BIO tag ids for every sentence of one document: a word's casing elsewhere in the
    /// document is evidence too, and so are the names tagged elsewhere in it (one type per
    /// name, acronyms of tagged names, places beside their demonyms). `upos`/`xpos` hold one entry per sentence, or are empty when
    /// the sentences are untagged (then the embedded POS tagger runs if the model needs it).
    pub fn tag_document(
        &self,
        sentences: &[Vec<&str>],
        upos: &[Vec<&str>],
        xpos: &[Vec<&str>],
    ) -> Vec<Vec<usize>> {
        let views: Vec<&[&str]> = sentences.iter().map(Vec::as_slice).collect();
        let doc = DocCasing::new(&views);
        let mut cache = WordCache::default();
        let mut tags: Vec<Vec<usize>> = sentences
            .iter()
            .enumerate()
            .map(|(k, words)| {
                if upos.len() == sentences.len() && xpos.len() == sentences.len() {
                    self.tag_in_doc(words, &upos[k], &xpos[k], Some(&doc), &mut cache)
                } else if self.uses_pos {
                    let (u, x) = predicted_pos(words);
                    let u: Vec<&str> = u.iter().map(String::as_str).collect();
                    let x: Vec<&str> = x.iter().map(String::as_str).collect();
                    self.tag_in_doc(words, &u, &x, Some(&doc), &mut cache)
                } else {
                    self.tag_in_doc(words, &[], &[], Some(&doc), &mut cache)
                }
            })
            .collect();
        trim_common_openers(sentences, &mut tags);
        diseases::untag(sentences, &mut tags);
        org_endings::retype(sentences, &mut tags);
        org_endings::clubs(sentences, &mut tags);
        org_endings::companies(sentences, &mut tags);
        org_endings::complete(sentences, &mut tags);
        join_initials(sentences, &mut tags);
        ampersands::join(sentences, &mut tags);
        given_names::extend(sentences, &mut tags);
        holders::retype(sentences, &mut tags);
        holders::after_occupations(sentences, &mut tags);
        organisations::tag(sentences, &mut tags);
        offices::retype(sentences, &mut tags);
        ages::tag(sentences, &mut tags);
        consistency::harmonise(sentences, &mut tags);
        consistency::surnames(sentences, &mut tags);
        descriptors::retype(sentences, &mut tags);
        states::retype(sentences, &mut tags);
        acronyms::tag_defined(sentences, &mut tags);
        acronyms::tag(sentences, &mut tags);
        demonyms::relabel(sentences, &mut tags);
        untag_codes(sentences, &mut tags);
        tags
    }
}

/// Drops the common lower-case words that open a name the model found: "The nationalist
/// Homeland Front finished third" had "nationalist Homeland Front". Only when a word that is
/// not one follows in the span: a name written all in lower case ("air asia") stays whole.
fn trim_common_openers(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    // A common word: lower case, known to WordNet, longer than the particles of names ("al",
    // "bin", "van", "de la").
    let lower = |w: &str| {
        w.chars().count() > 3 && w.chars().all(char::is_lowercase) && super::pos::wordnet::knows(w)
    };
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for span in iob::spans(t) {
            let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
            let first_capital = (span.start..span.end).find(|&k| capital(words[k]));
            let openers = |c: usize| (span.start..c).all(|k| lower(words[k]));
            if let Some(c) = first_capital.filter(|&c| c > span.start && openers(c)) {
                for tag in &mut t[span.start..c] {
                    *tag = iob::O;
                }
                iob::label_span(t, c..span.end, span.ty);
            }
        }
    }
}

/// Joins a person's first name to the name after it when that name opens with a middle
/// initial: "John F. Kennedy International Airport" came out as the person "John" and the
/// organisation "F. Kennedy International Airport"; it is one name, of the second's type.
fn join_initials(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let per = iob::type_index("PER");
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        let spans = iob::spans(t);
        for pair in spans.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            let w = words[b.start].as_bytes();
            let initial = w.len() == 2 && w[0].is_ascii_uppercase() && w[1] == b'.';
            if a.ty == per && a.end == b.start && initial && b.ty != per {
                iob::label_span(t, a.start..b.end, b.ty);
            }
        }
    }
}

/// Untags a one-word name that a hyphen and a number make a code ("VB-214", "F-35"): a
/// product or a model, no person, organisation or place.
fn untag_codes(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        let number = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
        };
        let hyphen = |k: usize| words.get(k) == Some(&"-");
        for span in iob::spans(t) {
            // The code after the name, or inside the span.
            let code = match span.end - span.start {
                1 => hyphen(span.end) && number(span.end + 1),
                3 => hyphen(span.start + 1) && number(span.start + 2),
                _ => false,
            };
            if code {
                for tag in &mut t[span.start..span.end] {
                    *tag = iob::O;
                }
            }
        }
    }
}

/// UPOS and XPOS of `words` from the embedded POS tagger: what the entity tagger sees at run
/// time, so evaluation uses it too (never gold tags).
pub fn predicted_pos(words: &[&str]) -> (Vec<String>, Vec<String>) {
    thread_local! {
        // Kept across calls so the tagger's word-type cache stays warm.
        static SCRATCH: std::cell::RefCell<super::pos::TagScratch> = Default::default();
    }
    SCRATCH.with(|s| tag_strings(super::PosTagger::embedded(), words, &mut s.borrow_mut()))
}

/// UPOS and XPOS strings of one sentence tagged by `tagger`.
pub(crate) fn tag_strings(
    tagger: &super::PosTagger,
    words: &[&str],
    scratch: &mut super::pos::TagScratch,
) -> (Vec<String>, Vec<String>) {
    tagger.tag_ids(words.iter().copied(), scratch);
    scratch
        .tags
        .iter()
        .map(|&t| {
            let (u, x) = tagger.tag_name(t);
            (u.to_string(), x.to_string())
        })
        .unzip()
}

impl Annotator for EntityTagger {
    fn name(&self) -> &'static str {
        "ner"
    }

    /// Fills `Token.ner` and replaces `doc.mentions` / `doc.entities` with one entity per
    /// mention (coreference merges them).
    fn annotate(&self, doc: &mut Document) -> Result<()> {
        let words: Vec<Vec<&str>> = doc
            .sentences
            .iter()
            .map(|s| s.tokens.iter().map(|t| t.form.as_str()).collect())
            .collect();
        let tagged = doc
            .sentences
            .iter()
            .all(|s| s.tokens.iter().all(|t| !t.upos.is_empty()));
        let (upos, xpos): (Vec<Vec<&str>>, Vec<Vec<&str>>) = if tagged {
            doc.sentences
                .iter()
                .map(|s| {
                    s.tokens
                        .iter()
                        .map(|t| (t.upos.as_str(), t.xpos.as_str()))
                        .unzip()
                })
                .unzip()
        } else {
            (Vec::new(), Vec::new())
        };
        let tags = self.tag_document(&words, &upos, &xpos);
        build_mentions(doc, tags);
        Ok(())
    }
}

impl Annotator for &'static EntityTagger {
    fn name(&self) -> &'static str {
        "ner"
    }

    fn annotate(&self, doc: &mut Document) -> Result<()> {
        (**self).annotate(doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{EntityType, Sentence, Span};

    /// A document from pre-tokenised sentences (tokens separated by single spaces).
    fn doc_of(sentences: &[&str]) -> Document {
        let mut d = Document::new("t", sentences.join(" "));
        let mut at = 0;
        for s in sentences {
            let mut toks = Vec::new();
            for w in s.split(' ') {
                toks.push(crate::document::Token::new(w, Span::new(at, at + w.len())));
                at += w.len() + 1;
            }
            let span = Span::new(toks[0].span.start, toks.last().unwrap().span.end);
            d.sentences.push(Sentence {
                span,
                tokens: toks,
                repaired: false,
            });
        }
        d
    }

    #[test]
    fn common_words_opening_a_name_are_dropped() {
        use super::iob::test_support::{sentences, tags};
        let sents = sentences(&[
            "The nationalist Homeland Front finished",
            "By samantha Fox",
            "for al - Qaeda",
            "in tampa bay",
        ]);
        let mut t = vec![
            tags("O B-ORG I-ORG I-ORG O"),
            tags("O B-PER I-PER"),
            tags("O B-ORG I-ORG I-ORG"),
            tags("O B-LOC I-LOC"),
        ];
        let before = t.clone();
        trim_common_openers(&sents, &mut t);
        assert_eq!(t[0], tags("O O B-ORG I-ORG O"));
        // A first name, a particle, a name all in lower case: no common word to drop.
        assert_eq!(t[1..], before[1..]);
    }

    #[test]
    fn a_first_name_before_a_middle_initial_joins_the_name() {
        use super::iob::test_support::{sentences, tags};
        let sents = sentences(&[
            "at John F. Kennedy Airport",
            "Anna met B. Smith Corp",
            "John F. Kennedy spoke",
        ]);
        let mut t = vec![
            tags("O B-PER B-ORG I-ORG I-ORG"),
            tags("B-PER O B-ORG I-ORG I-ORG"),
            tags("B-PER B-PER I-PER O"),
        ];
        let before = t.clone();
        join_initials(&sents, &mut t);
        assert_eq!(t[0], tags("O B-ORG I-ORG I-ORG I-ORG"));
        // Not across a word, and two person spans are left to the person rules.
        assert_eq!(t[1..], before[1..]);
    }

    #[test]
    fn a_name_made_a_code_by_a_hyphen_and_number_is_no_name() {
        use super::iob::test_support::{sentences, tags};
        let sents = sentences(&[
            "known as VB - 214 .",
            "known as VB - 214 .",
            "for al - Qaeda",
            "Obel - Smith 49",
        ]);
        let mut t = vec![
            tags("O O B-PER O O O"),
            tags("O O B-ORG I-ORG I-ORG O"),
            tags("O B-ORG I-ORG I-ORG"),
            tags("B-PER I-PER I-PER O"),
        ];
        let before = t.clone();
        untag_codes(&sents, &mut t);
        assert_eq!(t[0], tags("O O O O O O"));
        assert_eq!(t[1], tags("O O O O O O"));
        assert_eq!(t[2..], before[2..]);
    }

    #[test]
    fn embedded_model_finds_people_organisations_and_places() {
        let mut d = doc_of(&[
            "German Chancellor Olaf Scholz flew to Washington on Friday .",
            "He met officials of the European Union and the World Bank in the city .",
            "Pope Leo visited Peru last year .",
            "Microsoft and Toyota opened offices in Nairobi .",
        ]);
        EntityTagger::embedded().annotate(&mut d).unwrap();
        let got: Vec<(String, EntityType)> = d
            .entities
            .iter()
            .map(|e| (e.name.clone(), e.kind))
            .collect();
        for (name, kind) in [
            ("Olaf Scholz", EntityType::Person),
            ("Washington", EntityType::Gpe),
            ("European Union", EntityType::Org),
            ("World Bank", EntityType::Org),
            ("Peru", EntityType::Gpe),
            ("Nairobi", EntityType::Gpe),
        ] {
            assert!(
                got.contains(&(name.to_string(), kind)),
                "{name} {kind:?} not in {got:?}"
            );
        }
        let scholz = d.entities.iter().find(|e| e.name == "Olaf Scholz").unwrap();
        assert_eq!(scholz.roles, vec!["German Chancellor".to_string()]);
        assert!(d.sentences[0].tokens.iter().all(|t| !t.ner.is_empty()));
        // No pronoun or title becomes an entity of its own.
        assert!(
            got.iter()
                .all(|(n, _)| n != "He" && n != "German Chancellor"),
            "{got:?}"
        );
    }

    #[test]
    fn embedded_model_decodes() {
        let t = EntityTagger::embedded();
        assert!(t.n_features() > 10_000);
        assert_eq!(EntityTagger::from_bytes(&t.to_bytes(), "x").unwrap(), *t);
    }

    #[test]
    fn table_decoding_equals_float_decoding() {
        // The run-time path (integer sums over the lookup table) against the original one
        // (f32 sums over the model's hash map), on varied text and both decoders.
        let text = [
            "German Chancellor Olaf Scholz flew to Washington on Friday .",
            "He met officials of the European Union and the World Bank in the city .",
            "Pope Leo visited Peru last year .",
            "Microsoft and Toyota opened offices in Nairobi .",
            "we went to kerala with john smith and ate at taco bell",
            "PRESIDENT TRUMP SPOKE WITH VLADIMIR PUTIN ABOUT UKRAINE",
            "Dress Code For Females At The Restaurant In New York City",
            "Steve Witkoff and Marco Rubio flew to St. Petersburg via Abu Dhabi .",
            "The Bank of America , Wells Fargo and JPMorgan Chase & Co. reported losses .",
            "Ukrainian President Volodymyr Zelenskyy met Emmanuel Macron in Paris .",
            "I bought it from Amazon but the seller , Bob 's Discount Furniture , never replied .",
            "The Russians said the Black Sea fleet left Sevastopol for the Mediterranean .",
            "Key West is nice ; Will Smith was there , says Dr. Ana Lima of Harvard University .",
            "",
            "Ok",
        ];
        let sentences: Vec<Vec<&str>> = text
            .iter()
            .map(|s| s.split_whitespace().collect())
            .collect();
        let base = EntityTagger::embedded();
        for decoder in [Decoder::Viterbi, Decoder::Greedy] {
            let t = base.with_decoder(decoder);
            let views: Vec<&[&str]> = sentences.iter().map(Vec::as_slice).collect();
            let doc = DocCasing::new(&views);
            let mut shared = WordCache::default();
            for words in &sentences {
                let (u, x) = predicted_pos(words);
                let u: Vec<&str> = u.iter().map(String::as_str).collect();
                let x: Vec<&str> = x.iter().map(String::as_str).collect();
                for d in [None, Some(&doc)] {
                    let ex = extract(
                        &SentenceView {
                            words,
                            upos: &u,
                            xpos: &x,
                            doc: d,
                            clusters: t.clusters(),
                        },
                        Gazetteer::for_features(),
                    );
                    let want = decode::decode(t.model(), &ex, decoder);
                    let alone = t.tag_extracted(&ex, words, &mut WordCache::default());
                    assert_eq!(alone, want, "{decoder:?} {words:?}");
                    assert_eq!(t.tag_extracted(&ex, words, &mut shared), want);
                }
            }
        }
    }
}
