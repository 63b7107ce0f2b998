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
const LIGHT_NOUNS: &[&str] = &[
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

/// The label of the phrase headed by token `h`.
pub fn concept_label(t: &Tree, h: usize) -> String {
    label(t, h, 0)
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
        let comp = t.children(h).iter().copied().find(|&c| {
            c > h
                && (matches!(t.rel(c), "acl" | "xcomp") && t.deprel(c) != "acl:relcl"
                    || t.deprel(c) == "nmod")
                && (t.rel(c) == "xcomp" || content(c))
        });
        if let Some(c) = comp {
            return label(t, c, depth + 1);
        }
    }
    let head = word(t, h);
    if t.upos(h) == "VERB" {
        return match t.kids(h, &["obj"]).next() {
            Some(o) => format!("{} {head}", word(t, o)),
            None => head,
        };
    }
    if t.upos(h) == "PROPN" {
        // A name labels itself: the head with its flat and proper-noun parts, as written (a
        // title such as "energy minister" is a role, not part of the name).
        let parts: Vec<usize> = t.subtree_without(h, |c| {
            !(t.rel(c) == "flat" || t.rel(c) == "compound" && t.upos(c) == "PROPN")
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
            if m > h && matches!(t.upos(m), "NOUN" | "PROPN") {
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
