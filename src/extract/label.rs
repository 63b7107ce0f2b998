//! Short labels for concept nodes: a phrase's head lemma plus its most informative dependent
//! ("an immediate pause in strikes against energy infrastructure" → `energy pause`).
//!
//! The rule, from dependency roles only:
//! - a light noun (a small closed class: demand, call, request, ...) with a complement defers to
//!   the complement ("demand for halting military aid" → label of "halting military aid");
//! - a verbal head is labelled by its object and its lemma (`aid halt`);
//! - a nominal head takes its own compound modifier ("peace deal"), else the rightmost noun among
//!   its prepositional modifiers, which names the most specific thing (its compound if it has
//!   one: "... against energy infrastructure" → `energy`; a common noun before a proper one,
//!   which is mostly a place), else an adjective, else nothing.

use super::tree::Tree;

/// Nouns whose content is their complement. Kept small and closed on purpose.
pub(super) const LIGHT_NOUNS: &[&str] = &[
    "demand",
    "call",
    "request",
    "proposal",
    "plan",
    "offer",
    "decision",
    "effort",
    "attempt",
    "bid",
    "push",
    "pledge",
    "promise",
    "threat",
    "intention",
    "readiness",
    "willingness",
    "refusal",
];

/// Prepositions whose phrase says when or despite what, never what a thing is.
const CIRCUMSTANCE: &[&str] = &[
    "during",
    "after",
    "before",
    "until",
    "since",
    "amid",
    "despite",
    "throughout",
    "following",
];

/// The label of the phrase headed by token `h`.
pub fn concept_label(t: &Tree, h: usize) -> String {
    label(t, h, 0)
}

/// The clause that states what a light noun is about: "demand for halting aid", "refusal to
/// accept" (an `acl` or `xcomp` after the noun, marked by for/to/of/on or bare `xcomp`).
pub(super) fn content_clause(t: &Tree, h: usize) -> Option<usize> {
    if !LIGHT_NOUNS.contains(&t.lemma(h).as_str()) {
        return None;
    }
    t.children(h).iter().copied().find(|&c| {
        c > h
            && (t.rel(c) == "xcomp"
                || t.deprel(c) == "acl"
                    && t.kids(c, &["case", "mark"])
                        .any(|m| matches!(t.lemma(m).as_str(), "for" | "to" | "of" | "on")))
    })
}

fn word(t: &Tree, i: usize) -> String {
    if t.upos(i) == "PROPN" {
        t.form(i).to_string()
    } else {
        t.lemma(i)
    }
}

fn label(t: &Tree, h: usize, depth: usize) -> String {
    if depth < 3 && LIGHT_NOUNS.contains(&t.lemma(h).as_str()) {
        // Only complements that state the content: "demand for X", "call to X", "plan of X".
        let content = |c: usize| {
            t.kids(c, &["case", "mark"])
                .any(|m| matches!(t.lemma(m).as_str(), "for" | "to" | "of" | "on"))
        };
        // A clause states the content before an "of" phrase does: in "the refusal of NATO
        // countries to accept Kyiv" the "of" phrase is who refuses.
        let comp = content_clause(t, h).or_else(|| {
            t.children(h)
                .iter()
                .copied()
                .find(|&c| c > h && t.deprel(c) == "nmod" && content(c))
        });
        if let Some(c) = comp {
            return label(t, c, depth + 1);
        }
    }
    let head = word(t, h);
    if t.upos(h) == "VERB" {
        // A pronoun object names nothing ("that it hopes" is no `that hope`).
        return match t.kids(h, &["obj"]).next() {
            Some(o) if !matches!(t.upos(o), "PRON" | "DET") => format!("{} {head}", word(t, o)),
            _ => head,
        };
    }
    if t.upos(h) == "PROPN" {
        // A name labels itself: the head with its flat and proper-noun parts, as written (a
        // title such as "energy minister" is a role, not part of the name). EWT tags the first
        // word of "Saudi Arabia" ADJ with the proper-noun XPOS, attached as amod: it is part of
        // the name too, unlike "Ukrainian" (JJ) in "Ukrainian officials".
        let parts: Vec<usize> = t.subtree_without(h, |c| {
            let proper_adjective = t.rel(c) == "amod" && t.xpos(c).starts_with("NNP") && c < h;
            !(t.rel(c) == "flat"
                || t.rel(c) == "compound" && t.upos(c) == "PROPN"
                || proper_adjective)
        });
        return t.text(&parts);
    }
    if let Some(c) = t.kids(h, &["compound"]).filter(|&c| c < h).last() {
        return format!("{} {head}", word(t, c));
    }
    // The rightmost noun reached through prepositional modifiers, however the parser attached
    // them ("pause in strikes against energy infrastructure" → infrastructure). A common noun
    // names the thing; a trailing name is usually where it happens ("... infrastructure in
    // Ukraine"), so a proper noun labels only when no common noun is reached.
    let (mut common, mut proper) = (h, h);
    let mut stack: Vec<usize> = vec![h];
    let mut steps = 0;
    while let Some(n) = stack.pop() {
        steps += 1;
        if steps > 32 {
            break;
        }
        for m in t.kids_full(n, &["nmod"]) {
            // "pause in strikes during their phone call": when it happened is not what it is.
            let circumstance = t
                .kids(m, &["case"])
                .any(|c| CIRCUMSTANCE.contains(&t.lemma(c).as_str()));
            if m > h && matches!(t.upos(m), "NOUN" | "PROPN") && !circumstance {
                if t.upos(m) == "NOUN" {
                    common = common.max(m);
                } else {
                    proper = proper.max(m);
                }
                stack.push(m);
            }
        }
    }
    let cur = if common != h { common } else { proper };
    if cur != h {
        if t.upos(cur) == "PROPN" {
            return format!("{} {head}", label(t, cur, depth + 1));
        }
        let modifier = t
            .kids(cur, &["compound"])
            .filter(|&c| c < cur)
            .last()
            .unwrap_or(cur);
        return format!("{} {head}", word(t, modifier));
    }
    if let Some(a) = t.kids(h, &["amod"]).filter(|&a| a < h).last() {
        return format!("{} {head}", word(t, a));
    }
    head
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Span, Token};

    fn tokens(spec: &[(&str, &str, &str, usize, &str)]) -> Vec<Token> {
        spec.iter()
            .enumerate()
            .map(|(i, &(form, lemma, upos, head, deprel))| {
                let mut tk = Token::new(form, Span::new(i, i + 1));
                (tk.lemma, tk.upos, tk.head, tk.deprel) =
                    (lemma.into(), upos.into(), head, deprel.into());
                tk
            })
            .collect()
    }

    #[test]
    fn verbal_heads_take_noun_objects_only() {
        // "halting aid", "hoping that", "mending fences in Lima"
        let toks = tokens(&[
            ("halting", "halt", "VERB", 0, "root"),
            ("aid", "aid", "NOUN", 1, "obj"),
            ("hoping", "hope", "VERB", 1, "conj"),
            ("that", "that", "PRON", 3, "obj"),
        ]);
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 0), "aid halt");
        assert_eq!(concept_label(&t, 2), "hope");
    }

    #[test]
    fn a_place_after_the_thing_does_not_name_it() {
        // "talks on trade in Oslo" → trade talk; "talks in Oslo" → Oslo talk.
        let toks = tokens(&[
            ("talks", "talk", "NOUN", 0, "root"),
            ("on", "on", "ADP", 3, "case"),
            ("trade", "trade", "NOUN", 1, "nmod"),
            ("in", "in", "ADP", 5, "case"),
            ("Oslo", "Oslo", "PROPN", 3, "nmod"),
        ]);
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 0), "trade talk");
        let toks = tokens(&[
            ("talks", "talk", "NOUN", 0, "root"),
            ("in", "in", "ADP", 3, "case"),
            ("Oslo", "Oslo", "PROPN", 1, "nmod"),
        ]);
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 0), "Oslo talk");
    }

    #[test]
    fn when_it_happened_does_not_name_it() {
        // "a pause in strikes against energy sites during their phone call" → energy pause.
        let toks = tokens(&[
            ("pause", "pause", "NOUN", 0, "root"),
            ("in", "in", "ADP", 3, "case"),
            ("strikes", "strike", "NOUN", 1, "nmod"),
            ("against", "against", "ADP", 6, "case"),
            ("energy", "energy", "NOUN", 6, "compound"),
            ("sites", "site", "NOUN", 3, "nmod"),
            ("during", "during", "ADP", 10, "case"),
            ("their", "their", "PRON", 10, "nmod:poss"),
            ("phone", "phone", "NOUN", 10, "compound"),
            ("call", "call", "NOUN", 1, "nmod"),
        ]);
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 0), "energy pause");
    }

    #[test]
    fn a_proper_adjective_belongs_to_the_name() {
        // "talks in Saudi Arabia" (EWT: Saudi ADJ/NNP amod) → Saudi Arabia talk; "Ukrainian
        // officials" (ADJ/JJ) keeps the adjective out of a name.
        let mut toks = tokens(&[
            ("talks", "talk", "NOUN", 0, "root"),
            ("in", "in", "ADP", 4, "case"),
            ("Saudi", "Saudi", "ADJ", 4, "amod"),
            ("Arabia", "Arabia", "PROPN", 1, "nmod"),
        ]);
        toks[2].xpos = "NNP".into();
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 0), "Saudi Arabia talk");
        toks[2].xpos = "JJ".into();
        let t = Tree::new(&toks);
        assert_eq!(concept_label(&t, 0), "Arabia talk");
    }
}
