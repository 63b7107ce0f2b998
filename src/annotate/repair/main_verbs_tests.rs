//! Tests of the repairs in `main_verbs.rs`.

use super::*;
use crate::annotate::repair::repaired;
use crate::annotate::repair::testing::{arcs_of, tokens};

#[test]
fn a_verb_without_a_passive_read_as_a_participle_with_a_by_phrase_is_the_verb() {
    // "Shares fell by 8 percent ." with "fell" (tagged VBN) a participle on "Shares" and
    // "by 8 percent" its agent: a falling has no agent.
    let spec = vec![
        ("Shares", "share", "NOUN", "NNS", 0, "root"),
        ("fell", "fall", "VERB", "VBN", 1, "acl"),
        ("by", "by", "ADP", "IN", 5, "case"),
        ("8", "8", "NUM", "CD", 5, "nummod"),
        ("percent", "percent", "NOUN", "NN", 2, "obl:agent"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs,
        vec![
            (2, "nsubj"),
            (0, "root"),
            (5, "case"),
            (5, "nummod"),
            (2, "obl"),
            (2, "punct"),
        ]
    );
    assert_eq!(fixed[1].xpos, "VBD");
    // A verb that has a passive keeps its agent ("Shares sold by the fund").
    let mut sold = spec;
    sold[1] = ("sold", "sell", "VERB", "VBN", 1, "acl");
    assert!(repaired(&tokens(&sold)).is_none());
}

#[test]
fn a_past_tense_with_an_object_deep_in_the_subject_is_the_verb() {
    // "Yields on bonds fell 12 points ." with "fell" an `acl` of "bonds".
    let spec = [
        ("Yields", "yield", "NOUN", "NNS", 0, "root"),
        ("on", "on", "ADP", "IN", 3, "case"),
        ("bonds", "bond", "NOUN", "NNS", 1, "nmod"),
        ("fell", "fall", "VERB", "VBD", 3, "acl"),
        ("12", "12", "NUM", "CD", 6, "nummod"),
        ("points", "point", "NOUN", "NNS", 4, "obj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ];
    assert_eq!(participle_as_main_verb(&tokens(&spec)), Some((0, 3, None)));
    // Without an object it may be a participle ("bonds issued").
    let mut bare = spec;
    bare[4] = ("now", "now", "ADV", "RB", 4, "advmod");
    bare[5] = ("again", "again", "ADV", "RB", 4, "advmod");
    assert_eq!(participle_as_main_verb(&tokens(&bare)), None);
}

#[test]
fn a_whose_clause_between_commas_is_no_main_clause() {
    // "Mayor Ana Lind , whose shire includes towns , urged residents ." with "includes" a
    // `parataxis` of "Mayor" and "urged" a participle on "towns".
    let spec = [
        ("Mayor", "mayor", "NOUN", "NN", 0, "root"),
        ("Ana", "Ana", "PROPN", "NNP", 1, "appos"),
        ("Lind", "Lind", "PROPN", "NNP", 2, "flat"),
        (",", ",", "PUNCT", ",", 7, "punct"),
        ("whose", "whose", "PRON", "WP$", 6, "nmod:poss"),
        ("shire", "shire", "NOUN", "NN", 7, "nsubj"),
        ("includes", "include", "VERB", "VBZ", 1, "parataxis"),
        ("towns", "town", "NOUN", "NNS", 7, "obj"),
        (",", ",", "PUNCT", ",", 10, "punct"),
        ("urged", "urge", "VERB", "VBD", 8, "acl"),
        ("residents", "resident", "NOUN", "NNS", 10, "obj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ];
    assert_eq!(participle_as_main_verb(&tokens(&spec)), Some((0, 9, None)));
    // With "the" for "whose", "includes" is the sentence's own verb.
    let mut own = spec;
    own[4] = ("the", "the", "DET", "DT", 6, "det");
    assert_eq!(participle_as_main_verb(&tokens(&own)), None);
}

#[test]
fn a_past_tense_after_a_restrictive_relative_clause_on_the_root_is_the_verb() {
    // "Patients whose operations were postponed expressed anger ." with "expressed" an
    // `xcomp` of "postponed".
    let spec = [
        ("Patients", "patient", "NOUN", "NNS", 0, "root"),
        ("whose", "whose", "PRON", "WP$", 3, "nmod:poss"),
        ("operations", "operation", "NOUN", "NNS", 5, "nsubj:pass"),
        ("were", "be", "AUX", "VBD", 5, "aux:pass"),
        ("postponed", "postpone", "VERB", "VBN", 1, "acl:relcl"),
        ("expressed", "express", "VERB", "VBD", 5, "xcomp"),
        ("anger", "anger", "NOUN", "NN", 6, "obj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ];
    assert_eq!(participle_as_main_verb(&tokens(&spec)), Some((0, 5, None)));
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (0, "root"));
    assert_eq!((fixed[0].head, fixed[0].deprel.as_str()), (6, "nsubj"));
    assert_eq!(fixed[7].head, 6);
    // A verb with its own subject is a clause of its own ("... postponed, doctors said").
    let mut own = spec.to_vec();
    own[6] = ("doctors", "doctor", "NOUN", "NNS", 6, "nsubj");
    assert_eq!(participle_as_main_verb(&tokens(&own)), None);
    // Nor after a clause that is not relative ("Patients with operations postponed ...").
    let mut plain = spec.to_vec();
    plain[1] = ("with", "with", "ADP", "IN", 3, "case");
    plain[2].5 = "obl";
    assert_eq!(participle_as_main_verb(&tokens(&plain)), None);
}

#[test]
fn a_past_tense_read_as_a_participle_in_a_verbless_sentence_is_the_verb() {
    // "Thousands of people marched through the city ." with "Thousands" the root.
    let mut spec = vec![
        ("Thousands", "thousand", "NOUN", "NNS", 0, "root"),
        ("of", "of", "ADP", "IN", 3, "case"),
        ("people", "people", "NOUN", "NNS", 1, "nmod"),
        ("marched", "march", "VERB", "VBN", 1, "acl"),
        ("through", "through", "ADP", "IN", 7, "case"),
        ("the", "the", "DET", "DT", 7, "det"),
        ("city", "city", "NOUN", "NN", 4, "obl"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        (arcs[0], arcs[3], arcs[7]),
        ((4, "nsubj"), (0, "root"), (4, "punct"))
    );
    assert_eq!(fixed[3].xpos, "VBD");
    // A headline without a full stop, and a description ("food served with ..."), keep
    // their participle.
    let mut headline = spec.clone();
    headline.pop();
    assert!(repaired(&tokens(&headline)).is_none());
    spec[4] = ("with", "with", "ADP", "IN", 7, "case");
    assert!(repaired(&tokens(&spec)).is_none());
    // Deeper in the subject's phrase, with an object: "Crews using boats rescued
    // residents ." with "using" on "Crews" and "rescued" on "boats".
    let deep = vec![
        ("Crews", "crew", "NOUN", "NNS", 0, "root"),
        ("using", "use", "VERB", "VBG", 1, "acl"),
        ("boats", "boat", "NOUN", "NNS", 2, "obj"),
        ("rescued", "rescue", "VERB", "VBN", 3, "acl"),
        ("residents", "resident", "NOUN", "NNS", 4, "obj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ];
    let fixed = repaired(&tokens(&deep)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        (arcs[0], arcs[1], arcs[3], arcs[5]),
        ((4, "nsubj"), (1, "acl"), (0, "root"), (4, "punct"))
    );
    // A past tense after the comma that closes an apposition: "The mayor of Graz , the
    // city , resigned ." with "resigned" on "city".
    let apposed = vec![
        ("The", "the", "DET", "DT", 2, "det"),
        ("mayor", "mayor", "NOUN", "NN", 0, "root"),
        ("of", "of", "ADP", "IN", 4, "case"),
        ("Graz", "Graz", "PROPN", "NNP", 2, "nmod"),
        (",", ",", "PUNCT", ",", 7, "punct"),
        ("the", "the", "DET", "DT", 7, "det"),
        ("city", "city", "NOUN", "NN", 2, "nmod"),
        (",", ",", "PUNCT", ",", 9, "punct"),
        ("resigned", "resign", "VERB", "VBD", 7, "acl"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&apposed)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!((arcs[1], arcs[8]), ((9, "nsubj"), (0, "root")));
    // Without the object it may be a passive participle: "Crews using boats stranded in
    // the flood ." is left alone.
    let mut no_object = deep.clone();
    no_object[4] = ("today", "today", "NOUN", "NN", 4, "obl:tmod");
    assert!(repaired(&tokens(&no_object)).is_none());
    // On what the root counts, with a finite verb only in a subordinate clause: "Hundreds
    // of protesters gathered outside as votes were counted ."
    let spec = vec![
        ("Hundreds", "hundred", "NOUN", "NNS", 0, "root"),
        ("of", "of", "ADP", "IN", 3, "case"),
        ("protesters", "protester", "NOUN", "NNS", 1, "nmod"),
        ("gathered", "gather", "VERB", "VBN", 3, "acl"),
        ("outside", "outside", "ADV", "RB", 4, "advmod"),
        ("as", "as", "SCONJ", "IN", 9, "mark"),
        ("votes", "vote", "NOUN", "NNS", 9, "nsubj:pass"),
        ("were", "be", "AUX", "VBD", 9, "aux:pass"),
        ("counted", "count", "VERB", "VBN", 4, "advcl"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
    assert_eq!(
        [arc(0), arc(3), arc(9)],
        [(4, "nsubj"), (0, "root"), (4, "punct")]
    );
    // Without "as" the finite verb is a main verb, and the participle is left alone.
    let mut main = spec.clone();
    main[5] = ("then", "then", "ADV", "RB", 9, "advmod");
    assert!(repaired(&tokens(&main)).is_none());
}

#[test]
fn a_past_tense_after_a_parenthesis_read_as_a_modifier_is_the_verb() {
    // "The team , led by Ann , tested samples ." with "tested" an amod of "samples".
    let spec = vec![
        ("The", "the", "DET", "DT", 2, "det"),
        ("team", "team", "NOUN", "NN", 0, "root"),
        (",", ",", "PUNCT", ",", 4, "punct"),
        ("led", "lead", "VERB", "VBN", 2, "acl"),
        ("by", "by", "ADP", "IN", 6, "case"),
        ("Ann", "Ann", "PROPN", "NNP", 4, "obl:agent"),
        (",", ",", "PUNCT", ",", 8, "punct"),
        ("tested", "test", "VERB", "VBN", 9, "amod"),
        ("samples", "sample", "NOUN", "NNS", 4, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[1], (8, "nsubj"));
    assert_eq!(arcs[3], (2, "acl"));
    assert_eq!(arcs[7..10], [(0, "root"), (8, "obj"), (8, "punct")]);
}

#[test]
fn a_past_tense_read_as_an_adjective_on_its_object_is_the_verb() {
    // "Police used water cannon to disperse crowds ." with "used" an `amod` of the root
    // "cannon", and "Police" its `nsubj`.
    let spec = vec![
        ("Police", "police", "NOUN", "NNS", 4, "nsubj"),
        ("used", "use", "VERB", "VBN", 4, "amod"),
        ("water", "water", "NOUN", "NN", 4, "compound"),
        ("cannon", "cannon", "NOUN", "NN", 0, "root"),
        ("to", "to", "PART", "TO", 6, "mark"),
        ("disperse", "disperse", "VERB", "VB", 4, "acl"),
        ("crowds", "crowd", "NOUN", "NNS", 6, "obj"),
        (".", ".", "PUNCT", ".", 4, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs,
        vec![
            (2, "nsubj"),
            (0, "root"),
            (4, "compound"),
            (2, "obj"),
            (6, "mark"),
            (2, "advcl"),
            (6, "obj"),
            (2, "punct"),
        ]
    );
    assert_eq!(fixed[1].xpos, "VBD");
    // "Rescue teams used boats ." with "teams" the root and "boats" its `nmod`.
    let spec = vec![
        ("Rescue", "rescue", "NOUN", "NN", 2, "compound"),
        ("teams", "team", "NOUN", "NNS", 0, "root"),
        ("used", "use", "VERB", "VBN", 4, "amod"),
        ("boats", "boat", "NOUN", "NNS", 2, "nmod"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs,
        vec![
            (2, "compound"),
            (3, "nsubj"),
            (0, "root"),
            (3, "obj"),
            (3, "punct")
        ]
    );
    // With a finite verb in the sentence the adjective is one: "Teams used boats
    // arrived ." is left alone, and so is a phrase after a preposition.
    let mut finite = spec.clone();
    finite.insert(4, ("arrived", "arrive", "VERB", "VBD", 2, "acl:relcl"));
    finite[5].4 = 2;
    assert!(repaired(&tokens(&finite)).is_none());
    let mut preposition = spec.clone();
    preposition[0] = ("In", "in", "ADP", "IN", 2, "case");
    assert!(repaired(&tokens(&preposition)).is_none());
    // "Police used barriers , and two men were detained ." with "detained" the root,
    // "Police" its subject and "barriers" a conjunct of "Police".
    let spec = vec![
        ("Police", "police", "NOUN", "NNS", 9, "nsubj:pass"),
        ("used", "use", "VERB", "VBN", 3, "amod"),
        ("barriers", "barrier", "NOUN", "NNS", 1, "conj"),
        (",", ",", "PUNCT", ",", 9, "punct"),
        ("and", "and", "CCONJ", "CC", 9, "cc"),
        ("two", "two", "NUM", "CD", 7, "nummod"),
        ("men", "man", "NOUN", "NNS", 9, "nsubj:pass"),
        ("were", "be", "AUX", "VBD", 9, "aux:pass"),
        ("detained", "detain", "VERB", "VBN", 0, "root"),
        (".", ".", "PUNCT", ".", 9, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs,
        vec![
            (2, "nsubj"),
            (0, "root"),
            (2, "obj"),
            (9, "punct"),
            (9, "cc"),
            (7, "nummod"),
            (9, "nsubj:pass"),
            (9, "aux:pass"),
            (2, "conj"),
            (2, "punct"),
        ]
    );
}

#[test]
fn a_participle_whose_after_phrase_took_the_next_clause_is_the_main_verb() {
    // "The coach resigned after her team lost its match ." with "resigned" a participle on
    // "coach" and "lost" the root.
    let mut spec = vec![
        ("The", "the", "DET", "DT", 2, "det"),
        ("coach", "coach", "NOUN", "NN", 7, "nsubj"),
        ("resigned", "resign", "VERB", "VBN", 2, "acl"),
        ("after", "after", "ADP", "IN", 6, "case"),
        ("her", "she", "PRON", "PRP$", 6, "nmod:poss"),
        ("team", "team", "NOUN", "NN", 3, "obl"),
        ("lost", "lose", "VERB", "VBD", 0, "root"),
        ("its", "its", "PRON", "PRP$", 9, "nmod:poss"),
        ("match", "match", "NOUN", "NN", 7, "obj"),
        (".", ".", "PUNCT", ".", 7, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs,
        vec![
            (2, "det"),
            (3, "nsubj"),
            (0, "root"),
            (7, "mark"),
            (6, "nmod:poss"),
            (7, "nsubj"),
            (3, "advcl"),
            (9, "nmod:poss"),
            (7, "obj"),
            (3, "punct"),
        ]
    );
    assert_eq!(
        (fixed[2].xpos.as_str(), fixed[3].upos.as_str()),
        ("VBD", "SCONJ")
    );
    // Without a full stop (a headline) the parse is left as it is.
    spec[9] = ("now", "now", "ADV", "RB", 7, "advmod");
    assert!(repaired(&tokens(&spec)).is_none());
}

#[test]
fn a_participle_with_an_agent_before_the_verb_modifies_the_subject() {
    // "A poll published by the institute put rates at 34 ." with "published" the root and
    // "put" its parataxis.
    let spec = [
        ("A", "a", "DET", "DT", 2, "det"),
        ("poll", "poll", "NOUN", "NN", 3, "nsubj"),
        ("published", "publish", "VERB", "VBN", 0, "root"),
        ("by", "by", "ADP", "IN", 6, "case"),
        ("the", "the", "DET", "DT", 6, "det"),
        ("institute", "institute", "NOUN", "NN", 3, "obl"),
        ("put", "put", "VERB", "VBD", 3, "parataxis"),
        ("rates", "rate", "NOUN", "NNS", 7, "obj"),
        ("at", "at", "ADP", "IN", 10, "case"),
        ("34", "34", "NUM", "CD", 3, "obl"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        (arcs[6], arcs[1], arcs[2], arcs[5], arcs[9], arcs[10]),
        (
            (0, "root"),
            (7, "nsubj"),
            (2, "acl"),
            (3, "obl"),
            (7, "obl"),
            (7, "punct")
        )
    );
    // Without an agent, or with a comma before the verb, the participle stays the verb.
    let mut no_agent = spec;
    no_agent[3] = ("in", "in", "ADP", "IN", 6, "case");
    assert!(participle_read_as_verb(&tokens(&no_agent)).is_none());
    let mut comma = spec;
    comma[5] = (",", ",", "PUNCT", ",", 3, "punct");
    comma[3] = ("by", "by", "ADP", "IN", 5, "case");
    comma[4] = ("it", "it", "PRON", "PRP", 3, "obl");
    assert!(participle_read_as_verb(&tokens(&comma)).is_none());
}

#[test]
fn a_past_tense_with_an_agent_before_a_verb_with_its_auxiliary_modifies_the_subject() {
    // "Tests carried out by the agency had found no levels ." with "carried" a past tense, the
    // root, and "found" its ccomp.
    let spec = [
        ("Tests", "test", "NOUN", "NNS", 2, "nsubj"),
        ("carried", "carry", "VERB", "VBD", 0, "root"),
        ("out", "out", "ADP", "RP", 2, "compound:prt"),
        ("by", "by", "ADP", "IN", 6, "case"),
        ("the", "the", "DET", "DT", 6, "det"),
        ("agency", "agency", "NOUN", "NN", 2, "obl"),
        ("had", "have", "AUX", "VBD", 8, "aux"),
        ("found", "find", "VERB", "VBN", 2, "ccomp"),
        ("no", "no", "DET", "DT", 10, "det"),
        ("levels", "level", "NOUN", "NNS", 8, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        (arcs[7], arcs[0], arcs[1], arcs[5], arcs[10]),
        (
            (0, "root"),
            (8, "nsubj"),
            (1, "acl"),
            (2, "obl"),
            (8, "punct")
        )
    );
    assert_eq!(fixed[1].xpos, "VBN");
    // "by" an amount after a past tense is no agent ("Sales rose by 5 percent had ..."), and a
    // past tense with an object is the verb.
    let mut amount = spec;
    amount[4] = ("5", "5", "NUM", "CD", 6, "nummod");
    amount[5] = ("percent", "percent", "NOUN", "NN", 2, "obl");
    assert!(participle_read_as_verb(&tokens(&amount)).is_none());
    let mut object = spec;
    object[2] = ("goods", "goods", "NOUN", "NNS", 2, "obj");
    assert!(participle_read_as_verb(&tokens(&object)).is_none());
    // Nor without an auxiliary before the second verb (a bare participle is no finite verb).
    let mut bare = spec;
    bare[6] = ("never", "never", "ADV", "RB", 8, "advmod");
    assert!(participle_read_as_verb(&tokens(&bare)).is_none());
}

#[test]
fn a_verb_in_s_read_as_a_plural_noun_before_its_infinitive_is_the_verb() {
    // "The company plans to hire workers ." with "plans" (NNS) the root, "company" its
    // compound and "hire" its `acl`.
    let spec = vec![
        ("The", "the", "DET", "DT", 3, "det"),
        ("company", "company", "NOUN", "NN", 3, "compound"),
        ("plans", "plan", "NOUN", "NNS", 0, "root"),
        ("to", "to", "PART", "TO", 5, "mark"),
        ("hire", "hire", "VERB", "VB", 3, "acl"),
        ("workers", "worker", "NOUN", "NNS", 5, "obj"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs,
        vec![
            (2, "det"),
            (3, "nsubj"),
            (0, "root"),
            (5, "mark"),
            (3, "xcomp"),
            (5, "obj"),
            (3, "punct"),
        ]
    );
    let v = &fixed[2];
    assert_eq!(
        (v.upos.as_str(), v.xpos.as_str(), v.lemma.as_str()),
        ("VERB", "VBZ", "plan")
    );
    // Not when the sentence has a finite verb ("The company plans to hire were shelved"),
    // nor for a plural that is no verb ("The company profits to ...").
    let mut finite = spec.clone();
    finite.insert(6, ("were", "be", "AUX", "VBD", 3, "cop"));
    assert!(repaired(&tokens(&finite)).is_none());
    let mut noun = spec;
    noun[2] = ("minutes", "minute", "NOUN", "NNS", 0, "root");
    assert!(repaired(&tokens(&noun)).is_none());
    // "The company Nordvolt plans to hire ." with "company" already the subject and the
    // name a compound of "plans": the name goes to the subject as its apposition.
    let spec = vec![
        ("The", "the", "DET", "DT", 2, "det"),
        ("company", "company", "NOUN", "NN", 4, "nsubj"),
        ("Nordvolt", "Nordvolt", "PROPN", "NNP", 4, "compound"),
        ("plans", "plan", "NOUN", "NNS", 0, "root"),
        ("to", "to", "PART", "TO", 6, "mark"),
        ("hire", "hire", "VERB", "VB", 4, "acl"),
        (".", ".", "PUNCT", ".", 4, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs,
        vec![
            (2, "det"),
            (4, "nsubj"),
            (2, "appos"),
            (0, "root"),
            (6, "mark"),
            (4, "xcomp"),
            (4, "punct"),
        ]
    );
}

#[test]
fn a_past_like_its_base_form_read_as_a_modifier_is_the_verb() {
    // "Inmates then set fire to mattresses , he said ." with "set" an adjective on "fire" and
    // "fire" the object of "Inmates".
    let spec = [
        ("Inmates", "inmate", "NOUN", "NNS", 9, "ccomp"),
        ("then", "then", "ADV", "RB", 3, "advmod"),
        ("set", "set", "ADJ", "JJ", 4, "amod"),
        ("fire", "fire", "NOUN", "NN", 1, "obj"),
        ("to", "to", "ADP", "IN", 6, "case"),
        ("mattresses", "mattress", "NOUN", "NNS", 1, "nmod"),
        (",", ",", "PUNCT", ",", 1, "punct"),
        ("he", "he", "PRON", "PRP", 9, "nsubj"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        (".", ".", "PUNCT", ".", 9, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs[..6],
        [
            (3, "nsubj"),
            (3, "advmod"),
            (9, "ccomp"),
            (3, "obj"),
            (6, "case"),
            (3, "obl")
        ]
    );
    assert_eq!(
        (fixed[2].upos.as_str(), fixed[2].xpos.as_str()),
        ("VERB", "VBD")
    );
    // Another adjective stays one.
    let mut other = spec;
    other[2] = ("big", "big", "ADJ", "JJ", 4, "amod");
    assert!(unchanged_pasts_read_as_modifiers(&tokens(&other)).is_empty());
}
