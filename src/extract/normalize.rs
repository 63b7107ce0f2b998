//! Relation normalisation: the lemma phrase a graph edge is keyed by (`agree to`, `reject`,
//! `meet with`), without auxiliaries, negation or modals, which become edge attributes instead.

use super::clause::{Extraction, Kind, RelWord};
use super::tree::Tree;

/// The normalised relation of `e`: verbs and nouns as lemmas, copula and appositions as `be`,
/// passive participles kept as written (`be killed by`), prepositions and particles lower-cased.
pub fn relation(t: &Tree, e: &Extraction) -> String {
    let mut words: Vec<String> = Vec::new();
    if e.passive {
        words.push("be".into());
    }
    for w in &e.relation {
        match *w {
            RelWord::Lit(s) => words.push(match s {
                "is" => "be".into(),
                "has" => "have".into(),
                _ => s.into(),
            }),
            RelWord::Tok(i) => {
                let lemma = t.lemma(i);
                match t.rel(i) {
                    // The negation of an infinitive the predicate governs is part of the
                    // relation ("agree not to take"): the predicate itself is not denied.
                    "advmod" if t.parent(i) != e.predicate && super::clause::is_negation(t, i) => {
                        words.push("not".into())
                    }
                    // Auxiliaries, modals and the predicate's negation become edge attributes.
                    "aux" | "advmod" => {}
                    "cop" => words.push("be".into()),
                    _ if e.passive && Some(i) == e.predicate => {
                        words.push(t.form(i).to_lowercase())
                    }
                    _ if e.kind == Kind::Nominal
                        || matches!(t.upos(i), "VERB" | "NOUN" | "AUX") =>
                    {
                        words.push(lemma)
                    }
                    _ => words.push(t.form(i).to_lowercase()),
                }
            }
        }
    }
    words.dedup();
    words.join(" ")
}

/// The relation as written: its tokens' forms in sentence order.
pub fn surface(t: &Tree, e: &Extraction) -> String {
    let words: Vec<&str> = e
        .relation
        .iter()
        .map(|w| match *w {
            RelWord::Lit(s) => s,
            RelWord::Tok(i) => t.form(i),
        })
        .collect();
    words.join(" ")
}
