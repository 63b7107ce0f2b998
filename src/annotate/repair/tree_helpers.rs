//! Reading and reshaping the dependency tree: heads, dependents, extents, subject relations.

use crate::document::Token;

/// The head of token `i` (0-based) when it has one in the sentence: not for the root, a head
/// past the end, or a token that heads itself.
pub(super) fn head_of(tokens: &[Token], i: usize) -> Option<usize> {
    let h = tokens[i].head;
    (h > 0 && h <= tokens.len() && h - 1 != i).then(|| h - 1)
}

/// The dependents of token `h` (0-based), in sentence order.
pub(super) fn kids_of(tokens: &[Token], h: usize) -> impl Iterator<Item = usize> + '_ {
    (0..tokens.len()).filter(move |&c| tokens[c].head == h + 1)
}

/// True when token `k` hangs (within ten steps up the tree) below one of `heads`.
pub(super) fn under(tokens: &[Token], k: usize, heads: &[usize]) -> bool {
    let mut h = k;
    for _ in 0..10 {
        match head_of(tokens, h) {
            Some(up) if heads.contains(&up) => return true,
            Some(up) => h = up,
            None => return false,
        }
    }
    false
}

/// The first and last token (0-based) of the subtree of `h`.
pub(super) fn extent(tokens: &[Token], h: usize) -> (usize, usize) {
    let inside: Vec<usize> = (0..tokens.len())
        .filter(|&k| k == h || under(tokens, k, &[h]))
        .collect();
    (inside[0], inside[inside.len() - 1])
}

/// The commas right before and after the phrase of apposition `a` are its own, as UD hangs them.
pub(super) fn hang_commas_on(tokens: &mut [Token], a: usize) {
    let (from, to) = extent(tokens, a);
    for k in [from.checked_sub(1), Some(to + 1)].into_iter().flatten() {
        if k < tokens.len() && tokens[k].form == "," && tokens[k].deprel == "punct" {
            tokens[k].head = a + 1;
        }
    }
}

/// The first word of the phrase headed by `n` that is not punctuation (the parser hangs the
/// comma before an apposition on it).
pub(super) fn phrase_start(tokens: &[Token], n: usize) -> usize {
    let (from, _) = extent(tokens, n);
    (from..n).find(|&k| tokens[k].upos != "PUNCT").unwrap_or(n)
}

/// The comma that opens the phrase of `h`: hung on the phrase (its first token) or right
/// before it, wherever the parser hung it.
pub(super) fn opening_comma(tokens: &[Token], h: usize) -> Option<usize> {
    let first = extent(tokens, h).0;
    let comma = if tokens[first].form == "," {
        first
    } else {
        first.checked_sub(1)?
    };
    (tokens[comma].form == ",").then_some(comma)
}

/// The head of the name whose word `last` is: up from it through the name's own links (`flat`,
/// `compound`, `fixed`) while the head stays where `within` allows.
pub(super) fn name_head(tokens: &[Token], last: usize, within: impl Fn(usize) -> bool) -> usize {
    let mut n = last;
    while matches!(tokens[n].deprel.as_str(), "flat" | "compound" | "fixed") {
        match head_of(tokens, n).filter(|&h| within(h)) {
            Some(h) => n = h,
            None => break,
        }
    }
    n
}

/// The one subject of verb `v` (`nsubj` or `nsubj:pass`), when it has exactly one.
pub(super) fn sole_subject(tokens: &[Token], v: usize) -> Option<usize> {
    let mut subjects = kids_of(tokens, v).filter(|&k| tokens[k].deprel.starts_with("nsubj"));
    match (subjects.next(), subjects.next()) {
        (Some(s), None) => Some(s),
        _ => None,
    }
}

/// The subject relation a clause headed by `v` takes: `nsubj:pass` with a passive auxiliary.
pub(super) fn subject_rel(tokens: &[Token], v: usize) -> &'static str {
    if kids_of(tokens, v).any(|a| tokens[a].deprel == "aux:pass") {
        "nsubj:pass"
    } else {
        "nsubj"
    }
}

/// True when every token from `from` up to verb `v` is one of its auxiliaries or adverbs: the
/// verb's group starts at `from` ("..., has not said").
pub(super) fn verb_group_from(tokens: &[Token], from: usize, v: usize) -> bool {
    (from..v).all(|k| {
        head_of(tokens, k) == Some(v)
            && (tokens[k].deprel.starts_with("aux") || tokens[k].deprel == "advmod")
    })
}

/// Does token `h` have a `case` dependent whose lemma is `word` ("of", "on", ...)?
pub(super) fn has_case(tokens: &[Token], h: usize, word: &str) -> bool {
    kids_of(tokens, h)
        .any(|c| tokens[c].deprel == "case" && tokens[c].lemma.eq_ignore_ascii_case(word))
}

/// The verb that takes token `o` as its object (`obj`), when it comes before it.
pub(super) fn verb_of_object(tokens: &[Token], o: usize) -> Option<usize> {
    head_of(tokens, o).filter(|&v| v < o && tokens[o].deprel == "obj" && tokens[v].upos == "VERB")
}

/// Is `s`, a subject of verb `v` before it, a prepositional phrase ("with Seline Terminals",
/// the preposition maybe hung on a modifier, which repair 14 mends)?
pub(super) fn prepositional_subject(tokens: &[Token], s: usize, v: usize) -> bool {
    let start = extent(tokens, s).0;
    s < v && tokens[start].upos == "ADP" && tokens[start].deprel == "case"
}

/// Verb `v` heads a finite clause: it is tagged a past or present tense, or has an auxiliary.
pub(super) fn finite_clause(tokens: &[Token], v: usize) -> bool {
    matches!(tokens[v].xpos.as_str(), "VBD" | "VBZ" | "VBP")
        || kids_of(tokens, v).any(|k| tokens[k].deprel.starts_with("aux"))
}

/// True when a sentence ends in a full stop (or "!"): prose, not a headline.
pub(super) fn full_stop(tokens: &[Token]) -> bool {
    tokens
        .last()
        .is_some_and(|t| matches!(t.form.as_str(), "." | "!"))
}

/// True when the token before `q` is a comma, or a closing quote right after a comma.
pub(super) fn after_comma(tokens: &[Token], q: usize) -> bool {
    let form = |i: usize| tokens[i].form.as_str();
    match q {
        0 => false,
        _ if form(q - 1) == "," => true,
        1 => false,
        _ => matches!(form(q - 1), "\"" | "''" | "”" | "'") && form(q - 2) == ",",
    }
}

/// Verb `verb` takes noun `noun`'s place in the tree (its head and relation, the noun's left
/// empty for the caller to set), and the noun's dependents after the verb (the sentence's final
/// punctuation) move with it.
pub(super) fn take_place(tokens: &mut [Token], noun: usize, verb: usize) {
    let (head, deprel) = (tokens[noun].head, std::mem::take(&mut tokens[noun].deprel));
    tokens[verb].head = head;
    tokens[verb].deprel = deprel;
    for later in tokens.iter_mut().skip(verb + 1) {
        if later.head == noun + 1 {
            later.head = verb + 1;
        }
    }
}
