//! A main clause read as a relative clause, and a reduced relative clause read as a clause of its
//! own.
//!
//! A reduced relative clause read as a verb with two subjects ("..., a claim officials denied"
//! with "claim" and "officials" both subjects of "denied"): the verb modifies the noun.

use super::draft::Draft;
use super::times::is_time_expression;
use super::tree_helpers::{extent, head_of, kids_of, opening_comma, phrase_start, take_place};
use crate::annotate::lexicon::TIME_WORDS;
use crate::document::Token;

/// Repair 29: mends what [`reduced_relatives`] finds.
pub(super) fn fix_reduced_relatives(d: &mut Draft) {
    for (noun, verb) in reduced_relatives(d.base()) {
        let fixed = d.edit();
        let (head, deprel) = (fixed[verb].head, fixed[verb].deprel.clone());
        // The verb's dependents before the noun's phrase were never the relative clause's:
        // they go to the word the noun now hangs on.
        let start = extent(fixed, noun).0;
        if head > 0 {
            for tk in fixed[..start].iter_mut() {
                if tk.head == verb + 1 && tk.upos != "PUNCT" {
                    tk.head = head;
                }
            }
        }
        fixed[noun].head = head;
        fixed[noun].deprel = deprel;
        fixed[verb].head = noun + 1;
        fixed[verb].deprel = "acl:relcl".into();
    }
}

/// Repair 29: a reduced relative clause read as a verb with two subjects.
///
/// Pairs (noun, verb): "Brenner accused Veldora of shelling a village, a claim Veldoran
/// officials denied" can come out with "claim" and "officials" both subjects of "denied" (and
/// "shelling" hung on "denied"). A verb with two subject phrases side by side, the first a
/// common noun with a determiner right after a comma, and no object of its own, is a relative clause without "that"
/// on the first noun, whose object is the noun: "denied" modifies "claim" (`acl:relcl`), and
/// "claim" takes the verb's place in the tree.
fn reduced_relatives(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (v, tk) in tokens.iter().enumerate() {
        if tk.upos != "VERB" || !matches!(tk.xpos.as_str(), "VBD" | "VBZ" | "VBP") {
            continue;
        }
        let subjects: Vec<usize> = kids_of(tokens, v)
            .filter(|&c| c < v && tokens[c].deprel == "nsubj")
            .collect();
        let [noun, subject] = subjects[..] else {
            continue;
        };
        let determined = kids_of(tokens, noun).any(|d| {
            tokens[d].deprel == "det"
                && matches!(
                    tokens[d].lemma.to_lowercase().as_str(),
                    "a" | "an" | "the" | "this"
                )
        });
        let (_, end) = extent(tokens, noun);
        let (start, _) = extent(tokens, subject);
        let has_object =
            kids_of(tokens, v).any(|o| matches!(tokens[o].deprel.as_str(), "obj" | "ccomp"));
        // After a comma, summing up what came before (", a claim officials denied"); a noun
        // that opens its clause is mostly its real subject, the second one the parser's error.
        let first = phrase_start(tokens, noun);
        let after_comma = first > 0 && tokens[first - 1].form == ",";
        if tokens[noun].upos == "NOUN"
            && determined
            && after_comma
            && tk.head != 0
            && end + 1 == start
            && matches!(tokens[subject].upos.as_str(), "NOUN" | "PROPN" | "PRON")
            && !has_object
            && !is_time_expression(tokens, noun)
        {
            out.push((noun, v));
        }
    }
    out
}

/// Repair 60: mends what [`names_read_as_relative_clauses`] finds.
pub(super) fn fix_names_read_as_relative_clauses(d: &mut Draft) {
    for (noun, name, verb) in names_read_as_relative_clauses(d.base()) {
        let fixed = d.edit();
        // What hung on the noun after the verb (the full stop) goes with the verb; its own
        // modifiers ("Tropical Storm") stay.
        take_place(fixed, noun, verb);
        (fixed[noun].head, fixed[noun].deprel) =
            if TIME_WORDS.contains(&fixed[noun].lemma.to_lowercase().as_str()) {
                (verb + 1, "obl:unmarked".into())
            } else {
                (name + 1, "compound".into())
            };
    }
}

/// Repair 60: a noun before a name read as the antecedent of a relative clause.
///
/// Triples (noun, name, verb): "Storm Ilsa tore through the towns." can come out with "Storm"
/// the root and "Ilsa tore through the towns" a relative clause on it without a relative word
/// ("the storm Ilsa tore through"). A root noun without a determiner, right before the proper
/// noun that is the subject of a relative clause hung on it, with no relative word or marker,
/// is part of the name (`compound`), and the clause's verb is the root; a time word
/// ("Yesterday Mohamed received ...") says when (`obl:tmod`).
fn names_read_as_relative_clauses(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    (0..tokens.len().saturating_sub(1))
        .filter_map(|noun| {
            let n = &tokens[noun];
            if n.head != 0
                || n.upos != "NOUN"
                || kids_of(tokens, noun).any(|k| k < noun && tokens[k].deprel == "det")
            {
                return None;
            }
            let name = noun + 1;
            let verb = head_of(tokens, name)?;
            let clause = tokens[name].upos == "PROPN"
                && tokens[name].deprel.starts_with("nsubj")
                && tokens[verb].deprel == "acl:relcl"
                && head_of(tokens, verb) == Some(noun)
                && !kids_of(tokens, verb).any(|k| {
                    k < verb
                        && (tokens[k].deprel == "mark"
                            || matches!(tokens[k].xpos.as_str(), "WDT" | "WP" | "WP$" | "WRB"))
                });
            clause.then_some((noun, name, verb))
        })
        .collect()
}

/// Repair 59: mends what [`verbs_read_as_relative_conjuncts`] finds.
pub(super) fn fix_verbs_read_as_relative_conjuncts(d: &mut Draft) {
    for (verb, relative, noun) in verbs_read_as_relative_conjuncts(d.base()) {
        let fixed = d.edit();
        // A participle with its own auxiliary stays one, and a passive has a passive subject.
        let aux = |rel: &str| fixed.iter().any(|k| k.head == verb + 1 && k.deprel == rel);
        let (auxiliary, passive) = (aux("aux") || aux("aux:pass"), aux("aux:pass"));
        if fixed[verb].xpos == "VBN" && !auxiliary {
            fixed[verb].xpos = "VBD".into();
        }
        fixed[verb].upos = "VERB".into();
        take_place(fixed, noun, verb);
        let subject = if passive { "nsubj:pass" } else { "nsubj" };
        (fixed[noun].head, fixed[noun].deprel) = (verb + 1, subject.into());
        // An apposition of the noun stays one ("The Amber Crest, a vessel operated by ...,").
        if fixed[relative].upos != "NOUN" {
            fixed[relative].deprel = "acl:relcl".into();
        }
        // What the relative clause took from after the verb (", his lawyer told reporters")
        // belongs to the main clause.
        for later in fixed.iter_mut().skip(verb + 1) {
            if (noun + 1..verb).contains(&later.head.wrapping_sub(1)) {
                later.head = verb + 1;
            }
        }
    }
}

/// Repair 59: the main verb read as a conjunct of a relative clause set off by commas.
///
/// Triples (main verb, relative clause's verb, antecedent): "Doctor Amina Sule, who leads the
/// campaign, blamed rumours ..." can come out with "blamed" a conjunct of "leads" (no
/// coordinator), or a modifier of "campaign", and the name the root: the sentence has no main
/// clause. A finite verb read as a conjunct of an `acl:relcl` verb or as a clausal modifier
/// (`acl`) inside its clause, right after a comma, with no coordinator and no subject of its
/// own, whose relative clause was opened by a comma and hangs on the root noun: the verb is the
/// root, and the noun its subject.
fn verbs_read_as_relative_conjuncts(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    (1..tokens.len())
        .filter_map(|verb| {
            let v = &tokens[verb];
            // A participle without an auxiliary is such a verb too: with no subject the tagger
            // reads "Havik, who ..., declined to give details" as a participle.
            // So is a base form after a modal ("..., would also hit suppliers"), with the comma
            // before its auxiliaries and adverbs.
            // So is a passive or perfect participle after a finite auxiliary ("The memo, which
            // was dated ... and marked \"restricted\", was published on Tuesday").
            let finite_aux = |k: usize| {
                tokens[k].deprel.starts_with("aux")
                    && matches!(tokens[k].xpos.as_str(), "VBD" | "VBZ" | "VBP" | "MD")
            };
            let finite = matches!(v.xpos.as_str(), "VBD" | "VBZ" | "VBP")
                || (v.xpos == "VBN"
                    && (!kids_of(tokens, verb).any(|k| tokens[k].deprel.starts_with("aux"))
                        || kids_of(tokens, verb).any(|k| k < verb && finite_aux(k))))
                || (v.xpos == "VB"
                    && kids_of(tokens, verb)
                        .any(|k| tokens[k].deprel == "aux" && tokens[k].xpos == "MD"));
            let start = (1..verb)
                .rev()
                .take_while(|&k| {
                    head_of(tokens, k) == Some(verb)
                        && matches!(tokens[k].deprel.as_str(), "aux" | "aux:pass" | "advmod")
                })
                .last()
                .unwrap_or(verb);
            // "The company, which employs 1,400 people, has contracts ...": "have" with an
            // object is a verb, whatever the tagger said.
            let verb_like = v.upos == "VERB"
                || (v.upos == "AUX"
                    && v.lemma == "have"
                    && kids_of(tokens, verb).any(|k| tokens[k].deprel == "obj"));
            if !matches!(v.deprel.as_str(), "conj" | "acl" | "acl:relcl")
                || !verb_like
                || !finite
                || tokens[start - 1].form != ","
                || kids_of(tokens, verb).any(|k| {
                    tokens[k].deprel == "cc"
                        || tokens[k].deprel.starts_with("nsubj")
                        || (k < verb && tokens[k].xpos.starts_with('W'))
                })
            {
                return None;
            }
            // The relative clause it hangs on, or in ("blamed" an `acl` of the clause's object,
            // "plans" read as a relative clause of it).
            let mut relative = head_of(tokens, verb).filter(|&r| r < verb)?;
            if v.deprel == "acl:relcl" && tokens[relative].upos == "VERB" {
                return None;
            }
            // Or an apposition of the root noun: "The Amber Crest, a vessel operated by
            // Kaltveit Line, collided with the tanker" with "collided" on "vessel".
            let apposition = |r: usize| {
                tokens[r].deprel == "appos"
                    && tokens[r].upos == "NOUN"
                    && head_of(tokens, r).is_some_and(|n| tokens[n].head == 0)
                    && v.deprel == "acl"
            };
            for _ in 0..4 {
                if is_relative_clause(tokens, relative) || apposition(relative) {
                    break;
                }
                relative = head_of(tokens, relative)?;
            }
            if !is_relative_clause(tokens, relative) && !apposition(relative) {
                return None;
            }
            let antecedent = head_of(tokens, relative).filter(|&n| n < relative)?;
            let opened = opening_comma(tokens, relative).is_some_and(|c| c > antecedent);
            // The antecedent, or the root noun whose phrase ends in it ("Shares in Velmora,
            // which generates ..., fell" with the clause on "Velmora", as repair 104 puts it).
            let mut noun = antecedent;
            for _ in 0..3 {
                match head_of(tokens, noun) {
                    Some(up) if tokens[noun].deprel == "nmod" && up < noun => noun = up,
                    _ => break,
                }
            }
            let root = tokens[noun].head == 0
                && matches!(tokens[noun].upos.as_str(), "NOUN" | "PROPN" | "PRON");
            (opened && root).then_some((verb, relative, noun))
        })
        .collect()
}

/// A relative clause as repair 59 sees it: an `acl:relcl`, or a verb whose subject is "who" or
/// "which" right after a comma that the parser hung on a noun as `parataxis` or `appos`
/// ("Ekberg, who denied the charges, plans ...").
fn is_relative_clause(tokens: &[Token], verb: usize) -> bool {
    let t = &tokens[verb];
    t.deprel == "acl:relcl"
        || (matches!(t.deprel.as_str(), "parataxis" | "appos")
            && t.upos == "VERB"
            && head_of(tokens, verb).is_some_and(|h| h < verb)
            && kids_of(tokens, verb).any(|k| {
                k < verb
                    && k > 0
                    && tokens[k - 1].form == ","
                    && tokens[k].deprel.starts_with("nsubj")
                    && matches!(tokens[k].lemma.to_lowercase().as_str(), "who" | "which")
            }))
}

#[cfg(test)]
mod tests {
    use super::verbs_read_as_relative_conjuncts;
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::{arcs_of, repaired_or_same, tokens};

    #[test]
    fn a_reduced_relative_read_as_two_subjects_modifies_its_noun() {
        // "Ann accused Bo of lying , a claim officials denied ." with "claim" and "officials"
        // both subjects of "denied" and "lying" on "denied".
        let mut spec = vec![
            ("Ann", "Ann", "PROPN", "NNP", 2, "nsubj"),
            ("accused", "accuse", "VERB", "VBD", 0, "root"),
            ("Bo", "Bo", "PROPN", "NNP", 2, "obj"),
            ("of", "of", "SCONJ", "IN", 5, "mark"),
            ("lying", "lie", "VERB", "VBG", 10, "advcl"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("a", "a", "DET", "DT", 8, "det"),
            ("claim", "claim", "NOUN", "NN", 10, "nsubj"),
            ("officials", "official", "NOUN", "NNS", 10, "nsubj"),
            ("denied", "deny", "VERB", "VBD", 2, "parataxis"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[4], (2, "advcl"));
        assert_eq!(
            arcs[7..10],
            [(2, "parataxis"), (10, "nsubj"), (8, "acl:relcl")]
        );
        // Without the comma, "the claim officials denied" opens its own clause: left alone
        // (the lying is still what Bo is accused of).
        spec[5] = ("then", "then", "ADV", "RB", 10, "advmod");
        let fixed = repaired(&tokens(&spec)).expect("the accusation's repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[4], (2, "advcl"));
        assert_eq!(
            arcs[7..10],
            [(10, "nsubj"), (10, "nsubj"), (2, "parataxis")]
        );
    }

    #[test]
    fn a_noun_before_a_name_read_as_a_relative_clauses_antecedent_is_part_of_the_name() {
        // "Storm Ilsa tore through towns ." with "Storm" the root and "tore" a relative clause
        // on it.
        let spec = [
            ("Storm", "storm", "NOUN", "NN", 0, "root"),
            ("Ilsa", "Ilsa", "PROPN", "NNP", 3, "nsubj"),
            ("tore", "tear", "VERB", "VBD", 1, "acl:relcl"),
            ("through", "through", "ADP", "IN", 5, "case"),
            ("towns", "town", "NOUN", "NNS", 3, "obl"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[..3], [(2, "compound"), (3, "nsubj"), (0, "root")]);
        assert_eq!(arcs[5], (3, "punct"));
        let mut time = spec;
        time[0] = ("Yesterday", "yesterday", "NOUN", "NN", 0, "root");
        let fixed = repaired_or_same(&time);
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[..3], [(3, "obl:unmarked"), (3, "nsubj"), (0, "root")]);
        // "Tropical Storm Ilsa tore ...": the adjective stays on "Storm".
        let mut tropical = spec.to_vec();
        tropical.insert(0, ("Tropical", "tropical", "ADJ", "JJ", 2, "amod"));
        for t in tropical.iter_mut().skip(1) {
            if t.4 > 0 {
                t.4 += 1;
            }
        }
        let fixed = repaired_or_same(&tropical);
        let arcs = arcs_of(&fixed);
        assert_eq!(
            arcs[..4],
            [(2, "amod"), (3, "compound"), (4, "nsubj"), (0, "root")]
        );
        // "The storm Ilsa fears ..." (a determiner) and "Storm that Ilsa ..." (a relative
        // word) are real relative clauses.
        let mut det = spec.to_vec();
        det.insert(0, ("The", "the", "DET", "DT", 2, "det"));
        for t in det.iter_mut().skip(1) {
            if t.4 > 0 {
                t.4 += 1;
            }
        }
        assert_eq!(arcs_of(&repaired_or_same(&det))[3], (2, "acl:relcl"));
        let mut that = spec.to_vec();
        that.insert(1, ("that", "that", "PRON", "WDT", 4, "obj"));
        for t in that.iter_mut().skip(2) {
            if t.4 > 1 {
                t.4 += 1;
            }
        }
        assert_eq!(arcs_of(&repaired_or_same(&that))[3], (1, "acl:relcl"));
    }

    #[test]
    fn the_main_verb_hung_on_an_apposition_is_the_root() {
        // "Crest , a vessel operated by Kaltveit , collided with it ." with "collided" on
        // "vessel" and the name the root.
        let spec = [
            ("Crest", "Crest", "PROPN", "NNP", 0, "root"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("a", "a", "DET", "DT", 4, "det"),
            ("vessel", "vessel", "NOUN", "NN", 1, "appos"),
            ("operated", "operate", "VERB", "VBN", 4, "acl"),
            ("by", "by", "ADP", "IN", 7, "case"),
            ("Kaltveit", "Kaltveit", "PROPN", "NNP", 5, "obl:agent"),
            (",", ",", "PUNCT", ",", 9, "punct"),
            ("collided", "collide", "VERB", "VBN", 4, "acl"),
            ("with", "with", "ADP", "IN", 11, "case"),
            ("it", "it", "PRON", "PRP", 9, "obl"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[0], arcs[8]), ((9, "nsubj"), (0, "root")));
        assert_eq!((arcs[3], fixed[8].xpos.as_str()), ((1, "appos"), "VBD"));
        // With no comma before it the participle modifies the vessel ("a vessel operated by
        // Kaltveit and built in 2009").
        let mut built = spec;
        built[7] = ("and", "and", "CCONJ", "CC", 9, "cc");
        assert_eq!(arcs_of(&repaired_or_same(&built))[8], (4, "acl"));
    }

    #[test]
    fn have_with_an_object_after_a_relative_clause_is_the_main_verb() {
        // "The company , which employs people , has contracts ." with "has" an auxiliary and a
        // conjunct of "people".
        let spec = [
            ("The", "the", "DET", "DT", 2, "det"),
            ("company", "company", "NOUN", "NN", 0, "root"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("which", "which", "PRON", "WDT", 5, "nsubj"),
            ("employs", "employ", "VERB", "VBZ", 2, "acl:relcl"),
            ("people", "people", "NOUN", "NNS", 5, "obj"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("has", "have", "AUX", "VBZ", 6, "conj"),
            ("contracts", "contract", "NOUN", "NNS", 8, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(arcs_of(&fixed)[7], (0, "root"));
        assert_eq!(arcs_of(&fixed)[1], (8, "nsubj"));
        assert_eq!(fixed[7].upos, "VERB");
    }

    #[test]
    fn a_main_verb_read_as_a_conjunct_of_a_relative_clause_is_the_root() {
        // "Doctor Sule , who leads the campaign , blamed rumours ." with "blamed" a conjunct of
        // "leads" and the name the root.
        let spec = [
            ("Doctor", "Doctor", "PROPN", "NNP", 2, "nmod:desc"),
            ("Sule", "Sule", "PROPN", "NNP", 0, "root"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("who", "who", "PRON", "WP", 5, "nsubj"),
            ("leads", "lead", "VERB", "VBZ", 2, "acl:relcl"),
            ("the", "the", "DET", "DT", 7, "det"),
            ("campaign", "campaign", "NOUN", "NN", 5, "obj"),
            (",", ",", "PUNCT", ",", 5, "punct"),
            ("blamed", "blame", "VERB", "VBD", 5, "conj"),
            ("rumours", "rumour", "NOUN", "NNS", 9, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[1], (9, "nsubj"));
        assert_eq!(arcs[8], (0, "root"));
        assert_eq!(arcs[10], (9, "punct"));
        assert_eq!(arcs[4], (2, "acl:relcl"));
        // Read as a modifier of the clause's object ("campaign , blamed"): the same.
        let mut acl = spec;
        acl[8] = ("blamed", "blame", "VERB", "VBD", 7, "acl");
        let fixed = repaired_or_same(&acl);
        let arcs = arcs_of(&fixed);
        assert_eq!((arcs[1], arcs[8]), ((9, "nsubj"), (0, "root")));
        // Tagged as a participle for want of a subject: the past tense, and the same tree; with
        // an auxiliary of its own it is left alone.
        let mut participle = spec;
        participle[8] = ("blamed", "blame", "VERB", "VBN", 5, "conj");
        let fixed = repaired_or_same(&participle);
        assert_eq!(
            (arcs_of(&fixed)[8], fixed[8].xpos.as_str()),
            ((0, "root"), "VBD")
        );
        let mut passive = participle;
        passive[9] = ("been", "be", "AUX", "VBN", 9, "aux:pass");
        assert_eq!(arcs_of(&repaired_or_same(&passive))[8], (5, "conj"));
        // After a finite auxiliary ("... , was blamed .") the participle is the passive main
        // verb and stays a participle.
        let mut was = spec.to_vec();
        was.insert(8, ("was", "be", "AUX", "VBD", 10, "aux:pass"));
        for (k, t) in was.iter_mut().enumerate() {
            if k != 8 && t.4 > 8 {
                t.4 += 1;
            }
        }
        was[9] = ("blamed", "blame", "VERB", "VBN", 5, "conj");
        assert_eq!(verbs_read_as_relative_conjuncts(&tokens(&was)), [(9, 4, 1)]);
        let fixed = repaired_or_same(&was);
        let arcs = arcs_of(&fixed);
        assert_eq!(
            (arcs[1], arcs[8], arcs[9], fixed[9].xpos.as_str()),
            ((10, "nsubj:pass"), (10, "aux:pass"), (0, "root"), "VBN")
        );
        // A real conjunct ("who leads the campaign and blamed ...") is left alone.
        let mut with_cc = spec;
        with_cc[7] = ("and", "and", "CCONJ", "CC", 9, "cc");
        assert_eq!(arcs_of(&repaired_or_same(&with_cc))[8], (5, "conj"));
        // A relative clause not set off by a comma, or a noun that is not the root, is left
        // alone too.
        let mut bare = spec;
        bare[2] = ("Jr", "Jr", "PROPN", "NNP", 2, "flat");
        assert_eq!(arcs_of(&repaired_or_same(&bare))[8], (5, "conj"));
        let mut object = spec;
        object[1].4 = 11;
        object[1].5 = "obj";
        object[10] = ("left", "leave", "VERB", "VBD", 0, "root");
        assert_eq!(arcs_of(&repaired_or_same(&object))[8], (5, "conj"));
    }

    #[test]
    fn a_main_verb_read_as_a_relative_clause_of_the_relative_clauses_object_is_the_root() {
        // "Ekberg , who denied the charges , plans to appeal , his lawyer said ." with the
        // relative clause a `parataxis` of the name, "plans" a relative clause of "charges"
        // and the report hung on "denied".
        let spec = [
            ("Ekberg", "Ekberg", "PROPN", "NNP", 0, "root"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("who", "who", "PRON", "WP", 4, "nsubj"),
            ("denied", "deny", "VERB", "VBD", 1, "parataxis"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("charges", "charge", "NOUN", "NNS", 4, "obj"),
            (",", ",", "PUNCT", ",", 8, "punct"),
            ("plans", "plan", "VERB", "VBZ", 6, "acl:relcl"),
            ("to", "to", "PART", "TO", 10, "mark"),
            ("appeal", "appeal", "VERB", "VB", 8, "xcomp"),
            (",", ",", "PUNCT", ",", 14, "punct"),
            ("his", "his", "PRON", "PRP$", 13, "nmod:poss"),
            ("lawyer", "lawyer", "NOUN", "NN", 14, "nsubj"),
            ("said", "say", "VERB", "VBD", 4, "parataxis"),
            (".", ".", "PUNCT", ".", 1, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[7], (0, "root"));
        assert_eq!(arcs[0], (8, "nsubj"));
        assert_eq!(arcs[3], (1, "acl:relcl"));
        assert_eq!(arcs[13], (8, "parataxis"));
        assert_eq!(arcs[14], (8, "punct"));
        assert_eq!(arcs[5], (4, "obj"));
        // A real relative clause of the object ("charges , which he plans to appeal") is
        // left alone.
        let mut which = spec;
        which[6] = ("which", "which", "PRON", "WDT", 8, "obj");
        assert_eq!(arcs_of(&repaired_or_same(&which))[7], (6, "acl:relcl"));
        // So is a `parataxis` opened by something other than "who" or "which".
        let mut they = spec;
        they[2] = ("they", "they", "PRON", "PRP", 4, "nsubj");
        assert_eq!(arcs_of(&repaired_or_same(&they))[7], (6, "acl:relcl"));
    }
}
