//! A readable terminal view of a parsed sentence: the tree as an indented outline drawn with
//! box characters, children in sentence order under their head.

use std::fmt::Write as _;

use crate::document::Token;

/// Renders the dependency tree of `tokens` (heads 1-based, 0 = root), one token per line:
/// `form  deprel  UPOS  #index`. Tokens no root reaches (a malformed tree) are listed at the
/// end as extra roots, so nothing is ever dropped.
pub fn render(tokens: &[Token]) -> String {
    let n = tokens.len();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    for (i, t) in tokens.iter().enumerate() {
        let h = if t.head <= n { t.head } else { 0 };
        children[h].push(i + 1);
    }
    let mut out = String::new();
    let mut seen = vec![false; n + 1];
    for &r in &children[0] {
        draw(tokens, &children, r, "", None, &mut seen, &mut out);
    }
    for i in 1..=n {
        if !seen[i] {
            draw(tokens, &children, i, "", None, &mut seen, &mut out);
        }
    }
    out
}

/// Draws `node` and its subtree. `last` is `None` for a root line, else whether `node` is its
/// head's last child (which decides between `├──` and `└──`).
fn draw(
    tokens: &[Token],
    children: &[Vec<usize>],
    node: usize,
    prefix: &str,
    last: Option<bool>,
    seen: &mut [bool],
    out: &mut String,
) {
    if seen[node] {
        return; // a cycle in a malformed tree
    }
    seen[node] = true;
    let t = &tokens[node - 1];
    let branch = match last {
        None => "",
        Some(true) => "└── ",
        Some(false) => "├── ",
    };
    let upos = if t.upos.is_empty() { "_" } else { &t.upos };
    let rel = if t.deprel.is_empty() { "_" } else { &t.deprel };
    let _ = writeln!(out, "{prefix}{branch}{}  {rel}  {upos}  #{node}", t.form);
    let child_prefix = match last {
        None => prefix.to_string(),
        Some(true) => format!("{prefix}    "),
        Some(false) => format!("{prefix}│   "),
    };
    let kids = &children[node];
    for (k, &c) in kids.iter().enumerate() {
        draw(
            tokens,
            children,
            c,
            &child_prefix,
            Some(k + 1 == kids.len()),
            seen,
            out,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Span;

    fn tok(form: &str, head: usize, rel: &str, upos: &str) -> Token {
        let mut t = Token::new(form, Span::default());
        t.head = head;
        t.deprel = rel.into();
        t.upos = upos.into();
        t
    }

    #[test]
    fn draws_an_outline_in_sentence_order() {
        let s = [
            tok("The", 2, "det", "DET"),
            tok("dog", 3, "nsubj", "NOUN"),
            tok("barked", 0, "root", "VERB"),
            tok("loudly", 3, "advmod", "ADV"),
            tok(".", 3, "punct", "PUNCT"),
        ];
        let want = "\
barked  root  VERB  #3
├── dog  nsubj  NOUN  #2
│   └── The  det  DET  #1
├── loudly  advmod  ADV  #4
└── .  punct  PUNCT  #5
";
        assert_eq!(render(&s), want);
    }

    #[test]
    fn a_cycle_still_lists_every_token_once() {
        let s = [tok("a", 2, "dep", "X"), tok("b", 1, "dep", "X")];
        let r = render(&s);
        assert_eq!(r.lines().count(), 2, "{r}");
    }
}
