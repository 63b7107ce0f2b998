//! Builds hand-annotated sentences for the repair tests.

use super::repaired;
use crate::document::{Span, Token};

/// The (head, relation) of every token.
pub(super) fn arcs_of(tokens: &[Token]) -> Vec<(usize, &str)> {
    tokens.iter().map(|t| (t.head, t.deprel.as_str())).collect()
}

/// The tokens of `spec` after the repairs, or as they are when nothing was repaired.
pub(super) fn repaired_or_same(spec: &[(&str, &str, &str, &str, usize, &str)]) -> Vec<Token> {
    repaired(&tokens(spec)).unwrap_or_else(|| tokens(spec))
}

pub(super) fn tokens(spec: &[(&str, &str, &str, &str, usize, &str)]) -> Vec<Token> {
    spec.iter()
        .enumerate()
        .map(|(i, &(form, lemma, upos, xpos, head, deprel))| {
            let mut tk = Token::new(form, Span::new(i, i + 1));
            (tk.lemma, tk.upos, tk.xpos, tk.head, tk.deprel) =
                (lemma.into(), upos.into(), xpos.into(), head, deprel.into());
            tk
        })
        .collect()
}
