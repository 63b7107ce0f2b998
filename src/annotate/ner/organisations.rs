//! Well-known organisations written as listed are organisations: "Microsoft declined to
//! comment" had Microsoft a person and "Walmart cut prices" a place, because the tagger reads a
//! name it never saw in training by its shape. The names are those of `organisations.tsv`,
//! applied after tagging (the model was trained without them).

use super::gazetteer::Gazetteer;
use super::iob::{O, label_span, spans, type_index};

/// Tags the listed organisations of `sentences` (one document), in place. A name is tagged
/// where it is untagged or tagged as exactly that span with another type; inside a longer name
/// ("Toyota Venza", "Bank of America Plaza") it is left to that name.
pub fn tag(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let org = type_index("ORG");
    let list = Gazetteer::organisations();
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        let found = spans(t);
        for m in list.matches(words) {
            if !m.exact_case {
                continue;
            }
            let untagged = t[m.start..m.end].iter().all(|&x| x == O);
            let same = found.iter().any(|s| s.start == m.start && s.end == m.end);
            if untagged || same {
                label_span(t, m.start..m.end, org);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::iob::test_support::{after_pass, tags};
    use super::*;

    #[test]
    fn listed_organisations_are_tagged_as_written() {
        let t = after_pass(tag, "Microsoft declined to comment", "B-PER O O O");
        assert_eq!(t, tags("B-ORG O O O"));
        let t = after_pass(tag, "Walmart and Exxon Mobil cut prices", "B-LOC O O O O O");
        assert_eq!(t, tags("B-ORG O B-ORG I-ORG O O"));
        // Inside a longer name, in another case, or as part of a span: left alone.
        let t = after_pass(tag, "my Toyota Venza broke", "O B-ORG I-ORG O");
        assert_eq!(t, tags("O B-ORG I-ORG O"));
        let t = after_pass(tag, "we will google it", "O O O O");
        assert_eq!(t, tags("O O O O"));
        let t = after_pass(tag, "Exxon Mobil Tower", "B-LOC I-LOC I-LOC");
        assert_eq!(t, tags("B-LOC I-LOC I-LOC"));
    }
}
