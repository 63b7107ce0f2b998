//! Documents from pre-tokenised sentences (CaRB's input: one sentence per line, tokens separated by
//! spaces, PTB escapes such as `-LRB-` and ``` `` ```). Tokens are kept exactly: the document text
//! is the input, spans point at the original tokens, and only `Token::form` is unescaped so the
//! tagger sees the characters it was trained on.

use crate::document::{Document, Sentence, Span, Token};

/// PTB escapes and the characters UD corpora write instead.
const UNESCAPE: &[(&str, &str)] = &[
    ("-LRB-", "("),
    ("-RRB-", ")"),
    ("-LSB-", "["),
    ("-RSB-", "]"),
    ("-LCB-", "{"),
    ("-RCB-", "}"),
    ("``", "\""),
    ("''", "\""),
];

/// The form a tagger trained on UD should see for PTB token `tok`.
pub fn unescape(tok: &str) -> &str {
    UNESCAPE
        .iter()
        .find(|(e, _)| *e == tok)
        .map_or(tok, |(_, u)| u)
}

/// One document whose sentences are the non-empty `lines`, tokenised on spaces.
///
/// The text is the lines joined by `\n`; every token's span covers its original bytes.
pub fn document(id: &str, lines: &[&str]) -> Document {
    let mut text = String::new();
    let mut sentences = Vec::with_capacity(lines.len());
    for line in lines {
        if !text.is_empty() {
            text.push('\n');
        }
        let base = text.len();
        text.push_str(line);
        let mut tokens = Vec::new();
        let mut pos = 0;
        for tok in line.split(' ') {
            if !tok.is_empty() {
                let span = Span::new(base + pos, base + pos + tok.len());
                tokens.push(Token::new(unescape(tok), span));
            }
            pos += tok.len() + 1;
        }
        sentences.push(Sentence {
            span: Span::new(base, base + line.len()),
            tokens,
            repaired: false,
        });
    }
    let mut doc = Document::new(id, text);
    doc.sentences = sentences;
    doc
}

/// One document from CoNLL-U sentences with their trees (for extracting over gold or saved parses).
pub fn document_from_conllu(id: &str, sentences: &[crate::conllu::ConllSentence]) -> Document {
    let mut doc = Document::new(id, String::new());
    for s in sentences {
        if !doc.text.is_empty() {
            doc.text.push('\n');
        }
        let (sentence, text) = s.to_sentence(doc.text.len());
        doc.text.push_str(&text);
        doc.sentences.push(sentence);
    }
    doc
}

/// Runs every stage of `pipeline` but segmentation over an already tokenised document.
pub fn annotate_tokenized(
    pipeline: &crate::annotate::Pipeline,
    doc: &mut Document,
) -> crate::Result<()> {
    for stage in pipeline.stages().filter(|s| s.name() != "segment") {
        stage.annotate(doc)?;
    }
    Ok(())
}

/// Copies tags and trees from CoNLL-U sentences onto a pre-tokenised document, sentence by
/// sentence (for scoring extraction on saved or gold parses). Fails when the tokens differ in number.
pub fn copy_annotation(
    doc: &mut Document,
    parsed: &[crate::conllu::ConllSentence],
    name: &str,
) -> crate::Result<()> {
    if parsed.len() != doc.sentences.len() {
        return Err(crate::Error::input(
            name,
            format!(
                "has {} sentences, the input has {}; parse the same sentence file",
                parsed.len(),
                doc.sentences.len()
            ),
        ));
    }
    for (si, (s, p)) in doc.sentences.iter_mut().zip(parsed).enumerate() {
        if s.tokens.len() != p.words.len() {
            return Err(crate::Error::input(
                name,
                format!(
                    "sentence {} has {} words, the input has {} tokens",
                    si + 1,
                    p.words.len(),
                    s.tokens.len()
                ),
            ));
        }
        for (t, w) in s.tokens.iter_mut().zip(&p.words) {
            t.lemma = w.lemma.clone();
            t.upos = w.upos.clone();
            t.xpos = w.xpos.clone();
            t.feats = w.feats.clone();
            t.head = w.head;
            t.deprel = w.deprel.clone();
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_point_at_the_original_tokens() {
        let lines = [
            "He said -LRB- quietly -RRB- `` no '' .",
            "Coca - Cola  rose 32.7 % .",
        ];
        let doc = document("t", &lines);
        for (si, line) in lines.iter().enumerate() {
            let original: Vec<&str> = doc.sentences[si]
                .tokens
                .iter()
                .map(|t| doc.slice(t.span))
                .collect();
            assert_eq!(original, line.split_whitespace().collect::<Vec<_>>());
            assert_eq!(doc.slice(doc.sentences[si].span), *line);
        }
        let forms: Vec<&str> = doc.sentences[0]
            .tokens
            .iter()
            .map(|t| t.form.as_str())
            .collect();
        assert_eq!(
            forms,
            ["He", "said", "(", "quietly", ")", "\"", "no", "\"", "."]
        );
    }
}
