//! Subordinators ("after", "until", "provided that") read as prepositions or verbs, and the clauses
//! they open.
//!
//! The subordinator read as a preposition. "walked out after talks collapsed" can come out
//! with "after talks" a phrase and "collapsed" without a subject: the noun is the clause's
//! subject and "after" its `mark`.
//!
//! [`subordinators_read_as_prepositions`] is mended by the first pass ([`super::first_pass`]),
//! together with the other errors it finds; the `fix_` functions here run after it, in the order of
//! [`super::REPAIRS`].

use super::draft::Draft;
use super::tree_helpers::{
    extent, finite_clause, head_of, kids_of, prepositional_subject, sole_subject, subject_rel,
    under,
};
use super::words::says_or_thinks;
use crate::annotate::pos::SAME_IN_PAST;
use crate::document::Token;

/// Triples (noun, subordinator, verb): the subject of an adverbial clause read as the object
/// of its subordinator. In "walked off the job after talks with the ministry collapsed" the
/// parser can hang "after talks" on "job" and leave "collapsed" without a subject. A finite
/// verb with no subject, right after such a phrase, is its clause: the noun is the subject and
/// "after" marks the clause. So is one read as a conjunct with neither "and" nor a comma
/// before it ("would continue until the government made an offer" with "made" a conjunct of
/// "told").
pub(super) fn subordinators_read_as_prepositions(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        // "after the chipmaker cut its forecast": a past tense that looks like the base form,
        // tagged VB and read as a bare complement (`xcomp`) of the main verb.
        let bare_past = tk.xpos == "VB"
            && tk.deprel == "xcomp"
            && SAME_IN_PAST.contains(&tk.form.to_lowercase().as_str());
        let finite = matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP")
            || bare_past
            || kids_of(tokens, v).any(|a| tokens[a].deprel.starts_with("aux") && a < v);
        // A conjunct with neither a coordinator nor a comma before it is no conjunct; nor is
        // one whose comma closes an apposition ("after the owner, Nordmetal, refused").
        let closes_apposition = |p: usize| {
            p > 0 && {
                let before = p - 1;
                tokens[before].deprel == "appos"
                    || head_of(tokens, before).is_some_and(|h| tokens[h].deprel == "appos")
            }
        };
        let bare_conjunct = tk.deprel == "conj"
            && !kids_of(tokens, v)
                .any(|k| k < v && tokens[k].deprel == "punct" && !closes_apposition(k));
        // A verb tagged finite is no open complement ("opened an investigation after drivers
        // reported ..." with "reported" an `xcomp` of "opened").
        // Nor a modifier of a noun ("the latest turn in shifting relations as Trump made
        // ending the conflict a priority" with "made" an `acl` of "turn").
        let finite_xcomp = matches!(tk.deprel.as_str(), "xcomp" | "acl")
            && matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP");
        // Nor a complement of a verb that reports nothing ("will serve as acting mayor until
        // the city council elects a successor" with "elects" a `ccomp` of "serve").
        let odd_ccomp = tk.deprel == "ccomp"
            && head_of(tokens, v).is_some_and(|h| {
                tokens[h].upos == "VERB" && !says_or_thinks(&tokens[h].lemma.to_lowercase())
            });
        if tk.upos != "VERB"
            || !finite
            || !(matches!(tk.deprel.as_str(), "advcl" | "parataxis")
                || bare_conjunct
                || bare_past
                || finite_xcomp
                || odd_ccomp)
            || kids_of(tokens, v).any(|s| {
                (tokens[s].deprel.starts_with("nsubj") && !prepositional_subject(tokens, s, v))
                    || matches!(tokens[s].deprel.as_str(), "mark" | "cc")
            })
        {
            continue;
        }
        // "walked out after talks between the union and the operator broke down" with "after
        // talks" the verb's own oblique and "between ..." its subject.
        let own = kids_of(tokens, v).next().filter(|&a| {
            a < v
                && tokens[a].deprel == "obl"
                && matches!(tokens[a].upos.as_str(), "NOUN" | "PROPN")
                && kids_of(tokens, v).any(|s| {
                    s > a
                        && tokens[s].deprel.starts_with("nsubj")
                        && prepositional_subject(tokens, s, v)
                })
        });
        if let Some((a, c)) = own.and_then(|a| clause_or_phrase_case(tokens, a).map(|c| (a, c)))
            && extent(tokens, a).0 == c
        {
            out.push((a, c, v));
            continue;
        }
        // The phrase that ends right before the verb (or its auxiliaries, or a prepositional
        // phrase read as its subject: "after talks with Seline Terminals broke down").
        let first = kids_of(tokens, v)
            .next()
            .filter(|&a| a < v)
            .map_or(v, |a| extent(tokens, a).0);
        if first == 0 {
            continue;
        }
        // The noun whose phrase ends there and carries the subordinator: "after an outbreak
        // of measles killed ..." passes over "measles".
        let Some((noun, case)) = (0..first).rev().find_map(|n| {
            let ends_here = matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN" | "PRON")
                && gap_phrases(tokens, n, first).is_some()
                && !under(tokens, v, &[n]);
            ends_here
                .then(|| clause_or_phrase_case(tokens, n))
                .flatten()
                .map(|c| (n, c))
        }) else {
            continue;
        };
        if extent(tokens, noun).0 == case {
            out.push((noun, case, v));
        }
    }
    out.extend(clauses_inside_phrases(tokens));
    out
}

/// Triples (noun, subordinator, verb) as [`subordinators_read_as_prepositions`] has them, when
/// the parser went further and hung the clause's verb inside the phrase: "after talks between
/// the union and the ministry collapsed" with "collapsed" an `acl` of "ministry". A verb tagged
/// finite (past or present) with no subject, marker or auxiliary modifies no noun; under a
/// phrase opened by "after", "before", ..., it is that phrase's clause. So is a past participle
/// without an auxiliary that ends the phrase (the tagger's VBD/VBN confusion: "after OPEC and
/// its allies agreed to extend cuts").
fn clauses_inside_phrases(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB"
            || tk.deprel != "acl"
            || !matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP" | "VBN")
            || kids_of(tokens, v).any(|s| {
                let d = tokens[s].deprel.as_str();
                d.starts_with("nsubj") || d.starts_with("aux") || matches!(d, "mark" | "cc")
            })
        {
            continue;
        }
        // Up from the verb to the noun whose phrase opens with the subordinator.
        let mut n = v;
        // Bounded: a malformed tree may have a cycle.
        let mut found = None;
        for _ in 0..tokens.len() {
            let Some(up) = head_of(tokens, n) else {
                break;
            };
            n = up;
            if !matches!(tokens[n].upos.as_str(), "NOUN" | "PROPN" | "PRON") {
                break;
            }
            if let Some(case) = clause_or_phrase_case(tokens, n) {
                found = (extent(tokens, n).0 == case).then_some((n, case));
                break;
            }
        }
        // A participle ("after OPEC and its allies agreed to extend cuts", "agreed" tagged
        // VBN) is the clause's verb only when no finite verb follows it in the phrase ("after
        // the troops stationed there left" is a participle on "troops").
        let finite_after = |n: usize| {
            (v + 1..=extent(tokens, n).1).any(|k| {
                tokens[k].upos == "VERB" && matches!(tokens[k].xpos.as_str(), "VBD" | "VBZ" | "VBP")
            })
        };
        // Not after "as": "as a doctor specialised in ...", "as many as 300 people killed".
        let participle_ok = |noun: usize, case: usize| {
            !finite_after(noun) && tokens[case].lemma.to_lowercase() != "as"
        };
        if let Some((noun, case)) = found
            && (tk.xpos != "VBN" || participle_ok(noun, case))
        {
            out.push((noun, case, v));
        }
    }
    out
}

/// The prepositional phrases between the phrase of noun `n` and token `first`, when nothing
/// else is there: "after the worst drought in fifty years destroyed" with "in fifty years"
/// hung on the main verb. `Some(empty)` when the noun's phrase ends right before `first`.
pub(super) fn gap_phrases(tokens: &[Token], n: usize, first: usize) -> Option<Vec<usize>> {
    let end = extent(tokens, n).1;
    if end >= first {
        return None;
    }
    let gap = end + 1..first;
    let roots: Vec<usize> = gap
        .clone()
        .filter(|&k| !head_of(tokens, k).is_some_and(|h| gap.contains(&h)))
        .collect();
    let prepositional = |r: usize| {
        matches!(tokens[r].deprel.as_str(), "obl" | "nmod")
            && matches!(tokens[r].upos.as_str(), "NOUN" | "PROPN")
            && has_case_first(tokens, r)
            && extent(tokens, r).0 >= gap.start
            && extent(tokens, r).1 < gap.end
    };
    roots.iter().all(|&r| prepositional(r)).then_some(roots)
}

/// Does the phrase of `r` start with its preposition (a `case` dependent that is an ADP)?
fn has_case_first(tokens: &[Token], r: usize) -> bool {
    let start = extent(tokens, r).0;
    tokens[start].upos == "ADP"
        && tokens[start].deprel == "case"
        && head_of(tokens, start) == Some(r)
}

/// Words that start a clause ("after talks collapsed") as well as a phrase ("after the talks").
const CLAUSE_OR_PHRASE: &[&str] = &["after", "before", "until", "since", "as"];

/// The "after", "before", ... that noun `n` carries as its preposition (`case`), if any.
pub(super) fn clause_or_phrase_case(tokens: &[Token], n: usize) -> Option<usize> {
    kids_of(tokens, n).find(|&c| {
        c < n
            && tokens[c].deprel == "case"
            && CLAUSE_OR_PHRASE.contains(&tokens[c].lemma.to_lowercase().as_str())
    })
}

/// Repair 88: mends what [`provided_that`] finds.
pub(super) fn fix_provided_that(d: &mut Draft) {
    for (provided, clause) in provided_that(d.base()) {
        let fixed = d.edit();
        let head = fixed[provided].head;
        (fixed[clause].head, fixed[clause].deprel) = (head, "advcl".into());
        (fixed[provided].head, fixed[provided].deprel) = (clause + 1, "mark".into());
        fixed[provided].upos = "SCONJ".into();
        (fixed[provided + 1].head, fixed[provided + 1].deprel) = (provided + 1, "fixed".into());
        // The comma before it opens the condition.
        fixed[provided - 1].head = clause + 1;
    }
}

/// Repair 88: "provided that" read as a verb.
///
/// Pairs ("provided", clause): "two dissents made a June cut more likely, provided that April
/// wage data showed some moderation" comes out with the economist providing the clause. After a
/// comma, "provided that" or "providing that" with no subject or object of its own opens a
/// condition: it marks the clause, which modifies what "provided" hung on.
fn provided_that(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for p in 1..tokens.len().saturating_sub(2) {
        let word = matches!(
            tokens[p].form.to_lowercase().as_str(),
            "provided" | "providing"
        );
        if !word || tokens[p - 1].form != "," || !tokens[p + 1].form.eq_ignore_ascii_case("that") {
            continue;
        }
        let own = kids_of(tokens, p).any(|k| {
            tokens[k].deprel.starts_with("nsubj")
                || matches!(tokens[k].deprel.as_str(), "obj" | "aux")
        });
        let clause = kids_of(tokens, p).find(|&c| c > p + 1 && tokens[c].deprel == "ccomp");
        if let (false, Some(c), true) = (own, clause, tokens[p].head > 0) {
            out.push((p, c));
        }
    }
    out
}

/// Repair 90: mends what [`objects_read_as_subjects_of_clauses`] finds.
pub(super) fn fix_objects_read_as_subjects_of_clauses(d: &mut Draft) {
    for (object, noun, subordinator, clause) in objects_read_as_subjects_of_clauses(d.base()) {
        let fixed = d.edit();
        fixed[object].deprel = "obj".into();
        let verb = fixed[clause].head;
        fixed[object].head = verb;
        fixed[clause].deprel = "advcl".into();
        let rel = subject_rel(fixed, clause);
        (fixed[noun].head, fixed[noun].deprel) = (clause + 1, rel.into());
        let c = &mut fixed[subordinator];
        (c.head, c.deprel, c.upos) = (clause + 1, "mark".into(), "SCONJ".into());
    }
}

/// Repair 90: the object read as the subject of the clause after it.
///
/// (object, noun, subordinator, clause): "attached strict conditions after some patients in
/// clinical trials suffered brain swelling" can come out with "suffered" a complement of
/// "attached", "conditions" its subject and "after some patients" a modifier of the conditions.
/// A verb that reports nothing takes no clause with a subject before it: when the clause's
/// subject phrase ends in a phrase opened by "after", "before", "until", "since" or "as", the
/// subject is the verb's object, the noun of that phrase the clause's subject, and the word its
/// subordinator.
fn objects_read_as_subjects_of_clauses(tokens: &[Token]) -> Vec<(usize, usize, usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" || tk.deprel != "ccomp" || !finite_clause(tokens, v) {
            continue;
        }
        let Some(h) = head_of(tokens, v).filter(|&h| {
            h < v
                && tokens[h].upos == "VERB"
                && !says_or_thinks(&tokens[h].lemma.to_lowercase())
                && !kids_of(tokens, h)
                    .any(|k| matches!(tokens[k].deprel.as_str(), "obj" | "ccomp") && k != v)
        }) else {
            continue;
        };
        if kids_of(tokens, v).any(|k| matches!(tokens[k].deprel.as_str(), "mark" | "cc")) {
            continue;
        }
        let Some(s) = sole_subject(tokens, v).filter(|&s| h < s && s < v) else {
            continue;
        };
        // Between the subject phrase and the verb only the verb's auxiliaries and adverbs.
        let (start, end) = extent(tokens, s);
        let adjacent = (end + 1..v).all(|k| {
            head_of(tokens, k) == Some(v)
                && matches!(tokens[k].deprel.as_str(), "aux" | "aux:pass" | "advmod")
        });
        if start <= h || !adjacent {
            continue;
        }
        let phrase = kids_of(tokens, s).find_map(|p| {
            let c = clause_or_phrase_case(tokens, p)?;
            let (from, to) = extent(tokens, p);
            (p > s && tokens[p].deprel == "nmod" && from == c && to == end).then_some((p, c))
        });
        if let Some((p, c)) = phrase {
            out.push((s, p, c, v));
        }
    }
    out
}

#[cfg(test)]
#[path = "subordinators_tests.rs"]
mod tests;
