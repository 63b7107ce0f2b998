//! Fuzz target: the sentence splitter and tokenizer on arbitrary bytes (lossily decoded).
//!
//! Besides "never panics" it checks the invariants everything downstream relies on: spans are
//! in bounds and on char boundaries, tokens never overlap, and every non-space byte is covered.
#![no_main]

use libfuzzer_sys::fuzz_target;
use relgraph::{Document, Span};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut doc = Document::new("fuzz", text.clone());
    relgraph::text::segment(&mut doc);
    let mut covered = vec![false; text.len()];
    let mut last_end = 0;
    for s in &doc.sentences {
        assert!(s.span.start <= s.span.end && s.span.end <= text.len());
        for t in &s.tokens {
            assert!(
                t.span.start >= last_end,
                "tokens overlap at {}",
                t.span.start
            );
            assert!(t.span.start < t.span.end, "empty token at {}", t.span.start);
            assert_eq!(t.form, &text[t.span.start..t.span.end]);
            covered[t.span.start..t.span.end]
                .iter_mut()
                .for_each(|c| *c = true);
            last_end = t.span.end;
        }
    }
    for (i, c) in text.char_indices() {
        if !relgraph::text::is_space(c) {
            assert!(covered[i], "non-space {c:?} at byte {i} is in no token");
        }
    }
    let spans = relgraph::text::split_sentences(&text);
    assert_eq!(spans.len(), doc.sentences.len());
    let whole = relgraph::text::tokenize(&text, Span::new(0, text.len()));
    assert_eq!(whole.len(), covered_tokens(&doc));
});

fn covered_tokens(doc: &Document) -> usize {
    doc.sentences.iter().map(|s| s.tokens.len()).sum()
}
