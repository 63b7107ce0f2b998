//! A given name the tagger left outside a person's name. "Its director, Sabine Loritz, said"
//! came out with "Loritz" alone a person: the name lexicon does not list "Sabine", and after a
//! comma the model did not take a capitalised word it had not seen for the start of a name.
//! After tagging, a capitalised word right before a person's name joins it when it stands where
//! only a name can: inside the sentence, after a comma, a lower-case word or a role ("said",
//! "Minister"), and it is no role, day, month, place or organisation word itself.

use super::gazetteer::Gazetteer;
use super::iob::{O, label_span, spans, type_index};
use super::keywords;
use super::roles::is_role_word;
use crate::text::CALENDAR;

/// Extends person spans, in place, over the given name before them (see the module
/// documentation).
pub fn extend(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let per = type_index("PER");
    let gaz = Gazetteer::embedded();
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for s in spans(t) {
            let Some(i) = s.start.checked_sub(1).filter(|&i| i > 0) else {
                continue;
            };
            let before = words[i - 1];
            let place = before == "," || before.chars().all(char::is_lowercase) || {
                let capital = before.chars().next().is_some_and(char::is_uppercase);
                capital && is_role_word(before)
            };
            if s.ty == per
                && t[i] == O
                && place
                && given_name_like(words[i])
                && gaz.lookup(&words[i..=i]).is_none()
            {
                label_span(t, i..s.end, per);
            }
        }
    }
}

/// A capitalised word of three or more letters with a lower-case rest that is not a role, a
/// day or month, or a word that heads names of organisations or places.
fn given_name_like(w: &str) -> bool {
    let mut chars = w.chars();
    let lower = w.to_lowercase();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 3
        && chars.all(char::is_lowercase)
        && !is_role_word(w)
        && !CALENDAR.contains(&lower.as_str())
        && keywords::class(&lower) == "-"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::test_support::{after_pass, tags};

    fn run(text: &str, labels: &str) -> Vec<usize> {
        after_pass(extend, text, labels)
    }

    #[test]
    fn a_given_name_before_a_person_joins_the_name() {
        assert_eq!(
            run("Its director , Sabine Loritz , said", "O O O O B-PER O O"),
            tags("O O O B-PER I-PER O O")
        );
        assert_eq!(
            run("said Minister Sabine Loritz", "O O O B-PER"),
            tags("O O B-PER I-PER")
        );
    }

    #[test]
    fn other_words_before_a_person_stay_out() {
        for (text, labels) in [
            // Sentence-initial, a day, a role, a place, an organisation word, a short word.
            ("Sabine Loritz said", "O B-PER O"),
            ("said Tuesday Loritz", "O O B-PER"),
            ("said President Loritz", "O O B-PER"),
            ("in Paris Loritz said", "O O B-PER O"),
            ("the University Loritz", "O O B-PER"),
            ("said Al Loritz", "O O B-PER"),
            // After a capitalised word that is not a role; not before an organisation.
            ("Korvash Sabine Loritz", "O O B-PER"),
            (", Sabine Holdings", "O O B-ORG"),
        ] {
            assert_eq!(run(text, labels), tags(labels), "{text}");
        }
    }
}
