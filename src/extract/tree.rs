//! A read-only view of one parsed sentence as a dependency tree: children, subtrees, phrases.

use crate::document::Token;

/// Children lists over a sentence's tokens (0-based indices; UD heads are 1-based, 0 = root).
#[derive(Debug)]
pub struct Tree<'a> {
    pub tokens: &'a [Token],
    children: Vec<Vec<usize>>,
}

impl<'a> Tree<'a> {
    pub fn new(tokens: &'a [Token]) -> Tree<'a> {
        let mut children = vec![Vec::new(); tokens.len()];
        for (i, t) in tokens.iter().enumerate() {
            if t.head > 0 && t.head <= tokens.len() && t.head - 1 != i {
                children[t.head - 1].push(i);
            }
        }
        Tree { tokens, children }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The head of `i`, `None` for the root (or a malformed head).
    pub fn parent(&self, i: usize) -> Option<usize> {
        let h = self.tokens[i].head;
        (h > 0 && h <= self.tokens.len() && h - 1 != i).then(|| h - 1)
    }

    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// The basic relation of `i` without subtype (`nsubj:pass` -> `nsubj`).
    pub fn rel(&self, i: usize) -> &str {
        let d = self.tokens[i].deprel.as_str();
        d.split_once(':').map_or(d, |(a, _)| a)
    }

    /// The full relation of `i` (`nsubj:pass`).
    pub fn deprel(&self, i: usize) -> &str {
        &self.tokens[i].deprel
    }

    pub fn upos(&self, i: usize) -> &str {
        &self.tokens[i].upos
    }

    /// Lower-cased lemma, falling back to the form when the tagger left it empty.
    pub fn lemma(&self, i: usize) -> String {
        let t = &self.tokens[i];
        let l = if t.lemma.is_empty() || t.lemma == "_" {
            &t.form
        } else {
            &t.lemma
        };
        l.to_lowercase()
    }

    pub fn xpos(&self, i: usize) -> &str {
        &self.tokens[i].xpos
    }

    /// Word `i` is the determiner "no" that denies its noun ("no deal"), not the first part
    /// of a hyphenated compound ("a no-confidence vote", "a no-fly zone").
    pub fn is_denying_no(&self, i: usize) -> bool {
        self.lemma(i).eq_ignore_ascii_case("no") && !(i + 1 < self.len() && self.form(i + 1) == "-")
    }

    pub fn form(&self, i: usize) -> &str {
        &self.tokens[i].form
    }

    /// True when the token's features contain `feat` (e.g. `VerbForm=Part`).
    pub fn has_feat(&self, i: usize, feat: &str) -> bool {
        self.tokens[i].feats.split('|').any(|f| f == feat)
    }

    /// Children of `i` whose basic relation is one of `rels`.
    pub fn kids<'s>(&'s self, i: usize, rels: &'s [&str]) -> impl Iterator<Item = usize> + 's {
        self.children[i]
            .iter()
            .copied()
            .filter(move |&c| rels.contains(&self.rel(c)))
    }

    /// Children of `i` whose full relation is one of `deprels`.
    pub fn kids_full<'s>(
        &'s self,
        i: usize,
        deprels: &'s [&str],
    ) -> impl Iterator<Item = usize> + 's {
        self.children[i]
            .iter()
            .copied()
            .filter(move |&c| deprels.contains(&self.deprel(c)))
    }

    /// Tokens of the subtree of `i` in sentence order, leaving out the subtrees of the children for
    /// which `skip(child)` holds (only direct children of `i` are tested).
    pub fn subtree_without(&self, i: usize, skip: impl Fn(usize) -> bool) -> Vec<usize> {
        let mut out = vec![i];
        let mut stack: Vec<usize> = self.children[i]
            .iter()
            .copied()
            .filter(|&c| !skip(c))
            .collect();
        let mut guard = 0;
        while let Some(n) = stack.pop() {
            guard += 1;
            if guard > self.len() * 2 {
                break; // a cycle from a malformed parse: stop rather than loop
            }
            out.push(n);
            stack.extend(self.children[n].iter().copied());
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The whole subtree of `i`.
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        self.subtree_without(i, |_| false)
    }

    /// Drops punctuation and coordinating conjunctions at either edge of a phrase.
    pub fn trim(&self, mut toks: Vec<usize>) -> Vec<usize> {
        let edge = |t: usize| self.upos(t) == "PUNCT" || self.rel(t) == "cc";
        while toks.last().is_some_and(|&t| edge(t)) {
            toks.pop();
        }
        let lead = toks.iter().take_while(|&&t| edge(t)).count();
        toks.drain(..lead);
        toks
    }

    /// The longest run of consecutive tokens of `toks` that contains `head` (a phrase with a gap,
    /// such as a clause-level adverb before the subject, reads wrong).
    pub fn contiguous(&self, toks: Vec<usize>, head: usize) -> Vec<usize> {
        let Some(at) = toks.iter().position(|&t| t == head) else {
            return toks;
        };
        let mut a = at;
        while a > 0 && toks[a - 1] + 1 == toks[a] {
            a -= 1;
        }
        let mut b = at;
        while b + 1 < toks.len() && toks[b] + 1 == toks[b + 1] {
            b += 1;
        }
        toks[a..=b].to_vec()
    }

    /// The forms of `toks` joined by single spaces.
    pub fn text(&self, toks: &[usize]) -> String {
        let mut s = String::new();
        for &t in toks {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(self.form(t));
        }
        s
    }
}
