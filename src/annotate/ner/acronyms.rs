//! Acronyms of names: `CPA` is an organisation when the document names the `Coalition
//! Provisional Authority` and the tagger found that; `HANO` when it found the `Housing
//! Authority of New Orleans`. Short all-capital tokens are where the tagger has least to go on
//! (no affixes, no shape contrast), while their spelled-out name is usually easy.

use rustc_hash::FxHashMap;

use super::iob::{label_span, spans};

/// The initials of a name's capitalised words (`Housing Authority of New Orleans` → `HANO`);
/// `None` for names of fewer than two such words.
fn initials(words: &[&str]) -> Option<String> {
    let caps: String = words
        .iter()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    (caps.chars().count() >= 2).then_some(caps)
}

/// A token that could be an acronym: two to eight letters, all capitals.
fn acronym_like(w: &str) -> bool {
    let n = w.chars().count();
    (2..=8).contains(&n) && w.chars().all(|c| c.is_uppercase())
}

/// Tags untagged acronyms of the names tagged in `sentences` (one document) with the name's
/// type, in place. An initialism shared by names of different types is left alone.
pub fn tag(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    // Initials → type, or `None` when two types claim them.
    let mut types: FxHashMap<String, Option<usize>> = FxHashMap::default();
    for (words, t) in sentences.iter().zip(tags.iter()) {
        for s in spans(t) {
            if s.end - s.start < 2 {
                continue;
            }
            if let Some(acr) = initials(&words[s.start..s.end]) {
                let slot = types.entry(acr).or_insert(Some(s.ty));
                if *slot != Some(s.ty) {
                    *slot = None;
                }
            }
        }
    }
    if types.is_empty() {
        return;
    }
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for (i, w) in words.iter().enumerate() {
            // Untagged, and not followed by an inside tag that would lose its beginning.
            let free = t[i] == 0 && t.get(i + 1).is_none_or(|&x| x == 0 || x % 2 == 1);
            if !free || !acronym_like(w) {
                continue;
            }
            if let Some(Some(ty)) = types.get(*w) {
                label_span(t, i..i + 1, *ty);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::test_support::{sentences, tags};

    #[test]
    fn acronyms_of_tagged_names_take_their_type() {
        let s = sentences(&[
            "the Housing Authority of New Orleans ( HANO ) said",
            "HANO and the CPA met in NYC",
            "the Coalition Provisional Authority runs it",
        ]);
        let mut t = vec![
            tags("O B-ORG I-ORG I-ORG I-ORG I-ORG O O O O"),
            tags("O O O O O O B-LOC"),
            tags("O B-ORG I-ORG I-ORG O O"),
        ];
        tag(&s, &mut t);
        assert_eq!(t[0], tags("O B-ORG I-ORG I-ORG I-ORG I-ORG O B-ORG O O"));
        // `NYC` has no spelled-out name here, and a tagged token keeps its tag.
        assert_eq!(t[1], tags("B-ORG O O B-ORG O O B-LOC"));
    }

    #[test]
    fn initials_claimed_by_two_types_or_lowercase_tokens_stay_untagged() {
        let s = sentences(&[
            "Anna Brown met the Acme Bank",
            "AB said ab twice",
            "Acme Board and AB",
        ]);
        let mut t = vec![
            tags("B-PER I-PER O O B-ORG I-ORG"),
            tags("O O O O"),
            tags("B-ORG I-ORG O O"),
        ];
        let before = t.clone();
        tag(&s, &mut t);
        assert_eq!(t, before);
        assert_eq!(initials(&["Bank", "of", "America"]).as_deref(), Some("BA"));
        assert_eq!(initials(&["Google"]), None);
        assert!(acronym_like("HANO") && !acronym_like("A") && !acronym_like("U.S."));
    }
}
