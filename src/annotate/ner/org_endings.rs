//! Names that end in an organisation word are organisations: `Northwind Logistics`, `Harbor
//! Shipping`, `Federal Trade Commission`. The tagger reads an unseen company name by its shape
//! and often calls it a person (two capitalised words) or a place; the last word settles it.
//! The lists are written by hand by the relgraph authors.

use super::iob::{label_span, spans};
use super::keywords;

/// Company-name endings that are not organisation head words in general (those are in
/// [`keywords`]), lowercase.
const CORPORATE: &[&str] = &[
    "aerospace",
    "automotive",
    "biosciences",
    "brands",
    "broadcasting",
    "capital",
    "chemicals",
    "electric",
    "electronics",
    "energy",
    "entertainment",
    "financial",
    "foods",
    "freight",
    "investments",
    "laboratories",
    "labs",
    "logistics",
    "motors",
    "petroleum",
    "pharma",
    "railways",
    "resources",
    "robotics",
    "securities",
    "semiconductor",
    "shipping",
    "software",
    "steel",
    "telecom",
    "therapeutics",
    "ventures",
];

/// Organisation words that also end names of people or places often enough to leave alone.
const AMBIGUOUS: &[&str] = &["band", "front", "guard", "post", "team", "trust"];

/// Organisation words that end place names too ("West Bank", "Soviet Union"): a place span
/// ending in one stays a place.
const PLACE_TOO: &[&str] = &["bank", "union"];

/// The short name news uses for a two-word organisation name: the first word, when it is a
/// plain word and the second is an organisation ending ("Northwind Logistics" → "Northwind").
pub(crate) fn short_form<'a>(first: &'a str, last: &str) -> Option<&'a str> {
    (org_ending(last) && first.chars().all(char::is_alphabetic)).then_some(first)
}

pub(crate) fn org_ending(word: &str) -> bool {
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches('.');
    (keywords::class(lower) == "O" && !AMBIGUOUS.contains(&lower))
        || CORPORATE.binary_search(&lower).is_ok()
}

/// Retypes person and place spans of two or more words that end in an organisation word, in
/// place (`tags` are BIO ids, one vector per sentence).
pub fn retype(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let org = super::iob::TYPES
        .iter()
        .position(|t| *t == "ORG")
        .expect("ORG is a tagger type");
    let loc = super::iob::TYPES
        .iter()
        .position(|t| *t == "LOC")
        .expect("LOC is a tagger type");
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for s in spans(t) {
            let last = words[s.end - 1];
            let place_too = s.ty == loc && PLACE_TOO.contains(&last.to_lowercase().as_str());
            if s.ty != org && s.end - s.start >= 2 && org_ending(last) && !place_too {
                label_span(t, s.start..s.end, org);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::tag_id;

    fn tags(s: &str) -> Vec<usize> {
        s.split(' ').map(tag_id).collect()
    }

    #[test]
    fn a_name_ending_in_an_organisation_word_is_an_organisation() {
        assert!(CORPORATE.windows(2).all(|w| w[0] < w[1]));
        let sents: Vec<Vec<&str>> = [
            "Northwind Logistics said",
            "the Federal Trade Commission",
            "Dana Whitfield spoke",
            "at Fort Lee Post",
            "the logistics firm",
            "in the West Bank",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let mut t = vec![
            tags("B-PER I-PER O"),
            tags("O B-LOC I-LOC I-LOC"),
            tags("B-PER I-PER O"),
            tags("O B-LOC I-LOC I-LOC"),
            tags("O O O"),
            tags("O O B-LOC I-LOC"),
        ];
        retype(&sents, &mut t);
        assert_eq!(t[0], tags("B-ORG I-ORG O"));
        assert_eq!(t[1], tags("O B-ORG I-ORG I-ORG"));
        assert_eq!(t[2], tags("B-PER I-PER O"));
        // "Post" ends places and people as often as newspapers.
        assert_eq!(t[3], tags("O B-LOC I-LOC I-LOC"));
        assert_eq!(t[4], tags("O O O"));
        assert_eq!(t[5], tags("O O B-LOC I-LOC"));
    }
}
