//! Diseases named after people are no actors. "Regulator clears Pellaris Alzheimer's drug" came
//! out with "Pellaris Alzheimer" one person, and every later "Pellaris" (and a "she") joined
//! that person. After tagging, the eponym of a disease written with its possessive
//! ("Alzheimer's", "Parkinson's disease") leaves the name it was tagged in; what is left before it
//! stays a name. The list is written by hand by the relgraph authors.

use super::iob::{O, label_span, spans, type_index};

/// Surnames that, followed by "'s", name a disease (lower case).
const EPONYMS: &[&str] = &[
    "addison",
    "alzheimer",
    "asperger",
    "crohn",
    "cushing",
    "hodgkin",
    "huntington",
    "parkinson",
    "tourette",
];

/// Is `word` a surname that names a disease with its possessive ("Alzheimer")?
pub fn is_eponym(word: &str) -> bool {
    EPONYMS.contains(&word.to_lowercase().as_str())
}

/// Is `words[k]` a disease's eponym, written with its possessive after it?
fn is_disease(words: &[&str], k: usize) -> bool {
    let possessive = words
        .get(k + 1)
        .is_some_and(|w| matches!(*w, "'s" | "\u{2019}s"));
    possessive && is_eponym(words[k])
}

/// Takes disease eponyms out of the names of people and organisations they were tagged in, in
/// place (a place keeps its name: "Huntington's mayor").
pub fn untag(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let loc = type_index("LOC");
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for s in spans(t).into_iter().filter(|s| s.ty != loc) {
            let Some(k) = (s.start..s.end).find(|&k| is_disease(words, k)) else {
                continue;
            };
            for tag in &mut t[k..s.end] {
                *tag = O;
            }
            if k > s.start {
                label_span(t, s.start..k, s.ty);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::test_support::{after_pass, tags};

    fn run(text: &str, labels: &str) -> Vec<usize> {
        after_pass(untag, text, labels)
    }

    #[test]
    fn an_eponym_leaves_the_name() {
        assert_eq!(
            run("clears Pellaris Alzheimer 's drug", "O B-PER I-PER O O"),
            tags("O B-PER O O O")
        );
        assert_eq!(run("has Parkinson 's", "O B-PER O"), tags("O O O"));
    }

    #[test]
    fn a_name_without_the_possessive_or_a_place_stays() {
        for (text, labels) in [
            ("Ruth Alzheimer said", "B-PER I-PER O"),
            ("met Parkinson in Leeds", "O B-PER O B-LOC"),
            ("Huntington 's mayor", "B-LOC O O"),
        ] {
            assert_eq!(run(text, labels), tags(labels), "{text}");
        }
    }
}
