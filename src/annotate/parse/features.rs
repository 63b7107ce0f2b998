//! Parser feature templates in the style of Zhang & Nivre (2011): words, tags and lemmas of
//! the top of the stack and the front of the buffer, their outermost children, valencies,
//! label sets and distances, hashed with [`Feature`].
//!
//! Per-token atoms (hashes of word, lemma, tags) are computed once per sentence by
//! [`Atoms::fill`]; [`extract`] then only combines integers, so a transition costs no
//! allocation and no string hashing.

use crate::annotate::transition::{Config, NONE};
use crate::document::Token;
use crate::perceptron::features::{Feature, str_feature};

/// Hashed atoms of one position: word (lower-cased), lemma, fine tag, universal tag, and the
/// tagger's close runner-up tag ([`Token::pos_alt`], one atom for "none" when empty).
#[derive(Debug, Clone, Copy, Default)]
pub struct Atom {
    pub word: u64,
    pub lemma: u64,
    pub xpos: u64,
    pub upos: u64,
    pub alt: u64,
}

/// Atoms of a sentence: slot 0 stands for "no such position", `1..=n` are words and
/// `n + 1` is the root.
#[derive(Debug, Default, Clone)]
pub struct Atoms {
    slots: Vec<Atom>,
    /// The atoms of "no such position" (also in slot 0).
    none: Atom,
    lower: String,
}

impl Atoms {
    /// Computes the atoms of `tokens` (the tagger must have filled the tags).
    pub fn fill<'a>(&mut self, tokens: impl ExactSizeIterator<Item = TokenView<'a>>) {
        let n = tokens.len();
        self.slots.clear();
        self.slots.reserve(n + 2);
        let none = Atom {
            word: str_feature(1, "<none>"),
            lemma: str_feature(2, "<none>"),
            xpos: str_feature(3, "<none>"),
            upos: str_feature(4, "<none>"),
            alt: str_feature(5, "<none>"),
        };
        self.none = none;
        self.slots.push(none);
        for t in tokens {
            self.lower.clear();
            self.lower
                .extend(t.form.chars().flat_map(char::to_lowercase));
            self.slots.push(Atom {
                word: str_feature(1, &self.lower),
                lemma: str_feature(2, t.lemma),
                xpos: str_feature(3, t.xpos),
                upos: str_feature(4, t.upos),
                alt: str_feature(5, t.pos_alt),
            });
        }
        self.slots.push(Atom {
            word: str_feature(1, "<root>"),
            lemma: str_feature(2, "<root>"),
            xpos: str_feature(3, "<root>"),
            upos: str_feature(4, "<root>"),
            alt: str_feature(5, "<root>"),
        });
    }

    /// The atoms of `pos`; `NONE` (never a valid index) gets the "no such position" atoms.
    /// Nothing here can panic, so the compiler may skip the loads of templates a decoder
    /// does not need.
    #[inline]
    fn get(&self, pos: u32) -> &Atom {
        self.slots.get(pos as usize).unwrap_or(&self.none)
    }
}

/// The fields of a token the parser reads.
#[derive(Debug, Clone, Copy)]
pub struct TokenView<'a> {
    pub form: &'a str,
    pub lemma: &'a str,
    pub xpos: &'a str,
    pub upos: &'a str,
    /// The tagger's close runner-up `UPOS/XPOS`, or empty.
    pub pos_alt: &'a str,
}

impl<'a> From<&'a Token> for TokenView<'a> {
    fn from(t: &'a Token) -> TokenView<'a> {
        TokenView {
            form: &t.form,
            lemma: &t.lemma,
            xpos: &t.xpos,
            upos: &t.upos,
            pos_alt: t.pos_alt,
        }
    }
}

/// Template groups, by what a template reads. The decoder keeps the score sums of a group for
/// as long as what it reads stays the same (see [`crate::annotate::parse`]). In arc-hybrid a
/// token is on the stack for one unbroken stretch; while it is there, the tokens below it and
/// their children cannot change (only the top's neighbour gets children, by RIGHT, and that
/// pops the top), and it has all its left children already (they attach while it is b0).
/// - [`GROUP_B`]: the bias and the atoms of b0, b1, b2: changes when b0 does (SHIFT);
/// - [`GROUP_BL`]: b0's atoms with its leftmost children: also changes on LEFT;
/// - [`GROUP_STACK`]: s0, s1, s2 and their children except s0's right ones: fixed for as
///   long as s0 is on the stack;
/// - [`GROUP_S0_RIGHT`]: reads s0's right children as well: changes on RIGHT (s1 gets a child,
///   then is s0 again);
/// - [`GROUP_REST`]: everything else (pairs of s0 and b0), read afresh at every transition.
pub const GROUP_REST: u8 = 0;
pub const GROUP_B: u8 = 1;
pub const GROUP_BL: u8 = 2;
pub const GROUP_STACK: u8 = 3;
pub const GROUP_S0_RIGHT: u8 = 4;
pub const N_GROUPS: usize = 5;
/// A mask with every group.
pub const ALL_GROUPS: u8 = (1 << N_GROUPS) - 1;

/// Appends template values to a feature vector; each call gets the next template id, so
/// templates are numbered by their order in [`extract`]. Only templates of a group in `mask`
/// are written; `groups`, when given, receives the group of each feature written.
struct Sink<'a> {
    out: &'a mut Vec<u64>,
    groups: Option<&'a mut Vec<u8>>,
    mask: u8,
    template: u32,
}

impl Sink<'_> {
    #[inline]
    fn add(&mut self, group: u8, values: &[u64]) {
        if self.mask & (1 << group) != 0 {
            let mut f = Feature::new(self.template);
            for &v in values {
                f = f.num(v);
            }
            self.out.push(f.finish());
            if let Some(g) = self.groups.as_deref_mut() {
                g.push(group);
            }
        }
        self.template += 1;
    }
}

/// Distance bucket: 1, 2, 3, 4, 5-6, 7-9, 10+ (0 when either end is missing).
#[inline]
fn distance(a: u32, b: u32) -> u64 {
    if a == NONE || b == NONE {
        return 0;
    }
    match a.abs_diff(b) {
        d @ 0..=4 => d as u64,
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    }
}

/// Writes the features of configuration `c` into `out` (cleared first), in template order
/// (the order training sees them in).
pub fn extract(c: &Config, a: &Atoms, out: &mut Vec<u64>) {
    out.clear();
    let s = Sink {
        out,
        groups: None,
        mask: ALL_GROUPS,
        template: 100,
    };
    templates(c, a, s);
}

/// Writes the features of the template groups in `mask` (bit `1 << g` for group `g`) into
/// `out` and the group of each into `groups` (both cleared first), in template order. With
/// every group this is exactly [`extract`].
pub fn extract_groups(c: &Config, a: &Atoms, mask: u8, out: &mut Vec<u64>, groups: &mut Vec<u8>) {
    out.clear();
    groups.clear();
    let s = Sink {
        out,
        groups: Some(groups),
        mask,
        template: 100,
    };
    templates(c, a, s);
}

/// Every template, in order, each tagged with its group.
#[inline(always)]
fn templates(c: &Config, a: &Atoms, mut s: Sink<'_>) {
    let s0 = c.s(0);
    let s1 = c.s(1);
    let s2 = c.s(2);
    let b0 = c.b(0);
    let b1 = c.b(1);
    let b2 = c.b(2);
    // Lookups by position that cannot panic (`NONE` is out of range): see [`Atoms::get`].
    let child = |x: u32, side: &[[u32; 2]], k: usize| side.get(x as usize).map_or(NONE, |c| c[k]);
    let s0l = child(s0, &c.left, 0);
    let s0l2 = child(s0, &c.left, 1);
    let s0r = child(s0, &c.right, 0);
    let s0r2 = child(s0, &c.right, 1);
    let s1l = child(s1, &c.left, 0);
    let s1r = child(s1, &c.right, 0);
    let b0l = child(b0, &c.left, 0);
    let b0l2 = child(b0, &c.left, 1);
    // Label of an attached child (0 = none); labels are 0-based so shift by one.
    let lab = |x: u32| c.labels.get(x as usize).map_or(0, |&l| l as u64 + 1);
    let val = |x: u32, v: &[u8]| v.get(x as usize).map_or(99, |&n| n as u64);
    let set = |x: u32, v: &[u64]| v.get(x as usize).map_or(0, |&b| b);

    let (w, l, p, u, alt) = (
        |x: u32| a.get(x).word,
        |x: u32| a.get(x).lemma,
        |x: u32| a.get(x).xpos,
        |x: u32| a.get(x).upos,
        |x: u32| a.get(x).alt,
    );
    const R: u8 = GROUP_REST;
    const B: u8 = GROUP_B;
    const BL: u8 = GROUP_BL;
    const SS: u8 = GROUP_STACK;
    const SR: u8 = GROUP_S0_RIGHT;

    s.add(B, &[]); // bias
    // Unigrams.
    for (x, g) in [(s0, SS), (b0, B)] {
        s.add(g, &[w(x)]);
        s.add(g, &[p(x)]);
        s.add(g, &[w(x), p(x)]);
        s.add(g, &[l(x)]);
        s.add(g, &[u(x)]);
    }
    for (x, g) in [(s1, SS), (b1, B)] {
        s.add(g, &[w(x)]);
        s.add(g, &[p(x)]);
        s.add(g, &[w(x), p(x)]);
        s.add(g, &[l(x)]);
    }
    for (x, g) in [(s2, SS), (b2, B)] {
        s.add(g, &[p(x)]);
        s.add(g, &[w(x), p(x)]);
    }
    // Pairs of s0 and b0 (Zhang & Nivre's "from word pairs"). These are scored at every
    // transition, so the set is lean: the four word/tag triples of Zhang & Nivre, the word
    // distance templates and (word s0 or b0, tag of the other two) cost 0.04 UAS / 0.14 LAS
    // after four epochs (EWT dev, predicted POS) and 9 of 22 lookups per transition.
    s.add(R, &[w(s0), p(s0), w(b0), p(b0)]);
    s.add(R, &[w(s0), w(b0)]);
    s.add(R, &[p(s0), p(b0)]);
    s.add(R, &[l(s0), l(b0)]);
    s.add(R, &[u(s0), u(b0)]);
    // Pairs of s1 and s0 (arc-hybrid's RIGHT decides between them).
    s.add(SS, &[w(s1), p(s1), w(s0), p(s0)]);
    s.add(SS, &[w(s1), w(s0)]);
    s.add(SS, &[p(s1), p(s0)]);
    s.add(SS, &[p(s1), w(s0)]);
    s.add(SS, &[w(s1), p(s0)]);
    s.add(SS, &[l(s1), l(s0)]);
    s.add(B, &[p(b0), p(b1)]);
    s.add(B, &[w(b0), w(b1)]);
    s.add(B, &[w(b0), p(b1)]);
    // Tag trigrams.
    s.add(B, &[p(b0), p(b1), p(b2)]);
    s.add(R, &[p(s0), p(b0), p(b1)]);
    s.add(R, &[p(s1), p(s0), p(b0)]);
    s.add(SS, &[p(s2), p(s1), p(s0)]);
    s.add(R, &[p(s0), p(s0l), p(b0)]);
    s.add(R, &[p(s0), p(s0r), p(b0)]);
    s.add(R, &[p(s0), p(b0), p(b0l)]);
    s.add(SS, &[p(s1), p(s0), p(s0l)]);
    s.add(SR, &[p(s1), p(s0), p(s0r)]);
    s.add(SS, &[p(s1), p(s1r), p(s0)]);
    s.add(SS, &[p(s1), p(s1l), p(s0)]);
    s.add(SS, &[p(s0), p(s0l), p(s0l2)]);
    s.add(SR, &[p(s0), p(s0r), p(s0r2)]);
    s.add(BL, &[p(b0), p(b0l), p(b0l2)]);
    // Distances.
    let d = distance(s0, b0);
    let d1 = distance(s1, s0);
    s.add(R, &[p(s0), d]);
    s.add(R, &[p(b0), d]);
    s.add(R, &[p(s0), p(b0), d]);
    s.add(SS, &[p(s1), p(s0), d1]);
    s.add(SS, &[w(s1), w(s0), d1]);
    // Valencies.
    let (s0vl, s0vr) = (val(s0, &c.n_left), val(s0, &c.n_right));
    let (s1vl, s1vr) = (val(s1, &c.n_left), val(s1, &c.n_right));
    let b0vl = val(b0, &c.n_left);
    s.add(SS, &[w(s0), s0vl]);
    s.add(SS, &[p(s0), s0vl]);
    s.add(SR, &[w(s0), s0vr]);
    s.add(SR, &[p(s0), s0vr]);
    s.add(BL, &[w(b0), b0vl]);
    s.add(BL, &[p(b0), b0vl]);
    s.add(SS, &[p(s1), s1vl, s1vr]);
    s.add(SS, &[w(s1), s1vr]);
    // Outermost children: word, tag, label.
    for (x, g) in [
        (s0l, SS),
        (s0r, SR),
        (b0l, BL),
        (s0l2, SS),
        (s0r2, SR),
        (b0l2, BL),
        (s1l, SS),
        (s1r, SS),
    ] {
        s.add(g, &[w(x)]);
        s.add(g, &[p(x)]);
        s.add(g, &[lab(x)]);
    }
    s.add(SS, &[p(s0), lab(s0l), lab(s0l2)]);
    s.add(SR, &[p(s0), lab(s0r), lab(s0r2)]);
    s.add(BL, &[p(b0), lab(b0l), lab(b0l2)]);
    s.add(SS, &[p(s1), p(s0), lab(s0l), lab(s1r)]);
    // Label sets.
    let (s0ls, s0rs) = (set(s0, &c.left_labels), set(s0, &c.right_labels));
    let b0ls = set(b0, &c.left_labels);
    let s1rs = set(s1, &c.right_labels);
    s.add(SS, &[w(s0), s0ls]);
    s.add(SS, &[p(s0), s0ls]);
    s.add(SR, &[w(s0), s0rs]);
    s.add(SR, &[p(s0), s0rs]);
    s.add(BL, &[w(b0), b0ls]);
    s.add(BL, &[p(b0), b0ls]);
    s.add(SS, &[p(s1), s1rs]);
    s.add(SS, &[p(s1), p(s0), s0ls, s1rs]);
    // The tagger's close runner-up tags (k-best tags, after Bohnet & Nivre 2012): alone, with
    // the chosen tag (the pair names the confusion), and in place of the tag in the s0-b0 tag
    // pair. EWT dev, predicted POS, best epoch unpruned, mean of two seeds: UAS 85.02 -> 85.41,
    // LAS 82.11 -> 82.44. Runner-ups in the s1-s0 and b0-b1 pairs and with the words of s0
    // and b0 as well (six more templates) gave 85.39 / 82.39.
    for (x, g) in [(s0, SS), (b0, B)] {
        s.add(g, &[alt(x)]);
        s.add(g, &[p(x), alt(x)]);
    }
    s.add(SS, &[p(s1), alt(s1)]);
    s.add(B, &[p(b1), alt(b1)]);
    s.add(R, &[alt(s0), p(b0)]);
    s.add(R, &[p(s0), alt(b0)]);
    // Tried and not kept (EWT dev, predicted POS, unpruned best epoch): 28 more templates
    // (punctuation / verb / quote counts between s0-b0 and s1-s0 with both tags; suffixes of
    // s0, s1, b0; w(s0)+p(s1)+p(b0), p(s1)+p(b0), w(s0)+p(b0)+p(b1); outer child labels with
    // the head word; valency with label sets) gave +0.06 UAS / +0.12 LAS with the default
    // seed and +0.14 / +0.07 with the next one (seeds alone differ by ~0.4 LAS), and made
    // tag+parse 20-30% slower with a 20% larger model.
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::transition::Transition;

    fn view<'a>(form: &'a str, tag: &'a str) -> TokenView<'a> {
        TokenView {
            form,
            lemma: form,
            xpos: tag,
            upos: tag,
            pos_alt: "",
        }
    }

    #[test]
    fn features_are_stable_and_depend_on_the_configuration() {
        let mut a = Atoms::default();
        a.fill([view("Dogs", "NNS"), view("bark", "VBP")].into_iter());
        let mut c = Config::new(2);
        let (mut f1, mut f2) = (Vec::new(), Vec::new());
        extract(&c, &a, &mut f1);
        extract(&c, &a, &mut f2);
        assert_eq!(f1, f2);
        c.apply(Transition::Shift);
        extract(&c, &a, &mut f2);
        assert_eq!(f1.len(), f2.len(), "every template fires once");
        assert_ne!(f1, f2);
    }

    /// Splits the features of every group out of one `extract_groups` call.
    fn by_group(c: &Config, a: &Atoms) -> Vec<Vec<u64>> {
        let (mut f, mut g) = (Vec::new(), Vec::new());
        extract_groups(c, a, ALL_GROUPS, &mut f, &mut g);
        let mut out = vec![Vec::new(); N_GROUPS];
        for (&f, &g) in f.iter().zip(&g) {
            out[g as usize].push(f);
        }
        out
    }

    #[test]
    fn groups_partition_the_features_and_change_only_when_the_decoder_expects() {
        let words = [
            ("The", "DT"),
            ("old", "JJ"),
            ("man", "NN"),
            ("who", "WP"),
            ("left", "VBD"),
            ("saw", "VBD"),
            ("a", "DT"),
            ("big", "JJ"),
            ("dog", "NN"),
            ("in", "IN"),
            ("town", "NN"),
            (".", "."),
        ];
        let mut a = Atoms::default();
        a.fill(words.iter().map(|&(w, t)| view(w, t)));
        let n = words.len();
        // Several deterministic walks through valid transitions.
        for seed in 0..6u32 {
            let mut c = Config::new(n);
            let mut version = vec![0u32; n + 2];
            // (b0, features) for B; (b0, features) for BL while b0 has no new child; per token,
            // the stack group and (right children, features) for the right-child group.
            let mut b_seen: Option<(u32, Vec<u64>)> = None;
            let mut bl_seen: Option<(u32, Vec<u64>)> = None;
            let mut stack_seen: Vec<Option<Vec<u64>>> = vec![None; n + 2];
            let mut right_seen: Vec<Option<(u32, Vec<u64>)>> = vec![None; n + 2];
            let mut step = 0u32;
            while !c.is_terminal() {
                let (mut all, mut plain) = (Vec::new(), Vec::new());
                extract_groups(&c, &a, ALL_GROUPS, &mut all, &mut Vec::new());
                extract(&c, &a, &mut plain);
                assert_eq!(all, plain, "with every group, the same features in order");
                let g = by_group(&c, &a);
                let (s0, b0) = (c.s(0), c.b0);
                if let Some((b, f)) = &b_seen {
                    if *b == b0 {
                        assert_eq!(f, &g[GROUP_B as usize], "B moved without SHIFT");
                    }
                }
                if let Some((b, f)) = &bl_seen {
                    if *b == b0 {
                        assert_eq!(f, &g[GROUP_BL as usize], "BL moved without LEFT");
                    }
                }
                if s0 != NONE {
                    let s = s0 as usize;
                    if let Some(f) = &stack_seen[s] {
                        assert_eq!(f, &g[GROUP_STACK as usize], "stack group moved");
                    }
                    stack_seen[s] = Some(g[GROUP_STACK as usize].clone());
                    if let Some((v, f)) = &right_seen[s] {
                        if *v == version[s] {
                            assert_eq!(f, &g[GROUP_S0_RIGHT as usize], "moved without RIGHT");
                        }
                    }
                    right_seen[s] = Some((version[s], g[GROUP_S0_RIGHT as usize].clone()));
                }
                b_seen = Some((b0, g[GROUP_B as usize].clone()));
                bl_seen = Some((b0, g[GROUP_BL as usize].clone()));
                // Pick a valid transition: cycle through the kinds by seed and step.
                let labels = [1u16, 2, 3];
                let choices = [
                    Transition::Shift,
                    Transition::Left(labels[(step % 3) as usize]),
                    Transition::Right(labels[((step + seed) % 3) as usize]),
                    Transition::Left(0),
                ];
                let start = (step.wrapping_mul(7) + seed * 3) as usize;
                let t = (0..choices.len())
                    .map(|i| choices[(start + i) % choices.len()])
                    .find(|&t| c.is_valid(t, 0))
                    .expect("some transition is valid");
                match t {
                    Transition::Shift => {}
                    Transition::Left(_) => bl_seen = None,
                    Transition::Right(_) => version[c.s(1) as usize] += 1,
                }
                c.apply(t);
                step += 1;
            }
        }
    }

    #[test]
    fn distance_buckets() {
        for (a, b, d) in [(1, 2, 1), (3, 8, 5), (1, 9, 6), (1, 40, 7), (NONE, 3, 0)] {
            assert_eq!(distance(a, b), d, "{a} {b}");
        }
    }
}
