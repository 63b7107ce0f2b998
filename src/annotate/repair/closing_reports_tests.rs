//! Tests of the repairs in `closing_reports.rs`.

use super::titled_speakers_read_as_conjuncts;
use crate::annotate::repair::repaired;
use crate::annotate::repair::testing::{arcs_of, repaired_or_same, tokens};

#[test]
fn a_reporting_tail_read_as_a_conjunct_gives_the_clause_back() {
    // "A fire destroyed homes and forced residents out , officials said ." with "said" the
    // conjunct of "destroyed" and "forced" its adverbial clause.
    let spec = [
        ("A", "a", "DET", "DT", 2, "det"),
        ("fire", "fire", "NOUN", "NN", 3, "nsubj"),
        ("destroyed", "destroy", "VERB", "VBD", 0, "root"),
        ("homes", "home", "NOUN", "NNS", 3, "obj"),
        ("and", "and", "CCONJ", "CC", 11, "cc"),
        ("forced", "force", "VERB", "VBD", 11, "advcl"),
        ("residents", "resident", "NOUN", "NNS", 6, "obj"),
        ("out", "out", "ADV", "RB", 6, "advmod"),
        (",", ",", "PUNCT", ",", 11, "punct"),
        ("officials", "official", "NOUN", "NNS", 11, "nsubj"),
        ("said", "say", "VERB", "VBD", 3, "conj"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (3, "conj"));
    assert_eq!(fixed[4].head, 6);
    assert_eq!(
        (fixed[10].head, fixed[10].deprel.as_str()),
        (3, "parataxis")
    );
    // "... and officials said" without the comma: a real conjunct, left alone.
    let mut spec = spec;
    spec[8] = ("then", "then", "ADV", "RB", 11, "advmod");
    assert!(repaired(&tokens(&spec)).is_none());
}

#[test]
fn a_closing_report_made_the_root_over_a_participle_gives_way_to_it() {
    // "Hundreds of fans gathered outside , the club announced ." with "announced" (VBN)
    // the root, "Hundreds" and "club" its subjects, "gathered" a participle on "fans".
    let spec = vec![
        ("Hundreds", "hundred", "NOUN", "NNS", 9, "nsubj:pass"),
        ("of", "of", "ADP", "IN", 3, "case"),
        ("fans", "fan", "NOUN", "NNS", 1, "nmod"),
        ("gathered", "gather", "VERB", "VBN", 3, "acl"),
        ("outside", "outside", "ADV", "RB", 4, "advmod"),
        (",", ",", "PUNCT", ",", 8, "punct"),
        ("the", "the", "DET", "DT", 8, "det"),
        ("club", "club", "NOUN", "NN", 9, "nsubj"),
        ("announced", "announce", "VERB", "VBN", 0, "root"),
        (".", ".", "PUNCT", ".", 9, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
    assert_eq!(
        [arc(0), arc(3), arc(5), arc(7), arc(8), arc(9)],
        [
            (4, "nsubj"),
            (0, "root"),
            (9, "punct"),
            (9, "nsubj"),
            (4, "parataxis"),
            (4, "punct")
        ]
    );
    // With one subject the report is the sentence's verb: "The club announced ." stays.
    let mut one = spec.clone();
    one[0].5 = "obl";
    assert!(repaired(&tokens(&one)).is_none_or(|t| t[8].head == 0));
}

#[test]
fn a_reporting_clause_closing_the_sentence_hangs_on_its_verb() {
    // "The factory will close next year , the company announced on Monday ." with
    // "company" an apposition of "year" and "announced" a participle on it.
    let mut spec = vec![
        ("The", "the", "DET", "DT", 2, "det"),
        ("factory", "factory", "NOUN", "NN", 4, "nsubj"),
        ("will", "will", "AUX", "MD", 4, "aux"),
        ("close", "close", "VERB", "VB", 0, "root"),
        ("next", "next", "ADJ", "JJ", 6, "amod"),
        ("year", "year", "NOUN", "NN", 4, "obl:tmod"),
        (",", ",", "PUNCT", ",", 9, "punct"),
        ("the", "the", "DET", "DT", 9, "det"),
        ("company", "company", "NOUN", "NN", 6, "appos"),
        ("announced", "announce", "VERB", "VBN", 9, "acl"),
        ("on", "on", "ADP", "IN", 12, "case"),
        ("Monday", "Monday", "PROPN", "NNP", 10, "obl"),
        (".", ".", "PUNCT", ".", 4, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
    assert_eq!(
        [arc(6), arc(8), arc(9), arc(11)],
        [(10, "punct"), (10, "nsubj"), (4, "parataxis"), (10, "obl")]
    );
    assert_eq!(fixed[9].xpos, "VBD");
    // A participle that does not close the sentence is left alone ("..., the company
    // announced on Monday, and ..." is something else).
    spec[12] = ("and", "and", "CCONJ", "CC", 4, "cc");
    assert!(repaired(&tokens(&spec)).is_none());

    // "The bridge reopened after repairs , the city said ." with "said" a complement of
    // "reopened" that also took "after repairs".
    let spec = vec![
        ("The", "the", "DET", "DT", 2, "det"),
        ("bridge", "bridge", "NOUN", "NN", 3, "nsubj"),
        ("reopened", "reopen", "VERB", "VBD", 0, "root"),
        ("after", "after", "ADP", "IN", 5, "case"),
        ("repairs", "repair", "NOUN", "NNS", 9, "obl"),
        (",", ",", "PUNCT", ",", 5, "punct"),
        ("the", "the", "DET", "DT", 8, "det"),
        ("city", "city", "NOUN", "NN", 9, "nsubj"),
        ("said", "say", "VERB", "VBD", 3, "ccomp"),
        (".", ".", "PUNCT", ".", 9, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arc = |i: usize| (fixed[i].head, fixed[i].deprel.as_str());
    assert_eq!(
        [arc(4), arc(5), arc(7), arc(8)],
        [(3, "obl"), (9, "punct"), (9, "nsubj"), (3, "parataxis")]
    );
    // With a clause of its own the verb reports that clause, wherever it hangs.
    let mut with_clause = spec.clone();
    with_clause.insert(9, ("so", "so", "ADV", "RB", 9, "ccomp"));
    assert!(repaired(&tokens(&with_clause)).is_none());
}

#[test]
fn a_closing_report_read_as_a_complement_is_parataxis() {
    // "Prices rose by 3 percent , the exchange reported ." with "reported" a `ccomp` of
    // "rose", "by 3 percent" on "reported" and the comma inside the subject's phrase.
    let spec = [
        ("Prices", "price", "NOUN", "NNS", 2, "nsubj"),
        ("rose", "rise", "VERB", "VBD", 0, "root"),
        ("by", "by", "ADP", "IN", 5, "case"),
        ("3", "3", "NUM", "CD", 5, "nummod"),
        ("percent", "percent", "NOUN", "NN", 9, "obl"),
        (",", ",", "PUNCT", ",", 8, "punct"),
        ("the", "the", "DET", "DT", 8, "det"),
        ("exchange", "exchange", "NOUN", "NN", 9, "nsubj"),
        ("reported", "report", "VERB", "VBD", 2, "ccomp"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[8], (2, "parataxis"));
    assert_eq!(arcs[4], (2, "obl"));
    assert_eq!(arcs[5], (9, "punct"));
    // "... rose , and the exchange reported ." has a coordinator: left alone.
    let mut cc = spec.to_vec();
    cc.insert(6, ("and", "and", "CCONJ", "CC", 9, "cc"));
    for t in cc.iter_mut() {
        if t.4 > 6 {
            t.4 += 1;
        }
    }
    assert_eq!(arcs_of(&repaired_or_same(&cc))[9], (2, "ccomp"));
}

#[test]
fn a_title_taken_by_the_report_goes_back_to_the_reported_clause() {
    // "Coach Elena resigned , the club announced ." with "Coach" a second subject of
    // "announced".
    let spec = vec![
        ("Coach", "coach", "NOUN", "NN", 7, "nsubj"),
        ("Elena", "Elena", "PROPN", "NNP", 3, "nsubj"),
        ("resigned", "resign", "VERB", "VBD", 7, "ccomp"),
        (",", ",", "PUNCT", ",", 7, "punct"),
        ("the", "the", "DET", "DT", 6, "det"),
        ("club", "club", "NOUN", "NN", 7, "nsubj"),
        ("announced", "announce", "VERB", "VBD", 0, "root"),
        (".", ".", "PUNCT", ".", 7, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!(
        arcs_of(&fixed)[..3],
        [(3, "nsubj"), (1, "appos"), (7, "ccomp")]
    );
    // Not a role noun ("Fans Elena ..."), or the report's own subject only: left alone.
    let mut fans = spec.clone();
    fans[0] = ("Fans", "fan", "NOUN", "NNS", 7, "nsubj");
    let mut one = spec;
    one[5].5 = "obj";
    for other in [fans, one] {
        let kept = repaired_or_same(&other);
        assert_eq!(arcs_of(&kept)[0], (7, "nsubj"));
    }
}

#[test]
fn a_report_that_ends_the_sentence_read_as_a_conjunct_is_the_report() {
    // "Fans gathered as councillors voted , the club announced ." with "announced" a
    // conjunct of "gathered" and "voted" its adverbial clause.
    let spec = vec![
        ("Fans", "fan", "NOUN", "NNS", 2, "nsubj"),
        ("gathered", "gather", "VERB", "VBD", 0, "root"),
        ("as", "as", "SCONJ", "IN", 5, "mark"),
        ("councillors", "councillor", "NOUN", "NNS", 5, "nsubj"),
        ("voted", "vote", "VERB", "VBD", 9, "advcl"),
        (",", ",", "PUNCT", ",", 5, "punct"),
        ("the", "the", "DET", "DT", 8, "det"),
        ("club", "club", "NOUN", "NN", 9, "nsubj"),
        ("announced", "announce", "VERB", "VBD", 2, "conj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs[4..9],
        [
            (2, "advcl"),
            (9, "punct"),
            (8, "det"),
            (9, "nsubj"),
            (2, "parataxis")
        ]
    );
    // With a coordinator, or with more than punctuation after it, it is a conjunct.
    let mut cc = spec.clone();
    cc[5] = ("and", "and", "CCONJ", "CC", 9, "cc");
    let mut more = spec;
    more[9] = ("it", "it", "PRON", "PRP", 9, "obj");
    for other in [cc, more] {
        let kept = repaired_or_same(&other);
        assert_eq!(arcs_of(&kept)[8], (2, "conj"));
    }
}

#[test]
fn a_closing_report_read_as_a_modifier_of_its_subject_is_the_report() {
    // "Benton plans to meet leaders , a spokeswoman told reporters ." with "spokeswoman" an
    // apposition of "leaders" and "told" (tagged a participle) its modifier.
    let spec = [
        ("Benton", "Benton", "PROPN", "NNP", 2, "nsubj"),
        ("plans", "plan", "VERB", "VBZ", 0, "root"),
        ("to", "to", "PART", "TO", 4, "mark"),
        ("meet", "meet", "VERB", "VB", 2, "xcomp"),
        ("leaders", "leader", "NOUN", "NNS", 4, "obj"),
        (",", ",", "PUNCT", ",", 8, "punct"),
        ("a", "a", "DET", "DT", 8, "det"),
        ("spokeswoman", "spokeswoman", "NOUN", "NN", 5, "appos"),
        ("told", "tell", "VERB", "VBN", 8, "acl"),
        ("reporters", "reporter", "NOUN", "NNS", 9, "iobj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[8], (2, "parataxis"));
    assert_eq!(arcs[7], (9, "nsubj"));
    assert_eq!(arcs[5], (9, "punct"));
    assert_eq!(fixed[8].xpos, "VBD");
    // A participle without an object is a real modifier ("a spokeswoman told to wait").
    let mut bare = spec;
    bare[9] = ("waiting", "wait", "VERB", "VBG", 9, "xcomp");
    assert_eq!(arcs_of(&repaired_or_same(&bare))[8], (8, "acl"));
    // So is one with words after it that are not its own.
    let mut more = spec;
    more[10] = ("today", "today", "NOUN", "NN", 2, "obl:tmod");
    assert_eq!(arcs_of(&repaired_or_same(&more))[8], (8, "acl"));
}

#[test]
fn a_closing_report_whose_titled_speaker_was_read_as_conjuncts_is_a_report() {
    // "Flights were cancelled , the airline 's chief executive , Ingrid Falk , told reporters ."
    // with "executive" and "told" conjuncts of "cancelled".
    let spec = [
        ("Flights", "flight", "NOUN", "NNS", 3, "nsubj:pass"),
        ("were", "be", "AUX", "VBD", 3, "aux:pass"),
        ("cancelled", "cancel", "VERB", "VBN", 0, "root"),
        (",", ",", "PUNCT", ",", 8, "punct"),
        ("the", "the", "DET", "DT", 6, "det"),
        ("airline", "airline", "NOUN", "NN", 8, "nmod:poss"),
        ("'s", "'s", "PART", "POS", 6, "case"),
        ("executive", "executive", "NOUN", "NN", 3, "conj"),
        (",", ",", "PUNCT", ",", 10, "punct"),
        ("Ingrid", "Ingrid", "PROPN", "NNP", 8, "appos"),
        ("Falk", "Falk", "PROPN", "NNP", 10, "flat"),
        (",", ",", "PUNCT", ",", 13, "punct"),
        ("told", "tell", "VERB", "VBD", 3, "conj"),
        ("reporters", "reporter", "NOUN", "NNS", 13, "iobj"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[7], (13, "nsubj"));
    assert_eq!(arcs[9], (8, "appos"));
    assert_eq!(arcs[12], (3, "parataxis"));
    // The name read as a third conjunct, with a title before it.
    let mut conj = spec;
    conj[9] = ("Ingrid", "Ingrid", "PROPN", "NNP", 3, "conj");
    let fixed = repaired_or_same(&conj);
    assert_eq!(arcs_of(&fixed)[9], (8, "appos"));
    // Not a role ("the airline's planes"), not a verb of saying, or a report that goes on.
    let mut planes = spec;
    planes[7] = ("planes", "plane", "NOUN", "NNS", 3, "conj");
    assert!(titled_speakers_read_as_conjuncts(&tokens(&planes)).is_empty());
    let mut flew = spec;
    flew[12] = ("flew", "fly", "VERB", "VBD", 3, "conj");
    assert!(titled_speakers_read_as_conjuncts(&tokens(&flew)).is_empty());
    let mut on = spec;
    on[14] = ("today", "today", "NOUN", "NN", 3, "obl:tmod");
    assert!(titled_speakers_read_as_conjuncts(&tokens(&on)).is_empty());
}
