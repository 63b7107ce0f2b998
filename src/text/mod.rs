//! Sentence splitting and tokenization with byte spans into the original text.
//!
//! PLACEHOLDER: a naive splitter that the text module replaces.

use crate::document::{Document, Sentence, Span, Token};

/// Splits `doc.text` into sentences and tokens, replacing any previous segmentation.
pub fn segment(doc: &mut Document) {
    let mut sentences = Vec::new();
    let text = &doc.text;
    let mut start = None;
    let mut tokens = Vec::new();
    let mut i = 0;
    let b = text.as_bytes();
    while i < b.len() {
        if b[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let s = i;
        while i < b.len() && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        start.get_or_insert(s);
        tokens.push(Token::new(&text[s..i], Span::new(s, i)));
        if text[s..i].ends_with('.') {
            sentences.push(Sentence {
                span: Span::new(start.take().unwrap_or(s), i),
                tokens: std::mem::take(&mut tokens),
            });
        }
    }
    if let Some(s) = start {
        sentences.push(Sentence {
            span: Span::new(s, i),
            tokens,
        });
    }
    doc.sentences = sentences;
}
