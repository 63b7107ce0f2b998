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

/// Hashed atoms of one position: word (lower-cased), lemma, fine tag, universal tag.
#[derive(Debug, Clone, Copy, Default)]
pub struct Atom {
    pub word: u64,
    pub lemma: u64,
    pub xpos: u64,
    pub upos: u64,
}

/// Atoms of a sentence: slot 0 stands for "no such position", `1..=n` are words and
/// `n + 1` is the root.
#[derive(Debug, Default, Clone)]
pub struct Atoms {
    slots: Vec<Atom>,
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
        };
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
            });
        }
        self.slots.push(Atom {
            word: str_feature(1, "<root>"),
            lemma: str_feature(2, "<root>"),
            xpos: str_feature(3, "<root>"),
            upos: str_feature(4, "<root>"),
        });
    }

    #[inline]
    fn get(&self, pos: u32) -> &Atom {
        if pos == NONE {
            &self.slots[0]
        } else {
            &self.slots[pos as usize]
        }
    }
}

/// The fields of a token the parser reads.
#[derive(Debug, Clone, Copy)]
pub struct TokenView<'a> {
    pub form: &'a str,
    pub lemma: &'a str,
    pub xpos: &'a str,
    pub upos: &'a str,
}

impl<'a> From<&'a Token> for TokenView<'a> {
    fn from(t: &'a Token) -> TokenView<'a> {
        TokenView {
            form: &t.form,
            lemma: &t.lemma,
            xpos: &t.xpos,
            upos: &t.upos,
        }
    }
}

/// Appends template values to a feature vector; each call gets the next template id, so
/// templates are numbered by their order in [`extract`].
struct Sink<'a> {
    out: &'a mut Vec<u64>,
    template: u32,
}

impl Sink<'_> {
    #[inline]
    fn add(&mut self, values: &[u64]) {
        let mut f = Feature::new(self.template);
        for &v in values {
            f = f.num(v);
        }
        self.out.push(f.finish());
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

/// Writes the features of configuration `c` into `out` (cleared first).
pub fn extract(c: &Config, a: &Atoms, out: &mut Vec<u64>) {
    out.clear();
    let s0 = c.s(0);
    let s1 = c.s(1);
    let s2 = c.s(2);
    let b0 = c.b(0);
    let b1 = c.b(1);
    let b2 = c.b(2);
    let child =
        |x: u32, side: &[[u32; 2]], k: usize| if x == NONE { NONE } else { side[x as usize][k] };
    let s0l = child(s0, &c.left, 0);
    let s0l2 = child(s0, &c.left, 1);
    let s0r = child(s0, &c.right, 0);
    let s0r2 = child(s0, &c.right, 1);
    let s1l = child(s1, &c.left, 0);
    let s1r = child(s1, &c.right, 0);
    let b0l = child(b0, &c.left, 0);
    let b0l2 = child(b0, &c.left, 1);
    // Label of an attached child (0 = none); labels are 0-based so shift by one.
    let lab = |x: u32| {
        if x == NONE {
            0
        } else {
            c.labels[x as usize] as u64 + 1
        }
    };
    let val = |x: u32, v: &[u8]| if x == NONE { 99 } else { v[x as usize] as u64 };
    let set = |x: u32, v: &[u64]| if x == NONE { 0 } else { v[x as usize] };

    let (w, l, p, u) = (
        |x: u32| a.get(x).word,
        |x: u32| a.get(x).lemma,
        |x: u32| a.get(x).xpos,
        |x: u32| a.get(x).upos,
    );
    let mut s = Sink { out, template: 100 };

    s.add(&[]); // bias
    // Unigrams.
    for x in [s0, b0] {
        s.add(&[w(x)]);
        s.add(&[p(x)]);
        s.add(&[w(x), p(x)]);
        s.add(&[l(x)]);
        s.add(&[u(x)]);
    }
    for x in [s1, b1] {
        s.add(&[w(x)]);
        s.add(&[p(x)]);
        s.add(&[w(x), p(x)]);
        s.add(&[l(x)]);
    }
    for x in [s2, b2] {
        s.add(&[p(x)]);
        s.add(&[w(x), p(x)]);
    }
    // Pairs of s0 and b0 (Zhang & Nivre's "from word pairs").
    s.add(&[w(s0), p(s0), w(b0), p(b0)]);
    s.add(&[w(s0), p(s0), w(b0)]);
    s.add(&[w(s0), w(b0), p(b0)]);
    s.add(&[w(s0), p(s0), p(b0)]);
    s.add(&[p(s0), w(b0), p(b0)]);
    s.add(&[w(s0), w(b0)]);
    s.add(&[p(s0), p(b0)]);
    s.add(&[l(s0), l(b0)]);
    s.add(&[u(s0), u(b0)]);
    // Pairs of s1 and s0 (arc-hybrid's RIGHT decides between them).
    s.add(&[w(s1), p(s1), w(s0), p(s0)]);
    s.add(&[w(s1), w(s0)]);
    s.add(&[p(s1), p(s0)]);
    s.add(&[p(s1), w(s0)]);
    s.add(&[w(s1), p(s0)]);
    s.add(&[l(s1), l(s0)]);
    s.add(&[p(b0), p(b1)]);
    s.add(&[w(b0), w(b1)]);
    s.add(&[w(b0), p(b1)]);
    // Tag trigrams.
    s.add(&[p(b0), p(b1), p(b2)]);
    s.add(&[p(s0), p(b0), p(b1)]);
    s.add(&[p(s1), p(s0), p(b0)]);
    s.add(&[p(s2), p(s1), p(s0)]);
    s.add(&[p(s0), p(s0l), p(b0)]);
    s.add(&[p(s0), p(s0r), p(b0)]);
    s.add(&[p(s0), p(b0), p(b0l)]);
    s.add(&[p(s1), p(s0), p(s0l)]);
    s.add(&[p(s1), p(s0), p(s0r)]);
    s.add(&[p(s1), p(s1r), p(s0)]);
    s.add(&[p(s1), p(s1l), p(s0)]);
    s.add(&[p(s0), p(s0l), p(s0l2)]);
    s.add(&[p(s0), p(s0r), p(s0r2)]);
    s.add(&[p(b0), p(b0l), p(b0l2)]);
    s.add(&[w(s0), p(s1), p(b0)]);
    s.add(&[w(b0), p(s0), p(s1)]);
    // Distances.
    let d = distance(s0, b0);
    let d1 = distance(s1, s0);
    s.add(&[w(s0), d]);
    s.add(&[p(s0), d]);
    s.add(&[w(b0), d]);
    s.add(&[p(b0), d]);
    s.add(&[w(s0), w(b0), d]);
    s.add(&[p(s0), p(b0), d]);
    s.add(&[p(s1), p(s0), d1]);
    s.add(&[w(s1), w(s0), d1]);
    // Valencies.
    let (s0vl, s0vr) = (val(s0, &c.n_left), val(s0, &c.n_right));
    let (s1vl, s1vr) = (val(s1, &c.n_left), val(s1, &c.n_right));
    let b0vl = val(b0, &c.n_left);
    s.add(&[w(s0), s0vl]);
    s.add(&[p(s0), s0vl]);
    s.add(&[w(s0), s0vr]);
    s.add(&[p(s0), s0vr]);
    s.add(&[w(b0), b0vl]);
    s.add(&[p(b0), b0vl]);
    s.add(&[p(s1), s1vl, s1vr]);
    s.add(&[w(s1), s1vr]);
    // Outermost children: word, tag, label.
    for x in [s0l, s0r, b0l, s0l2, s0r2, b0l2, s1l, s1r] {
        s.add(&[w(x)]);
        s.add(&[p(x)]);
        s.add(&[lab(x)]);
    }
    s.add(&[p(s0), lab(s0l), lab(s0l2)]);
    s.add(&[p(s0), lab(s0r), lab(s0r2)]);
    s.add(&[p(b0), lab(b0l), lab(b0l2)]);
    s.add(&[p(s1), p(s0), lab(s0l), lab(s1r)]);
    // Label sets.
    let (s0ls, s0rs) = (set(s0, &c.left_labels), set(s0, &c.right_labels));
    let b0ls = set(b0, &c.left_labels);
    let s1rs = set(s1, &c.right_labels);
    s.add(&[w(s0), s0ls]);
    s.add(&[p(s0), s0ls]);
    s.add(&[w(s0), s0rs]);
    s.add(&[p(s0), s0rs]);
    s.add(&[w(b0), b0ls]);
    s.add(&[p(b0), b0ls]);
    s.add(&[p(s1), s1rs]);
    s.add(&[p(s1), p(s0), s0ls, s1rs]);
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

    #[test]
    fn distance_buckets() {
        for (a, b, d) in [(1, 2, 1), (3, 8, 5), (1, 9, 6), (1, 40, 7), (NONE, 3, 0)] {
            assert_eq!(distance(a, b), d, "{a} {b}");
        }
    }
}
