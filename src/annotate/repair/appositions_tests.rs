//! Tests of the repairs in `appositions.rs`.

use super::*;
use crate::annotate::repair::repaired;
use crate::annotate::repair::testing::{arcs_of, repaired_or_same, tokens};

#[test]
fn a_role_after_a_name_renames_the_name() {
    // "votes for Ruta Vaitkute , the leader ." with "leader" an apposition of "votes".
    let spec = [
        ("votes", "vote", "NOUN", "NNS", 0, "root"),
        ("for", "for", "ADP", "IN", 3, "case"),
        ("Ruta", "Ruta", "PROPN", "NNP", 1, "nmod"),
        ("Vaitkute", "Vaitkute", "PROPN", "NNP", 3, "flat"),
        (",", ",", "PUNCT", ",", 7, "punct"),
        ("the", "the", "DET", "DT", 7, "det"),
        ("leader", "leader", "NOUN", "NN", 1, "appos"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ];
    assert_eq!(roles_renaming_earlier_nouns(&tokens(&spec)), [(6, 2)]);
    // Not after a place ("from New York"), a degree ("MD") or in a list.
    let mut place = spec;
    place[1] = ("from", "from", "ADP", "IN", 3, "case");
    assert!(roles_renaming_earlier_nouns(&tokens(&place)).is_empty());
    let mut degree = spec;
    degree[3] = ("MD", "MD", "PROPN", "NNP", 3, "flat");
    assert!(roles_renaming_earlier_nouns(&tokens(&degree)).is_empty());
    let mut list = spec.to_vec();
    list[7] = ("and", "and", "CCONJ", "CC", 9, "cc");
    list.push(("mayor", "mayor", "NOUN", "NN", 7, "conj"));
    assert!(roles_renaming_earlier_nouns(&tokens(&list)).is_empty());
    // Nor a role that is no person's ("votes for Vaitkute , the party").
    let mut party = spec;
    party[6] = ("party", "party", "NOUN", "NN", 1, "appos");
    assert!(roles_renaming_earlier_nouns(&tokens(&party)).is_empty());
}

#[test]
fn an_apposition_with_a_participle_is_no_clause() {
    // "Vireo , the company running the trials , said it ." with "company" the subject of
    // "running", an adverbial clause of "said".
    let spec = [
        ("Vireo", "Vireo", "PROPN", "NNP", 9, "nsubj"),
        (",", ",", "PUNCT", ",", 1, "punct"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("company", "company", "NOUN", "NN", 5, "nsubj"),
        ("running", "run", "VERB", "VBG", 9, "advcl"),
        ("the", "the", "DET", "DT", 7, "det"),
        ("trials", "trial", "NOUN", "NNS", 5, "obj"),
        (",", ",", "PUNCT", ",", 5, "punct"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        ("it", "it", "PRON", "PRP", 9, "obj"),
    ];
    assert_eq!(appositions_read_as_clauses(&tokens(&spec)), [(3, 0)]);
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(arcs[3..5], [(1, "appos"), (4, "acl")]);
    // The name hung on the participle as a second subject goes to the verb.
    let mut hung = spec;
    hung[0].4 = 5;
    let fixed = repaired(&tokens(&hung)).expect("a repair");
    assert_eq!(arcs_of(&fixed)[0], (9, "nsubj"));
    // Without the closing comma it may be an absolute clause; without a determiner
    // ("Vireo , costs rising , said") too.
    let mut open = spec;
    open[7] = ("now", "now", "ADV", "RB", 9, "advmod");
    assert!(appositions_read_as_clauses(&tokens(&open)).is_empty());
    let mut bare = spec;
    bare[2] = ("all", "all", "ADV", "RB", 5, "advmod");
    assert!(appositions_read_as_clauses(&tokens(&bare)).is_empty());
}

#[test]
fn a_name_between_commas_read_as_a_modifier_is_an_apposition() {
    // "The brother-in-law , Victor Lamarre , was acquitted ." with "Lamarre" an `nmod`.
    let spec = [
        ("The", "the", "DET", "DT", 2, "det"),
        ("brother", "brother", "NOUN", "NN", 7, "nsubj:pass"),
        (",", ",", "PUNCT", ",", 4, "punct"),
        ("Victor", "Victor", "PROPN", "NNP", 5, "compound"),
        ("Lamarre", "Lamarre", "PROPN", "NNP", 2, "nmod"),
        (",", ",", "PUNCT", ",", 2, "punct"),
        ("was", "be", "AUX", "VBD", 7, "aux:pass"),
        ("acquitted", "acquit", "VERB", "VBN", 0, "root"),
        (".", ".", "PUNCT", ".", 7, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (2, "appos"));
    // With a preposition of its own, or no comma before it, it stays a modifier.
    let mut of = spec;
    of[2] = ("of", "of", "ADP", "IN", 5, "case");
    assert!(repaired(&tokens(&of)).is_none());
    let mut bare = spec;
    bare[2] = ("now", "now", "ADV", "RB", 8, "advmod");
    assert!(repaired(&tokens(&bare)).is_none());
    // "The head of the NCA , Jonas Ekvall , welcomed it ." with "Ekvall" on "NCA": the
    // role's apposition; not so after a noun that names no role.
    let role = [
        ("The", "the", "DET", "DT", 2, "det"),
        ("head", "head", "NOUN", "NN", 10, "nsubj"),
        ("of", "of", "ADP", "IN", 5, "case"),
        ("the", "the", "DET", "DT", 5, "det"),
        ("NCA", "NCA", "PROPN", "NNP", 2, "nmod"),
        (",", ",", "PUNCT", ",", 7, "punct"),
        ("Jonas", "Jonas", "PROPN", "NNP", 8, "compound"),
        ("Ekvall", "Ekvall", "PROPN", "NNP", 5, "nmod"),
        (",", ",", "PUNCT", ",", 2, "punct"),
        ("welcomed", "welcome", "VERB", "VBD", 0, "root"),
        ("it", "it", "PRON", "PRP", 10, "obj"),
        (".", ".", "PUNCT", ".", 10, "punct"),
    ];
    let fixed = repaired(&tokens(&role)).expect("a repair");
    assert_eq!((fixed[7].head, fixed[7].deprel.as_str()), (2, "appos"));
    let mut place = role;
    place[1] = ("residents", "resident", "NOUN", "NNS", 10, "nsubj");
    assert!(names_read_as_modifiers(&tokens(&place)).is_empty());
    // "Its leader , Deputy Prime Minister Eliska Voran , said ." with "Deputy" a conjunct
    // of "leader": it goes back to the title.
    let stray = [
        ("Its", "its", "PRON", "PRP$", 2, "nmod:poss"),
        ("leader", "leader", "NOUN", "NN", 10, "nsubj"),
        (",", ",", "PUNCT", ",", 4, "punct"),
        ("Deputy", "deputy", "NOUN", "NN", 2, "conj"),
        ("Prime", "prime", "ADJ", "JJ", 6, "amod"),
        ("Minister", "Minister", "PROPN", "NNP", 7, "nmod:desc"),
        ("Eliska", "Eliska", "PROPN", "NNP", 2, "nmod"),
        ("Voran", "Voran", "PROPN", "NNP", 7, "flat"),
        (",", ",", "PUNCT", ",", 2, "punct"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        (".", ".", "PUNCT", ".", 10, "punct"),
    ];
    let fixed = repaired(&tokens(&stray)).expect("a repair");
    let arcs = arcs_of(&fixed);
    assert_eq!(
        (arcs[6], arcs[3], arcs[2]),
        ((2, "appos"), (5, "amod"), (7, "punct"))
    );
}

#[test]
fn a_name_after_the_object_is_its_apposition() {
    // "agreed to buy the firm Netvault ." with "Netvault" an xcomp of "buy".
    let mut spec = vec![
        ("Acme", "Acme", "PROPN", "NNP", 2, "nsubj"),
        ("agreed", "agree", "VERB", "VBD", 0, "root"),
        ("to", "to", "PART", "TO", 4, "mark"),
        ("buy", "buy", "VERB", "VB", 2, "xcomp"),
        ("the", "the", "DET", "DT", 6, "det"),
        ("firm", "firm", "NOUN", "NN", 4, "obj"),
        ("Netvault", "Netvault", "PROPN", "NNP", 4, "xcomp"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (6, "appos"));
    // "call the firm Netvault": the verb names its object.
    spec[3] = ("call", "call", "VERB", "VB", 2, "xcomp");
    assert!(repaired(&tokens(&spec)).is_none());
}

#[test]
fn a_name_after_a_roles_of_phrase_names_the_holder() {
    // "The chief executive of Midland Line , Carl Benton , resigned ." with the name hung
    // on the company.
    let spec = [
        ("The", "the", "DET", "DT", 3, "det"),
        ("chief", "chief", "ADJ", "JJ", 3, "amod"),
        ("executive", "executive", "NOUN", "NN", 11, "nsubj"),
        ("of", "of", "ADP", "IN", 6, "case"),
        ("Midland", "Midland", "PROPN", "NNP", 6, "compound"),
        ("Line", "Line", "PROPN", "NNP", 3, "nmod"),
        (",", ",", "PUNCT", ",", 8, "punct"),
        ("Carl", "Carl", "PROPN", "NNP", 6, "appos"),
        ("Benton", "Benton", "PROPN", "NNP", 8, "flat"),
        (",", ",", "PUNCT", ",", 3, "punct"),
        ("resigned", "resign", "VERB", "VBD", 0, "root"),
        (".", ".", "PUNCT", ".", 11, "punct"),
    ];
    assert_eq!(arcs_of(&repaired_or_same(&spec))[7], (3, "appos"));
    // "the capital of Norway , Oslo": no role, no change.
    let mut capital = spec;
    capital[2] = ("capital", "capital", "NOUN", "NN", 11, "nsubj");
    assert_eq!(arcs_of(&repaired_or_same(&capital))[7], (6, "appos"));
    // A common noun after the comma is left where it is.
    let mut common = spec;
    common[7] = ("Carl", "carl", "NOUN", "NN", 6, "appos");
    assert_eq!(arcs_of(&repaired_or_same(&common))[7], (6, "appos"));
    // "The director of operations , Carl Benton ," with the surname the head and the
    // comma on it.
    let mut director = spec;
    director[2] = ("director", "director", "NOUN", "NN", 11, "nsubj");
    director[4] = ("operations", "operation", "NOUN", "NNS", 6, "compound");
    director[6] = (",", ",", "PUNCT", ",", 9, "punct");
    director[7] = ("Carl", "Carl", "PROPN", "NNP", 9, "compound");
    director[8] = ("Benton", "Benton", "PROPN", "NNP", 6, "appos");
    assert_eq!(arcs_of(&repaired_or_same(&director))[8], (3, "appos"));
    // "a geophysicist at the institute , Carl Benton ,": "at" too; "near" says where.
    let mut at = spec;
    at[2] = ("geophysicist", "geophysicist", "NOUN", "NN", 11, "nsubj");
    at[3] = ("at", "at", "ADP", "IN", 6, "case");
    assert_eq!(arcs_of(&repaired_or_same(&at))[7], (3, "appos"));
    at[3] = ("near", "near", "ADP", "IN", 6, "case");
    assert_eq!(arcs_of(&repaired_or_same(&at))[7], (6, "appos"));
    // "the ambassador to Caldria , Carl Benton ,": "to" too.
    let mut to = spec;
    to[2] = ("ambassador", "ambassador", "NOUN", "NN", 11, "nsubj");
    to[3] = ("to", "to", "ADP", "IN", 6, "case");
    assert_eq!(arcs_of(&repaired_or_same(&to))[7], (3, "appos"));
    // "His lawyer in Ambrosa , Carl Benton ," with the name a conjunct of the place, without a
    // coordinator; with "and" it is a second place.
    let mut lawyer = spec;
    lawyer[2] = ("lawyer", "lawyer", "NOUN", "NN", 11, "nsubj");
    lawyer[3] = ("in", "in", "ADP", "IN", 6, "case");
    lawyer[7] = ("Carl", "Carl", "PROPN", "NNP", 6, "conj");
    assert_eq!(arcs_of(&repaired_or_same(&lawyer))[7], (3, "appos"));
    // One word is no full name ("the CEO of GE , GM not").
    let mut one = lawyer;
    one[8] = ("not", "not", "PART", "RB", 8, "advmod");
    assert_eq!(arcs_of(&repaired_or_same(&one))[7], (6, "conj"));
    lawyer[6] = ("and", "and", "CCONJ", "CC", 8, "cc");
    assert_eq!(arcs_of(&repaired_or_same(&lawyer))[7], (6, "conj"));
}

#[test]
fn a_name_after_a_longer_organisation_names_the_holder() {
    // "The governor of the Bank of Veldania , Mirela Hadzic , resigned ." with the name hung
    // on the bank, which has its own "of" phrase.
    let spec = [
        ("The", "the", "DET", "DT", 2, "det"),
        ("governor", "governor", "NOUN", "NN", 12, "nsubj"),
        ("of", "of", "ADP", "IN", 5, "case"),
        ("the", "the", "DET", "DT", 5, "det"),
        ("Bank", "Bank", "PROPN", "NNP", 2, "nmod"),
        ("of", "of", "ADP", "IN", 7, "case"),
        ("Veldania", "Veldania", "PROPN", "NNP", 5, "nmod"),
        (",", ",", "PUNCT", ",", 9, "punct"),
        ("Mirela", "Mirela", "PROPN", "NNP", 5, "appos"),
        ("Hadzic", "Hadzic", "PROPN", "NNP", 9, "flat"),
        (",", ",", "PUNCT", ",", 2, "punct"),
        ("resigned", "resign", "VERB", "VBD", 0, "root"),
        (".", ".", "PUNCT", ".", 12, "punct"),
    ];
    assert_eq!(arcs_of(&repaired_or_same(&spec))[8], (2, "appos"));
    // One word ("..., India"), or a place: where the organisation is.
    let mut one = spec;
    one[8] = ("India", "India", "PROPN", "NNP", 5, "appos");
    one[9] = ("today", "today", "NOUN", "NN", 12, "obl:tmod");
    assert_eq!(arcs_of(&repaired_or_same(&one))[8], (5, "appos"));
    let mut place = tokens(&spec);
    place[8].ner = "B-LOC".into();
    place[9].ner = "I-LOC".into();
    let place = repaired(&place).unwrap_or_else(|| tokens(&spec));
    assert_eq!(arcs_of(&place)[8], (5, "appos"));
}

#[test]
fn a_list_of_bare_nouns_read_as_appositions_is_a_list() {
    // "teams across sales , marketing and support ." with "marketing" an apposition of
    // "sales" and "support" its conjunct.
    let spec = [
        ("teams", "team", "NOUN", "NNS", 0, "root"),
        ("across", "across", "ADP", "IN", 3, "case"),
        ("sales", "sale", "NOUN", "NNS", 1, "nmod"),
        (",", ",", "PUNCT", ",", 5, "punct"),
        ("marketing", "marketing", "NOUN", "NN", 3, "appos"),
        ("and", "and", "CCONJ", "CC", 7, "cc"),
        ("support", "support", "NOUN", "NN", 5, "conj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ];
    assert_eq!(lists_read_as_appositions(&tokens(&spec)), [(2, 4, vec![6])]);
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (3, "conj"));
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (3, "conj"));
    // "two sectors , mining and tourism": the items name the counted noun.
    let mut counted = spec;
    counted[1] = ("two", "two", "NUM", "CD", 3, "nummod");
    assert!(lists_read_as_appositions(&tokens(&counted)).is_empty());
    // "sales , its marketing and ...": an item with a determiner or owner renames.
    let determined = [
        ("teams", "team", "NOUN", "NNS", 0, "root"),
        ("across", "across", "ADP", "IN", 3, "case"),
        ("sales", "sale", "NOUN", "NNS", 1, "nmod"),
        (",", ",", "PUNCT", ",", 6, "punct"),
        ("its", "its", "PRON", "PRP$", 6, "nmod:poss"),
        ("marketing", "marketing", "NOUN", "NN", 3, "appos"),
        ("and", "and", "CCONJ", "CC", 8, "cc"),
        ("support", "support", "NOUN", "NN", 6, "conj"),
        (".", ".", "PUNCT", ".", 1, "punct"),
    ];
    assert!(lists_read_as_appositions(&tokens(&determined)).is_empty());
    let mut owned = determined;
    owned[4] = ("new", "new", "ADJ", "JJ", 6, "amod");
    assert_eq!(lists_read_as_appositions(&tokens(&owned)).len(), 1);
}

#[test]
fn an_organisations_name_read_as_a_modifier_of_its_kind_is_its_apposition() {
    // "Software group Brightlane Systems will cut jobs ." with "Systems" an `nmod` of
    // "group".
    let spec = [
        ("Software", "Software", "PROPN", "NNP", 2, "compound"),
        ("group", "group", "NOUN", "NN", 6, "nsubj"),
        ("Brightlane", "Brightlane", "PROPN", "NNP", 4, "compound"),
        ("Systems", "Systems", "PROPN", "NNP", 2, "nmod"),
        ("will", "will", "AUX", "MD", 6, "aux"),
        ("cut", "cut", "VERB", "VB", 0, "root"),
        ("jobs", "job", "NOUN", "NNS", 6, "obj"),
        (".", ".", "PUNCT", ".", 6, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (2, "appos"));
    // Not after a noun that is no kind of organisation ("Software head Anna Berg").
    let mut head = spec;
    head[1] = ("head", "head", "NOUN", "NN", 6, "nsubj");
    assert!(names_read_as_kind_modifiers(&tokens(&head)).is_empty());
    // Hung loose on the verb: "Regulators block bid for cable maker Orsinet".
    let loose = [
        ("Regulators", "regulator", "NOUN", "NNS", 2, "nsubj"),
        ("block", "block", "VERB", "VBP", 0, "root"),
        ("bid", "bid", "NOUN", "NN", 2, "obj"),
        ("for", "for", "ADP", "IN", 6, "case"),
        ("cable", "cable", "NOUN", "NN", 6, "compound"),
        ("maker", "maker", "NOUN", "NN", 3, "nmod"),
        ("Orsinet", "Orsinet", "PROPN", "NNP", 2, "discourse"),
    ];
    let fixed = repaired(&tokens(&loose)).expect("a repair");
    assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (6, "appos"));
    let mut after_verb = loose;
    after_verb[5] = ("soon", "soon", "ADV", "RB", 2, "advmod");
    assert!(names_read_as_kind_modifiers(&tokens(&after_verb)).is_empty());
    // Both read as subjects: "The social media app Chatterly said ." (a noun modifying an
    // organisation's name, known here by the kind rather than by a company ending).
    let app = [
        ("The", "the", "DET", "DT", 4, "det"),
        ("social", "social", "ADJ", "JJ", 3, "amod"),
        ("media", "media", "NOUN", "NN", 4, "compound"),
        ("app", "app", "NOUN", "NN", 6, "nsubj"),
        ("Chatterly", "Chatterly", "PROPN", "NNP", 6, "nsubj"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        (".", ".", "PUNCT", ".", 6, "punct"),
    ];
    let fixed = repaired(&tokens(&app)).expect("a repair");
    assert_eq!((fixed[3].head, fixed[3].deprel.as_str()), (5, "compound"));
    assert_eq!(fixed[4].deprel, "nsubj");
}

#[test]
fn a_noun_closing_the_sentence_after_a_comma_renames_the_noun_before() {
    // "Hieu spoke in Can Tho , the largest city ." with "city" a `ccomp` of "spoke".
    let spec = [
        ("Hieu", "Hieu", "PROPN", "NNP", 2, "nsubj"),
        ("spoke", "speak", "VERB", "VBD", 0, "root"),
        ("in", "in", "ADP", "IN", 5, "case"),
        ("Can", "Can", "PROPN", "NNP", 5, "compound"),
        ("Tho", "Tho", "PROPN", "NNP", 2, "obl"),
        (",", ",", "PUNCT", ",", 9, "punct"),
        ("the", "the", "DET", "DT", 9, "det"),
        ("largest", "large", "ADJ", "JJS", 9, "amod"),
        ("city", "city", "NOUN", "NN", 2, "ccomp"),
        (".", ".", "PUNCT", ".", 2, "punct"),
    ];
    let fixed = repaired(&tokens(&spec)).expect("a repair");
    assert_eq!(arcs_of(&fixed)[8], (5, "appos"));
    // With a copula it is a clause ("..., the city is large"), and with a preposition an
    // oblique ("..., beyond the city").
    let mut copula = spec;
    copula[7] = ("is", "be", "AUX", "VBZ", 9, "cop");
    assert_eq!(arcs_of(&repaired_or_same(&copula))[8], (2, "ccomp"));
    let mut beyond = spec;
    beyond[6] = ("beyond", "beyond", "ADP", "IN", 9, "case");
    assert_eq!(arcs_of(&repaired_or_same(&beyond))[8], (2, "ccomp"));
    // Not when more of the sentence follows ("..., the largest city, and left").
    let mut more = spec.to_vec();
    more.insert(9, ("then", "then", "ADV", "RB", 2, "advmod"));
    more[9 + 1].4 = 2;
    assert_eq!(arcs_of(&repaired_or_same(&more))[8], (2, "ccomp"));
}

#[test]
fn a_name_between_commas_read_as_a_second_subject_renames_the_first() {
    // "His lawyer , Ruth Achterberg , said ..." with "lawyer" and "Ruth" both subjects.
    let spec = [
        ("His", "his", "PRON", "PRP$", 2, "nmod:poss"),
        ("lawyer", "lawyer", "NOUN", "NN", 7, "nsubj"),
        (",", ",", "PUNCT", ",", 2, "punct"),
        ("Ruth", "Ruth", "PROPN", "NNP", 7, "nsubj"),
        ("Achterberg", "Achterberg", "PROPN", "NNP", 4, "flat"),
        (",", ",", "PUNCT", ",", 4, "punct"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        ("nothing", "nothing", "PRON", "NN", 7, "obj"),
        (".", ".", "PUNCT", ".", 7, "punct"),
    ];
    assert_eq!(
        appositions_read_as_second_subjects(&tokens(&spec)),
        [(1, 3)]
    );
    let fixed = repaired_or_same(&spec);
    assert_eq!(
        arcs_of(&fixed)[1..6],
        [
            (7, "nsubj"),
            (4, "punct"),
            (2, "appos"),
            (4, "flat"),
            (4, "punct")
        ]
    );
    // A role holding the name ("The chief mediator, former ambassador Henrik Lund, said").
    let mut titled = spec;
    titled[3] = ("ambassador", "ambassador", "NOUN", "NN", 7, "nsubj");
    titled[4] = ("Lund", "Lund", "PROPN", "NNP", 4, "nmod");
    assert_eq!(
        appositions_read_as_second_subjects(&tokens(&titled)),
        [(1, 3)]
    );
    // A list is not an apposition; nor are two common nouns.
    let mut listed = spec;
    listed[5] = ("and", "and", "CCONJ", "CC", 4, "cc");
    assert!(appositions_read_as_second_subjects(&tokens(&listed)).is_empty());
    let mut common = spec;
    common[3] = ("client", "client", "NOUN", "NN", 7, "nsubj");
    common[4] = ("too", "too", "ADV", "RB", 4, "advmod");
    assert!(appositions_read_as_second_subjects(&tokens(&common)).is_empty());
}

#[test]
fn a_name_after_a_partitive_renames_the_part() {
    // "One of the victims , Helion Systems , said ..." with "Systems" on "victims".
    let spec = [
        ("One", "one", "NUM", "CD", 9, "nsubj"),
        ("of", "of", "ADP", "IN", 4, "case"),
        ("the", "the", "DET", "DT", 4, "det"),
        ("victims", "victim", "NOUN", "NNS", 1, "nmod"),
        (",", ",", "PUNCT", ",", 7, "punct"),
        ("Helion", "Helion", "PROPN", "NNP", 7, "compound"),
        ("Systems", "Systems", "PROPN", "NNP", 4, "appos"),
        (",", ",", "PUNCT", ",", 9, "punct"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        (".", ".", "PUNCT", ".", 9, "punct"),
    ];
    assert_eq!(appositions_on_partitive_nouns(&tokens(&spec)), [(6, 0)]);
    assert_eq!(arcs_of(&repaired_or_same(&spec))[6], (1, "appos"));
    // Not on a phrase of another preposition ("supporters in the capital, Nordvik").
    let mut place = spec;
    place[1] = ("in", "in", "ADP", "IN", 4, "case");
    assert!(appositions_on_partitive_nouns(&tokens(&place)).is_empty());
}

#[test]
fn a_name_closing_a_relative_clause_before_the_verb_renames_the_subject() {
    // "The prosecutor who brought the case , Luis Arancibia , said ." with "Arancibia" an
    // oblique of "brought".
    let spec = [
        ("The", "the", "DET", "DT", 2, "det"),
        ("prosecutor", "prosecutor", "NOUN", "NN", 10, "nsubj"),
        ("who", "who", "PRON", "WP", 4, "nsubj"),
        ("brought", "bring", "VERB", "VBD", 2, "acl:relcl"),
        ("the", "the", "DET", "DT", 6, "det"),
        ("case", "case", "NOUN", "NN", 4, "obj"),
        (",", ",", "PUNCT", ",", 9, "punct"),
        ("Luis", "Luis", "PROPN", "NNP", 9, "compound"),
        ("Arancibia", "Arancibia", "PROPN", "NNP", 4, "obl"),
        ("said", "say", "VERB", "VBD", 0, "root"),
        (".", ".", "PUNCT", ".", 10, "punct"),
    ];
    // No comma before the verb: the name may be where the case was brought.
    assert!(names_read_inside_relative_clauses(&tokens(&spec)).is_empty());
    let mut closed: Vec<_> = spec.to_vec();
    for t in closed.iter_mut() {
        t.4 += usize::from(t.4 > 9);
    }
    closed.insert(9, (",", ",", "PUNCT", ",", 2, "punct"));
    assert_eq!(
        names_read_inside_relative_clauses(&tokens(&closed)),
        [(8, 1)]
    );
    let fixed = repaired_or_same(&closed);
    assert_eq!(arcs_of(&fixed)[8], (2, "appos"));
    // Nor the state after a city ("which was unsealed in Alexandria, Virginia, names").
    let mut state = closed.clone();
    state[5] = ("Alexandria", "Alexandria", "PROPN", "NNP", 4, "obl");
    assert!(names_read_inside_relative_clauses(&tokens(&state)).is_empty());
    // A prepositional phrase is the clause's ("who tried the case in Port Aldric, said").
    let mut place = closed.clone();
    place[7] = ("in", "in", "ADP", "IN", 9, "case");
    assert!(names_read_inside_relative_clauses(&tokens(&place)).is_empty());
}
