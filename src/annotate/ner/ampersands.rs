//! Names joined by "&" are one organisation's name. "Harrow & Velt Construction" came out as
//! "Harrow" (untagged) and the company "Velt Construction", so the graph had a company that
//! does not exist and lost the one that does. A firm's name joins its founders' names with "&"
//! ("Procter & Gamble", "Johnson & Johnson"); UNER-EWT tags the "&" inside an organisation's
//! name as part of it.
//!
//! After tagging, capitalised words on both sides of "&", untagged or tagged as an organisation
//! or a place, become one organisation when one side is an organisation or the name ends in an
//! organisation's word ("Construction"). Not a person's name on either side ("Anna Smith &
//! Wesson" stays as tagged).

use super::iob::{O, label_span, type_index};
use super::org_endings::org_ending;

/// Joins organisations across "&", in place (see the module documentation).
pub fn join(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let (org, loc) = (type_index("ORG"), type_index("LOC"));
    let (b_org, i_org) = (1 + 2 * org, 2 + 2 * org);
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for amp in 1..words.len().saturating_sub(1) {
            if words[amp] != "&" || !capital(words[amp - 1]) || !capital(words[amp + 1]) {
                continue;
            }
            // A place's tag is taken too: the tagger reads "Harrow" as the London borough.
            let (b_loc, i_loc) = (1 + 2 * loc, 2 + 2 * loc);
            let free = |x: usize| x == O || x == b_org || x == i_org || x == b_loc || x == i_loc;
            // The capitalised words on each side, untagged or an organisation's.
            let mut start = amp;
            while start > 0 && capital(words[start - 1]) && free(t[start - 1]) {
                start -= 1;
            }
            let mut end = amp + 1;
            while end < words.len() && capital(words[end]) && free(t[end]) {
                end += 1;
            }
            // The left side must not continue a longer name, the right side must end one.
            let left_whole = t[start] != i_org && t[start] != i_loc;
            let right_whole = t.get(end).is_none_or(|&x| x != i_org && x != i_loc);
            // An organisation on one side, or a name that ends in an organisation's word.
            let organisation = t[start..end].contains(&b_org) || org_ending(words[end - 1]);
            if start < amp && end > amp + 1 && left_whole && right_whole && organisation {
                label_span(t, start..end, org);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::test_support::{after_pass, tags};

    fn run(text: &str, labels: &str) -> Vec<usize> {
        after_pass(join, text, labels)
    }

    #[test]
    fn names_joined_by_an_ampersand_are_one_organisation() {
        assert_eq!(
            run(
                "won by Harrow & Velt Construction ,",
                "O O O O B-ORG I-ORG O"
            ),
            tags("O O B-ORG I-ORG I-ORG I-ORG O")
        );
        assert_eq!(
            run("Procter & Gamble said", "B-ORG O O O"),
            tags("B-ORG I-ORG I-ORG O")
        );
        // Read as a place, with the organisation's word at the end.
        assert_eq!(
            run("by Harrow & Velt Holdings", "O B-LOC I-LOC I-LOC I-LOC"),
            tags("O B-ORG I-ORG I-ORG I-ORG")
        );
    }

    #[test]
    fn other_ampersands_stay() {
        for (text, labels) in [
            // No organisation on either side, a person's name, lower-case words, a longer
            // name on the right that goes on past the capitalised run.
            ("Salt & Pepper", "O O O"),
            ("Bosnia & Herzegovina", "B-LOC I-LOC I-LOC"),
            ("Anna Smith & Wesson said", "B-PER I-PER O B-ORG O"),
            ("rock & roll band", "O O O O"),
            ("Harrow & velt", "B-ORG O O"),
        ] {
            assert_eq!(run(text, labels), tags(labels), "{text}");
        }
    }
}
