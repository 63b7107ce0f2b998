//! Feature extraction for the tagger: per-token hashes computed once per sentence, then
//! combined into feature ids without allocating.
//!
//! The templates follow the greedy averaged-perceptron tagger popularised by Honnibal (2013,
//! "A good part-of-speech tagger in about 200 lines of Python"), extended with word shape,
//! 1–4 character affixes and a ±2 word window as in Collins (2002) and Ratnaparkhi (1996).

use super::wordnet;
use crate::perceptron::features::Feature;

/// Hashes describing one token, shared by every feature that mentions it.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokenHashes {
    pub form: u64,
    pub lower: u64,
    pub shape: u64,
    pub prefix: [u64; 4],
    pub suffix: [u64; 4],
    /// Bit set: 1 = has a hyphen, 2 = has a digit, 4 = title case, 8 = all upper case,
    /// 16 = first token of the sentence, 32 = no letters at all.
    pub flags: u64,
    /// Ambiguity class: the set of tags the word took in training (0 for unknown words),
    /// filled in by the tagger from its lexicon.
    pub amb: u64,
    /// WordNet class set of the lower-cased form ([`super::wordnet`]; 0 for none).
    pub wn: u64,
}

/// Per-token hashes of a sentence; buffers are reused between sentences.
#[derive(Debug, Default)]
pub struct SentenceHashes {
    pub tokens: Vec<TokenHashes>,
    lower: String,
}

/// The hash [`TokenHashes::suffix`] holds for a lower-cased word ending in `s` (1 to 4
/// characters).
pub fn suffix_hash(s: &str) -> u64 {
    Feature::new(5 + s.chars().count() as u32).str(s).finish()
}

/// Hash of a word form in the tag dictionary and lexical tables.
#[inline]
pub fn word_hash(s: &str) -> u64 {
    Feature::new(0).str(s).finish()
}

const SHAPE_MAX: usize = 24;

impl SentenceHashes {
    /// Computes the hashes of every token of a sentence.
    #[cfg(any(test, feature = "train"))]
    pub fn fill<'a>(&mut self, forms: impl ExactSizeIterator<Item = &'a str>) {
        self.tokens.clear();
        self.tokens.reserve(forms.len());
        for (i, form) in forms.enumerate() {
            let t = self.token(form, i == 0);
            self.tokens.push(t);
        }
    }

    /// The hashes of one token (`amb` left 0); `first` only sets flag 16.
    pub fn token(&mut self, form: &str, first: bool) -> TokenHashes {
        let mut flags = if first { 16 } else { 0 };
        let (mut upper, mut lowerc, mut letters) = (0usize, 0usize, 0usize);
        let mut shape = [0u8; SHAPE_MAX];
        let (mut n_shape, mut run, mut last) = (0usize, 0usize, 0u8);
        for c in form.chars() {
            let s = if c.is_uppercase() {
                upper += 1;
                letters += 1;
                b'X'
            } else if c.is_alphabetic() {
                lowerc += 1;
                letters += 1;
                b'x'
            } else if c.is_ascii_digit() {
                flags |= 2;
                b'd'
            } else {
                if c == '-' {
                    flags |= 1;
                }
                if c.is_ascii() { c as u8 } else { b'*' }
            };
            // Runs are capped at three so `Xxxxxxx` and `Xxxx` share a shape.
            run = if s == last { run + 1 } else { 1 };
            last = s;
            if run <= 3 && n_shape < SHAPE_MAX {
                shape[n_shape] = s;
                n_shape += 1;
            }
        }
        if upper > 0 && upper == letters && letters > 1 {
            flags |= 8;
        } else if upper == 1 && form.chars().next().is_some_and(char::is_uppercase) {
            flags |= 4;
        }
        if letters == 0 {
            flags |= 32;
        }
        let _ = lowerc;
        let lower: &str = if upper == 0 {
            form
        } else {
            self.lower.clear();
            for c in form.chars() {
                self.lower.extend(c.to_lowercase());
            }
            &self.lower
        };
        let mut t = TokenHashes {
            form: word_hash(form),
            lower: if upper == 0 { 0 } else { word_hash(lower) },
            shape: Feature::new(1)
                .str(std::str::from_utf8(&shape[..n_shape]).unwrap_or(""))
                .finish(),
            flags,
            ..TokenHashes::default()
        };
        if upper == 0 {
            t.lower = t.form;
        }
        t.wn = wordnet::classes_of_hash(t.lower) as u64 | if upper > 0 { CAPITALISED } else { 0 };
        // Affixes by characters, not bytes, so non-ASCII words are cut on char boundaries.
        let mut ends = [0usize; 5];
        let mut n_chars = 0;
        for (k, (i, _)) in lower.char_indices().skip(1).take(4).enumerate() {
            ends[k + 1] = i;
            n_chars = k + 1;
        }
        for k in 0..4 {
            let end = if k < n_chars {
                ends[k + 1]
            } else {
                lower.len()
            };
            t.prefix[k] = Feature::new(2 + k as u32).str(&lower[..end]).finish();
        }
        let mut starts = [lower.len(); 4];
        for (k, (i, _)) in lower.char_indices().rev().take(4).enumerate() {
            starts[k] = i;
        }
        let mut prev = 0;
        for (k, &start) in starts.iter().enumerate() {
            let s = if start == lower.len() { prev } else { start };
            prev = s;
            t.suffix[k] = Feature::new(6 + k as u32).str(&lower[s..]).finish();
        }
        t
    }
}

/// Marks the WordNet classes of a word with capitals. Capitalised words are mostly names, whose
/// common-noun readings in WordNet (`Union`, `Peak`) say little, so only a sentence-initial
/// capitalised word shows its classes; elsewhere it shows only that it is capitalised.
const CAPITALISED: u64 = 1 << 16;

/// The WordNet classes token `t` shows in its own features.
#[inline]
fn own_wn(t: &TokenHashes) -> u64 {
    if t.wn & CAPITALISED != 0 && t.flags & 16 == 0 {
        CAPITALISED
    } else {
        t.wn & !CAPITALISED
    }
}

/// The WordNet classes token `t` shows to its neighbours' features (the same wherever it is).
#[inline]
fn window_wn(t: &TokenHashes) -> u64 {
    if t.wn & CAPITALISED != 0 {
        CAPITALISED
    } else {
        t.wn
    }
}

/// Sentinel hashes for positions before the start and after the end of a sentence.
const START: u64 = 0x5354_4152_5400_0001;
const END: u64 = 0x454e_4400_0000_0002;

/// Tag history value before the sentence start.
pub const NO_TAG: u64 = u64::MAX;

/// Pushes the tagger features of token `i` into `out` given the two previous predicted tags:
/// [`static_features`] then [`history_features`].
#[cfg(any(test, feature = "train"))]
#[inline]
pub fn tag_features(h: &[TokenHashes], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    out.clear();
    static_features(h, i, out);
    history_features(h, i, p1, p2, out);
}

/// Pushes the features of token `i` that do not depend on predicted tags. The tagger looks
/// them up for a whole sentence before decoding, when all lookups can overlap.
#[cfg(any(test, feature = "train"))]
#[inline]
pub fn static_features(h: &[TokenHashes], i: usize, out: &mut Vec<u64>) {
    let t = &h[i];
    let at = |j: isize| -> Option<&TokenHashes> { if j < 0 { None } else { h.get(j as usize) } };
    let i = i as isize;
    let lower = |j: isize| {
        at(j).map_or(
            if j < 0 {
                START ^ j as u64
            } else {
                END ^ j as u64
            },
            |t| t.lower,
        )
    };
    let f = |tpl: u32| Feature::new(tpl);
    out.push(f(10).finish()); // bias
    out.push(f(11).num(t.form).finish());
    out.push(f(12).num(t.lower).finish());
    for k in 0..4 {
        out.push(t.prefix[k]);
        out.push(t.suffix[k]);
    }
    out.push(f(13).num(t.shape).finish());
    out.push(f(14).num(t.flags).finish());
    out.push(f(15).num(lower(i - 1)).finish());
    out.push(f(16).num(lower(i - 2)).finish());
    out.push(f(17).num(lower(i + 1)).finish());
    out.push(f(18).num(lower(i + 2)).finish());
    out.push(f(19).num(at(i - 1).map_or(START, |t| t.suffix[2])).finish());
    out.push(f(20).num(at(i + 1).map_or(END, |t| t.suffix[2])).finish());
    out.push(f(21).num(at(i + 1).map_or(END, |t| t.shape)).finish());
    out.push(f(25).num(t.lower).num(lower(i + 1)).finish());
    out.push(f(26).num(lower(i - 1)).num(t.lower).finish());
    out.push(f(28).num(at(i - 1).map_or(START, |t| t.shape)).finish());
    // Ambiguity classes of the window stand in for the tags to the right, which a left-to-right
    // tagger has not predicted yet.
    let amb = |j: isize| at(j).map_or(if j < 0 { START } else { END }, |t| t.amb);
    out.push(f(29).num(t.amb).finish());
    out.push(f(30).num(amb(i + 1)).finish());
    out.push(f(31).num(amb(i + 2)).finish());
    out.push(f(32).num(amb(i - 1)).finish());
    out.push(f(34).num(t.amb).num(amb(i + 1)).finish());
    out.push(f(35).num(t.lower).num(amb(i + 1)).finish());
    // WordNet classes: what an open-class word can be, also when training never saw it so.
    let wn = |j: isize| at(j).map_or(if j < 0 { START } else { END }, window_wn);
    let own = own_wn(t);
    out.push(f(80).num(own).finish());
    out.push(f(81).num(own).num(t.amb).finish());
    out.push(f(83).num(wn(i - 1)).finish());
    out.push(f(84).num(wn(i + 1)).finish());
    out.push(f(87).num(amb(i - 1)).num(own).finish());
}

/// The part of [`static_features`] that depends on token `t` alone (its form, flags and
/// ambiguity class). With [`window_features`] for the four neighbours and [`pair_features`] it
/// makes up exactly the features of [`static_features`], in another order.
#[inline]
pub fn own_features(t: &TokenHashes, out: &mut Vec<u64>) {
    let f = |tpl: u32| Feature::new(tpl);
    out.push(f(10).finish());
    out.push(f(11).num(t.form).finish());
    out.push(f(12).num(t.lower).finish());
    for k in 0..4 {
        out.push(t.prefix[k]);
        out.push(t.suffix[k]);
    }
    out.push(f(13).num(t.shape).finish());
    out.push(f(14).num(t.flags).finish());
    out.push(f(29).num(t.amb).finish());
    let own = own_wn(t);
    out.push(f(80).num(own).finish());
    out.push(f(81).num(own).num(t.amb).finish());
}

/// The features of [`static_features`] of a token at index `j - rel` that look at its neighbour
/// at index `j` (`rel` is −2, −1, 1 or 2) and at nothing else: `nb` is that neighbour, `None`
/// past either end of the sentence (where the padding values depend on `j`). Those of a word
/// inside the sentence depend only on the word, which is what lets the tagger cache them.
#[inline]
pub fn window_features(nb: Option<&TokenHashes>, j: isize, rel: isize, out: &mut Vec<u64>) {
    let f = |tpl: u32| Feature::new(tpl);
    let edge = if j < 0 { START } else { END };
    let lower = nb.map_or(
        if j < 0 {
            START ^ j as u64
        } else {
            END ^ j as u64
        },
        |t| t.lower,
    );
    let suffix = nb.map_or(edge, |t| t.suffix[2]);
    let shape = nb.map_or(edge, |t| t.shape);
    let amb = nb.map_or(edge, |t| t.amb);
    let wn = nb.map_or(edge, window_wn);
    match rel {
        -2 => {
            out.push(f(16).num(lower).finish());
        }
        -1 => {
            out.push(f(15).num(lower).finish());
            out.push(f(19).num(suffix).finish());
            out.push(f(28).num(shape).finish());
            out.push(f(32).num(amb).finish());
            out.push(f(83).num(wn).finish());
        }
        1 => {
            out.push(f(17).num(lower).finish());
            out.push(f(20).num(suffix).finish());
            out.push(f(21).num(shape).finish());
            out.push(f(30).num(amb).finish());
            out.push(f(84).num(wn).finish());
        }
        2 => {
            out.push(f(18).num(lower).finish());
            out.push(f(31).num(amb).finish());
        }
        _ => unreachable!("window offsets are -2, -1, 1 and 2"),
    }
}

/// The features of [`static_features`] of token `i` that combine it with a neighbour.
#[inline]
pub fn pair_features(h: &[TokenHashes], i: usize, out: &mut Vec<u64>) {
    let t = &h[i];
    let f = |tpl: u32| Feature::new(tpl);
    let (prev_lower, prev_amb) = if i == 0 {
        (START ^ -1isize as u64, START)
    } else {
        (h[i - 1].lower, h[i - 1].amb)
    };
    let (next_lower, next_amb) = match h.get(i + 1) {
        Some(n) => (n.lower, n.amb),
        None => (END ^ (i + 1) as u64, END),
    };
    out.push(f(25).num(t.lower).num(next_lower).finish());
    out.push(f(26).num(prev_lower).num(t.lower).finish());
    out.push(f(34).num(t.amb).num(next_amb).finish());
    out.push(f(35).num(t.lower).num(next_amb).finish());
    out.push(f(87).num(prev_amb).num(own_wn(t)).finish());
}

/// Pushes the features of token `i` that mention the previous predicted tags `p1`, `p2`.
#[inline]
pub fn history_features(h: &[TokenHashes], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    let t = &h[i];
    let f = |tpl: u32| Feature::new(tpl);
    out.push(f(22).num(p1).finish());
    out.push(f(23).num(p2).num(p1).finish());
    out.push(f(24).num(p1).num(t.lower).finish());
    out.push(f(27).num(p1).num(t.suffix[2]).finish());
    out.push(f(33).num(p1).num(t.amb).finish());
}

/// Left context the morphology head carries through a sentence: the lower-cased hash and tag
/// of the nearest preceding nominal (verb agreement: `Number`, `Person`) and of the nearest
/// preceding verb or modal (`is running` is a participle, `to run` an infinitive).
#[derive(Debug, Clone, Copy)]
pub struct MorphContext {
    pub subject: (u64, u64),
    pub verb: (u64, u64),
}

impl Default for MorphContext {
    fn default() -> MorphContext {
        MorphContext {
            subject: (0, NO_TAG),
            verb: (0, NO_TAG),
        }
    }
}

impl MorphContext {
    /// Moves past a token with hash `lower` and tag `tag`.
    #[inline]
    pub fn advance(&mut self, lower: u64, tag: u16, nominal: bool, verbal: bool) {
        if nominal {
            self.subject = (lower, tag as u64);
        }
        if verbal {
            self.verb = (lower, tag as u64);
        }
    }
}

/// Features of the morphology head for token `i`, once every tag of the sentence is known.
#[inline]
pub fn feats_features(
    h: &[TokenHashes],
    tags: &[u64],
    i: usize,
    ctx: &MorphContext,
    out: &mut Vec<u64>,
) {
    let subject = ctx.subject;
    out.clear();
    let t = &h[i];
    let tag = |j: isize| {
        if j < 0 {
            NO_TAG
        } else {
            tags.get(j as usize).copied().unwrap_or(NO_TAG - 1)
        }
    };
    let lower = |j: isize| {
        if j < 0 {
            START
        } else {
            h.get(j as usize).map_or(END, |t| t.lower)
        }
    };
    let ii = i as isize;
    let f = |tpl: u32| Feature::new(tpl).num(tags[i]);
    out.push(f(40).finish());
    out.push(f(41).num(t.lower).finish());
    out.push(f(42).num(t.suffix[1]).finish());
    out.push(f(43).num(t.suffix[2]).finish());
    out.push(f(44).num(tag(ii - 1)).finish());
    out.push(f(45).num(tag(ii + 1)).finish());
    out.push(f(46).num(tag(ii - 2)).num(tag(ii - 1)).finish());
    out.push(f(47).num(lower(ii - 1)).finish());
    out.push(f(48).num(lower(ii + 1)).finish());
    out.push(f(49).num(lower(ii - 2)).finish());
    out.push(f(50).num(subject.1).finish());
    out.push(f(51).num(subject.0).finish());
    out.push(
        f(52)
            .num(t.flags & 16)
            .num(lower(h.len() as isize - 1))
            .finish(),
    );
    out.push(f(53).num(t.flags).finish());
    out.push(f(54).num(t.lower).num(tag(ii - 1)).finish());
    out.push(f(55).num(t.lower).num(tag(ii + 1)).finish());
    out.push(f(56).num(t.shape).finish());
    out.push(f(57).num(ctx.verb.0).finish());
    out.push(f(58).num(ctx.verb.1).num(tag(ii - 1)).finish());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hashes(words: &[&str]) -> SentenceHashes {
        let mut s = SentenceHashes::default();
        s.fill(words.iter().copied());
        s
    }

    #[test]
    fn case_and_shape_and_affixes() {
        let s = hashes(&["Apple", "apple", "APPLE", "x-1", "naïve", "a"]);
        let t = &s.tokens;
        assert_eq!(t[0].lower, t[1].lower);
        assert_ne!(t[0].form, t[1].form);
        assert_eq!(t[0].flags, 16 | 4);
        assert_eq!(t[2].flags, 8);
        assert_eq!(t[3].flags, 1 | 2);
        assert_eq!(t[0].suffix, t[1].suffix);
        assert_eq!(t[0].prefix[3], Feature::new(5).str("appl").finish());
        assert_eq!(t[4].suffix[2], Feature::new(8).str("ïve").finish());
        assert_eq!(t[4].suffix[2], suffix_hash("ïve"));
        assert_eq!(t[4].suffix[0], suffix_hash("e"));
        assert_eq!(t[4].prefix[2], Feature::new(4).str("naï").finish());
        // A one-letter word: every affix is the word itself.
        assert_eq!(t[5].suffix[3], Feature::new(9).str("a").finish());
        assert_eq!(t[5].prefix[3], Feature::new(5).str("a").finish());
        let shape = |w: &str| hashes(&[w]).tokens[0].shape;
        assert_eq!(shape("Washington"), shape("Lond"));
        assert_ne!(shape("Washington"), shape("Lo"));
    }

    #[test]
    fn own_window_and_pair_features_make_up_the_static_features() {
        for words in [
            &["The", "dog", "barks", "."][..],
            &["Hi"],
            &["a", "b"],
            &[
                "New", "York", "is", "big", "and", "new", "york", "is", "big",
            ],
        ] {
            let mut s = hashes(words);
            for (k, t) in s.tokens.iter_mut().enumerate() {
                t.amb = k as u64 * 7 + 1;
            }
            let h = &s.tokens;
            for i in 0..h.len() {
                let (mut want, mut got) = (Vec::new(), Vec::new());
                static_features(h, i, &mut want);
                own_features(&h[i], &mut got);
                for rel in [-2isize, -1, 1, 2] {
                    let j = i as isize + rel;
                    let nb = if j < 0 { None } else { h.get(j as usize) };
                    window_features(nb, j, rel, &mut got);
                }
                pair_features(h, i, &mut got);
                want.sort_unstable();
                got.sort_unstable();
                assert_eq!(want, got, "{words:?} token {i}");
            }
        }
    }

    #[test]
    fn features_are_fixed_in_number_and_depend_on_history() {
        let s = hashes(&["The", "dog", "barks"]);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        tag_features(&s.tokens, 1, 3, NO_TAG, &mut a);
        tag_features(&s.tokens, 1, 4, NO_TAG, &mut b);
        assert_eq!(a.len(), b.len());
        assert_ne!(a, b);
        let tags = [1, 2, 3];
        let mut ctx = MorphContext::default();
        ctx.advance(s.tokens[1].lower, 2, true, false);
        feats_features(&s.tokens, &tags, 2, &ctx, &mut a);
        assert_eq!(a.len(), 19);
    }
}
