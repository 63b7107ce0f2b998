//! The person who holds a role named after a place. "Mereth's ambassador to Caldria, Radek
//! Solon, called the ban ..." came out with "Radek Solon" a place: after "Caldria ," the model
//! reads two capitalised words the way it reads "Paris , Texas". A name set off by commas right
//! after "ROLE to/of/in/at/for PLACE" is who holds the role: two or more words that look like a
//! given name and a surname, not a place the gazetteer knows, closed by a comma or the
//! sentence's end.

use super::gazetteer::Gazetteer;
use super::iob::{label_span, spans, type_index};
use super::roles::is_role_word;

/// Relabels, in place, place spans that name a role's holder (see the module documentation).
pub fn retype(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let (per, loc, org) = (type_index("PER"), type_index("LOC"), type_index("ORG"));
    let gaz = Gazetteer::embedded();
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        let found = spans(t);
        for pair in found.windows(2) {
            let (place, name) = (&pair[0], &pair[1]);
            let closed = words
                .get(name.end)
                .is_none_or(|w| matches!(*w, "," | "." | ";"));
            let opened = name.start == place.end + 1 && words[place.end] == ",";
            let role = place.start >= 2
                && matches!(
                    words[place.start - 1].to_lowercase().as_str(),
                    "to" | "of" | "in" | "at" | "for"
                )
                && is_role_word(words[place.start - 2]);
            let name_like = name.end - name.start >= 2
                && words[name.start..name.end]
                    .iter()
                    .all(|w| capitalised_word(w))
                && gaz.lookup(&words[name.start..name.end]).is_none();
            if name.ty == loc
                && (place.ty == loc || place.ty == org)
                && opened
                && closed
                && role
                && name_like
            {
                label_span(t, name.start..name.end, per);
            }
        }
    }
}

/// A capitalised word of two or more letters with a lower-case rest ("Radek", "Solon"; not
/// "US" or "de").
fn capitalised_word(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 2
        && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::test_support::{after_pass, tags};

    fn run(text: &str, labels: &str) -> Vec<usize> {
        after_pass(retype, text, labels)
    }

    #[test]
    fn a_name_after_a_role_of_a_place_holds_the_role() {
        assert_eq!(
            run(
                "the ambassador to Caldria , Radek Solon , called",
                "O O O B-LOC O B-LOC I-LOC O O"
            ),
            tags("O O O B-LOC O B-PER I-PER O O")
        );
        // At the sentence's end, and after an organisation.
        assert_eq!(
            run(
                "said the director of Varn , Dieter Marr",
                "O O O O B-ORG O B-LOC I-LOC"
            ),
            tags("O O O O B-ORG O B-PER I-PER")
        );
    }

    #[test]
    fn places_after_places_stay_places() {
        for (text, labels) in [
            // No role before the place.
            (
                "flew to Caldria , Radek Solon , on",
                "O O B-LOC O B-LOC I-LOC O O",
            ),
            // One word: a region or country ("the mayor of Springfield , Illinois").
            (
                "the mayor of Dorvan , Kestria , said",
                "O O O B-LOC O B-LOC O O",
            ),
            // A place the gazetteer knows.
            (
                "the governor of Noumea , New Caledonia , said",
                "O O O B-LOC O B-LOC I-LOC O O",
            ),
            // Not closed by a comma: a longer phrase.
            (
                "the envoy to Caldria , Radek Solon in",
                "O O O B-LOC O B-LOC I-LOC O",
            ),
        ] {
            assert_eq!(run(text, labels), tags(labels), "{text}");
        }
    }
}
