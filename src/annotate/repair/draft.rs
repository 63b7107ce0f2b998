//! The tokens under repair: the parser's own until a repair first changes one, then a copy.

use crate::document::Token;

/// A sentence's tokens as the repairs so far left them. Nothing is copied until the first edit,
/// so a sentence that needs no repair (the common case) costs no copy.
#[derive(Debug)]
pub(super) struct Draft<'a> {
    /// The tokens as the parser made them.
    original: &'a [Token],
    /// The repaired copy, once a repair has asked to edit.
    fixed: Option<Vec<Token>>,
}

impl<'a> Draft<'a> {
    /// A draft of `original`, or of `fixed` when the repairs before it already made a copy.
    pub(super) fn new(original: &'a [Token], fixed: Option<Vec<Token>>) -> Self {
        Draft { original, fixed }
    }

    /// The tokens as they stand: the copy if there is one, else the original.
    pub(super) fn base(&self) -> &[Token] {
        self.fixed.as_deref().unwrap_or(self.original)
    }

    /// The copy to edit, made from the original on first use.
    pub(super) fn edit(&mut self) -> &mut Vec<Token> {
        self.fixed.get_or_insert_with(|| self.original.to_vec())
    }

    /// The repaired tokens, or `None` when no repair asked to edit.
    pub(super) fn finish(self) -> Option<Vec<Token>> {
        self.fixed
    }
}
