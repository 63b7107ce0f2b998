//! Tagging accuracy: UPOS, XPOS, lemma and exact feature-set match over (gold, predicted)
//! token pairs, on gold tokens or from raw text, plus the tagging speed of a [`PosTagger`].

use std::time::Instant;

use serde::Serialize;

use super::{PosTagger, TagScratch};
use crate::conllu::ConllSentence;
use crate::document::{Document, Span, Token};
use crate::text::eval::{RawScores, align, rebuild_raw, score, system_spans};

/// Correct counts over a number of tokens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct PosCounts {
    pub tokens: usize,
    pub upos: usize,
    pub xpos: usize,
    pub lemma: usize,
    pub feats: usize,
}

/// `_` and the empty string both mean "no features".
fn feats_eq(a: &str, b: &str) -> bool {
    fn norm(s: &str) -> &str {
        if s == "_" { "" } else { s }
    }
    norm(a) == norm(b)
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 0.0 } else { n as f64 / d as f64 }
}

impl PosCounts {
    /// Scores one aligned pair of tokens.
    pub fn add(&mut self, gold: &Token, pred: &Token) {
        self.tokens += 1;
        self.upos += usize::from(gold.upos == pred.upos);
        self.xpos += usize::from(gold.xpos == pred.xpos);
        self.lemma += usize::from(gold.lemma == pred.lemma);
        self.feats += usize::from(feats_eq(&gold.feats, &pred.feats));
    }

    /// Scores a list of aligned (gold, predicted) pairs.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a Token, &'a Token)>) -> PosCounts {
        let mut c = PosCounts::default();
        for (g, p) in pairs {
            c.add(g, p);
        }
        c
    }

    pub fn upos_acc(&self) -> f64 {
        ratio(self.upos, self.tokens)
    }
    pub fn xpos_acc(&self) -> f64 {
        ratio(self.xpos, self.tokens)
    }
    pub fn lemma_acc(&self) -> f64 {
        ratio(self.lemma, self.tokens)
    }
    pub fn feats_acc(&self) -> f64 {
        ratio(self.feats, self.tokens)
    }
}

/// Tags the gold tokens of every sentence and scores the result.
pub fn evaluate(tagger: &PosTagger, gold: &[ConllSentence]) -> PosCounts {
    evaluate_with(tagger, gold, |_, _| {})
}

/// [`evaluate`], also handing every sentence's (gold, predicted) tokens to `each`.
pub fn evaluate_with(
    tagger: &PosTagger,
    gold: &[ConllSentence],
    mut each: impl FnMut(&[Token], &[Token]),
) -> PosCounts {
    let mut s = TagScratch::default();
    let mut counts = PosCounts::default();
    // A document at a time (`# newdoc`), as the pipeline tags them.
    for doc in documents(gold) {
        let gold: Vec<Vec<Token>> = doc.iter().map(|s| s.to_sentence(0).0.tokens).collect();
        let mut pred: Vec<Vec<Token>> = gold
            .iter()
            .map(|g| {
                g.iter()
                    .map(|t| Token::new(t.form.clone(), t.span))
                    .collect()
            })
            .collect();
        let mut views: Vec<&mut [Token]> = pred.iter_mut().map(|p| p.as_mut_slice()).collect();
        tagger.tag_sentences(&mut views, &mut s);
        for (g, p) in gold.iter().zip(&pred) {
            for (g, p) in g.iter().zip(p) {
                counts.add(g, p);
            }
            each(g, p);
        }
    }
    counts
}

/// The documents of a CoNLL-U file: runs of sentences that start at a `# newdoc` comment (the
/// sentences before the first one make a document of their own).
pub fn documents(gold: &[ConllSentence]) -> impl Iterator<Item = &[ConllSentence]> {
    gold.chunk_by(|_, next| !next.new_doc())
}

/// Tagging scored from raw text (see [`evaluate_raw`]).
#[derive(Debug, Clone)]
pub struct RawTagging {
    /// Tag counts over the system words whose span equals a gold word's span.
    pub counts: PosCounts,
    /// Tokenization and sentence-boundary scores of the same segmentation.
    pub segmentation: RawScores,
    /// Syntactic words in the gold file and in the system output.
    pub gold_words: usize,
    pub system_words: usize,
    /// The rebuilt raw text, segmented and tagged by the system.
    pub doc: Document,
}

/// Rebuilds the raw text of `gold` (as `relgraph eval tokenize` does), segments and tags it, and
/// scores the tags on the words whose character span matches a gold word (CoNLL 2018 style
/// alignment; a word of a multiword token aligns when the system splits the token the same way).
pub fn evaluate_raw(tagger: &PosTagger, gold: &[ConllSentence]) -> RawTagging {
    let raw = rebuild_raw(gold);
    let (sys_sentences, sys_tokens) = system_spans(&raw.text);
    let segmentation = score(&raw, &sys_sentences, &sys_tokens);
    let gold_tokens: Vec<Token> = gold
        .iter()
        .flat_map(|s| s.to_sentence(0).0.tokens)
        .collect();
    let gold_spans: Vec<Span> = raw.words.iter().flatten().copied().collect();
    let mut doc = Document::new("raw", raw.text);
    crate::text::segment(&mut doc);
    let mut sentences: Vec<&mut [Token]> = doc
        .sentences
        .iter_mut()
        .map(|s| s.tokens.as_mut_slice())
        .collect();
    tagger.tag_sentences(&mut sentences, &mut TagScratch::default());
    let sys: Vec<&Token> = doc.sentences.iter().flat_map(|s| &s.tokens).collect();
    let sys_spans: Vec<Span> = sys.iter().map(|t| t.span).collect();
    let pairs = align(&gold_spans, &sys_spans);
    let counts = PosCounts::from_pairs(pairs.iter().map(|&(g, p)| (&gold_tokens[g], sys[p])));
    RawTagging {
        counts,
        segmentation,
        gold_words: gold_tokens.len(),
        system_words: sys.len(),
        doc,
    }
}

/// Tagging speed on one thread.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Speed {
    /// Tokens per wall-clock second.
    pub wall: f64,
    /// Tokens per second of CPU time of the tagging thread (what the tagger costs on an idle
    /// core; equals `wall` where the OS does not report thread CPU time).
    pub cpu: f64,
}

/// Nanoseconds this thread has spent on a CPU (Linux `schedstat`), if the OS says.
pub fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Tokens per second of tagging alone (tags and features, no strings), on one thread.
/// Repeats the whole input until at least `min_secs` have passed, for a stable number.
pub fn tokens_per_sec(tagger: &PosTagger, sentences: &[Vec<&str>], min_secs: f64) -> Speed {
    let mut s = TagScratch::default();
    let per_pass: usize = sentences.iter().map(Vec::len).sum();
    if per_pass == 0 {
        return Speed {
            wall: 0.0,
            cpu: 0.0,
        };
    }
    let start = Instant::now();
    let cpu0 = thread_cpu_ns();
    let mut done = 0usize;
    loop {
        for sent in sentences {
            tagger.tag_ids(sent.iter().copied(), &mut s);
        }
        done += per_pass;
        let secs = start.elapsed().as_secs_f64();
        if secs >= min_secs {
            let wall = done as f64 / secs;
            let cpu = match (cpu0, thread_cpu_ns()) {
                (Some(a), Some(b)) if b > a => done as f64 / ((b - a) as f64 / 1e9),
                _ => wall,
            };
            return Speed { wall, cpu };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(form: &str, lemma: &str, upos: &str, xpos: &str, feats: &str) -> Token {
        Token {
            lemma: lemma.into(),
            upos: upos.into(),
            xpos: xpos.into(),
            feats: feats.into(),
            ..Token::new(form, crate::Span::default())
        }
    }

    #[test]
    fn counts_each_layer_separately() {
        let gold = [
            tok("Dogs", "dog", "NOUN", "NNS", "Number=Plur"),
            tok(
                "bark",
                "bark",
                "VERB",
                "VBP",
                "Mood=Ind|Tense=Pres|VerbForm=Fin",
            ),
            tok(".", ".", "PUNCT", ".", "_"),
            tok("loud", "loud", "ADJ", "JJ", "Degree=Pos"),
        ];
        let pred = [
            tok("Dogs", "dogs", "NOUN", "NNS", "Number=Plur"),
            tok("bark", "bark", "NOUN", "NN", "Number=Sing"),
            tok(".", ".", "PUNCT", ".", ""),
            tok("loud", "loud", "ADJ", "RB", "Degree=Pos"),
        ];
        let c = PosCounts::from_pairs(gold.iter().zip(&pred));
        assert_eq!(
            c,
            PosCounts {
                tokens: 4,
                upos: 3,
                xpos: 2,
                lemma: 3,
                feats: 3
            }
        );
        assert_eq!(c.upos_acc(), 0.75);
        assert_eq!(c.xpos_acc(), 0.5);
        assert_eq!(c.lemma_acc(), 0.75);
        assert_eq!(c.feats_acc(), 0.75);
        assert_eq!(PosCounts::default().upos_acc(), 0.0);
    }
}
