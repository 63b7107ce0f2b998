//! Tokenization and sentence-splitting scores from raw text, the CoNLL 2018 shared-task way.
//!
//! The raw text is rebuilt from the gold `# text` comments: sentences of one paragraph are joined
//! by a space, a `# newpar` or `# newdoc` starts a new paragraph, paragraphs are joined by a blank
//! line. Gold and system tokens are compared as character ranges of that text; since neither
//! side's boundaries fall on whitespace, equal byte spans are equal whitespace-free character
//! ranges. Gold tokens are surface tokens: a multiword token (`don't` = `do` + `n't`) counts once,
//! and so do the system's clitic pieces of one written word.

use crate::conllu::ConllSentence;
use crate::document::Span;

use super::sentences;
use super::tokenize::{self, Piece, is_space};

/// Precision, recall and F1 (fractions in 0..1) of tokens and sentences from raw text.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct RawScores {
    pub token_precision: f64,
    pub token_recall: f64,
    pub token_f1: f64,
    pub sentence_precision: f64,
    pub sentence_recall: f64,
    pub sentence_f1: f64,
    pub gold_tokens: usize,
    pub system_tokens: usize,
}

/// Raw text rebuilt from gold sentences, with gold spans into it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawGold {
    pub text: String,
    /// One span per gold sentence.
    pub sentences: Vec<Span>,
    /// Surface tokens of all sentences, in order (a multiword token counts once).
    pub tokens: Vec<Span>,
    /// Per sentence, one span per syntactic word (`ConllSentence::words`). Words of a multiword
    /// token get sub-spans when their forms spell the token (`do` + `n't`), otherwise the whole
    /// token's span.
    pub words: Vec<Vec<Span>>,
}

/// Scores the tokenizer and sentence splitter against gold CoNLL-U sentences.
pub fn evaluate_raw(gold: &[ConllSentence]) -> RawScores {
    let raw = rebuild_raw(gold);
    let (sys_sentences, sys_tokens) = system_spans(&raw.text);
    score(&raw, &sys_sentences, &sys_tokens)
}

/// Scores system sentence and surface-token spans (as [`system_spans`] returns them) against
/// the gold spans of `raw`.
pub fn score(raw: &RawGold, sys_sentences: &[Span], sys_tokens: &[Span]) -> RawScores {
    let (tp, tr, tf) = prf(
        align(&raw.tokens, sys_tokens).len(),
        raw.tokens.len(),
        sys_tokens.len(),
    );
    let matched = align(&raw.sentences, sys_sentences).len();
    let (sp, sr, sf) = prf(matched, raw.sentences.len(), sys_sentences.len());
    RawScores {
        token_precision: tp,
        token_recall: tr,
        token_f1: tf,
        sentence_precision: sp,
        sentence_recall: sr,
        sentence_f1: sf,
        gold_tokens: raw.tokens.len(),
        system_tokens: sys_tokens.len(),
    }
}

/// Pairs `(gold index, system index)` of spans that cover exactly the same text.
///
/// Both slices must be sorted by position without overlaps (as tokens or sentences of one text
/// are). Use it to score tags from raw text: align [`RawGold::words`] (flattened) with the
/// system tokens' spans and compare tags on the returned pairs only. Linear time.
///
/// # Examples
/// ```
/// use relgraph::{Span, text::eval::align};
/// let gold = [Span::new(0, 3), Span::new(3, 6), Span::new(7, 9)];
/// let sys = [Span::new(0, 6), Span::new(7, 9)];
/// assert_eq!(align(&gold, &sys), vec![(2, 1)]);
/// ```
pub fn align(gold: &[Span], sys: &[Span]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < gold.len() && j < sys.len() {
        let (g, s) = (gold[i], sys[j]);
        if g == s {
            pairs.push((i, j));
        }
        if g.end <= s.end {
            i += 1;
        }
        if s.end <= g.end {
            j += 1;
        }
    }
    pairs
}

fn prf(matched: usize, gold: usize, system: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(matched, system), ratio(matched, gold));
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// The system's sentence spans and surface-token spans (clitic pieces merged) for `text`.
pub fn system_spans(text: &str) -> (Vec<Span>, Vec<Span>) {
    let mut pieces: Vec<Piece> = Vec::with_capacity(text.len() / 4 + 1);
    tokenize::lex(text, 0, text.len(), &mut pieces);
    let sentences = sentences::boundaries(text, &pieces)
        .into_iter()
        .map(|(a, b)| Span::new(pieces[a].start, pieces[b - 1].end))
        .collect();
    let mut tokens: Vec<Span> = Vec::with_capacity(pieces.len());
    for p in &pieces {
        match tokens.last_mut() {
            Some(last) if p.clitic && last.end == p.start => last.end = p.end,
            _ => tokens.push(Span::new(p.start, p.end)),
        }
    }
    (sentences, tokens)
}

/// One surface token of a gold sentence: its form and the 0-based word range it covers.
struct Surface<'a> {
    form: &'a str,
    words: std::ops::Range<usize>,
}

fn surface_tokens(sent: &ConllSentence) -> Vec<Surface<'_>> {
    let mut out = Vec::with_capacity(sent.words.len());
    let mut w = 0;
    while w < sent.words.len() {
        if let Some(mw) = sent
            .multiwords
            .iter()
            .find(|m| m.first == w + 1 && m.last > m.first)
        {
            let last = mw.last.min(sent.words.len());
            out.push(Surface {
                form: &mw.form,
                words: w..last,
            });
            w = last;
        } else {
            out.push(Surface {
                form: &sent.words[w].form,
                words: w..w + 1,
            });
            w += 1;
        }
    }
    out
}

fn non_space(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|&c| !is_space(c))
}

/// Rebuilds the raw text of gold sentences with gold sentence, token and word spans.
pub fn rebuild_raw(gold: &[ConllSentence]) -> RawGold {
    let mut raw = RawGold::default();
    for (n, sent) in gold.iter().enumerate() {
        if n > 0 {
            raw.text.push_str(if sent.new_par() { "\n\n" } else { " " });
        }
        let surface = surface_tokens(sent);
        let from_forms = || {
            let mut s = String::new();
            for (k, t) in surface.iter().enumerate() {
                s.push_str(t.form);
                let last_word = &sent.words[t.words.end - 1];
                if k + 1 < surface.len() && last_word.space_after() {
                    s.push(' ');
                }
            }
            s
        };
        // Use `# text` when its non-space characters spell the tokens, as in valid UD files.
        let text = match sent.meta("text") {
            Some(t) if non_space(t).eq(surface.iter().flat_map(|s| non_space(s.form))) => {
                t.to_owned()
            }
            _ => from_forms(),
        };
        let base = raw.text.len();
        raw.text.push_str(text.trim_end());
        let mut words = vec![Span::default(); sent.words.len()];
        let mut pos = base;
        let first_token = raw.tokens.len();
        for t in &surface {
            let span = locate(&raw.text, &mut pos, t.form);
            raw.tokens.push(span);
            let spelled: usize = sent.words[t.words.clone()]
                .iter()
                .map(|w| w.form.len())
                .sum();
            let exact = &raw.text[span.start..span.end] == t.form && spelled == t.form.len();
            let mut start = span.start;
            for w in t.words.clone() {
                words[w] = if exact {
                    let end = start + sent.words[w].form.len();
                    let sub = Span::new(start, end);
                    start = end;
                    sub
                } else {
                    span
                };
            }
        }
        let sentence = match (raw.tokens.get(first_token), raw.tokens.last()) {
            (Some(a), Some(b)) if raw.tokens.len() > first_token => Span::new(a.start, b.end),
            _ => Span::new(base, base),
        };
        raw.sentences.push(sentence);
        raw.words.push(words);
    }
    raw
}

/// Finds `form`'s non-space characters in `text` from byte `*pos`, skipping whitespace, and
/// returns the span from the first to the last matched character.
fn locate(text: &str, pos: &mut usize, form: &str) -> Span {
    let mut start = None;
    let mut end = *pos;
    let mut chars = text[*pos..].char_indices();
    for want in non_space(form) {
        for (off, c) in chars.by_ref() {
            if is_space(c) {
                continue;
            }
            if c == want {
                let at = *pos + off;
                start.get_or_insert(at);
                end = at + c.len_utf8();
            }
            break;
        }
    }
    let start = start.unwrap_or(end);
    *pos = end;
    Span::new(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu;

    /// Two paragraphs, three gold sentences, one multiword token (`don't`).
    const FIXTURE: &str = "# newdoc id = d1\n# newpar\n# text = We don't know.\n\
        1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n\
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
        2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n\
        3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
        4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n\
        5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n\
        # text = Ask Dr. Wu\n\
        1\tAsk\task\tVERB\tVB\t_\t0\troot\t_\t_\n\
        2\tDr.\tDr.\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n\
        3\tWu\tWu\tPROPN\tNNP\t_\t1\tobj\t_\t_\n\n\
        # newpar\n# text = Fine e-mail-ish\n\
        1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\t_\n\
        2\te-mail-ish\te-mail-ish\tNOUN\tNN\t_\t1\tobj\t_\t_\n\n";

    #[test]
    fn rebuilds_text_with_paragraphs_and_spans() {
        let gold = conllu::parse(FIXTURE, "fixture").unwrap();
        let raw = rebuild_raw(&gold);
        assert_eq!(raw.text, "We don't know. Ask Dr. Wu\n\nFine e-mail-ish");
        let forms: Vec<&str> = raw
            .tokens
            .iter()
            .map(|s| &raw.text[s.start..s.end])
            .collect();
        assert_eq!(
            forms,
            [
                "We",
                "don't",
                "know",
                ".",
                "Ask",
                "Dr.",
                "Wu",
                "Fine",
                "e-mail-ish"
            ]
        );
        let words: Vec<&str> = raw.words[0]
            .iter()
            .map(|s| &raw.text[s.start..s.end])
            .collect();
        assert_eq!(words, ["We", "do", "n't", "know", "."]);
        assert_eq!(raw.sentences.len(), 3);
    }

    #[test]
    fn evaluate_raw_gives_hand_computed_scores() {
        let gold = conllu::parse(FIXTURE, "fixture").unwrap();
        let scores = evaluate_raw(&gold);
        // System: "We" "don't"(do+n't merged) "know" "." | "Ask" "Dr." "Wu" | "Fine" "e-mail"
        // "-" "ish" (`e-` is a kept prefix, `mail-` is not): 11 system tokens, 9 gold, 8 matched
        // (all but `e-mail-ish`).
        assert_eq!((scores.gold_tokens, scores.system_tokens), (9, 11));
        let (p, r) = (8.0 / 11.0, 8.0 / 9.0);
        assert!((scores.token_precision - p).abs() < 1e-12);
        assert!((scores.token_recall - r).abs() < 1e-12);
        assert!((scores.token_f1 - 2.0 * p * r / (p + r)).abs() < 1e-12);
        // Sentences: the system finds all three (`.` + capital, then the blank line).
        assert_eq!(
            (
                scores.sentence_precision,
                scores.sentence_recall,
                scores.sentence_f1
            ),
            (1.0, 1.0, 1.0)
        );
    }

    #[test]
    fn align_pairs_only_identical_spans() {
        let s = |a, b| Span::new(a, b);
        for (gold, sys, want) in [
            (
                vec![s(0, 2), s(3, 5)],
                vec![s(0, 2), s(3, 5)],
                vec![(0, 0), (1, 1)],
            ),
            (vec![s(0, 5)], vec![s(0, 2), s(2, 5)], vec![]),
            (
                vec![s(0, 2), s(2, 5), s(6, 7)],
                vec![s(0, 5), s(6, 7)],
                vec![(2, 1)],
            ),
            (vec![], vec![s(0, 1)], vec![]),
        ] {
            assert_eq!(align(&gold, &sys), want);
        }
    }
}
