//! What belongs to the verb read as a modifier of its object or of a noun: a predicate adjective, a
//! control infinitive, the gerund of an accusation, a reason, an "according to" phrase.
//!
//! The control infinitive read as a modifier of the object. "urged nurses to return" can come out
//! with "to return" as an `acl` of "nurses"; after a verb of object control it is the verb's
//! `xcomp`.
//!
//! The gerund of an accusation read as a modifier of the accused. In "accused Prime Minister
//! Henrik Dahl of rigging the election" "of rigging" belongs to "accused" (`advcl`), so the
//! rigging is Dahl's, under the modality "accuse".
//!
//! An adjective after the object of "call", "find", ... is the verb's `xcomp`; "for" after the
//! object of "blame", "thank", ... is the verb's.
//!
//! [`control_infinitives_on_objects`] and [`accusations_on_objects`] are mended by the first pass
//! ([`super::first_pass`]), together with the other errors it finds; the `fix_` functions here run
//! after it, in the order of [`super::REPAIRS`].

use super::draft::Draft;
use super::tree_helpers::{extent, head_of, kids_of, verb_of_object};
use crate::annotate::lexicon::OBJECT_CONTROL;
use crate::document::Token;

/// Pairs (infinitive, verb): a "to" infinitive read as a modifier (`acl`) of the object of a
/// verb of object control. In "urged nurses to return to work" the nurses are to return; the
/// infinitive is the verb's complement (`xcomp`), as UD has it, not a kind of nurse.
pub(super) fn control_infinitives_on_objects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, tk) in tokens.iter().enumerate() {
        if tk.deprel != "acl" || tk.upos != "VERB" || tk.xpos != "VB" {
            continue;
        }
        // "to" and no other subordinator: "told students that to understand fear ..." is not
        // control, and neither is "told him how to move".
        let mut marks = kids_of(tokens, i).filter(|&m| tokens[m].deprel == "mark");
        let to = marks.all(|m| m < i && tokens[m].lemma == "to")
            && i >= 2
            && tokens[i - 1].lemma == "to"
            && tokens[i - 2].upos != "SCONJ"
            && !matches!(
                tokens[i - 2].lemma.to_lowercase().as_str(),
                "that" | "how" | "what" | "where" | "when" | "whether" | "which" | "who"
            );
        let Some(o) = head_of(tokens, i).filter(|&o| o < i && tokens[o].deprel == "obj") else {
            continue;
        };
        let Some(v) = head_of(tokens, o).filter(|&v| v < o) else {
            continue;
        };
        if to && OBJECT_CONTROL.contains(&tokens[v].lemma.to_lowercase().as_str()) {
            out.push((i, v));
        }
    }
    out
}

/// Verbs whose object is followed by "of" and what it is about: "accused the minister of
/// rigging the vote", "convicted him of taking bribes".
const OF_COMPLEMENT: &[&str] = &[
    "accuse", "acquit", "clear", "convict", "convince", "persuade", "remind", "rob", "suspect",
    "warn",
];

/// Repair 26: the gerund of an accusation read as a modifier of the accused.
///
/// Pairs (gerund, verb): "accused Prime Minister Henrik Dahl of rigging the election" can come
/// out with "rigging" as an `acl` of "Dahl", so nothing says who rigged what to whom, or as an
/// adverbial clause of a verb further on ("..., hours after results gave ..."). After a verb
/// like "accuse", "of" + -ing belongs to the verb (`advcl`, as UD has it): what the object is
/// accused of.
pub(super) fn accusations_on_objects(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (g, tk) in tokens.iter().enumerate() {
        if tk.xpos != "VBG" || g < 2 || tokens[g - 1].lemma != "of" {
            continue;
        }
        // Up from the word it hangs on to the object, through the parts of the object's name;
        // or, hung on a later verb, the object whose phrase ends right before "of".
        let o = match tk.deprel.as_str() {
            "acl" => {
                let Some(mut o) = head_of(tokens, g) else {
                    continue;
                };
                // Bounded: a malformed tree may have a cycle.
                for _ in 0..tokens.len() {
                    match head_of(tokens, o) {
                        Some(up) if matches!(tokens[o].deprel.as_str(), "flat" | "compound") => {
                            o = up
                        }
                        _ => break,
                    }
                }
                o
            }
            "advcl" if tk.head > g + 1 => {
                match (0..g - 1)
                    .find(|&o| tokens[o].deprel == "obj" && extent(tokens, o).1 == g - 2)
                {
                    Some(o) => o,
                    None => continue,
                }
            }
            _ => continue,
        };
        let Some(v) = head_of(tokens, o).filter(|&v| v < o && tokens[o].deprel == "obj") else {
            continue;
        };
        if OF_COMPLEMENT.contains(&tokens[v].lemma.to_lowercase().as_str()) {
            out.push((g, v));
        }
    }
    out
}

/// Repair 44: mends what [`predicates_read_as_modifiers`] finds.
pub(super) fn fix_predicates_read_as_modifiers(d: &mut Draft) {
    for (adjective, verb) in predicates_read_as_modifiers(d.base()) {
        let fixed = d.edit();
        fixed[adjective].head = verb + 1;
        fixed[adjective].deprel = "xcomp".into();
    }
}

/// Verbs whose object can be followed by what it is said or made to be ("called the threat
/// unlawful", "found the plan unworkable").
const OBJECT_PREDICATE: &[&str] = &[
    "call", "consider", "declare", "deem", "find", "judge", "keep", "label", "leave", "make",
    "rule", "think",
];

/// Repair 44: an adjective after the object read as its modifier.
///
/// Pairs (adjective, verb): "called the threat unlawful" can come out with "unlawful" an `amod`
/// of "threat". English puts a modifying adjective before its noun; one right after the object
/// of a verb of [`OBJECT_PREDICATE`] says what the object is called or made: the verb's `xcomp`.
fn predicates_read_as_modifiers(tokens: &[Token]) -> Vec<(usize, usize)> {
    (0..tokens.len())
        .filter_map(|a| Some((a, predicate_read_as_modifier(tokens, a)?)))
        .collect()
}

/// The verb of [`OBJECT_PREDICATE`] whose object adjective `a` follows as its `amod`, if any
/// (lower-case adjectives after a common noun or a name: not "one Iraqi").
pub(super) fn predicate_read_as_modifier(tokens: &[Token], a: usize) -> Option<usize> {
    let tk = &tokens[a];
    if tk.deprel != "amod" || tk.upos != "ADJ" || tk.form.starts_with(char::is_uppercase) {
        return None;
    }
    let o = head_of(tokens, a)
        .filter(|&o| o + 1 == a && matches!(tokens[o].upos.as_str(), "NOUN" | "PROPN"))?;
    verb_of_object(tokens, o)
        .filter(|&v| OBJECT_PREDICATE.contains(&tokens[v].lemma.to_lowercase().as_str()))
}

/// Repair 46: mends what [`reasons_read_as_modifiers`] finds.
pub(super) fn fix_reasons_read_as_modifiers(d: &mut Draft) {
    for (phrase, verb) in reasons_read_as_modifiers(d.base()) {
        let fixed = d.edit();
        (fixed[phrase].head, fixed[phrase].deprel) = (verb + 1, "obl".into());
    }
}

/// Verbs that hold their object responsible, thank it, ask it or search it for something: the
/// "for" phrase after the object belongs to the verb.
const FOR_REASON: &[&str] = &[
    "accuse",
    "arrest",
    "ask",
    "blame",
    "charge",
    "check",
    "commend",
    "condemn",
    "criticise",
    "criticize",
    "fault",
    "fine",
    "forgive",
    "jail",
    "penalise",
    "penalize",
    "praise",
    "punish",
    "reward",
    "sanction",
    "screen",
    "search",
    "sentence",
    "sue",
    "test",
    "thank",
];

/// Repair 46: the reason a verb of blame or thanks gives (or what it asks or searches for), read
/// as a modifier of its object.
///
/// Pairs (phrase, verb): "blamed falling attendance for the club's debts" can come out with
/// "for the club's debts" an `nmod` of "attendance", which labels the object `debt attendance`.
/// After the object of a verb of [`FOR_REASON`], a "for" phrase says why: it is the verb's
/// `obl`.
fn reasons_read_as_modifiers(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (m, tk) in tokens.iter().enumerate() {
        if tk.deprel != "nmod" {
            continue;
        }
        let for_ = kids_of(tokens, m).any(|c| {
            c < m && tokens[c].deprel == "case" && tokens[c].lemma.eq_ignore_ascii_case("for")
        });
        let Some(v) = head_of(tokens, m)
            .filter(|&o| o < m)
            .and_then(|o| verb_of_object(tokens, o))
        else {
            continue;
        };
        if for_ && FOR_REASON.contains(&tokens[v].lemma.to_lowercase().as_str()) {
            out.push((m, v));
        }
    }
    out
}

/// Repair 53: mends what [`sources_on_nouns`] finds.
pub(super) fn fix_sources_on_nouns(d: &mut Draft) {
    for (phrase, verb) in sources_on_nouns(d.base()) {
        let fixed = d.edit();
        (fixed[phrase].head, fixed[phrase].deprel) = (verb + 1, "obl".into());
    }
}

/// Repair 53: an "according to" phrase hung on a noun.
///
/// Pairs (phrase, verb): "The virus has spread to at least 20 countries, according to the World
/// Health Organization." can come out with "according to the World Health Organization" a
/// modifier of "countries". "According to X" gives the source of a statement, never a kind of
/// thing: the phrase goes to the nearest verb above it, as the clause's `obl`, where Open IE
/// reads it as the statement's source.
fn sources_on_nouns(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (c, t) in tokens.iter().enumerate() {
        if t.deprel != "case" || !t.form.eq_ignore_ascii_case("according") {
            continue;
        }
        let Some(x) = head_of(tokens, c).filter(|&x| tokens[x].deprel == "nmod") else {
            continue;
        };
        let mut h = head_of(tokens, x);
        for _ in 0..tokens.len() {
            match h {
                Some(v) if tokens[v].upos == "VERB" => {
                    out.push((x, v));
                    break;
                }
                Some(v) => h = head_of(tokens, v),
                None => break,
            }
        }
    }
    out
}

/// Repair 71: mends what [`attributions_on_nouns`] finds.
pub(super) fn fix_attributions_on_nouns(d: &mut Draft) {
    for (phrase, predicate) in attributions_on_nouns(d.base()) {
        let fixed = d.edit();
        (fixed[phrase].head, fixed[phrase].deprel) = (predicate + 1, "obl".into());
    }
}

/// Repair 71: "according to" read as a modifier of a noun.
///
/// Pairs (phrase, predicate): "The defeat was the final straw, according to a person familiar
/// with ..." can come out with "person" an `nmod` of "straw", and "27 vessels were anchored
/// outside the harbour, according to shipping data" with "data" one of "harbour": the source
/// becomes part of the thing ("person straw"). Set off by a comma, the phrase says who tells
/// the clause: it is an `obl` of the clause's predicate (the nearest verb, nominal predicate
/// or root above it).
fn attributions_on_nouns(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (x, tk) in tokens.iter().enumerate() {
        if tk.deprel != "nmod" {
            continue;
        }
        let according = kids_of(tokens, x).find(|&c| {
            tokens[c].deprel == "case" && tokens[c].form.eq_ignore_ascii_case("according")
        });
        if !according.is_some_and(|a| a > 0 && tokens[a - 1].form == ",") {
            continue;
        }
        let Some(mut p) = head_of(tokens, x) else {
            continue;
        };
        for _ in 0..8 {
            let predicate = tokens[p].upos == "VERB"
                || tokens[p].head == 0
                || kids_of(tokens, p).any(|c| tokens[c].deprel == "cop");
            if predicate {
                break;
            }
            match head_of(tokens, p) {
                Some(up) => p = up,
                None => break,
            }
        }
        if p != x {
            out.push((x, p));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::tokens;

    #[test]
    fn a_control_infinitive_on_the_object_is_the_verbs_complement() {
        // "Mayor Dal urged residents to leave and promised to open shelters ." with "to leave"
        // on "residents" and "promised" (tagged as a participle) a conjunct of "leave".
        let spec = [
            ("Dal", "Dal", "PROPN", "NNP", 2, "nsubj"),
            ("urged", "urge", "VERB", "VBD", 0, "root"),
            ("residents", "resident", "NOUN", "NNS", 2, "obj"),
            ("to", "to", "PART", "TO", 5, "mark"),
            ("leave", "leave", "VERB", "VB", 3, "acl"),
            ("and", "and", "CCONJ", "CC", 7, "cc"),
            ("promised", "promise", "VERB", "VBN", 5, "conj"),
            ("to", "to", "PART", "TO", 9, "mark"),
            ("open", "open", "VERB", "VB", 7, "xcomp"),
            ("shelters", "shelter", "NOUN", "NNS", 9, "obj"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[4].head, fixed[4].deprel.as_str()), (2, "xcomp"));
        assert_eq!((fixed[6].head, fixed[6].deprel.as_str()), (2, "conj"));
        // "approved a plan to leave": no control verb, the infinitive modifies the plan; and
        // "promised" with its own subject is a clause of its own.
        let mut spec = spec;
        spec[1] = ("approved", "approve", "VERB", "VBD", 0, "root");
        spec[6] = ("promised", "promise", "VERB", "VBD", 5, "conj");
        spec[5] = ("she", "she", "PRON", "PRP", 7, "nsubj");
        let fixed = repaired(&tokens(&spec));
        assert!(fixed.is_none(), "{fixed:?}");
        // "told residents how to leave": a question, not control.
        let toks = tokens(&[
            ("Dal", "Dal", "PROPN", "NNP", 2, "nsubj"),
            ("told", "tell", "VERB", "VBD", 0, "root"),
            ("residents", "resident", "NOUN", "NNS", 2, "obj"),
            ("how", "how", "ADV", "WRB", 6, "advmod"),
            ("to", "to", "PART", "TO", 6, "mark"),
            ("leave", "leave", "VERB", "VB", 3, "acl"),
        ]);
        assert!(repaired(&toks).is_none());
    }

    #[test]
    fn the_gerund_of_an_accusation_belongs_to_the_verb() {
        // "Costa accused Henrik Dahl of rigging votes" with "rigging" on "Dahl".
        let mut spec = vec![
            ("Costa", "Costa", "PROPN", "NNP", 2, "nsubj"),
            ("accused", "accuse", "VERB", "VBD", 0, "root"),
            ("Henrik", "Henrik", "PROPN", "NNP", 2, "obj"),
            ("Dahl", "Dahl", "PROPN", "NNP", 3, "flat"),
            ("of", "of", "SCONJ", "IN", 6, "mark"),
            ("rigging", "rig", "VERB", "VBG", 4, "acl"),
            ("votes", "vote", "NOUN", "NNS", 6, "obj"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "advcl"));
        // "met Henrik Dahl of counting fame": no verb of accusation, left alone.
        spec[1] = ("met", "meet", "VERB", "VBD", 0, "root");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn the_reason_for_blame_or_thanks_belongs_to_the_verb() {
        // "He blamed attendance for the debts ." with "for the debts" on "attendance".
        let mut spec = vec![
            ("He", "he", "PRON", "PRP", 2, "nsubj"),
            ("blamed", "blame", "VERB", "VBD", 0, "root"),
            ("attendance", "attendance", "NOUN", "NN", 2, "obj"),
            ("for", "for", "ADP", "IN", 6, "case"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("debts", "debt", "NOUN", "NNS", 3, "nmod"),
            (".", ".", "PUNCT", ".", 2, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[5].head, fixed[5].deprel.as_str()), (2, "obl"));
        // "bought tickets for the match" keeps what the tickets are for.
        spec[1] = ("bought", "buy", "VERB", "VBD", 0, "root");
        assert!(repaired(&tokens(&spec)).is_none());
    }

    #[test]
    fn according_to_on_a_noun_goes_to_the_clause() {
        // "Vessels were anchored outside the harbour , according to data ." with "data" on
        // "harbour".
        let spec = [
            ("Vessels", "vessel", "NOUN", "NNS", 3, "nsubj:pass"),
            ("were", "be", "AUX", "VBD", 3, "aux:pass"),
            ("anchored", "anchor", "VERB", "VBN", 0, "root"),
            ("outside", "outside", "ADP", "IN", 6, "case"),
            ("the", "the", "DET", "DT", 6, "det"),
            ("harbour", "harbour", "NOUN", "NN", 3, "obl"),
            (",", ",", "PUNCT", ",", 10, "punct"),
            ("according", "accord", "VERB", "VBG", 10, "case"),
            ("to", "to", "ADP", "IN", 8, "fixed"),
            ("data", "data", "NOUN", "NN", 6, "nmod"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[9].head, fixed[9].deprel.as_str()), (3, "obl"));
        // Not without the comma that sets it off ("the harbour according to the map").
        let mut bare = spec;
        bare[6] = ("now", "now", "ADV", "RB", 3, "advmod");
        assert!(attributions_on_nouns(&tokens(&bare)).is_empty());
    }

    #[test]
    fn an_according_to_phrase_on_a_noun_goes_to_the_verb() {
        // "The virus spread to 20 countries , according to the agency ." with the "according
        // to" phrase a modifier of "countries".
        let spec = vec![
            ("The", "the", "DET", "DT", 2, "det"),
            ("virus", "virus", "NOUN", "NN", 3, "nsubj"),
            ("spread", "spread", "VERB", "VBD", 0, "root"),
            ("to", "to", "ADP", "IN", 6, "case"),
            ("20", "20", "NUM", "CD", 6, "nummod"),
            ("countries", "country", "NOUN", "NNS", 3, "obl"),
            (",", ",", "PUNCT", ",", 11, "punct"),
            ("according", "accord", "VERB", "VBG", 11, "case"),
            ("to", "to", "ADP", "IN", 8, "fixed"),
            ("the", "the", "DET", "DT", 11, "det"),
            ("agency", "agency", "NOUN", "NN", 6, "nmod"),
            (".", ".", "PUNCT", ".", 3, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!((fixed[10].head, fixed[10].deprel.as_str()), (3, "obl"));
        let changed: Vec<usize> = (0..spec.len())
            .filter(|&k| (fixed[k].head, fixed[k].deprel.as_str()) != (spec[k].4, spec[k].5))
            .collect();
        assert_eq!(changed, [10]);
        // Any other phrase on the noun stays ("countries in Africa").
        let mut other = spec;
        other[7] = ("in", "in", "ADP", "IN", 11, "case");
        other[8] = ("all", "all", "DET", "DT", 11, "det");
        assert!(repaired(&tokens(&other)).is_none());
    }
}
