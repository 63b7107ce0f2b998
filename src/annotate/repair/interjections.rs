//! A name read as an interjection.

use super::draft::Draft;
use super::tree_helpers::{extent, hang_commas_on, head_of, phrase_start};
use crate::document::Token;

/// Words that open a sentence as interjections in EWT and GUM train before a comma ("Well,",
/// "Yeah,", "Anyway,"): these stay what they are.
const INTERJECTIONS: &[&str] = &[
    "ah", "alright", "anyhow", "anyway", "anyways", "aw", "boy", "er", "god", "hello", "hey", "hi",
    "like", "mhm", "nah", "no", "nope", "now", "oh", "ok", "okay", "please", "right", "so",
    "sorry", "sure", "uh", "um", "well", "whatever", "wow", "yay", "yea", "yeah", "yep", "yes",
];

/// Repair 132: mends what [`names_read_as_interjections`] finds.
pub(super) fn fix_names_read_as_interjections(d: &mut Draft) {
    for (name, noun, verb) in names_read_as_interjections(d.base()) {
        let fixed = d.edit();
        let rel = fixed[noun].deprel.clone();
        let t = &mut fixed[name];
        (t.upos, t.xpos) = ("PROPN".into(), "NNP".into());
        (t.head, t.deprel) = (verb + 1, rel);
        (fixed[noun].head, fixed[noun].deprel) = (name + 1, "appos".into());
        hang_commas_on(fixed, noun);
    }
}

/// Repair 132: a company's name that opens the sentence, read as an interjection.
///
/// Triples (name, noun, verb): "AeroLumen, the low-cost carrier based in Porto, grounded all
/// of its aircraft" came out with the unknown word "AeroLumen" an interjection and "carrier"
/// the subject, so the graph had the carrier, not the airline. A capitalised first word read as
/// an interjection, not one that is one in the treebanks ("Well", "Yeah"), followed by a comma
/// and a noun phrase that opens with a determiner and is closed by a comma right before the verb
/// it is the subject of, is the subject, and the phrase its apposition. An interjection before
/// a subject has no comma after the subject ("Well, the car broke down").
fn names_read_as_interjections(tokens: &[Token]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let Some(first) = tokens.first() else {
        return out;
    };
    let capitalised = first.form.chars().next().is_some_and(char::is_uppercase)
        && first.form.chars().count() >= 3;
    let known = INTERJECTIONS.contains(&first.form.to_lowercase().as_str());
    if first.upos != "INTJ" || !capitalised || known || tokens.len() < 6 {
        return out;
    }
    if tokens[1].form != "," || tokens[2].upos != "DET" {
        return out;
    }
    // The subject whose phrase opens at the determiner.
    let Some(noun) = (3..tokens.len())
        .find(|&k| tokens[k].deprel.starts_with("nsubj") && extent(tokens, k).0 <= 2 && k > 2)
    else {
        return out;
    };
    let from = phrase_start(tokens, noun);
    let (_, last) = extent(tokens, noun);
    let Some(end) = (from..=last).rev().find(|&k| tokens[k].upos != "PUNCT") else {
        return out;
    };
    let Some(verb) = head_of(tokens, noun) else {
        return out;
    };
    let closed = from >= 2
        && tokens.get(end + 1).is_some_and(|t| t.form == ",")
        && verb == end + 2
        && tokens[verb].upos == "VERB";
    if closed {
        out.push((0, noun, verb));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::repair::repaired;
    use crate::annotate::repair::testing::{arcs_of, tokens};

    #[test]
    fn a_company_read_as_an_interjection_is_the_subject() {
        // "AeroLumen , the carrier based in Porto , grounded jets ." with "AeroLumen" an
        // interjection and "carrier" the subject.
        let spec = [
            ("AeroLumen", "AeroLumen", "INTJ", "UH", 9, "discourse"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("carrier", "carrier", "NOUN", "NN", 9, "nsubj"),
            ("based", "base", "VERB", "VBN", 4, "acl"),
            ("in", "in", "ADP", "IN", 7, "case"),
            ("Porto", "Porto", "PROPN", "NNP", 5, "obl"),
            (",", ",", "PUNCT", ",", 4, "punct"),
            ("grounded", "ground", "VERB", "VBD", 0, "root"),
            ("jets", "jet", "NOUN", "NNS", 9, "obj"),
            (".", ".", "PUNCT", ".", 9, "punct"),
        ];
        let fixed = repaired(&tokens(&spec)).expect("a repair");
        assert_eq!(
            (fixed[0].upos.as_str(), fixed[0].xpos.as_str()),
            ("PROPN", "NNP")
        );
        let arcs = arcs_of(&fixed);
        assert_eq!(arcs[0], (9, "nsubj"));
        assert_eq!(arcs[3], (1, "appos"));
        assert_eq!((arcs[1], arcs[7]), ((4, "punct"), (4, "punct")));
    }

    #[test]
    fn interjections_stay() {
        // "Well , the car broke down ." and "Oh , the carrier , it said , grounded jets ."
        let spec = [
            ("Well", "well", "INTJ", "UH", 5, "discourse"),
            (",", ",", "PUNCT", ",", 1, "punct"),
            ("the", "the", "DET", "DT", 4, "det"),
            ("car", "car", "NOUN", "NN", 5, "nsubj"),
            ("broke", "break", "VERB", "VBD", 0, "root"),
            ("down", "down", "ADP", "RP", 5, "compound:prt"),
            (".", ".", "PUNCT", ".", 5, "punct"),
        ];
        assert!(names_read_as_interjections(&tokens(&spec)).is_empty());
        let mut known = spec;
        known[0] = ("Yeah", "yeah", "INTJ", "UH", 5, "discourse");
        known[4] = (",", ",", "PUNCT", ",", 4, "punct");
        known[5] = ("broke", "break", "VERB", "VBD", 0, "root");
        known[3].4 = 6;
        known[0].4 = 6;
        known[6].4 = 6;
        assert!(names_read_as_interjections(&tokens(&known)).is_empty());
        let mut name = known;
        name[0] = ("Zenvo", "Zenvo", "INTJ", "UH", 6, "discourse");
        assert_eq!(names_read_as_interjections(&tokens(&name)), [(0, 3, 5)]);
    }
}
