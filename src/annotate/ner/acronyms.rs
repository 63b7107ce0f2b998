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

/// Lower-case words a name may hold between the words its acronym spells ("Office for Public
/// Integrity", "United Port and Transport Workers").
const CONNECTORS: [&str; 10] = ["of", "for", "and", "the", "on", "in", "to", "de", "&", "du"];

/// The possessive mark of a plural in a name ("Harbour Workers' Union"), a token of its own.
fn is_possessive(w: &str) -> bool {
    matches!(w, "'" | "\u{2019}" | "'s" | "\u{2019}s")
}

/// The words an acronym in brackets right after them spells out, as a token range: "the
/// Office for Public Integrity ( OPI )" → "Office for Public Integrity". Each letter is the
/// first letter of one capitalised word, read back from the bracket; connectors between them
/// are skipped. `None` unless the acronym is spelt in full by two or more words.
fn spelled_out(words: &[&str], open: usize) -> Option<std::ops::Range<usize>> {
    let acr: Vec<char> = words.get(open + 1)?.chars().collect();
    let mut k = acr.len();
    let mut j = open;
    while k > 0 && j > 0 {
        let w = words[j - 1];
        let first = w.chars().next()?;
        if first.is_uppercase() {
            if first != acr[k - 1] {
                return None;
            }
            k -= 1;
        } else if !(k < acr.len() && (CONNECTORS.contains(&w) || is_possessive(w))) {
            return None;
        }
        j -= 1;
    }
    (k == 0 && acr.len() >= 2).then_some(j..open)
}

/// Tags the names spelled out by an acronym in brackets ("the Office for Public Integrity
/// (OPI)"), and the acronym with them, in place. Such a pair is the standard way news
/// introduces an organisation, and a name holding "for" or "of" is where the statistical
/// tagger most often stops short. The type is that of a name tagged inside the span (the one
/// on its last word first), else ORG.
pub fn tag_defined(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let org = super::iob::type_index("ORG");
    for (words, t) in sentences.iter().zip(tags.iter_mut()) {
        for open in 1..words.len().saturating_sub(2) {
            if words[open] != "(" || words[open + 2] != ")" || !acronym_like(words[open + 1]) {
                continue;
            }
            let Some(mut span) = spelled_out(words, open) else {
                continue;
            };
            // A name tagged from further back: "The" before it goes ("The Financial Supervision
            // Authority (FSA)" spells no T); other words stay in the name.
            while span.start > 0 && t[span.start] != 0 && t[span.start] % 2 == 0 {
                let j = span.start - 1;
                if words[j].eq_ignore_ascii_case("the") {
                    t[j] = 0;
                    break;
                }
                span.start = j;
            }
            let inside = spans(&t[span.clone()]);
            let ty = inside
                .iter()
                .find(|s| s.end == span.len())
                .or(inside.first())
                .map_or(org, |s| s.ty);
            label_span(t, span, ty);
            // A name tagged on beyond the span loses its beginning there: it starts anew.
            if let Some(next) = t.get(open).copied().filter(|&x| x != 0 && x % 2 == 0) {
                t[open] = next - 1;
            }
            label_span(t, open + 1..open + 2, ty);
            if t.get(open + 2).is_some_and(|&x| x != 0 && x % 2 == 0) {
                t[open + 2] -= 1;
            }
        }
    }
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
    fn an_acronym_in_brackets_tags_the_name_it_spells() {
        let s = sentences(&[
            "the Office for Public Integrity ( OPI ) opened it",
            "The Norvanian Chamber of Industry ( NCI ) said",
            "the United Arab Emirates ( UAE ) and the Gulf Fund ( XY )",
            "in the of Public Integrity ( OPI )",
            "The Financial Supervision Authority ( FSA ) said",
        ]);
        let mut t = vec![
            tags("O O O O O O O O O O"),
            tags("O O B-ORG I-ORG I-ORG O O O O"),
            tags("O B-LOC I-LOC I-LOC O O O O O O O O O O"),
            tags("O O O O O O O O"),
            tags("B-ORG I-ORG I-ORG I-ORG O O O O"),
        ];
        tag_defined(&s, &mut t);
        // A tagged "The" the acronym does not spell leaves the name.
        assert_eq!(t[4], tags("O B-ORG I-ORG I-ORG O B-ORG O O"));
        assert_eq!(t[0], tags("O B-ORG I-ORG I-ORG I-ORG O B-ORG O O O"));
        // The demonym the acronym spells is part of the name.
        assert_eq!(t[1], tags("O B-ORG I-ORG I-ORG I-ORG O B-ORG O O"));
        // The type of the name tagged inside; letters that do not match leave all alone.
        assert_eq!(t[2], tags("O B-LOC I-LOC I-LOC O B-LOC O O O O O O O O"));
        // A connector never opens the name, and lower-case words never spell letters.
        assert_eq!(t[3], tags("O O O O O O O O"));
        assert_eq!(spelled_out(&["Bank", "(", "B", ")"], 1), None);
        // A plural's possessive mark inside the name spells nothing and stops nothing.
        let words = [
            "the", "Ostmere", "Dock", "and", "Harbour", "Workers", "'", "Union", "(", "ODHWU", ")",
        ];
        assert_eq!(spelled_out(&words, 8), Some(1..8));
        // Not right before the bracket: the acronym spells the name, not its owner.
        assert_eq!(
            spelled_out(&["Dock", "Workers", "'", "(", "DW", ")"], 3),
            None
        );
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
