//! The city of a wire-service dateline ("KESTLEY JUNCTION, March 21 -", see
//! [`crate::text::dateline_city`]) is a place, whatever the entity tagger made of a line in
//! capitals (it read "KESTLEY JUNCTION" as a person). The story usually names the city again in
//! ordinary case ("derailed near Kestley Junction"), where the tagger, trained on web text, may
//! miss it, or read part of it as a person: a capitalised run of the same words is that place
//! too, unless a tagged name reaches beyond it.

use super::iob::TagSpan;
use crate::document::{Document, EntityType};

/// Marks each dateline's city as a place in `spans` (one list per sentence), keeping only other
/// places of the dateline, and marks capitalised repeats of it elsewhere in the document.
pub(crate) fn mark_dateline_places(doc: &Document, spans: &mut [Vec<(TagSpan, EntityType)>]) {
    let mut cities: Vec<Vec<String>> = Vec::new();
    for (sent, list) in doc.sentences.iter().zip(spans.iter_mut()) {
        let Some(end) = crate::text::dateline_city(sent) else {
            continue;
        };
        // The agency ("(Reuters)") publishes the story; it is no actor in it, and no
        // antecedent for "the company".
        list.retain(|(s, ty)| s.start >= end && matches!(ty, EntityType::Gpe | EntityType::Loc));
        list.insert(0, (place(0, end), EntityType::Gpe));
        let mut places = vec![(0, end)];
        // The country or state after the city is a place too, whatever the tagger made of it
        // ("Dravonia" read as a person), and so are its repeats: a company named after it
        // ("Norvell Meteorological Office") does not make the lone "Norvell" its short name.
        if let Some((start, end)) = crate::text::dateline_region(sent) {
            list.retain(|(s, _)| s.end <= start || end <= s.start);
            list.push((place(start, end), EntityType::Gpe));
            list.sort_by_key(|(s, _)| (s.start, s.end));
            places.push((start, end));
        }
        for (start, end) in places {
            let words: Vec<String> = sent.tokens[start..end]
                .iter()
                .map(|t| t.form.to_lowercase())
                .collect();
            if !cities.contains(&words) {
                cities.push(words);
            }
        }
    }
    for city in &cities {
        for (sent, list) in doc.sentences.iter().zip(spans.iter_mut()) {
            let n = city.len();
            let mut added = false;
            for start in 0..sent.tokens.len().saturating_sub(n - 1) {
                let run = &sent.tokens[start..start + n];
                let same = run
                    .iter()
                    .zip(city)
                    .all(|(t, w)| t.form.to_lowercase() == *w)
                    && run[0].form.chars().next().is_some_and(char::is_uppercase)
                    && run[0].form.chars().any(char::is_lowercase);
                // A span inside the run ("Kestley" read as a person) gives way to it; one
                // that reaches beyond it keeps its words.
                let inside = |s: &TagSpan| start <= s.start && s.end <= start + n;
                let crossing = list
                    .iter()
                    .any(|(s, _)| s.start < start + n && start < s.end && !inside(s));
                if same && !crossing {
                    list.retain(|(s, _)| !inside(s));
                    list.push((place(start, start + n), EntityType::Gpe));
                    added = true;
                }
            }
            if added {
                list.sort_by_key(|(s, _)| (s.start, s.end));
            }
        }
    }
}

fn place(start: usize, end: usize) -> TagSpan {
    TagSpan {
        start,
        end,
        ty: usize::MAX,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(
        text: &str,
        tagged: &[(usize, usize, usize, EntityType)],
    ) -> Vec<Vec<(usize, usize, EntityType)>> {
        let mut doc = Document::new("d", text);
        crate::text::segment(&mut doc);
        let mut spans = vec![Vec::new(); doc.sentences.len()];
        for &(si, start, end, ty) in tagged {
            spans[si].push((TagSpan { start, end, ty: 0 }, ty));
        }
        mark_dateline_places(&doc, &mut spans);
        spans
            .into_iter()
            .map(|l| l.into_iter().map(|(s, ty)| (s.start, s.end, ty)).collect())
            .collect()
    }

    #[test]
    fn a_datelines_city_is_a_place_and_so_are_its_repeats() {
        let text = "KESTLEY JUNCTION, March 21 - A train derailed near Kestley Junction. \
                    Trains between Kestley Junction and Ormsby stopped.";
        // The tagger read the capitals as a person, and part of a repeat as a person.
        let spans = marked(
            text,
            &[(0, 0, 2, EntityType::Person), (2, 2, 3, EntityType::Person)],
        );
        assert_eq!(spans[0], [(0, 2, EntityType::Gpe)]);
        assert_eq!(spans[1], [(4, 6, EntityType::Gpe)]);
        assert_eq!(spans[2], [(2, 4, EntityType::Gpe)]);
        // A tagged name reaching beyond the repeat keeps its words.
        let spans = marked(text, &[(1, 4, 7, EntityType::Org)]);
        assert_eq!(spans[1], [(4, 7, EntityType::Org)]);
        // The agency is dropped, a country kept.
        let text = "KYIV, Ukraine (AP) - The army advanced.";
        let spans = marked(
            text,
            &[(0, 2, 3, EntityType::Gpe), (0, 4, 5, EntityType::Org)],
        );
        assert_eq!(spans[0], [(0, 1, EntityType::Gpe), (2, 3, EntityType::Gpe)]);
    }

    #[test]
    fn the_country_after_the_city_is_a_place_and_so_are_its_repeats() {
        let text = "HALSBY, Torvenia, Nov 12 - The Torvenia Medicines Agency approved it. \
                    Flights to Torvenia resumed.";
        // The tagger read the country as a person, and its repeat as the agency's short name.
        let spans = marked(
            text,
            &[
                (0, 2, 3, EntityType::Person),
                (1, 1, 4, EntityType::Org),
                (2, 2, 3, EntityType::Org),
            ],
        );
        assert_eq!(spans[0], [(0, 1, EntityType::Gpe), (2, 3, EntityType::Gpe)]);
        // The agency named after it keeps its words.
        assert_eq!(spans[1], [(1, 4, EntityType::Org)]);
        assert_eq!(spans[2], [(2, 3, EntityType::Gpe)]);
        // A month or a weekday after the city is no place.
        let spans = marked("HALSBY, November 12 - Flights resumed.", &[]);
        assert_eq!(spans[0], [(0, 1, EntityType::Gpe)]);
        let spans = marked("HALSBY, Tuesday - Flights resumed.", &[]);
        assert_eq!(spans[0], [(0, 1, EntityType::Gpe)]);
    }

    #[test]
    fn without_a_dateline_nothing_changes() {
        let text = "Kestley Junction - A train derailed near Kestley Junction.";
        let spans = marked(text, &[(0, 0, 2, EntityType::Person)]);
        assert_eq!(spans[0], [(0, 2, EntityType::Person)]);
        assert!(spans.iter().flatten().all(|s| s.2 != EntityType::Gpe));
    }
}
