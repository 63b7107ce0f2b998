//! Feature templates of the entity tagger: word, lowercase, shape, affixes (also of the
//! neighbours ±1), neighbours ±2, part-of-speech, gazetteer and place lexicon membership,
//! organisation/place head words ([`super::keywords`]), first names and surnames
//! (personnames.tsv), word classes learned from the training text ([`super::clusters`])
//! (emission features), and the previous tag (transition features, the only ones that depend
//! on the tag sequence).

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::clusters::Clusters;
use super::context::{DocCasing, SentenceCase, capital_runs};
use super::gazetteer::{GazKind, Gazetteer};
use super::iob::N_TAGS;
use super::keywords;
use super::places::Places;
use crate::annotate::pos::wordnet;
use crate::perceptron::features::Feature;

/// Tag index used for "before the sentence".
pub const START: usize = N_TAGS;

// Template ids; changing one changes every hash, so bump the model format version with it.
const BIAS: u32 = 0;
const WORD: u32 = 1;
const LOWER: u32 = 2;
const SHAPE: u32 = 3;
const PREFIX: u32 = 4;
const SUFFIX: u32 = 5;
const LOWER_AT: u32 = 6;
const SHAPE_AT: u32 = 7;
const BIGRAM_LEFT: u32 = 8;
const BIGRAM_RIGHT: u32 = 9;
const UPOS: u32 = 10;
const UPOS_AT: u32 = 11;
const XPOS: u32 = 12;
const UPOS_WORD: u32 = 13;
const GAZ: u32 = 14;
const GAZ_AT: u32 = 15;
const FLAGS: u32 = 16;
const SHAPE_TRIGRAM: u32 = 17;
const UPOS_TRIGRAM: u32 = 18;
const LEX: u32 = 19;
const LEX_AT: u32 = 20;
const CASE_SHAPE: u32 = 21;
const CASE_LEX: u32 = 22;
const DOC_CASE: u32 = 23;
const DOC_CASE_AT: u32 = 24;
const RUN_POS: u32 = 25;
const RUN_LAST: u32 = 26;
const RUN_FIRST: u32 = 27;
const PLACE: u32 = 28;
const PLACE_AT: u32 = 29;
const PREV_TAG: u32 = 30;
const PREV_TAG_WORD: u32 = 31;
const PREV_TAG_SHAPE: u32 = 32;
const KEY: u32 = 33;
const KEY_RUN: u32 = 34;
const KEY_AT: u32 = 35;
const AFFIX_AT: u32 = 36;
const PERSON: u32 = 37;
const PERSON_AT: u32 = 38;
const CLUSTER: u32 = 39;
const CLUSTER_AT: u32 = 40;
const WORDNET: u32 = 41;
const WORDNET_AT: u32 = 42;

static PROPER_NAMES: &str = include_str!("propernames.tsv");

/// Lowercased word → `P` (only ever capitalised in the SCOWL word list: Google, Putin) or
/// `PL` (also a common word: Bill/bill). A lexicon generalises to names unseen in training.
fn proper_lexicon() -> &'static FxHashMap<String, &'static str> {
    static LEX: LazyLock<FxHashMap<String, &'static str>> =
        LazyLock::new(|| read_lexicon(PROPER_NAMES));
    &LEX
}

/// A `word<TAB>class` file (`#` lines are comments) as lowercased word → class.
fn read_lexicon(text: &'static str) -> FxHashMap<String, &'static str> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(w, c)| (w.to_lowercase(), c))
        .collect()
}

static PERSON_NAMES: &str = include_str!("personnames.tsv");

/// Lowercased name → `F` (first name), `S` (surname) or `FS` (both), from personnames.tsv.
fn person_lexicon() -> &'static FxHashMap<String, &'static str> {
    static LEX: LazyLock<FxHashMap<String, &'static str>> =
        LazyLock::new(|| read_lexicon(PERSON_NAMES));
    &LEX
}

/// The person-name class of a lowercased word: `F`, `S`, `FS` or `-`.
pub fn person_class(lower: &str) -> &'static str {
    person_lexicon().get(lower).copied().unwrap_or("-")
}

/// True when the name lexicon lists `word` (any case) as a first name (`F` or `FS`).
pub fn is_first_name(word: &str) -> bool {
    person_class(&word.to_lowercase()).contains('F')
}

/// The lexicon class of a lowercased word: `P`, `PL` or `-`.
pub fn lexicon_class(lower: &str) -> &'static str {
    proper_lexicon().get(lower).copied().unwrap_or("-")
}

/// Word shape with runs collapsed: `Putin` → `Xx`, `U.S.` → `X.X.`, `G-20` → `X-d`.
pub fn shape(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if !out.ends_with(s) {
            out.push(s);
        }
    }
    out
}

/// The per-sentence inputs of feature extraction.
#[derive(Debug)]
pub struct SentenceView<'a> {
    pub words: &'a [&'a str],
    /// UPOS and XPOS per token; empty when the sentence is untagged.
    pub upos: &'a [&'a str],
    pub xpos: &'a [&'a str],
    /// Casing of the words across the sentence's document; `None` = the sentence alone.
    pub doc: Option<&'a DocCasing>,
    /// Word classes learned from the training text; `None` = no class features.
    pub clusters: Option<&'a Clusters>,
}

/// Features of every token that do not depend on tags, plus what the transition features need.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub emission: Vec<Vec<u64>>,
    lower: Vec<String>,
    shapes: Vec<String>,
    /// Per token, where its word block ends: the features at `0..2` and `4..word_end` are
    /// functions of the word form alone (word, lowercase, bias, shape, affixes), so a decoder
    /// may score them once per distinct word. Not kept up by [`Extracted::without_words`].
    word_end: Vec<u8>,
}

/// How many leading emission features of a token are word identity features.
pub const N_LEXICAL: usize = 4;

impl Extracted {
    /// A copy where the tokens marked in `drop` lose their word identity features, as if the
    /// word had never been seen: training on such copies teaches the model to use context,
    /// shape and lexicons for unseen names (word dropout).
    pub fn without_words(&self, drop: &[bool]) -> Extracted {
        let mut out = self.clone();
        for (i, &d) in drop.iter().enumerate() {
            if d {
                out.emission[i].drain(..N_LEXICAL);
                out.lower[i] = "\u{0}unk".to_string();
                out.word_end[i] = 0;
            }
        }
        out
    }

    /// Transition features of token `i` given the previous tag (`START` at sentence start).
    #[inline]
    pub fn transition(&self, i: usize, prev: usize) -> [u64; 3] {
        [
            transition_tag(prev),
            transition_word(prev, &self.lower[i]),
            transition_shape(prev, &self.shapes[i]),
        ]
    }

    /// The lowercased word of token `i` (what its word transition feature reads).
    pub fn lower(&self, i: usize) -> &str {
        &self.lower[i]
    }

    /// The shape of token `i` (what its shape transition feature reads).
    pub fn shape(&self, i: usize) -> &str {
        &self.shapes[i]
    }

    /// The emission features of token `i` that depend on its word form alone, and the rest:
    /// together exactly `emission[i]`.
    pub fn split_word(&self, i: usize) -> ([&[u64]; 2], [&[u64]; 2]) {
        let f = &self.emission[i];
        let end = usize::from(self.word_end[i]);
        assert!(end >= 6, "word features were dropped");
        ([&f[..2], &f[4..end]], [&f[2..4], &f[end..]])
    }
}

/// The transition feature of the previous tag alone.
#[inline]
pub fn transition_tag(prev: usize) -> u64 {
    Feature::new(PREV_TAG).num(prev as u64).finish()
}

/// The transition feature of the previous tag with the lowercased word.
#[inline]
pub fn transition_word(prev: usize, lower: &str) -> u64 {
    Feature::new(PREV_TAG_WORD)
        .num(prev as u64)
        .str(lower)
        .finish()
}

/// The transition feature of the previous tag with the word shape.
#[inline]
pub fn transition_shape(prev: usize, shape: &str) -> u64 {
    Feature::new(PREV_TAG_SHAPE)
        .num(prev as u64)
        .str(shape)
        .finish()
}

fn prefix(s: &str, n: usize) -> Option<&str> {
    s.char_indices().nth(n).map(|(i, _)| &s[..i])
}

fn suffix(s: &str, n: usize) -> Option<&str> {
    let count = s.chars().count();
    (count > n)
        .then(|| s.char_indices().nth(count - n).map(|(i, _)| &s[i..]))
        .flatten()
}

/// `items[j]`, or `pad` for a position outside the sentence.
fn at<T: Copy>(items: &[T], j: isize, pad: T) -> T {
    usize::try_from(j)
        .ok()
        .and_then(|j| items.get(j))
        .copied()
        .unwrap_or(pad)
}

/// `items[j]` as text, or `before` / `after` for positions before / after the sentence.
fn text_at<'a, S: AsRef<str>>(
    items: &'a [S],
    j: isize,
    before: &'a str,
    after: &'a str,
) -> &'a str {
    match usize::try_from(j) {
        Err(_) => before,
        Ok(j) => items.get(j).map_or(after, AsRef::as_ref),
    }
}

/// Extracts all tag-independent features of a sentence.
pub fn extract(view: &SentenceView, gaz: &Gazetteer) -> Extracted {
    let n = view.words.len();
    let lower: Vec<String> = view.words.iter().map(|w| w.to_lowercase()).collect();
    let shapes: Vec<String> = view.words.iter().map(|w| shape(w)).collect();
    let tagged = view.upos.len() == n && n > 0;
    let pos_at = |j: isize| -> &str {
        if !tagged {
            return "";
        }
        if j < 0 {
            "<s>"
        } else if j as usize >= n {
            "</s>"
        } else {
            view.upos[j as usize]
        }
    };
    // Gazetteer membership: type and position (B/I) of the longest match covering a token.
    let mut gaz_tag: Vec<Cow<'static, str>> = vec![Cow::Borrowed("-"); n];
    for m in gaz.matches(view.words) {
        let GazKind::Entity(t) = m.entry.kind else {
            continue;
        };
        for (k, slot) in gaz_tag.iter_mut().enumerate().take(m.end).skip(m.start) {
            let bio = if k == m.start { "B" } else { "I" };
            let case = if m.exact_case { "" } else { "~" };
            *slot = Cow::Owned(format!("{bio}-{}{case}", t.as_str()));
        }
    }
    let word_at = |j: isize| text_at(&lower, j, "<s>", "</s>");
    let shape_at = |j: isize| text_at(&shapes, j, "<s>", "</s>");
    let lex: Vec<&str> = lower.iter().map(|l| lexicon_class(l)).collect();
    let case = SentenceCase::of(view.words);
    let alone;
    let doc = match view.doc {
        Some(d) => d,
        None => {
            alone = DocCasing::new(&[view.words]);
            &alone
        }
    };
    let elsewhere: Vec<u64> = (0..n)
        .map(|i| doc.elsewhere(view.words, &lower[i], i, case))
        .collect();
    let elsewhere_at = |j: isize| at(&elsewhere, j, 9);
    let lex_at = |j: isize| at(&lex, j, "<>");
    let gaz_at = |j: isize| text_at(&gaz_tag, j, "<>", "<>");
    let runs = capital_runs(view.words);
    let key: Vec<&str> = lower.iter().map(|l| keywords::class(l)).collect();
    let person: Vec<&str> = lower.iter().map(|l| person_class(l)).collect();
    // Word classes (coarse, fine); u16::MAX for words without one.
    let none = (u16::MAX, u16::MAX);
    let class: Vec<(u16, u16)> = match view.clusters {
        Some(c) => lower.iter().map(|l| c.get(l).unwrap_or(none)).collect(),
        None => Vec::new(),
    };
    let class_at = |j: isize| at(&class, j, (u16::MAX - 1, u16::MAX - 1));
    let person_at = |j: isize| at(&person, j, "<>");
    let wn: Vec<u16> = lower.iter().map(|l| wordnet::classes(l)).collect();
    let key_at = |j: isize| at(&key, j, "<>");
    // Place lexicon: B/I position and whether the case matches (`-` outside any match).
    let mut place = vec!["-"; n];
    for m in Places::embedded().matches(view.words) {
        for (k, slot) in place.iter_mut().enumerate().take(m.end).skip(m.start) {
            *slot = match (k == m.start, m.exact_case) {
                (true, true) => "B",
                (false, true) => "I",
                (true, false) => "b",
                (false, false) => "i",
            };
        }
    }
    let place_at = |j: isize| at(&place, j, "<>");
    let mut emission = Vec::with_capacity(n);
    let mut word_end = Vec::with_capacity(n);
    for i in 0..n {
        let w = view.words[i];
        let l = &lower[i];
        let ii = i as isize;
        // About 75 features with POS tags: one allocation per token.
        let mut f = Vec::with_capacity(96);
        // The first N_LEXICAL features name the word itself; word dropout removes them.
        f.push(Feature::new(WORD).str(w).finish());
        f.push(Feature::new(LOWER).str(l).finish());
        f.push(
            Feature::new(BIGRAM_LEFT)
                .str(word_at(ii - 1))
                .str(l)
                .finish(),
        );
        f.push(
            Feature::new(BIGRAM_RIGHT)
                .str(l)
                .str(word_at(ii + 1))
                .finish(),
        );
        f.push(Feature::new(BIAS).finish());
        f.push(Feature::new(SHAPE).str(&shapes[i]).finish());
        for k in 1..=4 {
            if let Some(p) = prefix(l, k) {
                f.push(Feature::new(PREFIX).num(k as u64).str(p).finish());
            }
            if let Some(s) = suffix(l, k) {
                f.push(Feature::new(SUFFIX).num(k as u64).str(s).finish());
            }
        }
        // Everything up to here but the two bigrams depends on the word alone.
        word_end.push(f.len() as u8);
        for d in [-2isize, -1, 1, 2] {
            f.push(
                Feature::new(LOWER_AT)
                    .num(d as u64)
                    .str(word_at(ii + d))
                    .finish(),
            );
            f.push(
                Feature::new(SHAPE_AT)
                    .num(d as u64)
                    .str(shape_at(ii + d))
                    .finish(),
            );
            f.push(
                Feature::new(GAZ_AT)
                    .num(d as u64)
                    .str(gaz_at(ii + d))
                    .finish(),
            );
            f.push(
                Feature::new(LEX_AT)
                    .num(d as u64)
                    .str(lex_at(ii + d))
                    .finish(),
            );
        }
        f.push(Feature::new(LEX).str(lex[i]).finish());
        f.push(
            Feature::new(LEX)
                .str(lex[i])
                .str(&shapes[i])
                .num((i == 0) as u64)
                .finish(),
        );
        f.push(
            Feature::new(SHAPE_TRIGRAM)
                .str(shape_at(ii - 1))
                .str(&shapes[i])
                .str(shape_at(ii + 1))
                .finish(),
        );
        f.push(
            Feature::new(CASE_SHAPE)
                .num(case.id())
                .str(&shapes[i])
                .num((i == 0) as u64)
                .finish(),
        );
        f.push(
            Feature::new(CASE_LEX)
                .num(case.id())
                .str(lex[i])
                .str(&gaz_tag[i])
                .finish(),
        );
        let cap = w.chars().next().is_some_and(char::is_uppercase) as u64;
        f.push(
            Feature::new(DOC_CASE)
                .num(elsewhere[i])
                .num(cap)
                .num((i == 0) as u64)
                .num(case.id())
                .finish(),
        );
        f.push(
            Feature::new(DOC_CASE)
                .num(elsewhere[i])
                .str(lex[i])
                .num(cap)
                .finish(),
        );
        for d in [-1isize, 1] {
            f.push(
                Feature::new(DOC_CASE_AT)
                    .num(d as u64)
                    .num(elsewhere_at(ii + d))
                    .num(elsewhere[i])
                    .finish(),
            );
        }
        if let Some((a, b)) = runs[i] {
            // Position in the run: 0 begin, 1 inside, 2 end, 3 single.
            let at = match (i == a, i + 1 == b) {
                (true, true) => 3u64,
                (true, false) => 0,
                (false, false) => 1,
                (false, true) => 2,
            };
            let len = (b - a).min(5) as u64;
            f.push(
                Feature::new(RUN_POS)
                    .num(at)
                    .num(len)
                    .num((a == 0) as u64)
                    .num(case.id())
                    .finish(),
            );
            f.push(Feature::new(RUN_LAST).num(at).str(&lower[b - 1]).finish());
            // Keyword classes in the run: its last word, and whether any word is one.
            let has = |c: &str| key[a..b].contains(&c) as u64;
            f.push(
                Feature::new(KEY_RUN)
                    .num(at)
                    .str(key[b - 1])
                    .num(has("O"))
                    .num(has("L"))
                    .finish(),
            );
            f.push(Feature::new(RUN_FIRST).num(at).str(&lower[a]).finish());
        }
        f.push(Feature::new(KEY).str(key[i]).num(cap).finish());
        // What WordNet says the lower-cased word can be: a capitalised word that is also a
        // common noun, verb or adjective ("Bank", "Social") is less often a name than one
        // WordNet lists only as a proper noun or not at all.
        let w_cls = wn[i] & wordnet::CLASSES;
        f.push(
            Feature::new(WORDNET)
                .num(w_cls as u64)
                .num(cap)
                .num((i == 0) as u64)
                .finish(),
        );
        f.push(
            Feature::new(WORDNET)
                .num(wordnet::top(wn[i]) as u64)
                .str(lex[i])
                .num(cap)
                .finish(),
        );
        for d in [-1isize, 1] {
            f.push(
                Feature::new(WORDNET_AT)
                    .num(d as u64)
                    .num((at(&wn, ii + d, u16::MAX) & wordnet::CLASSES) as u64)
                    .num(cap)
                    .finish(),
            );
        }
        if !class.is_empty() {
            let (c, fc) = class[i];
            f.push(Feature::new(CLUSTER).num(fc as u64).finish());
            f.push(
                Feature::new(CLUSTER)
                    .num(c as u64)
                    .num(cap)
                    .num((i == 0) as u64)
                    .finish(),
            );
            for d in [-1isize, 1] {
                let (pc, pf) = class_at(ii + d);
                f.push(
                    Feature::new(CLUSTER_AT)
                        .num(d as u64)
                        .num(pf as u64)
                        .finish(),
                );
                f.push(
                    Feature::new(CLUSTER_AT)
                        .num((d as u64).wrapping_add(8))
                        .num(pc as u64)
                        .num(c as u64)
                        .finish(),
                );
            }
        }
        f.push(
            Feature::new(PERSON)
                .str(person[i])
                .str(lex[i])
                .num(cap)
                .num(case.id())
                .finish(),
        );
        for d in [-1isize, 1] {
            f.push(
                Feature::new(PERSON_AT)
                    .num(d as u64)
                    .str(person_at(ii + d))
                    .str(person[i])
                    .num(cap)
                    .finish(),
            );
        }
        for d in [-2isize, -1, 1, 2] {
            f.push(
                Feature::new(KEY_AT)
                    .num(d as u64)
                    .str(key_at(ii + d))
                    .num(cap)
                    .finish(),
            );
        }
        for d in [-1isize, 1] {
            let j = ii + d;
            if j >= 0 && (j as usize) < n {
                let o = &lower[j as usize];
                if let Some(s) = suffix(o, 3) {
                    f.push(Feature::new(AFFIX_AT).num(d as u64).str(s).finish());
                }
                if let Some(p) = prefix(o, 3) {
                    f.push(
                        Feature::new(AFFIX_AT)
                            .num((d as u64).wrapping_add(8))
                            .str(p)
                            .finish(),
                    );
                }
            }
        }
        f.push(Feature::new(PLACE).str(place[i]).finish());
        f.push(
            Feature::new(PLACE)
                .str(place[i])
                .str(lex[i])
                .num(case.id())
                .finish(),
        );
        for d in [-1isize, 1] {
            f.push(
                Feature::new(PLACE_AT)
                    .num(d as u64)
                    .str(place_at(ii + d))
                    .str(place[i])
                    .finish(),
            );
        }
        f.push(Feature::new(GAZ).str(&gaz_tag[i]).finish());
        f.push(Feature::new(GAZ).str(&gaz_tag[i]).str(&shapes[i]).finish());
        // Sentence-initial capitals say little: every first word has one.
        let flags = (i == 0) as u64
            | (w.chars().next().is_some_and(char::is_uppercase) as u64) << 1
            | (w.chars().any(|c| c.is_ascii_digit()) as u64) << 2
            | (w.contains('-') as u64) << 3
            | ((w.len() > 1 && w.chars().all(|c| !c.is_lowercase())) as u64) << 4;
        f.push(Feature::new(FLAGS).num(flags).finish());
        if tagged {
            f.push(Feature::new(UPOS).str(view.upos[i]).finish());
            if view.xpos.len() == n {
                f.push(Feature::new(XPOS).str(view.xpos[i]).finish());
            }
            f.push(Feature::new(UPOS_WORD).str(view.upos[i]).str(l).finish());
            for d in [-2isize, -1, 1, 2] {
                f.push(
                    Feature::new(UPOS_AT)
                        .num(d as u64)
                        .str(pos_at(ii + d))
                        .finish(),
                );
            }
            f.push(
                Feature::new(UPOS_TRIGRAM)
                    .str(pos_at(ii - 1))
                    .str(pos_at(ii))
                    .str(pos_at(ii + 1))
                    .finish(),
            );
        }
        emission.push(f);
    }
    Extracted {
        emission,
        lower,
        shapes,
        word_end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_and_affixes() {
        for (w, s) in [
            ("Putin", "Xx"),
            ("U.S.", "X.X."),
            ("G-20", "X-d"),
            ("nato", "x"),
            ("", ""),
        ] {
            assert_eq!(shape(w), s, "{w}");
        }
        assert_eq!(prefix("kyiv", 2), Some("ky"));
        assert_eq!(prefix("ky", 2), None);
        assert_eq!(suffix("kyiv", 2), Some("iv"));
        assert_eq!(suffix("ёж", 1), Some("ж"));
    }

    #[test]
    fn pos_features_only_when_tagged() {
        let g = Gazetteer::for_features();
        let words = ["Putin", "spoke"];
        let bare = extract(
            &SentenceView {
                words: &words,
                upos: &[],
                xpos: &[],
                doc: None,
                clusters: None,
            },
            g,
        );
        let tagged = extract(
            &SentenceView {
                words: &words,
                upos: &["PROPN", "VERB"],
                xpos: &["NNP", "VBD"],
                doc: None,
                clusters: None,
            },
            g,
        );
        assert_eq!(bare.emission.len(), 2);
        assert!(tagged.emission[0].len() > bare.emission[0].len());
        assert_ne!(bare.transition(0, START), bare.transition(0, 0));
    }

    #[test]
    fn word_block_depends_on_the_word_alone() {
        // The same word in different sentences, positions and neighbours: identical word
        // blocks (a decoder caches their scores per word), and the two parts are the whole.
        let g = Gazetteer::for_features();
        let a = ["Putin", "met", "Trump", "in", "Alaska", "."];
        let b = ["In", "Alaska", ",", "Trump", "met", "Putin"];
        let c = ["Alaska"];
        let ex = |w: &[&str]| {
            extract(
                &SentenceView {
                    words: w,
                    upos: &[],
                    xpos: &[],
                    doc: None,
                    clusters: None,
                },
                g,
            )
        };
        let (ea, eb, ec) = (ex(&a), ex(&b), ex(&c));
        for (i, j) in [(0, 5), (2, 3), (4, 1)] {
            assert_eq!(ea.split_word(i).0, eb.split_word(j).0, "{}", a[i]);
        }
        assert_eq!(ea.split_word(4).0, ec.split_word(0).0);
        for i in 0..a.len() {
            let ((own, rest), f) = (ea.split_word(i), &ea.emission[i]);
            let mut parts: Vec<u64> = [own, rest].concat().concat();
            let mut all = f.clone();
            parts.sort_unstable();
            all.sort_unstable();
            assert_eq!(parts, all);
        }
    }
}
