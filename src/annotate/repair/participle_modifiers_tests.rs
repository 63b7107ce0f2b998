//! Tests of the repairs in `participle_modifiers.rs`.

use super::*;
use crate::annotate::repair::repaired;
use crate::annotate::repair::testing::{arcs_of, tokens};

#[test]
fn a_participle_on_the_subject_is_no_clause_of_its_own() {
    // "They walked out after talks mediated by the ministry broke down ." with "mediated"
    // the clause ("after" its mark, "talks" its subject) and "broke" without a subject.
    let spec = [
        ("They", "they", "PRON", "PRP", 2, "nsubj"),
        ("walked", "walk", "VERB", "VBD", 0, "root"),
        ("out", "out", "ADP", "RP", 2, "compound:prt"),
        ("after", "after", "SCONJ", "IN", 6, "mark"),
        ("talks", "talk", "NOUN", "NNS", 6, "nsubj"),
        ("mediated", "mediate", "VERB", "VBN", 10, "advcl"),
        ("by", "by", "ADP", "IN", 9, "case"),
        ("the", "the", "DET", "DT", 9, "det"),
        ("ministry", "ministry", "NOUN", "NN", 6, "obl:agent"),
        ("broke", "break", "VERB", "VBD", 2, "advcl"),
        ("down", "down", "ADP", "RP", 10, "compound:prt"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    assert_eq!(participles_read_as_clauses(&tokens(&spec)), [(4, 5, 9)]);
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[3..6], [(10, "mark"), (10, "nsubj"), (5, "acl")]);
    // With an auxiliary the participle is a verb ("after talks were mediated ...").
    let mut were = spec;
    were[6] = ("were", "be", "AUX", "VBD", 6, "aux:pass");
    assert!(participles_read_as_clauses(&tokens(&were)).is_empty());
}

#[test]
fn neighbouring_before_a_name_modifies_it() {
    // "Rothmoor is based in neighbouring Haldria ." with "neighbouring" a clause.
    let spec = [
        ("Rothmoor", "Rothmoor", "PROPN", "NNP", 3, "nsubj:pass"),
        ("is", "be", "AUX", "VBZ", 3, "aux:pass"),
        ("based", "base", "VERB", "VBN", 0, "root"),
        ("in", "in", "SCONJ", "IN", 5, "mark"),
        ("neighbouring", "neighbour", "VERB", "VBG", 3, "advcl"),
        ("Haldria", "Haldria", "PROPN", "NNP", 5, "obj"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ];
    assert_eq!(neighbouring_read_as_verbs(&tokens(&spec)), [(4, 3, 5)]);
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[3..6], [(6, "case"), (6, "amod"), (3, "obl")]);
    // "neighbouring the park": a verb with a common noun.
    let mut park = spec;
    park[5] = ("Park", "park", "NOUN", "NN", 5, "obj");
    assert!(neighbouring_read_as_verbs(&tokens(&park)).is_empty());
    // A bare plural is the adjective's too, and the clause the participle took goes to the
    // verb, as its complement when the verb has an object: "encourage regulators in
    // neighbouring countries to act".
    let countries = [
        ("encourage", "encourage", "VERB", "VB", 0, "root"),
        ("regulators", "regulator", "NOUN", "NNS", 1, "obj"),
        ("in", "in", "SCONJ", "IN", 4, "mark"),
        ("neighbouring", "neighbour", "VERB", "VBG", 1, "advcl"),
        ("countries", "country", "NOUN", "NNS", 4, "obj"),
        ("to", "to", "PART", "TO", 7, "mark"),
        ("act", "act", "VERB", "VB", 4, "advcl"),
    ];
    let fixed = repaired(&tokens(&countries)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[3..5], [(5, "amod"), (1, "obl")]);
    assert_eq!(arcs[6], (1, "xcomp"));
    // A name the parser hung elsewhere: "team from neighbouring Ardena landed" with
    // "Ardena" a second subject.
    let stray = [
        ("team", "team", "NOUN", "NN", 5, "nsubj"),
        ("from", "from", "SCONJ", "IN", 3, "mark"),
        ("neighbouring", "neighbour", "VERB", "VBG", 1, "acl"),
        ("Ardena", "Ardena", "PROPN", "NNP", 5, "nsubj"),
        ("landed", "land", "VERB", "VBD", 0, "root"),
    ];
    let fixed = repaired(&tokens(&stray)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[1..4], [(4, "case"), (4, "amod"), (1, "nmod")]);
}

#[test]
fn neighbouring_after_a_verb_modifies_its_object() {
    // "Karsland accused neighbouring Brestovia on Thursday ." with "neighbouring" an xcomp.
    let spec = [
        ("Karsland", "Karsland", "PROPN", "NNP", 2, "nsubj"),
        ("accused", "accuse", "VERB", "VBD", 0, "root"),
        ("neighbouring", "neighbour", "VERB", "VBG", 2, "xcomp"),
        ("Brestovia", "Brestovia", "PROPN", "NNP", 3, "obj"),
        ("on", "on", "ADP", "IN", 6, "case"),
        ("Thursday", "Thursday", "PROPN", "NNP", 3, "obl"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    assert_eq!(neighbouring_after_verbs(&tokens(&spec)), [(2, 1, 3)]);
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        (arcs[3], arcs[2], arcs[5]),
        ((2, "obj"), (4, "amod"), (2, "obl"))
    );
    assert_eq!(fixed[2].upos, "ADJ");
    // A verb with an object of its own keeps the participle ("told them neighbouring ...").
    let mut object = spec;
    object[4] = ("them", "they", "PRON", "PRP", 2, "obj");
    assert!(neighbouring_after_verbs(&tokens(&object)).is_empty());
    // The participle of a real verb: "countries neighbouring Ukraine" after a noun.
    let mut noun = spec;
    noun[1] = ("countries", "country", "NOUN", "NNS", 0, "root");
    assert!(neighbouring_after_verbs(&tokens(&noun)).is_empty());
}

#[test]
fn the_agent_of_a_participle_is_no_object() {
    // "mediators , led by chief mediator Paul Vedder ," with "Paul" the object of "led".
    let spec = [
        ("mediators", "mediator", "NOUN", "NNS", 0, "root"),
        (",", ",", "PUNCT", ",", 3, "punct"),
        ("led", "lead", "VERB", "VBN", 1, "acl"),
        ("by", "by", "ADP", "IN", 6, "case"),
        ("chief", "chief", "ADJ", "JJ", 6, "amod"),
        ("mediator", "mediator", "NOUN", "NN", 7, "nmod:desc"),
        ("Paul", "Paul", "PROPN", "NNP", 3, "obj"),
        ("Vedder", "Vedder", "PROPN", "NNP", 7, "flat"),
    ];
    assert_eq!(agents_read_as_objects(&tokens(&spec)), [(6, 3)]);
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (3, "obl:agent"));
    assert_eq!(fixed[3].head, 7);
    // A past tense with an object after "by" is left alone ("stood by the chief , Paul").
    let mut past = spec;
    past[2] = ("led", "lead", "VERB", "VBD", 1, "acl");
    assert!(agents_read_as_objects(&tokens(&past)).is_empty());
}

#[test]
fn a_reduced_relative_is_no_clause_with_an_apposition_for_subject() {
    // "firms linked to Lind , his brother , had won tenders ." with "linked" the verb and
    // the apposition "brother" the subject of "won".
    let spec = [
        ("firms", "firm", "NOUN", "NNS", 2, "nsubj"),
        ("linked", "link", "VERB", "VBN", 0, "root"),
        ("to", "to", "ADP", "IN", 10, "mark"),
        ("Lind", "Lind", "PROPN", "NNP", 10, "obl"),
        (",", ",", "PUNCT", ",", 4, "punct"),
        ("his", "he", "PRON", "PRP$", 7, "nmod:poss"),
        ("brother", "brother", "NOUN", "NN", 10, "nsubj"),
        (",", ",", "PUNCT", ",", 7, "punct"),
        ("had", "have", "AUX", "VBD", 10, "aux"),
        ("won", "win", "VERB", "VBN", 2, "ccomp"),
        ("tenders", "tender", "NOUN", "NNS", 10, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let found = reduced_relatives_read_as_clauses(&tokens(&spec));
    assert_eq!(found.len(), 1);
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs[0..4],
        [(10, "nsubj"), (1, "acl"), (4, "case"), (2, "obl")]
    );
    assert_eq!(arcs[6], (4, "appos"));
    assert_eq!(arcs[9], (0, "root"));
    // A past tense is the clause's verb ("firms linked to Lind ..." with "linked" VBD).
    let mut past = spec;
    past[1] = ("linked", "link", "VERB", "VBD", 0, "root");
    assert!(reduced_relatives_read_as_clauses(&tokens(&past)).is_empty());
    // Without the closing comma "brother" may well be the subject.
    let mut open = spec;
    open[7] = ("then", "then", "ADV", "RB", 10, "advmod");
    assert!(reduced_relatives_read_as_clauses(&tokens(&open)).is_empty());
}

#[test]
fn a_noun_like_forecast_read_as_a_verb_after_the_object_heads_it() {
    // "cut its sales forecast for the year ." with "forecast" an xcomp of "cut".
    let mut spec = vec![
        ("cut", "cut", "VERB", "VBD", 0, "root"),
        ("its", "its", "PRON", "PRP$", 3, "nmod:poss"),
        ("sales", "sale", "NOUN", "NNS", 1, "obj"),
        ("forecast", "forecast", "VERB", "VBN", 1, "xcomp"),
        ("for", "for", "ADP", "IN", 7, "case"),
        ("the", "the", "DET", "DT", 7, "det"),
        ("year", "year", "NOUN", "NN", 4, "obl"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
    assert_eq!(
        [arc(1), arc(2), arc(3), arc(6)],
        [(4, "nmod:poss"), (4, "compound"), (1, "obj"), (4, "nmod")]
    );
    assert_eq!(fixed[3].upos, "NOUN");
    // "had its water shut off": the causative's object does the verb.
    spec[0] = ("had", "have", "VERB", "VBD", 0, "root");
    spec[3] = ("shut", "shut", "VERB", "VBN", 1, "xcomp");
    assert!(repaired(&tokens(&spec)).is_none());
}

#[test]
fn an_intransitive_ing_word_before_a_noun_modifies_it() {
    // "Doctors blamed falling vaccination rates ." with "falling" a complement of "blamed".
    let mut spec = vec![
        ("Doctors", "doctor", "NOUN", "NNS", 2, "nsubj"),
        ("blamed", "blame", "VERB", "VBD", 0, "root"),
        ("falling", "fall", "VERB", "VBG", 2, "xcomp"),
        ("vaccination", "vaccination", "NOUN", "NN", 5, "compound"),
        ("rates", "rate", "NOUN", "NNS", 3, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
    assert_eq!(
        [arc(2), arc(3), arc(4)],
        [(5, "amod"), (5, "compound"), (2, "obj")]
    );
    // A verb that takes objects keeps its reading: "stopped selling cars".
    spec[2] = ("selling", "sell", "VERB", "VBG", 2, "xcomp");
    assert!(repaired(&tokens(&spec)).is_none());
}

#[test]
fn a_participle_after_a_preposition_modifies_the_next_noun() {
    // "settled a lawsuit over slowed iPhones ." with "slowed" an `acl` of "lawsuit",
    // "over" its adverb and "iPhones" its object.
    let spec = vec![
        ("settled", "settle", "VERB", "VBD", 0, "root"),
        ("a", "a", "DET", "DT", 3, "det"),
        ("lawsuit", "lawsuit", "NOUN", "NN", 1, "obj"),
        ("over", "over", "ADP", "IN", 5, "advmod"),
        ("slowed", "slow", "VERB", "VBN", 3, "acl"),
        ("iPhones", "iPhone", "PROPN", "NNPS", 5, "obj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!(
        arcs_of(&fixed),
        vec![
            (0, "root"),
            (3, "det"),
            (1, "obj"),
            (6, "case"),
            (6, "amod"),
            (3, "nmod"),
            (1, "punct"),
        ]
    );
    // A participle with more to it is a clause ("a lawsuit over slowed iPhones filed in
    // May" keeps its reading when "filed" has its own dependents).
    let mut more = spec;
    more.insert(6, ("quickly", "quickly", "ADV", "RB", 5, "advmod"));
    assert!(repaired(&tokens(&more)).is_none());
}
