//! The one `Document` type every pipeline stage reads and edits in place.
//!
//! Stages add layers (tokens, tags, heads, entities) or mend them (the tree repairs); byte spans
//! always point into the original `text`, so evidence can be traced back to the exact bytes of
//! the source.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a document's original text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} is after end {end}");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// One token in UD conventions (`Putin` `'s`, `ca` `n't`).
///
/// Annotation fields start empty and are filled by the pipeline stages:
/// the tagger sets `upos`, `xpos`, `feats`, `lemma`; the parser `head` and `deprel`;
/// the entity tagger `ner` (BIO, e.g. `B-PER`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Token {
    /// Byte span in the document text.
    pub span: Span,
    /// Surface form as it appears in the text (the bytes of `span`).
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    /// UD morphological features, `Feat=Val|Feat=Val` or `_`/empty.
    pub feats: String,
    /// 1-based index of the head token within the sentence; 0 = root. Only valid after parsing.
    pub head: usize,
    pub deprel: String,
    /// BIO entity tag (`O`, `B-PER`, `I-ORG`, ...). Empty before entity tagging.
    pub ner: String,
    /// True when whitespace follows this token in the text (CoNLL-U `SpaceAfter`).
    pub space_after: bool,
    /// The tagger's runner-up tag as `UPOS/XPOS` when it scored close to the chosen one,
    /// else empty. The parser reads it to hedge against tagging errors. An interned name (see
    /// [`intern`]), so filling it allocates nothing; not serialized.
    #[serde(skip)]
    pub pos_alt: &'static str,
}

/// A `'static` copy of `s`, made once per distinct string. Meant for tag names: a process
/// interns a few dozen of them, whatever number of taggers it loads.
pub fn intern(s: &str) -> &'static str {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut names = NAMES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(&name) = names.get(s) {
        return name;
    }
    let name: &'static str = Box::leak(s.to_string().into_boxed_str());
    names.insert(name);
    name
}

impl Token {
    pub fn new(form: impl Into<String>, span: Span) -> Token {
        Token {
            form: form.into(),
            span,
            space_after: true,
            ..Token::default()
        }
    }
}

/// A sentence: its byte span and its tokens.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Vec<Token>,
    /// True once the repair stage ([`crate::annotate::Repairer`]) has mended the parser's
    /// trees, so readers of the tree do not repair them again.
    #[serde(default)]
    pub repaired: bool,
}

impl Sentence {
    /// The sentence text from the document it belongs to.
    pub fn text<'a>(&self, doc: &'a Document) -> &'a str {
        &doc.text[self.span.start..self.span.end]
    }
}

/// The kind of actor an entity mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Org,
    /// Countries, cities, states.
    Gpe,
    /// Non-political locations: seas, regions, mountains.
    Loc,
    /// Nationalities, religious and political groups.
    Norp,
    Event,
    Misc,
}

impl EntityType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Norp => "NORP",
            EntityType::Event => "EVENT",
            EntityType::Misc => "MISC",
        }
    }

    /// Neo4j-style label (`Person`, `Organization`, ...).
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Person => "Person",
            EntityType::Org => "Organization",
            EntityType::Gpe => "Place",
            EntityType::Loc => "Location",
            EntityType::Norp => "Group",
            EntityType::Event => "Event",
            EntityType::Misc => "Misc",
        }
    }

    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s.to_ascii_uppercase().as_str() {
            "PERSON" | "PER" => EntityType::Person,
            "ORG" | "ORGANIZATION" => EntityType::Org,
            "GPE" => EntityType::Gpe,
            "LOC" | "LOCATION" => EntityType::Loc,
            "NORP" => EntityType::Norp,
            "EVENT" => EntityType::Event,
            "MISC" => EntityType::Misc,
            _ => return None,
        })
    }
}

/// A typed id of an entity within one document (index into `Document::entities`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EntityId(pub u32);

/// One mention of an entity: a token range within a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub sentence: usize,
    /// Token range `start..end` (0-based, end exclusive) within the sentence.
    pub tokens: (usize, usize),
    pub span: Span,
    /// Which document entity this mention refers to (set by coreference).
    pub entity: EntityId,
}

/// An actor of one document after coreference: canonical name, type, aliases, roles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub name: String,
    pub kind: EntityType,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
}

/// A news document plus every annotation layer added so far.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier: the file path, or the JSONL `id`.
    pub id: String,
    pub text: String,
    pub title: Option<String>,
    /// ISO 8601 date, when known.
    pub date: Option<String>,
    pub url: Option<String>,
    pub sentences: Vec<Sentence>,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        Document {
            id: id.into(),
            text: text.into(),
            ..Document::default()
        }
    }

    /// Number of tokens over all sentences.
    pub fn token_count(&self) -> usize {
        self.sentences.iter().map(|s| s.tokens.len()).sum()
    }

    /// The text covered by a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// The mention (if any) covering token `tok` of sentence `sent`.
    pub fn mention_at(&self, sent: usize, tok: usize) -> Option<&Mention> {
        self.mentions_in(sent)
            .iter()
            .find(|m| m.tokens.0 <= tok && tok < m.tokens.1)
    }

    /// The mentions of sentence `sent`, in their order in `mentions`. Found by binary search:
    /// `mentions` are kept in sentence order (the entity tagger writes them so, coreference
    /// sorts them), which keeps lookups in a book-length document from going quadratic.
    pub fn mentions_in(&self, sent: usize) -> &[Mention] {
        debug_assert!(
            self.mentions.is_sorted_by_key(|m| m.sentence),
            "Document.mentions must be in sentence order"
        );
        let lo = self.mentions.partition_point(|m| m.sentence < sent);
        let hi = lo + self.mentions[lo..].partition_point(|m| m.sentence <= sent);
        &self.mentions[lo..hi]
    }
}
