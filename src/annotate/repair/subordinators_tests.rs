//! Tests of the repairs in `subordinators.rs`.

use super::*;
use crate::annotate::repair::repaired;
use crate::annotate::repair::testing::{arcs_of, repaired_or_same, tokens};

#[test]
fn a_past_tense_like_its_base_form_after_a_subordinator_is_the_clause_verb() {
    // "Shares fell after the firm cut its forecast ." with "after the firm" a phrase and
    // "cut" (tagged VB) a bare complement of "fell".
    let mut spec = vec![
        ("Shares", "share", "NOUN", "NNS", 2, "nsubj"),
        ("fell", "fall", "VERB", "VBD", 0, "root"),
        ("after", "after", "ADP", "IN", 5, "case"),
        ("the", "the", "DET", "DT", 5, "det"),
        ("firm", "firm", "NOUN", "NN", 2, "obl"),
        ("cut", "cut", "VERB", "VB", 2, "xcomp"),
        ("its", "its", "PRON", "PRP$", 8, "nmod:poss"),
        ("forecast", "forecast", "NOUN", "NN", 6, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
    assert_eq!(
        [arc(2), arc(4), arc(5)],
        [(6, "mark"), (6, "nsubj"), (2, "advcl")]
    );
    assert_eq!(fixed[5].xpos, "VBD");
    // A base form that differs from the past ("helped the firm grow") is left alone.
    spec[5] = ("grow", "grow", "VERB", "VB", 2, "xcomp");
    assert!(repaired(&tokens(&spec)).is_none());
}

#[test]
fn a_clause_after_until_read_as_a_bare_conjunct_is_the_clause() {
    // "he said the strike would go on until the state made an offer ." with "made" a
    // conjunct of "said" (no "and", no comma) and "until the state" a phrase.
    let spec = vec![
        ("he", "he", "PRON", "PRP", 2, "nsubj"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("strike", "strike", "NOUN", "NN", 6, "nsubj"),
        ("would", "would", "AUX", "MD", 6, "aux"),
        ("go", "go", "VERB", "VB", 2, "ccomp"),
        ("on", "on", "ADP", "RP", 6, "compound:prt"),
        ("until", "until", "ADP", "IN", 10, "case"),
        ("the", "the", "DET", "DT", 10, "det"),
        ("state", "state", "NOUN", "NN", 6, "obl"),
        ("made", "make", "VERB", "VBD", 2, "conj"),
        ("an", "a", "DET", "DT", 13, "det"),
        ("offer", "offer", "NOUN", "NN", 11, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs[7..11],
        [(11, "mark"), (10, "det"), (11, "nsubj"), (6, "advcl")]
    );
    // After a comma it may be a real conjunct: left alone.
    let mut spec = spec;
    spec.insert(10, (",", ",", "PUNCT", ",", 12, "punct"));
    for t in spec.iter_mut() {
        if t.4 > 10 {
            t.4 += 1;
        }
    }
    assert!(repaired(&tokens(&spec)).is_none());
}

#[test]
fn a_participle_ending_an_after_phrase_is_its_clause() {
    // "prices rose after OPEC agreed to cut output ." with "agreed" (VBN) on "OPEC".
    let mut spec = vec![
        ("prices", "price", "NOUN", "NNS", 2, "nsubj"),
        ("rose", "rise", "VERB", "VBD", 0, "root"),
        ("after", "after", "ADP", "IN", 4, "case"),
        ("OPEC", "OPEC", "PROPN", "NNP", 2, "obl"),
        ("agreed", "agree", "VERB", "VBN", 4, "acl"),
        ("to", "to", "PART", "TO", 7, "mark"),
        ("cut", "cut", "VERB", "VB", 5, "xcomp"),
        ("output", "output", "NOUN", "NN", 7, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[2..5], [(5, "mark"), (5, "nsubj"), (2, "advcl")]);
    // After "as" ("as a doctor trained in ...") the participle modifies the noun.
    spec[2] = ("as", "as", "ADP", "IN", 4, "case");
    assert!(repaired(&tokens(&spec)).is_none());
}

#[test]
fn a_subordinator_read_as_a_preposition_gets_its_clause_back() {
    // "Nurses walked out after talks collapsed ." with "after talks" on "walked" and
    // "collapsed" without a subject.
    let spec = [
        ("Nurses", "nurse", "NOUN", "NNS", 2, "nsubj"),
        ("walked", "walk", "VERB", "VBD", 0, "root"),
        ("out", "out", "ADP", "RP", 2, "compound:prt"),
        ("after", "after", "ADP", "IN", 5, "case"),
        ("talks", "talk", "NOUN", "NNS", 2, "obl"),
        ("collapsed", "collapse", "VERB", "VBD", 2, "advcl"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (6, "nsubj"));
    assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (6, "mark"));
    // The clause's verb read as an open complement of the main verb, a finite one
    // ("reported" an `xcomp`), is the same clause; a participle there is left alone.
    let mut xcomp = spec;
    xcomp[5] = ("collapsed", "collapse", "VERB", "VBD", 2, "xcomp");
    let fixed = repaired(&tokens(&xcomp)).expect("a repair");
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (6, "nsubj"));
    assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "advcl"));
    xcomp[5].3 = "VBN";
    assert!(repaired(&tokens(&xcomp)).is_none());
    // So is a past tense read as a modifier of a noun (`acl`).
    let mut acl = spec;
    acl[5] = ("collapsed", "collapse", "VERB", "VBD", 5, "acl");
    let fixed = repaired(&tokens(&acl)).expect("a repair");
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (6, "nsubj"));
    assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "advcl"));
    // So is a complement of a verb that reports nothing; one of a verb of saying stays.
    let mut ccomp = spec;
    ccomp[5] = ("collapsed", "collapse", "VERB", "VBD", 2, "ccomp");
    let fixed = repaired(&tokens(&ccomp)).expect("a repair");
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (6, "nsubj"));
    ccomp[1] = ("said", "say", "VERB", "VBD", 0, "root");
    assert!(subordinators_read_as_prepositions(&tokens(&ccomp)).is_empty());
    // "with" opens no finite clause: the phrase is left alone.
    let mut spec = spec;
    spec[3] = ("with", "with", "ADP", "IN", 5, "case");
    assert!(repaired(&tokens(&spec)).is_none());
}

#[test]
fn a_subordinators_noun_is_found_past_its_modifiers_and_apposition() {
    // "Officials acted after an outbreak of measles killed children ." with "killed" a
    // conjunct of "acted": the noun with "after" is "outbreak", not "measles".
    let spec = [
        ("Officials", "official", "NOUN", "NNS", 2, "nsubj"),
        ("acted", "act", "VERB", "VBD", 0, "root"),
        ("after", "after", "ADP", "IN", 5, "case"),
        ("an", "a", "DET", "DT", 5, "det"),
        ("outbreak", "outbreak", "NOUN", "NN", 2, "obl"),
        ("of", "of", "ADP", "IN", 7, "case"),
        ("measles", "measles", "NOUN", "NN", 5, "nmod"),
        ("killed", "kill", "VERB", "VBD", 2, "conj"),
        ("children", "child", "NOUN", "NNS", 8, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[2], (8, "mark"));
    assert_eq!(arcs[4], (8, "nsubj"));
    assert_eq!(arcs[6], (5, "nmod"));
    assert_eq!(arcs[7], (2, "advcl"));
    // "Workers left after the owner , Nordmetal , refused ." with "refused" a conjunct
    // whose comma closes the apposition; a comma after the plain noun marks a real
    // conjunct ("after the talks , refused"), left alone.
    let spec = [
        ("Workers", "worker", "NOUN", "NNS", 2, "nsubj"),
        ("left", "leave", "VERB", "VBD", 0, "root"),
        ("after", "after", "ADP", "IN", 5, "case"),
        ("the", "the", "DET", "DT", 5, "det"),
        ("owner", "owner", "NOUN", "NN", 2, "obl"),
        (",", ",", "PUNCT", ",", 7, "punct"),
        ("Nordmetal", "Nordmetal", "PROPN", "NNP", 5, "appos"),
        (",", ",", "PUNCT", ",", 9, "punct"),
        ("refused", "refuse", "VERB", "VBD", 2, "conj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[4], (9, "nsubj"));
    assert_eq!(arcs[8], (2, "advcl"));
    let plain = [
        spec[0],
        spec[1],
        spec[2],
        spec[3],
        ("talks", "talk", "NOUN", "NNS", 2, "obl"),
        (",", ",", "PUNCT", ",", 7, "punct"),
        ("refused", "refuse", "VERB", "VBD", 2, "conj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    assert_eq!(arcs_of(&repaired_or_same(&plain))[6], (2, "conj"));
    // "Farmers struggled after the drought in May destroyed crops ." with "in May" on
    // "struggled": the phrase between the subject and its verb goes to the subject.
    let spec = [
        ("Farmers", "farmer", "NOUN", "NNS", 2, "nsubj"),
        ("struggled", "struggle", "VERB", "VBD", 0, "root"),
        ("after", "after", "ADP", "IN", 5, "case"),
        ("the", "the", "DET", "DT", 5, "det"),
        ("drought", "drought", "NOUN", "NN", 2, "obl"),
        ("in", "in", "ADP", "IN", 7, "case"),
        ("May", "May", "PROPN", "NNP", 2, "obl"),
        ("destroyed", "destroy", "VERB", "VBD", 2, "parataxis"),
        ("crops", "crop", "NOUN", "NNS", 8, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[4], (8, "nsubj"));
    assert_eq!(arcs[6], (5, "nmod"));
    assert_eq!(arcs[7], (2, "advcl"));
    // Anything else between them (an adverb) leaves the sentence alone.
    let mut other = spec;
    other[5] = ("then", "then", "ADV", "RB", 2, "advmod");
    other[6] = ("again", "again", "ADV", "RB", 2, "advmod");
    assert_eq!(arcs_of(&repaired_or_same(&other))[4], (2, "obl"));
}

#[test]
fn a_clause_verb_hung_inside_its_subordinators_phrase_comes_out() {
    // "Nurses walked out after talks with Tom collapsed ." with "collapsed" an `acl` of
    // "Tom".
    let mut spec = vec![
        ("Nurses", "nurse", "NOUN", "NNS", 2, "nsubj"),
        ("walked", "walk", "VERB", "VBD", 0, "root"),
        ("out", "out", "ADP", "RP", 2, "compound:prt"),
        ("after", "after", "ADP", "IN", 5, "case"),
        ("talks", "talk", "NOUN", "NNS", 2, "obl"),
        ("with", "with", "ADP", "IN", 7, "case"),
        ("Tom", "Tom", "PROPN", "NNP", 5, "nmod"),
        ("collapsed", "collapse", "VERB", "VBD", 7, "acl"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs[3..8],
        [
            (8, "mark"),
            (8, "nsubj"),
            (7, "case"),
            (5, "nmod"),
            (2, "advcl")
        ]
    );
    // Tagged as a participle ("collapsed" VBN), it still ends the phrase: the same clause.
    spec[7].3 = "VBN";
    let again = repaired(&tokens(&spec)).expect("a repair");
    assert!(
        again
            .iter()
            .zip(&fixed)
            .all(|(a, b)| (a.head, &a.deprel) == (b.head, &b.deprel))
    );
}

#[test]
fn a_prepositional_phrase_read_as_the_subject_of_an_after_clause_modifies_its_noun() {
    // "called after talks with Seline Terminals broke down ." with "after talks" on
    // "called" and "with Seline Terminals" the subject of "broke".
    let spec = [
        ("It", "it", "PRON", "PRP", 3, "nsubj:pass"),
        ("was", "be", "AUX", "VBD", 3, "aux:pass"),
        ("called", "call", "VERB", "VBN", 0, "root"),
        ("after", "after", "ADP", "IN", 5, "case"),
        ("talks", "talk", "NOUN", "NNS", 3, "obl"),
        ("with", "with", "ADP", "IN", 7, "case"),
        ("Seline", "Seline", "PROPN", "NNP", 8, "compound"),
        ("Terminals", "Terminals", "PROPN", "NNPS", 9, "nsubj"),
        ("broke", "break", "VERB", "VBD", 3, "advcl"),
        ("down", "down", "ADP", "RP", 9, "compound:prt"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[4], (9, "nsubj"));
    assert_eq!(arcs[3], (9, "mark"));
    assert_eq!(arcs[7], (5, "nmod"));
    // A real subject stays: "after talks , Seline Terminals broke down".
    let mut real = spec;
    real[5] = (",", ",", "PUNCT", ",", 8, "punct");
    assert_eq!(arcs_of(&repaired_or_same(&real))[7], (9, "nsubj"));
    // "after talks" the clause verb's own oblique, the verb set beside the main one:
    // "walked out after talks between the union and Nordmar broke down".
    let own = [
        ("Workers", "worker", "NOUN", "NNS", 2, "nsubj"),
        ("walked", "walk", "VERB", "VBD", 0, "root"),
        ("after", "after", "ADP", "IN", 4, "case"),
        ("talks", "talk", "NOUN", "NNS", 10, "obl"),
        ("between", "between", "ADP", "IN", 9, "case"),
        ("the", "the", "DET", "DT", 7, "det"),
        ("union", "union", "NOUN", "NN", 9, "compound"),
        ("and", "and", "CCONJ", "CC", 9, "cc"),
        ("Nordmar", "Nordmar", "PROPN", "NNP", 10, "nsubj"),
        ("broke", "break", "VERB", "VBD", 2, "parataxis"),
        ("down", "down", "ADP", "RP", 10, "compound:prt"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&own)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[3], (10, "nsubj"));
    assert_eq!(arcs[2], (10, "mark"));
    assert_eq!(arcs[8], (4, "nmod"));
    assert_eq!(arcs[9], (2, "advcl"));
}

#[test]
fn provided_that_marks_a_condition() {
    // "Rates may fall , provided that wages slow ." with "provided" a conjunct verb and
    // "slow" its complement.
    let spec = [
        ("Rates", "rate", "NOUN", "NNS", 3, "nsubj"),
        ("may", "may", "AUX", "MD", 3, "aux"),
        ("fall", "fall", "VERB", "VB", 0, "root"),
        (",", ",", "PUNCT", ",", 5, "punct"),
        ("provided", "provide", "VERB", "VBD", 3, "conj"),
        ("that", "that", "SCONJ", "IN", 8, "mark"),
        ("wages", "wage", "NOUN", "NNS", 8, "nsubj"),
        ("slow", "slow", "VERB", "VBP", 5, "ccomp"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs[3..8],
        [
            (8, "punct"),
            (8, "mark"),
            (5, "fixed"),
            (8, "nsubj"),
            (3, "advcl")
        ]
    );
    // A verb that provides something ("provided that the data showed it" with a subject,
    // "they provided that") is left alone.
    let mut subject = spec;
    subject[3] = ("they", "they", "PRON", "PRP", 5, "nsubj");
    assert!(provided_that(&tokens(&subject)).is_empty());
}

#[test]
fn an_object_read_as_the_subject_of_an_after_clause_is_the_verbs() {
    // "Regulators attached conditions after some patients suffered swelling ." with
    // "suffered" a complement of "attached" and "conditions" its subject.
    let spec = [
        ("Regulators", "regulator", "NOUN", "NNS", 2, "nsubj"),
        ("attached", "attach", "VERB", "VBD", 0, "root"),
        ("conditions", "condition", "NOUN", "NNS", 7, "nsubj"),
        ("after", "after", "ADP", "IN", 6, "case"),
        ("some", "some", "DET", "DT", 6, "det"),
        ("patients", "patient", "NOUN", "NNS", 3, "nmod"),
        ("suffered", "suffer", "VERB", "VBD", 2, "ccomp"),
        ("swelling", "swelling", "NOUN", "NN", 7, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    assert_eq!(
        objects_read_as_subjects_of_clauses(&tokens(&spec)),
        [(2, 5, 3, 6)]
    );
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs[2..7],
        [
            (2, "obj"),
            (7, "mark"),
            (6, "det"),
            (7, "nsubj"),
            (2, "advcl")
        ]
    );
    // A verb of saying takes a clause with a subject ("said conditions after ... applied"),
    // and so does one whose subject has no "after" phrase.
    let mut said = spec;
    said[1] = ("said", "say", "VERB", "VBD", 0, "root");
    assert!(objects_read_as_subjects_of_clauses(&tokens(&said)).is_empty());
    let mut with = spec;
    with[3] = ("with", "with", "ADP", "IN", 6, "case");
    assert!(objects_read_as_subjects_of_clauses(&tokens(&with)).is_empty());
}
