//! Places named by their demonyms: a one-word name the tagger called a person or an organisation
//! is a place when the same document also uses its adjective of nationality (`Kastria` beside
//! `Kastrian officials`, `Ukraine` beside `Ukrainian`). Unseen country and region names are
//! where the tagger guesses worst, and news almost always writes the demonym next to them.

use rustc_hash::FxHashSet;

use super::iob::{label_span, spans, type_index};

/// The usual English demonym forms of a place name: `-n`, `-an`, `-ian`, `-ese`, and the last
/// letter replaced by `-ian` or `-an` (`Ukraine` → `Ukrainian`, `Mexico` → `Mexican`).
pub fn demonyms(name: &str) -> Vec<String> {
    let mut out = vec![
        format!("{name}n"),
        format!("{name}an"),
        format!("{name}ian"),
        format!("{name}ese"),
    ];
    if let Some((cut, _)) = name.char_indices().last() {
        out.push(format!("{}ian", &name[..cut]));
        out.push(format!("{}an", &name[..cut]));
    }
    out
}

/// Relabels, in place, one-word person or organisation spans whose demonym the document uses
/// as a word outside any person span.
pub fn relabel(sentences: &[Vec<&str>], tags: &mut [Vec<usize>]) {
    let (loc, per) = (type_index("LOC"), type_index("PER"));
    // Capitalised words not inside a person span: candidate demonyms.
    let mut words: FxHashSet<&str> = FxHashSet::default();
    for (ws, t) in sentences.iter().zip(tags.iter()) {
        let in_person: Vec<bool> = {
            let mut v = vec![false; ws.len()];
            for s in spans(t).into_iter().filter(|s| s.ty == per) {
                v[s.start..s.end].iter_mut().for_each(|x| *x = true);
            }
            v
        };
        for (i, w) in ws.iter().enumerate() {
            if !in_person[i] && w.chars().next().is_some_and(char::is_uppercase) {
                words.insert(w);
            }
        }
    }
    let is_place = |name: &str| {
        name.chars().count() >= 4
            && name.chars().all(char::is_alphabetic)
            && name.chars().next().is_some_and(char::is_uppercase)
            && demonyms(name).iter().any(|d| words.contains(d.as_str()))
    };
    for (ws, t) in sentences.iter().zip(tags.iter_mut()) {
        for s in spans(t) {
            if s.end - s.start == 1 && s.ty != loc && is_place(ws[s.start]) {
                label_span(t, s.start..s.end, loc);
            }
        }
    }
    // The demonyms themselves are adjectives of nationality, not people or organisations:
    // "Kastrian" beside "Kastria" tagged as a one-word person is no entity.
    let mut of_places: FxHashSet<String> = FxHashSet::default();
    for (ws, t) in sentences.iter().zip(tags.iter()) {
        for s in spans(t)
            .into_iter()
            .filter(|s| s.ty == loc && s.end - s.start == 1)
        {
            of_places.extend(demonyms(ws[s.start]));
        }
    }
    for (ws, t) in sentences.iter().zip(tags.iter_mut()) {
        for s in spans(t) {
            if s.end - s.start == 1 && s.ty != loc && of_places.contains(ws[s.start]) {
                t[s.start..s.end].fill(super::iob::O);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotate::ner::iob::tag_id;

    fn run(doc: &[(&str, &str)]) -> Vec<String> {
        let sentences: Vec<Vec<&str>> = doc.iter().map(|(s, _)| s.split(' ').collect()).collect();
        let mut tags: Vec<Vec<usize>> = doc
            .iter()
            .map(|(_, t)| t.split(' ').map(tag_id).collect())
            .collect();
        relabel(&sentences, &mut tags);
        tags.iter()
            .map(|t| {
                t.iter()
                    .map(|&x| crate::annotate::ner::iob::tag_name(x))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn demonym_forms() {
        let d = demonyms("Ukraine");
        assert!(d.contains(&"Ukrainian".to_string()));
        assert!(demonyms("Japan").contains(&"Japanese".to_string()));
        assert!(demonyms("Mexico").contains(&"Mexican".to_string()));
        assert!(demonyms("Orvania").contains(&"Orvanian".to_string()));
    }

    #[test]
    fn a_name_with_its_demonym_in_the_document_becomes_a_place() {
        let got = run(&[
            ("Orvanian troops crossed the river", "O O O O O"),
            ("talks in Orvania ended", "O O B-PER O"),
            ("Selma Orvan spoke", "B-PER I-PER O"),
        ]);
        assert_eq!(got[1], "O O B-LOC O");
        assert_eq!(got[2], "B-PER I-PER O", "people are left alone");
        // The demonym of a place the document names is no person or organisation.
        let got = run(&[
            (
                "Orvanian Minister Selma Orvan spoke",
                "B-PER O B-PER I-PER O",
            ),
            ("talks in Orvania ended", "O O B-LOC O"),
            ("Orvanian officials agreed", "B-ORG O O"),
        ]);
        assert_eq!(got[0], "O O B-PER I-PER O");
        assert_eq!(got[2], "O O O");
    }

    #[test]
    fn a_demonym_inside_a_person_name_does_not_count() {
        // `Julian` here is a person, so `Julia` stays one too.
        let got = run(&[
            ("Julian Brook met Julia", "B-PER I-PER O B-PER"),
            ("Julia left", "B-PER O"),
        ]);
        assert_eq!(got, ["B-PER I-PER O B-PER", "B-PER O"]);
    }

    #[test]
    fn without_a_demonym_nothing_changes() {
        let got = run(&[("talks in Orvania ended", "O O B-PER O")]);
        assert_eq!(got, ["O O B-PER O"]);
    }
}
