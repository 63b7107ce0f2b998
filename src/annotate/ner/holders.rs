//! The person who holds a role named after a place. "Mereth's ambassador to Caldria, Radek
//! Solon, called the ban ..." came out with "Radek Solon" a place: after "Caldria ," the model
//! reads two capitalised words the way it reads "Paris , Texas". A name set off by commas right
//! after "ROLE to/of/in/at/for PLACE" is who holds the role: two or more words that look like a
//! given name and a surname, not a place the gazetteer knows, closed by a comma or the
//! sentence's end.
//!
//! And the person named right after an occupation ("the Brevonian artist Ilse Marrow").

use super::gazetteer::Gazetteer;
use super::iob::{O, label_span, spans, type_index};
use super::org_endings::org_ending;
use super::roles::{is_role_noun, is_role_word};

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

/// Labels, in place, an untagged name right after a lower-case occupation as a person: "the
/// Brevonian artist Ilse Marrow", "volcanologist Sigrun Eyvindsdottir". The model knows titles
/// before names ("President", "Minister") but not most occupations, and leaves a name it has
/// not seen untagged; an occupation word before two or three capitalised words that end there
/// introduces who does it. Not a name the gazetteer knows or one with an organisation's word
/// in it ("consultant Orbitline Partners").
pub fn after_occupations(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let per = type_index("PER");
    let gaz = Gazetteer::embedded();
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for k in 0..words.len() {
            let w = words[k];
            if !w.chars().all(|c| c.is_lowercase() || c == '-') || !is_role_noun(w) {
                continue;
            }
            let start = k + 1;
            let mut end = start;
            while end < words.len() && end < start + 4 && capitalised_word(words[end]) {
                end += 1;
            }
            let name = &words[start..end];
            let ends = words.get(end).is_none_or(|w| !capitalised_word(w));
            if !(2..=3).contains(&name.len())
                || !ends
                || t[start..end].iter().any(|&l| l != O)
                || gaz.lookup(name).is_some()
                || name.iter().any(|w| org_ending(w) || is_role_word(w))
            {
                continue;
            }
            label_span(t, start..end, per);
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
    fn an_untagged_name_after_an_occupation_is_a_person() {
        let run = |text, labels| after_pass(after_occupations, text, labels);
        assert_eq!(
            run(
                "by the Brevonian artist Ilse Marrow ,",
                "O O B-MISC O O O O"
            ),
            tags("O O B-MISC O B-PER I-PER O")
        );
        for (text, labels) in [
            // A name the tagger found, an organisation, a capitalised occupation (a title, the
            // model's own business), one word, and a longer run of capitals.
            ("the artist Ilse Marrow", "O O B-LOC I-LOC"),
            ("consultant Orbitline Partners said", "O O O O"),
            ("Artist Ilse Marrow said", "O O O O"),
            ("the artist Marrow said", "O O O O"),
            ("the artist Ilse Marrow Van Dorn Hall", "O O O O O O O"),
        ] {
            assert_eq!(run(text, labels), tags(labels), "{text}");
        }
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
