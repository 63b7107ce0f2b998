//! Tests of the repairs in `reported_clauses.rs`.

use super::*;
use crate::annotate::repair::repaired;
use crate::annotate::repair::testing::{arcs_of, repaired_or_same, tokens};

#[test]
fn an_of_phrase_read_as_a_reported_subject_gives_way_to_the_object() {
    // "experts said works of this kind were sold ." with "works" the object of "said",
    // "sold" a clause on it and "of this kind" its subject.
    let spec = [
        ("experts", "expert", "NOUN", "NNS", 2, "nsubj"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        ("works", "work", "NOUN", "NNS", 2, "obj"),
        ("of", "of", "ADP", "IN", 8, "mark"),
        ("this", "this", "DET", "DT", 6, "det"),
        ("kind", "kind", "NOUN", "NN", 8, "nsubj:pass"),
        ("were", "be", "AUX", "VBD", 8, "aux:pass"),
        ("sold", "sell", "VERB", "VBN", 3, "acl"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        (arcs[2], arcs[3], arcs[5], arcs[7]),
        ((8, "nsubj:pass"), (6, "case"), (3, "nmod"), (2, "ccomp"))
    );
    // Not after a verb that reports nothing ("bought works of this kind were sold").
    let mut bought = spec;
    bought[1] = ("bought", "buy", "VERB", "VBD", 0, "root");
    assert!(of_phrases_read_as_subjects(&tokens(&bought)).is_empty());
    // "said talks with this investor had collapsed": "with" opens no clause either; "for"
    // can ("said nothing, for this kind was sold").
    let mut with = spec;
    with[3] = ("with", "with", "ADP", "IN", 8, "mark");
    assert_eq!(of_phrases_read_as_subjects(&tokens(&with)), [(2, 5, 7)]);
    let mut for_ = spec;
    for_[3] = ("for", "for", "ADP", "IN", 8, "mark");
    assert!(of_phrases_read_as_subjects(&tokens(&for_)).is_empty());
}

#[test]
fn a_reported_past_tagged_as_participle_is_the_clause_verb() {
    // "Police detained two men , a spokesman said ." as mistagged and parsed.
    let spec = [
        ("Police", "police", "NOUN", "NNS", 8, "nsubj"),
        ("detained", "detain", "VERB", "VBN", 1, "acl"),
        ("two", "two", "NUM", "CD", 4, "nummod"),
        ("men", "man", "NOUN", "NNS", 8, "ccomp"),
        (",", ",", "PUNCT", ",", 4, "punct"),
        ("a", "a", "DET", "DT", 7, "det"),
        ("spokesman", "spokesman", "NOUN", "NN", 8, "nsubj"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        (".", ".", "PUNCT", ".", 8, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs[..4].to_vec(),
        vec![(2, "nsubj"), (8, "ccomp"), (4, "nummod"), (2, "obj"),]
    );
    // Without the comma before the speaker it is left alone.
    let mut plain = tokens(&spec);
    plain[4].form = "and".into();
    assert!(repaired(&plain).is_none());
}

#[test]
fn a_reported_clause_under_a_participle_gets_its_verb_back() {
    // "A bomb exploded at a market , killing 12 people , police said ." as parsed.
    let spec = [
        ("A", "a", "DET", "DT", 2, "det"),
        ("bomb", "bomb", "NOUN", "NN", 14, "nsubj"),
        ("exploded", "explode", "VERB", "VBN", 2, "acl"),
        ("at", "at", "ADP", "IN", 6, "case"),
        ("a", "a", "DET", "DT", 6, "det"),
        ("market", "market", "NOUN", "NN", 3, "obl"),
        (",", ",", "PUNCT", ",", 8, "punct"),
        ("killing", "kill", "VERB", "VBG", 3, "advcl"),
        ("12", "12", "NUM", "CD", 10, "nummod"),
        ("people", "people", "NOUN", "NNS", 8, "obj"),
        (",", ",", "PUNCT", ",", 13, "punct"),
        ("the", "the", "DET", "DT", 13, "det"),
        ("police", "police", "NOUN", "NNS", 14, "nsubj"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        (".", ".", "PUNCT", ".", 14, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (14, "ccomp"));
    assert_eq!((fixed[1].head, fixed[1].deprel.as_str()), (3, "nsubj"));
    // With its own auxiliary the participle is no bare past ("a bomb was exploded").
    let mut aux = spec.to_vec();
    aux[3] = ("was", "be", "AUX", "VBD", 3, "aux:pass");
    assert!(repaired(&tokens(&aux)).is_none_or(|f| f[2].deprel == "acl"));
    // ", killing 12 people" hung on "said" as its complement goes with "exploded".
    let mut ing = spec.to_vec();
    ing[7] = ("killing", "kill", "VERB", "VBG", 14, "ccomp");
    let fixed = repaired(&tokens(&ing)).expect("a repair");
    assert_eq!((fixed[2].head, fixed[2].deprel.as_str()), (14, "ccomp"));
    assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (3, "advcl"));
}

#[test]
fn a_reported_verb_read_as_a_participle_with_an_object_is_the_clause_verb() {
    // "Officials estimate the storm caused damage ." with "caused" (VBN) an `acl` of
    // "storm", the object of "estimate".
    let spec = vec![
        ("Officials", "official", "NOUN", "NNS", 2, "nsubj"),
        ("estimate", "estimate", "VERB", "VBP", 0, "root"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("storm", "storm", "NOUN", "NN", 2, "obj"),
        ("caused", "cause", "VERB", "VBN", 4, "acl"),
        ("damage", "damage", "NOUN", "NN", 5, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs,
        vec![
            (2, "nsubj"),
            (0, "root"),
            (4, "det"),
            (5, "nsubj"),
            (2, "ccomp"),
            (5, "obj"),
            (2, "punct"),
        ]
    );
    assert_eq!(fixed[4].xpos, "VBD");
    // A reduced relative with its agent stays: "estimate the damage caused by the storm".
    let relative = vec![
        ("Officials", "official", "NOUN", "NNS", 2, "nsubj"),
        ("estimate", "estimate", "VERB", "VBP", 0, "root"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("damage", "damage", "NOUN", "NN", 2, "obj"),
        ("caused", "cause", "VERB", "VBN", 4, "acl"),
        ("by", "by", "ADP", "IN", 8, "case"),
        ("the", "the", "DET", "DT", 8, "det"),
        ("storm", "storm", "NOUN", "NN", 5, "obl:agent"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    assert!(repaired(&tokens(&relative)).is_none());
    // Nor after an infinitive: "to estimate the foam covered surface".
    let mut infinitive = spec;
    infinitive[1] = ("estimate", "estimate", "VERB", "VB", 0, "root");
    assert!(repaired(&tokens(&infinitive)).is_none());
}

#[test]
fn a_reported_past_tense_read_as_a_participle_needs_no_object() {
    // "The company said fuel costs rose by 12 percent ." with "rose" (VBD) an `acl` of
    // "costs", the object of "said", and "by 12 percent" its agent.
    let spec = vec![
        ("The", "the", "DET", "DT", 2, "det"),
        ("company", "company", "NOUN", "NN", 3, "nsubj"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        ("fuel", "fuel", "NOUN", "NN", 5, "compound"),
        ("costs", "cost", "NOUN", "NNS", 3, "obj"),
        ("rose", "rise", "VERB", "VBD", 5, "acl"),
        ("by", "by", "ADP", "IN", 9, "case"),
        ("12", "12", "NUM", "CD", 9, "nummod"),
        ("percent", "percent", "NOUN", "NN", 6, "obl:agent"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs[4..9],
        [
            (6, "nsubj"),
            (3, "ccomp"),
            (9, "case"),
            (9, "nummod"),
            (6, "obl")
        ]
    );
    // Tagged as a participle, with no object, it stays a reduced relative ("said the
    // costs linked to the war").
    let mut participle = spec;
    participle[5] = ("linked", "link", "VERB", "VBN", 5, "acl");
    participle[6] = ("to", "to", "ADP", "IN", 9, "case");
    participle[8] = ("war", "war", "NOUN", "NN", 6, "obl");
    let kept = repaired_or_same(&participle);
    assert_eq!(arcs_of(&kept)[4..6], [(3, "obj"), (5, "acl")]);
}

#[test]
fn a_reported_clause_whose_subject_began_as_the_object_gets_it_back() {
    // "Traders said wheat prices rose sharply ." with "wheat" the object of "said" and
    // "rose" a relative clause on "wheat" with "prices" its subject.
    let spec = vec![
        ("Traders", "trader", "NOUN", "NNS", 2, "nsubj"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("wheat", "wheat", "NOUN", "NN", 2, "obj"),
        ("prices", "price", "NOUN", "NNS", 6, "nsubj"),
        ("rose", "rise", "VERB", "VBD", 4, "acl:relcl"),
        ("sharply", "sharply", "ADV", "RB", 6, "advmod"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs,
        vec![
            (2, "nsubj"),
            (0, "root"),
            (5, "det"),
            (5, "compound"),
            (6, "nsubj"),
            (2, "ccomp"),
            (6, "advmod"),
            (2, "punct"),
        ]
    );
    // Not after a verb that reports nothing, nor when the object has a preposition or
    // the clause's verb is a participle.
    let mut sold = spec.clone();
    sold[1] = ("sold", "sell", "VERB", "VBD", 0, "root");
    let mut participle = spec;
    participle[5] = ("listed", "list", "VERB", "VBN", 4, "acl");
    for other in [sold, participle] {
        let kept = repaired_or_same(&other);
        assert_eq!(
            arcs_of(&kept)[3..6],
            [(2, "obj"), (6, "nsubj"), (4, other[5].5)]
        );
    }
}

#[test]
fn a_reported_verb_read_as_an_adjective_on_its_object_is_the_clause_verb() {
    // "The minister said the tariffs violated trade rules ." with "violated" (tagged JJ)
    // an `amod` of "rules", and "rules" a conjunct of the object "tariffs".
    let spec = vec![
        ("The", "the", "DET", "DT", 2, "det"),
        ("minister", "minister", "NOUN", "NN", 3, "nsubj"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        ("the", "the", "DET", "DT", 5, "det"),
        ("tariffs", "tariff", "NOUN", "NNS", 3, "obj"),
        ("violated", "violated", "ADJ", "JJ", 8, "amod"),
        ("trade", "trade", "NOUN", "NN", 8, "compound"),
        ("rules", "rule", "NOUN", "NNS", 5, "conj"),
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
            (5, "det"),
            (6, "nsubj"),
            (3, "ccomp"),
            (8, "compound"),
            (6, "obj"),
            (3, "punct"),
        ]
    );
    let v = &fixed[5];
    assert_eq!(
        (v.upos.as_str(), v.xpos.as_str(), v.lemma.as_str()),
        ("VERB", "VBD", "violate")
    );
    // Not for an adjective WordNet has no past tense of ("said the tariffs unfair rules"
    // is no clause), nor after a verb that takes a real object ("told the tariffs ...").
    let mut other = spec.clone();
    other[5] = ("unfair", "unfair", "ADJ", "JJ", 8, "amod");
    assert!(repaired(&tokens(&other)).is_none());
    let mut told = spec.clone();
    told[2] = ("told", "tell", "VERB", "VBD", 0, "root");
    assert!(repaired(&tokens(&told)).is_none());
    // Nor when a preposition heads the later noun ("said the tariffs limited by rules").
    let mut by = spec;
    by[6] = ("by", "by", "ADP", "IN", 8, "case");
    assert!(repaired(&tokens(&by)).is_none());
}

#[test]
fn a_reported_subject_read_as_an_object_becomes_the_subject() {
    // "The envoy left , saying the country would not yield ." with "country" the object of
    // "saying" and "yield" its subjectless complement.
    let spec = [
        ("The", "the", "DET", "DT", 2, "det"),
        ("envoy", "envoy", "NOUN", "NN", 3, "nsubj"),
        ("left", "leave", "VERB", "VBD", 0, "root"),
        (",", ",", "PUNCT", ",", 5, "punct"),
        ("saying", "say", "VERB", "VBG", 3, "advcl"),
        ("the", "the", "DET", "DT", 7, "det"),
        ("country", "country", "NOUN", "NN", 5, "obj"),
        ("would", "would", "AUX", "MD", 10, "aux"),
        ("not", "not", "PART", "RB", 10, "advmod"),
        ("yield", "yield", "VERB", "VB", 5, "ccomp"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (10, "nsubj"));
    assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (5, "ccomp"));
    // The same with "saying" read as the clausal subject of "yield".
    let mut csubj = spec;
    csubj[3].4 = 10;
    csubj[4].4 = 10;
    csubj[4].5 = "csubj";
    csubj[9].4 = 3;
    csubj[9].5 = "advcl";
    let fixed = repaired(&tokens(&csubj)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs[3..10].to_vec(),
        vec![
            (5, "punct"),
            (3, "advcl"),
            (7, "det"),
            (10, "nsubj"),
            (10, "aux"),
            (10, "advmod"),
            (5, "ccomp"),
        ]
    );
    // "declared the truce after rebels attacked": a subordinator makes the clause
    // adverbial, whatever the parser did with it; and a verb that is not one of saying keeps
    // its object.
    let after = tokens(&[
        ("Kim", "Kim", "PROPN", "NNP", 2, "nsubj"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("truce", "truce", "NOUN", "NN", 2, "obj"),
        ("after", "after", "ADP", "IN", 6, "case"),
        ("rebels", "rebel", "NOUN", "NNS", 4, "nmod"),
        ("attacked", "attack", "VERB", "VBD", 2, "ccomp"),
    ]);
    assert!(repaired(&after).is_none());
    let mut other = tokens(&spec);
    other[4].lemma = "leave".into();
    assert!(repaired(&other).is_none());
    // A quotation mark may open the clause ("saying the country would \"not yield"); other
    // punctuation may not.
    let mut quoted = spec.to_vec();
    for t in quoted.iter_mut() {
        if t.4 > 8 {
            t.4 += 1;
        }
    }
    quoted.insert(8, ("\"", "\"", "PUNCT", "``", 11, "punct"));
    let fixed = repaired(&tokens(&quoted)).expect("a repair");
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (11, "nsubj"));
    quoted[8] = ("-", "-", "PUNCT", "HYPH", 11, "punct");
    assert!(repaired(&tokens(&quoted)).is_none());
}

#[test]
fn a_reported_clause_hung_above_its_reporting_participle_comes_down_to_it() {
    // "Unions welcomed the ruling , saying the merger could have cut jobs ." with "cut" the
    // complement of "welcomed" and "merger" the object of "saying".
    let spec = [
        ("Unions", "union", "NOUN", "NNS", 2, "nsubj"),
        ("welcomed", "welcome", "VERB", "VBD", 0, "root"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("ruling", "ruling", "NOUN", "NN", 2, "obj"),
        (",", ",", "PUNCT", ",", 6, "punct"),
        ("saying", "say", "VERB", "VBG", 2, "advcl"),
        ("the", "the", "DET", "DT", 8, "det"),
        ("merger", "merger", "NOUN", "NN", 6, "obj"),
        ("could", "could", "AUX", "MD", 11, "aux"),
        ("have", "have", "AUX", "VB", 11, "aux"),
        ("cut", "cut", "VERB", "VBN", 2, "ccomp"),
        ("jobs", "job", "NOUN", "NNS", 11, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!((arcs[7], arcs[10]), ((11, "nsubj"), (6, "ccomp")));
    // A participle that reports nothing keeps its object, and the clause stays where it is.
    let mut noting = spec;
    noting[5] = ("blocking", "block", "VERB", "VBG", 2, "advcl");
    assert!(repaired(&tokens(&noting)).is_none());
    // Nor when the participle has a complement clause of its own.
    let mut own = spec.to_vec();
    own.push(("left", "leave", "VERB", "VBD", 6, "ccomp"));
    assert!(repaired(&tokens(&own)).is_none());
    // "The merger could have cut jobs" hung on "saying" as a relative clause of the object.
    let mut relcl = spec;
    relcl[10] = ("cut", "cut", "VERB", "VBN", 8, "acl:relcl");
    let fixed = repaired(&tokens(&relcl)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!((arcs[7], arcs[10]), ((11, "nsubj"), (6, "ccomp")));
}

#[test]
fn a_reported_copular_clause_takes_its_subject_from_the_object() {
    // "Lee insisted the offer was the best and denied claims ." with "offer" the object of
    // "insisted", "best" its subjectless complement and "denied" a conjunct of "best".
    let spec = [
        ("Lee", "Lee", "PROPN", "NNP", 2, "nsubj"),
        ("insisted", "insist", "VERB", "VBD", 0, "root"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("offer", "offer", "NOUN", "NN", 2, "obj"),
        ("was", "be", "AUX", "VBD", 7, "cop"),
        ("the", "the", "DET", "DT", 7, "det"),
        ("best", "good", "ADJ", "JJS", 2, "ccomp"),
        ("and", "and", "CCONJ", "CC", 9, "cc"),
        ("denied", "deny", "VERB", "VBD", 7, "conj"),
        ("claims", "claim", "NOUN", "NNS", 9, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (7, "nsubj"));
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (2, "ccomp"));
    // The denial is the speaker's (repair 68: "deny" is one of the speakers' acts).
    assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (2, "conj"));
    // A conjunct that is no speaker's act stays in the reported clause.
    let mut went = spec;
    went[8] = ("went", "go", "VERB", "VBD", 7, "conj");
    let fixed = repaired(&tokens(&went)).expect("a repair");
    assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (7, "conj"));
    // Without the copula the adjective is no clause.
    let mut bare = spec;
    bare[4] = ("very", "very", "ADV", "RB", 7, "advmod");
    assert_eq!(arcs_of(&repaired_or_same(&bare))[3], (2, "obj"));
}

#[test]
fn a_reported_clause_hung_on_a_participle_in_its_subject_is_the_report() {
    // "It said cables supporting the bridge had failed ." with "failed" a clause of
    // "supporting" and "bridge" its subject.
    let spec = [
        ("It", "it", "PRON", "PRP", 2, "nsubj"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        ("cables", "cable", "NOUN", "NNS", 2, "obj"),
        ("supporting", "support", "VERB", "VBG", 3, "acl"),
        ("the", "the", "DET", "DT", 6, "det"),
        ("bridge", "bridge", "NOUN", "NN", 8, "nsubj"),
        ("had", "have", "AUX", "VBD", 8, "aux"),
        ("failed", "fail", "VERB", "VBN", 4, "ccomp"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs[2..8],
        [
            (8, "nsubj"),
            (3, "acl"),
            (6, "det"),
            (4, "obj"),
            (8, "aux"),
            (2, "ccomp")
        ]
    );
    // A participle of saying reports its own clause ("... officials saying the bridge had
    // failed"), and "that" opens a clause that may be the participle's.
    let mut saying = spec;
    saying[3] = ("saying", "say", "VERB", "VBG", 3, "acl");
    assert!(repaired(&tokens(&saying)).is_none());
    let mut that = spec.to_vec();
    that.insert(4, ("that", "that", "SCONJ", "IN", 9, "mark"));
    for (k, t) in that.iter_mut().enumerate() {
        if k != 4 && t.4 > 4 {
            t.4 += 1;
        }
    }
    assert_eq!(arcs_of(&repaired_or_same(&that))[2], (2, "obj"));
    // A verb that reports nothing keeps its object.
    let mut fixed_verb = spec;
    fixed_verb[1] = ("saw", "see", "VERB", "VBD", 0, "root");
    assert!(repaired(&tokens(&fixed_verb)).is_none());
}

#[test]
fn subjects_split_by_a_report_are_coordinated_again() {
    // "The navy said frigates and a cutter had entered waters ." with "frigates" the object of
    // "said" and "entered" its conjunct.
    let spec = [
        ("The", "the", "DET", "DT", 2, "det"),
        ("navy", "navy", "NOUN", "NN", 3, "nsubj"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        ("frigates", "frigate", "NOUN", "NNS", 3, "obj"),
        ("and", "and", "CCONJ", "CC", 9, "cc"),
        ("a", "a", "DET", "DT", 7, "det"),
        ("cutter", "cutter", "NOUN", "NN", 9, "nsubj"),
        ("had", "have", "AUX", "VBD", 9, "aux"),
        ("entered", "enter", "VERB", "VBN", 3, "conj"),
        ("waters", "water", "NOUN", "NNS", 9, "obj"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!(
        arcs_of(&fixed)[3..9],
        [
            (9, "nsubj"),
            (7, "cc"),
            (7, "det"),
            (4, "conj"),
            (9, "aux"),
            (3, "ccomp")
        ]
    );
    // "said nothing and the cutter entered": a pronoun object is what was said; so is the
    // object of a verb that takes one ("told reporters and ..."), and an object beside a
    // reported clause.
    let mut nothing = spec;
    nothing[3] = ("nothing", "nothing", "PRON", "NN", 3, "obj");
    assert!(coordinated_subjects_split_by_reports(&tokens(&nothing)).is_empty());
    let mut told = spec;
    told[2] = ("told", "tell", "VERB", "VBD", 0, "root");
    assert!(coordinated_subjects_split_by_reports(&tokens(&told)).is_empty());
    let mut reported = spec;
    reported[10] = ("go", "go", "VERB", "VB", 3, "ccomp");
    assert!(coordinated_subjects_split_by_reports(&tokens(&reported)).is_empty());
    // Nor when the clause after "and" is no finite verb.
    let mut bare = spec;
    bare[7] = ("then", "then", "ADV", "RB", 9, "advmod");
    bare[8] = ("entering", "enter", "VERB", "VBG", 3, "conj");
    assert!(coordinated_subjects_split_by_reports(&tokens(&bare)).is_empty());
}
