//! A name followed by an age between commas is a person's. News writes a person's age right
//! after the name ("Viktor Strand, 58, a former deputy minister, denied"), and the tagger,
//! which had not seen the name, left it untagged in a long apposition. On UNER-EWT train and
//! dev every capitalised word before ", 58," or ", 58." is inside a person's name (9 of 9).
//!
//! After tagging, a run of one to four capitalised words right before a comma, a number of one
//! to three digits and a comma or full stop becomes a person, unless the run holds a role
//! ("Minister" stays outside the name), a day or month ("March, 12, ...") or follows a
//! preposition ("in Kerrast, 12, ..." would be a place).

use super::iob::{label_span, type_index};
use super::roles::is_role_word;
use crate::text::CALENDAR;

/// The longest run of capitalised words this many words long at most.
const MAX_RUN: usize = 4;

/// Tags the names before an age as persons, in place (see the module documentation).
pub fn tag(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let per = type_index("PER");
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for comma in 1..words.len().saturating_sub(2) {
            if words[comma] != "," || !is_age(words[comma + 1]) {
                continue;
            }
            if !matches!(words.get(comma + 2), Some(&",") | Some(&".")) {
                continue;
            }
            let Some(start) = run_before(words, comma) else {
                continue;
            };
            // A person's name the tagger found ("Ana de Souza") stays as it is.
            let (b, i) = (1 + 2 * per, 2 + 2 * per);
            if !t[start..comma].iter().all(|&x| x == b || x == i) {
                label_span(t, start..comma, per);
            }
        }
    }
}

/// One to three digits, a plausible age.
fn is_age(w: &str) -> bool {
    (1..=3).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_digit())
        && w.parse::<u32>().is_ok_and(|n| (1..=120).contains(&n))
}

/// The first word of the run of capitalised words that ends right before `comma`, when the run
/// may be a person's name.
fn run_before(words: &[&str], comma: usize) -> Option<usize> {
    // Every part of a hyphenated word capitalised: "Jean-Pierre", not "Co-defendant".
    let capital = |w: &str| {
        w.split('-').all(|part| {
            let mut c = part.chars();
            c.next().is_some_and(char::is_uppercase) && c.all(char::is_alphabetic)
        })
    };
    let mut start = comma;
    while start > 0 && comma - start < MAX_RUN && capital(words[start - 1]) {
        start -= 1;
    }
    if start == comma {
        return None;
    }
    // Stop at a capitalised role before the name ("Minister Lena Ortiz, 61,").
    while start < comma && is_role_word(words[start]) {
        start += 1;
    }
    let run = &words[start..comma];
    let calendar = run
        .iter()
        .any(|w| CALENDAR.contains(&w.to_lowercase().as_str()));
    let after_preposition = start
        .checked_sub(1)
        .is_some_and(|k| matches!(words[k], "in" | "at" | "from" | "to" | "near" | "of"));
    let opener = start == 0 && matches!(words[0], "The" | "A" | "An");
    (!run.is_empty() && !calendar && !after_preposition && !opener).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::test_support::{after_pass, tags};

    fn run(text: &str, labels: &str) -> Vec<usize> {
        after_pass(tag, text, labels)
    }

    #[test]
    fn a_name_before_an_age_is_a_person() {
        assert_eq!(
            run(
                "One of the lawmakers , Viktor Strand , 58 , denied it",
                "O O O O O O O O O O O O"
            ),
            tags("O O O O O B-PER I-PER O O O O O")
        );
        assert_eq!(
            run("Reyes , 54 , a former banker", "B-LOC O O O O O O"),
            tags("B-PER O O O O O O")
        );
        // A role before the name stays outside it; the age may end the sentence.
        assert_eq!(
            run("said Foreign Minister Lena Ortiz , 61 .", "O O O O O O O O"),
            tags("O O O B-PER I-PER O O O")
        );
    }

    #[test]
    fn other_runs_before_a_number_stay_as_they_are() {
        for (text, labels) in [
            // A month, a place after a preposition, a year, a count that is no age, no comma
            // after the number, a sentence-opening article.
            ("on March , 12 , people", "O O O O O O"),
            ("born in Kerrast , 12 , it", "O O B-LOC O O O O"),
            ("Smith , 2024 , said", "O O O O O"),
            ("Smith , 500 , said", "O O O O O"),
            ("Smith , 58 percent", "O O O O"),
            ("The Group , 12 , said", "O O O O O O"),
            // A capitalised role with a hyphen stays outside the name.
            ("Co-defendant Ines Kowalczyk , 41 ,", "O B-PER I-PER O O O"),
            // A name the tagger found is kept as it is.
            ("Ana de Souza , 40 , said", "B-PER I-PER I-PER O O O O"),
        ] {
            assert_eq!(run(text, labels), tags(labels), "{text}");
        }
    }
}
