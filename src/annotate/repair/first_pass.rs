//! The first pass: repairs found together on one tree and only then applied, so none of them sees
//! another's edits.

use super::closing_reports::reporting_tails_read_as_conjuncts;
use super::complements::{accusations_on_objects, control_infinitives_on_objects};
use super::content_clauses::content_clauses;
use super::coordination::{finite_conjuncts_of_infinitives, stranded_conjuncts};
use super::inverted_reports::inverted_reporting;
use super::names::{noun_modifiers_read_as_subjects, split_names, titled_appositions};
use super::noun_phrases::{compounds_across_prepositions, possessive_read_as_iobj, stranded_cases};
use super::subjects::{ages_read_as_subjects, split_subjects};
use super::subordinators::{gap_phrases, subordinators_read_as_prepositions};
use super::times::{
    after_its_verb, second_time_subjects, time_subjects, times_on_subjects, times_read_as_heads,
};
use super::tree_helpers::{kids_of, prepositional_subject, subject_rel, take_place};
use crate::annotate::ner::roles;
use crate::document::Token;

/// The tokens with the first pass's repairs applied, or `None` when none of them found anything.
/// Every detector reads `tokens` as the parser left them; the edits follow in a fixed order.
pub(super) fn first_pass(tokens: &[Token]) -> Option<Vec<Token>> {
    let cases = stranded_cases(tokens);
    let possessives = possessive_read_as_iobj(tokens);
    let ages = ages_read_as_subjects(tokens);
    let across = compounds_across_prepositions(tokens);
    let fixes = inverted_reporting(tokens);
    let times = time_subjects(tokens);
    let contents = content_clauses(tokens);
    let mut second_times = second_time_subjects(tokens);
    let stranded = stranded_conjuncts(tokens);
    let controlled = control_infinitives_on_objects(tokens);
    let finite = finite_conjuncts_of_infinitives(tokens);
    // A stranded conjunct is no subject for `split_subjects` to read.
    second_times.extend(stranded.iter().map(|&(c, _)| c));
    let split = split_subjects(tokens, &second_times);
    second_times.retain(|w| !stranded.iter().any(|&(c, _)| c == *w));
    let modifiers = noun_modifiers_read_as_subjects(tokens);
    let tails = reporting_tails_read_as_conjuncts(tokens);
    let subordinators = subordinators_read_as_prepositions(tokens);
    let titled = titled_appositions(tokens);
    let names = split_names(tokens);
    let accusations = accusations_on_objects(tokens);
    let subject_times = times_on_subjects(tokens);
    let time_heads = times_read_as_heads(tokens);
    if cases.is_empty()
        && possessives.is_empty()
        && ages.is_empty()
        && across.is_empty()
        && fixes.is_empty()
        && times.is_empty()
        && contents.is_empty()
        && second_times.is_empty()
        && split.is_empty()
        && stranded.is_empty()
        && controlled.is_empty()
        && finite.is_empty()
        && modifiers.is_empty()
        && subordinators.is_empty()
        && tails.is_empty()
        && titled.is_empty()
        && names.is_empty()
        && accusations.is_empty()
        && subject_times.is_empty()
        && time_heads.is_empty()
    {
        return None;
    }
    let mut out = tokens.to_vec();
    for (case, head) in cases {
        out[case].head = head + 1;
    }
    for (name, age) in ages {
        // The comma after the age goes with the age, the name takes the subject relation.
        let rel = std::mem::take(&mut out[age].deprel);
        out[name].deprel = rel;
        out[age].head = name + 1;
        out[age].deprel = "amod".into();
        if out[age + 1].head != age + 1 {
            out[age + 1].head = age + 1;
        }
    }
    for (noun, head) in across {
        let (up, rel) = (out[head].head, out[head].deprel.clone());
        let verb_has_object = (0..out.len()).any(|k| out[k].head == up && out[k].deprel == "obj");
        let rel = if rel == "obl" && !verb_has_object {
            "obj".to_string()
        } else {
            rel
        };
        // The head's dependents before the noun (its determiner) go with the noun.
        for tk in out[..noun].iter_mut() {
            if tk.head == head + 1 {
                tk.head = noun + 1;
            }
        }
        // The preposition is the head's, not its compound's.
        for t in &mut out[noun + 1..head] {
            if t.deprel == "case" && t.head != head + 1 {
                t.head = head + 1;
            }
        }
        out[noun].head = up;
        out[noun].deprel = rel;
        out[head].head = noun + 1;
        out[head].deprel = "nmod".into();
    }
    for (pronoun, noun) in possessives {
        out[pronoun].head = noun + 1;
        out[pronoun].deprel = "nmod:poss".into();
    }
    for (conjunct, first) in stranded {
        out[conjunct].head = first + 1;
        out[conjunct].deprel = "conj".into();
    }
    for w in second_times {
        out[w].deprel = "obl:unmarked".into();
        if after_its_verb(tokens, w, tokens[w].head.saturating_sub(1)) {
            out[w].head = w;
        }
    }
    for (infinitive, verb) in controlled {
        out[infinitive].head = verb + 1;
        out[infinitive].deprel = "xcomp".into();
    }
    for (conjunct, first) in finite {
        out[conjunct].head = first + 1;
    }
    for (modifier, name, det) in modifiers {
        out[modifier].head = name + 1;
        out[modifier].deprel = "compound".into();
        if let Some(d) = det {
            out[d].head = name + 1;
        }
    }
    for t in tails {
        out[t.clause].head = t.first + 1;
        out[t.clause].deprel = "conj".into();
        out[t.cc].head = t.clause + 1;
        out[t.say].deprel = "parataxis".into();
    }
    for (noun, case, verb) in subordinators {
        // A prepositional phrase read as the verb's subject modifies the noun.
        let read_as_subject: Vec<usize> = kids_of(&out, verb)
            .filter(|&s| out[s].deprel.starts_with("nsubj") && prepositional_subject(&out, s, verb))
            .collect();
        for s in read_as_subject {
            (out[s].head, out[s].deprel) = (noun + 1, "nmod".into());
        }
        // Prepositional phrases between the subject and its verb modify the subject.
        let first = kids_of(&out, verb)
            .next()
            .filter(|&a| a < verb)
            .unwrap_or(verb);
        for r in gap_phrases(&out, noun, first).unwrap_or_default() {
            (out[r].head, out[r].deprel) = (noun + 1, "nmod".into());
        }
        if matches!(out[verb].deprel.as_str(), "acl" | "conj" | "parataxis") {
            // The clause verb was inside the phrase, or coordinated with or set beside a verb
            // above it: it takes the phrase's place (or keeps its own, when the phrase was
            // its own oblique).
            if out[noun].head != verb + 1 {
                out[verb].head = out[noun].head;
            }
            out[verb].deprel = "advcl".into();
        }
        if out[verb].deprel == "xcomp" {
            // "cut" read as a bare complement: the past tense of an adverbial clause.
            out[verb].deprel = "advcl".into();
            out[verb].xpos = "VBD".into();
        }
        out[noun].head = verb + 1;
        out[noun].deprel = subject_rel(&out, verb).into();
        out[case].head = verb + 1;
        out[case].deprel = "mark".into();
    }
    for (first, other) in split {
        out[other].head = first + 1;
        out[other].deprel = "conj".into();
    }
    for (noun, time) in time_heads {
        // The noun takes the time's place; the time's dependents before the noun (its
        // determiner) go with the noun.
        let (head, deprel) = (out[time].head, std::mem::take(&mut out[time].deprel));
        for tk in out[..noun].iter_mut() {
            if tk.head == time + 1 {
                tk.head = noun + 1;
            }
        }
        out[noun].head = head;
        out[noun].deprel = deprel;
        out[time].deprel = "obl:unmarked".into();
    }
    for (time, verb) in subject_times {
        out[time].head = verb + 1;
        out[time].deprel = "obl".into();
    }
    for (gerund, verb) in accusations {
        out[gerund].head = verb + 1;
        out[gerund].deprel = "advcl".into();
        if out[gerund - 1].head == gerund + 1 {
            out[gerund - 1].deprel = "mark".into();
        }
    }
    for (part, name) in names {
        // "Information Commissioner Dalia ...": a capitalised noun right before a title
        // names the office, a part of the name.
        let office = part + 1 == name && roles::is_role_word(&out[name].form);
        if out[part].upos == "NOUN" && !office {
            // "The former leader Saddam Hussein": the common noun heads, the name is its
            // apposition (as UD has it).
            out[name].head = part + 1;
            out[name].deprel = "appos".into();
            continue;
        }
        out[part].head = name + 1;
        // A title ("Mayor Tate") describes the name; anything else is part of it.
        let title = roles::is_role_word(&out[part].form) || roles::is_role_noun(&out[part].form);
        out[part].deprel = if title { "nmod:desc" } else { "compound" }.into();
    }
    for (appos, first, conjunct) in titled {
        out[appos].head = first + 1;
        out[appos].deprel = "conj".into();
        // The conjunct's title words and its coordinator go with the name.
        out[conjunct - 1].head = appos + 1;
        let title = conjunct + 1;
        out[conjunct].head = if title < appos { title + 1 } else { appos + 1 };
        out[conjunct].deprel = if out[conjunct].upos == "ADJ" {
            "amod"
        } else {
            "compound"
        }
        .into();
    }
    for (verb, that, teller) in contents {
        match teller {
            Some(t) => (out[verb].head, out[verb].deprel) = (t + 1, "ccomp".into()),
            None => out[verb].deprel = "acl".into(),
        }
        (out[that].deprel, out[that].upos) = ("mark".into(), "SCONJ".into());
    }
    for (verb, speaker) in fixes {
        out[verb].deprel = "parataxis".into();
        out[speaker].deprel = "nsubj".into();
    }
    for (noun, time, verb) in times {
        take_place(&mut out, noun, verb);
        let rel = subject_rel(&out, verb);
        out[noun].head = verb + 1;
        out[noun].deprel = rel.into();
        out[time].deprel = "obl:unmarked".into();
    }
    Some(out)
}
