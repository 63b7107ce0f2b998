//! Sentence splitting and UD-style tokenization with byte spans into the original text.
//!
//! [`segment`] fills a document's sentences; [`split_sentences`] and [`tokenize`] expose the two
//! steps. Tokens follow UD English EWT conventions (see [`tokenize`](self::tokenize()) for the
//! list); every token's `form` is exactly the bytes of its span, so evidence can always be traced
//! back to the source. Everything is linear in the input length and never panics.

pub mod boundary;
#[cfg(feature = "train")]
pub mod boundary_train;
mod dateline;
pub use dateline::{dateline_city, dateline_region, is_dateline};
pub mod eval;
mod lexicon;
mod sentences;
mod tokenize;

pub use lexicon::CALENDAR;
pub use sentences::MAX_SENTENCE_TOKENS;
pub use tokenize::{DOLLAR_PREFIXES, is_space};

use crate::document::{Document, Sentence, Span, Token};
use tokenize::Piece;

/// Splits `doc.text` into sentences and tokens, replacing any previous segmentation.
///
/// # Examples
/// ```
/// let mut doc = relgraph::Document::new("d", "Mr. Putin didn't call. The U.S. did.");
/// relgraph::text::segment(&mut doc);
/// assert_eq!(doc.sentences.len(), 2);
/// let forms: Vec<&str> = doc.sentences[0].tokens.iter().map(|t| t.form.as_str()).collect();
/// assert_eq!(forms, ["Mr.", "Putin", "did", "n't", "call", "."]);
/// ```
pub fn segment(doc: &mut Document) {
    let text = &doc.text;
    let pieces = lex_all(text);
    doc.sentences = sentences::boundaries(text, &pieces)
        .into_iter()
        .map(|(a, b)| {
            let tokens = pieces[a..b].iter().map(|p| make_token(text, p)).collect();
            Sentence {
                span: Span::new(pieces[a].start, pieces[b - 1].end),
                tokens,
                repaired: false,
            }
        })
        .collect();
}

/// The byte spans of the sentences of `text`, in order; each runs from its first token's start
/// to its last token's end, so no span starts or ends with whitespace.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let pieces = lex_all(text);
    sentences::boundaries(text, &pieces)
        .into_iter()
        .map(|(a, b)| Span::new(pieces[a].start, pieces[b - 1].end))
        .collect()
}

/// Tokenizes `text[span]` into UD English tokens with absolute byte spans into `text`.
///
/// `space_after` is false when a non-whitespace character follows the token directly.
///
/// # Panics
/// If `span` is out of bounds or not on char boundaries of `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    assert!(
        text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
            && span.start <= span.end,
        "span {}..{} is not a char-boundary range of a {}-byte text",
        span.start,
        span.end,
        text.len()
    );
    let mut pieces = Vec::with_capacity(span.len() / 4 + 1);
    tokenize::lex(text, span.start, span.end, &mut pieces);
    pieces.iter().map(|p| make_token(text, p)).collect()
}

fn lex_all(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::with_capacity(text.len() / 4 + 1);
    tokenize::lex(text, 0, text.len(), &mut pieces);
    pieces
}

fn make_token(text: &str, p: &Piece) -> Token {
    let mut token = Token::new(&text[p.start..p.end], Span::new(p.start, p.end));
    token.space_after = text[p.end..].chars().next().is_none_or(is_space);
    token
}

#[cfg(test)]
mod tests;
