//! Decoding a tag sequence: greedy left to right, or Viterbi over first-order tag transitions
//! (the structured perceptron of Collins 2002). Both forbid invalid BIO (`O I-PER`).

use rustc_hash::FxHashMap;

use super::features::{Extracted, START, transition_shape, transition_tag, transition_word};
use super::iob::{N_TAGS, allowed};
use crate::perceptron::{Model, ScoreTable};

/// Anything that scores features: the frozen model, or the trainer's current weights.
pub trait Scorer {
    fn add_scores(&self, feats: &[u64], out: &mut [f32]);
}

impl Scorer for Model {
    fn add_scores(&self, feats: &[u64], out: &mut [f32]) {
        Model::add_scores(self, feats, out)
    }
}

#[cfg(feature = "train")]
impl Scorer for crate::perceptron::Trainer {
    fn add_scores(&self, feats: &[u64], out: &mut [f32]) {
        crate::perceptron::Trainer::add_scores(self, feats, out)
    }
}

/// How the tag sequence is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Decoder {
    Greedy,
    #[default]
    Viterbi,
}

impl Decoder {
    pub fn as_str(self) -> &'static str {
        match self {
            Decoder::Greedy => "greedy",
            Decoder::Viterbi => "viterbi",
        }
    }

    pub fn parse(s: &str) -> Option<Decoder> {
        match s {
            "greedy" => Some(Decoder::Greedy),
            "viterbi" => Some(Decoder::Viterbi),
            _ => None,
        }
    }
}

type Row = [f32; N_TAGS];

fn scores_of<S: Scorer>(s: &S, feats: &[u64]) -> Row {
    let mut out = [0.0; N_TAGS];
    s.add_scores(feats, &mut out);
    out
}

/// Best tag sequence under `scorer`.
pub fn decode<S: Scorer>(scorer: &S, ex: &Extracted, decoder: Decoder) -> Vec<usize> {
    match decoder {
        Decoder::Greedy => greedy(scorer, ex),
        Decoder::Viterbi => viterbi(scorer, ex),
    }
}

fn greedy<S: Scorer>(scorer: &S, ex: &Extracted) -> Vec<usize> {
    let mut out = Vec::with_capacity(ex.emission.len());
    let mut prev = START;
    for (i, em) in ex.emission.iter().enumerate() {
        let mut row = scores_of(scorer, em);
        scorer.add_scores(&ex.transition(i, prev), &mut row);
        let p = (prev != START).then_some(prev);
        let best = (0..N_TAGS)
            .filter(|&t| allowed(p, t))
            .fold(0, |b, t| if row[t] > row[b] { t } else { b });
        out.push(best);
        prev = best;
    }
    out
}

fn viterbi<S: Scorer>(scorer: &S, ex: &Extracted) -> Vec<usize> {
    let n = ex.emission.len();
    if n == 0 {
        return Vec::new();
    }
    let mut delta: Vec<Row> = Vec::with_capacity(n);
    let mut back: Vec<[usize; N_TAGS]> = Vec::with_capacity(n);
    for i in 0..n {
        let em = scores_of(scorer, &ex.emission[i]);
        let mut row = [f32::NEG_INFINITY; N_TAGS];
        let mut bp = [0usize; N_TAGS];
        let prevs: Vec<usize> = if i == 0 {
            vec![START]
        } else {
            (0..N_TAGS).collect()
        };
        for &p in &prevs {
            let base = if i == 0 { 0.0 } else { delta[i - 1][p] };
            if base == f32::NEG_INFINITY {
                continue;
            }
            let trans = scores_of(scorer, &ex.transition(i, p));
            let pp = (p != START).then_some(p);
            for t in 0..N_TAGS {
                if !allowed(pp, t) {
                    continue;
                }
                let s = base + trans[t] + em[t];
                // Strict `>` keeps the lowest previous tag on ties: deterministic.
                if s > row[t] {
                    row[t] = s;
                    bp[t] = p;
                }
            }
        }
        delta.push(row);
        back.push(bp);
    }
    let last = &delta[n - 1];
    let mut t = (0..N_TAGS).fold(0, |b, t| if last[t] > last[b] { t } else { b });
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = t;
        t = back[i][t];
    }
    out
}

/// Transition scores of one token: `[p][t]` for every previous tag `p` (`START` included).
type TransRows = [[i32; N_TAGS]; N_TAGS + 1];

/// Scores that depend on the word form alone, per distinct word of a document: the word
/// features of the emission ([`Extracted::split_word`]) and the word transition feature for
/// every previous tag; plus the previous-tag and per-shape transition scores. A document then
/// looks each of them up once per distinct word instead of once (or nine times) per token.
/// Integer sums make the split exact.
#[derive(Debug, Default)]
pub struct WordCache<'a> {
    tag: Option<Box<TransRows>>,
    words: FxHashMap<&'a str, WordRows>,
    shapes: FxHashMap<String, TransRows>,
}

#[derive(Debug)]
struct WordRows {
    emission: [i32; N_TAGS],
    transition: TransRows,
}

fn rows_of(table: &ScoreTable, feat: impl Fn(usize) -> u64) -> TransRows {
    let mut rows = [[0i32; N_TAGS]; N_TAGS + 1];
    for (p, row) in rows.iter_mut().enumerate() {
        table.add_one(feat(p), row);
    }
    rows
}

impl<'a> WordCache<'a> {
    /// Emission and transition scores (`[p][t]`) of token `i` of `ex`, whose word is `word`.
    fn scores(
        &mut self,
        table: &ScoreTable,
        ex: &Extracted,
        word: &'a str,
        i: usize,
    ) -> ([i32; N_TAGS], TransRows) {
        let tag = self
            .tag
            .get_or_insert_with(|| Box::new(rows_of(table, transition_tag)));
        let (own, rest) = ex.split_word(i);
        let w = self.words.entry(word).or_insert_with(|| {
            let mut emission = [0i32; N_TAGS];
            for part in own {
                table.add_scores(part, &mut emission);
            }
            let lower = ex.lower(i);
            WordRows {
                emission,
                transition: rows_of(table, |p| transition_word(p, lower)),
            }
        });
        let shape = ex.shape(i);
        let s = match self.shapes.get(shape) {
            Some(s) => s,
            None => {
                let rows = rows_of(table, |p| transition_shape(p, shape));
                self.shapes.entry(shape.to_string()).or_insert(rows)
            }
        };
        let mut trans = **tag;
        for p in 0..=N_TAGS {
            for t in 0..N_TAGS {
                trans[p][t] += w.transition[p][t] + s[p][t];
            }
        }
        let mut em = w.emission;
        for &f in rest[0] {
            table.add_one(f, &mut em);
        }
        table.add_scores(rest[1], &mut em);
        (em, trans)
    }
}

/// Best tag sequence under a frozen model's [`ScoreTable`]: the run-time path. `words` are the
/// sentence's tokens (`ex` was extracted from them). Scores are exact integer sums of the
/// quantised weights (`i64` along a Viterbi path), so they equal the `f32` sums of [`decode`]
/// on the same model up to float rounding, and ties break the same way (the lowest tag).
/// `cache` may be shared by the sentences of one document.
pub fn decode_table<'a>(
    table: &ScoreTable,
    ex: &Extracted,
    words: &[&'a str],
    decoder: Decoder,
    cache: &mut WordCache<'a>,
) -> Vec<usize> {
    assert_eq!(words.len(), ex.emission.len());
    match decoder {
        Decoder::Greedy => greedy_table(table, ex, words, cache),
        Decoder::Viterbi => viterbi_table(table, ex, words, cache),
    }
}

/// `ALLOWED[p][t]`: tag `t` may follow `p` (`p == START` at the sentence start).
const ALLOWED: [[bool; N_TAGS]; N_TAGS + 1] = {
    let mut a = [[false; N_TAGS]; N_TAGS + 1];
    let mut p = 0;
    while p <= N_TAGS {
        let mut t = 0;
        while t < N_TAGS {
            // Same rule as `iob::allowed`: `I-X` only after `B-X` or `I-X`.
            a[p][t] = t == 0 || t % 2 == 1 || (p != START && p != 0 && (p - 1) / 2 == (t - 1) / 2);
            t += 1;
        }
        p += 1;
    }
    a
};

fn greedy_table<'a>(
    table: &ScoreTable,
    ex: &Extracted,
    words: &[&'a str],
    cache: &mut WordCache<'a>,
) -> Vec<usize> {
    let mut out = Vec::with_capacity(ex.emission.len());
    let mut prev = START;
    for (i, &word) in words.iter().enumerate() {
        let (em, trans) = cache.scores(table, ex, word, i);
        let mut row = trans[prev];
        for (r, e) in row.iter_mut().zip(em) {
            *r += e;
        }
        let ok = &ALLOWED[prev];
        let best = (0..N_TAGS)
            .filter(|&t| ok[t])
            .fold(0, |b, t| if row[t] > row[b] { t } else { b });
        out.push(best);
        prev = best;
    }
    out
}

fn viterbi_table<'a>(
    table: &ScoreTable,
    ex: &Extracted,
    words: &[&'a str],
    cache: &mut WordCache<'a>,
) -> Vec<usize> {
    const NONE: i64 = i64::MIN;
    let n = words.len();
    if n == 0 {
        return Vec::new();
    }
    let mut prev_row = [NONE; N_TAGS];
    let mut back: Vec<[u8; N_TAGS]> = Vec::with_capacity(n);
    for (i, &word) in words.iter().enumerate() {
        let (em, trans) = cache.scores(table, ex, word, i);
        let mut row = [NONE; N_TAGS];
        let mut bp = [0u8; N_TAGS];
        let prevs = if i == 0 { START..START + 1 } else { 0..N_TAGS };
        for p in prevs {
            let base = if i == 0 { 0 } else { prev_row[p] };
            if base == NONE {
                continue;
            }
            let (ok, trans) = (&ALLOWED[p], &trans[p]);
            for t in 0..N_TAGS {
                if !ok[t] {
                    continue;
                }
                let s = base + i64::from(trans[t]) + i64::from(em[t]);
                // Strict `>` keeps the lowest previous tag on ties, as `viterbi` does.
                if s > row[t] {
                    row[t] = s;
                    bp[t] = p as u8;
                }
            }
        }
        prev_row = row;
        back.push(bp);
    }
    let mut t = (0..N_TAGS).fold(0, |b, t| if prev_row[t] > prev_row[b] { t } else { b });
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = t;
        t = usize::from(back[i][t]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::features::{SentenceView, extract};
    use crate::annotate::ner::gazetteer::Gazetteer;
    use crate::annotate::ner::iob::tag_id;

    /// A scorer that loves `I-PER` everywhere: decoders must still output valid BIO.
    struct LovesInside;
    impl Scorer for LovesInside {
        fn add_scores(&self, feats: &[u64], out: &mut [f32]) {
            if feats.len() > 3 {
                out[tag_id("I-PER")] += 5.0;
                out[tag_id("B-PER")] += 1.0;
            }
        }
    }

    #[test]
    fn decoders_respect_bio_constraints() {
        let words = ["Anna", "Karenina", "read"];
        let ex = extract(
            &SentenceView {
                words: &words,
                upos: &[],
                xpos: &[],
                doc: None,
                clusters: None,
            },
            Gazetteer::for_features(),
        );
        for d in [Decoder::Greedy, Decoder::Viterbi] {
            let tags = decode(&LovesInside, &ex, d);
            assert_eq!(
                tags,
                vec![tag_id("B-PER"), tag_id("I-PER"), tag_id("I-PER")],
                "{d:?}"
            );
        }
        assert_eq!(Decoder::parse("viterbi"), Some(Decoder::Viterbi));
        assert_eq!(
            Decoder::parse(Decoder::Greedy.as_str()),
            Some(Decoder::Greedy)
        );
    }

    #[test]
    fn allowed_table_matches_the_rule() {
        for (p, row) in ALLOWED.iter().enumerate() {
            let pp = (p != START).then_some(p);
            for (t, &ok) in row.iter().enumerate() {
                assert_eq!(ok, allowed(pp, t), "{p} {t}");
            }
        }
    }
}
