//! Tests of the repairs in `participle_clauses.rs`.

use super::*;
use crate::annotate::repair::repaired;
use crate::annotate::repair::testing::{arcs_of, tokens};

#[test]
fn the_speakers_participle_goes_with_the_speaker() {
    // "Brandt denied that the recall was delayed , saying engineers needed months ." with
    // "saying" on "delayed" and "needed" a modifier of "engineers".
    let spec = [
        ("Brandt", "Brandt", "PROPN", "NNP", 2, "nsubj"),
        ("denied", "deny", "VERB", "VBD", 0, "root"),
        ("that", "that", "SCONJ", "IN", 6, "mark"),
        ("the", "the", "DET", "DT", 5, "det"),
        ("recall", "recall", "NOUN", "NN", 6, "nsubj:pass"),
        ("delayed", "delay", "VERB", "VBN", 2, "ccomp"),
        (",", ",", "PUNCT", ",", 8, "punct"),
        ("saying", "say", "VERB", "VBG", 6, "advcl"),
        ("engineers", "engineer", "NOUN", "NNS", 8, "obj"),
        ("needed", "need", "VERB", "VBD", 9, "acl"),
        ("months", "month", "NOUN", "NNS", 10, "obj"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    assert_eq!(speakers_participles_in_reports(&tokens(&spec)), [(7, 1)]);
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        arcs[6..11],
        [
            (8, "punct"),
            (2, "advcl"),
            (10, "nsubj"),
            (8, "ccomp"),
            (10, "obj")
        ]
    );
    // A participle that reports nothing ("adding agriculture to ...") stays; so does one
    // in a clause that is itself about saying ("denied that police told them, saying").
    let mut adding = spec;
    adding[7] = ("adding", "add", "VERB", "VBG", 6, "advcl");
    adding[9] = ("to", "to", "ADP", "IN", 11, "case");
    adding[10] = ("farming", "farming", "NOUN", "NN", 8, "obl");
    assert!(speakers_participles_in_reports(&tokens(&adding)).is_empty());
    let mut told = spec;
    told[5] = ("told", "tell", "VERB", "VBD", 2, "ccomp");
    assert!(speakers_participles_in_reports(&tokens(&told)).is_empty());
}

#[test]
fn the_speakers_naming_participle_goes_with_the_speaker() {
    // "Okonsky told reporters that her client would appeal , calling the verdict a sham ."
    // with "calling" on "appeal" (the content clause already the teller's).
    let spec = [
        ("Okonsky", "Okonsky", "PROPN", "NNP", 2, "nsubj"),
        ("told", "tell", "VERB", "VBD", 0, "root"),
        ("reporters", "reporter", "NOUN", "NNS", 2, "iobj"),
        ("that", "that", "SCONJ", "IN", 8, "mark"),
        ("her", "her", "PRON", "PRP$", 6, "nmod:poss"),
        ("client", "client", "NOUN", "NN", 8, "nsubj"),
        ("would", "would", "AUX", "MD", 8, "aux"),
        ("appeal", "appeal", "VERB", "VB", 2, "ccomp"),
        (",", ",", "PUNCT", ",", 10, "punct"),
        ("calling", "call", "VERB", "VBG", 8, "advcl"),
        ("the", "the", "DET", "DT", 12, "det"),
        ("verdict", "verdict", "NOUN", "NN", 10, "obj"),
        ("a", "a", "DET", "DT", 14, "det"),
        ("sham", "sham", "NOUN", "NN", 10, "xcomp"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    assert_eq!(speakers_participles_in_reports(&tokens(&spec)), [(9, 1)]);
    // "calling for calm" names nothing: it stays with the client.
    let mut calling_for = spec;
    calling_for[10] = ("for", "for", "ADP", "IN", 12, "case");
    calling_for[11] = ("calm", "calm", "NOUN", "NN", 10, "obl");
    calling_for[12] = ("now", "now", "ADV", "RB", 10, "advmod");
    calling_for[13] = ("again", "again", "ADV", "RB", 10, "advmod");
    assert!(speakers_participles_in_reports(&tokens(&calling_for)).is_empty());
}

#[test]
fn a_reporting_participle_after_the_reported_clause_is_the_speakers() {
    // "Ana said the army would leave , adding that talks failed ." with "adding" on "leave".
    let spec = [
        ("Ana", "Ana", "PROPN", "NNP", 2, "nsubj"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("army", "army", "NOUN", "NN", 6, "nsubj"),
        ("would", "would", "AUX", "MD", 6, "aux"),
        ("leave", "leave", "VERB", "VB", 2, "ccomp"),
        (",", ",", "PUNCT", ",", 8, "punct"),
        ("adding", "add", "VERB", "VBG", 6, "advcl"),
        ("that", "that", "SCONJ", "IN", 11, "mark"),
        ("talks", "talk", "NOUN", "NNS", 11, "nsubj"),
        ("failed", "fail", "VERB", "VBD", 8, "ccomp"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "advcl"));
    // "adding staff": no reported clause, so the participle stays with the clause.
    let mut staff = spec.to_vec();
    staff.truncate(8);
    staff.push(("staff", "staff", "NOUN", "NN", 8, "obj"));
    assert!(repaired(&tokens(&staff)).is_none());
}

#[test]
fn what_an_amount_was_spent_on_is_the_spenders() {
    // "Pellaris has spent 2 billion crowns developing lumacitan ." with "developing" on
    // "crowns".
    let spec = [
        ("Pellaris", "Pellaris", "PROPN", "NNP", 3, "nsubj"),
        ("has", "have", "AUX", "VBZ", 3, "aux"),
        ("spent", "spend", "VERB", "VBN", 0, "root"),
        ("2", "2", "NUM", "CD", 5, "compound"),
        ("billion", "billion", "NUM", "CD", 6, "nummod"),
        ("crowns", "crown", "NOUN", "NNS", 3, "obj"),
        ("developing", "develop", "VERB", "VBG", 6, "acl"),
        ("lumacitan", "lumacitan", "NOUN", "NN", 7, "obj"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ];
    assert_eq!(spent_on_doing(&tokens(&spec)), [(6, 2)]);
    // Not after another verb ("earned 2 billion crowns developing ..."), nor after a comma.
    let mut earned = spec;
    earned[2] = ("earned", "earn", "VERB", "VBN", 0, "root");
    assert!(spent_on_doing(&tokens(&earned)).is_empty());
    let comma = [
        ("They", "they", "PRON", "PRP", 2, "nsubj"),
        ("spent", "spend", "VERB", "VBD", 0, "root"),
        ("millions", "million", "NOUN", "NNS", 2, "obj"),
        (",", ",", "PUNCT", ",", 5, "punct"),
        ("hoping", "hope", "VERB", "VBG", 3, "acl"),
        ("for", "for", "ADP", "IN", 7, "case"),
        ("more", "more", "ADJ", "JJR", 5, "obl"),
    ];
    assert!(spent_on_doing(&tokens(&comma)).is_empty());
}

#[test]
fn a_reporting_participle_inside_the_object_modifies_the_verb() {
    // "he rejected the demand for halting aid , warning that it would fail ." with
    // "warning" on "halting".
    let mut spec = vec![
        ("he", "he", "PRON", "PRP", 2, "nsubj"),
        ("rejected", "reject", "VERB", "VBD", 0, "root"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("demand", "demand", "NOUN", "NN", 2, "obj"),
        ("for", "for", "SCONJ", "IN", 6, "mark"),
        ("halting", "halt", "VERB", "VBG", 4, "acl"),
        ("aid", "aid", "NOUN", "NN", 6, "obj"),
        (",", ",", "PUNCT", ",", 9, "punct"),
        ("warning", "warn", "VERB", "VBG", 6, "advcl"),
        ("that", "that", "SCONJ", "IN", 13, "mark"),
        ("it", "it", "PRON", "PRP", 13, "nsubj"),
        ("would", "would", "AUX", "MD", 13, "aux"),
        ("fail", "fail", "VERB", "VB", 9, "ccomp"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[8].head, fixed[8].deprel.as_str()), (2, "advcl"));
    // "he wants to stop , warning that ...": on a chain of verbs, it is where it belongs.
    spec[3] = ("to", "to", "PART", "TO", 6, "mark");
    spec[5] = ("stop", "stop", "VERB", "VB", 2, "xcomp");
    spec[6] = ("now", "now", "ADV", "RB", 6, "advmod");
    assert!(repaired(&tokens(&spec)).is_none());
}

#[test]
fn a_closing_participle_on_a_modifier_goes_to_the_past_tense_verb() {
    // "A court jailed him for taking bribes from firms bidding for contracts , ending a
    // trial ." with "ending" on "bidding".
    let spec = [
        ("A", "a", "DET", "DT", 2, "det"),
        ("court", "court", "NOUN", "NN", 3, "nsubj"),
        ("jailed", "jail", "VERB", "VBD", 0, "root"),
        ("him", "he", "PRON", "PRP", 3, "obj"),
        ("for", "for", "SCONJ", "IN", 6, "mark"),
        ("taking", "take", "VERB", "VBG", 3, "advcl"),
        ("bribes", "bribe", "NOUN", "NNS", 6, "obj"),
        ("from", "from", "ADP", "IN", 9, "case"),
        ("firms", "firm", "NOUN", "NNS", 7, "nmod"),
        ("bidding", "bid", "VERB", "VBG", 9, "acl"),
        ("for", "for", "ADP", "IN", 12, "case"),
        ("contracts", "contract", "NOUN", "NNS", 10, "obl"),
        (",", ",", "PUNCT", ",", 14, "punct"),
        ("ending", "end", "VERB", "VBG", 10, "advcl"),
        ("a", "a", "DET", "DT", 16, "det"),
        ("trial", "trial", "NOUN", "NN", 14, "obj"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ];
    assert_eq!(closing_participles_on_modifiers(&tokens(&spec)), [(13, 2)]);
    // Not after a verb that is not in the past tense, nor when more follows the participle.
    let mut modal = spec;
    modal[2] = ("jails", "jail", "VERB", "VBZ", 0, "root");
    assert!(closing_participles_on_modifiers(&tokens(&modal)).is_empty());
    let mut more = spec;
    more[16] = ("today", "today", "NOUN", "NN", 3, "obl:tmod");
    assert!(closing_participles_on_modifiers(&tokens(&more)).is_empty());
}

#[test]
fn a_reporting_participle_on_the_object_modifies_the_clause() {
    // "The union criticized the plan , saying drivers were not told ." with "saying" an
    // `acl` of "plan" and "told" a `parataxis` of "criticized".
    let spec = [
        ("The", "the", "DET", "DT", 2, "det"),
        ("union", "union", "NOUN", "NN", 3, "nsubj"),
        ("criticized", "criticize", "VERB", "VBD", 0, "root"),
        ("the", "the", "DET", "DT", 5, "det"),
        ("plan", "plan", "NOUN", "NN", 3, "obj"),
        (",", ",", "PUNCT", ",", 7, "punct"),
        ("saying", "say", "VERB", "VBG", 5, "acl"),
        ("drivers", "driver", "NOUN", "NNS", 7, "obj"),
        ("were", "be", "AUX", "VBD", 11, "aux:pass"),
        ("not", "not", "PART", "RB", 11, "advmod"),
        ("told", "tell", "VERB", "VBN", 3, "parataxis"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    // The participle modifies the clause, the clause is its complement, and (repair 9) the
    // drivers are the clause's subject.
    assert_eq!(arcs[6], (3, "advcl"));
    assert_eq!(arcs[10], (7, "ccomp"));
    assert_eq!(arcs[7], (11, "nsubj:pass"));
    // Without the comma "saying" may well modify the noun ("a sign saying ..."): no repair.
    let mut no_comma = tokens(&spec);
    no_comma.remove(5);
    for t in &mut no_comma {
        if t.head > 5 {
            t.head -= 1;
        }
    }
    assert!(repaired(&no_comma).is_none());
    // On a noun inside the object: "rejected the finding on sales , saying they lost".
    let inside = [
        ("He", "he", "PRON", "PRP", 2, "nsubj"),
        ("rejected", "reject", "VERB", "VBD", 0, "root"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("finding", "finding", "NOUN", "NN", 2, "obj"),
        ("on", "on", "ADP", "IN", 6, "case"),
        ("sales", "sale", "NOUN", "NNS", 4, "nmod"),
        (",", ",", "PUNCT", ",", 8, "punct"),
        ("saying", "say", "VERB", "VBG", 6, "acl"),
        ("they", "they", "PRON", "PRP", 10, "nsubj"),
        ("lost", "lose", "VERB", "VBD", 8, "ccomp"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&inside)).expect("a repair");
    assert_eq!(arcs_of(&fixed)[7], (2, "advcl"));
}

#[test]
fn a_reporting_participle_tagged_as_a_noun_is_the_verbs_clause() {
    // "Ann opposed the merger , warning that it would fail ." with "warning" a noun.
    let mut spec = vec![
        ("Ann", "Ann", "PROPN", "NNP", 2, "nsubj"),
        ("opposed", "oppose", "VERB", "VBD", 0, "root"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("merger", "merger", "NOUN", "NN", 2, "obj"),
        (",", ",", "PUNCT", ",", 6, "punct"),
        ("warning", "warning", "NOUN", "NN", 4, "conj"),
        ("that", "that", "SCONJ", "IN", 10, "obl"),
        ("it", "it", "PRON", "PRP", 10, "nsubj"),
        ("would", "would", "AUX", "MD", 10, "aux"),
        ("fail", "fail", "VERB", "VB", 6, "acl:relcl"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let w = &fixed[5];
    assert_eq!(
        (w.head, w.deprel.as_str(), w.upos.as_str(), w.lemma.as_str()),
        (2, "advcl", "VERB", "warn")
    );
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (10, "mark"));
    assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (6, "ccomp"));
    // "the merger, a building that ...": no verb of saying.
    spec[5] = ("building", "building", "NOUN", "NN", 4, "conj");
    assert!(repaired(&tokens(&spec)).is_none());
}

#[test]
fn a_participle_after_a_comma_on_the_object_is_the_subjects() {
    // "Dussel told a conference , standing beside Okonde ." with "standing" on
    // "conference".
    let spec = [
        ("Dussel", "Dussel", "PROPN", "NNP", 2, "nsubj"),
        ("told", "tell", "VERB", "VBD", 0, "root"),
        ("a", "a", "DET", "DT", 4, "det"),
        ("conference", "conference", "NOUN", "NN", 2, "iobj"),
        (",", ",", "PUNCT", ",", 6, "punct"),
        ("standing", "stand", "VERB", "VBG", 4, "acl"),
        ("beside", "beside", "ADP", "IN", 8, "case"),
        ("Okonde", "Okonde", "PROPN", "NNP", 6, "obl"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "advcl"));
    // A person may be the one: "met the minister , carrying a letter".
    let mut person = spec;
    person[3] = ("minister", "minister", "NOUN", "NN", 2, "obj");
    assert!(adjuncts_on_objects(&tokens(&person)).is_empty());
    // Without the comma the participle describes the noun ("a conference standing ...").
    let mut bare = spec;
    bare[4] = ("now", "now", "ADV", "RB", 6, "advmod");
    assert!(adjuncts_on_objects(&tokens(&bare)).is_empty());
}

#[test]
fn a_participle_clause_hung_on_an_oblique_is_the_verbs() {
    // "Fans gathered after the defeat , chanting against the owners ." with "chanting" a
    // modifier of "defeat".
    let spec = [
        ("Fans", "fan", "NOUN", "NNS", 2, "nsubj"),
        ("gathered", "gather", "VERB", "VBD", 0, "root"),
        ("after", "after", "ADP", "IN", 5, "case"),
        ("the", "the", "DET", "DT", 5, "det"),
        ("defeat", "defeat", "NOUN", "NN", 2, "obl"),
        (",", ",", "PUNCT", ",", 7, "punct"),
        ("chanting", "chant", "VERB", "VBG", 5, "acl"),
        ("against", "against", "ADP", "IN", 10, "case"),
        ("the", "the", "DET", "DT", 10, "det"),
        ("owners", "owner", "NOUN", "NNS", 7, "obl"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (2, "advcl"));
    // On an object, without the comma, or under a verb that is no past tense: left alone.
    let mut object = spec;
    object[4].5 = "obj";
    assert!(participles_on_obliques(&tokens(&object)).is_empty());
    let mut bare = spec;
    bare[5] = ("loudly", "loudly", "ADV", "RB", 7, "advmod");
    assert!(participles_on_obliques(&tokens(&bare)).is_empty());
    let mut will = spec;
    will[1] = ("gather", "gather", "VERB", "VB", 0, "root");
    assert!(participles_on_obliques(&tokens(&will)).is_empty());
}

#[test]
fn a_marked_participle_clause_on_a_noun_is_the_verbs() {
    // "She was welcomed with a parade before holding talks ." with "holding" a modifier of
    // "parade".
    let spec = [
        ("She", "she", "PRON", "PRP", 3, "nsubj:pass"),
        ("was", "be", "AUX", "VBD", 3, "aux:pass"),
        ("welcomed", "welcome", "VERB", "VBN", 0, "root"),
        ("with", "with", "ADP", "IN", 6, "case"),
        ("a", "a", "DET", "DT", 6, "det"),
        ("parade", "parade", "NOUN", "NN", 3, "obl"),
        ("before", "before", "SCONJ", "IN", 8, "mark"),
        ("holding", "hold", "VERB", "VBG", 6, "acl"),
        ("talks", "talk", "NOUN", "NNS", 8, "obj"),
        (".", ".", "PUNCT", ".", 3, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (3, "advcl"));
    // Without the subordinator the participle may describe the noun ("a parade honouring
    // veterans").
    let mut bare = spec;
    bare[6] = ("proudly", "proudly", "ADV", "RB", 8, "advmod");
    assert!(marked_participles_on_nouns(&tokens(&bare)).is_empty());
}
