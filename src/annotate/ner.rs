//! Entity tagger: BIO tags (PER/ORG/LOC, trained on UNER English EWT) from an averaged
//! perceptron with Viterbi decoding, then mentions and per-mention entities with graph types
//! refined by the gazetteer (LOC → GPE/LOC, demonyms → NORP, a few EVENTs) and titles split off
//! person names into roles.

pub mod decode;
pub mod features;
pub mod gazetteer;
pub mod gum;
pub mod iob;
#[cfg(feature = "train")]
pub mod jackknife;
pub mod roles;
#[cfg(feature = "train")]
pub mod train;

use self::decode::{Decoder, decode};
use self::features::{Extracted, SentenceView, extract};
use self::gazetteer::{GazKind, Gazetteer};
use self::iob::{N_TAGS, TagSpan, spans, tag_name};
use super::Annotator;
use crate::document::{Document, Entity, EntityId, EntityType, Mention, Sentence, Span};
use crate::error::{Error, Result};
use crate::perceptron::Model;
use crate::perceptron::codec::{self, Reader, Writer};

/// Model file kind and format version; bump the version when features or layout change.
pub const KIND: &str = "ner";
pub const VERSION: u32 = 1;
pub const RETRAIN: &str = "relgraph train ner --train ../shared/data/uner-english-ewt/en_ewt-ud-train.draft-2022-12-02.iob2 --dev ../shared/data/uner-english-ewt/en_ewt-ud-dev.iob2 --out src/model/weights/ner.bin";

/// The trained entity tagger.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityTagger {
    model: Model,
    decoder: Decoder,
    /// Trained with POS features (from our own tagger); then it reads `Token.upos/xpos`.
    uses_pos: bool,
}

impl EntityTagger {
    /// The tagger embedded in the binary (decoded on first use).
    pub fn embedded() -> &'static EntityTagger {
        crate::model::ner()
    }

    pub fn from_parts(model: Model, decoder: Decoder, uses_pos: bool) -> EntityTagger {
        EntityTagger {
            model,
            decoder,
            uses_pos,
        }
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
        if model.n_classes() != N_TAGS || !r.is_empty() {
            return Err(Error::model(format!(
                "model {name} is corrupt (tag count); run `{RETRAIN}`"
            )));
        }
        Ok(EntityTagger {
            model,
            decoder,
            uses_pos,
        })
    }

    /// Encodes the tagger as a model file (deterministic bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::new();
        w.str(self.decoder.as_str());
        w.u8(self.uses_pos as u8);
        self.model.encode(&mut w);
        codec::encode_file(KIND, VERSION, w.bytes())
    }

    /// Tags pre-extracted features.
    pub fn tag_extracted(&self, ex: &Extracted) -> Vec<usize> {
        decode(&self.model, ex, self.decoder)
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
        let (upos, xpos) = if self.uses_pos {
            (upos, xpos)
        } else {
            (&[][..], &[][..])
        };
        self.tag_extracted(&extract(
            &SentenceView { words, upos, xpos },
            Gazetteer::embedded(),
        ))
    }
}

/// UPOS and XPOS of `words` from the embedded POS tagger: what the entity tagger sees at run
/// time, so evaluation uses it too (never gold tags).
pub fn predicted_pos(words: &[&str]) -> (Vec<String>, Vec<String>) {
    let tagger = super::PosTagger::embedded();
    let mut scratch = super::pos::TagScratch::default();
    tagger.tag_ids(words.iter().copied(), &mut scratch);
    scratch
        .tags
        .iter()
        .map(|&t| {
            let (u, x) = tagger.tag_name(t);
            (u.to_string(), x.to_string())
        })
        .unzip()
}

/// Graph type of a tagger span, refined by the gazetteer.
fn refine_type(ty: &str, words: &[&str], gaz: &Gazetteer) -> EntityType {
    let listed = gaz.lookup(words).and_then(|m| match m.entry.kind {
        GazKind::Entity(t) => Some(t),
        GazKind::Code => None,
    });
    match (ty, listed) {
        ("PER", _) => EntityType::Person,
        (_, Some(t)) => t,
        ("ORG", None) => EntityType::Org,
        _ => {
            // UNER's LOC covers countries and cities as well as seas and regions.
            const NATURAL: &[&str] = &[
                "sea",
                "ocean",
                "river",
                "mountains",
                "mountain",
                "mount",
                "lake",
                "gulf",
                "bay",
                "valley",
                "island",
                "islands",
                "peninsula",
                "desert",
                "coast",
                "strait",
                "region",
                "forest",
                "canyon",
                "beach",
                "park",
            ];
            let natural = words
                .iter()
                .any(|w| NATURAL.contains(&w.to_lowercase().as_str()));
            if natural {
                EntityType::Loc
            } else {
                EntityType::Gpe
            }
        }
    }
}

/// Joins token texts as written in the document (single spaces for any whitespace run).
pub fn surface(doc_text: &str, sent: &Sentence, start: usize, end: usize) -> String {
    let span = Span::new(sent.tokens[start].span.start, sent.tokens[end - 1].span.end);
    doc_text[span.start..span.end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when a demonym at `i` is used as a noun ("Ukrainians said", "the Russians"), not as an
/// adjective in front of a noun ("Russian troops"), where it only modifies.
fn demonym_is_nominal(sent: &Sentence, i: usize, end: usize) -> bool {
    let tok = &sent.tokens[i];
    if !tok.upos.is_empty() {
        return tok.upos != "ADJ";
    }
    match sent.tokens.get(end) {
        None => true,
        Some(next) => {
            tok.form.ends_with('s') || !next.form.chars().next().is_some_and(char::is_alphanumeric)
        }
    }
}

impl Annotator for EntityTagger {
    fn name(&self) -> &'static str {
        "ner"
    }

    /// Fills `Token.ner` and replaces `doc.mentions` / `doc.entities` with one entity per
    /// mention (coreference merges them).
    fn annotate(&self, doc: &mut Document) -> Result<()> {
        let tags: Vec<Vec<usize>> = doc
            .sentences
            .iter()
            .map(|sent| {
                let words: Vec<&str> = sent.tokens.iter().map(|t| t.form.as_str()).collect();
                let upos: Vec<&str> = sent.tokens.iter().map(|t| t.upos.as_str()).collect();
                let xpos: Vec<&str> = sent.tokens.iter().map(|t| t.xpos.as_str()).collect();
                if upos.iter().all(|u| !u.is_empty()) {
                    self.tag_words(&words, &upos, &xpos)
                } else {
                    self.tag_plain(&words)
                }
            })
            .collect();
        build_mentions(doc, tags);
        Ok(())
    }
}

/// One sense per discourse for names (cf. Krishnan & Manning 2006, non-local consistency): once
/// a document names a person in full ("Donald Trump"), a capitalised occurrence of the surname
/// alone is that person too, whether the tagger missed it or typed it as a place or organisation.
fn propagate_surnames(doc: &Document, spans: &mut [Vec<(TagSpan, EntityType)>]) {
    let mut surnames: Vec<&str> = Vec::new();
    for (sent, list) in doc.sentences.iter().zip(spans.iter()) {
        for (s, ty) in list {
            let last = &sent.tokens[s.end - 1].form;
            if *ty == EntityType::Person
                && s.end - s.start >= 2
                && last.chars().next().is_some_and(char::is_uppercase)
            {
                surnames.push(last);
            }
        }
    }
    surnames.sort_unstable();
    surnames.dedup();
    for (sent, list) in doc.sentences.iter().zip(spans.iter_mut()) {
        for (i, tok) in sent.tokens.iter().enumerate() {
            if surnames.binary_search(&tok.form.as_str()).is_err() {
                continue;
            }
            match list.iter_mut().find(|(s, _)| s.start <= i && i < s.end) {
                Some((s, ty)) if s.end - s.start == 1 => *ty = EntityType::Person,
                Some(_) => {}
                None => list.push((
                    TagSpan {
                        start: i,
                        end: i + 1,
                        ty: 0,
                    },
                    EntityType::Person,
                )),
            }
        }
        list.sort_by_key(|(s, _)| (s.start, s.end));
    }
}

/// Sets `Token.ner` from BIO tag ids (one vector per sentence) and replaces `doc.mentions` /
/// `doc.entities` with one entity per mention: tagger spans with gazetteer-refined types and
/// titles split off person names, plus gazetteer names the tagger missed and nominal demonyms.
pub fn build_mentions(doc: &mut Document, all_tags: Vec<Vec<usize>>) {
    let gaz = Gazetteer::embedded();
    let mut mentions: Vec<(Mention, Entity)> = Vec::new();
    let mut per_sentence: Vec<Vec<(TagSpan, EntityType)>> = Vec::with_capacity(doc.sentences.len());
    for (sent, tags) in doc.sentences.iter().zip(&all_tags) {
        let words: Vec<&str> = sent.tokens.iter().map(|t| t.form.as_str()).collect();
        let mut spans_here: Vec<(TagSpan, EntityType)> = Vec::new();
        // The first word of a sentence is capitalised anyway: alone and also a common word
        // ("Key", "Will"), the tagger's PER there is more often wrong than right. A real
        // surname comes back through `propagate_surnames`.
        let first_word = words
            .iter()
            .position(|w| w.chars().next().is_some_and(char::is_alphanumeric));
        for s in spans(tags) {
            let ty = refine_type(iob::TYPES[s.ty], &words[s.start..s.end], gaz);
            let lone_common = ty == EntityType::Person
                && s.end - s.start == 1
                && Some(s.start) == first_word
                && features::lexicon_class(&words[s.start].to_lowercase()) == "PL";
            if !lone_common {
                spans_here.push((s, ty));
            }
        }
        for m in gaz.matches(&words) {
            let GazKind::Entity(ty) = m.entry.kind else {
                continue;
            };
            let overlaps = spans_here
                .iter()
                .any(|(s, _)| s.start < m.end && m.start < s.end);
            let capital = words[m.start]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            if overlaps || !m.exact_case || !capital {
                continue;
            }
            if ty == EntityType::Norp && !demonym_is_nominal(sent, m.start, m.end) {
                continue;
            }
            spans_here.push((
                TagSpan {
                    start: m.start,
                    end: m.end,
                    ty: usize::MAX,
                },
                ty,
            ));
        }
        spans_here.sort_by_key(|(s, _)| (s.start, s.end));
        per_sentence.push(spans_here);
    }
    propagate_surnames(doc, &mut per_sentence);
    for (si, (sent, spans_here)) in doc.sentences.iter().zip(per_sentence).enumerate() {
        let words: Vec<&str> = sent.tokens.iter().map(|t| t.form.as_str()).collect();
        for (s, ty) in spans_here {
            let (mut start, mut roles) = (s.start, Vec::new());
            if ty == EntityType::Person {
                let t = roles::split_title(&words, s.start, s.end, gaz);
                start = t.name_start;
                roles.extend(t.role);
            }
            let name = surface(&doc.text, sent, start, s.end);
            let span = Span::new(
                sent.tokens[start].span.start,
                sent.tokens[s.end - 1].span.end,
            );
            let mention = Mention {
                sentence: si,
                tokens: (start, s.end),
                span,
                entity: EntityId(0),
            };
            mentions.push((
                mention,
                Entity {
                    name,
                    kind: ty,
                    aliases: Vec::new(),
                    roles,
                },
            ));
        }
    }
    for (sent, tags) in doc.sentences.iter_mut().zip(all_tags) {
        for (tok, tag) in sent.tokens.iter_mut().zip(tags) {
            tok.ner = tag_name(tag);
        }
    }
    doc.mentions.clear();
    doc.entities.clear();
    for (i, (mut m, e)) in mentions.into_iter().enumerate() {
        m.entity = EntityId(i as u32);
        doc.mentions.push(m);
        doc.entities.push(e);
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

    #[test]
    fn loc_spans_are_refined_by_the_gazetteer() {
        let g = Gazetteer::embedded();
        for (ty, words, want) in [
            ("LOC", &["Ukraine"][..], EntityType::Gpe),
            ("ORG", &["U.S."][..], EntityType::Gpe),
            ("LOC", &["Black", "Sea"][..], EntityType::Loc),
            ("LOC", &["Lake", "Geneva"][..], EntityType::Loc),
            ("LOC", &["Springfield"][..], EntityType::Gpe),
            ("ORG", &["Acme", "Corp"][..], EntityType::Org),
            ("ORG", &["Kremlin"][..], EntityType::Org),
            ("PER", &["Georgia"][..], EntityType::Person),
        ] {
            assert_eq!(refine_type(ty, words, g), want, "{words:?}");
        }
    }

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
            d.sentences.push(Sentence { span, tokens: toks });
        }
        d
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
    fn a_surname_alone_is_the_person_named_in_full() {
        let mut d = doc_of(&[
            "Donald Trump spoke .",
            "Trump left Paris .",
            "Reporters followed Trump .",
        ]);
        let t = |s: &str| s.split(' ').map(iob::tag_id).collect::<Vec<_>>();
        // The tagger found the full name, missed the bare surname once and mistyped it once.
        build_mentions(
            &mut d,
            vec![t("B-PER I-PER O O"), t("O O B-LOC O"), t("O O B-LOC O")],
        );
        let got: Vec<(usize, &str, EntityType)> = d
            .mentions
            .iter()
            .map(|m| {
                (
                    m.sentence,
                    d.slice(m.span),
                    d.entities[m.entity.0 as usize].kind,
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (0, "Donald Trump", EntityType::Person),
                (1, "Trump", EntityType::Person),
                (1, "Paris", EntityType::Gpe),
                (2, "Trump", EntityType::Person),
            ]
        );
    }

    #[test]
    fn embedded_model_decodes() {
        let t = EntityTagger::embedded();
        assert!(t.n_features() > 10_000);
        assert_eq!(EntityTagger::from_bytes(&t.to_bytes(), "x").unwrap(), *t);
    }
}
